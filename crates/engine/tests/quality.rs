//! Quality on the built-in example, scored against the teacher's gold annotation with a
//! port of the reference scorer, which must agree with the reference itself.

mod common {
    pub mod eval;
}

use common::eval::{Metrics, evaluate};
use corroborate_engine::{Analysis, Options, example_source};
use serde_json::Value;

fn gold() -> Value {
    serde_json::from_str(include_str!("data/trotsky-stalin.gold.json")).unwrap()
}

fn predicted() -> Value {
    let a = Analysis::new(vec![example_source()], Options::default());
    serde_json::from_str(&corroborate_engine::json::to_json(&a)).unwrap()
}

fn metrics() -> Metrics {
    evaluate(&gold(), &predicted())
}

/// Floors: issue #2's for noise, segmentation and structured conflict recall; for pairwise
/// F1 the measured figure rounded down, so that any regression fails. Issue #2 asks for
/// pairwise F1 0.35, which the engine does not reach (README, "Quality").
#[test]
fn quality_example_meets_floors() {
    let m = metrics();
    println!(
        "pairwise P {:.3} R {:.3} F1 {:.3}; b-cubed F1 {:.3}; noise P {:.3} R {:.3} F1 {:.3}; \
         conflicts R {:.3} (structured {:.3}); segmentation {:.3}",
        m.pairwise_p,
        m.pairwise_r,
        m.pairwise_f1,
        m.bcubed_f1,
        m.noise_p,
        m.noise_r,
        m.noise_f1,
        m.conflict_recall,
        m.structured_recall,
        m.segmentation
    );
    assert!(
        m.pairwise_f1 >= 0.10,
        "pairwise F1 {:.3} < 0.10",
        m.pairwise_f1
    );
    assert!(m.noise_f1 >= 0.85, "noise F1 {:.3} < 0.85", m.noise_f1);
    assert!(
        m.segmentation >= 0.92,
        "segmentation {:.3} < 0.92",
        m.segmentation
    );
    assert!(
        m.structured_recall >= 0.60,
        "structured conflict recall {:.3} < 0.60",
        m.structured_recall
    );
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
    assert!((m.pairwise_f1 - 0.68).abs() < 0.01, "{}", m.pairwise_f1);
    assert!((m.segmentation - 1.0).abs() < 1e-9);
}

#[test]
fn quality_port_agrees_with_reference_scorer() {
    let dir = tempfile::tempdir().unwrap();
    let pred_path = dir.path().join("pred.json");
    let a = Analysis::new(vec![example_source()], Options::default());
    std::fs::write(&pred_path, corroborate_engine::json::to_json(&a)).unwrap();
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");
    let out = std::process::Command::new("python3")
        .arg(format!("{data}/eval.py"))
        .arg(format!("{data}/trotsky-stalin.gold.json"))
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
    let m = metrics();
    let close = |name: &str, ours: f64, theirs: &Value| {
        let t = theirs.as_f64().unwrap_or(0.0);
        assert!(
            (ours - t).abs() <= 0.01,
            "{name}: ours {ours:.4}, reference {t:.4}"
        );
    };
    close("pairwise f1", m.pairwise_f1, &r["pairwise"]["f1"]);
    close("b-cubed f1", m.bcubed_f1, &r["bcubed"]["f1"]);
    close("noise f1", m.noise_f1, &r["noise"]["any"]["f1"]);
    close(
        "conflict recall",
        m.conflict_recall,
        &r["conflicts"]["recall"],
    );
    close(
        "structured recall",
        m.structured_recall,
        &r["conflicts"]["structured_recall"],
    );
    close(
        "segmentation",
        m.segmentation,
        &r["segmentation"]["agreement"],
    );
}
