//! The chart a class works from: one row per question (claim group), one column per
//! source, each cell what that source says, conflicts marked in words; the student's
//! answer in the last column. Rows have one height so that only the visible ones are laid
//! out (`show_rows`): 2,000 questions scroll like 20.

use super::state::{Command, ViewMode};
use super::{App, palette};
use corroborate_engine::chart::{Cell, Chart, ChartFilter, ChartSort, Mark};
use corroborate_engine::{Analysis, Correction, worksheet};
use egui::{Align, Layout, RichText, Sense, Stroke, UiBuilder, vec2};

/// Height of every row, in points: a question's label, three lines of statements or an
/// answer field of three lines.
pub const ROW_HEIGHT: f32 = 112.0;
/// Width of the question column.
const QUESTION_WIDTH: f32 = 200.0;
/// Width of the answer column.
const ANSWER_WIDTH: f32 = 210.0;
/// Narrowest and widest source column.
const SOURCE_WIDTH: std::ops::RangeInclusive<f32> = 140.0..=560.0;
/// Height of the column headers.
const HEADER_HEIGHT: f32 = 54.0;
/// Statements a cell shows before "+N more".
const CELL_STATEMENTS: usize = 3;
/// Height of a line of statement text, and of a small line (marks, "+N more"), in points.
const TEXT_LINE: f32 = 18.0;
/// Height of a small line.
const SMALL_LINE: f32 = 13.5;
/// Average width of a character of statement text, in points, to shorten text to lines.
const CHAR_WIDTH: f32 = 7.2;
/// Conflicts a cell lists before "+N more" (all of them on hover).
const CELL_MARKS: usize = 2;
/// Questions the "start here" strip offers of each kind.
const START_HERE: usize = 3;

/// The chart of the analysis and the order of its rows, recomputed only when the analysis
/// or the order asked for changes.
#[derive(Default)]
pub(super) struct ChartCache {
    version: Option<u64>,
    chart: Chart,
    /// "Start here": the questions most sources answer, then the disagreements not
    /// among them (row indices), computed with the chart.
    start_here: (Vec<usize>, Vec<usize>),
    order_key: Option<(u64, ChartSort, ChartFilter)>,
    order: Vec<usize>,
}

impl ChartCache {
    fn refresh(&mut self, version: u64, a: &Analysis, sort: ChartSort, filter: ChartFilter) {
        if self.version != Some(version) {
            self.chart = corroborate_engine::chart::build(a);
            self.start_here = start_here_rows(&self.chart);
            self.version = Some(version);
        }
        let key = (version, sort, filter);
        if self.order_key != Some(key) {
            self.order = self.chart.order(sort, filter);
            self.order_key = Some(key);
        }
    }
}

/// The rows "Start here" offers: the questions most sources answer (two or more), then
/// the disagreements not already among them, [`START_HERE`] of each.
fn start_here_rows(chart: &Chart) -> (Vec<usize>, Vec<usize>) {
    let most: Vec<usize> = chart
        .order(ChartSort::Sources, ChartFilter::Shared)
        .into_iter()
        .take(START_HERE)
        .collect();
    let disagree = chart
        .order(ChartSort::Conflicts, ChartFilter::Disagreeing)
        .into_iter()
        .filter(|r| !most.contains(r))
        .take(START_HERE)
        .collect();
    (most, disagree)
}

impl App {
    /// The chart view: toolbar, "start here", headers, then the rows.
    #[must_use]
    pub(super) fn chart_view(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut cmds = Vec::new();
        self.refresh_chart();
        let filter = self.settings.chart_filter;
        cmds.extend(self.chart_toolbar(ui));
        cmds.extend(self.start_here(ui));
        ui.add_space(4.0);
        let a = &self.doc.analysis;
        let n = a.sources.len().max(1);
        let spacing = ui.spacing().item_spacing.x;
        let free =
            ui.available_width() - QUESTION_WIDTH - ANSWER_WIDTH - spacing * (n as f32 + 2.0);
        let col = (free / n as f32).clamp(*SOURCE_WIDTH.start(), *SOURCE_WIDTH.end());
        let total = QUESTION_WIDTH + ANSWER_WIDTH + col * n as f32 + spacing * (n as f32 + 2.0);
        egui::ScrollArea::horizontal()
            .id_salt("chart_h")
            .auto_shrink(false)
            .show(ui, |ui| {
                ui.set_min_width(total);
                ui.horizontal(|ui| {
                    header_cell(ui, QUESTION_WIDTH, |ui| {
                        ui.strong("Question");
                        ui.label(RichText::new("click one to compare its statements").small().weak());
                    });
                    // The answer beside its question, where it stays in view however many
                    // sources scroll by (printed worksheets put it last).
                    header_cell(ui, ANSWER_WIDTH, |ui| {
                        ui.strong(worksheet::ANSWER_HEADING);
                        ui.label(RichText::new("your answer, saved with the session").small().weak());
                    });
                    for i in 0..a.sources.len() {
                        header_cell(ui, col, |ui| source_header(ui, a, i, &mut cmds));
                    }
                });
                ui.separator();
                let order = &self.caches.chart.order;
                if order.is_empty() {
                    ui.label(match filter {
                        ChartFilter::All => "No questions: no two statements were grouped. Try a lower “How alike must statements be”.",
                        ChartFilter::Disagreeing => "No question on which sources disagree.",
                        ChartFilter::Shared => "No question that two sources speak to.",
                    });
                    return;
                }
                let rows = &self.caches.chart.chart.rows;
                let drafts = &mut self.drafts.answers;
                egui::ScrollArea::vertical()
                    .id_salt("chart_v")
                    .auto_shrink(false)
                    .show_rows(ui, ROW_HEIGHT, order.len(), |ui, range| {
                        for &r in &order[range] {
                            chart_row(ui, a, &rows[r], col, drafts, &mut cmds);
                        }
                    });
            });
        cmds
    }

    /// Brings the chart and its row order up to date (cheap when nothing changed).
    pub(super) fn refresh_chart(&mut self) {
        let (sort, filter) = (self.settings.chart_sort, self.settings.chart_filter);
        self.caches
            .chart
            .refresh(self.doc.version, &self.doc.analysis, sort, filter);
    }

    #[must_use]
    fn chart_toolbar(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut cmds = Vec::new();
        let c = &self.caches.chart;
        ui.horizontal_wrapped(|ui| {
            ui.heading("Corroboration chart");
            ui.separator();
            if let Some(o) = choice(
                ui,
                "Order:",
                self.settings.chart_sort,
                &ChartSort::ALL,
                ChartSort::label,
            ) {
                cmds.push(Command::SortChart(o));
            }
            if let Some(f) = choice(
                ui,
                "Show:",
                self.settings.chart_filter,
                &ChartFilter::ALL,
                ChartFilter::label,
            ) {
                cmds.push(Command::FilterChart(f));
            }
            ui.label(format!(
                "{} of {} questions",
                c.order.len(),
                c.chart.rows.len()
            ));
            ui.separator();
            if ui
                .button("Export chart…")
                .on_hover_text(
                    "Save the chart as a worksheet to print or hand out: .html, .md or .csv",
                )
                .clicked()
            {
                cmds.push(Command::ExportChartDialog);
            }
            let mut blank = self.settings.blank_chart;
            if ui
                .checkbox(&mut blank, "Export with answers empty")
                .on_hover_text(
                    "Export the chart with the answer column empty, to print for a class",
                )
                .changed()
            {
                cmds.push(Command::BlankChart(blank));
            }
        });
        ui.label(
            RichText::new(
                "Each row is a question; each column a source. An empty cell: the source is silent. \
                 ⚠ marks sources that disagree. Ask of every row: what do the other sources say? \
                 Do they agree? If not, why? Which is most reliable? Click a source's title for its \
                 sourcing card.",
            )
            .weak(),
        );
        cmds
    }

    /// One click each: the questions most sources answer, and those they disagree on.
    #[must_use]
    pub(super) fn start_here(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut cmds = Vec::new();
        let a = &self.doc.analysis;
        let chart = &self.caches.chart.chart;
        let (most, disagree) = &self.caches.chart.start_here;
        if most.is_empty() && disagree.is_empty() {
            return cmds;
        }
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.strong("Start here");
            for (title, rows) in [
                ("Questions most sources answer:", most),
                ("Disagreements (⚠):", disagree),
            ] {
                if rows.is_empty() {
                    continue;
                }
                ui.horizontal_wrapped(|ui| {
                    ui.label(title);
                    for &r in rows {
                        let row = &chart.rows[r];
                        let g = &a.groups[row.group];
                        let text = format!(
                            "{} ({} source{}{})",
                            corroborate_engine::shorten(&g.label, 60),
                            row.sources,
                            if row.sources == 1 { "" } else { "s" },
                            if row.conflicts > 0 {
                                format!(", ⚠ {}", row.conflicts)
                            } else {
                                String::new()
                            }
                        );
                        if ui
                            .link(text)
                            .on_hover_text("Compare this question's statements side by side")
                            .clicked()
                        {
                            cmds.push(Command::OpenStatement(g.statements[0]));
                        }
                    }
                });
            }
        });
        cmds
    }

    /// Answers typed but not yet applied, as corrections (applied before a save, so that
    /// nothing typed is lost).
    pub(super) fn pending_answers(&self) -> Vec<Correction> {
        let a = &self.doc.analysis;
        let mut drafts: Vec<(&usize, &String)> = self.drafts.answers.iter().collect();
        drafts.sort_unstable_by_key(|d| *d.0); // in the order of the sources
        drafts
            .into_iter()
            .filter_map(|(&anchor, text)| {
                let g = a.group_of(anchor)?;
                let current = a.groups[g].answer.as_deref().unwrap_or("");
                (current != text.trim()).then(|| Correction::Answer {
                    anchor: a.key(anchor),
                    text: text.trim().to_owned(),
                })
            })
            .collect()
    }
}

/// A labelled menu of `options`: the one picked, if another was.
fn choice<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    label: &str,
    current: T,
    options: &[T],
    name: fn(T) -> &'static str,
) -> Option<T> {
    let mut picked = None;
    let l = ui.label(label);
    egui::ComboBox::from_id_salt(label)
        .selected_text(name(current))
        .show_ui(ui, |ui| {
            for &o in options {
                if ui.selectable_label(current == o, name(o)).clicked() && current != o {
                    picked = Some(o);
                }
            }
        })
        .response
        .labelled_by(l.id);
    picked
}

/// A header cell of fixed width.
fn header_cell(ui: &mut egui::Ui, width: f32, add: impl FnOnce(&mut egui::Ui)) {
    ui.allocate_ui_with_layout(
        vec2(width, HEADER_HEIGHT),
        Layout::top_down(Align::LEFT),
        |ui| {
            ui.set_width(width);
            ui.set_min_height(HEADER_HEIGHT);
            add(ui);
        },
    );
}

/// A source's column header: its colour, short title (click: the sourcing card), date
/// and kind.
fn source_header(ui: &mut egui::Ui, a: &Analysis, i: usize, cmds: &mut Vec<Command>) {
    let card = a.card(i);
    ui.horizontal(|ui| {
        palette::chip(ui, i);
        let title = RichText::new(a.source_title(i))
            .strong()
            .color(palette::source(i));
        if ui
            .add(egui::Label::new(title).sense(Sense::click()).truncate())
            .on_hover_text(format!(
                "{}\nClick to see or edit the sourcing card.",
                corroborate_engine::report::card_line(a, i)
            ))
            .clicked()
        {
            cmds.push(Command::EditCard(Some(i)));
        }
    });
    let mut meta = card.date_and_kind();
    if meta.is_empty() {
        meta = "no date or kind yet".to_owned();
    }
    ui.add(egui::Label::new(RichText::new(meta).small()).truncate());
}

/// One row: the question, a cell per source, the answer.
fn chart_row(
    ui: &mut egui::Ui,
    a: &Analysis,
    row: &corroborate_engine::chart::Row,
    col: f32,
    drafts: &mut std::collections::HashMap<usize, String>,
    cmds: &mut Vec<Command>,
) {
    let g = &a.groups[row.group];
    ui.horizontal(|ui| {
        boxed(ui, QUESTION_WIDTH, None, |ui| {
            let label = format!("{}. {}", g.id + 1, g.label);
            if ui
                .add(egui::Label::new(RichText::new(label).strong()).sense(Sense::click()))
                .on_hover_text("Compare this question's statements side by side")
                .clicked()
            {
                cmds.push(Command::OpenStatement(g.statements[0]));
            }
            let mut facts = format!(
                "{} source{}",
                row.sources,
                if row.sources == 1 { "" } else { "s" }
            );
            if row.conflicts > 0 {
                facts.push_str(&format!(
                    " · ⚠ {} conflict{}",
                    row.conflicts,
                    if row.conflicts == 1 { "" } else { "s" }
                ));
            }
            ui.label(RichText::new(facts).small());
        });
        boxed(ui, ANSWER_WIDTH, None, |ui| {
            let anchor = g.statements[0];
            let current = g.answer.as_deref().unwrap_or("");
            // A draft exists only while an answer is being typed: what is shown otherwise
            // is the group's answer, as the corrections made it (undo included).
            let mut text = drafts
                .get(&anchor)
                .cloned()
                .unwrap_or_else(|| current.to_owned());
            let l = ui.label(RichText::new(format!("Answer {}:", g.id + 1)).small());
            let edit = ui
                .add(
                    egui::TextEdit::multiline(&mut text)
                        .id_salt(("answer", anchor))
                        .hint_text("Which is right, and why?")
                        .desired_rows(3)
                        .desired_width(ANSWER_WIDTH - 12.0),
                )
                .labelled_by(l.id);
            if edit.changed() {
                drafts.insert(anchor, text.clone());
            }
            // Leaving the field keeps the answer; through the drafts, so that a command of the
            // same frame (an export, a save) that keeps them first does not keep it twice.
            if edit.lost_focus() && drafts.contains_key(&anchor) {
                cmds.push(Command::KeepAnswers);
            }
        });
        for (i, cell) in row.cells.iter().enumerate() {
            let stroke = (!cell.marks.is_empty())
                .then(|| Stroke::new(2.0, palette::conflict_text(ui.visuals().dark_mode)));
            boxed(ui, col, stroke, |ui| source_cell(ui, a, i, cell, col, cmds));
        }
    });
}

/// A cell of fixed size, clipped, with a border (red-brown for a conflict).
fn boxed(ui: &mut egui::Ui, width: f32, stroke: Option<Stroke>, add: impl FnOnce(&mut egui::Ui)) {
    let (rect, _) = ui.allocate_exact_size(vec2(width, ROW_HEIGHT - 4.0), Sense::hover());
    let visuals = ui.visuals();
    let stroke = stroke.unwrap_or(visuals.widgets.noninteractive.bg_stroke);
    ui.painter()
        .rect_stroke(rect, 3.0, stroke, egui::StrokeKind::Inside);
    let inner = rect.shrink(5.0);
    let mut child = ui.new_child(
        UiBuilder::new()
            .max_rect(inner)
            .layout(Layout::top_down(Align::LEFT)),
    );
    child.set_clip_rect(inner.intersect(ui.clip_rect()));
    add(&mut child);
}

/// What one source says on the row's question, shortened (the whole text on hover, a
/// click opens it in the comparison), then the conflicts in words.
fn source_cell(
    ui: &mut egui::Ui,
    a: &Analysis,
    _source: usize,
    cell: &Cell,
    col: f32,
    cmds: &mut Vec<Command>,
) {
    if cell.statements.is_empty() {
        ui.label(
            RichText::new(format!("({})", worksheet::SILENT))
                .italics()
                .weak(),
        );
        return;
    }
    let dark = ui.visuals().dark_mode;
    // The lines the cell has room for, once its conflict marks and "+N more" are placed,
    // shared out in order: each statement gets the lines its text needs, shortened to
    // them, until the room is used (the first always gets one).
    let chars_per_line = (col / CHAR_WIDTH).max(10.0) as usize;
    let mark_lines = cell.marks.len().min(CELL_MARKS + 1);
    let room = ROW_HEIGHT - 14.0 - SMALL_LINE * (mark_lines as f32 + 1.0);
    let mut lines_left = ((room / TEXT_LINE).floor() as usize).max(1);
    let mut shown = 0;
    for (&s, full) in cell
        .statements
        .iter()
        .zip(&cell.texts)
        .take(CELL_STATEMENTS)
    {
        if lines_left == 0 {
            break;
        }
        let needs = full.chars().count().div_ceil(chars_per_line).max(1);
        let lines = needs.min(lines_left);
        lines_left -= lines;
        shown += 1;
        let text = corroborate_engine::shorten(full, lines * chars_per_line);
        if ui
            .add(egui::Label::new(text).sense(Sense::click()))
            .on_hover_text(format!("{full}\n\nClick to compare it with the others."))
            .clicked()
        {
            cmds.push(Command::OpenStatement(s));
        }
    }
    if cell.statements.len() > shown {
        ui.label(RichText::new(format!("+{} more", cell.statements.len() - shown)).small());
    }
    for m in cell.marks.iter().take(CELL_MARKS) {
        ui.label(
            RichText::new(mark_label(m))
                .small()
                .strong()
                .color(palette::conflict_text(dark)),
        )
        .on_hover_text(worksheet::mark_text(a, m));
    }
    if cell.marks.len() > CELL_MARKS {
        let all: Vec<String> = cell
            .marks
            .iter()
            .map(|m| worksheet::mark_text(a, m))
            .collect();
        ui.label(
            RichText::new(format!(
                "⚠ +{} more conflicts",
                cell.marks.len() - CELL_MARKS
            ))
            .small()
            .color(palette::conflict_text(dark)),
        )
        .on_hover_text(all.join("\n"));
    }
}

/// A conflict mark, short: "⚠ number: 33 ≠ 32", "(apparent)" when one value allows the
/// other.
fn mark_label(m: &Mark) -> String {
    format!(
        "⚠ {}: {} ≠ {}{}",
        m.kind.as_str(),
        m.values[0],
        m.values[1],
        if m.apparent { " (apparent)" } else { "" }
    )
}

/// The view tabs, for the top bar.
#[must_use]
pub(super) fn view_tabs(ui: &mut egui::Ui, current: ViewMode) -> Vec<Command> {
    let mut cmds = Vec::new();
    for v in ViewMode::ALL {
        if ui.selectable_label(current == v, v.label()).clicked() && current != v {
            cmds.push(Command::ShowView(v));
        }
    }
    cmds
}
