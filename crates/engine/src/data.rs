//! Word lists kept as data files under `data/` (one word per line, `#` comments, each
//! file saying where its words come from), read at compile time with `include_str!`.

/// The words of a data file: one per line, trimmed, without comments and blank lines.
pub fn words(text: &'static str) -> Vec<&'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_skip_comments_and_blanks() {
        assert_eq!(words("# about\n\nthe\n  a \n"), ["the", "a"]);
        assert!(words("").is_empty());
    }

    #[test]
    fn word_lists_are_lowercase_and_unique() {
        for (name, text) in [
            ("stopwords", include_str!("../data/stopwords.txt")),
            ("web-furniture", include_str!("../data/web-furniture.txt")),
            ("general-words", include_str!("../data/general-words.txt")),
            ("people", include_str!("../data/people.txt")),
            (
                "sentence-starters",
                include_str!("../data/sentence-starters.txt"),
            ),
        ] {
            let w = words(text);
            assert!(w.len() > 20, "{name}");
            let mut u = w.clone();
            u.sort_unstable();
            u.dedup();
            assert_eq!(u.len(), w.len(), "{name} has a word twice");
            assert!(w.iter().all(|x| *x == x.to_lowercase()), "{name}");
        }
    }
}
