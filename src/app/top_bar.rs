//! The top bar: opening sources, the sources themselves, the threshold and the theme.

use super::state::Command;
use super::{App, palette};
use std::path::PathBuf;

impl App {
    pub(super) fn top_bar(&mut self, ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
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
            ui.separator();
            let label = ui.label("Open path:");
            let field = ui.add(
                egui::TextEdit::singleline(&mut self.path_input)
                    .hint_text("/path/to/source.txt")
                    .desired_width(220.0),
            );
            let field = field.labelled_by(label.id);
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if (ui.button("Add").clicked() || enter) && !self.path_input.trim().is_empty() {
                let path = PathBuf::from(self.path_input.trim());
                self.path_input.clear();
                cmds.push(Command::OpenPaths(vec![path]));
            }
            ui.separator();
            let mut dark = self.settings.dark;
            if ui.checkbox(&mut dark, "Dark").changed() {
                cmds.push(Command::Dark(dark));
            }
        });
        ui.horizontal_wrapped(|ui| {
            ui.label("Sources:");
            for (i, s) in self.analysis.sources.iter().enumerate() {
                palette::chip(ui, i);
                ui.label(egui::RichText::new(&s.name).color(palette::source(i)))
                    .on_hover_text(format!(
                        "{} · {} · {} statements",
                        s.path
                            .as_ref()
                            .map(|p| p.display().to_string())
                            .unwrap_or_else(|| "built-in example".to_owned()),
                        s.encoding,
                        self.analysis
                            .statements
                            .iter()
                            .filter(|st| st.source == i)
                            .count()
                    ));
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
                egui::Slider::new(&mut self.slider, 0.05..=0.6)
                    .step_by(0.01)
                    .text("How alike must statements be"),
            );
            if slider.changed() {
                cmds.push(Command::SetThreshold(self.slider));
            }
            if self.busy() {
                ui.spinner();
                ui.label("Analysing…");
            }
        });
        ui.add_space(2.0);
    }
}
