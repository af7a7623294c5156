//! Similarity between statements, and the sparse neighbour graph the grouping works on.
//!
//! Signals and what each one does:
//! - **terms**: words lowercased, apostrophes dropped, stemmed (Snowball) and with a few
//!   irregular forms joined ("died"/"death"), so inflections and scraping damage meet;
//! - **spelling variants**: rare terms one edit apart (Bronstein / Bronshtein) are joined
//!   into one term (a deletion-neighbourhood index, so no all-pairs string comparison),
//!   and so are transliterations of one name (Dimitroff / Dimitrov, by their endings);
//! - **corpus weighting**: each term weighs its inverse document frequency, so a word in
//!   two statements counts far more than one in half of them;
//! - **names and numbers**: capitalized words inside a sentence and numbers weigh extra;
//! - **score**: cosine of the weighted term sets, in 0..=1, comparable across corpora;
//!   halved when the only word two statements share is a common one (no claim rests on
//!   one frequent word), raised for two statements that date the same event: by
//!   [`DATED_BONUS`] when they share a rare word, by [`ANCHORED_BONUS`] when both put
//!   their date on the same word ("he **died** on …" / "he **died** in …"), and by
//!   [`TIME_BONUS`] for two that share words and tell times of day within the hour.
//!
//! Candidates come from an inverted index over each statement's rarest terms (and the
//! words its dates are anchored on), so the cost grows with the number of statements
//! times a bounded posting length, never all pairs.

use rayon::prelude::*;
use std::collections::HashMap;

/// Extra weight of a capitalized word inside a sentence (a name).
pub const NAME_BOOST: f32 = 1.5;
/// Extra weight of a number or year.
pub const NUMBER_BOOST: f32 = 1.5;
/// How many of a statement's rarest terms look for candidates.
const PROBE_TERMS: usize = 8;
/// Terms in more statements than this do not look for candidates (they still score).
const MAX_PROBE_POSTINGS: usize = 400;
/// Candidates per statement that get an exact score (ranked by a partial one).
const RESCORED: usize = 4 * NEIGHBOURS;
/// Neighbours kept per statement.
pub const NEIGHBOURS: usize = 10;
/// Lowest score kept in the neighbour graph; the threshold slider cannot go below it.
pub const MIN_SCORE: f32 = 0.05;

/// One statement's weighted terms, sorted by term id.
#[derive(Debug, Clone, Default)]
pub struct TermVector {
    /// (term id, weight), sorted by id, unique.
    pub terms: Vec<(u32, f32)>,
    /// Euclidean norm of the weights.
    pub norm: f32,
}

/// The corpus vocabulary: term strings, document frequencies, display forms.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    /// Canonical term string per id.
    pub terms: Vec<String>,
    /// Number of content statements containing each term.
    pub df: Vec<u32>,
    /// The most common written form of each term, for labels and evidence.
    pub display: Vec<String>,
    /// Inverse document frequency per term.
    pub idf: Vec<f32>,
    /// Term string to canonical id (spelling variants share one).
    pub index: HashMap<String, u32>,
    /// Number of content statements the frequencies count.
    pub statements: u32,
}

impl Vocabulary {
    /// The canonical id of a term string, if the corpus has it.
    pub fn id_of(&self, term: &str) -> Option<u32> {
        self.index.get(term).copied()
    }
}

/// One weighted occurrence, before vectors are built.
#[derive(Debug, Clone)]
pub struct RawTerm {
    /// The term string (stem).
    pub term: String,
    /// The word as written.
    pub surface: String,
    /// Written with a capital inside a sentence, or a number.
    pub boosted: f32,
}

/// Builds the vocabulary and vectors for the given statements' raw terms. `active[i]`
/// false (noise) keeps statement `i` out of the statistics (its vector is still built, so
/// that restoring it to content needs no new analysis).
pub fn build(raw: &[Vec<RawTerm>], active: &[bool]) -> (Vocabulary, Vec<TermVector>) {
    let mut ids: HashMap<&str, u32> = HashMap::new();
    let mut terms: Vec<String> = Vec::new();
    let mut surfaces: Vec<HashMap<&str, u32>> = Vec::new();
    let mut per_stmt: Vec<Vec<(u32, f32)>> = Vec::with_capacity(raw.len());
    for (i, toks) in raw.iter().enumerate() {
        let mut v: Vec<(u32, f32)> = Vec::new();
        for t in toks {
            let id = *ids.entry(t.term.as_str()).or_insert_with(|| {
                terms.push(t.term.clone());
                surfaces.push(HashMap::new());
                (terms.len() - 1) as u32
            });
            if active[i] {
                *surfaces[id as usize].entry(t.surface.as_str()).or_default() += 1;
            }
            v.push((id, t.boosted));
        }
        per_stmt.push(v);
    }
    // Spelling variants: join rare terms one edit apart.
    let canon = spelling_variants(&terms, &per_stmt);
    let mut df = vec![0u32; terms.len()];
    for (i, v) in per_stmt.iter_mut().enumerate() {
        for t in v.iter_mut() {
            t.0 = canon[t.0 as usize];
        }
        // unique by term, keeping the largest boost
        v.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
        v.dedup_by_key(|t| t.0);
        if active[i] {
            for t in v.iter() {
                df[t.0 as usize] += 1;
            }
        }
    }
    let n = active.iter().filter(|a| **a).count().max(1) as f32;
    let idf: Vec<f32> = df
        .iter()
        .map(|&d| {
            if d == 0 {
                0.0
            } else {
                (n / d as f32).ln().max(0.3)
            }
        })
        .collect();
    let display = display_forms(&terms, &surfaces);
    // Canonical ids show the display form of the whole variant set's most common member.
    let vectors = per_stmt
        .into_iter()
        .map(|v| {
            let terms: Vec<(u32, f32)> = v
                .into_iter()
                .map(|(id, boost)| (id, idf[id as usize] * boost))
                .collect();
            let norm = terms.iter().map(|t| t.1 * t.1).sum::<f32>().sqrt();
            TermVector { terms, norm }
        })
        .collect();
    let index = ids
        .into_iter()
        .map(|(k, v)| (k.to_owned(), canon[v as usize]))
        .collect();
    (
        Vocabulary {
            terms,
            df,
            display,
            idf,
            index,
            statements: n as u32,
        },
        vectors,
    )
}

/// The most common written form of each term (ties: the first in sort order).
fn display_forms(terms: &[String], surfaces: &[HashMap<&str, u32>]) -> Vec<String> {
    surfaces
        .iter()
        .enumerate()
        .map(|(i, s)| {
            s.iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map(|(k, _)| (*k).to_owned())
                .unwrap_or_else(|| terms[i].clone())
        })
        .collect()
}

/// Maps each term id to a canonical id, joining spelling variants: alphabetic terms of at
/// least 6 letters, one edit apart (Damerau–Levenshtein, `strsim`; candidates from a
/// deletion index, never all pairs), at least one of them rare (in at
/// most two statements) so that distinct common words are never joined.
fn spelling_variants(terms: &[String], per_stmt: &[Vec<(u32, f32)>]) -> Vec<u32> {
    let mut df = vec![0u32; terms.len()];
    for v in per_stmt {
        let mut seen: Vec<u32> = v.iter().map(|t| t.0).collect();
        seen.sort_unstable();
        seen.dedup();
        for t in seen {
            df[t as usize] += 1;
        }
    }
    let mut parent: Vec<u32> = (0..terms.len() as u32).collect();
    fn find(p: &mut [u32], mut x: u32) -> u32 {
        while p[x as usize] != x {
            p[x as usize] = p[p[x as usize] as usize];
            x = p[x as usize];
        }
        x
    }
    // Joins the sets of `a` and `b`, the more frequent term representing both.
    fn union(p: &mut [u32], df: &[u32], a: u32, b: u32) {
        let (ra, rb) = (find(p, a), find(p, b));
        if ra != rb {
            if df[ra as usize] >= df[rb as usize] {
                p[rb as usize] = ra;
            } else {
                p[ra as usize] = rb;
            }
        }
    }
    // deletion neighbourhood: key = term with one char removed (and the term itself)
    let mut index: HashMap<String, Vec<u32>> = HashMap::new();
    for (id, t) in terms.iter().enumerate() {
        let chars: Vec<char> = t.chars().collect();
        if chars.len() < 6 || chars.len() > 24 || !chars.iter().all(|c| c.is_alphabetic()) {
            continue;
        }
        index.entry(t.clone()).or_default().push(id as u32);
        for skip in 1..chars.len() {
            let key: String = chars
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != skip)
                .map(|(_, c)| *c)
                .collect();
            index.entry(key).or_default().push(id as u32);
        }
    }
    for ids in index.values() {
        if ids.len() < 2 || ids.len() > 8 {
            continue;
        }
        for (k, &a) in ids.iter().enumerate() {
            for &b in &ids[k + 1..] {
                if a == b || (df[a as usize] > 2 && df[b as usize] > 2) {
                    continue;
                }
                // One deletion on each side also pairs words two edits apart ("abxd" /
                // "aybd"): only true one-edit variants (a transposition counts as one) join.
                if strsim::damerau_levenshtein(&terms[a as usize], &terms[b as usize]) > 1 {
                    continue;
                }
                union(&mut parent, &df, a, b);
            }
        }
    }
    // Two transliterations of one name ("Dimitroff" / "Dimitrov", "Taneff" / "Tanev") are
    // two edits apart: they meet on the stem before their ending, one key per ending pair.
    let mut by_ending: HashMap<(&str, usize), Vec<u32>> = HashMap::new();
    for (id, t) in terms.iter().enumerate() {
        if t.chars().count() < 5 || !t.chars().all(|c| c.is_alphabetic()) {
            continue;
        }
        for (k, (p, q)) in crate::conflicts::TRANSLITERATED_ENDINGS.iter().enumerate() {
            if let Some(stem) = t.strip_suffix(p).or_else(|| t.strip_suffix(q)) {
                by_ending.entry((stem, k)).or_default().push(id as u32);
            }
        }
    }
    for ids in by_ending
        .values()
        .filter(|ids| (2..=8).contains(&ids.len()))
    {
        for (k, &a) in ids.iter().enumerate() {
            for &b in &ids[k + 1..] {
                let (x, y) = (&terms[a as usize], &terms[b as usize]);
                if (df[a as usize] > 2 && df[b as usize] > 2)
                    || !crate::conflicts::transliterated(x, y)
                {
                    continue;
                }
                union(&mut parent, &df, a, b);
            }
        }
    }
    (0..terms.len() as u32)
        .map(|i| find(&mut parent, i))
        .collect()
}

/// Added to the score of two statements that both give a date and share an informative
/// word that is not a number: they likely date the same event, and comparing their dates
/// is what a student must do (`he died on August 21, 1940` / `he died in February 1938`).
pub const DATED_BONUS: f32 = 0.1;
/// A shared word is informative for [`DATED_BONUS`] when at most this share of the
/// statements (and at least two) use it, and it is neither a number nor a month.
const DATED_TERM_SHARE: f32 = 0.05;

/// Added instead of [`DATED_BONUS`] when the shared word is one both statements anchor
/// their dates on (see [`crate::values::anchors`]): "he **died** on August 21, 1940"
/// and "he **died** there ... in February 1938" date the same kind of event, however
/// common the word, and are exactly the pair a student must compare.
pub const ANCHORED_BONUS: f32 = 0.2;
/// An anchor word counts for [`ANCHORED_BONUS`] when at most this share of the
/// statements (and at least two) use it: where "became" or "began" is everywhere, it does
/// not say which event a date is of.
const ANCHOR_SHARE: f32 = 0.2;

/// Added to the score of two statements that count the same kind of thing ("32 die" /
/// "there were 35 fatalities") or the same noun ("20 lifeboats" / "sixteen lifeboats";
/// a plain word for people, "300 persons", only where no facet word says what befell
/// them): the "how many" questions a student compares first.
pub const FRAME_BONUS: f32 = 0.15;
/// Added to the score of two statements that follow each other in one source and share
/// more than one common word: on sets of saved pages, about a fifth of neighbouring statements answer the same
/// question, against a few percent of any two statements.
pub const ADJACENT_BONUS: f32 = 0.05;

/// Added to the score of two statements that share words (more than one common one) and
/// tell times of day at most
/// [`CLOSE_MINUTES`] apart ("the fire broke out at 10:05 PM" / "The fire started in the
/// boiler room at 10:20 p.m."): the "at what time" question.
pub const TIME_BONUS: f32 = 0.4;
/// Times of day this close may be one moment told two ways.
pub const CLOSE_MINUTES: u32 = 60;

/// Factor on the score of two statements whose only shared word is a common one.
pub const ONE_COMMON_WORD: f32 = 0.5;
/// A word is common when more than this share of the statements use it.
pub const COMMON_SHARE: f32 = 0.05;

/// Scores pairs of statements: cosine, halved when the only shared word is common, plus
/// the dated bonus.
pub struct Scorer<'a> {
    /// Term vectors, by statement.
    pub vectors: &'a [TermVector],
    /// Whether each statement gives a date.
    pub dated: &'a [bool],
    /// Per statement: the term ids its dates are anchored on, sorted.
    pub anchors: &'a [Vec<u32>],
    /// The vocabulary (document frequencies, term strings).
    pub vocab: &'a Vocabulary,
    /// Per statement: the facets its counts are of ([`crate::facets`]), sorted.
    pub frames: &'a [Vec<u8>],
    /// Per statement: the plural nouns its figures count, as term ids, sorted.
    pub nouns: &'a [Vec<u32>],
    /// Per statement: whether it gives a count (a number that is not an age or a date).
    pub counting: &'a [bool],
    /// Per statement: its source, so that neighbours in one source can be told.
    pub sources: &'a [u32],
    /// Per statement: whether it is a row of a table or an infobox.
    pub rows: &'a [bool],
    /// Per statement: its times of day.
    pub clocks: &'a [Vec<crate::values::TimeValue>],
}

impl Scorer<'_> {
    /// The similarity of statements `a` and `b`, in 0..=1.
    pub fn score(&self, a: usize, b: usize) -> f32 {
        let (va, vb) = (&self.vectors[a], &self.vectors[b]);
        if self.counting[a] && self.counting[b] && self.count_different_things(va, vb) {
            return 0.0;
        }
        // Two rows of one table or infobox are two fields: never one question (on the
        // development sets, none of 18 such pairs is).
        if self.rows[a] && self.rows[b] && self.sources[a] == self.sources[b] {
            return 0.0;
        }
        let mut s = cosine(va, vb);
        let one_common = s > 0.0 && self.only_common_word(va, vb);
        if one_common {
            s *= ONE_COMMON_WORD;
        }
        if s > 0.0 && self.dated[a] && self.dated[b] {
            if self.share_anchor(a, b) {
                s += ANCHORED_BONUS;
            } else if self.share_event_word(va, vb) {
                s += DATED_BONUS;
            }
        }
        if s > 0.0
            && (share_sorted(&self.frames[a], &self.frames[b], |_| true)
                || share_sorted(&self.nouns[a], &self.nouns[b], |_| true))
        {
            s += FRAME_BONUS;
        }
        if s > 0.0 && !one_common && self.close_times(a, b) {
            s += TIME_BONUS;
        }
        if s > 0.0 && !one_common && self.adjacent(a, b) {
            s += ADJACENT_BONUS;
        }
        s.min(1.0)
    }

    /// True when both statements have facet words and share none: with counts in both,
    /// they count different things ("36 passengers and 61 crew" / "killed 36 people").
    /// Measured on the development sets, such pairs answer one question 1% of the time,
    /// against 3% for any two statements and 28% for counts sharing a facet.
    fn count_different_things(&self, a: &TermVector, b: &TermVector) -> bool {
        // No allocation: this runs for every scored pair. Facet ids in `b.terms` are
        // sorted, so membership is a binary search.
        let plain_facet = |t: u32| is_word_facet(&self.vocab.terms[t as usize]);
        let mut a_has = false;
        for &(t, _) in a.terms.iter().filter(|(t, _)| plain_facet(*t)) {
            if b.terms.binary_search_by_key(&t, |x| x.0).is_ok() {
                return false; // a facet in common
            }
            a_has = true;
        }
        a_has && b.terms.iter().any(|(t, _)| plain_facet(*t))
    }

    /// True when both statements tell a time of day and two of them lie at most
    /// [`CLOSE_MINUTES`] apart (on a twelve-hour dial when either leaves the half of the
    /// day open).
    fn close_times(&self, a: usize, b: usize) -> bool {
        // (the conflict rules' measure: round the dial, 23:50 and 00:10 are twenty
        // minutes apart)
        self.clocks[a].iter().any(|x| {
            self.clocks[b]
                .iter()
                .any(|y| x.minutes_apart(y) <= CLOSE_MINUTES as i32)
        })
    }

    /// True when `a` and `b` follow each other in one source.
    pub fn adjacent(&self, a: usize, b: usize) -> bool {
        a.abs_diff(b) == 1 && self.sources[a] == self.sources[b]
    }

    /// True when the statements share exactly one word and that word is common (in more
    /// than [`COMMON_SHARE`] of the statements): "the USSR" alone does not make a claim.
    fn only_common_word(&self, a: &TermVector, b: &TermVector) -> bool {
        // a merge without allocating: this runs for every scored pair
        let (mut i, mut j, mut count, mut last) = (0, 0, 0, 0);
        while i < a.terms.len() && j < b.terms.len() && count < 2 {
            match a.terms[i].0.cmp(&b.terms[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    // a facet is read off the words, not a word of its own
                    if !is_facet(&self.vocab.terms[a.terms[i].0 as usize]) {
                        count += 1;
                        last = a.terms[i].0;
                    }
                    i += 1;
                    j += 1;
                }
            }
        }
        let limit = (self.vocab.statements as f32 * COMMON_SHARE).max(2.0) as u32;
        count == 1 && self.vocab.df[last as usize] > limit
    }

    /// True when both statements give a date and anchor it on the same word, or share an
    /// informative non-number word: they likely date the same event.
    pub fn dated_pair(&self, a: usize, b: usize) -> bool {
        self.dated[a]
            && self.dated[b]
            && (self.share_anchor(a, b)
                || self.share_event_word(&self.vectors[a], &self.vectors[b]))
    }

    /// True when both statements anchor a date on the same, not too common, word.
    fn share_anchor(&self, a: usize, b: usize) -> bool {
        let limit = (self.vocab.statements as f32 * ANCHOR_SHARE).max(2.0) as u32;
        share_sorted(&self.anchors[a], &self.anchors[b], |t| {
            self.vocab.df[t as usize] <= limit
        })
    }

    fn share_event_word(&self, a: &TermVector, b: &TermVector) -> bool {
        let limit = (self.vocab.statements as f32 * DATED_TERM_SHARE).max(2.0) as u32;
        shared_terms(a, b).iter().any(|&(t, _)| {
            let term = &self.vocab.terms[t as usize];
            self.vocab.df[t as usize] <= limit
                && !term.chars().all(|c| c.is_ascii_digit())
                && !crate::values::is_month_name(&self.vocab.display[t as usize])
                && !matches!(term.as_str(), "year" | "decad" | "centuri")
        })
    }
}

/// True for a facet pseudo-term (`§deaths`, see [`crate::facets`]).
pub fn is_facet(term: &str) -> bool {
    term.starts_with('§')
}

/// True for the facet of a word (`§deaths`), not of a count (`§deaths#`).
pub fn is_word_facet(term: &str) -> bool {
    is_facet(term) && !term.ends_with('#')
}

/// True when two sorted id lists share an element that `keep` accepts.
fn share_sorted<T: Ord + Copy>(a: &[T], b: &[T], keep: impl Fn(T) -> bool) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal if keep(a[i]) => return true,
            std::cmp::Ordering::Equal => {
                i += 1;
                j += 1;
            }
        }
    }
    false
}

/// Cosine of two term vectors (0 when either is empty).
pub fn cosine(a: &TermVector, b: &TermVector) -> f32 {
    if a.norm == 0.0 || b.norm == 0.0 {
        return 0.0;
    }
    shared_weight(a, b) / (a.norm * b.norm)
}

fn shared_weight(a: &TermVector, b: &TermVector) -> f32 {
    let (mut i, mut j, mut s) = (0, 0, 0.0);
    while i < a.terms.len() && j < b.terms.len() {
        match a.terms[i].0.cmp(&b.terms[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += a.terms[i].1 * b.terms[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    s
}

/// Shared term ids of two vectors, heaviest first.
pub fn shared_terms(a: &TermVector, b: &TermVector) -> Vec<(u32, f32)> {
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.terms.len() && j < b.terms.len() {
        match a.terms[i].0.cmp(&b.terms[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push((a.terms[i].0, a.terms[i].1 * b.terms[j].1));
                i += 1;
                j += 1;
            }
        }
    }
    out.sort_by(|x, y| y.1.total_cmp(&x.1));
    out
}

/// A scored pair of statements (`a < b`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Edge {
    /// Lower statement index.
    pub a: u32,
    /// Higher statement index.
    pub b: u32,
    /// Similarity in 0..=1.
    pub score: f32,
}

/// The neighbour graph: each statement's best-scoring candidates, as edges sorted by
/// descending score. Cost: O(n · PROBE_TERMS · MAX_PROBE_POSTINGS) candidate visits (a
/// multiply-add each), plus `RESCORED` (40) exact scores per statement.
pub fn neighbour_edges(scorer: &Scorer<'_>) -> Vec<Edge> {
    let (vectors, vocab) = (scorer.vectors, scorer.vocab);
    let n = vectors.len();
    let mut postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); vocab.terms.len()];
    for (i, v) in vectors.iter().enumerate() {
        for t in &v.terms {
            postings[t.0 as usize].push((i as u32, t.1));
        }
    }
    let per_stmt: Vec<Vec<Edge>> = (0..n)
        .into_par_iter()
        .map_init(
            || (vec![0f32; n], Vec::<u32>::new()),
            |(acc, touched), i| neighbours_of(i, scorer, &postings, acc, touched),
        )
        .collect();
    let mut edges: Vec<Edge> = per_stmt.into_iter().flatten().collect();
    edges.sort_by_key(|e| (e.a, e.b));
    edges.dedup_by(|x, y| x.a == y.a && x.b == y.b);
    edges.sort_by(|x, y| {
        y.score
            .total_cmp(&x.score)
            .then((x.a, x.b).cmp(&(y.a, y.b)))
    });
    edges
}

/// The best-scoring neighbours of statement `i`, as edges: candidates from the postings
/// of its rarest terms (and its date anchors and its neighbours in the source), ranked by
/// a partial dot product, the best [`RESCORED`] scored exactly. `acc` and `touched` are
/// scratch space reused across statements.
fn neighbours_of(
    i: usize,
    scorer: &Scorer<'_>,
    postings: &[Vec<(u32, f32)>],
    acc: &mut [f32],
    touched: &mut Vec<u32>,
) -> Vec<Edge> {
    let (vectors, n) = (scorer.vectors, scorer.vectors.len());
    let v = &vectors[i];
    let mut probes: Vec<&(u32, f32)> = v
        .terms
        .iter()
        .filter(|t| {
            let len = postings[t.0 as usize].len();
            len > 1 && len <= MAX_PROBE_POSTINGS
        })
        .collect();
    probes.sort_by_key(|t| postings[t.0 as usize].len());
    // The rarest terms, plus the words the statement's dates are anchored on
    // (however common), so two datings of one event always meet.
    let anchors = &scorer.anchors[i];
    let mut k = 0;
    probes.retain(|t| {
        k += 1;
        k <= PROBE_TERMS || anchors.binary_search(&t.0).is_ok()
    });
    // Partial dot products over the probe terms: a cheap lower bound that ranks
    // the candidates; only the best few get an exact score.
    for t in probes {
        for &(j, wj) in &postings[t.0 as usize] {
            if j as usize != i {
                if acc[j as usize] == 0.0 {
                    touched.push(j);
                }
                acc[j as usize] += t.1 * wj;
            }
        }
    }
    // The statements on either side in the same source are always candidates.
    for j in [i.wrapping_sub(1), i + 1] {
        if j < n && scorer.adjacent(i, j) && acc[j] == 0.0 {
            touched.push(j as u32);
            acc[j] = f32::MIN_POSITIVE;
        }
    }
    let mut ranked: Vec<(f32, u32)> = touched
        .drain(..)
        .map(|j| {
            let partial = std::mem::take(&mut acc[j as usize]);
            let norm = v.norm * vectors[j as usize].norm;
            let mut key = if norm > 0.0 { partial / norm } else { 0.0 };
            if scorer.dated[i] && scorer.dated[j as usize] {
                key += ANCHORED_BONUS;
            }
            (key, j)
        })
        .collect();
    if ranked.len() > RESCORED {
        ranked.select_nth_unstable_by(RESCORED, |x, y| y.0.total_cmp(&x.0));
        ranked.truncate(RESCORED);
    }
    let mut scored: Vec<Edge> = ranked
        .into_iter()
        .filter_map(|(_, j)| {
            let s = scorer.score(i, j as usize);
            (s >= MIN_SCORE).then(|| Edge {
                a: (i as u32).min(j),
                b: (i as u32).max(j),
                score: s,
            })
        })
        .collect();
    scored.sort_by(|x, y| y.score.total_cmp(&x.score).then(x.b.cmp(&y.b)));
    scored.truncate(NEIGHBOURS);
    scored
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(words: &[&str]) -> Vec<RawTerm> {
        words
            .iter()
            .map(|w| RawTerm {
                term: w.to_string(),
                surface: w.to_string(),
                boosted: 1.0,
            })
            .collect()
    }

    #[test]
    fn cosine_identical_empty_disjoint() {
        let r = vec![
            raw(&["ice", "axe"]),
            raw(&["ice", "axe"]),
            raw(&[]),
            raw(&["tank"]),
        ];
        let (_, v) = build(&r, &[true; 4]);
        assert!((cosine(&v[0], &v[1]) - 1.0).abs() < 1e-5);
        assert_eq!(cosine(&v[0], &v[2]), 0.0);
        assert_eq!(cosine(&v[0], &v[3]), 0.0);
    }

    #[test]
    fn build_rare_terms_weigh_more() {
        let mut r = vec![raw(&["common", "rare"]), raw(&["common", "rare"])];
        for _ in 0..20 {
            r.push(raw(&["common", "filler"]));
        }
        let (vocab, v) = build(&r, &vec![true; r.len()]);
        let w = |name: &str| {
            let id = vocab.terms.iter().position(|t| t == name).unwrap() as u32;
            v[0].terms.iter().find(|t| t.0 == id).unwrap().1
        };
        assert!(w("rare") > 3.0 * w("common"));
    }

    #[test]
    fn build_spelling_variants_join() {
        let r = vec![
            raw(&["bronstein", "farmer"]),
            raw(&["bronshtein", "farmer"]),
        ];
        let (_, v) = build(&r, &[true, true]);
        assert!((cosine(&v[0], &v[1]) - 1.0).abs() < 1e-5);
    }

    #[test]
    fn build_transliterations_join() {
        // two edits apart, one sound spelled two ways at the end
        for (x, y) in [
            ("dimitroff", "dimitrov"),
            ("taneff", "tanev"),
            ("tolstoi", "tolstoy"),
        ] {
            let r = vec![raw(&[x, "writer"]), raw(&[y, "writer"])];
            let (_, v) = build(&r, &[true, true]);
            assert!((cosine(&v[0], &v[1]) - 1.0).abs() < 1e-5, "{x} / {y}");
        }
        // two common words are never joined, however they end
        let mut r = Vec::new();
        for _ in 0..3 {
            r.push(raw(&["dimitroff", "writer"]));
            r.push(raw(&["dimitrov", "painter"]));
        }
        let (_, v) = build(&r, &vec![true; r.len()]);
        assert!(cosine(&v[0], &v[1]) < 0.9);
        // other endings, or too little in common before them, stay apart
        for (x, y) in [("popular", "popov"), ("tariff", "tarot"), ("pov", "poff")] {
            let r = vec![raw(&[x, "writer"]), raw(&[y, "writer"])];
            let (_, v) = build(&r, &[true, true]);
            assert!(cosine(&v[0], &v[1]) < 0.9, "{x} / {y}");
        }
    }

    #[test]
    fn build_inactive_statements_do_not_count() {
        let r = vec![raw(&["ice"]), raw(&["ice"])];
        let (vocab, v) = build(&r, &[true, false]);
        assert_eq!(v[1].terms.len(), 1);
        assert_eq!(vocab.df[0], 1);
    }

    #[test]
    fn score_one_common_word_counts_half() {
        // "common" is in every statement; "rare" in two.
        let mut r = vec![raw(&["common", "alpha"]), raw(&["common", "beta"])];
        r.push(raw(&["common", "rare", "gamma"]));
        r.push(raw(&["common", "rare", "delta"]));
        for i in 0..30 {
            r.push(raw(&["common", &format!("filler{i}")]));
        }
        let (vocab, v) = build(&r, &vec![true; r.len()]);
        let dated = vec![false; r.len()];
        let s = Scorer {
            vectors: &v,
            dated: &dated,
            anchors: &vec![Vec::new(); dated.len()],
            vocab: &vocab,
            frames: &vec![Vec::new(); dated.len()],
            nouns: &vec![Vec::new(); dated.len()],
            counting: &vec![false; dated.len()],
            sources: &(0..dated.len() as u32).collect::<Vec<_>>(),
            rows: &vec![false; dated.len()],
            clocks: &vec![Vec::new(); dated.len()],
        };
        assert!((s.score(0, 1) - ONE_COMMON_WORD * cosine(&v[0], &v[1])).abs() < 1e-6);
        assert!(
            (s.score(2, 3) - cosine(&v[2], &v[3])).abs() < 1e-6,
            "a rare word too"
        );
    }

    #[test]
    fn score_anchored_word_counts_unless_everywhere() {
        // "died" anchors the dates of 0 and 1 and is in 3 of 17 statements; "began" anchors
        // the dates of 2 and 3 and is in 16 of them.
        let mut r = vec![
            raw(&["died", "alpha", "1940"]),
            raw(&["died", "beta", "1938"]),
            raw(&["began", "gamma", "1917"]),
            raw(&["began", "delta", "1905"]),
            raw(&["died", "began"]),
        ];
        for i in 0..12 {
            r.push(raw(&["began", &format!("filler{i}")]));
        }
        let (vocab, v) = build(&r, &vec![true; r.len()]);
        let id = |t: &str| vocab.id_of(t).unwrap();
        let mut anchors = vec![Vec::new(); r.len()];
        anchors[0] = vec![id("died")];
        anchors[1] = vec![id("died")];
        anchors[2] = vec![id("began")];
        anchors[3] = vec![id("began")];
        let mut dated = vec![false; r.len()];
        dated[..4].fill(true);
        let s = Scorer {
            vectors: &v,
            dated: &dated,
            anchors: &anchors,
            vocab: &vocab,
            frames: &vec![Vec::new(); dated.len()],
            nouns: &vec![Vec::new(); dated.len()],
            counting: &vec![false; dated.len()],
            sources: &(0..dated.len() as u32).collect::<Vec<_>>(),
            rows: &vec![false; dated.len()],
            clocks: &vec![Vec::new(); dated.len()],
        };
        // "died" is their only shared word and a common one: halved, then the bonus.
        let expected = ONE_COMMON_WORD * cosine(&v[0], &v[1]) + ANCHORED_BONUS;
        assert!((s.score(0, 1) - expected).abs() < 1e-6, "{}", s.score(0, 1));
        assert!(s.dated_pair(0, 1));
        assert!(s.score(2, 3) < ANCHORED_BONUS, "{}", s.score(2, 3));
        assert!(!s.dated_pair(2, 3));
    }

    #[test]
    fn score_close_times_of_day_count_once_a_word_is_shared() {
        // 0 and 1 share two words and tell times 15 minutes apart, 0 and 2 three hours
        // apart, 0 and 3 close times but no word.
        let mut r = vec![
            raw(&["stage", "fire", "alpha"]),
            raw(&["stage", "fire", "beta"]),
            raw(&["stage", "fire", "gamma"]),
            raw(&["delta"]),
        ];
        for i in 0..12 {
            r.push(raw(&[&format!("filler{i}")]));
        }
        let (vocab, v) = build(&r, &vec![true; r.len()]);
        let n = r.len();
        let mut clocks = vec![Vec::new(); n];
        let at = crate::values::times;
        clocks[0] = at("at 11:15 p.m.");
        clocks[1] = at("at 11:30"); // half of the day not said
        clocks[2] = at("at 8:15 p.m.");
        clocks[3] = at("at 11:20 p.m.");
        let mut late = clocks.clone();
        late[1] = at("at 12:10 a.m."); // across midnight
        let s = Scorer {
            vectors: &v,
            dated: &vec![false; n],
            anchors: &vec![Vec::new(); n],
            vocab: &vocab,
            frames: &vec![Vec::new(); n],
            nouns: &vec![Vec::new(); n],
            counting: &vec![false; n],
            sources: &(0..n as u32).collect::<Vec<_>>(),
            rows: &vec![false; n],
            clocks: &clocks,
        };
        let plain = cosine(&v[0], &v[1]);
        assert!(
            (s.score(0, 1) - (plain + TIME_BONUS)).abs() < 1e-6,
            "{}",
            s.score(0, 1)
        );
        assert!(
            (s.score(0, 2) - cosine(&v[0], &v[2])).abs() < 1e-6,
            "hours apart"
        );
        assert_eq!(s.score(0, 3), 0.0, "no word in common");
        let s = Scorer { clocks: &late, ..s };
        assert!(
            (s.score(0, 1) - (plain + TIME_BONUS)).abs() < 1e-6,
            "round the dial"
        );
    }

    #[test]
    fn neighbour_edges_sorted_and_deduplicated() {
        let r = vec![
            raw(&["ice", "axe", "study"]),
            raw(&["ice", "axe", "garden"]),
            raw(&["tank", "pressure"]),
            raw(&["tank", "pressure", "valve"]),
        ];
        let (vocab, v) = build(&r, &[true; 4]);
        let dated = [false; 4];
        let e = neighbour_edges(&Scorer {
            vectors: &v,
            dated: &dated,
            anchors: &vec![Vec::new(); dated.len()],
            vocab: &vocab,
            frames: &vec![Vec::new(); dated.len()],
            nouns: &vec![Vec::new(); dated.len()],
            counting: &vec![false; dated.len()],
            sources: &(0..dated.len() as u32).collect::<Vec<_>>(),
            rows: &vec![false; dated.len()],
            clocks: &vec![Vec::new(); dated.len()],
        });
        assert_eq!(e.len(), 2);
        assert!(e[0].score >= e[1].score);
        assert!(e.iter().all(|e| e.a < e.b));
    }
}
