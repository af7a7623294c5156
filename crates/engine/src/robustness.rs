//! Invariant checks over arbitrary bytes, shared by the fuzz targets (`fuzz/`) and the
//! test that replays their seed corpus in CI (`tests/fuzz_replay.rs`). Each function panics
//! when an invariant breaks, which is what a fuzzer reports.

use crate::analysis::{Analysis, Options};
use crate::load::{Source, decode};
use crate::segment::{MAX_STATEMENT_BYTES, split};
use crate::session::Session;

fn check_spans(text: &str) {
    let mut last = 0;
    for r in split(text) {
        assert!(
            r.start >= last && r.start < r.end,
            "ordered, non-overlapping, non-empty"
        );
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        assert!(r.len() <= MAX_STATEMENT_BYTES);
        last = r.end;
    }
}

fn check_analysis_of(a: &Analysis) {
    let mut seen = vec![false; a.statements.len()];
    for g in &a.groups {
        assert!(!g.statements.is_empty());
        for &m in &g.statements {
            assert!(!seen[m], "a statement in two groups");
            seen[m] = true;
            assert!(a.statements[m].noise.is_none(), "noise grouped");
        }
        for c in &g.conflicts {
            assert!(g.statements.contains(&c.a) && g.statements.contains(&c.b));
        }
    }
    let _ = crate::json::to_json(a);
}

/// Decoding any bytes: an error or a text whose statements are well-formed.
pub fn check_decode(data: &[u8]) {
    if let Ok((text, _)) = decode(data) {
        check_spans(&text);
    }
}

/// The whole analysis of any text, regrouped at another threshold.
pub fn check_analysis(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let t = data.first().map_or(0.2, |b| *b as f32 / 255.0);
    let mut a = Analysis::new(
        vec![Source::from_text("fuzz.txt", text)],
        Options { threshold: t },
    );
    check_analysis_of(&a);
    a.regroup(1.0 - t);
    check_analysis_of(&a);
}

/// Parsing any session file; a session that parses is applied to its embedded sources.
pub fn check_session(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(s) = Session::from_json(text) else {
        return;
    };
    // Path resolution on hostile paths, against a base folder that does not exist: it
    // must never panic, and a path of the session is never inside a missing folder.
    let base = std::path::Path::new("/nonexistent-corroborate-fuzz-base");
    for src in &s.sources {
        if let Some(p) = &src.path {
            let place = crate::session::resolve(base, p);
            assert!(
                !matches!(place, crate::session::Place::Inside(_)),
                "{place:?}"
            );
        }
    }
    let sources: Vec<Source> = s
        .sources
        .iter()
        .filter_map(|x| x.text.clone().map(|t| Source::from_text(x.name.clone(), t)))
        .collect();
    let mut a = Analysis::new(
        sources,
        Options {
            threshold: s.threshold,
        },
    );
    a.apply_corrections(&s.corrections);
    check_analysis_of(&a);
}

/// Corrections built from the bytes (operations, statements, hostile offsets) applied to
/// the analysis of the rest of the bytes, then saved to a session and read back.
pub fn check_corrections(data: &[u8]) {
    use crate::corrections::{Correction, Verdict};
    use crate::noise::NoiseKind;
    let split = data.len().min(24);
    let (ops, text) = data.split_at(split);
    let text = String::from_utf8_lossy(text);
    let mut a = Analysis::new(vec![Source::from_text("c.txt", text)], Options::default());
    let n = a.statements.len();
    if n == 0 {
        return;
    }
    let corrections: Vec<Correction> = ops
        .chunks(3)
        .map(|c| {
            let x = a.key(c[0] as usize % n);
            let mut y = a.key(*c.get(1).unwrap_or(&0) as usize % n);
            if c.get(2).is_some_and(|b| b % 7 == 0) {
                y.start = usize::MAX; // a hostile span must not matter
            }
            match c.get(2).copied().unwrap_or(0) % 6 {
                0 => Correction::Move {
                    statement: x,
                    with: y,
                },
                1 => Correction::Split { statement: x },
                2 => Correction::Merge { a: x, b: y },
                3 => Correction::Rename {
                    anchor: x,
                    label: "L".into(),
                },
                4 => Correction::Judge {
                    a: x,
                    b: y,
                    verdict: Verdict::Real,
                    note: String::new(),
                },
                _ => Correction::Noise {
                    statement: x,
                    kind: Some(NoiseKind::Title),
                },
            }
        })
        .collect();
    a.apply_corrections(&corrections);
    check_analysis_of(&a);
    let json = Session::new(&a.sources, a.threshold, corrections, true)
        .to_json()
        .unwrap();
    let s = Session::from_json(&json).expect("a saved session opens");
    // A base folder that does not exist: path resolution runs, and no file is read.
    let base = std::path::Path::new("/nonexistent-corroborate-fuzz-base");
    for src in &s.sources {
        if let Some(p) = &src.path {
            let _ = crate::session::resolve(base, p);
        }
    }
    let (sources, _) = s.sources(base, Default::default());
    let mut b = Analysis::new(
        sources,
        Options {
            threshold: s.threshold,
        },
    );
    b.apply_corrections(&s.corrections);
    assert_eq!(a.groups, b.groups, "save then open gives the same groups");
}
