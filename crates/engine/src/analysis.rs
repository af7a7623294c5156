//! The analysis: sources in, statements, noise, claim groups and conflicts out.
//!
//! [`Analysis::new`] does the expensive work once (segmentation, tokens, noise, vectors,
//! the neighbour graph, values); [`Analysis::regroup`] redraws the groups at another
//! threshold or after a statement's noise changes, in one pass over the graph.

use crate::conflicts::{self, ConflictKind, Facts, Word};
use crate::facets;
use crate::grouping::{self, Adjacency};
use crate::load::Source;
use crate::noise::{self, NoiseKind, TopicStats};
use crate::segment;
use crate::similarity::{self, Edge, RawTerm, TermVector, Vocabulary};
use crate::text::{self, Stems};
use crate::values;
use rayon::prelude::*;
use std::collections::HashMap;
use std::ops::Range;

/// Default of "how alike must statements be" (cosine of weighted terms, 0..=1).
pub const DEFAULT_THRESHOLD: f32 = 0.14;

/// One statement of one source.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    /// Index in [`Analysis::statements`].
    pub id: usize,
    /// Index of its source in [`Analysis::sources`].
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

/// Two statements of a group that disagree (`a == b` for a statement's own contrast).
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// First statement id.
    pub a: usize,
    /// Second statement id.
    pub b: usize,
    /// What they disagree on.
    pub kind: ConflictKind,
    /// The differing values, `a`'s first.
    pub values: [String; 2],
    /// One value allows the other: a close reading may resolve it (see
    /// [`conflicts::Found::apparent`]).
    pub apparent: bool,
}

impl Conflict {
    /// The conflict of statements `a` and `b` that a rule found.
    pub fn new(a: usize, b: usize, found: conflicts::Found) -> Self {
        Conflict {
            a,
            b,
            kind: found.kind,
            values: found.values,
            apparent: found.apparent,
        }
    }
}

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

/// Everything computed once per set of sources.
#[derive(Debug, Clone, Default)]
struct Prepared {
    vocab: Vocabulary,
    vectors: Vec<TermVector>,
    edges: Vec<Edge>,
    adjacency: Adjacency,
    facts: Vec<Facts>,
    dated: Vec<bool>,
    /// Per statement: term ids anchored to its dates, sorted.
    anchors: Vec<Vec<u32>>,
    /// Per statement: the facets its counts are of, sorted.
    frames: Vec<Vec<u8>>,
    /// Per statement: whether it gives a count.
    counting: Vec<bool>,
    /// Per statement: its source index.
    sources: Vec<u32>,
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
    group_of: Vec<Option<usize>>,
    prepared: Prepared,
    /// Grouping passes run so far (see [`Analysis::grouping_passes`]).
    passes: usize,
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

/// What per-statement preparation yields.
struct StatementPrep {
    raw: Vec<RawTerm>,
    form_noise: Option<NoiseKind>,
    /// Opens with a connective or pronoun (never judged off-topic).
    continues: bool,
    /// Ends with a question mark.
    question: bool,
    words: Vec<PrepWord>,
    values: values::Values,
    /// Terms of the words that say what the statement's dates are of.
    anchors: Vec<String>,
    /// Terms of the words that say what the statement's counts are of.
    count_anchors: Vec<String>,
    /// Per number of `values.numbers`: the terms of what it counts (empty for an age).
    number_anchors: Vec<Vec<String>>,
    /// Facet pseudo-terms (see [`facet_terms`]), added to the vector after noise is known.
    facets: Vec<RawTerm>,
    /// The facets its counts are of, sorted.
    frames: Vec<u8>,
}

fn prepare_statement(text: &str, stems: &Stems, layout: noise::Layout) -> StatementPrep {
    let toks = text::tokens(text);
    let form_noise = noise::classify(text, &toks, layout);
    let continues = noise::continues_text(&toks);
    let negated = toks.iter().any(|t| text::is_negation(&t.lower));
    let mut raw = Vec::new();
    let mut words = Vec::new();
    let mut since_negation = usize::MAX;
    for (i, t) in toks.iter().enumerate() {
        let is_number = t
            .lower
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.');
        let name_like = i > 0 && t.capitalized;
        let keep =
            !text::is_stopword(&t.lower) && (t.lower.chars().count() > 1 || !t.lower.is_ascii());
        let term = if !keep {
            String::new()
        } else if is_number {
            t.lower.replace(',', "")
        } else {
            stems.term(&t.lower)
        };
        if keep && !term.is_empty() {
            let boosted = if is_number {
                similarity::NUMBER_BOOST
            } else if name_like {
                similarity::NAME_BOOST
            } else {
                1.0
            };
            raw.push(RawTerm {
                term: term.clone(),
                surface: t.surface.to_owned(),
                boosted,
            });
        }
        // Only the words the conflict rules read are kept (names, negations and the few
        // words after a negation): keeping every word of a large corpus costs too much.
        let negation = text::is_negation(&t.lower);
        since_negation = if negation {
            0
        } else {
            since_negation.saturating_add(1)
        };
        if name_like || since_negation <= 5 {
            words.push(PrepWord {
                lower: t.lower.clone(),
                surface: t.surface.to_owned(),
                term,
                name_like,
                negation,
            });
        }
    }
    let values = values::extract_with(text, negated);
    let terms_at = |spans: &[std::ops::Range<usize>], side| -> Vec<String> {
        values::anchors(text, &toks, spans, side)
            .into_iter()
            .map(|i| stems.term(&toks[i].lower))
            .collect()
    };
    let date_spans: Vec<_> = values.dates.iter().map(|d| d.span.clone()).collect();
    let count_spans: Vec<_> = values
        .numbers
        .iter()
        .filter(|n| !n.age)
        .map(|n| n.span.clone())
        .collect();
    let anchors = terms_at(&date_spans, values::AnchorSide::Before);
    let count_anchors = terms_at(&count_spans, values::AnchorSide::After);
    // What each count is of, for the number rule: "32 **die**" / "35 **fatalities**".
    let number_anchors: Vec<Vec<String>> = values
        .numbers
        .iter()
        .map(|n| {
            if n.age {
                Vec::new()
            } else {
                // both sides: "the death toll at 33" / "32 die"
                let one = std::slice::from_ref(&n.span);
                let mut t = terms_at(one, values::AnchorSide::After);
                t.extend(terms_at(one, values::AnchorSide::Before));
                t
            }
        })
        .collect();
    let (facets, frames) = facet_terms(&raw, &count_anchors, !count_spans.is_empty());
    StatementPrep {
        raw,
        form_noise,
        continues,
        question: text.trim_end().ends_with('?'),
        words,
        values,
        anchors,
        count_anchors,
        number_anchors,
        facets,
        frames,
    }
}

/// Weight of a facet pseudo-term against a word's (before IDF): a hint, not a match.
const FACET_WEIGHT: f32 = 0.5;
/// Weight of a counted facet ("32 die", "35 fatalities"): statements that count the same
/// kind of thing are likely answers to one "how many" question.
const COUNTED_FACET_WEIGHT: f32 = 1.0;

/// Pseudo-terms for the facets of a statement's words (`§deaths`), and for the facets its
/// counts are of (`§deaths#`): what its counts are anchored on, or every facet it has
/// when its counts are anchored on nothing.
/// Returns the pseudo-terms and the counted facets.
fn facet_terms(raw: &[RawTerm], count_anchors: &[String], counts: bool) -> (Vec<RawTerm>, Vec<u8>) {
    let mut found: Vec<u8> = raw
        .iter()
        .filter_map(|r| facets::facet_of(&r.term))
        .collect();
    found.sort_unstable();
    found.dedup();
    let mut counted: Vec<u8> = count_anchors
        .iter()
        .filter_map(|t| facets::facet_of(t))
        .collect();
    if counts && count_anchors.is_empty() {
        counted = found.clone(); // "the toll was 1,517": the count's thing is elsewhere
    }
    counted.sort_unstable();
    counted.dedup();
    let term = |f: u8, suffix: &str, boosted: f32| RawTerm {
        term: format!("§{}{suffix}", facets::name(f)),
        surface: format!("({})", facets::name(f)),
        boosted,
    };
    let terms = found
        .iter()
        .map(|&f| term(f, "", FACET_WEIGHT))
        .chain(counted.iter().map(|&f| term(f, "#", COUNTED_FACET_WEIGHT)))
        .collect();
    (terms, counted)
}

/// True when statement `i` sits between two content statements of its own source (neither
/// noise by form nor off-topic): a statement that is not a question, in the middle of an
/// account, continues that account even when its words are new to the corpus.
fn between_content(
    statements: &[Statement],
    preps: &[StatementPrep],
    offtopic: &[bool],
    i: usize,
) -> bool {
    let content = |j: usize| {
        statements[j].source == statements[i].source
            && preps[j].form_noise.is_none()
            && !offtopic[j]
    };
    i > 0 && i + 1 < statements.len() && content(i - 1) && content(i + 1)
}

/// True when `span` of `text` is a line of its own: only spaces or tabs between it and the
/// line breaks (or the text's ends) around it.
fn is_whole_line(text: &str, span: std::ops::Range<usize>) -> bool {
    let before = text[..span.start].trim_end_matches([' ', '\t']);
    let after = text[span.end..].trim_start_matches([' ', '\t']);
    (before.is_empty() || before.ends_with(['\n', '\r']))
        && (after.is_empty() || after.starts_with(['\n', '\r']))
}

/// The sorted, unique canonical ids of terms the corpus has.
fn term_ids(vocab: &similarity::Vocabulary, terms: &[String]) -> Vec<u32> {
    let mut ids: Vec<u32> = terms.iter().filter_map(|t| vocab.id_of(t)).collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// A word kept for the conflict rules, before its term has an id.
struct PrepWord {
    lower: String,
    surface: String,
    term: String,
    name_like: bool,
    negation: bool,
}

impl Analysis {
    /// Analyses the sources: the expensive step, done once per set of sources.
    pub fn new(sources: Vec<Source>, options: Options) -> Self {
        // 1. statements with char and byte spans
        let mut statements = Vec::new();
        for (si, src) in sources.iter().enumerate() {
            let mut chars_before = 0;
            let mut bytes_before = 0;
            for r in segment::split(&src.text) {
                chars_before += src.text[bytes_before..r.start].chars().count();
                let len = src.text[r.clone()].chars().count();
                statements.push(Statement {
                    id: statements.len(),
                    source: si,
                    start: chars_before,
                    end: chars_before + len,
                    bytes: r.clone(),
                    noise: None,
                    auto_noise: None,
                });
                chars_before += len;
                bytes_before = r.end;
            }
        }
        // 2. per-statement preparation, in parallel
        let mut preps: Vec<StatementPrep> = statements
            .par_iter()
            .map_init(Stems::default, |stems, s| {
                let text = &sources[s.source].text;
                let layout = noise::Layout {
                    whole_line: is_whole_line(text, s.bytes.clone()),
                };
                prepare_statement(&text[s.bytes.clone()], stems, layout)
            })
            .collect();
        // 3. noise: form first, then off-topic against the corpus's own vocabulary
        let mut df: HashMap<&str, usize> = HashMap::new();
        let mut counted = 0;
        for p in preps.iter().filter(|p| p.form_noise.is_none()) {
            counted += 1;
            let mut seen: Vec<&str> = p.raw.iter().map(|r| r.term.as_str()).collect();
            seen.sort_unstable();
            seen.dedup();
            for t in seen {
                *df.entry(t).or_default() += 1;
            }
        }
        let df_fn = |t: &str| df.get(t).copied().unwrap_or(0);
        let years = preps
            .iter()
            .filter(|p| p.form_noise.is_none())
            .flat_map(|p| {
                p.values
                    .dates
                    .iter()
                    .filter(|d| !d.two_digit)
                    .map(|d| d.from)
            })
            .collect();
        let stats = TopicStats {
            statements: counted,
            df: &df_fn,
            years: TopicStats::year_span(years),
        };
        let offtopic: Vec<bool> = preps
            .iter()
            .map(|p| {
                if p.form_noise.is_some() || !p.facets.is_empty() {
                    // a word of a facet ("killed", "rescue") speaks to the event's questions
                    return false;
                }
                let years: Vec<i32> = p.values.dates.iter().map(|d| d.from).collect();
                let content: Vec<(&str, &str)> = p
                    .raw
                    .iter()
                    .map(|r| (r.surface.as_str(), r.term.as_str()))
                    .collect();
                noise::is_offtopic(p.continues, p.question, &content, &years, &stats)
            })
            .collect();
        for i in 0..statements.len() {
            let p = &preps[i];
            let offtopic =
                offtopic[i] && (p.question || !between_content(&statements, &preps, &offtopic, i));
            let kind = p.form_noise.or(offtopic.then_some(NoiseKind::Offtopic));
            statements[i].noise = kind;
            statements[i].auto_noise = kind;
        }
        // 4. vectors and the neighbour graph
        let raw: Vec<Vec<RawTerm>> = preps
            .iter_mut()
            .map(|p| {
                let mut r = std::mem::take(&mut p.raw);
                r.append(&mut p.facets);
                r
            })
            .collect();
        let active: Vec<bool> = statements.iter().map(|s| s.noise.is_none()).collect();
        let (vocab, vectors) = similarity::build(&raw, &active);
        drop(raw);
        let dated: Vec<bool> = preps.iter().map(|p| !p.values.dates.is_empty()).collect();
        let anchors: Vec<Vec<u32>> = preps
            .iter_mut()
            .map(|p| term_ids(&vocab, &std::mem::take(&mut p.anchors)))
            .collect();
        let frames: Vec<Vec<u8>> = preps.iter().map(|p| p.frames.clone()).collect();
        let counting: Vec<bool> = preps
            .iter()
            .map(|p| p.values.numbers.iter().any(|n| !n.age))
            .collect();
        let source_of: Vec<u32> = statements.iter().map(|s| s.source as u32).collect();
        let edges = similarity::neighbour_edges(&similarity::Scorer {
            vectors: &vectors,
            dated: &dated,
            anchors: &anchors,
            vocab: &vocab,
            frames: &frames,
            counting: &counting,
            sources: &source_of,
        });
        let adjacency = Adjacency::new(statements.len(), &edges);
        // 5. facts for the conflict rules
        let facts = preps
            .into_iter()
            .zip(&vectors)
            .map(|(p, v)| {
                let words = p
                    .words
                    .into_iter()
                    .map(|w| Word {
                        term: vocab.id_of(&w.term),
                        stem: w.term,
                        lower: w.lower,
                        surface: w.surface,
                        name_like: w.name_like,
                        negation: w.negation,
                    })
                    .collect();
                let counted = p
                    .number_anchors
                    .iter()
                    .map(|terms| conflicts::Counted {
                        terms: term_ids(&vocab, terms),
                        facets: {
                            // only facets whose words all count one thing compare counts
                            let mut f: Vec<u8> = terms
                                .iter()
                                .filter_map(|t| facets::facet_of(t))
                                .filter(|&f| facets::counts_one_thing(f))
                                .collect();
                            f.sort_unstable();
                            f.dedup();
                            f
                        },
                    })
                    .collect();
                Facts {
                    words,
                    terms: v.terms.iter().map(|t| t.0).collect(),
                    count_anchors: term_ids(&vocab, &p.count_anchors),
                    counted,
                    values: p.values,
                }
            })
            .collect();
        let mut analysis = Analysis {
            sources,
            statements,
            groups: Vec::new(),
            threshold: options.threshold,
            group_of: Vec::new(),
            prepared: Prepared {
                vocab,
                vectors,
                edges,
                adjacency,
                facts,
                dated,
                anchors,
                frames,
                counting,
                sources: source_of,
            },
            passes: 0,
        };
        analysis.regroup(options.threshold);
        analysis
    }

    /// Redraws the claim groups at `threshold` (clamped to 0..=1). Cheap: one pass over
    /// the prepared neighbour graph, then labels and conflicts of the new groups.
    pub fn regroup(&mut self, threshold: f32) {
        let members = self.memberships(threshold);
        let groups: Vec<Group> = members
            .into_par_iter()
            .map(|m| self.make_group(m))
            .collect();
        self.finish_groups(groups);
    }

    /// Redraws the groups at `threshold` with the class's corrections applied, in one
    /// grouping pass: what a slider move or a new correction calls.
    pub fn regroup_with(
        &mut self,
        threshold: f32,
        corrections: &[crate::corrections::Correction],
    ) -> Applied {
        self.threshold = clamp_threshold(threshold);
        self.apply_corrections(corrections)
    }

    /// How many grouping passes this analysis has run (one per [`Analysis::regroup`],
    /// [`Analysis::regroup_with`] or [`Analysis::apply_corrections`]).
    pub fn grouping_passes(&self) -> usize {
        self.passes
    }

    /// The members of each group at `threshold` (sets [`Analysis::threshold`]): one pass
    /// of the grouping over the neighbour graph, content statements only.
    fn memberships(&mut self, threshold: f32) -> Vec<Vec<usize>> {
        let threshold = clamp_threshold(threshold);
        self.threshold = threshold;
        self.passes += 1;
        let p = &self.prepared;
        let content: Vec<bool> = self.statements.iter().map(|s| s.noise.is_none()).collect();
        let edges: Vec<Edge> = p
            .edges
            .iter()
            .filter(|e| content[e.a as usize] && content[e.b as usize])
            .copied()
            .collect();
        let mut groups = grouping::group(
            self.statements.len(),
            &edges,
            &p.adjacency,
            threshold.max(similarity::MIN_SCORE),
        );
        for g in &mut groups {
            self.drop_weak_members(g);
        }
        groups.retain(|g| g.len() >= 2);
        groups
    }

    /// Takes out of a group each member that shares neither a rare word nor a facet with
    /// any other member: it was pulled in by common words alone, and on the development
    /// sets such members belong to another question far more often than not (dropping
    /// them raised pairwise and B-cubed F1 on every set).
    fn drop_weak_members(&self, members: &mut Vec<usize>) {
        let p = &self.prepared;
        let limit = (p.vocab.statements as f32 * similarity::COMMON_SHARE).max(2.0) as u32;
        let strong = |t: u32| {
            let term = &p.vocab.terms[t as usize];
            (similarity::is_facet(term) && !term.ends_with('#')) || p.vocab.df[t as usize] <= limit
        };
        let ties = |a: usize, b: usize| {
            similarity::shared_terms(&p.vectors[a], &p.vectors[b])
                .iter()
                .any(|&(t, _)| strong(t))
        };
        let weak: Vec<usize> = members
            .iter()
            .copied()
            .filter(|&m| !members.iter().any(|&o| o != m && ties(m, o)))
            .collect();
        members.retain(|m| !weak.contains(m));
    }

    /// Completes a grouping: statements that contrast two versions themselves and are in
    /// no group get a group of their own; groups are ordered by their first statement,
    /// numbered, and indexed by statement.
    fn finish_groups(&mut self, mut groups: Vec<Group>) {
        let mut grouped = vec![false; self.statements.len()];
        for g in &groups {
            for &s in &g.statements {
                grouped[s] = true;
            }
        }
        for s in &self.statements {
            if s.noise.is_none()
                && !grouped[s.id]
                && let Some(found) = conflicts::within(&self.prepared.facts[s.id])
            {
                groups.push(Group {
                    id: 0,
                    label: self.label(&[s.id]),
                    statements: vec![s.id],
                    conflicts: vec![Conflict::new(s.id, s.id, found)],
                });
            }
        }
        groups.sort_by_key(|g| g.statements[0]);
        let mut group_of = vec![None; self.statements.len()];
        for (i, g) in groups.iter_mut().enumerate() {
            g.id = i;
            for &s in &g.statements {
                group_of[s] = Some(i);
            }
        }
        self.groups = groups;
        self.group_of = group_of;
    }

    fn make_group(&self, members: Vec<usize>) -> Group {
        let p = &self.prepared;
        let scorer = self.scorer();
        let mut found = Vec::new();
        for (i, &a) in members.iter().enumerate() {
            if let Some(f) = conflicts::within(&p.facts[a]) {
                found.push(Conflict::new(a, a, f));
            }
            for &b in &members[i + 1..] {
                let (sim, same_event) = (scorer.score(a, b), scorer.dated_pair(a, b));
                if let Some(f) = conflicts::between(&p.facts[a], &p.facts[b], sim, same_event) {
                    found.push(Conflict::new(a, b, f));
                }
            }
        }
        Group {
            id: 0,
            label: self.label(&members),
            statements: members,
            conflicts: found,
        }
    }

    /// A short label: the heaviest terms the members share, else the member's own.
    fn label(&self, members: &[usize]) -> String {
        let p = &self.prepared;
        let mut weight: HashMap<u32, (f32, usize)> = HashMap::new();
        for &m in members {
            for &(t, w) in &p.vectors[m].terms {
                let e = weight.entry(t).or_default();
                e.0 += w;
                e.1 += 1;
            }
        }
        let need = if members.len() > 1 { 2 } else { 1 };
        let mut best: Vec<(u32, f32)> = weight
            .into_iter()
            .filter(|(_, (_, n))| *n >= need)
            .map(|(t, (w, n))| (t, w * n as f32))
            .collect();
        best.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let words: Vec<&str> = best
            .iter()
            .take(3)
            .map(|(t, _)| p.vocab.display[*t as usize].as_str())
            .collect();
        if words.is_empty() {
            "(no shared words)".to_owned()
        } else {
            words.join(" · ")
        }
    }

    fn scorer(&self) -> similarity::Scorer<'_> {
        similarity::Scorer {
            vectors: &self.prepared.vectors,
            dated: &self.prepared.dated,
            anchors: &self.prepared.anchors,
            vocab: &self.prepared.vocab,
            frames: &self.prepared.frames,
            counting: &self.prepared.counting,
            sources: &self.prepared.sources,
        }
    }

    /// The text of a statement.
    pub fn text(&self, statement: usize) -> &str {
        let s = &self.statements[statement];
        &self.sources[s.source].text[s.bytes.clone()]
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

    /// Number of distinct conflicting pairs over all groups.
    pub fn conflict_count(&self) -> usize {
        self.groups.iter().map(|g| g.conflicts.len()).sum()
    }

    /// Number of statements set aside as noise.
    pub fn noise_count(&self) -> usize {
        self.statements.iter().filter(|s| s.noise.is_some()).count()
    }
}

/// What applying corrections produced besides the changed groups.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Applied {
    /// Verdicts on conflicts.
    pub verdicts: crate::corrections::Verdicts,
    /// Corrections that no longer match the analysis.
    pub unmatched: Vec<crate::corrections::Unmatched>,
}

impl Analysis {
    /// The key that identifies `statement` across analyses.
    pub fn key(&self, statement: usize) -> crate::corrections::StatementKey {
        let s = &self.statements[statement];
        crate::corrections::StatementKey {
            source: self.sources[s.source].name.clone(),
            start: s.start,
            end: s.end,
            text: self.text(statement).to_owned(),
        }
    }

    /// Finds the statement a key names: same source name and text, the nearest start.
    pub fn find(&self, key: &crate::corrections::StatementKey) -> Option<usize> {
        self.statements
            .iter()
            .filter(|s| self.sources[s.source].name == key.source)
            // the text decides; the span (untrusted when read from a file) only ranks
            .filter(|s| self.text(s.id) == key.text)
            .min_by_key(|s| s.start.abs_diff(key.start))
            .map(|s| s.id)
    }

    /// Regroups at the current threshold and applies `corrections` in order. Noise
    /// corrections come first (they change what is grouped); then moves, splits, merges,
    /// renames and verdicts. Corrections whose statements are gone are reported, not
    /// dropped silently.
    pub fn apply_corrections(&mut self, corrections: &[crate::corrections::Correction]) -> Applied {
        use crate::corrections::{Correction, Unmatched};
        let mut unmatched = Vec::new();
        for s in &mut self.statements {
            s.noise = s.auto_noise;
        }
        for (i, c) in corrections.iter().enumerate() {
            if let Correction::Noise { statement, kind } = c {
                match self.find(statement) {
                    Some(s) => self.statements[s].noise = *kind,
                    None => unmatched.push(Unmatched {
                        index: i,
                        reason: format!(
                            "{} no longer has the statement “{}” (char {})",
                            statement.source,
                            statement.text.chars().take(60).collect::<String>(),
                            statement.start
                        ),
                    }),
                }
            }
        }
        // One grouping pass, edited by the corrections.
        let groups = self.memberships(self.threshold);
        let edited = crate::corrections::edit_groups(
            groups,
            self.statements.len(),
            corrections,
            |k| self.find(k),
            |s| self.statements[s].noise.is_some(),
        );
        unmatched.extend(edited.unmatched);
        unmatched.sort_by_key(|u| u.index);
        let rebuilt: Vec<Group> = edited
            .groups
            .into_par_iter()
            .filter_map(|mut m| {
                m.sort_unstable();
                (m.len() >= 2).then(|| self.make_group(m))
            })
            .collect();
        self.finish_groups(rebuilt);
        for (anchor, label) in edited.labels {
            if let Some(g) = self.group_of[anchor] {
                self.groups[g].label = label;
            }
        }
        Applied {
            verdicts: edited.verdicts,
            unmatched,
        }
    }
}
