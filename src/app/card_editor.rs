//! The sourcing card of one source, to read and edit: filled from what the text says,
//! corrected by the class, kept in the session.

use super::App;
use super::state::Command;
use corroborate_engine::{Correction, SourceCard, SourceKind};

/// A card being edited: the source and the fields as typed so far.
#[derive(Debug, Clone, PartialEq)]
pub struct CardDraft {
    /// Index of the source.
    pub source: usize,
    /// The fields being typed.
    pub card: SourceCard,
}

impl App {
    /// The card editor window, while a card is open.
    #[must_use]
    pub(super) fn card_editor(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let mut cmds = Vec::new();
        let Some(draft) = &mut self.drafts.card else {
            return cmds;
        };
        let a = &self.doc.analysis;
        let Some(src) = a.sources.get(draft.source) else {
            return vec![Command::EditCard(None)];
        };
        let mut open = true;
        let mut done = false;
        egui::Window::new(format!("Sourcing card: {}", src.name))
            .id(egui::Id::unique("card_editor"))
            .open(&mut open)
            .collapsible(false)
            .resizable(true)
            .default_width(520.0)
            .show(ctx, |ui| {
                ui.label(
                    egui::RichText::new(
                        "Filled from what the text itself says (its first line, a byline, a \
                         date). Check each field against the source and correct what is wrong.",
                    )
                    .weak(),
                );
                let c = &mut draft.card;
                egui::Grid::new("card_fields")
                    .num_columns(2)
                    .spacing([8.0, 6.0])
                    .show(ui, |ui| {
                        for (name, value, hint) in [
                            ("Title", &mut c.title, "the page or article title"),
                            ("Author", &mut c.author, "who wrote it"),
                            ("Date", &mut c.date, "when it was written or published"),
                            ("Place", &mut c.place, "where it was written"),
                            ("Origin", &mut c.origin, "URL or archive reference"),
                        ] {
                            let l = ui.label(name);
                            ui.add(
                                egui::TextEdit::singleline(value)
                                    .hint_text(hint)
                                    .desired_width(380.0),
                            )
                            .labelled_by(l.id);
                            ui.end_row();
                        }
                        let l = ui.label("Kind");
                        egui::ComboBox::from_id_salt("card_kind")
                            .selected_text(c.kind.label())
                            .show_ui(ui, |ui| {
                                for k in SourceKind::ALL {
                                    ui.selectable_value(&mut c.kind, k, k.label());
                                }
                            })
                            .response
                            .labelled_by(l.id);
                        ui.end_row();
                        let l = ui.label("Purpose and reliability");
                        ui.add(
                            egui::TextEdit::multiline(&mut c.note)
                                .hint_text("Why was it written, for whom? How close was the author to the events?")
                                .desired_rows(3)
                                .desired_width(380.0),
                        )
                        .labelled_by(l.id);
                        ui.end_row();
                    });
                ui.label(
                    egui::RichText::new(format!(
                        "File: {}",
                        src.path
                            .as_ref()
                            .map_or_else(|| src.name.clone(), |p| p.display().to_string())
                    ))
                    .small()
                    .weak(),
                );
                ui.horizontal(|ui| {
                    if ui
                        .button("Done")
                        .on_hover_text("Keep the card as it is now (Undo takes it back)")
                        .clicked()
                    {
                        done = true;
                    }
                    if ui.button("Cancel").on_hover_text("Forget these changes").clicked() {
                        cmds.push(Command::EditCard(None));
                    }
                });
            });
        // Closing the window keeps what was typed, as Done does: nothing typed is lost.
        if done || !open {
            if draft.card != a.card(draft.source) {
                cmds.push(Command::Correct(Correction::Card {
                    source: src.name.clone(),
                    card: draft.card.clone(),
                }));
            }
            cmds.push(Command::EditCard(None));
        }
        cmds
    }
}
