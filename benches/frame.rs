//! Cost of one frame of the window with about 10,000 statements loaded (criterion,
//! release build): layout and drawing of every panel, with a group selected, without
//! rendering to pixels. No analysis runs per frame.
//!
//! Run with `cargo bench --bench frame` (needs `../shared/corpus/scale/`).

use corroborate::app;
use corroborate_engine::{Analysis, Options, Source, load_file, segment};
use criterion::{Criterion, criterion_group, criterion_main};
use std::path::Path;

fn ten_thousand() -> Option<Vec<Source>> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus/scale/count_of_monte_cristo.txt");
    let book = load_file(&p).ok()?;
    let spans = segment::split(&book.text);
    let end = spans.get(9_999).map_or(book.text.len(), |r| r.end);
    Some(vec![Source::from_text(
        "monte-cristo-10k.txt",
        &book.text[..end],
    )])
}

fn bench(c: &mut Criterion) {
    let sources = ten_thousand().unwrap_or_else(|| {
        eprintln!("../shared/corpus/scale not found: measuring the example instead");
        vec![corroborate_engine::example_source()]
    });
    let analysis = Analysis::new(sources, Options::default());
    eprintln!(
        "{} statements, {} groups",
        analysis.statements.len(),
        analysis.groups.len()
    );
    let mut state = app::App::new(app::state::Settings::default(), false);
    state.show(analysis);
    state.view.selected = Some(0);
    let ctx = egui::Context::default();
    let input = || egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        ..Default::default()
    };
    // warm up caches (fonts, list rows)
    let _ = ctx.run_ui(input(), |ui| state.draw(ui));
    c.bench_function("frame with 10k statements", |b| {
        b.iter(|| ctx.run_ui(input(), |ui| state.draw(ui)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
