//! Dumps each content statement of the given files (default: the built-in example) with
//! its weighted terms as JSON lines, for tuning experiments.
mod common;

use corroborate_engine::{Analysis, Options};

fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    let sources = common::sources(&files);
    let a = Analysis::new(sources, Options::default());
    for s in a.statements.iter().filter(|s| s.noise.is_none()) {
        let terms: Vec<String> = a
            .terms(s.id)
            .iter()
            .map(|(t, w)| format!("[{t:?},{w}]"))
            .collect();
        println!(
            "{{\"id\":{},\"source\":{},\"start\":{},\"end\":{},\"terms\":[{}]}}",
            s.id,
            s.source,
            s.start,
            s.end,
            terms.join(",")
        );
    }
}
