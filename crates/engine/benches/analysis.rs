//! Speed of the analysis (criterion, release build): the built-in example, about 10,000
//! statements of book prose, all five books of `../shared/corpus/scale/` (about 100,000
//! statements), and regrouping at a new threshold (what the slider does).
//!
//! Run with `cargo bench --bench analysis`. The scale corpus is read from
//! `../shared/corpus/scale/` beside the repository; without it only the example runs.

use corroborate_engine::{Analysis, Options, Source, load_file, segment};
use criterion::{Criterion, criterion_group, criterion_main};
use std::path::Path;
use std::time::Duration;

fn scale_sources() -> Option<Vec<Source>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/scale");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files.iter().map(|f| load_file(f).ok()).collect()
}

/// The first `n` statements of the books, as sources cut at a statement boundary.
fn first_statements(books: &[Source], n: usize) -> Vec<Source> {
    let mut out = Vec::new();
    let mut left = n;
    for b in books {
        if left == 0 {
            break;
        }
        let spans = segment::split(&b.text);
        if spans.len() <= left {
            left -= spans.len();
            out.push(b.clone());
        } else {
            let end = spans[left - 1].end;
            out.push(Source::from_text(b.name.clone(), &b.text[..end]));
            left = 0;
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    c.bench_function("analyze example", |b| {
        b.iter(|| {
            Analysis::new(
                vec![corroborate_engine::example_source()],
                Options::default(),
            )
        })
    });
    let mut a = Analysis::new(
        vec![corroborate_engine::example_source()],
        Options::default(),
    );
    c.bench_function("regroup example", |b| {
        let mut t = 0.1;
        b.iter(|| {
            t = if t > 0.5 { 0.1 } else { t + 0.01 };
            a.regroup(t)
        })
    });
    let Some(books) = scale_sources() else {
        eprintln!("../shared/corpus/scale not found: only the example was measured");
        return;
    };
    let ten_k = first_statements(&books, 10_000);
    let mut g = c.benchmark_group("scale");
    g.sample_size(10).measurement_time(Duration::from_secs(20));
    g.bench_function("analyze 10k statements", |b| {
        b.iter(|| Analysis::new(ten_k.clone(), Options::default()))
    });
    let mut big = Analysis::new(ten_k.clone(), Options::default());
    g.bench_function("regroup 10k statements", |b| {
        let mut t = 0.1;
        b.iter(|| {
            t = if t > 0.5 { 0.1 } else { t + 0.02 };
            big.regroup(t)
        })
    });
    g.finish();
    let mut g = c.benchmark_group("books");
    g.sample_size(10).measurement_time(Duration::from_secs(60));
    g.bench_function("analyze all five books", |b| {
        b.iter(|| Analysis::new(books.clone(), Options::default()))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
