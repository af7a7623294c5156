//! Prints how the noise rules read each argument by its form alone: as any statement
//! (`form`), as a whole line of its own (`line`), inside a line (`inline`), and by its
//! words only (`words`), for tuning a rule against one sentence:
//! `cargo run --release -p corroborate-engine --example noise_of -- "Topic Started: …"`.
use corroborate_engine::{noise, text};

fn main() {
    for t in std::env::args().skip(1) {
        let toks = text::tokens(&t);
        println!(
            "{t}\n  form={:?} line={:?} inline={:?} words={:?}",
            noise::classify_form(&t, &toks),
            noise::classify(&t, &toks, noise::Layout::LINE),
            noise::classify(&t, &toks, noise::Layout::default()),
            noise::furniture_by_words(&t, &toks),
        );
    }
}
