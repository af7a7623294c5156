//! Facets: the kind of question a word helps answer ("deaths", "survivors", "cause"), so
//! that statements answering one question meet even when they share no word: "32 die",
//! "there were 35 fatalities" and "the death toll stood at 33" all speak of deaths.
//!
//! Hand-written because no crate offers such a grouping of words by question; WordNet's
//! synonym sets are narrower (they join "killed" and "slain", not "killed" and "toll").
//! The words live in `data/facets.txt`, with a note on where they come from.

use crate::text::{Stems, normalize_word};
use std::collections::HashMap;
use std::sync::LazyLock;

/// The facet lexicon, one `facet: words` line each.
const FACETS_TXT: &str = include_str!("../data/facets.txt");

/// Facet names, in file order; a facet's id is its index here.
static NAMES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    lines()
        .map(|(name, _)| name.trim_end_matches('='))
        .collect()
});

/// Per facet: whether all its words count one kind of thing (`facet=` in the file).
static ONE_THING: LazyLock<Vec<bool>> =
    LazyLock::new(|| lines().map(|(name, _)| name.ends_with('=')).collect());

/// Term (as [`Stems::term`] makes it) to facet id.
static BY_TERM: LazyLock<HashMap<String, u8>> = LazyLock::new(|| {
    let stems = Stems::default();
    let mut map = HashMap::new();
    for (id, (_, words)) in lines().enumerate() {
        for w in words.split_whitespace() {
            map.entry(stems.term(&normalize_word(w)))
                .or_insert(id as u8);
        }
    }
    map
});

/// Every `name: words` line of the file (facets and the `!` lines).
fn all_lines() -> impl Iterator<Item = (&'static str, &'static str)> {
    FACETS_TXT
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| l.split_once(':'))
        .map(|(n, w)| (n.trim(), w))
}

/// The facet lines, in file order.
fn lines() -> impl Iterator<Item = (&'static str, &'static str)> {
    all_lines().filter(|(n, _)| !n.starts_with('!'))
}

/// Word forms that share a facet word's stem but not its meaning ("lived" and "lives").
static FALSE_FRIENDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    all_lines()
        .filter(|(n, _)| *n == "!false-friends")
        .flat_map(|(_, w)| w.split_whitespace())
        .collect()
});

/// Terms of the words that say when something began ("started", "broke out").
static ONSET: LazyLock<Vec<String>> = LazyLock::new(|| line_terms("!onset"));

/// The terms (as [`Stems::term`] makes them) of the words of one `!name` line.
fn line_terms(name: &str) -> Vec<String> {
    let stems = Stems::default();
    all_lines()
        .filter(|(n, _)| *n == name)
        .flat_map(|(_, w)| w.split_whitespace())
        .map(|w| stems.term(&normalize_word(w)))
        .collect()
}

/// True for a term (as [`Stems::term`] makes it) of a word saying when something began.
pub fn is_onset(term: &str) -> bool {
    ONSET.iter().any(|t| t == term)
}

/// True for a word form (lowercase) that stems like a facet word but is not one: "he
/// lived" is no count of "lives" lost.
pub fn is_false_friend(lower: &str) -> bool {
    FALSE_FRIENDS.contains(&lower)
}

/// The facet of a term, if it has one.
pub fn facet_of(term: &str) -> Option<u8> {
    BY_TERM.get(term).copied()
}

/// True when every word of facet `id` counts the same kind of thing ("died", "killed",
/// "fatalities" all count the dead), so two counts of it may be compared; false for
/// facets whose words count different things ("passengers", "crew").
pub fn counts_one_thing(id: u8) -> bool {
    ONE_THING.get(id as usize).copied().unwrap_or(false)
}

/// The facet of a term when it counts one kind of thing ([`counts_one_thing`]): "died",
/// "rescued", not "passengers".
pub fn one_thing_facet_of(term: &str) -> Option<u8> {
    facet_of(term).filter(|&f| counts_one_thing(f))
}

/// Nouns whose usual sense is a person, from WordNet 3.0 (`scripts/wordnet_people.py`).
const PEOPLE_TXT: &str = include_str!("../data/people.txt");

/// The nouns that count people, as written: the WordNet list (singular) and the
/// `!people` line. Looked up by their written form, not their stem: "islands" stems as
/// "islanders" does.
static PEOPLE: LazyLock<std::collections::HashSet<String>> = LazyLock::new(|| {
    let listed = all_lines()
        .filter(|(n, _)| *n == "!people")
        .flat_map(|(_, w)| w.split_whitespace());
    crate::data::words(PEOPLE_TXT)
        .into_iter()
        .chain(listed)
        .map(normalize_word)
        .collect()
});

/// Terms (as [`Stems::term`] makes them) of the `!people` line: the plain words for
/// people ("people", "persons", "women").
static PLAIN_PEOPLE: LazyLock<Vec<String>> = LazyLock::new(|| line_terms("!people"));

/// True for a term of a plain word for people ("people", "persons"), which says who
/// was counted, not in what role.
pub fn is_plain_people(term: &str) -> bool {
    PLAIN_PEOPLE.iter().any(|t| t == term)
}

/// True for a noun that counts people, given lowercased (`lower`) and as its term (as
/// [`Stems::term`] makes it): "people", "functionaries", and the words of the dead, the
/// hurt, the saved and those aboard.
pub fn counts_people(lower: &str, term: &str) -> bool {
    // the singular of a regular plural: "sailors", "functionaries", "firemen"
    let singulars = [
        lower.strip_suffix('s').map(str::to_owned),
        lower.strip_suffix("es").map(str::to_owned),
        lower.strip_suffix("ies").map(|s| format!("{s}y")),
        lower.strip_suffix("men").map(|s| format!("{s}man")),
    ];
    PEOPLE.contains(lower)
        || singulars.iter().flatten().any(|s| PEOPLE.contains(s))
        || facet_of(term).is_some_and(|f| counts_one_thing(f) || name(f) == "aboard")
}

/// The term of facet `id`'s first word ("die" for the deaths): a word that stands for
/// the facet where a statement names none.
pub fn word_of(id: u8) -> String {
    let first = lines()
        .nth(usize::from(id))
        .and_then(|(_, words)| words.split_whitespace().next())
        .unwrap_or_default();
    Stems::default().term(&normalize_word(first))
}

/// The id of the facet named `name` ("deaths"), if there is one.
pub fn by_name(name: &str) -> Option<u8> {
    NAMES.iter().position(|n| *n == name).map(|i| i as u8)
}

/// The name of the facet of a lowercased word ("died" → "deaths"), if it has one.
pub fn name_of_word(lower: &str) -> Option<&'static str> {
    facet_of(&term_of(lower)).map(name)
}

/// The term of a lowercased word, as the preparation makes it, for rules that read one
/// word outside it (a stemmer per thread, not one per word).
pub(crate) fn term_of(lower: &str) -> String {
    thread_local! {
        static STEMS: Stems = Stems::default();
    }
    STEMS.with(|s| s.term(lower))
}

/// The name of facet `id` ("deaths"); empty for an unknown id.
pub fn name(id: u8) -> &'static str {
    NAMES.get(id as usize).copied().unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facet(word: &str) -> Option<&'static str> {
        facet_of(&Stems::default().term(&normalize_word(word))).map(name)
    }

    #[test]
    fn facet_of_inflected_forms() {
        for w in [
            "died",
            "dies",
            "deaths",
            "Killed",
            "perished",
            "fatalities",
            "deathroll",
        ] {
            assert_eq!(facet(w), Some("deaths"), "{w}");
        }
        for w in ["rescued", "survivors", "saved", "unscathed", "Uninjured"] {
            assert_eq!(facet(w), Some("survivors"), "{w}");
        }
        // (those who rescue are no count of the rescued: "2 teachers and 1 rescuer
        // perished")
        for w in ["rescuer", "rescuers"] {
            assert_eq!(facet(w), None, "{w}");
        }
        assert_eq!(facet("passengers"), Some("aboard"));
        assert_eq!(facet("costs"), Some("damage"));
        let id = |w: &str| facet_of(&Stems::default().term(w)).unwrap();
        assert!(counts_one_thing(id("died")) && counts_one_thing(id("rescued")));
        assert!(!counts_one_thing(id("passengers")));
        assert_eq!(facet("table"), None);
        assert_eq!(facet(""), None);
    }

    #[test]
    fn counts_people_from_wordnet_and_the_facets() {
        let people = |w: &str| {
            let lower = normalize_word(w);
            counts_people(&lower, &Stems::default().term(&lower))
        };
        for w in [
            "functionaries",
            "sailors",
            "lives",
            "victims",
            "passengers",
            "Americans",
            "islanders",
            "women",
            "firemen",
            "dead",
            "Reds",
        ] {
            assert!(people(w), "{w}");
        }
        // a person in a rare sense only, WordNet ranking none of its senses by use
        for w in ["trailers", "torpedoes"] {
            assert!(!people(w), "{w}");
        }
        // "islands" stems as "islanders" does, but names no person
        for w in [
            "families",
            "countries",
            "boats",
            "acres",
            "minutes",
            "islands",
            "",
        ] {
            assert!(!people(w), "{w}");
        }
    }

    #[test]
    fn a_facet_has_a_word_of_its_own() {
        for name in ["deaths", "survivors", "injured"] {
            let id = by_name(name).unwrap();
            assert_eq!(facet_of(&word_of(id)), Some(id), "{name}");
        }
    }

    #[test]
    fn onset_words_by_their_stems() {
        let term = |w: &str| Stems::default().term(&normalize_word(w));
        for w in [
            "started",
            "Began",
            "broke",
            "commenced",
            "beginning",
            "first",
            // when the event happened is when it began ("The fire occurred at 3 a.m.")
            "occurred",
            "happened",
        ] {
            assert!(is_onset(&term(w)), "{w}");
        }
        assert!(!is_onset(&term("ended")) && !is_onset(&term("fire")));
        // The onset line is no list of false friends, and no facet.
        assert!(!is_false_friend("began") && is_false_friend("lived"));
        assert_eq!(facet("began"), None);
        assert_eq!(facet("started"), Some("cause"));
    }

    #[test]
    fn every_word_has_one_facet() {
        let stems = Stems::default();
        let mut seen: HashMap<String, &str> = HashMap::new();
        for (name, words) in lines() {
            for w in words.split_whitespace() {
                let t = stems.term(&normalize_word(w));
                if let Some(prev) = seen.insert(t.clone(), name) {
                    assert_eq!(prev, name, "{w} ({t}) in two facets");
                }
            }
        }
        assert!(NAMES.len() >= 10);
        assert!(
            !NAMES.iter().any(|n| n.starts_with('!')),
            "the ! line is no facet"
        );
        assert!(is_false_friend("lived") && !is_false_friend("lives"));
    }
}
