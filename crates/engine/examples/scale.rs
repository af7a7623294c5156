//! Analyses files (default: the five books of `../shared/corpus/scale/`) once and prints
//! the statement count and the time; run under `/usr/bin/time -v` for peak memory.
use corroborate_engine::{Analysis, Options, load_file};
use std::time::Instant;

fn main() {
    let mut files: Vec<std::path::PathBuf> = std::env::args().skip(1).map(Into::into).collect();
    if files.is_empty() {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/scale");
        files = std::fs::read_dir(dir)
            .map(|d| {
                d.filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
    }
    let t = Instant::now();
    let sources: Vec<_> = files.iter().filter_map(|f| load_file(f).ok()).collect();
    let loaded = t.elapsed();
    let mut a = Analysis::new(sources, Options::default());
    let analysed = t.elapsed();
    let (groups, conflicts) = (a.groups.len(), a.conflict_count());
    let t2 = Instant::now();
    a.regroup(0.3);
    println!(
        "{} sources, {} statements, {} groups, {} conflicts, {} noise; load {:.2?}, analysis {:.2?}, regroup {:.2?}",
        a.sources.len(),
        a.statements.len(),
        groups,
        conflicts,
        a.noise_count(),
        loaded,
        analysed - loaded,
        t2.elapsed()
    );
}
