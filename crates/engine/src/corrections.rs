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
