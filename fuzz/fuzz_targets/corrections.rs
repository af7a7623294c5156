//! Fuzz target: see `corroborate::robustness::check_corrections`.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| corroborate::robustness::check_corrections(data));
