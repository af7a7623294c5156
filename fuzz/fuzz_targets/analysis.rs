//! Fuzz target: see `corroborate_engine::robustness::check_analysis`.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| corroborate_engine::robustness::check_analysis(data));
