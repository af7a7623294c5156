//! Students' work: corrections, undo/redo, sessions that round-trip, reports.

use corroborate_engine::corrections::Edits;
use corroborate_engine::report::{self, Format};
use corroborate_engine::session::Session;
use corroborate_engine::{
    Analysis, Correction, NoiseKind, Options, Source, Verdict, example_source,
};

fn example() -> Analysis {
    Analysis::new(vec![example_source()], Options::default())
}

fn find_text(a: &Analysis, needle: &str) -> usize {
    a.statements
        .iter()
        .find(|s| a.text(s.id).contains(needle))
        .map(|s| s.id)
        .unwrap_or_else(|| panic!("no statement contains {needle:?}"))
}

fn state(a: &Analysis) -> Vec<(String, Vec<String>)> {
    a.groups
        .iter()
        .map(|g| {
            (
                g.label.clone(),
                g.statements.iter().map(|&s| a.text(s).to_owned()).collect(),
            )
        })
        .collect()
}

#[test]
fn corrections_move_split_merge_rename_judge() {
    let mut a = example();
    let death = find_text(&a, "he died on August 21, 1940");
    let sedov = find_text(&a, "He died there under mysterious circumstances");
    let moved = find_text(&a, "tried in 1906");
    let ice = find_text(&a, "ice pick");
    assert_ne!(a.group_of(death), a.group_of(moved));
    let edits = vec![
        Correction::Move {
            statement: a.key(moved),
            with: a.key(death),
        },
        Correction::Rename {
            anchor: a.key(death),
            label: "When did Trotsky die?".into(),
        },
        Correction::Judge {
            a: a.key(death),
            b: a.key(sedov),
            verdict: Verdict::DifferentSubjects,
            note: "he = Sedov".into(),
        },
        Correction::Merge {
            a: a.key(death),
            b: a.key(ice),
        },
    ];
    let applied = a.apply_corrections(&edits);
    assert!(applied.unmatched.is_empty(), "{:?}", applied.unmatched);
    let g = a.group_of(death).unwrap();
    assert_eq!(a.group_of(moved), Some(g));
    assert_eq!(a.group_of(sedov), Some(g));
    assert_eq!(a.group_of(ice), Some(g));
    assert_eq!(a.groups[g].label, "When did Trotsky die?");
    let conflict = |x: usize, y: usize| {
        a.groups[g]
            .conflicts
            .iter()
            .find(|c| (c.a, c.b) == (x.min(y), x.max(y)))
    };
    assert_eq!(
        conflict(death, sedov).unwrap().values,
        ["August 21, 1940".to_owned(), "February 1938".to_owned()]
    );
    // A trial in 1906 is not a dating of the death: moved in, but no date conflict.
    assert_eq!(conflict(death, moved), None);
    assert_eq!(
        applied.verdicts.get(sedov, death),
        Some(&(Verdict::DifferentSubjects, "he = Sedov".to_owned()))
    );
    // Split it off again, after the move.
    let mut more = edits.clone();
    more.push(Correction::Split {
        statement: a.key(moved),
    });
    a.apply_corrections(&more);
    assert_eq!(a.group_of(moved), None);
}

#[test]
fn corrections_noise_and_restore() {
    let mut a = example();
    let title = find_text(&a, "Stalin banishes Trotsky - HISTORY");
    assert_eq!(a.statements[title].noise, Some(NoiseKind::Title));
    a.apply_corrections(&[Correction::Noise {
        statement: a.key(title),
        kind: None,
    }]);
    assert_eq!(a.statements[title].noise, None);
    let death = find_text(&a, "he died on August 21, 1940");
    a.apply_corrections(&[Correction::Noise {
        statement: a.key(death),
        kind: Some(NoiseKind::Offtopic),
    }]);
    assert_eq!(a.statements[death].noise, Some(NoiseKind::Offtopic));
    assert_eq!(a.group_of(death), None, "noise is never grouped");
    assert_eq!(
        a.statements[title].noise,
        Some(NoiseKind::Title),
        "each application starts afresh"
    );
}

#[test]
fn corrections_survive_another_threshold() {
    let mut a = example();
    let death = find_text(&a, "he died on August 21, 1940");
    let sedov = find_text(&a, "He died there under mysterious circumstances");
    let edits = vec![Correction::Move {
        statement: a.key(sedov),
        with: a.key(death),
    }];
    for t in [0.05, 0.3, 0.6] {
        a.regroup(t);
        let applied = a.apply_corrections(&edits);
        assert!(applied.unmatched.is_empty());
        assert!(
            a.group_of(death).is_some() && a.group_of(death) == a.group_of(sedov),
            "at {t}"
        );
    }
}

#[test]
fn corrections_on_changed_source_are_reported() {
    let text = "He died in 1940 in Mexico. The assassin used an ice axe. Nobody saw it.";
    let a = Analysis::new(vec![Source::from_text("s.txt", text)], Options::default());
    let edits = vec![
        Correction::Split {
            statement: a.key(1),
        },
        Correction::Split {
            statement: a.key(2),
        },
    ];
    let changed = "He died in 1940 in Mexico. The assassin used an ice pick. Nobody saw it.";
    let mut b = Analysis::new(
        vec![Source::from_text("s.txt", changed)],
        Options::default(),
    );
    let applied = b.apply_corrections(&edits);
    assert_eq!(applied.unmatched.len(), 1);
    assert_eq!(applied.unmatched[0].index, 0);
    assert!(
        applied.unmatched[0]
            .reason
            .contains("The assassin used an ice axe")
    );
}

#[test]
fn edits_undo_redo() {
    let a = example();
    let c1 = Correction::Split {
        statement: a.key(1),
    };
    let c2 = Correction::Split {
        statement: a.key(2),
    };
    let mut e = Edits::default();
    assert!(!e.can_undo() && !e.can_redo());
    e.push(c1.clone());
    e.push(c2.clone());
    assert_eq!(e.undo(), Some(&c2));
    assert_eq!(e.done(), std::slice::from_ref(&c1));
    assert_eq!(e.redo(), Some(&c2));
    assert_eq!(e.done(), [c1.clone(), c2.clone()]);
    e.undo();
    e.push(c1.clone());
    assert!(!e.can_redo(), "a new correction clears redo");
}

#[test]
fn session_round_trip_gives_the_same_state() {
    let dir = tempfile::tempdir().unwrap();
    let src_path = dir.path().join("notes.txt");
    std::fs::write(&src_path, corroborate_engine::EXAMPLE_TEXT).unwrap();
    let src = corroborate_engine::load_file(&src_path).unwrap();
    let mut a = Analysis::new(vec![src], Options { threshold: 0.2 });
    let death = find_text(&a, "he died on August 21, 1940");
    let sedov = find_text(&a, "He died there under mysterious circumstances");
    let edits = vec![
        Correction::Move {
            statement: a.key(sedov),
            with: a.key(death),
        },
        Correction::Judge {
            a: a.key(death),
            b: a.key(sedov),
            verdict: Verdict::Unsure,
            note: "check".into(),
        },
    ];
    let applied = a.apply_corrections(&edits);
    for embed in [false, true] {
        let path = dir.path().join(format!("work-{embed}.corroborate"));
        Session::new(&a.sources, a.threshold, edits.clone(), embed)
            .save(&path)
            .unwrap();
        let s = Session::open(&path).unwrap();
        let (sources, warnings) = s.sources(dir.path(), Default::default());
        assert!(warnings.is_empty(), "{warnings:?}");
        let mut b = Analysis::new(
            sources,
            Options {
                threshold: s.threshold,
            },
        );
        let applied_b = b.apply_corrections(&s.corrections);
        assert_eq!(state(&a), state(&b));
        assert_eq!(applied.verdicts, applied_b.verdicts);
    }
    // The source file changes: the session says so.
    std::fs::write(&src_path, "Something else entirely.").unwrap();
    let path = dir.path().join("work-false.corroborate");
    let (_, warnings) = Session::open(&path)
        .unwrap()
        .sources(dir.path(), Default::default());
    assert!(
        warnings[0].to_string().contains("no longer matches"),
        "{warnings:?}"
    );
}

#[test]
fn session_bad_files_get_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let good = Session::new(&[example_source()], 0.2, vec![], true)
        .to_json()
        .unwrap();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "truncated",
            good.as_bytes()[..good.len() / 2].to_vec(),
            "invalid JSON",
        ),
        (
            "version",
            good.replace("\"version\": 2", "\"version\": 99")
                .into_bytes(),
            "version 99",
        ),
        ("binary", vec![0, 159, 146, 150], "not UTF-8"),
        (
            "nested",
            format!("{}{}", "[".repeat(5000), "]".repeat(5000)).into_bytes(),
            "invalid JSON",
        ),
        (
            "huge number",
            good.replace("\"threshold\": 0.2", "\"threshold\": 1e308")
                .into_bytes(),
            "threshold",
        ),
    ];
    for (name, bytes, expected) in cases {
        let p = dir.path().join(format!("{name}.corroborate"));
        std::fs::write(&p, bytes).unwrap();
        let e = Session::open(&p).unwrap_err().to_string();
        assert!(e.contains(expected) && e.contains(name), "{name}: {e}");
    }
    assert!(
        Session::open(dir.path())
            .unwrap_err()
            .to_string()
            .contains("not a file")
    );
}

#[test]
fn reports_show_death_dates_and_ice_axe() {
    let a = example();
    let death = find_text(&a, "he died on August 21, 1940");
    let g = a.group_of(death).unwrap();
    let c = &a.groups[g].conflicts[0];
    let mut verdicts = report::Verdicts::default();
    verdicts.insert(
        c.b,
        c.a,
        Verdict::DifferentSubjects,
        "not the same man".into(),
    );
    let md = report::render(&a, &verdicts, Format::Md);
    assert!(
        md.contains("“August 21, 1940”"),
        "markdown shows the date conflict"
    );
    assert!(md.contains("“ice pick” (#") && md.contains("“ice ax”"));
    assert!(md.contains("verdict: different subjects (not the same man)"));
    let html = report::render(&a, &verdicts, Format::Html);
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("August 21, 1940"));
    assert!(html.contains("ice pick") && html.contains("Verdict: <b>different subjects</b>"));
    assert!(!html.contains("http://") && !html.contains("https://") && !html.contains("<script"));
    let csv = report::render(&a, &verdicts, Format::Csv);
    assert_eq!(csv.lines().count(), a.statements.len() + 1);
    let row = csv
        .lines()
        .find(|l| l.contains("he died on August 21, 1940"))
        .unwrap();
    assert!(
        row.contains("date: August 21, 1940")
            && row.contains("different subjects: not the same man"),
        "{row}"
    );
}

#[test]
fn session_with_paths_elsewhere_reads_nothing_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let json = format!(
        "{{\"format\":\"corroborate-session\",\"version\":1,\"threshold\":0.2,\"sources\":[{{\"name\":\"x.txt\",\"path\":\"{}\",\"sha256\":\"00\"}}],\"corrections\":[]}}",
        dir.path().join("elsewhere/never/x.txt").display()
    );
    let p = dir.path().join("s.corroborate");
    std::fs::write(&p, json).unwrap();
    let s = Session::open(&p).unwrap();
    let (sources, warnings) = s.sources(dir.path(), Default::default());
    assert!(sources.is_empty());
    assert!(
        warnings[0].to_string().contains("no such file"),
        "{warnings:?}"
    );
    assert!(!dir.path().join("elsewhere").exists(), "nothing created");
}

/// Regression (found by the session round-trip property): merging a statement in no
/// group with itself put it twice into a new group.
#[test]
fn corrections_merge_with_itself_changes_nothing() {
    let mut a = example();
    let lone = (0..a.statements.len())
        .find(|&s| a.group_of(s).is_none() && a.statements[s].noise.is_none())
        .unwrap();
    let before = state(&a);
    a.apply_corrections(&[Correction::Merge {
        a: a.key(lone),
        b: a.key(lone),
    }]);
    assert_eq!(state(&a), before);
    assert_eq!(a.group_of(lone), None);
}

/// A slider move or a new correction regroups once, not once per step.
#[test]
fn regroup_with_corrections_is_one_grouping_pass() {
    let mut a = Analysis::new(vec![example_source()], Options::default());
    assert_eq!(a.grouping_passes(), 1, "the analysis groups once");
    let death = find_text(&a, "August 21, 1940");
    let ice = find_text(&a, "ice pick");
    let edits = vec![
        Correction::Merge {
            a: a.key(death),
            b: a.key(ice),
        },
        Correction::Noise {
            statement: a.key(ice),
            kind: None,
        },
    ];
    let applied = a.regroup_with(0.2, &edits);
    assert!(applied.unmatched.is_empty(), "{:?}", applied.unmatched);
    assert_eq!(a.grouping_passes(), 2);
    assert_eq!(a.threshold, 0.2);
    assert_eq!(a.group_of(death), a.group_of(ice));
    a.apply_corrections(&edits);
    assert_eq!(a.grouping_passes(), 3);
}
