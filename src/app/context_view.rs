//! The context view: a statement in its source, with the sentences around it, so a
//! student can see who "he" is.

use super::App;
use super::state::Command;

/// Statements shown before and after the one in question.
const RADIUS: usize = 3;

impl App {
    #[must_use]
    pub(super) fn context_view(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let mut cmds = Vec::new();
        let Some(s) = self.view.context_of else {
            return cmds;
        };
        if s >= self.doc.analysis.statements.len() {
            return cmds;
        }
        let a = &self.doc.analysis;
        let st = &a.statements[s];
        let mut open = true;
        egui::Window::new(format!("Context of #{s}"))
            .open(&mut open)
            .default_width(520.0)
            .collapsible(false)
            .show(ctx, |ui| {
                ui.label(
                    egui::RichText::new(format!(
                        "{} · characters {}–{}",
                        a.sources[st.source].name, st.start, st.end
                    ))
                    .weak(),
                );
                ui.separator();
                egui::ScrollArea::vertical()
                    .max_height(360.0)
                    .show(ui, |ui| {
                        for i in a.context(s, RADIUS) {
                            let text = a.text(i);
                            let noise = a.statements[i]
                                .noise
                                .map(|k| format!(" [{}]", k.label()))
                                .unwrap_or_default();
                            if i == s {
                                ui.label(egui::RichText::new(format!("▶ {text}")).strong());
                            } else {
                                ui.label(egui::RichText::new(format!("{text}{noise}")).weak());
                            }
                        }
                    });
            });
        if !open {
            cmds.push(Command::ShowContext(None));
        }
        cmds
    }
}
