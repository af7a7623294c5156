//! A reader's corrections to the machine's grouping, kept as commands keyed by statement
//! (source name, span, text) so that they survive re-analysis at another threshold or of
//! a slightly changed source; [`crate::Analysis::apply_corrections`] applies them in order.

use crate::noise::NoiseKind;
use serde::{Deserialize, Serialize};

/// A reader's judgement of a conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The statements really contradict each other.
    Real,
    /// They state the same fact (in other words, or at another precision).
    SameFact,
    /// They speak of different people, places or events.
    DifferentSubjects,
    /// Not decided.
    Unsure,
}

impl Verdict {
    /// All verdicts, in menu order.
    pub const ALL: [Verdict; 4] = [
        Verdict::Real,
        Verdict::SameFact,
        Verdict::DifferentSubjects,
        Verdict::Unsure,
    ];

    /// Human name.
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Real => "real contradiction",
            Verdict::SameFact => "same fact",
            Verdict::DifferentSubjects => "different subjects",
            Verdict::Unsure => "unsure",
        }
    }
}

/// Identifies a statement across analyses: its source's name, char span and text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct StatementKey {
    /// Name of the source (file name).
    pub source: String,
    /// First char offset when the correction was made.
    pub start: usize,
    /// End char offset when the correction was made.
    pub end: usize,
    /// The statement's text.
    pub text: String,
}

/// One correction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Correction {
    /// Move `statement` into the group of `with`.
    Move {
        /// The statement moved.
        statement: StatementKey,
        /// A member of the target group (or a statement to pair with).
        with: StatementKey,
    },
    /// Take `statement` out of its group: it stands alone.
    Split {
        /// The statement split off.
        statement: StatementKey,
    },
    /// Merge the groups of `a` and `b`.
    Merge {
        /// A member of the first group.
        a: StatementKey,
        /// A member of the second group.
        b: StatementKey,
    },
    /// Rename the group that holds `anchor`.
    Rename {
        /// A member of the group.
        anchor: StatementKey,
        /// The new label.
        label: String,
    },
    /// Judge the conflict between `a` and `b`.
    Judge {
        /// First statement of the conflict.
        a: StatementKey,
        /// Second statement (equal to `a` for a statement's own contrast).
        b: StatementKey,
        /// The judgement.
        verdict: Verdict,
        /// The reader's note.
        note: String,
    },
    /// The class's answer to the question of the group that holds `anchor` ("Which is
    /// right, and why?"); empty clears it.
    Answer {
        /// A member of the group.
        anchor: StatementKey,
        /// The answer.
        text: String,
    },
    /// Set the sourcing card of the source named `source`.
    Card {
        /// The source's display name.
        source: String,
        /// The card as the class filled it.
        card: crate::sourcing::SourceCard,
    },
    /// Set a statement's noise kind; `None` restores it to content.
    Noise {
        /// The statement.
        statement: StatementKey,
        /// The kind, or `None` for content.
        kind: Option<NoiseKind>,
    },
}

impl Correction {
    /// A one-line description, for undo menus and messages.
    pub fn describe(&self) -> String {
        let short = |k: &StatementKey| {
            let t: String = k.text.chars().take(40).collect();
            format!("“{t}…”")
        };
        match self {
            Correction::Move { statement, .. } => format!("move {}", short(statement)),
            Correction::Split { statement } => format!("split off {}", short(statement)),
            Correction::Merge { a, .. } => format!("merge the group of {}", short(a)),
            Correction::Rename { label, .. } => format!("rename a group to “{label}”"),
            Correction::Judge { verdict, .. } => format!("judge a conflict: {}", verdict.label()),
            Correction::Answer { .. } => "answer a question".to_owned(),
            Correction::Card { source, .. } => format!("edit the sourcing card of {source}"),
            Correction::Noise { statement, kind } => match kind {
                Some(k) => format!("set aside {} as {}", short(statement), k.label()),
                None => format!("restore {}", short(statement)),
            },
        }
    }
}

/// A correction that no longer applies, with the reason.
#[derive(Debug, Clone, PartialEq)]
pub struct Unmatched {
    /// Index of the correction in the list applied.
    pub index: usize,
    /// Why it does not apply.
    pub reason: String,
}

impl Unmatched {
    /// Correction `index` names a statement the sources no longer have.
    pub fn missing(index: usize, k: &StatementKey) -> Self {
        Unmatched {
            index,
            reason: format!(
                "{} no longer has the statement “{}” (char {})",
                k.source,
                k.text.chars().take(60).collect::<String>(),
                k.start
            ),
        }
    }
}

/// The class's verdicts on conflicts, by pair of statements (either order).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Verdicts(std::collections::HashMap<(usize, usize), (Verdict, String)>);

impl Verdicts {
    /// The pair as stored: the lower statement first.
    fn key(a: usize, b: usize) -> (usize, usize) {
        (a.min(b), a.max(b))
    }

    /// Records the verdict and note on the conflict of `a` and `b` (replacing any).
    pub fn insert(&mut self, a: usize, b: usize, verdict: Verdict, note: String) {
        self.0.insert(Self::key(a, b), (verdict, note));
    }

    /// The verdict and note on the conflict of `a` and `b`, in either order.
    pub fn get(&self, a: usize, b: usize) -> Option<&(Verdict, String)> {
        self.0.get(&Self::key(a, b))
    }

    /// Forgets every verdict.
    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// How many conflicts have a verdict.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when no conflict has a verdict.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every verdict with its pair (the lower statement first), in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = (&(usize, usize), &(Verdict, String))> {
        self.0.iter()
    }
}

/// What the corrections make of one grouping pass: the edited groups (members by statement
/// id), the renamed labels (by a member), the verdicts, and what no longer applies.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Edited {
    /// The groups after the moves, splits and merges (groups of one or none dropped later).
    pub groups: Vec<Vec<usize>>,
    /// New labels, each with a statement of its group.
    pub labels: Vec<(usize, String)>,
    /// The class's answers: the correction's index, a statement of its group, the answer.
    pub answers: Vec<(usize, usize, String)>,
    /// Verdicts on conflicts.
    pub verdicts: Verdicts,
    /// Corrections that no longer apply.
    pub unmatched: Vec<Unmatched>,
}

/// Applies the moves, splits, merges, renames and verdicts of `corrections` to `groups`
/// (members by statement id, of `n` statements). A pure function on statement ids:
/// `find` locates a correction's statement, `noisy` says whether a statement is set
/// aside (noise is never moved or merged). Noise corrections are applied by the caller
/// before the grouping pass.
pub fn edit_groups(
    groups: Vec<Vec<usize>>,
    n: usize,
    corrections: &[Correction],
    find: impl Fn(&StatementKey) -> Option<usize>,
    noisy: impl Fn(usize) -> bool,
) -> Edited {
    let mut out = Edited {
        groups,
        ..Edited::default()
    };
    let mut member_of: Vec<Option<usize>> = vec![None; n];
    for (g, m) in out.groups.iter().enumerate() {
        for &s in m {
            member_of[s] = Some(g);
        }
    }
    let missing = Unmatched::missing;
    let noise_in = |i: usize, what: &str| Unmatched {
        index: i,
        reason: format!("a statement of this {what} is set aside as noise"),
    };
    for (i, c) in corrections.iter().enumerate() {
        match c {
            Correction::Move { statement, with } => match (find(statement), find(with)) {
                (Some(s), Some(w)) if s != w && !noisy(s) && !noisy(w) => {
                    detach(s, &mut out.groups, &mut member_of);
                    attach(s, w, &mut out.groups, &mut member_of);
                }
                (Some(_), Some(_)) => out.unmatched.push(noise_in(i, "move")),
                (None, _) => out.unmatched.push(missing(i, statement)),
                (_, None) => out.unmatched.push(missing(i, with)),
            },
            Correction::Split { statement } => match find(statement) {
                Some(s) => detach(s, &mut out.groups, &mut member_of),
                None => out.unmatched.push(missing(i, statement)),
            },
            Correction::Merge { a, b } => match (find(a), find(b)) {
                (Some(x), Some(y)) if !noisy(x) && !noisy(y) => {
                    merge(x, y, &mut out.groups, &mut member_of);
                }
                (Some(_), Some(_)) => out.unmatched.push(noise_in(i, "merge")),
                (None, _) => out.unmatched.push(missing(i, a)),
                (_, None) => out.unmatched.push(missing(i, b)),
            },
            Correction::Rename { anchor, label } => match find(anchor) {
                Some(s) => out.labels.push((s, label.clone())),
                None => out.unmatched.push(missing(i, anchor)),
            },
            Correction::Judge {
                a,
                b,
                verdict,
                note,
            } => match (find(a), find(b)) {
                (Some(x), Some(y)) => out.verdicts.insert(x, y, *verdict, note.clone()),
                (None, _) => out.unmatched.push(missing(i, a)),
                (_, None) => out.unmatched.push(missing(i, b)),
            },
            Correction::Answer { anchor, text } => match find(anchor) {
                Some(s) => out.answers.push((i, s, text.clone())),
                None => out.unmatched.push(missing(i, anchor)),
            },
            // Noise is applied before the grouping pass, cards to the sources.
            Correction::Noise { .. } | Correction::Card { .. } => {}
        }
    }
    out
}

/// Takes `s` out of its group.
fn detach(s: usize, groups: &mut [Vec<usize>], member_of: &mut [Option<usize>]) {
    if let Some(g) = member_of[s].take() {
        groups[g].retain(|&m| m != s);
    }
}

/// Puts `s` into the group of `with` (a new group when `with` has none).
fn attach(s: usize, with: usize, groups: &mut Vec<Vec<usize>>, member_of: &mut [Option<usize>]) {
    let g = match member_of[with] {
        Some(g) => g,
        None => {
            groups.push(vec![with]);
            member_of[with] = Some(groups.len() - 1);
            groups.len() - 1
        }
    };
    groups[g].push(s);
    member_of[s] = Some(g);
}

/// Moves the group of `y` (or `y` alone) into the group of `x`.
fn merge(x: usize, y: usize, groups: &mut Vec<Vec<usize>>, member_of: &mut [Option<usize>]) {
    let gx = member_of[x];
    if x == y || (gx.is_some() && gx == member_of[y]) {
        return;
    }
    let moved: Vec<usize> = match member_of[y] {
        Some(gy) => std::mem::take(&mut groups[gy]),
        None => vec![y],
    };
    for m in moved {
        member_of[m] = None;
        attach(m, x, groups, member_of);
    }
}

/// The corrections made so far, with undo and redo.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Edits {
    done: Vec<Correction>,
    undone: Vec<Correction>,
}

impl Edits {
    /// Edits starting from saved corrections (nothing to redo).
    pub fn from(done: Vec<Correction>) -> Self {
        Self {
            done,
            undone: Vec::new(),
        }
    }

    /// The corrections in effect, oldest first.
    pub fn done(&self) -> &[Correction] {
        &self.done
    }

    /// Makes a correction; clears what could be redone.
    pub fn push(&mut self, c: Correction) {
        self.done.push(c);
        self.undone.clear();
    }

    /// Undoes the last correction; returns it.
    pub fn undo(&mut self) -> Option<&Correction> {
        let c = self.done.pop()?;
        self.undone.push(c);
        self.undone.last()
    }

    /// Redoes the last undone correction; returns it.
    pub fn redo(&mut self) -> Option<&Correction> {
        let c = self.undone.pop()?;
        self.done.push(c);
        self.done.last()
    }

    /// True when there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.done.is_empty()
    }

    /// True when there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.undone.is_empty()
    }
}
