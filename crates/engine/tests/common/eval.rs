//! A Rust port of the reference scorer `shared/tools/eval.py` (metric definitions in its
//! docstring): pairwise and B-cubed grouping scores, noise, conflicts and segmentation of
//! an analysis JSON against a gold annotation.

use serde_json::Value;
use std::collections::{HashMap, HashSet};

/// The figures the quality test asserts. `None` where the reference reports null (a
/// ratio whose denominator is 0).
#[derive(Debug, Clone, Copy, Default)]
pub struct Metrics {
    pub pairwise_p: Option<f64>,
    pub pairwise_r: Option<f64>,
    pub pairwise_f1: Option<f64>,
    pub bcubed_f1: Option<f64>,
    pub noise_p: Option<f64>,
    pub noise_r: Option<f64>,
    pub noise_f1: Option<f64>,
    pub conflict_recall: Option<f64>,
    pub conflict_precision: Option<f64>,
    pub structured_recall: Option<f64>,
    pub segmentation: Option<f64>,
}

/// F1 as the reference computes it: null only when both sides are null.
fn f1(p: Option<f64>, r: Option<f64>) -> Option<f64> {
    if p.is_none() && r.is_none() {
        return None;
    }
    let (p, r) = (p.unwrap_or(0.0), r.unwrap_or(0.0));
    Some(if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    })
}

fn ratio(n: usize, d: usize) -> Option<f64> {
    (d != 0).then(|| n as f64 / d as f64)
}

fn pairs(n: usize) -> usize {
    n * n.saturating_sub(1) / 2
}

fn base(name: &str) -> String {
    name.replace('\\', "/")
        .rsplit('/')
        .next()
        .unwrap_or("")
        .to_owned()
}

/// Scores `pred` (analysis JSON) against `gold` (gold JSON).
pub fn evaluate(gold: &Value, pred: &Value) -> Metrics {
    let sources: Vec<String> = pred["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| base(s["name"].as_str().or(s["path"].as_str()).unwrap_or("")))
        .collect();
    // statements per source: (start, end, id)
    let mut by_source: HashMap<String, Vec<(i64, i64, i64)>> = HashMap::new();
    let mut noise_of: HashMap<i64, bool> = HashMap::new();
    for s in pred["statements"].as_array().unwrap() {
        let id = s["id"].as_i64().unwrap();
        let src = sources[s["source"].as_u64().unwrap() as usize].clone();
        by_source.entry(src).or_default().push((
            s["start"].as_i64().unwrap(),
            s["end"].as_i64().unwrap(),
            id,
        ));
        noise_of.insert(id, !s["noise"].is_null());
    }
    for v in by_source.values_mut() {
        v.sort();
    }
    let mut group_of: HashMap<i64, i64> = HashMap::new();
    let mut group_conf: HashMap<i64, HashMap<(i64, i64), String>> = HashMap::new();
    for g in pred["groups"].as_array().unwrap() {
        let gid = g["id"].as_i64().unwrap();
        for s in g["statements"].as_array().unwrap() {
            group_of.entry(s.as_i64().unwrap()).or_insert(gid);
        }
        let c = group_conf.entry(gid).or_default();
        for cf in g["conflicts"].as_array().unwrap() {
            let (a, b) = (cf["a"].as_i64().unwrap(), cf["b"].as_i64().unwrap());
            c.entry((a.min(b), a.max(b)))
                .or_insert_with(|| cf["kind"].as_str().unwrap_or("").to_owned());
        }
    }
    // match gold sentences to statements by largest overlap (ties: earliest start, id)
    let gold_s = gold["sentences"].as_array().unwrap();
    let mut matched: HashMap<String, Option<i64>> = HashMap::new();
    let mut seg_ok = 0;
    for s in gold_s {
        let gid = s["id"].as_str().unwrap().to_owned();
        let (gs, ge) = (s["start"].as_i64().unwrap(), s["end"].as_i64().unwrap());
        let glen = ge - gs;
        let mut best: Option<(i64, i64, i64, i64)> = None; // (overlap, start, id, len)
        if let Some(stmts) = by_source.get(&base(s["source"].as_str().unwrap())) {
            for &(ps, pe, id) in stmts {
                let ov = ge.min(pe) - gs.max(ps);
                if ov <= 0 {
                    continue;
                }
                let better = match best {
                    None => true,
                    Some((bo, bs, bid, _)) => ov > bo || (ov == bo && (ps, id) < (bs, bid)),
                };
                if better {
                    best = Some((ov, ps, id, pe - ps));
                }
            }
        }
        match best {
            Some((ov, _, id, plen)) if glen > 0 && ov as f64 >= 0.5 * glen as f64 => {
                matched.insert(gid, Some(id));
                if ov as f64 >= 0.9 * glen as f64 && plen > 0 && ov as f64 >= 0.9 * plen as f64 {
                    seg_ok += 1;
                }
            }
            _ => {
                matched.insert(gid, None);
            }
        }
    }
    // grouping over real gold sentences
    let real: Vec<&Value> = gold_s.iter().filter(|s| s["noise"].is_null()).collect();
    let gclu = |s: &Value| -> String {
        match s["claim"].as_str() {
            Some(c) => format!("claim:{c}"),
            None => format!("single:{}", s["id"].as_str().unwrap()),
        }
    };
    let pclu = |s: &Value| -> String {
        let gid = s["id"].as_str().unwrap();
        match matched[gid] {
            None => format!("unmatched:{gid}"),
            Some(st) => match group_of.get(&st) {
                Some(g) => format!("group:{g}"),
                None => format!("stmt:{st}"),
            },
        }
    };
    let mut gsize: HashMap<String, usize> = HashMap::new();
    let mut psize: HashMap<String, usize> = HashMap::new();
    let mut cells: HashMap<(String, String), usize> = HashMap::new();
    for s in &real {
        *gsize.entry(gclu(s)).or_default() += 1;
        *psize.entry(pclu(s)).or_default() += 1;
        *cells.entry((gclu(s), pclu(s))).or_default() += 1;
    }
    let gp: usize = gsize.values().map(|&n| pairs(n)).sum();
    let pp: usize = psize.values().map(|&n| pairs(n)).sum();
    let tp: usize = cells.values().map(|&n| pairs(n)).sum();
    let (pw_p, pw_r) = (ratio(tp, pp), ratio(tp, gp));
    let n = real.len() as f64;
    let bp = (!real.is_empty()).then(|| {
        real.iter()
            .map(|s| cells[&(gclu(s), pclu(s))] as f64 / psize[&pclu(s)] as f64)
            .sum::<f64>()
            / n
    });
    let br = (!real.is_empty()).then(|| {
        real.iter()
            .map(|s| cells[&(gclu(s), pclu(s))] as f64 / gsize[&gclu(s)] as f64)
            .sum::<f64>()
            / n
    });
    // noise (any kind)
    let (mut ntp, mut npred, mut ngold) = (0, 0, 0);
    for s in gold_s {
        let g = !s["noise"].is_null();
        let p = matched[s["id"].as_str().unwrap()].is_some_and(|st| noise_of[&st]);
        ntp += (g && p) as usize;
        npred += p as usize;
        ngold += g as usize;
    }
    // conflicts
    let structured = ["date", "number", "name", "term", "negation"];
    let mut seen: HashSet<(String, String)> = HashSet::new();
    let mut images: HashSet<(i64, i64)> = HashSet::new();
    let (mut total, mut found, mut n_struct, mut found_struct) = (0, 0, 0, 0);
    for c in gold["conflicts"].as_array().unwrap() {
        let (a, b) = (
            c["a"].as_str().unwrap().to_owned(),
            c["b"].as_str().unwrap().to_owned(),
        );
        let key = if a <= b {
            (a.clone(), b.clone())
        } else {
            (b.clone(), a.clone())
        };
        if !seen.insert(key) {
            continue;
        }
        total += 1;
        let is_struct = structured.contains(&c["kind"].as_str().unwrap_or(""));
        n_struct += is_struct as usize;
        let (Some(sa), Some(sb)) = (matched[&a], matched[&b]) else {
            continue;
        };
        images.insert((sa.min(sb), sa.max(sb)));
        let (Some(ga), Some(gb)) = (group_of.get(&sa), group_of.get(&sb)) else {
            continue;
        };
        if ga == gb && group_conf[ga].contains_key(&(sa.min(sb), sa.max(sb))) {
            found += 1;
            found_struct += is_struct as usize;
        }
    }
    let pred_conf: HashSet<(i64, i64)> = group_conf
        .values()
        .flat_map(|c| c.keys().copied())
        .collect();
    let conf_correct = pred_conf.iter().filter(|k| images.contains(k)).count();
    let (np, nr) = (ratio(ntp, npred), ratio(ntp, ngold));
    Metrics {
        pairwise_p: pw_p,
        pairwise_r: pw_r,
        pairwise_f1: f1(pw_p, pw_r),
        bcubed_f1: f1(bp, br),
        noise_p: np,
        noise_r: nr,
        noise_f1: f1(np, nr),
        conflict_recall: ratio(found, total),
        conflict_precision: ratio(conf_correct, pred_conf.len()),
        structured_recall: ratio(found_struct, n_struct),
        segmentation: ratio(seg_ok, gold_s.len()),
    }
}
