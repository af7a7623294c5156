//! Reports to hand in: Markdown, a self-contained print-friendly HTML page, and CSV (one
//! row per statement). Each shows the groups with their statements, sources and conflicts,
//! and the reader's verdicts and notes when there are any.

use crate::analysis::{Analysis, Conflict, Group};
use crate::corrections::Verdict;
pub use crate::corrections::Verdicts;
use std::fmt::Write as _;

/// What a report says of an apparent conflict (one value allows the other).
const APPARENT: &str = "apparent: one value allows the other; close reading may resolve this";

/// Report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Markdown.
    Md,
    /// A self-contained HTML page.
    Html,
    /// CSV, one row per statement.
    Csv,
}

fn source_name(a: &Analysis, s: usize) -> &str {
    &a.sources[a.statements[s].source].name
}

/// Renders the report in `format`.
pub fn render(a: &Analysis, verdicts: &Verdicts, format: Format) -> String {
    match format {
        Format::Md => markdown(a, verdicts),
        Format::Html => html(a, verdicts),
        Format::Csv => csv(a, verdicts),
    }
}

/// What a report writer is told, in order, by [`walk`]: the header, then for each group
/// its heading, its statements, its conflicts (with their verdicts) and its end. In the
/// spirit of ripgrep's `Sink`: one walk over the groups, one writer per format.
pub trait Sink {
    /// Before the groups.
    fn header(&mut self, a: &Analysis);
    /// A group begins.
    fn group(&mut self, a: &Analysis, g: &Group);
    /// One statement of the group.
    fn statement(&mut self, a: &Analysis, s: usize);
    /// One conflict of the group, with the class's verdict and note if any.
    fn conflict(&mut self, a: &Analysis, c: &Conflict, verdict: Option<&(Verdict, String)>);
    /// The group ends.
    fn end_group(&mut self, _a: &Analysis, _g: &Group) {}
    /// After the groups.
    fn footer(&mut self, _a: &Analysis) {}
}

/// Walks the analysis's groups in order, telling `sink` what it meets.
pub fn walk(a: &Analysis, verdicts: &Verdicts, sink: &mut impl Sink) {
    sink.header(a);
    for g in &a.groups {
        sink.group(a, g);
        for &m in &g.statements {
            sink.statement(a, m);
        }
        for c in &g.conflicts {
            sink.conflict(a, c, verdicts.get(c.a, c.b));
        }
        sink.end_group(a, g);
    }
    sink.footer(a);
}

/// A source's sourcing card on one line: title, author, date, place, kind, origin, note.
pub fn card_line(a: &Analysis, source: usize) -> String {
    let name = a.sources.get(source).map_or("", |s| s.name.as_str());
    let card = a.card(source);
    let mut line = card.summary(name);
    if !card.origin.trim().is_empty() {
        let _ = write!(line, " · from {}", card.origin.trim());
    }
    if !card.note.trim().is_empty() {
        let _ = write!(line, " · note: {}", card.note.trim());
    }
    line
}

/// One line of counts every report opens with.
fn counts_line(a: &Analysis, names: &[String]) -> String {
    format!(
        "Sources: {}. {} statements, {} claim groups, {} conflicts, {} set aside as noise.",
        names.join(", "),
        a.statements.len(),
        a.groups.len(),
        a.conflict_count(),
        a.noise_count()
    )
}

/// The Markdown writer.
#[derive(Default)]
struct Markdown {
    out: String,
    conflicts_begun: bool,
    /// The group's [`crate::conflicts::values_line`], written over its first conflict.
    values: Option<String>,
}

impl Sink for Markdown {
    fn header(&mut self, a: &Analysis) {
        let names: Vec<String> = a.sources.iter().map(|x| md_escape(&x.name)).collect();
        let _ = writeln!(self.out, "# Corroborate report\n");
        let _ = writeln!(self.out, "{}\n", counts_line(a, &names));
        let _ = writeln!(self.out, "## Sources\n");
        for (i, src) in a.sources.iter().enumerate() {
            let _ = writeln!(
                self.out,
                "{}. {}: {}",
                i + 1,
                md_escape(&src.name),
                md_escape(&card_line(a, i))
            );
        }
        self.out.push('\n');
    }

    fn group(&mut self, _a: &Analysis, g: &Group) {
        let _ = writeln!(self.out, "## {}. {}\n", g.id + 1, md_escape(&g.label));
        if let Some(answer) = &g.answer {
            let _ = writeln!(self.out, "Answer: {}\n", md_escape(answer));
        }
        let _ = writeln!(self.out, "| # | source | position | statement |");
        let _ = writeln!(self.out, "|---|---|---|---|");
        self.conflicts_begun = false;
        self.values = crate::conflicts::values_line(&g.conflicts);
    }

    fn statement(&mut self, a: &Analysis, m: usize) {
        let _ = writeln!(
            self.out,
            "| {m} | {} | {} | {} |",
            md_escape(source_name(a, m)),
            a.statements[m].start,
            md_escape(&a.shown(m))
        );
    }

    fn conflict(&mut self, _a: &Analysis, c: &Conflict, verdict: Option<&(Verdict, String)>) {
        if !self.conflicts_begun {
            let _ = writeln!(self.out, "\nConflicts:\n");
            if let Some(line) = self.values.take() {
                let _ = writeln!(self.out, "{}\n", md_escape(&line));
            }
            self.conflicts_begun = true;
        }
        let _ = write!(
            self.out,
            "- **{}**: “{}” (#{}) against “{}” (#{})",
            c.kind.as_str(),
            md_escape(&c.values[0]),
            c.a,
            md_escape(&c.values[1]),
            c.b
        );
        if c.apparent {
            let _ = write!(self.out, " — {APPARENT}");
        }
        if let Some((v, note)) = verdict {
            let _ = write!(self.out, " — verdict: {}", v.label());
            if !note.is_empty() {
                let _ = write!(self.out, " ({})", md_escape(note));
            }
        }
        self.out.push('\n');
    }

    fn end_group(&mut self, _a: &Analysis, _g: &Group) {
        self.out.push('\n');
    }
}

/// The report as Markdown.
pub fn markdown(a: &Analysis, verdicts: &Verdicts) -> String {
    let mut w = Markdown::default();
    walk(a, verdicts, &mut w);
    w.out
}

/// Escapes text for a Markdown table cell or line: HTML (`<img onerror=…>`), link and
/// image syntax (`[x](javascript:…)`), emphasis, code and table pipes are shown as written,
/// never acted on by a renderer; line breaks become spaces.
pub(crate) fn md_escape(t: &str) -> String {
    let mut o = String::with_capacity(t.len());
    for c in t.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '\n' => o.push(' '),
            '\r' => {}
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' => {
                o.push('\\');
                o.push(c);
            }
            _ => o.push(c),
        }
    }
    o
}

/// Escapes text for HTML: `& < > " '` as entities, so that nothing in it is markup.
pub(crate) fn html_escape(t: &str) -> String {
    let mut o = String::with_capacity(t.len());
    for c in t.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            _ => o.push(c),
        }
    }
    o
}

/// The HTML writer: conflicts above the row of statements.
#[derive(Default)]
struct Html {
    out: String,
    row: String,
}

impl Sink for Html {
    fn header(&mut self, a: &Analysis) {
        self.out.push_str(concat!(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
            "<title>Corroborate report</title><style>",
            "body{font-family:Georgia,serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111}",
            "h2{border-bottom:1px solid #999;page-break-after:avoid}",
            ".row{display:flex;gap:.75rem;flex-wrap:wrap}",
            ".st{flex:1 1 16rem;border:1px solid #888;border-radius:4px;padding:.5rem;break-inside:avoid}",
            ".src{font:0.8rem sans-serif;color:#444}",
            ".conflict{background:#fde2e0;border-left:4px solid #a11;padding:.25rem .5rem;margin:.25rem 0}",
            "@media print{body{margin:0}.st{border-color:#000}}",
            "</style></head><body>\n<h1>Corroborate report</h1>\n"
        ));
        let names: Vec<String> = a.sources.iter().map(|x| html_escape(&x.name)).collect();
        let _ = writeln!(
            self.out,
            "<p>{}</p>\n<h2>Sources</h2>\n<ol>",
            counts_line(a, &names)
        );
        for (i, src) in a.sources.iter().enumerate() {
            let _ = writeln!(
                self.out,
                "<li><b>{}</b>: {}</li>",
                html_escape(&src.name),
                html_escape(&card_line(a, i))
            );
        }
        self.out.push_str("</ol>\n");
    }

    fn group(&mut self, _a: &Analysis, g: &Group) {
        let _ = writeln!(self.out, "<h2>{}. {}</h2>", g.id + 1, html_escape(&g.label));
        if let Some(answer) = &g.answer {
            let _ = writeln!(self.out, "<p><b>Answer:</b> {}</p>", html_escape(answer));
        }
        if let Some(line) = crate::conflicts::values_line(&g.conflicts) {
            let _ = writeln!(self.out, "<p class=\"values\">{}</p>", html_escape(&line));
        }
        self.row.clear();
    }

    fn statement(&mut self, a: &Analysis, m: usize) {
        let _ = writeln!(
            self.row,
            "<div class=\"st\"><div class=\"src\">#{m} · {} · char {}</div>{}</div>",
            html_escape(source_name(a, m)),
            a.statements[m].start,
            html_escape(&a.shown(m))
        );
    }

    fn conflict(&mut self, _a: &Analysis, c: &Conflict, verdict: Option<&(Verdict, String)>) {
        let _ = write!(
            self.out,
            "<p class=\"conflict\"><b>{} conflict</b>: “{}” (#{}) against “{}” (#{})",
            c.kind.as_str(),
            html_escape(&c.values[0]),
            c.a,
            html_escape(&c.values[1]),
            c.b
        );
        if c.apparent {
            let _ = write!(self.out, " — <em>{APPARENT}</em>");
        }
        if let Some((v, note)) = verdict {
            let _ = write!(self.out, ". Verdict: <b>{}</b>", v.label());
            if !note.is_empty() {
                let _ = write!(self.out, " — {}", html_escape(note));
            }
        }
        self.out.push_str("</p>\n");
    }

    fn end_group(&mut self, _a: &Analysis, _g: &Group) {
        self.out.push_str("<div class=\"row\">\n");
        self.out.push_str(&self.row);
        self.out.push_str("</div>\n");
    }

    fn footer(&mut self, _a: &Analysis) {
        self.out.push_str("</body></html>\n");
    }
}

/// The report as one HTML page: no scripts, no network resources, print-friendly.
pub fn html(a: &Analysis, verdicts: &Verdicts) -> String {
    let mut w = Html::default();
    walk(a, verdicts, &mut w);
    w.out
}

/// A CSV cell. A cell that a spreadsheet would read as a formula (starting with `=`, `+`,
/// `-`, `@`, a tab or a carriage return) gets a leading `'`, as OWASP's guidance on CSV
/// injection recommends, so that opening the export never runs anything.
pub(crate) fn csv_field(t: &str) -> String {
    let t = if t.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{t}")
    } else {
        t.to_owned()
    };
    if t.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", t.replace('"', "\"\""))
    } else {
        t
    }
}

/// The report as CSV, one row per statement: source, position, text, group, noise kind,
/// conflict, verdict.
pub fn csv(a: &Analysis, verdicts: &Verdicts) -> String {
    let mut s = String::from(
        "statement,source,start,end,text,group,group_label,noise,conflicts,verdicts,source_card,answer\n",
    );
    for st in &a.statements {
        let g = a.group_of(st.id).map(|g| &a.groups[g]);
        let conflicts: Vec<String> = g
            .map(|g| {
                g.conflicts
                    .iter()
                    .filter(|c| c.a == st.id || c.b == st.id)
                    .map(|c| {
                        let apparent = if c.apparent { " (apparent)" } else { "" };
                        format!(
                            "{}{apparent}: {} / {}",
                            c.kind.as_str(),
                            c.values[0],
                            c.values[1]
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        let verdict: Vec<String> = g
            .map(|g| {
                g.conflicts
                    .iter()
                    .filter(|c| c.a == st.id || c.b == st.id)
                    .filter_map(|c| verdicts.get(c.a, c.b))
                    .map(|(v, n)| {
                        if n.is_empty() {
                            v.label().to_owned()
                        } else {
                            format!("{}: {n}", v.label())
                        }
                    })
                    .collect()
            })
            .unwrap_or_default();
        let _ = writeln!(
            s,
            "{},{},{},{},{},{},{},{},{},{},{},{}",
            st.id,
            csv_field(&a.sources[st.source].name),
            st.start,
            st.end,
            csv_field(a.text(st.id)),
            g.map(|g| (g.id + 1).to_string()).unwrap_or_default(),
            csv_field(g.map(|g| g.label.as_str()).unwrap_or("")),
            st.noise.map(|k| k.as_str()).unwrap_or(""),
            csv_field(&conflicts.join("; ")),
            csv_field(&verdict.join("; ")),
            csv_field(&card_line(a, st.source)),
            csv_field(g.and_then(|g| g.answer.as_deref()).unwrap_or(""))
        );
    }
    s
}
