//! The top bar: opening sources, the sources themselves, the threshold and the theme.

use super::state::Command;
use super::{App, palette};
use std::path::PathBuf;

impl App {
    #[must_use]
    pub(super) fn top_bar(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut cmds = Vec::new();
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            cmds.extend(super::chart_view::view_tabs(ui, self.settings.view));
            ui.separator();
            if ui
                .button("Open files…")
                .on_hover_text("Open text files as sources (Ctrl+O)")
                .clicked()
            {
                cmds.push(Command::OpenDialog);
            }
            ui.menu_button("Recent", |ui| {
                if self.settings.recent.is_empty() {
                    ui.label("No recent files");
                }
                for p in self.settings.recent.clone() {
                    if ui.button(p.display().to_string()).clicked() {
                        cmds.push(Command::OpenPaths(vec![p]));
                        ui.close();
                    }
                }
            });
            if ui
                .button("Example")
                .on_hover_text("Replace the sources with the built-in example")
                .clicked()
            {
                cmds.push(Command::UseExample);
            }
            if ui
                .button("Save session")
                .on_hover_text("Save sources, threshold and corrections (Ctrl+S)")
                .clicked()
            {
                cmds.push(Command::SaveSession(None));
            }
            let mut embed = self.settings.embed_texts;
            if ui
                .checkbox(&mut embed, "Embed texts")
                .on_hover_text("Store the sources' texts in the session file, to hand out one file")
                .changed()
            {
                cmds.push(Command::EmbedTexts(embed));
            }
            ui.add_enabled_ui(self.doc.edits.can_undo(), |ui| {
                if ui
                    .button("Undo")
                    .on_hover_text("Undo the last correction (Ctrl+Z)")
                    .clicked()
                {
                    cmds.push(Command::Undo);
                }
            });
            ui.add_enabled_ui(self.doc.edits.can_redo(), |ui| {
                if ui
                    .button("Redo")
                    .on_hover_text("Redo (Ctrl+Shift+Z)")
                    .clicked()
                {
                    cmds.push(Command::Redo);
                }
            });
            ui.separator();
            let label = ui.label("Path:");
            let field = ui.add(
                egui::TextEdit::singleline(&mut self.drafts.path_input)
                    .hint_text("/path/to/source.txt or work.corroborate")
                    .desired_width(240.0),
            );
            let field = field.labelled_by(label.id);
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            let path = PathBuf::from(self.drafts.path_input.trim());
            let has_path = !self.drafts.path_input.trim().is_empty();
            if (ui
                .button("Open")
                .on_hover_text("Open a text file or a session")
                .clicked()
                || enter)
                && has_path
            {
                self.drafts.path_input.clear();
                cmds.push(Command::OpenPaths(vec![path.clone()]));
            }
            if ui.button("Save session here").clicked() && has_path {
                cmds.push(Command::SaveSession(Some(path.clone())));
            }
            if ui
                .button("Export report here")
                .on_hover_text("Write a report: the path must end in .md, .html or .csv")
                .clicked()
                && has_path
            {
                cmds.push(Command::Export(path.clone()));
            }
            if ui
                .button("Export chart here")
                .on_hover_text(
                    "Write the chart as a worksheet: the path must end in .html, .md or .csv",
                )
                .clicked()
                && has_path
            {
                cmds.push(Command::ExportChart(path));
            }
            ui.separator();
            let mut dark = self.settings.dark;
            if ui.checkbox(&mut dark, "Dark").changed() {
                cmds.push(Command::Dark(dark));
            }
        });
        let per_source = self.tally().per_source.clone(); // counted once per analysis
        ui.horizontal_wrapped(|ui| {
            ui.label("Sources:");
            for (i, s) in self.doc.analysis.sources.iter().enumerate() {
                palette::chip(ui, i);
                let title = egui::RichText::new(self.doc.analysis.source_title(i))
                    .color(palette::source(i));
                if ui
                    .add(egui::Label::new(title).sense(egui::Sense::click()))
                    .on_hover_text(format!(
                        "{}\n{} · {} · {} statements\nClick to see or edit the sourcing card.",
                        corroborate_engine::report::card_line(&self.doc.analysis, i),
                        s.path
                            .as_ref()
                            .map(|p| p.display().to_string())
                            .unwrap_or_else(|| "built-in example".to_owned()),
                        s.encoding,
                        per_source.get(i).copied().unwrap_or(0)
                    ))
                    .clicked()
                {
                    cmds.push(Command::EditCard(Some(i)));
                }
                if ui
                    .small_button("×")
                    .on_hover_text(format!("Remove {}", s.name))
                    .clicked()
                {
                    cmds.push(Command::RemoveSource(i));
                }
            }
            ui.separator();
            let slider = ui.add(
                egui::Slider::new(
                    &mut self.drafts.slider,
                    corroborate_engine::analysis::SLIDER_RANGE,
                )
                .step_by(0.01)
                .text("How alike must statements be"),
            );
            if slider.changed() {
                cmds.push(Command::SetThreshold(self.drafts.slider));
            }
            if self.busy() {
                ui.spinner();
                ui.label(if self.loading() {
                    "Analysing…"
                } else {
                    "Regrouping…"
                });
            }
        });
        ui.add_space(2.0);
        cmds
    }
}
