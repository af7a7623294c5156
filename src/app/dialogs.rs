//! Modal questions: restore unsaved work after a crash, open files a session names
//! outside its folder, and save before closing.

use super::App;
use super::state::Command;

impl App {
    #[must_use]
    pub(super) fn dialogs(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let mut cmds = Vec::new();
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
        if let Some(c) = &self.consent {
            egui::Modal::new(egui::Id::unique("consent")).show(ctx, |ui| {
                ui.set_max_width(640.0);
                ui.heading("Open files this session asks for?");
                ui.label(
                    "The session names files that are not in its own folder, or that have \
                     changed since it was saved. Nothing has been read yet. Open them only \
                     if you trust whoever gave you this session.",
                );
                for issue in &c.issues {
                    let mark = if issue.needs_consent() { "⚠" } else { "ℹ" };
                    ui.label(format!("{mark} {issue}"));
                }
                ui.horizontal(|ui| {
                    if ui.button("Open these files").clicked() {
                        cmds.push(Command::AllowSessionFiles);
                    }
                    if ui.button("Don't open the session").clicked() {
                        cmds.push(Command::RefuseSessionFiles);
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
        cmds
    }
}
