//! The corroboration chart, its worksheets, the class's answers and sourcing cards: built
//! from real source sets, kept in sessions, printed in every format.

use corroborate_engine::chart::{self, ChartFilter, ChartSort};
use corroborate_engine::session::Session;
use corroborate_engine::worksheet::{self, Format, Layout};
use corroborate_engine::{
    Analysis, ConflictKind, Correction, Options, SourceCard, SourceKind, load_file,
};
use std::path::PathBuf;

fn dev_set(name: &str) -> Analysis {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/gold/dev")
        .join(name);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let sources = paths.iter().map(|p| load_file(p).unwrap()).collect();
    Analysis::new(sources, Options::default())
}

/// Cells of `html` in document order, tags stripped: a small reader for the page we write.
fn table_rows(html: &str) -> Vec<Vec<String>> {
    let body = html.split("<tbody>").nth(1).expect("a table body");
    body.split("<tr>")
        .skip(1)
        .map(|row| {
            row.split("</t")
                .filter_map(|cell| {
                    let start = cell.rfind("<td").or_else(|| cell.rfind("<th"))?;
                    let inner = &cell[start..];
                    let inner = &inner[inner.find('>')? + 1..];
                    let mut text = String::new();
                    let mut in_tag = false;
                    for c in inner.chars() {
                        match c {
                            '<' => in_tag = true,
                            '>' => in_tag = false,
                            c if !in_tag => text.push(c),
                            _ => {}
                        }
                    }
                    Some(text)
                })
                .collect()
        })
        .collect()
}

#[test]
fn a_dev_set_chart_has_a_column_per_source_and_a_marked_number_row() {
    let a = dev_set("lusitania-sinking");
    let c = chart::build(&a);
    assert_eq!(c.rows.len(), a.groups.len());
    assert!(c.rows.iter().all(|r| r.cells.len() == a.sources.len()));
    let row = c
        .rows
        .iter()
        .find(|r| {
            r.cells
                .iter()
                .filter(|cell| {
                    cell.marks.iter().any(|m| {
                        m.kind == ConflictKind::Number && m.other_source != m.statements[0]
                    })
                })
                .count()
                >= 2
        })
        .expect("a row where two sources give conflicting numbers");
    assert!(row.sources >= 2 && row.conflicts >= 1);
    // Every statement sits in its own source's column, exactly once.
    for (i, cell) in row.cells.iter().enumerate() {
        for &s in &cell.statements {
            assert_eq!(a.statements[s].source, i);
        }
    }
    let members: usize = row.cells.iter().map(|c| c.statements.len()).sum();
    assert_eq!(members, a.groups[row.group].statements.len());
}

#[test]
fn filters_narrow_and_sorts_reorder() {
    let a = dev_set("hindenburg-disaster");
    let c = chart::build(&a);
    let all = c.order(ChartSort::Position, ChartFilter::All);
    let disagree = c.order(ChartSort::Position, ChartFilter::Disagreeing);
    let shared = c.order(ChartSort::Position, ChartFilter::Shared);
    assert_eq!(all.len(), c.rows.len());
    assert!(!disagree.is_empty() && disagree.len() < all.len());
    assert!(disagree.iter().all(|&r| c.rows[r].conflicts > 0));
    assert!(shared.iter().all(|&r| c.rows[r].sources >= 2));
    let by_sources = c.order(ChartSort::Sources, ChartFilter::All);
    assert!(
        by_sources
            .windows(2)
            .all(|w| c.rows[w[0]].sources >= c.rows[w[1]].sources)
    );
}

#[test]
fn worksheet_html_holds_every_row_and_source() {
    let a = dev_set("great-chicago-fire");
    let html = worksheet::render(&a, Layout::default(), Format::Html);
    assert!(html.contains("size:landscape"), "prints landscape");
    let lower = html.to_lowercase();
    for bad in [
        "<script", "<link", "<img", "href=", "src=", "@import", "url(",
    ] {
        assert!(!lower.contains(bad), "{bad} in the worksheet");
    }
    let head = html
        .split("<thead>")
        .nth(1)
        .unwrap()
        .split("</thead>")
        .next()
        .unwrap();
    for i in 0..a.sources.len() {
        assert!(
            head.contains(
                &a.source_title(i)
                    .replace('&', "&amp;")
                    .replace('\'', "&#39;")
            ),
            "column of source {i}"
        );
    }
    let rows = table_rows(&html);
    assert_eq!(rows.len(), a.groups.len(), "one row per question");
    for (row, g) in rows
        .iter()
        .zip(chart::build(&a).order(ChartSort::Sources, ChartFilter::All))
    {
        assert_eq!(row.len(), a.sources.len() + 2, "question, sources, answer");
        let silent = row[1..=a.sources.len()]
            .iter()
            .filter(|c| *c == "silent")
            .count();
        assert_eq!(silent, a.sources.len() - chart::build(&a).rows[g].sources);
    }
}

#[test]
fn answers_and_cards_live_in_the_session_and_the_worksheets() {
    let mut a = dev_set("reichstag-fire");
    let g = a
        .groups
        .iter()
        .position(|g| !g.conflicts.is_empty())
        .unwrap();
    let anchor = a.key(a.groups[g].statements[0]);
    let card = SourceCard {
        title: "A card the class wrote".into(),
        author: "A. Reporter".into(),
        kind: SourceKind::Newspaper,
        note: "written the next day".into(),
        ..SourceCard::default()
    };
    let corrections = vec![
        Correction::Answer {
            anchor,
            text: "The later source, which cites the inquiry.".into(),
        },
        Correction::Card {
            source: a.sources[1].name.clone(),
            card: card.clone(),
        },
        Correction::Card {
            source: "not-open.txt".into(),
            card: card.clone(),
        },
    ];
    let applied = a.apply_corrections(&corrections);
    assert_eq!(applied.unmatched.len(), 1, "the card of a source not open");
    assert_eq!(applied.unmatched[0].index, 2);
    assert_eq!(a.cards[1], card);
    let g = a
        .group_of(a.find(&corrections_anchor(&corrections)).unwrap())
        .unwrap();
    assert_eq!(
        a.groups[g].answer.as_deref(),
        Some("The later source, which cites the inquiry.")
    );

    // Saved and reopened, the answer and the card come back.
    let session = Session::new(&a.sources, a.threshold, corrections.clone(), true);
    let back = Session::from_json(&session.to_json().unwrap()).unwrap();
    assert_eq!(back.corrections, corrections);

    for format in [Format::Html, Format::Md, Format::Csv] {
        let full = worksheet::render(&a, Layout::default(), format);
        assert!(full.contains("cites the inquiry"), "{format:?} answer");
        assert!(
            full.contains("A card the class wrote"),
            "{format:?} card title"
        );
        let blank = worksheet::render(
            &a,
            Layout {
                blank: true,
                ..Layout::default()
            },
            format,
        );
        assert!(
            !blank.contains("cites the inquiry"),
            "{format:?} printed blank"
        );
    }
    let json = corroborate_engine::json::to_json(&a);
    assert!(json.contains("\"answer\": \"The later source"));
    assert!(json.contains("\"author\": \"A. Reporter\""));
    for f in [
        corroborate_engine::report::Format::Md,
        corroborate_engine::report::Format::Html,
        corroborate_engine::report::Format::Csv,
    ] {
        let r = corroborate_engine::report::render(&a, &applied.verdicts, f);
        assert!(
            r.contains("written the next day"),
            "{f:?} shows the card's note"
        );
    }
}

fn corrections_anchor(c: &[Correction]) -> corroborate_engine::StatementKey {
    match &c[0] {
        Correction::Answer { anchor, .. } => anchor.clone(),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_version_one_session_still_opens() {
    let v1 = r#"{"format": "corroborate-session", "version": 1, "threshold": 0.2,
        "sources": [{"name": "a.txt", "sha256": "00", "text": "He died."}],
        "corrections": []}"#;
    let s = Session::from_json(v1).expect("version 1 reads");
    assert_eq!(s.version, 1);
    let v9 = v1.replace("\"version\": 1", "\"version\": 9");
    assert!(Session::from_json(&v9).is_err());
}

#[test]
fn cards_inferred_from_the_dev_sets_source_lines() {
    let a = dev_set("hindenburg-disaster");
    for (i, src) in a.sources.iter().enumerate() {
        let card = &a.cards[i];
        assert!(!card.title.is_empty(), "{}", src.name);
        assert!(!card.title.starts_with("Source:"), "{}", src.name);
        assert!(
            card.origin.contains("http"),
            "{}: {:?}",
            src.name,
            card.origin
        );
        assert_ne!(card.kind, SourceKind::Unknown, "{}", src.name);
    }
}

#[test]
fn an_answer_whose_statement_leaves_every_group_is_reported_not_dropped() {
    let mut a = dev_set("hindenburg-disaster");
    let anchor = a.groups[0].statements[0];
    let answer = Correction::Answer {
        anchor: a.key(anchor),
        text: "Both are right.".into(),
    };
    let aside = Correction::Noise {
        statement: a.key(anchor),
        kind: Some(corroborate_engine::NoiseKind::Boilerplate),
    };
    let applied = a.apply_corrections(&[answer.clone(), aside]);
    assert!(a.groups.iter().all(|g| g.answer.is_none()));
    assert_eq!(applied.unmatched.len(), 1);
    assert_eq!(applied.unmatched[0].index, 0);
    assert!(applied.unmatched[0].reason.contains("in no group"));
    // Restored, the answer is back.
    let applied = a.apply_corrections(&[answer]);
    assert!(applied.unmatched.is_empty());
    assert!(
        a.groups
            .iter()
            .any(|g| g.answer.as_deref() == Some("Both are right."))
    );
}

/// A worksheet prints statements as a reader expects them: an infobox key glued to its
/// value set apart, a word a printer broke at a line end whole, the lines joined.
#[test]
fn worksheets_print_rows_and_wrapped_words_readably() {
    let a = Analysis::new(
        vec![
            corroborate_engine::Source::from_text(
                "wiki.txt",
                "Dam failure\nDateMarch 11, 1864\nThe dam failed on March 11, 1864, and the valley flooded.",
            ),
            corroborate_engine::Source::from_text(
                "paper.txt",
                "The dam failed on March 12, 1864, and the whole val-\nley was flooded in the night by the water.",
            ),
        ],
        Options::default(),
    );
    let row = (0..a.statements.len())
        .find(|&s| a.text(s).starts_with("DateMarch"))
        .expect("the infobox row");
    assert_eq!(a.shown(row), "Date: March 11, 1864");
    let md = worksheet::render(&a, Layout::default(), Format::Md);
    assert!(md.contains("whole valley was flooded"), "{md}");
    assert!(!md.contains("val-"), "{md}");
}
