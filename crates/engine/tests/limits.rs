//! Huge and hostile inputs: refused at once with a clear message, or analysed with bounded
//! statements; never a panic.

use corroborate_engine::{Analysis, LoadErrorKind, Options, Source, load_file, segment};

#[test]
fn huge_file_is_refused_at_once_naming_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("huge.txt");
    let f = std::fs::File::create(&p).unwrap();
    f.set_len(200 * 1024 * 1024).unwrap(); // sparse: nothing is written, nothing must be read
    let t = std::time::Instant::now();
    let e = load_file(&p).unwrap_err();
    assert!(matches!(e.kind, LoadErrorKind::TooLarge { .. }));
    assert!(e.to_string().contains("the limit is 64 MB"), "{e}");
    assert!(t.elapsed().as_secs_f32() < 1.0, "refused before reading");
}

#[test]
fn one_megabyte_line_without_punctuation() {
    let words = [
        "history",
        "source",
        "Trotsky",
        "1940",
        "axe",
        "Мексика",
        "εξορία",
    ];
    let text: String = (0..150_000)
        .map(|i| words[i % words.len()])
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.len() > 1_000_000);
    let a = Analysis::new(
        vec![Source::from_text("line.txt", text)],
        Options::default(),
    );
    assert!(a.statements.len() > 1_000_000 / segment::MAX_STATEMENT_BYTES);
    assert!(
        a.statements
            .iter()
            .all(|s| s.bytes.len() <= segment::MAX_STATEMENT_BYTES)
    );
}

#[test]
fn many_tiny_lines_and_very_long_words() {
    let lines = "a\n".repeat(1_000_000); // a million tiny lines
    let a = Analysis::new(
        vec![Source::from_text("lines.txt", lines)],
        Options::default(),
    );
    assert!(!a.statements.is_empty());
    let long = "x".repeat(100_000);
    let a = Analysis::new(
        vec![Source::from_text("word.txt", format!("{long}. {long}!"))],
        Options::default(),
    );
    assert!(a.statements.len() >= 2);
}

#[test]
fn other_scripts_work() {
    let text = "Троцкий умер 21 августа 1940 года. Троцкий умер в 1940 году в Мексике. \
                Ο Τρότσκι πέθανε το 1940. توفي تروتسكي عام 1940. \
                托洛茨基于1940年去世。托洛茨基于1940年在墨西哥去世。 \
                Cafe\u{301} crème. 👩‍👩‍👧 family. ";
    let a = Analysis::new(
        vec![Source::from_text("scripts.txt", text)],
        Options::default(),
    );
    let chars: Vec<char> = text.chars().collect();
    for s in &a.statements {
        assert_eq!(
            a.text(s.id),
            chars[s.start..s.end].iter().collect::<String>()
        );
    }
    assert!(a.statements.len() >= 7, "{}", a.statements.len());
}

#[test]
fn a_long_text_counting_many_deaths_makes_no_giant_group() {
    // Sixty different deaths counted, as a long book does: no single question, so no
    // group gathers them all (each group stays within what the grouping allows).
    let lines: Vec<String> = (0..60)
        .map(|i| {
            format!(
                "In the {} chapter of the story, {} soldiers of the regiment died near the {} river.",
                ["first", "second", "third", "fourth", "fifth"][i % 5],
                10 + i * 7,
                ["northern", "southern", "eastern", "western"][i % 4]
            )
        })
        .collect();
    let a = Analysis::new(
        vec![Source::from_text("book.txt", lines.join("\n"))],
        Options::default(),
    );
    let largest = a
        .groups
        .iter()
        .map(|g| g.statements.len())
        .max()
        .unwrap_or(0);
    assert!(
        largest <= corroborate_engine::grouping::MAX_GROUP,
        "a group of {largest}"
    );
}
