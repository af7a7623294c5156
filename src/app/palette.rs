//! Colours: one per source, and the highlight colours, readable in light and dark themes.

use egui::Color32;

/// Source colours (Okabe–Ito, distinguishable with colour-blindness).
const SOURCES: [Color32; 8] = [
    Color32::from_rgb(0, 114, 178),
    Color32::from_rgb(213, 94, 0),
    Color32::from_rgb(0, 158, 115),
    Color32::from_rgb(204, 121, 167),
    Color32::from_rgb(230, 159, 0),
    Color32::from_rgb(86, 180, 233),
    Color32::from_rgb(120, 120, 120),
    Color32::from_rgb(240, 228, 66),
];

/// The colour of source `i`.
pub fn source(i: usize) -> Color32 {
    SOURCES[i % SOURCES.len()]
}

/// Background of a word that differs from the compared statement.
pub fn differs(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(90, 75, 20)
    } else {
        Color32::from_rgb(255, 236, 150)
    }
}

/// Background of a conflicting value.
pub fn conflict(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(120, 35, 35)
    } else {
        Color32::from_rgb(255, 190, 185)
    }
}

/// Underline of a name or number two statements share: calm, no background.
pub fn shared(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(110, 160, 210)
    } else {
        Color32::from_rgb(70, 120, 180)
    }
}

/// Text colour of conflict badges.
pub fn conflict_text(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(255, 140, 130)
    } else {
        Color32::from_rgb(170, 20, 20)
    }
}

/// A small square of a source's colour, before its name (painted: a glyph may be missing
/// from the font).
pub fn chip(ui: &mut egui::Ui, i: usize) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
    ui.painter().rect_filled(rect, 2.0, source(i));
}
