//! Dumps each content statement's weighted terms as JSON lines, for tuning experiments.
fn main() {
    let a = corroborate_engine::Analysis::new(
        vec![corroborate_engine::example_source()],
        Default::default(),
    );
    for s in a.statements.iter().filter(|s| s.noise.is_none()) {
        let terms: Vec<String> = a
            .terms(s.id)
            .iter()
            .map(|(t, w)| format!("[{:?},{w}]", t))
            .collect();
        println!(
            "{{\"id\":{},\"start\":{},\"end\":{},\"terms\":[{}]}}",
            s.id,
            s.start,
            s.end,
            terms.join(",")
        );
    }
}
