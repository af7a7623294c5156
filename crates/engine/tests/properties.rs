//! Property tests: no input makes the engine panic, and its invariants always hold.

use corroborate_engine::{Analysis, Options, Source, load::decode, segment::split};
use proptest::prelude::*;

/// Text built from pieces that stress the segmenter: punctuation, abbreviations, glued
/// titles, numbers, other scripts, combining marks, emoji, line breaks.
fn adversarial() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just(". ".to_owned()),
        Just("? ".to_owned()),
        Just("! ".to_owned()),
        Just("… ".to_owned()),
        Just(" - HISTORY ".to_owned()),
        Just(" | Site ".to_owned()),
        Just("Dr. ".to_owned()),
        Just("U.S. ".to_owned()),
        Just("J. R. R. ".to_owned()),
        Just("8:20 ".to_owned()),
        Just("1917–18 ".to_owned()),
        Just("191718 ".to_owned()),
        Just("'24 ".to_owned()),
        Just("\r\n".to_owned()),
        Just("\n\n".to_owned()),
        Just("\"".to_owned()),
        Just("(".to_owned()),
        Just("Троцкий умер. ".to_owned()),
        Just("東京。".to_owned()),
        Just("e\u{301} ".to_owned()),
        Just("👩‍👩‍👧 ".to_owned()),
        Just("It wasn't an ice pick, it was an ice ax. ".to_owned()),
        // the value extractors' triggers next to multi-byte letters
        Just("It was not ".to_owned()),
        Just("only ".to_owned()),
        Just(", but ".to_owned()),
        Just("Speránski ".to_owned()),
        Just("man’s ".to_owned()),
        Just("his assassin, Ramón Mercader, ".to_owned()),
        Just("he died in February 1938 ".to_owned()),
        Just("lost 1,517 men ".to_owned()),
        Just("at the age of eighteen ".to_owned()),
        "[a-zA-Z]{1,12} ",
        "[0-9,.:]{1,6} ",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    proptest::collection::vec(piece, 0..80).prop_map(|v| v.concat())
}

fn check_spans(text: &str) {
    let spans = split(text);
    let mut last = 0;
    for r in &spans {
        assert!(r.start >= last, "ordered and non-overlapping");
        assert!(r.start < r.end, "never empty");
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        let s = &text[r.clone()];
        assert_eq!(s, s.trim(), "trimmed");
        assert!(r.len() <= corroborate_engine::segment::MAX_STATEMENT_BYTES);
        last = r.end;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn split_spans_are_valid_adversarial(text in adversarial()) {
        check_spans(&text);
    }

    #[test]
    fn split_spans_are_valid_random(text in any::<String>()) {
        check_spans(&text);
    }

    #[test]
    fn decode_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        if let Ok((text, enc)) = decode(&bytes) {
            prop_assert!(!enc.is_empty());
            check_spans(&text);
        }
    }

    #[test]
    fn analysis_invariants(text in adversarial(), t1 in 0.0f32..1.0, t2 in 0.0f32..1.0) {
        let mut a = Analysis::new(vec![Source::from_text("p.txt", text.clone())], Options { threshold: t1 });
        for t in [t1, t2] {
            a.regroup(t);
            let chars: Vec<char> = text.chars().collect();
            for s in &a.statements {
                let by_chars: String = chars[s.start..s.end].iter().collect();
                prop_assert_eq!(a.text(s.id), by_chars.as_str());
            }
            let mut seen = std::collections::HashSet::new();
            for g in &a.groups {
                for &m in &g.statements {
                    prop_assert!(seen.insert(m), "statement in two groups");
                    prop_assert!(a.statements[m].noise.is_none(), "noise is never grouped");
                    prop_assert_eq!(a.group_of(m), Some(g.id));
                }
                for c in &g.conflicts {
                    prop_assert!(g.statements.contains(&c.a) && g.statements.contains(&c.b));
                }
                prop_assert!(g.statements.len() >= 2 || g.conflicts.iter().any(|c| c.a == c.b));
            }
        }
        // Regrouping at t1 again gives the same groups as before: regrouping is a function.
        let mut fresh = Analysis::new(vec![Source::from_text("p.txt", text)], Options { threshold: t2 });
        fresh.regroup(t2);
        prop_assert_eq!(&fresh.groups, &a.groups);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Save then open gives the same state, whatever the corrections.
    #[test]
    fn session_round_trip(text in adversarial(), picks in proptest::collection::vec((0usize..1000, 0usize..1000, 0u8..6), 0..8), t in 0.05f32..0.6) {
        use corroborate_engine::{Correction, NoiseKind, Verdict, session::Session};
        let mut a = Analysis::new(vec![Source::from_text("p.txt", text)], Options { threshold: t });
        let n = a.statements.len();
        prop_assume!(n > 0);
        let corrections: Vec<Correction> = picks
            .iter()
            .map(|&(x, y, op)| {
                let (x, y) = (a.key(x % n), a.key(y % n));
                match op {
                    0 => Correction::Move { statement: x, with: y },
                    1 => Correction::Split { statement: x },
                    2 => Correction::Merge { a: x, b: y },
                    3 => Correction::Rename { anchor: x, label: "a label, “quoted”".into() },
                    4 => Correction::Judge { a: x, b: y, verdict: Verdict::Unsure, note: "n".into() },
                    _ => Correction::Noise { statement: x, kind: Some(NoiseKind::Offtopic) },
                }
            })
            .collect();
        let applied = a.apply_corrections(&corrections);
        let json = Session::new(&a.sources, a.threshold, corrections, true).to_json().unwrap();
        let s = Session::from_json(&json).unwrap();
        let (sources, warnings) = s.sources(std::path::Path::new("."), Default::default());
        prop_assert!(warnings.is_empty());
        let mut b = Analysis::new(sources, Options { threshold: s.threshold });
        let applied_b = b.apply_corrections(&s.corrections);
        prop_assert_eq!(&a.groups, &b.groups);
        prop_assert_eq!(applied.verdicts, applied_b.verdicts);
        // invariants hold after corrections too
        let mut seen = std::collections::HashSet::new();
        for g in &b.groups {
            for &m in &g.statements {
                prop_assert!(seen.insert(m));
                prop_assert!(b.statements[m].noise.is_none());
            }
            for c in &g.conflicts {
                prop_assert!(g.statements.contains(&c.a) && g.statements.contains(&c.b));
            }
        }
    }
}
