//! Prints every pair of content statements of the given files (default: the built-in
//! example) with its similarity, as TSV (`a b score start_a start_b`), for tuning.
mod common;

use corroborate_engine::{Analysis, Options};

fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    let sources = common::sources(&files);
    let a = Analysis::new(sources, Options::default());
    let content: Vec<usize> = a
        .statements
        .iter()
        .filter(|s| s.noise.is_none())
        .map(|s| s.id)
        .collect();
    for (k, &i) in content.iter().enumerate() {
        for &j in &content[k + 1..] {
            let e = a.evidence(i, j);
            if e.score > 0.0 {
                println!(
                    "{i}\t{j}\t{:.4}\t{}\t{}\t{}\t{}",
                    e.score,
                    a.statements[i].start,
                    a.statements[j].start,
                    e.shared.join(","),
                    e.both_dated
                );
            }
        }
    }
}
