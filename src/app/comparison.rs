//! The comparison: the selected group's statements side by side, with the words that
//! differ from the statement compared against, the conflicting values marked, and why the
//! statements were grouped.

use super::state::Command;
use super::{App, palette};
use corroborate_engine::corrections::Verdicts;
use corroborate_engine::{Analysis, Conflict, Correction, NoiseKind, Verdict, conflicts, diff};
use egui::text::LayoutJob;
use egui::{Color32, Stroke, TextFormat};
use std::collections::HashMap;
use std::ops::Range;

/// What the cards of the selected group show beyond the text: word differences and each
/// statement's strongest link. Both cost O(members²) diffs and scores, so they are
/// computed when the analysis, the selection or the pivot changes, not every frame.
#[derive(Default)]
pub(super) struct Cards {
    key: Option<(u64, usize, usize)>,
    cards: Vec<Card>,
    /// The group's figures and dates summed up ([`conflicts::values_line`]).
    values: Option<String>,
}

struct Card {
    marks: Marks,
    link: Option<(usize, corroborate_engine::Evidence)>,
}

impl Cards {
    fn refresh(
        &mut self,
        key: (u64, usize, usize),
        a: &Analysis,
        members: &[usize],
        pivot: usize,
        conflicts: &[Conflict],
    ) {
        if self.key == Some(key) {
            return;
        }
        self.key = Some(key);
        self.values = conflicts::values_line(conflicts);
        self.cards = members
            .iter()
            .map(|&s| Card {
                marks: marks_for(a, s, pivot, members, conflicts),
                link: members
                    .iter()
                    .filter(|&&m| m != s)
                    .map(|&m| (m, a.evidence(s, m)))
                    .max_by(|x, y| x.1.score.total_cmp(&y.1.score)),
            })
            .collect();
    }
}

/// Statements per row of the side-by-side view.
const COLUMNS: usize = 3;

impl App {
    #[must_use]
    pub(super) fn comparison(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut cmds = Vec::new();
        let Some(group) = self
            .view
            .selected
            .and_then(|g| self.doc.analysis.groups.get(g))
        else {
            welcome(ui, &self.doc.analysis);
            ui.add_space(8.0);
            self.refresh_chart();
            cmds.extend(self.start_here(ui));
            return cmds;
        };
        let group = group.clone();
        let a = &self.doc.analysis;
        let members = &group.statements;
        let pivot = self
            .view
            .pivot
            .filter(|p| members.contains(p))
            .unwrap_or(members[0]);
        ui.heading(&group.label);
        ui.horizontal(|ui| {
            let l = ui.label("Group label:");
            ui.add(
                egui::TextEdit::singleline(&mut self.drafts.label_draft)
                    .hint_text("a question, e.g. When did he die?")
                    .desired_width(280.0),
            )
            .labelled_by(l.id);
            if ui.button("Rename").clicked() && !self.drafts.label_draft.trim().is_empty() {
                cmds.push(Command::Correct(Correction::Rename {
                    anchor: a.key(members[0]),
                    label: self.drafts.label_draft.trim().to_owned(),
                }));
                self.drafts.label_draft.clear();
            }
        });
        if let Some(p) = self
            .view
            .picked
            .filter(|p| !members.contains(p) && *p < a.statements.len())
        {
            ui.horizontal_wrapped(|ui| {
                let short: String = a.text(p).chars().take(50).collect();
                ui.label(format!("Picked up #{p}: “{short}…”"));
                if ui.button(format!("Move #{p} here")).clicked() {
                    cmds.push(Command::Correct(Correction::Move {
                        statement: a.key(p),
                        with: a.key(members[0]),
                    }));
                }
                if ui.button("Merge its group with this one").clicked() {
                    cmds.push(Command::Correct(Correction::Merge {
                        a: a.key(members[0]),
                        b: a.key(p),
                    }));
                }
                if ui.button("Put down").clicked() {
                    cmds.push(Command::Pick(None));
                }
            });
        }
        let sources = {
            let mut s: Vec<usize> = members.iter().map(|&m| a.statements[m].source).collect();
            s.sort_unstable();
            s.dedup();
            s.len()
        };
        ui.label(format!(
            "{} statement{} from {} source{}. Highlighted words differ from the statement marked “compared against”.",
            members.len(),
            if members.len() == 1 { "" } else { "s" },
            sources,
            if sources == 1 { "" } else { "s" }
        ));
        ui.add_space(4.0);
        egui::ScrollArea::vertical()
            .id_salt("comparison")
            .auto_shrink(false)
            .show(ui, |ui| {
                self.caches.cards.refresh(
                    (self.doc.version, group.id, pivot),
                    a,
                    members,
                    pivot,
                    &group.conflicts,
                );
                if !group.conflicts.is_empty() {
                    conflicts_box(
                        ui,
                        a,
                        &group.conflicts,
                        self.caches.cards.values.as_deref(),
                        &self.doc.verdicts,
                        &mut self.drafts.notes,
                        &mut cmds,
                    );
                    ui.add_space(6.0);
                }
                for (chunk, cards) in members
                    .chunks(COLUMNS)
                    .zip(self.caches.cards.cards.chunks(COLUMNS))
                {
                    ui.columns(COLUMNS, |cols| {
                        for ((col, &s), card) in cols.iter_mut().zip(chunk).zip(cards) {
                            // columns justify their contents; prose reads better ragged
                            col.with_layout(egui::Layout::top_down(egui::Align::LEFT), |col| {
                                statement_card(col, a, s, pivot, card, &mut cmds)
                            });
                        }
                    });
                    ui.add_space(6.0);
                }
            });
        cmds
    }
}

fn welcome(ui: &mut egui::Ui, a: &Analysis) {
    ui.add_space(20.0);
    ui.heading("Compare what the sources say");
    ui.add_space(8.0);
    ui.label(format!(
        "The sources were split into {} statements. Statements that make the same claim \
         were put in {} groups (left); {} pairs of statements disagree on a date, a number, \
         a name or a word (⚠).",
        a.statements.len(),
        a.groups.len(),
        a.conflict_count()
    ));
    ui.label(
        "Select a group to see its statements side by side, with the differing words highlighted. \
         The Chart (top left) shows every question against every source at once.",
    );
    ui.label("Titles, page furniture and off-topic lines are set aside on the right; restore any you need.");
    ui.label("Move “How alike must statements be” to make groups looser or tighter.");
    ui.label(
        "The groups are suggestions made from shared words, not from meaning: check them. \
         Pick up, Split off, merge and rename to correct them; Undo takes any step back; \
         Save session keeps your work.",
    );
}

fn conflicts_box(
    ui: &mut egui::Ui,
    a: &Analysis,
    conflicts: &[Conflict],
    values: Option<&str>,
    verdicts: &Verdicts,
    notes: &mut HashMap<(usize, usize), String>,
    cmds: &mut Vec<Command>,
) {
    let dark = ui.visuals().dark_mode;
    egui::Frame::group(ui.style())
        .stroke(Stroke::new(1.5, palette::conflict_text(dark)))
        .show(ui, |ui| {
            ui.label(
                egui::RichText::new(format!(
                    "⚠ {} conflict{} to check",
                    conflicts.len(),
                    if conflicts.len() == 1 { "" } else { "s" }
                ))
                .strong()
                .color(palette::conflict_text(dark)),
            );
            // Source names only tell statements apart when there are several sources.
            let place = |s: usize| {
                if a.sources.len() > 1 {
                    format!("#{s}, {}", a.source_title(a.statements[s].source))
                } else {
                    format!("#{s}")
                }
            };
            // (a toll given four ways reads at a glance here; its pairs run to dozens)
            if let Some(line) = values {
                ui.label(egui::RichText::new(line).strong());
            }
            // Many conflicts scroll inside the box, so the statements stay in view.
            egui::ScrollArea::vertical()
                .id_salt("conflicts")
                .max_height(CONFLICTS_HEIGHT)
                .show(ui, |ui| {
                    for c in conflicts {
                        let text = if c.a == c.b {
                            format!(
                                "{} conflict within #{}: “{}” against “{}”",
                                c.kind.as_str(),
                                c.a,
                                c.values[0],
                                c.values[1]
                            )
                        } else {
                            format!(
                                "{} conflict: “{}” ({}) against “{}” ({})",
                                c.kind.as_str(),
                                c.values[0],
                                place(c.a),
                                c.values[1],
                                place(c.b)
                            )
                        };
                        if c.apparent {
                            ui.label(format!(
                                "{text} — apparent: one value allows the other; close reading may resolve this"
                            ));
                        } else {
                            ui.label(text);
                        }
                        verdict_row(ui, a, c, verdicts, notes, cmds);
                    }
                });
            ui.label(
                egui::RichText::new(
                    "Some conflicts are only apparent: check who “he” is in each statement (Context).",
                )
                .weak()
                .small(),
            );
        });
}

/// Tallest the list of conflicts grows before it scrolls, in points.
const CONFLICTS_HEIGHT: f32 = 220.0;

/// The verdict menu and note of one conflict.
fn verdict_row(
    ui: &mut egui::Ui,
    a: &Analysis,
    c: &Conflict,
    verdicts: &Verdicts,
    notes: &mut HashMap<(usize, usize), String>,
    cmds: &mut Vec<Command>,
) {
    let pair = (c.a.min(c.b), c.a.max(c.b));
    let current = verdicts.get(c.a, c.b);
    let note = notes
        .entry(pair)
        .or_insert_with(|| current.map(|v| v.1.clone()).unwrap_or_default());
    ui.horizontal(|ui| {
        let label = ui.label("Verdict:");
        egui::ComboBox::from_id_salt(("verdict", pair))
            .selected_text(current.map_or("not judged yet", |v| v.0.label()))
            .show_ui(ui, |ui| {
                for v in Verdict::ALL {
                    if ui
                        .selectable_label(current.map(|c| c.0) == Some(v), v.label())
                        .clicked()
                    {
                        cmds.push(Command::Correct(Correction::Judge {
                            a: a.key(c.a),
                            b: a.key(c.b),
                            verdict: v,
                            note: note.clone(),
                        }));
                    }
                }
            })
            .response
            .labelled_by(label.id)
            .on_hover_text("Your verdict on this conflict");
        let l = ui.label("Note:");
        ui.add(
            egui::TextEdit::singleline(note)
                .hint_text("why (saved with the verdict)")
                .desired_width(260.0),
        )
        .labelled_by(l.id);
    });
}

fn statement_card(
    ui: &mut egui::Ui,
    a: &Analysis,
    s: usize,
    pivot: usize,
    card: &Card,
    cmds: &mut Vec<Command>,
) {
    let st = &a.statements[s];
    let dark = ui.visuals().dark_mode;
    egui::Frame::group(ui.style())
        .stroke(Stroke::new(2.0, palette::source(st.source)))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                palette::chip(ui, st.source);
                ui.label(
                    egui::RichText::new(a.source_title(st.source))
                        .color(palette::source(st.source))
                        .strong(),
                )
                .on_hover_text(corroborate_engine::report::card_line(a, st.source));
                let meta = a.card(st.source).date_and_kind();
                if !meta.is_empty() {
                    ui.label(egui::RichText::new(meta).small());
                }
                ui.label(egui::RichText::new(format!("#{s} · char {}", st.start)).weak());
            });
            ui.label(highlighted(ui, a.text(s), &card.marks, dark));
            if s == pivot {
                ui.label(egui::RichText::new("compared against").italics().weak());
            }
            // Why it is here: its strongest link inside the group.
            if let Some((other, e)) = &card.link {
                let shared = if e.shared.is_empty() {
                    "no words".to_owned()
                } else {
                    e.shared
                        .iter()
                        .take(6)
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                ui.label(
                    egui::RichText::new(format!(
                        "Grouped with #{other}: shares {shared}; similarity {:.2}{}",
                        e.score,
                        if e.both_dated {
                            "; both date the same event"
                        } else {
                            ""
                        }
                    ))
                    .small(),
                );
            }
            card_actions(ui, a, s, pivot, cmds);
        });
}

/// The buttons under a statement: context, compare, pick up, split off, set aside.
fn card_actions(ui: &mut egui::Ui, a: &Analysis, s: usize, pivot: usize, cmds: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        if ui
            .small_button("Context")
            .on_hover_text("Show the statement in its source")
            .clicked()
        {
            cmds.push(Command::ShowContext(Some(s)));
        }
        if s != pivot && ui.small_button("Compare against this").clicked() {
            cmds.push(Command::Pivot(Some(s)));
        }
        if ui
            .small_button("Pick up")
            .on_hover_text("Pick this statement up to move it to another group")
            .clicked()
        {
            cmds.push(Command::Pick(Some(s)));
        }
        if ui
            .small_button("Split off")
            .on_hover_text("Take it out of this group")
            .clicked()
        {
            cmds.push(Command::Correct(Correction::Split {
                statement: a.key(s),
            }));
        }
        ui.menu_button("Set aside…", |ui| {
            for kind in NoiseKind::ALL {
                if ui.button(kind.label()).clicked() {
                    cmds.push(Command::SetNoise(s, Some(kind)));
                    ui.close();
                }
            }
        });
    });
}

/// What to mark in a statement's text: differing words and conflicting values.
#[derive(Debug, Default)]
struct Marks {
    differs: Vec<Range<usize>>,
    conflict: Vec<Range<usize>>,
    /// Names and numbers both statements give: a calm mark, agreement worth seeing.
    shared: Vec<Range<usize>>,
}

fn marks_for(
    a: &Analysis,
    s: usize,
    pivot: usize,
    members: &[usize],
    conflicts: &[Conflict],
) -> Marks {
    let text = a.text(s);
    let mut m = Marks::default();
    // The statement compared against is compared, for shared names, with the next one.
    let other = if s != pivot {
        Some(pivot)
    } else {
        members.iter().copied().find(|&x| x != s)
    };
    if let Some(o) = other {
        let (mine, _) = diff::word_diff(text, a.text(o));
        for p in mine {
            let is_name_or_number =
                text[p.range.clone()].starts_with(|c: char| c.is_uppercase() || c.is_numeric());
            if p.differs && s != pivot {
                m.differs.push(p.range);
            } else if !p.differs && is_name_or_number {
                m.shared.push(p.range);
            }
        }
    }
    for c in conflicts {
        let mut values = Vec::new();
        if c.a == s {
            values.push(&c.values[0]);
        }
        if c.b == s {
            values.push(&c.values[1]);
        }
        for v in values {
            if let Some(i) = text.find(v.as_str()) {
                m.conflict.push(i..i + v.len());
            }
        }
    }
    m
}

/// The statement text as a layout with differing words and conflicting values marked
/// (background colour plus underline, so the marks do not rely on colour alone).
fn highlighted(ui: &egui::Ui, text: &str, marks: &Marks, dark: bool) -> LayoutJob {
    let base = TextFormat {
        font_id: egui::TextStyle::Body.resolve(ui.style()),
        color: ui.visuals().text_color(),
        ..Default::default()
    };
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for r in marks
        .differs
        .iter()
        .chain(&marks.conflict)
        .chain(&marks.shared)
    {
        cuts.push(r.start);
        cuts.push(r.end);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut job = LayoutJob::default();
    for w in cuts.windows(2) {
        let (lo, hi) = (w[0], w[1]);
        if lo >= hi || !text.is_char_boundary(lo) || !text.is_char_boundary(hi) {
            continue;
        }
        let inside = |rs: &[Range<usize>]| rs.iter().any(|r| r.start <= lo && hi <= r.end);
        let mut f = base.clone();
        if inside(&marks.conflict) {
            f.background = palette::conflict(dark);
            f.underline = Stroke::new(2.0, palette::conflict_text(dark));
        } else if inside(&marks.differs) {
            f.background = palette::differs(dark);
            f.underline = Stroke::new(1.0, Color32::from_gray(if dark { 200 } else { 90 }));
        } else if inside(&marks.shared) {
            f.underline = Stroke::new(1.0, palette::shared(dark));
        }
        job.append(&text[lo..hi], 0.0, f);
    }
    job.wrap.max_width = f32::INFINITY;
    job
}

#[cfg(test)]
mod tests {
    use super::*;
    use corroborate_engine::{Options, Source};

    #[test]
    fn marks_calm_for_shared_names_and_numbers_never_for_function_words() {
        let a = Analysis::new(
            vec![Source::from_text(
                "x.txt",
                "Mercader killed Trotsky with an ice axe in 1940.\nMercader killed Trotsky with a pistol in 1940.\n",
            )],
            Options::default(),
        );
        let text = a.text(1);
        let m = marks_for(&a, 1, 0, &[0, 1], &[]);
        let words = |rs: &[Range<usize>]| -> Vec<String> {
            rs.iter().map(|r| text[r.clone()].to_owned()).collect()
        };
        assert_eq!(words(&m.differs), ["pistol"]);
        let shared = words(&m.shared);
        assert!(shared.contains(&"Mercader".to_owned()) && shared.contains(&"1940".to_owned()));
        assert!(
            !shared.contains(&"killed".to_owned()),
            "shared, not a name: no mark"
        );
        for w in ["a", "with", "in"] {
            assert!(!words(&m.differs).contains(&w.to_owned()) && !shared.contains(&w.to_owned()));
        }
        // The statement compared against marks its shared names too, never differences.
        let pivot = marks_for(&a, 0, 0, &[0, 1], &[]);
        assert!(pivot.differs.is_empty() && !pivot.shared.is_empty());
    }
}
