//! Prints what the conflict rules read of each statement containing a pattern, for tuning:
//! `cargo run --release -p corroborate-engine --example facts -- PATTERN FILE...`
//! (several patterns joined by `||`; no file: the built-in example).
mod common;

use corroborate_engine::{Analysis, Options};
fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let pat = args.remove(0);
    let sources = common::sources(&args);
    let a = Analysis::new(sources, Options::default());
    for s in &a.statements {
        let t = a.text(s.id);
        if pat.split("||").any(|p| t.contains(p)) {
            println!(
                "#{} g={:?} noise={:?} :: {}\n   {}",
                s.id,
                a.group_of(s.id),
                s.noise,
                t.replace('\n', " "),
                a.debug_facts(s.id)
            );
        }
    }
}
