//! Sourcing: who wrote a source, when, where, for whom. A [`SourceCard`] is filled from
//! what the text itself says (a first line `Source: <title> — <URL>`, the common way pages
//! are saved for a class; a byline; a dateline; a date in the title) and the class edits
//! it ([`crate::Correction::Card`]).

use regex::Regex;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// What kind of source a text is: the first question of sourcing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// Not known (nothing in the text says).
    #[default]
    Unknown,
    /// A primary account: a witness, a letter, a diary, an official record.
    Primary,
    /// A newspaper or news agency.
    Newspaper,
    /// A reference work: an encyclopedia or one of its mirrors.
    Reference,
    /// Scholarship: a historian's book or article.
    Scholarship,
    /// A forum thread or social media.
    Forum,
    /// Anything else: a blog, a school page, an essay site.
    Other,
}

impl SourceKind {
    /// All kinds, in the order a menu shows them.
    pub const ALL: [SourceKind; 7] = [
        SourceKind::Unknown,
        SourceKind::Primary,
        SourceKind::Newspaper,
        SourceKind::Reference,
        SourceKind::Scholarship,
        SourceKind::Forum,
        SourceKind::Other,
    ];

    /// Name shown to readers.
    pub fn label(self) -> &'static str {
        match self {
            SourceKind::Unknown => "kind not known",
            SourceKind::Primary => "primary account",
            SourceKind::Newspaper => "newspaper",
            SourceKind::Reference => "reference work",
            SourceKind::Scholarship => "scholarship",
            SourceKind::Forum => "forum or social media",
            SourceKind::Other => "other",
        }
    }
}

/// What a class knows about one source. Every field may be empty.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SourceCard {
    /// The source's title.
    pub title: String,
    /// Who wrote it.
    pub author: String,
    /// When it was written or published, as the text gives it.
    pub date: String,
    /// Where it was written.
    pub place: String,
    /// Where it comes from: a URL or an archive reference.
    pub origin: String,
    /// What kind of source it is.
    pub kind: SourceKind,
    /// The class's note on purpose and reliability.
    pub note: String,
}

/// How many lines from the top a byline or dateline is looked for in.
const HEAD_LINES: usize = 12;
/// Longest line read for a byline, dateline or date: headings and bylines are short; a
/// date inside a long paragraph is what the text is about, not when it was written.
const HEAD_LINE_CHARS: usize = 160;
/// Longest header (chart column) title, in characters.
pub const SHORT_TITLE_CHARS: usize = 32;

static URL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:https?://|www\.)\S+").expect("valid URL pattern"));
/// A date written out: "7 November 1871", "October 11, 1871", "May 7th, 1937", "Oct. 9, 1871".
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    let month = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";
    Regex::new(&format!(
        r"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{month},?\s+\d{{4}}|{month}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\b"
    ))
    .expect("valid date pattern")
});
/// A date in a URL path: `/1871-10-11/` or `/2016/05/`.
static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"/((?:1[5-9]|20)\d{2})[-/](0[1-9]|1[0-2])(?:[-/](0[1-9]|[12]\d|3[01]))?(?:/|$)")
        .expect("valid URL date pattern")
});
/// A byline: "By Everett Holles", "Written by …", "| by Anna Civil |".
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|\|\s*)(?i:by|written by|author:)\s+((?:[A-Z][\p{L}.'’-]*\s?){1,4})(?:\s*\||\s*$|,)",
    )
    .expect("valid byline pattern")
});
/// A dateline: a place in capitals, then a comma and a date ("LAKEHURST, N. J., May 6").
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([A-Z][A-Z'’ .-]{2,}(?:,\s*[A-Z][A-Za-z. ]{0,12})?),\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d")
        .expect("valid dateline pattern")
});

/// Words of a title, site name or address that say what kind of source it is. General
/// kinds of web page and publication, never a particular one.
const KIND_WORDS: [(SourceKind, &[&str]); 5] = [
    (
        SourceKind::Forum,
        &[
            "forum",
            "reddit",
            "/r/",
            " r/",
            "message board",
            "boards.",
            "community",
            "thread",
            "viewtopic",
            "comments",
            "twitter",
            "facebook",
            "quora",
            "stackexchange",
            "tumblr",
            "discussion",
        ],
    ),
    (
        SourceKind::Reference,
        &[
            "wikipedia",
            "wiki",
            "encyclopedia",
            "encyclopaedia",
            "britannica",
            "dictionary",
            "liquisearch",
            "infoplease",
        ],
    ),
    (
        SourceKind::Scholarship,
        &[
            ".edu/",
            "jstor",
            "doi.org",
            "university",
            "journal of",
            "review of",
            "quarterly",
        ],
    ),
    (
        SourceKind::Primary,
        &[
            "diary",
            "letter",
            "testimony",
            "eyewitness",
            "memoir",
            "interview",
            "transcript",
            "affidavit",
            "inquiry",
            "hearing",
            "speech",
        ],
    ),
    (
        SourceKind::Newspaper,
        &[
            "newspaper",
            "papers past",
            "chronicling",
            "chronicle",
            "herald",
            "times",
            "tribune",
            "gazette",
            "star",
            "post",
            "press",
            "daily",
            "news",
            "journal",
            "independent",
            "courier",
            "dispatch",
            "telegraph",
            "guardian",
            "(ap)",
            "front page",
            "evening",
            "weekly",
        ],
    ),
];

/// Words of [`KIND_WORDS`] that a title uses for other things than its publication.
const AMBIGUOUS_IN_TITLES: [&str; 14] = [
    "news",
    "star",
    "post",
    "press",
    "times",
    "daily",
    "independent",
    "evening",
    "weekly",
    "journal",
    "community",
    "comments",
    "thread",
    "speech",
];

/// The sourcing card a source's own text supports: title, origin and site from a first
/// line `Source: <title> | <site> — <URL>`, the author from a byline, the date from the
/// title, the first lines or the address, the place from a dateline, the kind from the
/// words of the title, site and address. `name` (the file name) is the title when the
/// text gives none.
pub fn infer(name: &str, text: &str) -> SourceCard {
    let mut card = SourceCard::default();
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines.clone().next().unwrap_or("");
    // What says the kind, most reliable first: the site's name, the address, the title.
    let mut kind_clues: Vec<(String, bool)> = Vec::new();
    if let Some(rest) = strip_label(first, "source:") {
        let url = URL.find(rest).map(|m| m.as_str().to_owned());
        let before = match URL.find(rest) {
            Some(m) => &rest[..m.start()],
            None => rest,
        };
        let before = before
            .trim()
            .trim_end_matches(['—', '–', '-', ':', '|'])
            .trim();
        // "<title> | <site>": the last part after a bar names the site.
        let (title, site) = match before.rsplit_once(" | ") {
            Some((t, s)) => (t.trim(), s.trim()),
            None => (before, ""),
        };
        // A part "by <name>" between bars is a byline, not the title.
        card.title = title
            .split(" | ")
            .filter(|part| {
                let p = part.trim_start();
                !p.get(..3).is_some_and(|h| h.eq_ignore_ascii_case("by ")) || p.len() <= 3
            })
            .collect::<Vec<_>>()
            .join(" | ");
        card.origin = match (site.is_empty(), &url) {
            (false, Some(u)) => format!("{site} — {u}"),
            (true, Some(u)) => u.clone(),
            (false, None) => site.to_owned(),
            (true, None) => String::new(),
        };
        // An address's query and article slug repeat the title's words ("…-fake-news-…",
        // "?sq=Facebook"); its host and folders name the site.
        let url_clue: String = url
            .as_deref()
            .unwrap_or("")
            .split(['?', '#'])
            .next()
            .unwrap_or("")
            .split('/')
            .filter(|segment| segment.matches('-').count() < 3)
            .collect::<Vec<_>>()
            .join("/")
            + "/";
        // The title in brackets often names the publication: "(Evening Star, 7 May 1871)".
        let bracketed = title.split_once('(').map_or("", |(_, inside)| inside);
        kind_clues = vec![
            (site.to_lowercase(), false),
            (url_clue.to_lowercase(), false),
            (bracketed.to_lowercase(), false),
            (title.to_lowercase(), true),
        ];
        if let Some(u) = &url
            && let Some(c) = URL_DATE.captures(u)
        {
            card.date = c
                .iter()
                .skip(1)
                .flatten()
                .map(|m| m.as_str())
                .collect::<Vec<_>>()
                .join("-");
        }
        lines.next();
    }
    if card.title.is_empty() {
        card.title = name
            .rsplit_once('.')
            .map_or(name, |(stem, _)| stem)
            .to_owned();
    }
    if let Some(m) = DATE.find(&card.title) {
        card.date = m.as_str().to_owned();
    }
    for line in lines.take(HEAD_LINES) {
        // A dateline opens the article's first paragraph, however long; a byline or a date
        // is only read from a short line (in a paragraph, a date is what the text is about).
        if card.place.is_empty()
            && let Some(c) = DATELINE.captures(line)
        {
            card.place = title_case(c[1].trim());
        }
        if line.chars().count() > HEAD_LINE_CHARS {
            continue;
        }
        if card.author.is_empty()
            && let Some(c) = BYLINE.captures(line)
        {
            card.author = author_of(&c[1]);
        }
        if card.date.is_empty()
            && let Some(m) = DATE.find(line)
        {
            card.date = m.as_str().to_owned();
        }
    }
    if card.author.is_empty()
        && let Some(c) = BYLINE.captures(first)
    {
        card.author = author_of(&c[1]);
    }
    // The site's name says more than the address (a newspaper archive kept by a
    // university is a newspaper), the address more than the title ("Fake News" in a
    // blog post's title).
    card.kind = kind_clues
        .iter()
        .map(|(c, is_title)| kind_of(c, *is_title))
        .find(|k| !matches!(k, SourceKind::Other | SourceKind::Unknown))
        .unwrap_or(if kind_clues.iter().any(|c| !c.0.is_empty()) {
            SourceKind::Other
        } else {
            SourceKind::Unknown
        });
    card
}

/// The title a source declares in a first line `Source: <title> | <site> — <URL>`, as
/// word lists (lowercase letters and digits): the whole title without what it puts in
/// brackets, and each of its parts between bars, dashes and colons, with and without their
/// brackets, each of two words or more. Empty when the text declares no title. A page saved for a class repeats its
/// title as its first heading; such a line is the page's title, not a statement.
pub fn declared_title_words(text: &str) -> Vec<Vec<String>> {
    let Some(first) = text.lines().map(str::trim).find(|l| !l.is_empty()) else {
        return Vec::new();
    };
    let Some(declared) = strip_label(first, "source:") else {
        return Vec::new();
    };
    let title = infer("", text).title;
    let unbracketed: String = {
        let mut depth = 0usize;
        title
            .chars()
            .filter(|&c| {
                match c {
                    '(' | '[' => depth += 1,
                    ')' | ']' => depth = depth.saturating_sub(1),
                    _ => return depth == 0,
                }
                false
            })
            .collect()
    };
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let mut out = vec![words(&unbracketed)];
    let parts = |t: &str| -> Vec<Vec<String>> {
        t.split(" | ")
            .flat_map(|p| p.split(" - "))
            .flat_map(|p| p.split(" — "))
            .flat_map(|p| p.split(": "))
            .map(words)
            .collect()
    };
    out.extend(parts(&unbracketed));
    // (and as written: an archive's title keeps its place in brackets, "Evening
    // star. (Kestrel, Me.) 1854-1972, May 8, 1915, Image 1", and so does the heading under it)
    out.extend(parts(&title));
    // (each part between bars of the line as written whole, its colon kept: "BBC ON THIS
    // DAY | 12 | 1988: 35 dead in Kestrel rail collision — URL" heads its page as "1988: 35
    // dead in …", a part the title read off the line leaves to the site)
    let written = declared.rsplit_once(" — ").map_or(declared, |(t, _)| t);
    out.extend(written.split(" | ").map(words));
    out.retain(|w| w.len() >= 2);
    out.sort();
    out.dedup();
    out
}

/// The name a byline gives, unless it is a day or a month ("By Monday, 300 were dead").
fn author_of(name: &str) -> String {
    let name = name.trim();
    let first = name
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches(['.', ','])
        .to_lowercase();
    if crate::values::is_weekday(&first) || crate::values::is_month_name(&first) {
        String::new()
    } else {
        name.to_owned()
    }
}

/// `line` without its leading `label` (any case), if it starts with it.
fn strip_label<'a>(line: &'a str, label: &str) -> Option<&'a str> {
    let head = line.get(..label.len())?;
    head.eq_ignore_ascii_case(label)
        .then(|| line[label.len()..].trim())
}

/// The first kind whose words the lower-cased title, site and address hold.
/// `title`: the words are a title's, where names like "star" or "news" are more often
/// about the events than the publication; only unambiguous words count there.
fn kind_of(lower: &str, title: bool) -> SourceKind {
    if lower.is_empty() {
        return SourceKind::Unknown;
    }
    KIND_WORDS
        .iter()
        .find(|(_, words)| {
            words
                .iter()
                .filter(|w| !(title && AMBIGUOUS_IN_TITLES.contains(w)))
                .any(|w| {
                    // Words match whole (`star` not in `start`); marks like `r/` anywhere.
                    if w.chars().all(char::is_alphabetic) {
                        lower
                            .split(|c: char| !c.is_alphanumeric())
                            .any(|t| t == *w || t.strip_suffix('s') == Some(w))
                    } else {
                        lower.contains(w)
                    }
                })
        })
        .map_or(SourceKind::Other, |(k, _)| *k)
}

/// "LAKEHURST, N. J." as "Lakehurst, N. J.": a dateline's capitals read as a name.
fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            if w.chars().filter(|c| c.is_alphabetic()).count() <= 2 {
                return w.to_owned();
            }
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f.to_string() + &cs.as_str().to_lowercase(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

impl SourceCard {
    /// The title shortened for a column header ([`SHORT_TITLE_CHARS`]), else `fallback`.
    pub fn short_title(&self, fallback: &str) -> String {
        let t = if self.title.trim().is_empty() {
            fallback
        } else {
            &self.title
        };
        crate::regroup::shorten(t, SHORT_TITLE_CHARS)
    }

    /// Its date and kind, as "May 7, 1937 · newspaper" (empty when it knows neither).
    pub fn date_and_kind(&self) -> String {
        let mut parts = vec![self.date.trim()];
        if self.kind != SourceKind::Unknown {
            parts.push(self.kind.label());
        }
        parts.retain(|p| !p.is_empty());
        parts.join(" · ")
    }

    /// One line for a report or a statement's source: "title · author · date · kind".
    pub fn summary(&self, fallback: &str) -> String {
        let mut parts = vec![self.short_title(fallback)];
        for p in [&self.author, &self.date, &self.place] {
            if !p.trim().is_empty() {
                parts.push(p.trim().to_owned());
            }
        }
        if self.kind != SourceKind::Unknown {
            parts.push(self.kind.label().to_owned());
        }
        parts.join(" · ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_line_with_site_and_url() {
        let c = infer(
            "x.txt",
            "Source: GREAT FIRE. (Evening Star, 7 November 1871) | Papers Past — https://example.org/n/AS1871\n\nGREAT FIRE.\n",
        );
        assert_eq!(c.title, "GREAT FIRE. (Evening Star, 7 November 1871)");
        assert_eq!(c.origin, "Papers Past — https://example.org/n/AS1871");
        assert_eq!(c.date, "7 November 1871");
        assert_eq!(c.kind, SourceKind::Newspaper);
    }

    #[test]
    fn byline_dateline_and_url_date() {
        let c = infer(
            "x.txt",
            "Source: Ship burns | Some Site — https://example.com/2016/05/ship.html\n\
             SHIP BURNS\nBy Jane Q. Writer\nPORTSMOUTH, Eng., May 6 — The ship burned.\n",
        );
        assert_eq!(c.author, "Jane Q. Writer");
        assert_eq!(c.place, "Portsmouth, Eng.");
        let long = format!(
            "Source: Ship burns | Site — https://example.com/a\nPORTSMOUTH, Eng., May 6 — {}",
            "The ship burned at her moorings while the crowd watched. ".repeat(5)
        );
        assert_eq!(
            infer("x.txt", &long).place,
            "Portsmouth, Eng.",
            "a dateline opens a paragraph"
        );
        assert_eq!(c.date, "2016-05");
        assert_eq!(c.kind, SourceKind::Other);
    }

    #[test]
    fn kinds_from_words_not_parts_of_words() {
        assert_eq!(kind_of("a thread : r/history", false), SourceKind::Forum);
        assert_eq!(
            kind_of("the fire (wikipedia mirror)", false),
            SourceKind::Reference
        );
        assert_eq!(kind_of("how it started | a blog", false), SourceKind::Other);
        assert_eq!(kind_of("", false), SourceKind::Unknown);
        assert_eq!(kind_of("the start of the fire", false), SourceKind::Other);
        assert_eq!(kind_of("fake news about the fire", true), SourceKind::Other);
        assert_eq!(kind_of("front page: the fire", true), SourceKind::Newspaper);
    }

    #[test]
    fn title_and_site_before_the_address() {
        let c = infer(
            "x.txt",
            "Source: Estimate of the toll (OCR text) | State Newspaper Archive — https://news.example.edu/lccn/1915/ocr/\n",
        );
        assert_eq!(
            c.kind,
            SourceKind::Newspaper,
            "not forum for ocr/, not scholarship for .edu"
        );
        let c = infer(
            "x.txt",
            "Source: County Paper | Hoosier Chronicles — https://x.org/\n",
        );
        assert_eq!(c.kind, SourceKind::Newspaper, "a plural counts");
        let c = infer(
            "x.txt",
            "Source: Confessions of Fake News | by A. Writer | Medium — https://a.medium.com/confessions-of-fake-news-a1b2\n",
        );
        assert_eq!(
            c.kind,
            SourceKind::Other,
            "the site before words of the title"
        );
        let c = infer(
            "x.txt",
            "Source: The Fire (Wikipedia mirror) — https://m.example.com/wiki/view.php?q=Fire&sq=Facebook\n",
        );
        assert_eq!(c.kind, SourceKind::Reference, "not the query's words");
        let c = infer("x.txt", "Source: Notes — https://www.jstor.org/stable/1\n");
        assert_eq!(
            c.kind,
            SourceKind::Scholarship,
            "the address when the title says nothing"
        );
    }

    #[test]
    fn a_date_in_a_long_paragraph_is_not_the_sources_date() {
        let long = format!(
            "Some writer said on Jun 27, 2017 that {}.",
            "the war was long and hard ".repeat(10)
        );
        assert_eq!(infer("x.txt", &long).date, "");
        assert_eq!(
            infer("x.txt", "Monday, April 18, 2016\n\nThe fire.").date,
            "April 18, 2016"
        );
    }

    #[test]
    fn no_source_line_keeps_the_file_name() {
        let c = infer("notes.txt", "He died in 1940.\n");
        assert_eq!(c.title, "notes");
        assert_eq!(c.kind, SourceKind::Unknown);
        assert!(c.origin.is_empty() && c.author.is_empty() && c.date.is_empty());
        let empty = infer("", "");
        assert_eq!(empty.title, "");
    }

    #[test]
    fn medium_style_byline_in_the_title_line() {
        let c = infer(
            "x.txt",
            "Source: Reporter Confesses | by Anna Civil | Medium — https://a.medium.com/x\n\nText.\n",
        );
        assert_eq!(c.author, "Anna Civil");
        assert_eq!(c.title, "Reporter Confesses");
    }

    #[test]
    fn declared_title_and_its_parts() {
        let t = declared_title_words(
            "Source: GREAT FIRE. (Evening Star, 7 May 1871) | Papers Past — https://x.org/a\n\nGREAT FIRE.\n",
        );
        assert!(t.contains(&vec!["great".to_owned(), "fire".to_owned()]));
        let bracket: Vec<String> = ["evening", "star", "7", "may", "1871"]
            .map(str::to_owned)
            .to_vec();
        assert!(!t.contains(&bracket), "no bracket alone");
        // the whole title as written too, brackets and all
        let t = declared_title_words(
            "Source: Kestrel daily bee. (Kestrel [Me.]) 1871-1922, May 8, 1915, Image 1 | Archive — https://x.org/a\n",
        );
        let written = "kestrel daily bee kestrel me 1871 1922 may 8 1915 image 1";
        assert!(t.contains(&written.split(' ').map(str::to_owned).collect()));
        let t = declared_title_words("Source: The Fire - Origin | Site — https://x.org\n");
        assert!(t.contains(&vec!["the".to_owned(), "fire".to_owned()]));
        // a part between bars whole, with its colon
        let t = declared_title_words(
            "Source: ON THIS DAY | 12 | 1988: 35 dead in Kestrel rail collision — https://x.org\n",
        );
        let part = "1988 35 dead in kestrel rail collision";
        assert!(t.contains(&part.split(' ').map(str::to_owned).collect()));
        assert!(declared_title_words("He died.\nSource: A B — https://x.org").is_empty());
        assert!(declared_title_words("").is_empty());
    }

    #[test]
    fn no_author_from_a_day_and_no_scholarship_from_edu_inside_a_name() {
        assert_eq!(
            infer("x.txt", "The fire.\nBy Monday, 300 were dead\n").author,
            ""
        );
        let c = infer(
            "x.txt",
            "Source: Notes | Blog — https://www.edublogs.org/a\n",
        );
        assert_eq!(c.kind, SourceKind::Other);
        let c = infer(
            "x.txt",
            "Source: Notes | Dept — https://history.state.edu/notes\n",
        );
        assert_eq!(c.kind, SourceKind::Scholarship);
    }

    #[test]
    fn titles_with_letters_of_several_bytes_never_panic() {
        for line in [
            "Source: O’Leary’s Barn — https://example.org/x",
            "Source: Убийство Троцкого | Сайт — https://example.org/y",
            "Source: Ωμέγα | by Ζήνων | Site — https://example.org/z",
            "Source: ’’’ | ’ — ",
            "Source: by",
        ] {
            let c = infer("x.txt", line);
            assert!(!c.title.is_empty() || line.ends_with("by"), "{line}: {c:?}");
            let _ = declared_title_words(line);
        }
        assert_eq!(
            infer("x.txt", "Source: Ωμέγα | by Ζήνων | Site — https://e.org").title,
            "Ωμέγα"
        );
    }

    #[test]
    fn summary_skips_empty_fields() {
        let c = SourceCard {
            title: "A title".into(),
            date: "1871".into(),
            kind: SourceKind::Newspaper,
            ..SourceCard::default()
        };
        assert_eq!(c.summary("f"), "A title · 1871 · newspaper");
        assert_eq!(SourceCard::default().summary("file"), "file");
    }
}
