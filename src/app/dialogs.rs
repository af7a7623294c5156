//! Modal questions: restore unsaved work after a crash, and save before closing.

use super::App;
use super::state::Command;

impl App {
    pub(super) fn dialogs(&mut self, ctx: &egui::Context, cmds: &mut Vec<Command>) {
        if let Some(s) = &self.recovery_offer {
            let n = s.corrections.len();
            egui::Modal::new(egui::Id::unique("recovery")).show(ctx, |ui| {
                ui.heading("Restore unsaved work?");
                ui.label(format!(
                    "Corroborate was closed with unsaved work: {} source{} and {} correction{}.",
                    s.sources.len(),
                    if s.sources.len() == 1 { "" } else { "s" },
                    n,
                    if n == 1 { "" } else { "s" }
                ));
                ui.horizontal(|ui| {
                    if ui.button("Restore my work").clicked() {
                        cmds.push(Command::Recover);
                    }
                    if ui.button("Discard").clicked() {
                        cmds.push(Command::DiscardRecovery);
                    }
                });
            });
        }
        if self.confirm_quit {
            egui::Modal::new(egui::Id::unique("quit")).show(ctx, |ui| {
                ui.heading("Save your work before closing?");
                ui.label("Your corrections have not been saved.");
                ui.horizontal(|ui| {
                    if ui.button("Save session").clicked() {
                        cmds.push(Command::SaveSession(None));
                        cmds.push(Command::CancelQuit);
                    }
                    if ui.button("Close without saving").clicked() {
                        cmds.push(Command::Quit);
                    }
                    if ui.button("Cancel").clicked() {
                        cmds.push(Command::CancelQuit);
                    }
                });
            });
        }
    }
}
