//! Quality on every corpus under `../shared/gold/` (the example and each development set),
//! scored against its gold annotation with a port of the reference scorer, which must
//! agree with the reference itself to rounding.

mod common {
    pub mod eval;
}

use common::eval::{Metrics, evaluate};
use corroborate_engine::{Analysis, Options, Source, load_file};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// `../shared/gold/` beside the repository: the example's gold and the development sets.
fn shared_gold() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/gold")
}

/// One scored corpus: its gold and the sources it annotates.
struct Corpus {
    name: String,
    /// "example" or "dev": which floors apply.
    kind: &'static str,
    gold_path: PathBuf,
    gold: Value,
    sources: Vec<Source>,
}

/// Every corpus under `../shared/gold/` (the example's `*.gold.json` with its sources in
/// `../corpus/`, each `dev/*/gold.json` with its sources beside it), discovered so that a
/// new corpus is scored without a code change. Without `../shared`, the bundled copy of
/// the example's gold (`tests/data/`) and the built-in example.
fn corpora() -> Vec<Corpus> {
    let root = shared_gold();
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(&root) else {
        eprintln!(
            "{} not found: scoring the bundled example only",
            root.display()
        );
        let gold: Value =
            serde_json::from_str(include_str!("data/trotsky-stalin.gold.json")).unwrap();
        out.push(Corpus {
            name: "trotsky-stalin".into(),
            kind: "example",
            gold_path: Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/data/trotsky-stalin.gold.json"),
            gold,
            sources: vec![corroborate_engine::example_source()],
        });
        return out;
    };
    let mut paths: Vec<(PathBuf, &'static str, PathBuf)> = Vec::new();
    for e in entries.flatten() {
        let p = e.path();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        if name.ends_with(".gold.json") {
            paths.push((p, "example", root.join("../corpus")));
        }
    }
    if let Ok(dev) = std::fs::read_dir(root.join("dev")) {
        for e in dev.flatten() {
            let g = e.path().join("gold.json");
            if g.is_file() {
                paths.push((g, "dev", e.path()));
            }
        }
    }
    paths.sort();
    for (gold_path, kind, dir) in paths {
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(&gold_path).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", gold_path.display()));
        let sources = gold["sources"]
            .as_array()
            .expect("gold lists its sources")
            .iter()
            .map(|s| {
                let p = dir.join(s.as_str().unwrap());
                load_file(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
            })
            .collect();
        let name = if kind == "dev" {
            dir.file_name().unwrap().to_string_lossy().into_owned()
        } else {
            gold["corpus"].as_str().unwrap_or("example").to_owned()
        };
        out.push(Corpus {
            name,
            kind,
            gold_path,
            gold,
            sources,
        });
    }
    assert!(!out.is_empty(), "no gold under {}", root.display());
    out
}

fn predicted(c: &Corpus) -> Value {
    let a = Analysis::new(c.sources.clone(), Options::default());
    serde_json::from_str(&corroborate_engine::json::to_json(&a)).unwrap()
}

fn gold() -> Value {
    serde_json::from_str(include_str!("data/trotsky-stalin.gold.json")).unwrap()
}

/// Floors by kind of corpus, as (metric, floor). The floors where the engine reaches
/// them; where it does not yet, the lowest figure it reaches on that kind, rounded down,
/// so that no regression lands (README, "Quality, measured", has both).
fn floors(kind: &str) -> &'static [(&'static str, f64)] {
    match kind {
        "example" => &[
            ("pairwise F1", 0.13),
            ("noise F1", 0.85),
            ("segmentation", 0.92),
            ("structured conflict recall", 0.60),
        ],
        _ => &[
            ("pairwise F1", 0.30),
            ("B-cubed F1", 0.60),
            ("noise F1", 0.80),
            ("segmentation", 0.90),
            ("structured conflict recall", 0.50),
            ("conflict precision", 0.40),
        ],
    }
}

fn figure(m: &Metrics, metric: &str) -> Option<f64> {
    match metric {
        "pairwise F1" => m.pairwise_f1,
        "B-cubed F1" => m.bcubed_f1,
        "noise F1" => m.noise_f1,
        "segmentation" => m.segmentation,
        "structured conflict recall" => m.structured_recall,
        "conflict precision" => m.conflict_precision,
        other => panic!("unknown metric {other}"),
    }
}

/// Every corpus found meets its kind's floors.
#[test]
fn quality_every_corpus_meets_floors() {
    let mut failures = Vec::new();
    for c in corpora() {
        let m = evaluate(&c.gold, &predicted(&c));
        println!(
            "{} ({}): pairwise {:?} b-cubed {:?} noise {:?} seg {:?} sconf {:?} cprec {:?}",
            c.name,
            c.kind,
            m.pairwise_f1,
            m.bcubed_f1,
            m.noise_f1,
            m.segmentation,
            m.structured_recall,
            m.conflict_precision
        );
        for &(metric, floor) in floors(c.kind) {
            let v = figure(&m, metric).unwrap_or(0.0);
            if v < floor {
                failures.push(format!("{}: {metric} {v:.3} < {floor}", c.name));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn quality_second_annotator_scores_as_documented() {
    // The scorer itself, checked on a known figure: the second annotator against the gold
    // agrees at pairwise F1 0.68 (FORMAT.md). Build a prediction from the second file.
    let second: Value =
        serde_json::from_str(include_str!("data/trotsky-stalin.second.json")).unwrap();
    let sents = second["sentences"].as_array().unwrap();
    let mut groups: std::collections::BTreeMap<String, Vec<usize>> = Default::default();
    let statements: Vec<Value> = sents
        .iter()
        .enumerate()
        .map(|(i, s)| {
            if let Some(c) = s["claim"].as_str() {
                groups.entry(c.to_owned()).or_default().push(i);
            }
            serde_json::json!({"id": i, "source": 0, "start": s["start"], "end": s["end"],
                               "noise": s["noise"]})
        })
        .collect();
    let groups: Vec<Value> = groups
        .values()
        .enumerate()
        .map(|(i, m)| serde_json::json!({"id": i, "statements": m, "conflicts": []}))
        .collect();
    let pred = serde_json::json!({"sources": [{"name": "trotsky-stalin.txt"}],
                                  "statements": statements, "groups": groups});
    let m = evaluate(&gold(), &pred);
    let pw = m.pairwise_f1.unwrap();
    assert!((pw - 0.68).abs() < 0.01, "{pw}");
    assert!((m.segmentation.unwrap() - 1.0).abs() < 1e-9);
}

/// The port agrees with the reference scorer to rounding on every corpus found; a figure
/// the reference prints and the port lacks (or the other way) fails.
#[test]
fn quality_port_agrees_with_reference_scorer() {
    let dir = tempfile::tempdir().unwrap();
    let shared_eval = shared_gold().join("../tools/eval.py");
    let eval_py = if shared_eval.is_file() {
        shared_eval
    } else {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/eval.py")
    };
    for c in corpora() {
        let pred = predicted(&c);
        let pred_path = dir.path().join(format!("{}.json", c.name));
        std::fs::write(&pred_path, serde_json::to_string(&pred).unwrap()).unwrap();
        let out = std::process::Command::new("python3")
            .arg(&eval_py)
            .arg(&c.gold_path)
            .arg(&pred_path)
            .arg("--json")
            .output()
            .expect("python3 runs the reference scorer (README: test requirements)");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let r: Value = serde_json::from_slice(&out.stdout).unwrap();
        let m = evaluate(&c.gold, &pred);
        let same = |name: &str, ours: Option<f64>, theirs: &Value| {
            assert!(
                !theirs.is_null() || ours.is_none(),
                "{}: {name}: the reference has no figure, the port {ours:?}",
                c.name
            );
            if theirs.is_null() {
                return;
            }
            let t = theirs
                .as_f64()
                .unwrap_or_else(|| panic!("{}: {name}: reference prints {theirs}", c.name));
            let o = ours.unwrap_or_else(|| panic!("{}: {name}: the port has no figure", c.name));
            assert!(
                (o - t).abs() <= 1e-9,
                "{}: {name}: ours {o}, reference {t}",
                c.name
            );
        };
        same(
            "pairwise precision",
            m.pairwise_p,
            &r["pairwise"]["precision"],
        );
        same("pairwise recall", m.pairwise_r, &r["pairwise"]["recall"]);
        same("pairwise f1", m.pairwise_f1, &r["pairwise"]["f1"]);
        same("b-cubed f1", m.bcubed_f1, &r["bcubed"]["f1"]);
        same(
            "noise precision",
            m.noise_p,
            &r["noise"]["any"]["precision"],
        );
        same("noise recall", m.noise_r, &r["noise"]["any"]["recall"]);
        same("noise f1", m.noise_f1, &r["noise"]["any"]["f1"]);
        same(
            "conflict recall",
            m.conflict_recall,
            &r["conflicts"]["recall"],
        );
        same(
            "conflict precision",
            m.conflict_precision,
            &r["conflicts"]["precision"],
        );
        same(
            "structured recall",
            m.structured_recall,
            &r["conflicts"]["structured_recall"],
        );
        same(
            "segmentation",
            m.segmentation,
            &r["segmentation"]["agreement"],
        );
    }
}
