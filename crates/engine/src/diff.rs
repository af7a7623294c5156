//! Word-level differences between two statements, for highlighting (the `similar` crate's
//! diff over words; punctuation and case are ignored when deciding what differs).

use similar::{ChangeTag, TextDiff};
use std::ops::Range;

/// One piece of a statement's text: a byte range and whether it differs from the other.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// Byte range in the statement text.
    pub range: Range<usize>,
    /// True when the other statement lacks this word.
    pub differs: bool,
}

/// Splits text into word tokens with their byte ranges (whitespace and punctuation are
/// separators), normalized for comparison.
fn words(text: &str) -> Vec<(Range<usize>, String)> {
    crate::text::tokens(text)
        .into_iter()
        .map(|t| (t.offset..t.offset + t.surface.len(), t.lower))
        .collect()
}

/// The words of `a` and of `b` marked as shared or differing, each covering only words
/// (the text between words and function words such as "the" are not listed).
pub fn word_diff(a: &str, b: &str) -> (Vec<Piece>, Vec<Piece>) {
    let wa = words(a);
    let wb = words(b);
    let ka: Vec<&str> = wa.iter().map(|w| w.1.as_str()).collect();
    let kb: Vec<&str> = wb.iter().map(|w| w.1.as_str()).collect();
    let diff = TextDiff::configure().diff_slices(&ka, &kb);
    let (mut pa, mut pb) = (Vec::new(), Vec::new());
    for op in diff.ops() {
        for change in diff.iter_changes(op) {
            match change.tag() {
                ChangeTag::Equal => {
                    if let (Some(i), Some(j)) = (change.old_index(), change.new_index()) {
                        pa.push(Piece {
                            range: wa[i].0.clone(),
                            differs: false,
                        });
                        pb.push(Piece {
                            range: wb[j].0.clone(),
                            differs: false,
                        });
                    }
                }
                ChangeTag::Delete => {
                    if let Some(i) = change.old_index() {
                        pa.push(Piece {
                            range: wa[i].0.clone(),
                            differs: true,
                        });
                    }
                }
                ChangeTag::Insert => {
                    if let Some(j) = change.new_index() {
                        pb.push(Piece {
                            range: wb[j].0.clone(),
                            differs: true,
                        });
                    }
                }
            }
        }
    }
    // Function words are never highlighted, shared or not: they carry no claim; nor are
    // single letters (the "s" of "Germany's", the "N" of "N. J."), digits apart.
    let content = |text: &str, p: &Piece| {
        let word = &text[p.range.clone()];
        let single_letter =
            word.chars().count() == 1 && !word.starts_with(|c: char| c.is_numeric());
        !single_letter && !crate::text::is_stopword(&crate::text::normalize_word(word))
    };
    pa.retain(|p| content(a, p));
    pb.retain(|p| content(b, p));
    pa.sort_by_key(|p| p.range.start);
    pb.sort_by_key(|p| p.range.start);
    (pa, pb)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_diff_never_marks_function_words() {
        let (a, _) = word_diff("He died in the study.", "He was killed in a garden.");
        let text = "He died in the study.";
        let marked: Vec<&str> = a.iter().map(|p| &text[p.range.clone()]).collect();
        assert_eq!(marked, ["died", "study"]);
    }

    fn differing<'a>(text: &'a str, pieces: &[Piece]) -> Vec<&'a str> {
        pieces
            .iter()
            .filter(|p| p.differs)
            .map(|p| &text[p.range.clone()])
            .collect()
    }

    #[test]
    fn word_diff_never_marks_single_letters() {
        let a = "LAKEHURST, N. J., May 6: Germany's ship burned, 3 died.";
        let (pa, _) = word_diff(a, "The ship burned at the field.");
        let marked = differing(a, &pa);
        assert!(!marked.contains(&"N") && !marked.contains(&"J") && !marked.contains(&"s"));
        assert!(
            marked.contains(&"3"),
            "a one-digit number is a value: {marked:?}"
        );
        assert!(marked.contains(&"LAKEHURST"));
    }

    #[test]
    fn word_diff_ice_pick_ice_axe() {
        let a = "The assassin used an ice pick.";
        let b = "The assassin used an ice axe.";
        let (pa, pb) = word_diff(a, b);
        assert_eq!(differing(a, &pa), ["pick"]);
        assert_eq!(differing(b, &pb), ["axe"]);
    }

    #[test]
    fn word_diff_identical_empty_unicode() {
        let (pa, pb) = word_diff("Same words.", "same words");
        assert!(pa.iter().chain(&pb).all(|p| !p.differs));
        let (pa, pb) = word_diff("", "");
        assert!(pa.is_empty() && pb.is_empty());
        let a = "Троцкий умер в 1940 году.";
        let b = "Троцкий умер в 1938 году.";
        let (pa, pb) = word_diff(a, b);
        assert_eq!(differing(a, &pa), ["1940"]);
        assert_eq!(differing(b, &pb), ["1938"]);
    }
}
