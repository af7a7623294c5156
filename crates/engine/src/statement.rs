//! A statement: one span of one source, the unit everything else works on.

use crate::noise::NoiseKind;
use std::ops::Range;

/// One statement of one source.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    /// Index in [`crate::Analysis::statements`].
    pub id: usize,
    /// Index of its source in [`crate::Analysis::sources`].
    pub source: usize,
    /// First code point (char offset) in the source's decoded text.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The same span in bytes, for slicing.
    pub bytes: Range<usize>,
    /// Noise kind in effect (the automatic one unless the user changed it).
    pub noise: Option<NoiseKind>,
    /// Noise kind the engine assigned.
    pub auto_noise: Option<NoiseKind>,
}
