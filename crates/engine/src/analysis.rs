//! The analysis: sources in, statements, noise, claim groups and conflicts out.
//!
//! [`Analysis::new`] does the expensive work once (segmentation, tokens, noise, vectors,
//! the neighbour graph, values); [`Analysis::regroup`] redraws the groups at another
//! threshold or after a statement's noise changes, in one pass over the graph.

pub use crate::conflicts::Conflict;
use crate::load::Source;
use crate::similarity;
pub use crate::statement::Statement;

/// Default of "how alike must statements be" (cosine of weighted terms, 0..=1). Chosen
/// leaving one development corpus out (pairwise + B-cubed F1 on three, scored on the
/// fourth): 0.13 in three folds, 0.135 in one; see the README's table.
pub const DEFAULT_THRESHOLD: f32 = 0.13;

/// A claim group: statements that speak to the same claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// Index in [`Analysis::groups`].
    pub id: usize,
    /// Short readable name of what the claim is about.
    pub label: String,
    /// Member statement ids, in corpus order.
    pub statements: Vec<usize>,
    /// Disagreeing pairs among the members.
    pub conflicts: Vec<Conflict>,
    /// The class's answer to the group's question ([`crate::Correction::Answer`]).
    pub answer: Option<String>,
}

/// Why two statements were grouped.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    /// Their similarity, 0..=1.
    pub score: f32,
    /// Shared words (display forms), heaviest first.
    pub shared: Vec<String>,
    /// Both give a date for what looks like the same event (the score includes
    /// [`similarity::ANCHORED_BONUS`] or [`similarity::DATED_BONUS`]).
    pub both_dated: bool,
}

/// Analysis options; every field documents its default.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// How alike statements must be to share a group, 0..=1 (default
    /// [`DEFAULT_THRESHOLD`]); values below [`similarity::MIN_SCORE`] act as that.
    pub threshold: f32,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            threshold: DEFAULT_THRESHOLD,
        }
    }
}

/// A complete analysis of one or more sources.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// The sources, in the order given.
    pub sources: Vec<Source>,
    /// Every statement of every source, in source order then text order.
    pub statements: Vec<Statement>,
    /// Claim groups at [`Analysis::threshold`].
    pub groups: Vec<Group>,
    /// The threshold the groups were drawn at.
    pub threshold: f32,
    /// Each source's sourcing card, in source order: inferred from its text
    /// ([`crate::sourcing::infer`]), as the class corrected it.
    pub cards: Vec<crate::sourcing::SourceCard>,
    /// The cards as inferred, before corrections.
    pub(crate) inferred_cards: Vec<crate::sourcing::SourceCard>,
    pub(crate) group_of: Vec<Option<usize>>,
    /// Shared, never changed after [`Analysis::new`]: a clone (for a regroup off the UI
    /// thread) copies a pointer, not the neighbour graph.
    pub(crate) prepared: std::sync::Arc<crate::prepare::Prepared>,
    /// Grouping passes run so far (see [`Analysis::grouping_passes`]).
    pub(crate) passes: usize,
}

/// Every threshold the engine accepts: a similarity, from 0 (anything) to 1 (identical).
pub const THRESHOLD_RANGE: std::ops::RangeInclusive<f32> = 0.0..=1.0;
/// The part of [`THRESHOLD_RANGE`] a slider offers: below [`similarity::MIN_SCORE`] the
/// neighbour graph has no edges, and above 0.6 almost nothing groups.
pub const SLIDER_RANGE: std::ops::RangeInclusive<f32> = similarity::MIN_SCORE..=0.6;

/// Checks a threshold someone typed or a file holds: `Err` names what is wrong.
pub fn check_threshold(threshold: f32) -> Result<f32, String> {
    if THRESHOLD_RANGE.contains(&threshold) {
        Ok(threshold)
    } else {
        Err(format!(
            "threshold {threshold} is outside {}..={}",
            THRESHOLD_RANGE.start(),
            THRESHOLD_RANGE.end()
        ))
    }
}

/// The threshold a value asks for: clamped to [`THRESHOLD_RANGE`], the default for NaN.
pub fn clamp_threshold(threshold: f32) -> f32 {
    if threshold.is_nan() {
        DEFAULT_THRESHOLD
    } else {
        threshold.clamp(*THRESHOLD_RANGE.start(), *THRESHOLD_RANGE.end())
    }
}

impl Analysis {
    /// Analyses the sources: the expensive step, done once per set of sources (the stages
    /// are in [`crate::prepare`]), then groups at `options.threshold`.
    pub fn new(sources: Vec<Source>, options: Options) -> Self {
        let (statements, prepared) = crate::prepare::run(&sources);
        let cards: Vec<crate::sourcing::SourceCard> = sources
            .iter()
            .map(|s| crate::sourcing::infer(&s.name, &s.text))
            .collect();
        let mut analysis = Analysis {
            sources,
            inferred_cards: cards.clone(),
            cards,
            statements,
            groups: Vec::new(),
            threshold: options.threshold,
            group_of: Vec::new(),
            prepared: std::sync::Arc::new(prepared),
            passes: 0,
        };
        analysis.regroup(options.threshold);
        analysis
    }

    /// The text of a statement.
    pub fn text(&self, statement: usize) -> &str {
        let s = &self.statements[statement];
        &self.sources[s.source].text[s.bytes.clone()]
    }

    /// A statement as a reader sees it on a screen or a handout: on one line, words a
    /// printer broke at a line end whole again, an infobox key glued to its value set
    /// apart ("DateFebruary 27, 1933" → "Date: February 27, 1933"). Offsets and
    /// highlights use [`Analysis::text`].
    pub fn shown(&self, statement: usize) -> String {
        let one_line = crate::text::one_line(self.text(statement));
        crate::noise::key_apart(&one_line).into_owned()
    }

    /// The statements around `statement` in its own source: up to `radius` before and
    /// after, in order, itself included.
    pub fn context(&self, statement: usize, radius: usize) -> Vec<usize> {
        let Some(s) = self.statements.get(statement) else {
            return Vec::new();
        };
        let lo = statement.saturating_sub(radius);
        let hi = (statement + radius).min(self.statements.len().saturating_sub(1));
        (lo..=hi)
            .filter(|&i| self.statements[i].source == s.source)
            .collect()
    }

    /// The group a statement belongs to, if any.
    pub fn group_of(&self, statement: usize) -> Option<usize> {
        self.group_of.get(statement).copied().flatten()
    }

    /// Why two statements were (or would be) grouped: their score and shared words.
    pub fn evidence(&self, a: usize, b: usize) -> Evidence {
        let p = &self.prepared;
        let (va, vb) = (&p.vectors[a], &p.vectors[b]);
        let scorer = self.scorer();
        Evidence {
            score: scorer.score(a, b),
            shared: similarity::shared_terms(va, vb)
                .into_iter()
                .map(|(t, _)| p.vocab.display[t as usize].clone())
                .collect(),
            both_dated: scorer.dated_pair(a, b),
        }
    }

    /// A statement's weighted terms (display form, weight), heaviest first: what the
    /// similarity compares.
    pub fn terms(&self, statement: usize) -> Vec<(String, f32)> {
        let p = &self.prepared;
        let mut v: Vec<(String, f32)> = p.vectors[statement]
            .terms
            .iter()
            .map(|&(t, w)| (p.vocab.display[t as usize].clone(), w))
            .collect();
        v.sort_by(|a, b| b.1.total_cmp(&a.1));
        v
    }

    /// The sourcing card of a source (an empty one for an index out of range).
    pub fn card(&self, source: usize) -> crate::sourcing::SourceCard {
        self.cards.get(source).cloned().unwrap_or_default()
    }

    /// A source's title for headers: its card's short title, else its file name.
    pub fn source_title(&self, source: usize) -> String {
        let name = self.sources.get(source).map_or("", |s| s.name.as_str());
        match self.cards.get(source) {
            Some(c) => c.short_title(name),
            None => name.to_owned(),
        }
    }

    /// What the conflict rules read of `s` (counts, what they count, dates, times), for
    /// tuning (`examples/facts.rs`); not a stable format.
    #[doc(hidden)]
    pub fn debug_facts(&self, s: usize) -> String {
        let p = &self.prepared;
        let f = &p.facts[s];
        let nums: Vec<String> = f
            .values
            .numbers
            .iter()
            .zip(&f.counted)
            .map(|(n, c)| {
                let terms: Vec<&str> = c
                    .terms
                    .iter()
                    .map(|&t| p.vocab.terms[t as usize].as_str())
                    .collect();
                format!(
                    "{}={} [{}..{}] age={} part={} recovered={} terms={:?} facets={:?} head={:?} noun={:?} elsewhere={:?} earlier={:?}",
                    n.text,
                    n.value,
                    n.low,
                    n.high,
                    n.age,
                    n.part,
                    n.recovered,
                    terms,
                    c.facets,
                    c.head.map(|h| p.vocab.terms[h as usize].clone()),
                    c.noun.as_ref().map(|n| (&n.term, n.people)),
                    c.elsewhere
                        .iter()
                        .map(|&t| p.vocab.terms[t as usize].as_str())
                        .collect::<Vec<_>>(),
                    c.earlier
                )
            })
            .collect();
        let dates: Vec<String> = f
            .values
            .dates
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let anchored = f.date_anchors.get(i);
                let of: Vec<&str> = anchored
                    .map(|a| {
                        a.terms
                            .iter()
                            .map(|&t| p.vocab.terms[t as usize].as_str())
                            .chain(a.facets.iter().map(|&x| crate::facets::name(x)))
                            .collect()
                    })
                    .unwrap_or_default();
                format!("{} of {of:?}", d.text)
            })
            .collect();
        let times: Vec<&str> = f.values.times.iter().map(|d| d.text.as_str()).collect();
        format!(
            "nums={nums:?}\n   dates={dates:?} times={times:?} neg={} frames={:?} cause={:?} event_day={}",
            f.values.negated,
            p.frames[s],
            f.values.cause,
            f.event_date.is_some()
        )
    }

    /// Number of distinct conflicting pairs over all groups.
    pub fn conflict_count(&self) -> usize {
        self.groups.iter().map(|g| g.conflicts.len()).sum()
    }

    /// Number of statements set aside as noise.
    pub fn noise_count(&self) -> usize {
        self.statements.iter().filter(|s| s.noise.is_some()).count()
    }
}
