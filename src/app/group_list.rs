//! The claim groups list: search, sort, filter, keyboard navigation, virtualized rows.

use super::App;
use super::state::{Command, SortOrder};

impl App {
    #[must_use]
    pub(super) fn group_list(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut cmds = Vec::new();
        ui.heading("Claim groups");
        ui.horizontal(|ui| {
            let label = ui.label("Search:");
            let r = ui
                .add(
                    egui::TextEdit::singleline(&mut self.view.search)
                        .hint_text("word or date (Ctrl+F)")
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id);
            if self.view.focus_search {
                r.request_focus();
                self.view.focus_search = false;
            }
            // egui drops the focus on Escape, so check both states
            if (r.has_focus() || r.lost_focus()) && ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                self.view.search.clear();
            }
        });
        ui.horizontal(|ui| {
            let mut only = self.settings.conflicts_only;
            if ui.checkbox(&mut only, "Conflicts only").changed() {
                cmds.push(Command::ConflictsOnly(only));
            }
            egui::ComboBox::from_label("Sort")
                .selected_text(self.settings.sort.name())
                .show_ui(ui, |ui| {
                    for s in SortOrder::ALL {
                        if ui
                            .selectable_label(self.settings.sort == s, s.name())
                            .clicked()
                        {
                            cmds.push(Command::Sort(s));
                        }
                    }
                });
        });
        ui.separator();
        let selected = self.view.selected;
        let rows = self.rows().to_vec();
        self.keyboard_navigation(ui, &rows, &mut cmds);
        if rows.is_empty() {
            ui.label("No group matches.");
            return cmds;
        }
        let row_height = ui.spacing().interact_size.y;
        let mut scroll = egui::ScrollArea::vertical()
            .id_salt("group_rows")
            .auto_shrink(false);
        if let Some(pos) = selected.and_then(|g| rows.iter().position(|&r| r == g)) {
            // keep the keyboard selection in view
            let spacing = ui.spacing().item_spacing.y;
            let top = pos as f32 * (row_height + spacing);
            let visible = ui.available_height();
            let offset = self.view.list_offset;
            if top < offset || top + row_height > offset + visible {
                scroll = scroll.vertical_scroll_offset((top - visible / 2.0).max(0.0));
            }
        }
        let a = &self.doc.analysis;
        let out = scroll.show_rows(ui, row_height, rows.len(), |ui, range| {
            for &g in &rows[range] {
                let group = &a.groups[g];
                let sources = {
                    let mut s: Vec<usize> = group
                        .statements
                        .iter()
                        .map(|&m| a.statements[m].source)
                        .collect();
                    s.sort_unstable();
                    s.dedup();
                    s.len()
                };
                let badge = if group.conflicts.is_empty() {
                    String::new()
                } else {
                    format!(
                        "⚠ {} conflict{} · ",
                        group.conflicts.len(),
                        if group.conflicts.len() == 1 { "" } else { "s" }
                    )
                };
                let text = format!(
                    "{badge}{} — {} statement{}, {} source{}",
                    group.label,
                    group.statements.len(),
                    if group.statements.len() == 1 { "" } else { "s" },
                    sources,
                    if sources == 1 { "" } else { "s" }
                );
                let r = ui.add(
                    egui::Button::selectable(selected == Some(g), text)
                        .truncate()
                        .min_size(egui::vec2(ui.available_width(), row_height)),
                );
                if r.clicked() {
                    cmds.push(Command::SelectGroup(Some(g)));
                }
            }
        });
        self.view.list_offset = out.state.clamped_offset().y;
        cmds
    }

    /// Up/Down move the selection, Enter selects the first row, Escape clears it; only
    /// while no text field has the keyboard.
    fn keyboard_navigation(&self, ui: &egui::Ui, rows: &[usize], cmds: &mut Vec<Command>) {
        if ui.ctx().egui_wants_keyboard_input() || rows.is_empty() {
            return;
        }
        let pos = self
            .view
            .selected
            .and_then(|g| rows.iter().position(|&r| r == g));
        let (down, up, enter, esc) = ui.input(|i| {
            (
                i.key_pressed(egui::Key::ArrowDown),
                i.key_pressed(egui::Key::ArrowUp),
                i.key_pressed(egui::Key::Enter),
                i.key_pressed(egui::Key::Escape),
            )
        });
        let next = match (pos, down, up) {
            (None, true, _) => Some(0),
            (Some(p), true, _) => Some((p + 1).min(rows.len() - 1)),
            (Some(p), _, true) => Some(p.saturating_sub(1)),
            _ => None,
        };
        if let Some(n) = next {
            cmds.push(Command::SelectGroup(Some(rows[n])));
        } else if enter && pos.is_none() {
            cmds.push(Command::SelectGroup(Some(rows[0])));
        } else if esc {
            if self.view.context_of.is_some() {
                cmds.push(Command::ShowContext(None));
            } else {
                cmds.push(Command::SelectGroup(None));
            }
        }
    }
}
