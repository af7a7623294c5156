//! Corroborate's analysis engine: from plain-text sources to statements, noise, claim
//! groups and conflicts. No user interface lives here; the window and the command line in
//! the `corroborate` package only show what [`Analysis`] computes.
//!
//! ```
//! use corroborate_engine::{Analysis, Options, Source};
//! let src = Source::from_text("a.txt", "He died on August 21, 1940. He died in February 1938.");
//! let a = Analysis::new(vec![src], Options::default());
//! assert_eq!(a.statements.len(), 2);
//! ```

pub mod analysis;
pub mod chart;
pub mod conflicts;
pub mod corrections;
mod data;
pub mod diff;
pub mod facets;
pub mod grouping;
pub mod json;
pub mod load;
pub mod noise;
mod prepare;
mod regroup;
pub mod report;
#[cfg(feature = "test-support")]
pub mod robustness;
pub mod segment;
pub mod session;
pub mod similarity;
pub mod sourcing;
mod statement;
pub mod text;
pub mod values;
pub mod worksheet;

pub use analysis::{Analysis, Conflict, DEFAULT_THRESHOLD, Evidence, Group, Options, Statement};
pub use conflicts::ConflictKind;
pub use corrections::{Correction, StatementKey, Verdict};
pub use load::{LoadError, LoadErrorKind, MAX_FILE_BYTES, Source, load_file};
pub use noise::NoiseKind;
pub use regroup::{Applied, shorten};
pub use sourcing::{SourceCard, SourceKind};

/// The built-in example corpus (scraped sentences about Trotsky and Stalin).
pub const EXAMPLE_TEXT: &str = include_str!("../../../assets/trotsky-stalin.txt");
/// File name of the built-in example.
pub const EXAMPLE_NAME: &str = "trotsky-stalin.txt";

/// The built-in example as a source.
pub fn example_source() -> Source {
    Source::from_text(EXAMPLE_NAME, EXAMPLE_TEXT)
}
