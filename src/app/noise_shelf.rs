//! The noise shelf: statements set aside, by kind, each restorable to content.

use super::App;
use super::state::Command;
use corroborate_engine::NoiseKind;

impl App {
    #[must_use]
    pub(super) fn noise_shelf(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut cmds = Vec::new();
        ui.heading("Set aside");
        ui.label(
            egui::RichText::new("Not compared, never deleted. Restore what is real content.")
                .weak()
                .small(),
        );
        ui.separator();
        self.tally();
        let lists = &self.caches.tally.noise;
        let a = &self.doc.analysis;
        egui::ScrollArea::vertical()
            .id_salt("noise_shelf")
            .auto_shrink(false)
            .show(ui, |ui| {
                for (kind, items) in NoiseKind::ALL.into_iter().zip(lists) {
                    egui::CollapsingHeader::new(format!("{} ({})", kind.label(), items.len()))
                        .id_salt(kind.as_str())
                        .default_open(true)
                        .show(ui, |ui| {
                            // Bounded: a huge corpus may set aside thousands; show the first.
                            for &s in items.iter().take(500) {
                                ui.horizontal(|ui| {
                                    if ui
                                        .small_button("Restore")
                                        .on_hover_text(format!("Restore #{s} to content"))
                                        .clicked()
                                    {
                                        cmds.push(Command::SetNoise(s, None));
                                    }
                                    ui.add(egui::Label::new(a.text(s)).truncate())
                                        .on_hover_text(a.text(s));
                                });
                            }
                            if items.len() > 500 {
                                ui.label(format!("… and {} more", items.len() - 500));
                            }
                        });
                }
            });
        cmds
    }
}
