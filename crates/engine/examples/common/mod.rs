//! What the tuning examples share: the sources named on the command line.
use corroborate_engine::{Source, load_file};

/// The sources of `files`, skipping any that do not load; the built-in example when none
/// are named.
pub fn sources(files: &[String]) -> Vec<Source> {
    if files.is_empty() {
        return vec![corroborate_engine::example_source()];
    }
    files
        .iter()
        .filter_map(|f| load_file(f.as_ref()).ok())
        .collect()
}
