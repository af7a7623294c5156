//! Cost of one frame of the window with about 10,000 statements from six sources loaded
//! (criterion, release build): layout and drawing of every panel, in the chart and in the
//! comparison (a group selected), without rendering to pixels. No analysis runs per frame.
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
    // Six sources of about 1,700 statements each, cut at statement ends.
    let cuts: Vec<usize> = (1..=6)
        .map(|k| {
            spans
                .get(k * 10_000 / 6 - 1)
                .map_or(book.text.len(), |r| r.end)
        })
        .collect();
    let mut start = 0;
    let mut sources = Vec::new();
    for (k, end) in cuts.into_iter().enumerate() {
        sources.push(Source::from_text(
            format!("monte-cristo-part-{}.txt", k + 1),
            &book.text[start..end],
        ));
        start = end;
    }
    Some(sources)
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
    state.settings.view = app::state::ViewMode::Chart;
    let ctx = egui::Context::default();
    let input = || egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        ..Default::default()
    };
    // warm up caches (fonts, chart, list rows)
    let _ = ctx.run_ui(input(), |ui| state.draw(ui));
    c.bench_function("chart frame, 10k statements from 6 sources", |b| {
        b.iter(|| ctx.run_ui(input(), |ui| state.draw(ui)))
    });
    state.settings.view = app::state::ViewMode::Compare;
    let _ = ctx.run_ui(input(), |ui| state.draw(ui));
    c.bench_function("comparison frame, 10k statements from 6 sources", |b| {
        b.iter(|| ctx.run_ui(input(), |ui| state.draw(ui)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
