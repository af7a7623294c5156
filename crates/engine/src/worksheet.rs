//! The chart as a worksheet to hand out: self-contained HTML (printable, landscape, no
//! script or network resource), Markdown and CSV. One row per question, one column per
//! source (its sourcing card in the header), a last column for the student's answer,
//! left empty when printed blank.

use crate::analysis::Analysis;
use crate::chart::{Cell, Chart, ChartFilter, ChartSort, Mark};
use crate::report::{csv_field, html_escape, md_escape};
use std::fmt::Write as _;

/// Worksheet formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One self-contained HTML page, landscape when printed.
    Html,
    /// A Markdown table.
    Md,
    /// CSV, one row per question.
    Csv,
}

/// Which rows, in which order, and whether the answers are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Layout {
    /// Row order (default: most sources first).
    pub sort: ChartSort,
    /// Rows kept (default: all).
    pub filter: ChartFilter,
    /// Leave the answers empty, to print for a class (default: false).
    pub blank: bool,
}

/// The questions every chart asks of its sources (Reading Like a Historian).
const HEURISTICS: &str = "For each question: What do the other documents say? Do they agree? If not, why? Which is most reliable?";
/// The answer column's heading.
pub const ANSWER_HEADING: &str = "Which is right, and why?";
/// What a cell of a silent source says.
pub const SILENT: &str = "silent";

/// Renders the chart of `a` as a worksheet.
pub fn render(a: &Analysis, layout: Layout, format: Format) -> String {
    let chart = crate::chart::build(a);
    let order = chart.order(layout.sort, layout.filter);
    match format {
        Format::Html => html(a, &chart, &order, layout.blank),
        Format::Md => markdown(a, &chart, &order, layout.blank),
        Format::Csv => csv(a, &chart, &order, layout.blank),
    }
}

/// A conflict mark in words (never colour alone): "⚠ number conflict: 300 against 250
/// (apparent: …)".
pub fn mark_text(a: &Analysis, m: &Mark) -> String {
    let whose = if m.statements[0] == m.statements[1] {
        "within this statement".to_owned()
    } else {
        format!("against {}", a.source_title(m.other_source))
    };
    let mut t = format!(
        "⚠ {} conflict: {} ≠ {} ({whose})",
        m.kind.as_str(),
        m.values[0],
        m.values[1]
    );
    if m.apparent {
        t.push_str(" — apparent: close reading may resolve this");
    }
    t
}

fn answer(a: &Analysis, group: usize, blank: bool) -> &str {
    if blank {
        return "";
    }
    a.groups[group].answer.as_deref().unwrap_or("")
}

fn cell_texts(a: &Analysis, cell: &Cell) -> (Vec<String>, Vec<String>) {
    (
        cell.texts.clone(),
        cell.marks.iter().map(|m| mark_text(a, m)).collect(),
    )
}

fn html(a: &Analysis, chart: &Chart, order: &[usize], blank: bool) -> String {
    let mut o = String::from(concat!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
        "<title>Corroboration chart</title><style>",
        "@page{size:landscape;margin:1cm}",
        "body{font-family:Georgia,serif;margin:1rem;color:#111}",
        "table{border-collapse:collapse;width:100%;font-size:.85rem}",
        "th,td{border:1px solid #555;padding:.3rem;vertical-align:top;text-align:left}",
        "thead th{background:#eee}",
        "tr{break-inside:avoid}",
        ".silent{color:#777;font-style:italic}",
        ".conflict{border-left:3px solid #a11;padding-left:.3rem;margin-top:.3rem;font-weight:bold}",
        ".meta{font:0.75rem sans-serif;color:#333;font-weight:normal}",
        ".answer{min-width:12rem}",
        "</style></head><body>\n<h1>Corroboration chart</h1>\n"
    ));
    let _ = writeln!(o, "<p>{}</p>", html_escape(HEURISTICS));
    o.push_str("<table>\n<thead><tr><th>Question</th>");
    for (i, src) in a.sources.iter().enumerate() {
        let card = a.card(i);
        let _ = write!(
            o,
            "<th>{}<div class=\"meta\">{}</div></th>",
            html_escape(&a.source_title(i)),
            html_escape(&card_meta(&card, &src.name))
        );
    }
    let _ = writeln!(
        o,
        "<th class=\"answer\">{ANSWER_HEADING}</th></tr></thead>\n<tbody>"
    );
    for &r in order {
        let row = &chart.rows[r];
        let g = &a.groups[row.group];
        let _ = write!(o, "<tr><th>{}. {}</th>", g.id + 1, html_escape(&g.label));
        for cell in &row.cells {
            if cell.statements.is_empty() {
                let _ = write!(o, "<td class=\"silent\">{SILENT}</td>");
                continue;
            }
            let (texts, marks) = cell_texts(a, cell);
            o.push_str("<td>");
            for t in texts {
                let _ = write!(o, "<p>{}</p>", html_escape(&t));
            }
            for m in marks {
                let _ = write!(o, "<div class=\"conflict\">{}</div>", html_escape(&m));
            }
            o.push_str("</td>");
        }
        let _ = writeln!(
            o,
            "<td class=\"answer\">{}</td></tr>",
            html_escape(answer(a, row.group, blank))
        );
    }
    o.push_str("</tbody></table>\n</body></html>\n");
    o
}

/// Author, date, place, kind and origin of a card, for a header's second line.
fn card_meta(card: &crate::sourcing::SourceCard, name: &str) -> String {
    let mut parts: Vec<String> = [&card.author, &card.date, &card.place]
        .into_iter()
        .filter(|p| !p.trim().is_empty())
        .map(|p| p.trim().to_owned())
        .collect();
    if card.kind != crate::sourcing::SourceKind::Unknown {
        parts.push(card.kind.label().to_owned());
    }
    if !card.origin.trim().is_empty() {
        parts.push(card.origin.trim().to_owned());
    }
    parts.push(format!("file {name}"));
    if !card.note.trim().is_empty() {
        parts.push(format!("note: {}", card.note.trim()));
    }
    parts.join(" · ")
}

fn markdown(a: &Analysis, chart: &Chart, order: &[usize], blank: bool) -> String {
    let mut o = String::from("# Corroboration chart\n\n");
    let _ = writeln!(o, "{HEURISTICS}\n\n## Sources\n");
    for (i, src) in a.sources.iter().enumerate() {
        let _ = writeln!(
            o,
            "{}. **{}** — {}",
            i + 1,
            md_escape(&a.source_title(i)),
            md_escape(&card_meta(&a.card(i), &src.name))
        );
    }
    o.push_str("\n## Chart\n\n| Question |");
    for i in 0..a.sources.len() {
        let _ = write!(o, " {}. {} |", i + 1, md_escape(&a.source_title(i)));
    }
    let _ = writeln!(o, " {ANSWER_HEADING} |");
    o.push_str(&"|---".repeat(a.sources.len() + 2));
    o.push_str("|\n");
    for &r in order {
        let row = &chart.rows[r];
        let g = &a.groups[row.group];
        let _ = write!(o, "| {}. {} |", g.id + 1, md_escape(&g.label));
        for cell in &row.cells {
            if cell.statements.is_empty() {
                let _ = write!(o, " *{SILENT}* |");
                continue;
            }
            let (texts, marks) = cell_texts(a, cell);
            let mut parts: Vec<String> = texts.iter().map(|t| md_escape(t)).collect();
            parts.extend(marks.iter().map(|m| format!("**{}**", md_escape(m))));
            let _ = write!(o, " {} |", parts.join("<br>"));
        }
        let _ = writeln!(o, " {} |", md_escape(answer(a, row.group, blank)));
    }
    o
}

fn csv(a: &Analysis, chart: &Chart, order: &[usize], blank: bool) -> String {
    let mut o = String::from("group,question");
    for i in 0..a.sources.len() {
        let _ = write!(o, ",{}", csv_field(&a.source_title(i)));
    }
    let _ = writeln!(o, ",{}", csv_field(ANSWER_HEADING));
    for &r in order {
        let row = &chart.rows[r];
        let g = &a.groups[row.group];
        let _ = write!(o, "{},{}", g.id + 1, csv_field(&g.label));
        for cell in &row.cells {
            let (texts, marks) = cell_texts(a, cell);
            let mut parts: Vec<String> = texts;
            parts.extend(marks);
            let _ = write!(o, ",{}", csv_field(&parts.join("\n")));
        }
        let _ = writeln!(o, ",{}", csv_field(answer(a, row.group, blank)));
    }
    o
}
