//! Replays the fuzz seed corpus (`fuzz/seeds/`) through the fuzz targets' checks, so CI
//! catches a regression on any input a fuzzer once found interesting (no fuzzing in CI).

use std::path::Path;

fn replay(target: &str, check: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/seeds")
        .join(target);
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        check(&bytes);
        n += 1;
    }
    assert!(n > 0, "no seeds in {}", dir.display());
}

#[test]
fn replay_decode_seeds() {
    replay("decode", corroborate_engine::robustness::check_decode);
}

#[test]
fn replay_analysis_seeds() {
    replay("analysis", corroborate_engine::robustness::check_analysis);
}

#[test]
fn replay_session_seeds() {
    // The check returns early on input that is not a session, so a seed the session
    // format no longer accepts would pass unnoticed: every seed must still open.
    replay("session", |bytes| {
        let text = std::str::from_utf8(bytes).expect("a session seed is UTF-8");
        if let Err(e) = corroborate_engine::session::Session::from_json(text) {
            panic!("a session seed is rejected: {e}");
        }
        corroborate_engine::robustness::check_session(bytes);
    });
}

#[test]
fn replay_corrections_seeds() {
    replay(
        "corrections",
        corroborate_engine::robustness::check_corrections,
    );
}
