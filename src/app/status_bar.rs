//! The status bar: counts of what the analysis holds, and the last error.

use super::App;
use super::state::Command;

impl App {
    #[must_use]
    pub(super) fn status_bar(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut cmds = Vec::new();
        let (conflicts, noise) = {
            let t = self.tally();
            (t.conflicts, t.noise.iter().map(Vec::len).sum::<usize>())
        };
        let a = &self.doc.analysis;
        ui.horizontal(|ui| {
            ui.label(format!(
                "{} source{} · {} statements · {} claim groups · {} conflicts · {} set aside as noise",
                a.sources.len(),
                if a.sources.len() == 1 { "" } else { "s" },
                a.statements.len(),
                a.groups.len(),
                conflicts,
                noise
            ));
            if self.doc.dirty {
                ui.separator();
                ui.label("unsaved changes");
            }
            if !self.doc.unmatched.is_empty() {
                ui.separator();
                let reasons: Vec<String> = self.doc.unmatched.iter().map(|u| u.reason.clone()).collect();
                ui.label(
                    egui::RichText::new(format!(
                        "⚠ {} correction{} no longer match the sources",
                        self.doc.unmatched.len(),
                        if self.doc.unmatched.len() == 1 { "" } else { "s" }
                    ))
                    .color(ui.visuals().warn_fg_color),
                )
                .on_hover_text(reasons.join("\n"));
            }
        });
        // A notice or an error gets a row of its own, wrapped: a long message (how to save
        // a web page as text) must be read whole, with its button in reach.
        if let Some(n) = &self.notice {
            ui.horizontal_wrapped(|ui| {
                ui.label(format!("✔ {n}"));
                if ui.small_button("OK").clicked() {
                    cmds.push(Command::DismissError);
                }
            });
        }
        if let Some(e) = &self.error {
            ui.horizontal_wrapped(|ui| {
                ui.label(egui::RichText::new(format!("⚠ {e}")).color(ui.visuals().error_fg_color));
                if ui.small_button("Dismiss").clicked() {
                    cmds.push(Command::DismissError);
                }
            });
        }
        cmds
    }
}
