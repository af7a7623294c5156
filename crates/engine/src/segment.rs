//! Sentence segmentation: splitting a source text into statements with exact spans.
//!
//! Written by hand because the available splitters (UAX #29 sentence bounds in
//! `unicode-segmentation`, regex splitters) know neither abbreviations nor the page titles
//! and site names that scraped text glues between sentences ("... - HISTORY Thanks for
//! ..."). The passes, each on the pieces of the previous one:
//! 1. lines: a blank line, or a line break before a bullet, always ends a statement; so
//!    does any line break of text that is not hard-wrapped, unless the next line goes on
//!    in lowercase (list lines, headings, infobox rows and post metadata stand alone);
//! 2. sentence punctuation (`. ! ? …` and CJK `。！？`) followed by a plausible sentence
//!    start, except after abbreviations, initials and inside decimals or times;
//! 3. glued furniture: a title with a site name (`Title - Site Next sentence`, `Title |
//!    Site`, `Question? : r/forum - reddit`) and a number glued to a new sentence
//!    (`Sorted by: 42 In ...`) are cut where the prose starts again;
//! 4. a length bound: a piece longer than [`MAX_STATEMENT_BYTES`] is cut at the best soft
//!    break (line break, `;`, `:`, `,`, space) so that text without punctuation still yields
//!    statements of bounded length.

use crate::text::is_sentence_starter;
use std::ops::Range;

/// Longest statement, in bytes, before the length bound cuts it.
pub const MAX_STATEMENT_BYTES: usize = 1200;

/// Splits `text` into statement byte ranges: ordered, non-overlapping, on char boundaries,
/// trimmed of surrounding whitespace, never empty.
pub fn split(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let source_line = first_line(text.trim_start()).trim_end();
    let source_line = source_line.starts_with("Source:").then_some(source_line);
    let posters = posters(text);
    for para in paragraphs(text, &posters) {
        // (a poster's name opening a line is a statement of its own: "riverrat18:")
        let para = match poster_end(&text[para.clone()], &posters) {
            Some(end) => {
                out.push(para.start..para.start + end);
                match trim(text, para.start + end..para.end) {
                    Some(rest) => rest,
                    None => continue,
                }
            }
            None => para,
        };
        // "Source: <page title> — <URL>", the line classes save pages with, is one
        // citation however many full stops its title holds; so is its title repeated
        // on a line of its own below it ("Evening star. (Kestrel, Me.) 1854-1972, May
        // 8, 1915, Image 1", as an archive heads its page).
        let line = &text[para.clone()];
        let title_again = || {
            line.split_whitespace().nth(2).is_some()
                && source_line.is_some_and(|s| s.contains(line))
        };
        if !line.contains('\n') && (line.starts_with("Source:") || title_again()) {
            bound_length(text, para, &mut out);
            continue;
        }
        // A list's line is one statement, however many full stops it holds ("— 92  Holen.
        // “The History of Accident Rates.” In Simon 1995, p. 102.": a figure and who gave
        // it), unless it holds sentences of prose ([`prose_sentences`]); kept to a
        // statement's length, as a book pasted on one line is no list's line.
        if !line.contains('\n')
            && line.len() <= MAX_STATEMENT_BYTES
            && (is_list_line(line) || is_numbered_reference(line))
            && !prose_sentences(text, &para)
        {
            for glued in glue_split(text, para) {
                for piece in url_split(text, glued) {
                    bound_length(text, piece, &mut out);
                }
            }
            continue;
        }
        for sent in punctuation_split(text, para) {
            for deck in deck_split(text, sent) {
                for glued in glue_split(text, deck) {
                    for captioned in gallery_split(text, glued) {
                        for piece in url_split(text, captioned) {
                            for signed in signature_split(text, piece) {
                                bound_length(text, signed, &mut out);
                            }
                        }
                    }
                }
            }
        }
    }
    join_stray_marks(text, out)
}

/// A mark of punctuation alone ("." after a full stop OCR doubled, ".. Others sprang
/// overboard", "» " at a line's end) says nothing on its own: it joins the sentence on its
/// line, the next when that opens on the same line, else the one before. Rules of dashes
/// or equals signs stay lines of their own.
fn join_stray_marks(text: &str, pieces: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let stray = |r: &Range<usize>| {
        let t = &text[r.clone()];
        t.chars().filter(|c| !c.is_whitespace()).count() <= 3
            && t.chars().all(|c| {
                c.is_whitespace()
                    || matches!(
                        c,
                        '.' | ',' | '!' | '?' | '»' | '«' | '…' | ':' | ';' | '~' | '•'
                    )
            })
    };
    let same_line = |a: usize, b: usize| !text[a..b].contains('\n');
    let mut out: Vec<Range<usize>> = Vec::with_capacity(pieces.len());
    // (marks waiting for the sentence after them on their line, from where they start:
    // ". . The dam broke" is two marks and a sentence)
    let mut waiting: Option<usize> = None;
    let mut iter = pieces.into_iter().peekable();
    while let Some(r) = iter.next() {
        let start = waiting.unwrap_or(r.start);
        if stray(&r) {
            if let Some(next) = iter.peek()
                && same_line(r.end, next.start)
                && next.end - start <= MAX_STATEMENT_BYTES
            {
                waiting = Some(start);
                continue;
            }
            if let Some(prev) = out.last_mut()
                && same_line(prev.end, start)
                && r.end - prev.start <= MAX_STATEMENT_BYTES
            {
                prev.end = r.end;
                waiting = None;
                continue;
            }
        }
        waiting = None;
        out.push(start..r.end);
    }
    out
}

/// Where a lead glued to the sentence after it ends, if a piece opens with one: a
/// picture's file name, as a copied page keeps a picture it lost ("4411_2290_8812_nOn
/// Monday, …": digits in three groups or more joined by underscores, maybe a letter after
/// the last one), or a blog's comment buttons ("ReplyDeleteSad to hear it …", as a copied
/// Blogger page runs them together).
fn glued_lead(s: &str) -> Option<usize> {
    const BUTTONS: &str = "ReplyDelete";
    if s.starts_with(BUTTONS)
        && s[BUTTONS.len()..].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    {
        return Some(BUTTONS.len());
    }
    // a link back glued to what follows it ("«ReturnLOWPORT, Monday Night.")
    const BACK: &str = "«Return";
    if s.starts_with(BACK) && s[BACK.len()..].starts_with(char::is_uppercase) {
        return Some(BACK.len());
    }
    // a page's date stamp, as a copied page's metadata runs into its first sentence
    // ("date 2017-11-28 Last year's …")
    if let Some(stamp) = date_stamp_len(s)
        && s[stamp..].trim_start().starts_with(char::is_uppercase)
    {
        return Some(stamp);
    }
    let b = s.as_bytes();
    let mut k = 0;
    let mut groups = 0;
    while k < b.len() && b[k].is_ascii_digit() {
        while k < b.len() && b[k].is_ascii_digit() {
            k += 1;
        }
        groups += 1;
        if k + 1 < b.len() && b[k] == b'_' && b[k + 1].is_ascii_digit() {
            k += 1;
        } else {
            break;
        }
    }
    if k + 1 < b.len() && b[k] == b'_' && b[k + 1].is_ascii_lowercase() {
        k += 2;
    }
    (groups >= 3 && s[k..].starts_with(char::is_uppercase)).then_some(k)
}

/// The length of a page's date stamp opening `s` ("date 2017-11-28"), if it opens with
/// one: the lowercase word and an ISO date.
pub(crate) fn date_stamp_len(s: &str) -> Option<usize> {
    let rest = s.strip_prefix("date ")?;
    let b = rest.as_bytes();
    let shape = b.len() >= 10
        && b[..10].iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
        && b.get(10).is_none_or(|c| c.is_ascii_whitespace());
    shape.then_some("date ".len() + 10)
}

/// Where a wiki talk page's signature closing `s` starts, if it closes with one: a user's
/// name (up to three words before "(talk)", one without it; maybe dashes before it), a
/// time, a day and "(UTC)", maybe "[reply]" ("… in the report Kestrel99 (talk) 23:13, 8
/// November 2010 (UTC)[reply]"). A talk page runs each post's signature into its last
/// sentence.
pub(crate) fn signature_start(s: &str) -> Option<usize> {
    static SIGNATURE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?:(?:--|—|–)\s*)?(?:(?:[A-Z][^\s()]*\s+){0,2}[^\s()]+\s+\(talk(?:\s*[|•·]\s*contribs)?\)|[^\s()]+)\s+\d{1,2}:\d{2},\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s+\(UTC\)(?:\s*\[reply\])?\s*$",
        )
        .expect("valid regex")
    });
    SIGNATURE.find(s).map(|m| m.start())
}

/// Cuts a talk page's signature ([`signature_start`]) from the post it closes.
fn signature_split(text: &str, piece: Range<usize>) -> Vec<Range<usize>> {
    let s = &text[piece.clone()];
    match signature_start(s) {
        Some(k) if !s[..k].trim().is_empty() => {
            vec![piece.start..piece.start + k, piece.start + k..piece.end]
        }
        _ => vec![piece],
    }
}

/// Cuts a web address that opens a piece from the sentence after it ("https://ex.am/3Q
/// The stairs were …"): a link pasted between two sentences is no part of either; so are
/// a blog's comment buttons glued to a comment ("ReplyDeleteThe …").
fn url_split(text: &str, piece: Range<usize>) -> Vec<Range<usize>> {
    let s = &text[piece.clone()];
    let opens = |p: &str| {
        s.as_bytes()
            .get(..p.len())
            .is_some_and(|b| b.eq_ignore_ascii_case(p.as_bytes()))
    };
    if let Some(k) = glued_lead(s) {
        return vec![piece.start..piece.start + k, piece.start + k..piece.end];
    }
    if !(opens("http://") || opens("https://") || opens("www.")) {
        return vec![piece];
    }
    let Some(end) = s.find(char::is_whitespace) else {
        return vec![piece];
    };
    let rest = s[end..].trim_start();
    if !rest.starts_with(char::is_uppercase) || rest.split_whitespace().nth(1).is_none() {
        return vec![piece];
    }
    let next = piece.start + (s.len() - rest.len());
    vec![piece.start..piece.start + end, next..piece.end]
}

/// A page's gallery flattened into one line, its captions run together, each closed by
/// its picture's year in brackets ("Drury Lane on fire (1809) Kroll's Lokal, Berlin (c
/// 1851) The Estates Theatre on fire (1887) …"): cut after each such bracket that a word
/// with a capital follows, when the piece holds [`GALLERY_CAPTIONS`] of them or more. (One
/// in prose, "the Act (1887) The …", is left alone.)
fn gallery_split(text: &str, piece: Range<usize>) -> Vec<Range<usize>> {
    let s = &text[piece.clone()];
    // (the cheap test first: this runs for every piece)
    if s.matches(") ").count() < GALLERY_CAPTIONS {
        return vec![piece];
    }
    // A year in a short bracket closing at byte `close` of `s`.
    let dated_bracket = |close: usize| {
        // (looked for a short way back: a long line of brackets is read in linear time)
        let from = floor_char_boundary(s, close.saturating_sub(GALLERY_BRACKET_BYTES));
        s[from..close].rfind('(').is_some_and(|open| {
            s[from + open + 1..close]
                .split(|c: char| !c.is_ascii_digit())
                .any(crate::noise::is_year)
        })
    };
    // (a gallery's line ends on its last caption's bracket: "Other disasters include
    // Ibrox (1971) Bradford (1985) Heysel (1985) Hillsborough (1989) where 97 died." is a
    // sentence of prose)
    let end = s.trim_end();
    if !(end.ends_with(')') && dated_bracket(end.len() - 1)) {
        return vec![piece];
    }
    let mut cuts = Vec::new();
    let mut from = 0;
    while let Some(close) = s[from..].find(") ").map(|i| from + i) {
        from = close + 2;
        if dated_bracket(close) && s[close + 2..].starts_with(char::is_uppercase) {
            cuts.push(close + 1);
        }
    }
    if cuts.len() < GALLERY_CAPTIONS {
        return vec![piece];
    }
    let mut out = Vec::new();
    let mut start = 0;
    for cut in cuts {
        if let Some(r) = trim(text, piece.start + start..piece.start + cut) {
            out.push(r);
        }
        start = cut;
    }
    if let Some(r) = trim(text, piece.start + start..piece.end) {
        out.push(r);
    }
    out
}

/// Fewest captions closed by a year in brackets that make a piece a flattened gallery
/// ([`gallery_split`]).
const GALLERY_CAPTIONS: usize = 3;

/// Longest bracket, in bytes with its opening mark, that [`gallery_split`] reads a
/// caption's year in ("(c 1823/24)", "(perspective section, 1893)").
const GALLERY_BRACKET_BYTES: usize = 32;

/// Trims whitespace from both ends of `r`; `None` if nothing is left.
fn trim(text: &str, r: Range<usize>) -> Option<Range<usize>> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    if t.is_empty() {
        None
    } else {
        Some(r.start + lead..r.start + lead + t.len())
    }
}

/// True when the list line at `para` holds two sentences of prose or more, five words
/// each at least ("- A hillside along the river holds a secret. It was there that the
/// worst disaster in the state occurred."): annotators cut such a bullet at its sentences
/// (three of three on the thirty-eight annotated sets), while a line of a citation or a
/// name with initials ("- Smith, J. Mill Fires. 1990, p. 31.", "- Joseph F. Farley")
/// stays whole.
fn prose_sentences(text: &str, para: &Range<usize>) -> bool {
    let pieces = punctuation_split(text, para.clone());
    pieces.len() >= 2
        && pieces.iter().all(|r| {
            let piece = &text[r.clone()];
            // (the bullet is no word; a citation's title and publisher are capitals:
            // prose has three words in small letters at least)
            let words: Vec<&str> = piece
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .collect();
            let small = words
                .iter()
                .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
                .count();
            words.len() >= 5 && small >= 3 && piece.trim_end().ends_with(['.', '!', '?', '"', '”'])
        })
}

/// Pass 1: cut at blank lines, before bulleted lines, and at every line break that ends a
/// line of its own (a heading, a list line, a table row, a post's metadata) rather than
/// wrapping a sentence onto the next line (see [`is_hard_wrapped`] and [`line_continues`]).
fn paragraphs(text: &str, posters: &[&str]) -> Vec<Range<usize>> {
    let width = wrap_width(text);
    let wrapped = width.is_some();
    let mut out = Vec::new();
    let mut start = 0;
    let mut line_start = 0;
    // Whether the current line is page furniture (wrapped text only; see below).
    let mut line_furniture = wrapped && is_wrapped_furniture(first_line(text));
    let bytes = text.as_bytes();
    // Lines of a table's row broken over lines still to come ([`row_lines_after`]), and
    // whether the last row was a record's field ("Birth Place:" over its value).
    let mut row_left = 0;
    let mut after_field = false;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\n' || bytes[i] == b'\r' {
            // Look past this line break for another one (blank line) or a bullet.
            let mut j = i + 1;
            if bytes[i] == b'\r' && j < bytes.len() && bytes[j] == b'\n' {
                j += 1;
            }
            // (a form feed, a PDF's page break, is blank too)
            let mut k = j;
            while k < bytes.len() && matches!(bytes[k], b' ' | b'\t' | b'\x0c') {
                k += 1;
            }
            let blank = k < bytes.len() && (bytes[k] == b'\n' || bytes[k] == b'\r');
            let line = &text[line_start..i];
            let next = &text[k..];
            let bullet = opens_list_item(line, next);
            // A row of a table pasted with tabs ("Deaths\t240") is a line of its own, in
            // wrapped text too.
            // (A tab that indents a paragraph's first line is no cell break.)
            let row = line.trim().contains('\t') || first_line(next).trim().contains('\t');
            let line_end = match width {
                None => !line_continues(line, next),
                // The "Source:" line a class saves a page with ends at its line break.
                Some(_) if line_start == 0 && line.starts_with("Source:") => true,
                Some(width) => {
                    is_label_line(line, next, width)
                        || (width <= OCR_COLUMN_WIDTH && opens_after_lost_end(line, next))
                        || ended_short(line, next, width)
                }
            };
            // In wrapped text a line of page furniture ("By Associated Press,") is a line
            // of its own: it ends the line above and its own.
            let furniture = wrapped && {
                let next_furniture = is_wrapped_furniture(first_line(next));
                let own = std::mem::replace(&mut line_furniture, next_furniture);
                own || next_furniture || is_running_head(line, next)
            };
            // In wrapped text a line in capitals is a headline's deck of its own ("HUNDREDS
            // HOMES SWEPT INTO\nTHE VALLEY BELOW"), as each printed line of
            // a stack is read, and it ends the line above it.
            let caps = wrapped && (in_capitals(line) || in_capitals(first_line(next)));
            // A page copied with its HTML line breaks ("killed 41 and 112<br />\n\ninjured,
            // in …"): the tag, not the blank line after it, is where the printed line
            // ended; the sentence goes on unless it ended before the tag.
            let tagged = ["<br />", "<br/>", "<br>"]
                .iter()
                .find_map(|t| line.trim_end().strip_suffix(t));
            if let Some(before) = tagged {
                // (past the blank lines, to the next line's text)
                let mut m = i;
                while m < bytes.len() && bytes[m].is_ascii_whitespace() {
                    m += 1;
                }
                // (a heading, an address, a date on its line ends there: only a line of
                // prose, or one ending in a lowercase word, runs on)
                let before = before.trim_end();
                let runs_on = next.trim_start().starts_with(char::is_lowercase)
                    || (before.split_whitespace().count() >= 6 && !headline_style(before))
                    || before
                        .rsplit(char::is_whitespace)
                        .next()
                        .is_some_and(|w| w.starts_with(char::is_lowercase));
                if !runs_on || before.ends_with(['.', '!', '?', ':', '"', '”', ')']) {
                    out.extend(trim(text, start..i));
                    start = m;
                }
                i = m;
                line_start = m;
                line_furniture = wrapped && is_wrapped_furniture(first_line(&text[m..]));
                continue;
            }
            // A sentence one blank line breaks goes on past it (a page saved with a blank
            // line after every printed line; a paper's column broken mid-sentence):
            // "… the worst ever accident, \n\nuntil the Lowport disaster …".
            // (the line is tested first: inside a run of blank lines it is empty, and
            // the scan past the run is made once, not once per blank line)
            if blank && !line.trim().is_empty() && !row && !caps && !furniture {
                let mut m = k;
                while m < bytes.len() && bytes[m].is_ascii_whitespace() {
                    m += 1;
                }
                let breaks = text[i..m].matches('\n').count();
                let next_line = first_line(&text[m..]);
                if breaks == 2
                    && poster_end(next_line, posters).is_none()
                    && runs_on_past_blank(line, next_line)
                {
                    i = m;
                    line_start = m;
                    line_furniture = wrapped && is_wrapped_furniture(first_line(&text[m..]));
                    continue;
                }
            }
            // A web address or a rule ("=========") on a line of its own is a line of its
            // own, in wrapped text too: it ends the line above and its own.
            let lone = stands_alone(line) || stands_alone(first_line(next));
            // (a line a poster's name opens is a post of its own)
            let posted = poster_end(next, posters).is_some();
            // (the row's last line ends it and opens no row: "Westshire |" under
            // "county:- |" is a value, not the next row's key)
            let row_end = row_left == 1;
            let in_row = if row_left > 0 {
                row_left -= 1;
                row_left > 0
            } else {
                row_left = if blank {
                    0
                } else {
                    row_lines_after(line, next, after_field && !wrapped, !wrapped)
                };
                row_left > 0
            };
            // (whether a record's field, key and colon over its value, ended at this line)
            after_field =
                row_end && line.trim_end().ends_with(|c: char| c != '|') || (in_row && after_field);
            let ends = blank
                || bullet
                || row
                || line_end
                || furniture
                || caps
                || lone
                || posted
                || row_end;
            if ends && !in_row {
                out.extend(trim(text, start..i));
                start = k;
            }
            i = j.max(i + 1);
            line_start = i;
        } else {
            i += 1;
        }
    }
    out.extend(trim(text, start..text.len()));
    out
}

/// Most words of a table's key on a line of its own ([`row_lines_after`]).
const ROW_KEY_WORDS: usize = 5;

/// Keys of a citation's labels, each over its value ("Publication:" over a paper's name,
/// "Page:" over its number): the page's furniture, no record's fields.
const CITATION_KEYS: &[&str] = &[
    "publication",
    "page",
    "pages",
    "source",
    "newspaper",
    "edition",
];

/// Most words of a record's value under its key and colon ([`row_lines_after`]).
const ROW_VALUE_WORDS: usize = 8;

/// How many more lines belong to the table row `line` opens, when a page copied from a
/// wiki mirror broke the row's key from its value: 1 for a key and its bar over the value
/// ("Time |" over "3:44 pm (0244 UTC) |"), 2 for a key, a bar alone and the value
/// ("Attack type", "|", "Arson, mass murder |"); else 0. The value is one cell closed by a
/// bar: under a key, a row with a key and a value of its own ("Deaths | 12 |") makes the
/// key a section's heading. Where `fields` (text not hard-wrapped), also 1 for a record's
/// key and colon over its short value ("Birth Place:" over "Lowport"), in a record of such
/// fields: another key follows the value, or one came just before (`after_field`).
fn row_lines_after(line: &str, next: &str, after_field: bool, fields: bool) -> usize {
    // (a cell with a letter or a figure, closed by the line's one bar)
    // (not a key itself, closed by its colon: "Brit Quote: |" over "On this day: |")
    let value = |l: &str| {
        l.trim().strip_suffix('|').is_some_and(|v| {
            !v.contains('|') && v.contains(char::is_alphanumeric) && !v.trim_end().ends_with(':')
        })
    };
    let key = |k: &str| {
        let k = k.trim();
        let words = k.split_whitespace().count();
        (1..=ROW_KEY_WORDS).contains(&words)
            && !k.contains('|')
            && k.contains(char::is_alphabetic)
            && !k.ends_with(['.', '!', '?', ','])
            // (a wiki's heading in its marks, "== Inquiry == |", each over the next)
            && !k.starts_with('=')
    };
    let first = first_line(next);
    let line = line.trim();
    // (a value that is itself an infobox's key opens the next row: "Casualties |" over
    // "Deaths |" over "87 |" is a heading over a broken row)
    let next_key = || crate::noise::is_infobox_key_alone(first.trim().trim_end_matches('|'));
    if let Some(k) = line.strip_suffix('|') {
        return usize::from(key(k) && value(first) && !next_key());
    }
    // A record's key closed by a colon over its short value ("Birth Place:" over
    // "Lowport, Westshire"), as a memorial site lists a person's fields; not a speaker
    // over a sentence ("He said:" over "We had no idea."), nor a key over a key.
    if let Some(k) = line.strip_suffix(':').filter(|_| fields) {
        let v = first.trim();
        // (a key in title case, or of two words: "Place of Death", "Birth name"; not a
        // sentence's opening, "The following were killed:")
        const LITTLE: &[&str] = &["of", "to", "the", "and", "in", "at", "on", "for", "by"];
        let words: Vec<&str> = k.split_whitespace().collect();
        let titled = words.len() <= 2
            || words
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) || LITTLE.contains(w));
        // (the key as the noise rules read a record's field, so the joined pair is a row)
        let field = crate::noise::is_field_key(k)
            && key(k)
            && titled
            && !k.contains(':')
            && !v.is_empty()
            && v.split_whitespace().count() <= ROW_VALUE_WORDS
            && !v.ends_with(['.', '!', '?', ':', '"', '”', '|'])
            && !v.starts_with(['-', '•', '*', '"', '“'])
            && !CITATION_KEYS.contains(&k.trim().to_lowercase().as_str());
        // (in a record of such fields: another key follows the value, or a field came just
        // before; a lone "Publication:" over a paper's name is a citation's label)
        // (the very next line: "\r\n" or one line feed, no blank line)
        let third = next
            .get(first.len()..)
            .and_then(|r| {
                r.strip_prefix("\r\n")
                    .or_else(|| r.strip_prefix(['\n', '\r']))
            })
            .map(first_line)
            .unwrap_or("")
            .trim();
        let record = after_field
            || third
                .strip_suffix(':')
                .is_some_and(|k| key(k) && !k.contains(':'));
        return usize::from(field && record);
    }
    let second = next
        .get(first.len()..)
        .map(|r| first_line(r.trim_start_matches(['\r', '\n'])))
        .unwrap_or("");
    // (only one line break between: "Non-fatal injuries\n|\n6 |")
    let close = next.get(first.len()..).is_some_and(|r| {
        let r = r
            .strip_prefix("\r\n")
            .or_else(|| r.strip_prefix(['\n', '\r']));
        r.is_some_and(|r| !r.starts_with(['\n', '\r']))
    });
    if key(line) && first.trim() == "|" && close && value(second) {
        2
    } else {
        0
    }
}

/// Fewest words of a line that a blank line breaks for its sentence to run on past it
/// ([`runs_on_past_blank`]): a heading or a label is shorter.
const RUN_ON_WORDS: usize = 5;

/// True when the sentence of `line` goes on at `next`, past a blank line: `line` is prose
/// ([`RUN_ON_WORDS`] words or more) ending in a word, a figure or a comma, not an address;
/// `next` opens on a lowercase word and is no poster's "… wrote:" nor page furniture
/// ("permalink embed save report reply"). Two lines of a thread's chatter without stops
/// run on only when the first ends on a comma or a little word ("… above for", "… that
/// the"): a sentence cut there cannot have ended.
fn runs_on_past_blank(line: &str, next: &str) -> bool {
    let line = line.trim_end();
    let next = next.trim();
    let Some(last) = line.split_whitespace().next_back() else {
        return false;
    };
    let Some(first) = next.split_whitespace().next() else {
        return false;
    };
    line.split_whitespace().nth(RUN_ON_WORDS - 1).is_some()
        && line.ends_with(|c: char| c.is_alphanumeric() || c == ',')
        && !crate::text::is_address(last)
        && !last.contains("://")
        && first.starts_with(|c: char| c.is_lowercase())
        && first
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        && !next.ends_with(':')
        && !is_list_line(next)
        && !is_furniture_line(next)
        && (line.ends_with(',')
            || crate::text::is_stopword(&last.to_lowercase())
            || (line.split_whitespace().nth(2 * RUN_ON_WORDS - 1).is_some()
                && next.split_whitespace().nth(RUN_ON_WORDS - 1).is_some()))
}

/// Fewest lines one name must open, with a colon, to be a poster's: a photo album's or a
/// comment log's ("riverrat18: Soldiers stand on the tower").
const POSTER_LINES: usize = 3;

/// The names of the posters of `text`, sorted: a word ending in a colon that opens
/// [`POSTER_LINES`] lines or more and reads as a user name, not a key nor a word: a
/// lowercase letter and a figure, an underscore or a slash in it ("riverrat18", "j_smith",
/// "u/kestrel"). "Title:", "To:", "GCSE:", "MH17:" are keys a page repeats, "said:" and
/// "note:" words: their lines are kept whole.
fn posters(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = text
        .split(['\n', '\r'])
        .filter_map(|line| {
            let (name, rest) = line.split_once(':')?;
            let user = name.len() >= 2
                && name.chars().count() <= 30
                && !name.contains(char::is_whitespace)
                && name.contains(char::is_lowercase)
                && name.contains(|c: char| c.is_ascii_digit() || c == '_' || c == '/');
            (user && rest.chars().next().is_none_or(char::is_whitespace)).then_some(name)
        })
        .collect();
    names.sort_unstable();
    names
        .chunk_by(|a, b| a == b)
        .filter(|run| run.len() >= POSTER_LINES)
        .map(|run| run[0])
        .collect()
}

/// The length of the poster's name and its colon opening `text`, when one of `posters`
/// (sorted) opens it.
fn poster_end(text: &str, posters: &[&str]) -> Option<usize> {
    if posters.is_empty() {
        return None;
    }
    let (name, rest) = text.split_once(':')?;
    (posters.binary_search(&name).is_ok() && rest.chars().next().is_none_or(char::is_whitespace))
        .then_some(name.len() + 1)
}

/// True when `line` is a web address alone, a rule drawn in punctuation ("=========",
/// "-----", "* * *") or a table's border ("|", "---|---|"): never a part of a sentence.
fn stands_alone(line: &str) -> bool {
    let line = line.trim();
    let rule = line.chars().filter(|c| !c.is_whitespace()).count() >= 3
        && line.chars().all(|c| {
            c.is_whitespace() || matches!(c, '=' | '-' | '_' | '*' | '~' | '#' | '•' | '·')
        });
    // (a table's border: bars alone or with a rule, "|", "||", "---|---|")
    let border = line.contains('|')
        && line
            .chars()
            .all(|c| matches!(c, '|' | '-' | '+' | '=' | ':' | ' '));
    rule || border || (!line.contains(char::is_whitespace) && crate::text::is_address(line))
}

/// The first line of `rest`, up to a line feed or a carriage return alone: `str::lines`
/// ends a line only at `\n`, and on a file of bare `\r` line ends the rest of the source
/// would be read at every line break.
fn first_line(rest: &str) -> &str {
    rest.split(['\n', '\r']).next().unwrap_or("")
}

/// True when `line` opens with a list's bullet: "- ", "* ", "• ", "· ", or a dash ("– ",
/// "— ", or one before a figure, "–92-~98 …", "— >100 …").
pub(crate) fn is_list_line(line: &str) -> bool {
    let mut chars = line.chars();
    let (Some(first), Some(second)) = (chars.next(), chars.next()) else {
        return false;
    };
    match first {
        '-' | '*' | '•' | '·' => second.is_whitespace(),
        '–' | '—' => {
            second.is_whitespace() || second.is_ascii_digit() || "~<>".contains(second)
        }
        _ => false,
    }
}

/// True when `line` is a numbered line of a list of references ("2. \"Flood schemes\".
/// District Council. April 2016. Retrieved 10 December 2016.", "1. Smith, Ann. The
/// Story. ISBN 1445645645."): a number and its stop, then a citation's mark (the day it
/// was read, an ISBN, a DOI).
fn is_numbered_reference(line: &str) -> bool {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    // (each mark with what follows it in a citation: a day, an ISBN's figures, a DOI's
    // "10."; not "Retrieved from the shaft were …", "The DOI panel …")
    let marked = |mark: &str, after: &dyn Fn(&str) -> bool| {
        line.match_indices(mark)
            .any(|(at, _)| after(line[at + mark.len()..].trim_start_matches([' ', ':', '-'])))
    };
    let day = |rest: &str| {
        rest.starts_with(|c: char| c.is_ascii_digit())
            || rest
                .split(|c: char| !c.is_alphabetic())
                .next()
                .is_some_and(crate::values::is_month_name)
    };
    let figure = |rest: &str| rest.starts_with(|c: char| c.is_ascii_digit());
    let doi = |rest: &str| rest.starts_with("10.");
    (1..=3).contains(&digits)
        && line[digits..].starts_with(". ")
        && (marked("Retrieved ", &day)
            || marked("Accessed ", &day)
            || marked("ISBN", &figure)
            || marked("doi", &doi)
            || marked("DOI", &doi))
}

/// True when `next` (the text after a line break) opens an item of a list: a bullet ("- ",
/// "* ", "• ", "– ", "— "), a number with a parenthesis ("2) "), or a number with a full
/// stop ("2. The …") after a line that ends a sentence or opens the list (":").
fn opens_list_item(line: &str, next: &str) -> bool {
    if ["- ", "* ", "• "].iter().any(|b| next.starts_with(b)) {
        return true;
    }
    // (a dash may also open a line of wrapped prose: a bullet only after a line's end)
    let after_end = line.trim_end().ends_with(['.', '!', '?', ':']);
    if after_end && ["– ", "— "].iter().any(|b| next.starts_with(b)) {
        return true;
    }
    let digits = next.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return false;
    }
    let rest = &next[digits..];
    rest.starts_with(") ")
        || (rest.starts_with(". ") && rest[2..].starts_with(char::is_uppercase) && after_end)
}

/// Lines a text needs before [`is_hard_wrapped`] trusts its statistics.
const WRAP_MIN_LINES: usize = 4;
/// Widest line (90th percentile, in chars) of a text wrapped at a fixed width: between
/// these (books and e-mail are wrapped at 60–80 columns, a newspaper's OCR column at
/// 25–40; a text of shorter lines is a list).
const WRAP_MIN_WIDTH: usize = 25;
const WRAP_MAX_WIDTH: usize = 120;
/// Full lines a text's lowercase continuations are counted on: a sample, since a
/// continuation is checked for page furniture.
const WRAP_SAMPLE: usize = 2_000;
/// Share of a wrapped text's full-width lines followed by a line that starts in lowercase.
const WRAP_MIN_LOWER_NEXT: f64 = 0.3;

/// True when a text is hard-wrapped at a fixed width (a Project Gutenberg book, an OCR page,
/// an e-mail): its lines are nearly all as wide as the widest, and a full line is often
/// followed by one that goes on in lowercase. There a single line break is only a wrap;
/// in text saved from web pages (paragraphs on one line each, headings, lists, infobox
/// rows), every line break ends a line of its own. Measured on the development sets and
/// the scale books: wrapped texts have widths 57–77 and 64–90% lowercase continuations,
/// web pages widths over 150 or under 20% (most 0%); a newspaper's OCR column is 25–40
/// wide.
pub fn is_hard_wrapped(text: &str) -> bool {
    wrap_width(text).is_some()
}

/// The width a hard-wrapped text is wrapped at (see [`is_hard_wrapped`]), in chars.
fn wrap_width(text: &str) -> Option<usize> {
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let mut lens: Vec<usize> = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.chars().count())
        .collect();
    if lens.len() < WRAP_MIN_LINES {
        return None;
    }
    lens.sort_unstable();
    let mut width = lens[lens.len() * 9 / 10];
    // A short wrapped page with a few paragraphs pasted unwrapped (a blog's twenty lines,
    // two of them 150 characters or more) puts its 90th percentile among the long ones:
    // its wrap is then read at the third quartile, on more evidence (see below).
    let unwrapped_among = width > WRAP_MAX_WIDTH;
    if unwrapped_among {
        // (a few: a page with more long lines than one in seven is web text)
        let long = lens.iter().filter(|&&n| n > WRAP_MAX_WIDTH).count();
        if long * 100 > lens.len() * 15 {
            return None;
        }
        width = lens[lens.len() * 3 / 4];
    }
    if !(WRAP_MIN_WIDTH..=WRAP_MAX_WIDTH).contains(&width) {
        return None;
    }

    let (mut followed, mut lower) = (0usize, 0usize);
    for pair in lines.windows(2) {
        let n = pair[0].chars().count();
        let next = pair[1].trim_start();
        if n * 10 >= width * 6 && n <= width + 10 && !next.is_empty() {
            followed += 1;
            // A thread's lowercase metadata ("submitted 4 years ago by …", "permalink")
            // continues no line: a forum thread of short lines is no wrapped text.
            lower += usize::from(next.starts_with(char::is_lowercase) && !is_furniture_line(next));
            if followed == WRAP_SAMPLE {
                break;
            }
        }
    }
    // A narrow column needs more evidence: a few short lines of web text (a heading, a
    // row, a sentence wrapped once) look like one.
    let narrow = width < WRAP_NARROW;
    // (read at the third quartile, a wrap needs eight full lines: a forum page with one
    // short post wrapped in four lines is web text; measured, four lines cut a blind
    // set's forum page mid-sentence)
    let min_followed = if unwrapped_among {
        2 * WRAP_MIN_LINES
    } else {
        1
    };
    (followed >= min_followed
        && lower as f64 >= WRAP_MIN_LOWER_NEXT * followed as f64
        && (!narrow || (lens.len() >= 2 * WRAP_MIN_LINES && lower >= 3)))
        .then_some(width)
}

/// In hard-wrapped text, true when `line` is a heading or a label of its own ("Source B: a
/// modern history website", "The Valley Flood"): well short of the wrap width, with no
/// punctuation at its end, and a capital (or a figure) opens the next line. A line of
/// prose that short ends its paragraph, and so ends a sentence.
/// A headline's lines are short too, but in capitals or title case, and the decks cut them
/// ([`deck_split`]).
fn is_label_line(line: &str, next: &str, width: usize) -> bool {
    let line = line.trim();
    let next_line = first_line(next);
    // A printer wraps only when the next word does not fit: a short line the next word
    // would have fitted on was ended by the writer ("evidence of the\nCommissioners …" in
    // a narrow column was wrapped).
    let next_word = next_line.split_whitespace().next().unwrap_or("");
    let fitted = line.chars().count() + 1 + next_word.chars().count() <= width;
    !line.is_empty()
        && fitted
        && line.chars().count() * 10 < width * LABEL_SHARE
        && !line.ends_with(|c: char| c.is_ascii_punctuation() || !c.is_alphanumeric())
        && next.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && !headline_style(line)
        && !headline_style(next_line)
}

/// In wrapped text, true when `line` is far shorter than the wrap and the next line's
/// first word would have fitted on it: the writer ended it ("AP Photos" above a user's
/// name in a forum's copy), however it is written.
fn ended_short(line: &str, next: &str, width: usize) -> bool {
    let line = line.trim();
    let next_word = first_line(next).split_whitespace().next().unwrap_or("");
    let last = line.rsplit(char::is_whitespace).next().unwrap_or("");
    // (not before a line that goes on in lowercase, nor after a little word: "Horror
    // Equals the\nCalamity", a deck's line)
    !line.is_empty()
        && next_word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && !crate::text::is_stopword(&last.to_lowercase())
        && !line.ends_with(['-', ','])
        && line.chars().count() * 10 < width * LABEL_SHARE / 2
        && line.chars().count() + 1 + next_word.chars().count() <= width
}

/// True when most words of `line` longer than three letters open with a capital (all its
/// words when none is that long): a headline's line, or a name's.
pub(crate) fn headline_style(line: &str) -> bool {
    let words: Vec<&str> = line
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let long: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 3)
        .collect();
    let counted = if long.is_empty() { &words } else { &long };
    let capitals = counted
        .iter()
        .filter(|w| {
            w.trim_start_matches(|c: char| !c.is_alphabetic())
                .starts_with(char::is_uppercase)
        })
        .count();
    !counted.is_empty() && capitals * 10 >= counted.len() * 8
}

/// A label line ([`is_label_line`]) is under this many tenths of the wrap width.
const LABEL_SHARE: usize = 6;

/// Below this width a wrapped text is a newspaper's column (see [`WRAP_MIN_WIDTH`]).
const WRAP_NARROW: usize = 40;

/// In text that is not hard-wrapped, true when the line break after `line` only wraps a
/// sentence: `line` does not end a sentence or introduce something (`:`), and either ends
/// on a word no line ends on ([`ENDS_NO_LINE`]) or the next line goes on in lowercase after
/// a long line or a line of prose. "are coming\nfrom every quarter", "totally
/// de-\nstroyed", "It was not the\nFirst".
fn line_continues(line: &str, next: &str) -> bool {
    let line = line.trim_end();
    // (the next line's first word only: `next` is the rest of the source)
    let first = next.split(char::is_whitespace).next().unwrap_or("");
    let address = crate::text::is_address(first);
    if address // a link on a line of its own, under the line it cites
        || line.ends_with(['.', '!', '?', ':', ';', '…', '"', '”', ')'])
        || !next.starts_with(char::is_alphanumeric)
        || is_furniture_line(first_line(next))
    {
        return false;
    }
    if opens_preview(first_line(next)) {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    // A forum's header of a quotation ("Originally Posted by" over the poster's name) and a
    // post's greeting ("Hi Reg and Ron,") are lines of their own.
    if is_quote_header(line) || is_greeting(line) {
        return false;
    }
    // (as written: "Co. A", "Appendix A" end a label on a capital)
    let last = words.last().copied().unwrap_or("");
    // A line no heading, label or menu ends: on an article or a joining word ("It was not
    // the\nfirst fire", "a late\nSaturday afternoon"), as a page pasted with a break in
    // every few words has it; the next line goes on whatever its first letter.
    if ENDS_NO_LINE.contains(&last) {
        return true;
    }
    // A short line of prose ("It was a sunny but raw\nday in …") reads as prose by its
    // little words; a label or a user name ("User avatar\ntommy303") has none.
    let prose = words.len() >= 3
        && words
            .iter()
            .any(|w| w.starts_with(char::is_lowercase) && crate::text::is_stopword(w));
    next.starts_with(char::is_lowercase)
        && (line.chars().count() >= CONTINUED_LINE_MIN || line.ends_with('-') || prose)
        // (a poster's line runs into no post: "u/kestrel_harbour_fan 7d ago\nalso iirc …";
        // a line of prose goes on whatever its words)
        && (prose || !is_furniture_line(line))
}

/// Most words of a post's greeting on a line of its own ("Hi Reg and Ron,").
const GREETING_WORDS: usize = 6;

/// True for a post's or a letter's greeting ("Hi Reg and Ron,", "Dear Sir,"): a word of
/// greeting first, a comma last, [`GREETING_WORDS`] words at most.
fn is_greeting(line: &str) -> bool {
    let line = line.trim();
    let mut words = line.split_whitespace();
    line.ends_with(',')
        && line.split_whitespace().count() <= GREETING_WORDS
        && words.next().is_some_and(|w| {
            matches!(
                w.trim_end_matches(',').to_lowercase().as_str(),
                "hi" | "hello" | "hey" | "dear"
            )
        })
}

/// True for a forum's header of a quotation, over the quoted poster's name ("Originally
/// Posted by").
pub(crate) fn is_quote_header(line: &str) -> bool {
    let line = line.trim();
    line.eq_ignore_ascii_case("originally posted by")
        || line.eq_ignore_ascii_case("quote originally posted by")
}

/// True when `line` opens on a linked article's preview that a mirror inlines in the text
/// (theinfolist, absoluteastronomy): the link's words, then a sentence with a capital that
/// names them again and says what they are ("chalk Chalk is a soft, white rock", "cliff In
/// geography, a cliff is …", "United Kingdom The United Kingdom of Great Britain … is a
/// country"): one to four words, told again within the next eight and a verb of being
/// within the next twenty-four. No line that goes on a sentence names its words twice so.
pub(crate) fn opens_preview(line: &str) -> bool {
    // (the cheap test first: it runs for every line break of wrapped text)
    if ![" is ", " was ", " are ", " were "]
        .iter()
        .any(|b| line.contains(b))
    {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().take(30).collect();
    let clean: Vec<String> = words
        .iter()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    (1..=4).any(|k| {
        if words.len() < k + 3 || !words[k].starts_with(char::is_uppercase) {
            return false;
        }
        let (link, rest) = clean.split_at(k);
        if link.iter().any(String::is_empty)
            || link[0].chars().count() < 3
            || crate::text::is_stopword(&link[0])
        {
            return false;
        }
        let again = rest[..rest.len().min(8)].windows(k).any(|w| w == link);
        let being = rest
            .iter()
            .take(24)
            .any(|w| matches!(w.as_str(), "is" | "was" | "are" | "were"));
        again && being
    })
}

/// In wrapped text, true when the next line opens a sentence though `line` ends on a
/// lowercase word without a stop: an OCR column that lost a line ("… which was caused by
/// / some one yelling "Fire," will be / But the ugly question …"). Only a capitalized
/// little word ([`SENTENCE_OPENERS`]) is read so: inside a sentence a capital at a line's
/// start is a name ("in the / Italian Hall"). On the twenty-six annotated sets, 26 such
/// line breaks are sentence ends and none falls inside a sentence; in the five books of
/// the benchmarks, 17 fall inside one (verse, "His Majesty"): only in a narrow column.
fn opens_after_lost_end(line: &str, next: &str) -> bool {
    let first = next
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    // ("The" not after a word no line ends on: "according to / The Times"; "was about to
    // / Then a man thrust his head" lost the words between)
    let last = line.split_whitespace().next_back().unwrap_or("");
    line.trim_end().ends_with(|c: char| c.is_ascii_lowercase())
        && !(first == "The" && ENDS_NO_LINE.contains(&last))
        && SENTENCE_OPENERS.contains(&first)
}

/// Widest wrapping of a newspaper's OCR column ([`opens_after_lost_end`]): a book's lines
/// (60–80 columns) start poems' lines and titles ("His Majesty") with these words.
const OCR_COLUMN_WIDTH: usize = 50;

/// Capitalized little words that open a sentence far more often than a name
/// ([`opens_after_lost_end`]; "The" opens "The Times" too, which is why it does not split
/// after a word no line ends on; "His" and "Her" open "His Majesty", left out).
const SENTENCE_OPENERS: &[&str] = &[
    "The",
    "But",
    "Then",
    "There",
    "It",
    "He",
    "She",
    "They",
    "We",
    "This",
    "These",
    "Those",
    "When",
    "While",
    "After",
    "Before",
    "Their",
    "Its",
    "In",
    "On",
    "At",
    "As",
    "Every",
    "Some",
    "Many",
    "Another",
    "If",
    "So",
    "Yet",
    "Although",
    "Meanwhile",
];

/// Words no line of its own ends on (articles, joining words and prepositions that never
/// end a sentence, a heading or a menu item): after one, a line break only wraps.
const ENDS_NO_LINE: &[&str] = &[
    "the", "a", "an", "of", "and", "or", "but", "nor", "to", "with", "from", "into", "than",
    // (and "as", a possessive, a relative word: "Horror Occurs in Kestrel Hall as /
    // Children Line Up"; not "in", "on", "by", "for", which end menu and infobox lines:
    // "Log in", "Posted by", "Known for", nor a verb of being, which ends a forum's line)
    "as", "its", "their", "his", "her", "which", "whose",
];

/// In wrapped text, true when `line` is a page's number alone ("14"), a forum profile's
/// field alone ("Posts", [`crate::noise::is_profile_field`]), or page furniture of
/// two words or more that opens with a capital and ends neither a sentence nor on a little
/// word ("By Associated Press,"): the last line of a paragraph ("you.”", "Danglars.", "I
/// am.”") is a short line too, and goes on its sentence, and so does "We could not follow
/// the".
fn is_wrapped_furniture(line: &str) -> bool {
    let line = line.trim();
    let last = line.rsplit(char::is_whitespace).next().unwrap_or("");
    if crate::text::is_stopword(&last.to_lowercase()) {
        return false;
    }
    // A page's number alone on its line ("14"), as a PDF's text has it between pages; a
    // forum profile's field ("Posts"), its value on the next line.
    if ((1..=4).contains(&line.len()) && line.bytes().all(|b| b.is_ascii_digit()))
        || crate::noise::is_profile_field(line)
    {
        return true;
    }
    line.starts_with(char::is_uppercase)
        && !line.ends_with(['.', '!', '?', '”', '"', '…', '’', '\''])
        && line.split_whitespace().nth(1).is_some()
        && is_furniture_line(line)
}

/// In wrapped text, true when `line` is a running head: all in capitals, two words or more,
/// and the next line goes on in lowercase (a sentence carried over the page break, which a
/// headline's deck never is: "REPORT ON THE BRIDGE DISASTER.\nthe gale, the force of …").
fn is_running_head(line: &str, next: &str) -> bool {
    let line = line.trim();
    line.split_whitespace().nth(1).is_some()
        && line.chars().any(char::is_alphabetic)
        && !line.chars().any(char::is_lowercase)
        && next.starts_with(char::is_lowercase)
}

/// True when `line` has four capitals or more and no lowercase letter.
fn in_capitals(line: &str) -> bool {
    // (capitals counted, not caseless letters: a line of Chinese is no headline)
    line.chars().filter(|c| c.is_uppercase()).nth(3).is_some()
        && !line.chars().any(char::is_lowercase)
}

/// True when `line` is page furniture on its own ("submitted 4 years ago by someone",
/// "permalink"): a thread's lowercase metadata goes on no sentence above it.
fn is_furniture_line(line: &str) -> bool {
    let line = line.trim();
    // Furniture is short; most lines of prose are longer, and classifying costs.
    if line.chars().nth(FURNITURE_MAX_CHARS).is_some() {
        return false;
    }
    // (a caption's form, a line of sentence case with no verb, is also a line of prose
    // wrapped mid-sentence: it ends no sentence above it)
    let layout = crate::noise::Layout {
        captions: false,
        ..crate::noise::Layout::LINE
    };
    matches!(
        crate::noise::classify(line, &crate::text::tokens(line), layout),
        Some(crate::noise::NoiseKind::Boilerplate)
    )
}

/// Shortest line that a lowercase line may continue: a short line is a label or a name of
/// its own ("User avatar" above a user name), a long one was wrapped.
const CONTINUED_LINE_MIN: usize = 25;

/// What may follow a sentence's final punctuation and still belong to it: closing quotes
/// and brackets, and a footnote's asterisk or dagger.
const CLOSERS: &[char] = &['"', '\'', '”', '’', '»', ')', ']', '}', '›', '*', '†'];

/// Abbreviations after which a full stop does not end a sentence (titles before a name
/// among them: "Mrs.", "Dr.", "Capt.").
pub(crate) const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "mt", "ft", "gen", "col", "lt", "capt", "cpt", "sgt",
    "maj", "adm", "cmdr", "rev", "gov", "sen", "rep", "hon", "pres", "jr", "sr", "vs", "cf",
    "approx", "ca", "fig", "dept", "univ", "inc", "ltd", "corp", "bros", "messrs", "mme", "mlle",
];

/// True for a number's sign, "No", "no.", "Nos" (any case, its stop dropped).
fn is_number_sign(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    w.eq_ignore_ascii_case("no") || w.eq_ignore_ascii_case("nos")
}

/// Abbreviations that do not end a sentence when a number follows (`No. 5`, `Aug. 21`).
const BEFORE_NUMBERS: &[&str] = &[
    "no", "nos", "vol", "vols", "p", "pp", "art", "ch", "chap", "sec", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "op", "nr",
    // a wire's hour of receipt, "(Rec. 10.45 p.m.)", "(Recd. 9pm)"
    "rec", "recd",
];

/// Lowercase abbreviations of four letters or more that a lowercase word may follow.
const LOWERCASE_ABBREVIATIONS: &[&str] = &[
    "approx", "ibid", "cont", "incl", "resp", "esp", "viz", "orig", "trans", "repr", "etc",
];

/// Pass 2: cut after sentence punctuation where a new sentence plausibly starts.
fn punctuation_split(text: &str, para: Range<usize>) -> Vec<Range<usize>> {
    let s = &text[para.clone()];
    let mut out = Vec::new();
    let mut start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let cjk = matches!(c, '。' | '！' | '？');
        if !(cjk || matches!(c, '.' | '!' | '?' | '…')) {
            continue;
        }
        // OCR's specks glued to a mark are no sentence's end ("the Kestrbl<? Dye
        // Company"): a question or an exclamation follows a word, a figure or a closer
        let speck = |d: char| matches!(d, '<' | '>' | '■' | '^' | '~' | '\\' | '|');
        if matches!(c, '?' | '!') && s[..i].chars().next_back().is_some_and(speck) {
            continue;
        }
        // Absorb the rest of the terminator run and any closing quotes or brackets.
        let mut end = i + c.len_utf8();
        let mut run = 1;
        while let Some(&(j, d)) = iter.peek() {
            if matches!(d, '.' | '!' | '?' | '…' | '。' | '！' | '？') {
                run += 1;
            } else if !CLOSERS.contains(&d) {
                break;
            }
            end = j + d.len_utf8();
            iter.next();
        }
        // Footnote marks after the full stop ("the next day.[1] A variety…", "[a]",
        // "[citation needed]") belong to the sentence they end.
        while let Some(len) = footnote_mark(&s[end..]) {
            end += len;
            while iter.peek().is_some_and(|&(j, _)| j < end) {
                iter.next();
            }
        }
        let rest = &s[end..];
        // ("Date | April 14, 10:15 p.m. |": a table's closing bar ends the row, no
        // statement of its own)
        // (only the bytes up to the bar and past it are read: an OCR page may be one long
        // line, and this runs at every full stop)
        let bar_closes_row = {
            let r = rest.trim_start_matches([' ', '\t']);
            r.starts_with('|')
                && r.trim_start_matches(['|', ' ', '\t'])
                    .chars()
                    .next()
                    .is_none_or(|c| c == '\n' || c == '\r')
        };
        // (an old paper's decks run on one line, a dash after each full stop: "… breaks its
        // bound.- As Immense Flood poured through …"; not a dateline's dash, "May 8.— The",
        // nor one glued to what follows, "Dec. 19.—In an explosion")
        // (a dateline opens on its place and a comma: "CHICAGO, October 9, noon.— The")
        let before = &s[start..i];
        let dateline = before
            .split_whitespace()
            .next()
            .is_some_and(|w| w.ends_with(','));
        let deck_dash = c == '.'
            && !dateline
            && before.ends_with(|d: char| d.is_lowercase())
            && rest.strip_prefix(['-', '—', '–']).is_some_and(|r| {
                r.starts_with(' ') && r.trim_start().starts_with(char::is_uppercase)
            });
        if deck_dash {
            let end = end + rest.chars().next().map_or(0, char::len_utf8);
            out.extend(trim(text, para.start + start..para.start + end));
            start = end;
            continue;
        }
        let boundary = if bar_closes_row {
            false
        } else if cjk || rest.is_empty() {
            true
        } else if !rest.starts_with(char::is_whitespace) {
            glued_sentence(&s[start..i], c, rest)
        } else {
            is_boundary(
                &s[start..i],
                c,
                run,
                &s[i + c.len_utf8()..end],
                rest.trim_start(),
            )
        };
        if boundary {
            out.extend(trim(text, para.start + start..para.start + end));
            start = end;
        }
    }
    out.extend(trim(text, para.start + start..para.end));
    out
}

/// Line breaks a piece needs before [`deck_split`] reads it as a stacked headline.
const DECK_MIN_LINES: usize = 3;

/// Cuts an old newspaper's stacked headline into its decks: in a piece of title-case
/// words over [`DECK_MIN_LINES`] line breaks or more ("1,216 Is Latest Estimate of
/// Death\nToll on the Torpedoed Liner\n—Heartrending Scenes As\nGiant Vessel Sinks"),
/// each dash or hyphen followed by a capital starts a deck of its own, a claim of its own,
/// and so does a dash set apart by a space or printed as a run of hyphens ("Artillerymen -
/// The Mayor", "--- The Culprit"). A one-line headline with dashes stays whole, as the
/// printed line does.
fn deck_split(text: &str, piece: Range<usize>) -> Vec<Range<usize>> {
    let s = &text[piece.clone()];
    if s.matches('\n').count() < DECK_MIN_LINES {
        return vec![piece];
    }
    let long: Vec<&str> = s
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() > 3)
        .collect();
    let capitalized = long.iter().filter(|w| starts_upper(w)).count();
    if long.len() < 6 || capitalized * 10 < long.len() * 7 {
        return vec![piece];
    }
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in s.char_indices() {
        let after = &s[i + c.len_utf8()..];
        // OCR prints a deck's dash as a hyphen glued to the word before ("Sur\nvivors-He
        // Declares"), so a hyphen before a capital opens a deck too; a compound such as
        // "Anglo-American" in such a headline is cut with it (measured: keeping hyphens
        // inside words lowered lusitania-sinking's segmentation 0.942 -> 0.923).
        // OCR also sets the dash apart or prints it as a run of hyphens ("Artillerymen -
        // The Mayor", "\n--- The Culprit"): the run's first dash opens the deck.
        let dash = |d: char| matches!(d, '—' | '–' | '-');
        let spaced = || {
            let rest = after.trim_start_matches(dash);
            let run = after.len() > rest.len();
            let gap = rest.len() - rest.trim_start_matches(' ').len();
            let before_space = s[..i].ends_with(char::is_whitespace);
            (run || (before_space && gap > 0))
                && rest[gap..].starts_with(|d: char| d.is_uppercase())
        };
        let opens_deck = dash(c)
            && i > start
            && !s[..i].ends_with(dash)
            && (after.starts_with(|d: char| d.is_uppercase()) || spaced());
        if opens_deck {
            // The dash stays with its deck: it marks it as one of a stack.
            out.extend(trim(text, piece.start + start..piece.start + i));
            start = i;
        }
    }
    out.extend(trim(text, piece.start + start..piece.end));
    out
}

/// Whether the line opening `next` is the rest of a count's row after "No.": one or two
/// words, a dash or colon, then a figure closing the line ("Killed - 78").
fn is_count_row(next: &str) -> bool {
    let line = next.lines().next().unwrap_or("").trim_end();
    let Some(cut) = line.find([':', '-', '–', '—']) else {
        return false;
    };
    let (key, value) = (
        line[..cut].trim(),
        line[cut..].trim_start_matches([':', '-', '–', '—']),
    );
    let words = key.split_whitespace().count();
    // (the figure, perhaps a word after it and a full stop: "Killed: 78.", "Killed – 78 men")
    let value = value.trim().trim_end_matches('.');
    let mut parts = value.split_whitespace();
    let figure = parts.next().is_some_and(|f| {
        f.starts_with(|c: char| c.is_ascii_digit())
            && f.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ',' | '+'))
    });
    let rest: Vec<&str> = parts.collect();
    (1..=2).contains(&words)
        && key.chars().all(|c| c.is_alphabetic() || c == ' ')
        && figure
        && (rest.is_empty() || (rest.len() == 1 && rest[0].chars().all(char::is_alphabetic)))
}

/// A ship's prefix written in lowercase ("m.v.", "s.s."), without its last stop: it names
/// the ship after it and ends no sentence.
const SHIP_PREFIXES: &[&str] = &["m.v", "s.s", "m.s", "r.m.s", "h.m.s", "s.y", "p.s", "t.s.s"];

/// News agencies' credits after a dateline ("LOWPORT, Conn. (AP) --").
const WIRE_CREDITS: &[&str] = &[
    "(AP)",
    "(UPI)",
    "(Reuters)",
    "(AFP)",
    "(CNN)",
    "(CP)",
    "(PA)",
];

/// Time zones as news writes them after an hour ("a.m. EDT", "p.m. GMT"): general
/// abbreviations, in capitals (not "WEST", a word of headlines in capitals: "AT 9 P.M.
/// WEST WINDS SPREAD IT").
const TIME_ZONES: &[&str] = &[
    "UTC", "GMT", "BST", "IST", "CET", "CEST", "EET", "EEST", "WET", "MSK", "EST", "EDT", "CST",
    "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST", "AST", "ADT", "NST", "NDT", "AEST",
    "AEDT", "ACST", "ACDT", "AWST", "NZST", "NZDT", "JST", "KST", "HKT", "SGT",
];

/// True when the sentence `before` a stop is only an opening hour ("At 2.50 p.m", "At
/// about 9 a.m"): a preposition of time first, four words at most.
fn opens_on_an_hour(before: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().collect();
    words.len() <= 4
        && words.first().is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "at" | "by" | "about" | "around" | "until" | "till" | "after" | "before"
            )
        })
}

/// Decides whether the terminator `term` ends the sentence `before` it, given the text
/// that follows (`next`, whitespace already skipped).
fn is_boundary(before: &str, term: char, run: usize, closers: &str, next: &str) -> bool {
    let Some(nc) = next.chars().next() else {
        return true;
    };
    if matches!(nc, ',' | ';' | ':') {
        return false;
    }
    // A dateline runs on into its story through a dash ("HALIFAX, Dec. 6. -- Confused
    // whistle signals …"), as one glued to its dash does ("CHICAGO, October 9, noon.—").
    if matches!(nc, '-' | '—' | '–') && crate::noise::is_dateline(before) {
        return false;
    }
    // A dateline's wire credit goes on the dateline ("Greenwich, Conn. (AP) -- A section
    // of …"): no sentence opens on it. (Not after a line that did not end its statement:
    // "Associated Press Writer\nHARTFORD, Conn. (AP) - …", where the byline's line should
    // have, is left cut at the dateline.)
    if !before.contains('\n') && WIRE_CREDITS.iter().any(|w| next.starts_with(w)) {
        return false;
    }
    if nc.is_lowercase() {
        // An OCR speck before the next sentence ("took fire. j It is reported …"): one
        // stray letter, then a capital, after a sentence's full stop.
        let mut after = next.splitn(3, ' ');
        let speck = after
            .next()
            .is_some_and(|w| w.chars().count() == 1 && !matches!(w, "a" | "i" | "o"))
            && after
                .next()
                .is_some_and(|w| w.starts_with(char::is_uppercase));
        if speck && term == '.' && run == 1 && closers.is_empty() {
            return true;
        }
        // Scraped text may start a sentence in lowercase ("he simply withdrew. and actually
        // ..."): accept that only after a full stop ending a plain lowercase word, which an
        // abbreviation ("approx.", "etc.", "e.g.") is not.
        let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
        return term == '.'
            && run == 1
            && closers.is_empty()
            && word.chars().count() >= 4
            && word.chars().all(|c| c.is_lowercase())
            && !TITLES.contains(&word)
            && !BEFORE_NUMBERS.contains(&word)
            && !LOWERCASE_ABBREVIATIONS.contains(&word);
    }
    let next_cased: String = next.chars().take_while(|c| c.is_alphanumeric()).collect();
    let next_word = next_cased.to_lowercase();
    // A reference's "In:" goes on the work it cites ("Jane Roe: Just no rope. In: Kestrel
    // Zeitung, 2011."): no sentence opens on "In:"
    if next_cased == "In" && next[2..].starts_with(':') {
        return false;
    }
    if term != '.' {
        // "Title? - Site" and "Title? | Site": a site name follows, not a new sentence;
        // "flair? • Jul 17 '24": a forum header's date ("Was it arson? • The inquiry …"
        // is two).
        let spaced = next[nc.len_utf8()..].starts_with(' ');
        let field = next[nc.len_utf8()..].lines().next().unwrap_or("").trim();
        return !(spaced
            && (matches!(nc, '-' | '–' | '—' | '|')
                || (matches!(nc, '•' | '·') && crate::noise::is_post_date(field))));
    }
    if run > 1 || !closers.is_empty() {
        return true; // ellipsis, or a full stop inside quotes/brackets
    }
    let word: &str = before
        .rsplit(|c: char| {
            c.is_whitespace() || matches!(c, '(' | '[' | '"' | '“' | '\'' | '—' | '–')
        })
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return true;
    }
    // A list's number at the start of its line opens its item ("1. The dam broke."),
    // before a word in sentence case ("26. ERROR: …" is a number, then a message).
    if before.trim_start() == word && word.parse::<u8>().is_ok() && !is_all_caps(&next_cased) {
        return false;
    }
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    // "at 7:40 p. m. By 8 o'clock …": the hour's spaced "p. m." ends a sentence before a
    // word that opens one, as "p.m." does
    // (the last word only: a long OCR column of initials is read at every full stop)
    let spaced_hour = word.eq_ignore_ascii_case("m") && {
        let rest = before[..before.len() - word.len()].trim_end();
        let letter = rest.strip_suffix('.').and_then(|r| r.chars().next_back());
        matches!(letter, Some('p' | 'a' | 'P' | 'A'))
            && rest[..rest.len() - 2]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphabetic())
    };
    if spaced_hour && is_sentence_starter(&next_word) {
        return true;
    }
    if letters == 1 && word.chars().count() == 1 {
        // an initial: "J. R. R. Tolkien"; no name goes on with a pronoun, so a state's
        // initials end their sentence before one ("in Buffalo, N. Y. He sank"); not a
        // transcript's answer, "A. He told me …", a letter opening its line
        return before.trim_start() != word
            && matches!(
                next_word.as_str(),
                "he" | "she" | "they" | "we" | "his" | "her" | "their" | "it" | "its"
            );
    }
    // "at about 8:45 a.m. Wednesday", "6 p.m. Sunday, May 4": the hour's day goes on
    // the sentence
    let hour = word.eq_ignore_ascii_case("a.m") || word.eq_ignore_ascii_case("p.m");
    // (a month only before its day: "10:30 p.m. August Spies was arrested" names a man)
    let day = crate::values::DAYS.contains(&next_word.as_str())
        || (crate::values::is_month_name(&next_word)
            && next[next_cased.len()..]
                .trim_start_matches(['.', ' '])
                .starts_with(|c: char| c.is_ascii_digit()));
    // (and its time zone: "at 3:50 a.m. MDT, an hour after …", "1:30 a.m. EDT on Tuesday")
    if hour && (day || TIME_ZONES.contains(&next_cased.as_str())) {
        return false;
    }
    // "on 1st. January 1862", "on the 14th. Dec. 1840": an ordinal's stop before its
    // month, as older writing has it
    let ordinal = word.len() >= 3
        && word.is_char_boundary(word.len() - 2)
        && matches!(
            word[word.len() - 2..].to_ascii_lowercase().as_str(),
            "st" | "nd" | "rd" | "th"
        )
        && word[..word.len() - 2].bytes().all(|b| b.is_ascii_digit());
    // (the month with its year or day after it: "the 27th. March found them" is two
    // sentences)
    let dated = next[next_cased.len()..]
        .trim_start_matches(['.', ',', ' '])
        .starts_with(|c: char| c.is_ascii_digit());
    if ordinal && crate::values::is_month_name(&next_word) && dated {
        return false;
    }
    // "At 2.50 p.m. Lloyd's received …": an hour that opens its sentence, a word of time
    // before it and no verb yet, goes on into the clause it sets
    if hour && opens_on_an_hour(before) {
        return false;
    }
    // "the m.v. Kestrel Star", "the s.s. Kestrel": a ship's prefix goes on into her name
    if SHIP_PREFIXES.contains(&word.to_ascii_lowercase().as_str()) {
        return false;
    }
    if word.contains('.') {
        // Dotted acronyms ("U.S.") run on into a name, end a sentence before "The".
        let upper = word.chars().any(char::is_uppercase);
        return !upper || is_sentence_starter(&next_word);
    }
    let lower = word.to_lowercase();
    // ("they let in William Powell Jr. Their objects were …": no name goes on after its
    // "Jr." with a word that opens sentences)
    if matches!(lower.as_str(), "jr" | "sr") && is_sentence_starter(&next_word) {
        return true;
    }
    if TITLES.contains(&lower.as_str()) {
        return false;
    }
    // ("Monday, May. 06, 1940": a month with a stop before its day)
    if nc.is_ascii_digit() && crate::values::is_month_name(&lower) {
        return false;
    }
    // A company's "Co." before the rest of its style ("Traction Co. Ltd.", "Co. Inc.")
    if lower == "co" && matches!(next_word.as_str(), "ltd" | "limited" | "inc") {
        return false;
    }
    // An infobox's key glued to a value that opens with an abbreviation ("RouteSt. Kestrel"):
    // the abbreviation after the glue.
    let glued = word
        .char_indices()
        .zip(word.chars().skip(1))
        .filter(|((_, a), b)| a.is_lowercase() && b.is_uppercase())
        .last()
        .map(|((i, a), _)| &word[i + a.len_utf8()..]);
    if glued.is_some_and(|tail| TITLES.contains(&tail.to_lowercase().as_str())) {
        return false;
    }
    if nc.is_ascii_digit() && BEFORE_NUMBERS.contains(&lower.as_str()) {
        return false;
    }
    // (a number's sign before a serial with a letter, "no. A792", "No. B12": a digit within
    // the code's first four characters; after a figure or written "No": "said no. B-52
    // bombers were sent" ends a sentence)
    let code = next.split_whitespace().next().unwrap_or("");
    let after_figure = || {
        before
            .trim_end()
            .strip_suffix(word)
            .and_then(|b| b.split_whitespace().next_back())
            .is_some_and(|w| w.contains(|c: char| c.is_ascii_digit()))
    };
    if is_number_sign(word)
        && (word.starts_with('N') || after_figure())
        && nc.is_ascii_uppercase()
        && code.chars().take(4).any(|c| c.is_ascii_digit())
        && code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | ',' | '-'))
    {
        return false;
    }
    // A row opening on "No." for "number of" ("No. Killed - 78", "No. Injured: 12"): a word
    // or two naming the count, a dash or colon, the figure, and nothing more on the line.
    if is_number_sign(word) && before.trim() == word && is_count_row(next) {
        return false;
    }
    // A first name shortened as old print did ("Mr. Thos. Ridley", "Wm. Hall").
    if NAME_ABBREVIATIONS.contains(&lower.as_str()) && nc.is_uppercase() {
        return false;
    }
    // Shillings and pence before the next sum ("1s. 1½d., 2s. 9d.").
    let sum = lower.trim_end_matches(['s', 'd']);
    let money = sum.chars().filter(char::is_ascii_digit).count() <= 2
        && sum
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '½' | '¼' | '¾'));
    if money && lower.len() > 1 && lower.ends_with(['s', 'd']) && nc.is_ascii_digit() {
        return false;
    }
    // A weekday's abbreviation before its date ("on Sat. March 12", "Fri. 14th").
    if WEEKDAYS.contains(&lower.as_str())
        && word.starts_with(char::is_uppercase)
        && (nc.is_ascii_digit() || crate::values::is_month_name(&next_word))
    {
        return false;
    }
    true
}

/// Longest line read as page furniture by [`is_furniture_line`].
const FURNITURE_MAX_CHARS: usize = 60;

/// First names as old print shortened them, which a surname follows.
const NAME_ABBREVIATIONS: &[&str] = &[
    "thos", "wm", "jas", "chas", "geo", "jno", "robt", "edw", "benj", "saml", "richd", "hy", "jos",
    "fredk",
];

/// Abbreviated weekdays, which a date follows.
const WEEKDAYS: &[&str] = &[
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
];

/// The byte ranges of the footnote marks in `text` ("[1]", "[citation needed]").
pub(crate) fn footnote_marks(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut marks: Vec<std::ops::Range<usize>> = text
        .match_indices('[')
        .chain(text.match_indices("<ref"))
        .filter_map(|(i, _)| footnote_mark(&text[i..]).map(|n| i..i + n))
        .collect();
    marks.sort_by_key(|m| m.start);
    marks
}

/// Longest reference of a page's wiki markup read as a footnote ([`wiki_reference`]).
const MAX_WIKI_REFERENCE: usize = 1000;

/// The length of a reference in a page's wiki markup that `rest` starts with, as a page
/// copied from its source view keeps it ("<ref>{{cite web|…}}</ref>", "<ref name=\"a\"/>"):
/// a footnote, as "[1]" is on the rendered page. At most [`MAX_WIKI_REFERENCE`] bytes.
fn wiki_reference(rest: &str) -> Option<usize> {
    let after = rest.strip_prefix("<ref")?;
    if !after.starts_with(['>', ' ', '/']) {
        return None;
    }
    let head_end = after.find('>')?;
    if after[..head_end].ends_with('/') {
        return Some(4 + head_end + 1);
    }
    let window = &rest[..floor_char_boundary(rest, MAX_WIKI_REFERENCE.min(rest.len()))];
    window.find("</ref>").map(|e| e + "</ref>".len())
}

/// The length of the footnote mark `rest` starts with, if any: "[1]", "[12]", "[a]",
/// "[citation needed]", "[note 3]", as encyclopedia pages print them.
fn footnote_mark(rest: &str) -> Option<usize> {
    if rest.starts_with("<ref") {
        return wiki_reference(rest);
    }
    let inner_end = rest.strip_prefix('[')?.find(']')?;
    let inner = &rest[1..1 + inner_end];
    let mark = (1..=3).contains(&inner.len()) && inner.chars().all(|c| c.is_ascii_digit())
        || (inner.len() == 1 && inner.chars().all(|c| c.is_ascii_lowercase()))
        || inner == "citation needed"
        || inner
            .strip_prefix("note ")
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
    mark.then_some(inner_end + 2)
}

/// A full stop with no space before the next sentence, as pasted web text often has
/// ("were driven out.William Springfield, a photographer, ..."): a boundary when a word of
/// three letters or more, lowercase or capitalized, ends before it and a capitalised word,
/// a one-letter word or (after a lowercase word) a figure follows, or when a figure ends
/// before it and a lowercase word follows ("151.located"), or a figure of two digits or
/// more, no comma in it, and a word that opens sentences ("40.On"); never after an abbreviation
/// ("U.S.", "Capt.", "approx."), nor in a web address or a file's name ("example.com").
fn glued_sentence(before: &str, term: char, rest: &str) -> bool {
    let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    // ("… and injured 40.On the afternoon …": a figure of two digits or more, digits
    // only, ends the sentence when a word that opens sentences follows, glued)
    let figure_before = word.len() >= 2 && word.chars().all(|c| c.is_ascii_digit());
    // ("near Old Level One…At 9:30 a.m., it was …": an ellipsis glued to a word that
    // opens sentences ends one too)
    if term == '.' && figure_before || term == '…' {
        let next: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
        let opens = next.chars().next().is_some_and(char::is_uppercase)
            && next.chars().skip(1).all(char::is_lowercase)
            && next.chars().count() >= 2;
        if opens && is_sentence_starter(&next.to_lowercase()) {
            return true;
        }
    }
    if term != '.' || word.chars().count() < 3 {
        return false;
    }
    let lowered = word.to_lowercase();
    let abbreviation = [
        TITLES,
        BEFORE_NUMBERS,
        LOWERCASE_ABBREVIATIONS,
        NAME_ABBREVIATIONS,
        WEEKDAYS,
    ]
    .iter()
    .any(|list| list.contains(&lowered.as_str()))
        || lowered == "www";
    if abbreviation {
        return false;
    }
    // (a web address or a file's name: "Firehouse.Com News", "Disaster 1909.jpg")
    let suffix = rest
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if matches!(
        suffix.to_ascii_lowercase().as_str(),
        "com"
            | "org"
            | "net"
            | "gov"
            | "edu"
            | "co"
            | "uk"
            | "jpg"
            | "jpeg"
            | "png"
            | "gif"
            | "pdf"
            | "htm"
            | "html"
            | "php"
            | "txt"
    ) {
        return false;
    }
    // A wire's credit after its story's full stop, a dash between ("… over a wide
    // area.—Aus.-N.Z. Cable Assn.", "… the rescue.—Reuter.")
    if let Some(credit) = rest.strip_prefix('—') {
        let words: Vec<String> = credit
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .take(6)
            .map(str::to_lowercase)
            .collect();
        // (a credit's own parts stay one line: "United Press Association.—Copyright."; only
        // the last words before the stop are read, the credit's own, not the story's)
        let credited = before
            .rsplit(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .take(3)
            .any(|w| crate::noise::is_credit_word(&w.to_lowercase()));
        if credit.starts_with(char::is_uppercase)
            && words.iter().any(|w| crate::noise::is_credit_word(w))
            && !credited
        {
            return true;
        }
    }
    let mut next = rest.chars();
    let (first, second) = (next.next(), next.next());
    let lower = word.chars().all(char::is_lowercase);
    // (a capitalized word too, "Ruapehu.In the inquiry", not one in capitals, "U.S.Army")
    let capitalized = word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).all(char::is_lowercase);
    let digits = word.chars().all(|c| c.is_ascii_digit());
    // ("on the River.A lahar", "… of death.28 of the 170"): a one-letter word or a figure
    // opens the next sentence
    let one_letter = matches!(first, Some('A' | 'I')) && second == Some(' ');
    let figure = first.is_some_and(|c| c.is_ascii_digit())
        && rest
            .split(|c: char| !c.is_ascii_digit())
            .next()
            .is_some_and(|d| rest[d.len()..].starts_with(' '));
    let opens = first.is_some_and(char::is_uppercase) && second.is_some_and(char::is_lowercase);
    // ("148 out of 151.located at the front": a figure's sentence, then one in lowercase
    // that a scraped page runs on)
    let lower_after_figure = digits
        && rest
            .split(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|w| w.chars().count() >= 3 && w.chars().all(char::is_lowercase));
    ((lower || capitalized) && (opens || one_letter || (lower && figure))) || lower_after_figure
}

fn is_separator(w: &str) -> bool {
    matches!(w, "-" | "–" | "—" | "|" | "::")
}

fn is_all_caps(w: &str) -> bool {
    // (no allocation: this runs at every word of every sentence)
    let mut letters = w.chars().filter(|c| c.is_alphabetic());
    let mut n = 0;
    letters.all(|c| {
        n += 1;
        c.is_uppercase()
    }) && n >= 2
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Pass 3: cut glued page titles/site names and numbers glued to a new sentence.
fn glue_split(text: &str, sent: Range<usize>) -> Vec<Range<usize>> {
    let s = &text[sent.clone()];
    let words: Vec<(usize, &str)> = s
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
        .collect();
    let n = words.len();
    let mut cuts = Vec::new();
    let mut piece_start = 0; // word index where the current piece starts
    // A newspaper's name and date opening a one-line page, the rest of it glued on ("The
    // Kestrel Daily Times, May 18, 1927 SCORES OF CHILDREN …", "(Lowport News, 23 April
    // 1914) Special to the News."): the citation stands apart.
    // (after a rule drawn above it, cut away first)
    let lead =
        usize::from(n > 1 && is_rule(words[0].1) && !words[1].1.starts_with(char::is_lowercase));
    if lead == 1 {
        cuts.push(1);
        piece_start = 1;
    }
    let from = words.get(lead).map_or(0, |w| w.0);
    if let Some(k) = (lead + 2..n.min(lead + 12)).find(|&k| {
        // (a comma after the year goes on with the date: "…, 1913, Christmas Day")
        let year = words[k - 1]
            .1
            .trim_end_matches([')', '.'])
            .trim_start_matches('(');
        // (what follows opens in a capital: "… 1889 reported that …" goes on)
        let next_opens = words[k]
            .1
            .starts_with(|c: char| c.is_uppercase() || c == '(');
        next_opens
            && year.len() == 4
            && year.bytes().all(|b| b.is_ascii_digit())
            && crate::noise::is_paper_and_date(&s[from..words[k - 1].0 + words[k - 1].1.len()])
    }) {
        cuts.push(k);
        piece_start = k;
    }
    let mut i = piece_start;
    while i < n {
        let w = words[i].1;
        // A rule of one sign drawn across the page ("=====", "*****") is no part of the
        // words on either side of it.
        // (not a name blanked out with dashes: "Mrs. ------ of Kestrel Street")
        let blank = || {
            words
                .get(i + 1)
                .is_some_and(|n| n.1.starts_with(char::is_lowercase))
                || i.checked_sub(1).is_some_and(|p| {
                    TITLES.contains(&words[p].1.trim_end_matches('.').to_lowercase().as_str())
                })
        };
        if is_rule(w) && !blank() {
            if i > piece_start {
                cuts.push(i);
            }
            if i + 1 < n {
                cuts.push(i + 1);
            }
            piece_start = i + 1;
            i += 1;
            continue;
        }
        // A number glued to a new sentence: "Sorted by: 42 In Prinkipo, ...". Not a
        // number that opens the piece ("50 TO 100 LIVES LOST."), nor before a word in
        // capitals, where a capital says nothing.
        // (nor a year a preposition takes: "In 1865 The Kestrel Company built a dam")
        let taken = matches!(
            words[i.saturating_sub(2)].1.to_lowercase().as_str(),
            "in" | "by"
                | "since"
                | "from"
                | "until"
                | "till"
                | "after"
                | "before"
                | "during"
                | "on"
                | "of"
                | "at"
                | "around"
                | "circa"
        );
        // (nor a number's sign before its figure, "4-6-0 No 6157", nor the name of a
        // numbered thing after its number, "No 6157 The Royal Artilleryman")
        // (read last: this runs at every word)
        let numbered = || {
            is_number_sign(words[i.saturating_sub(2)].1)
                || (is_number_sign(w)
                    && words
                        .get(i + 1)
                        .is_some_and(|n| n.1.starts_with(|c: char| c.is_ascii_digit())))
        };
        if i >= 2
            && i > piece_start + 1
            && n - i >= 3
            && !taken
            && words[i - 1].1.ends_with(|c: char| c.is_ascii_digit())
            && starts_upper(w)
            && !is_all_caps(w)
            && is_sentence_starter(&w.to_lowercase())
            && !numbered()
        {
            cuts.push(i);
            piece_start = i;
            i += 1;
            continue;
        }
        // A sentence whose full stop the OCR lost: a word of a sentence's opening,
        // capitalized ("The", "Several", "Many", a number's word), right after a word in lowercase
        // that is no little word, and before one in lowercase ("… like copper wire Eleven
        // were killed …", "… from the train The villagers tore …"). Not a title after a
        // little word ("in The Times") nor one of capitals ("aboard The Flying Kestrel").
        // (the cheap tests first, no allocation: this runs at every word)
        let lost_stop = || {
            let prev = words[i - 1].1;
            if !(starts_upper(w)
                // (a word of two letters or more: "I" is capitalized anywhere, "wish I could")
                && w.len() >= 2
                && w.chars().skip(1).all(char::is_lowercase)
                && words[i + 1].1.starts_with(char::is_lowercase)
                && prev.len() >= 3
                && prev.chars().all(char::is_lowercase))
            {
                return false;
            }
            let opener = w.to_lowercase();
            // (only words OCR does not capitalize by mistake, as it does "In", "To",
            // "And" inside a sentence)
            (matches!(opener.as_str(), "the" | "several" | "many")
                || crate::values::is_number_word(&opener))
                && !crate::text::is_stopword(prev)
                && !is_sentence_starter(prev)
        };
        if i >= piece_start + 3 && n - i >= 3 && lost_stop() {
            cuts.push(i);
            piece_start = i;
            i += 1;
            continue;
        }
        // A headline in capitals that an OCR page, printed as one line, runs into its
        // report ("… FLOOD WATERS RISE TEN FEET Hundreds of families fled …"): four words
        // in capitals or more, then a capitalised word that a sentence goes on from in
        // lowercase or a deck goes on from in title case. (Fewer capitals are a name or a
        // shout inside the sentence.)
        // (a run inside a sentence's words, "officials of the INTERNATIONAL LADIES
        // GARMENT WORKERS Union called", is a name in capitals)
        let run_inside = || {
            let run = words[..i]
                .iter()
                .rev()
                .take_while(|(_, w)| is_all_caps(w))
                .count();
            i > run && words[i - run - 1].1.starts_with(char::is_lowercase)
        };
        // (a figure among the capitals is theirs, "ONLY 12 MILES OUT"; a deck in title
        // case may follow them, "Within Two Hours the Ship Foundered")
        let figure = |w: &str| w.chars().all(|c| c.is_ascii_digit() || c == ',');
        let run = &words[i.saturating_sub(4)..i];
        if i >= piece_start + 4
            && n - i >= 3
            && run.iter().all(|(_, w)| is_all_caps(w) || figure(w))
            && run.iter().filter(|(_, w)| is_all_caps(w)).count() >= 3
            // (a figure last opens what follows: "… COUNCIL VOTES NO 14 Have Now Signed")
            && is_all_caps(words[i - 1].1)
            && !run_inside()
            && starts_upper(w)
            && w.chars().nth(1).is_some_and(char::is_lowercase)
            && (words[i + 1].1.starts_with(char::is_lowercase) || {
                let next = words[i + 1].1;
                starts_upper(next) && !is_all_caps(next)
            })
        {
            cuts.push(i);
            piece_start = i;
            i += 1;
            continue;
        }
        // An old paper's wire copy, printed as one line: a bracketed credit after a
        // headline ("… Dollars (N.Z. Press Association—Copyright.)"), a heading in capitals
        // run into the dateline of the report under it ("EFFECT OF CONCUSSION London,
        // January 21."), and what "the following:" introduces ("we take the following :
        // THE RESERVOIR lies …") each stand apart.
        if i >= piece_start + 2
            && (opens_credit(&words[i..])
                || heading_before_dateline(&words[piece_start..=i], &s[words[i].0..])
                || credit_before_dateline(&words[piece_start..i], &s[words[i].0..])
                || title_before_caps_dateline(&words[piece_start..i], &s[words[i].0..])
                || introduced(&words[piece_start..=i]))
        {
            // (a heading in capitals before a dateline stands apart from what the OCR line
            // ran into it too, "… being si GRAPHIC STORY OF THE CATASTROPHE CHICAGO, Ill.,
            // Dec. 31.—More than …": no name in capitals inside a sentence is followed by
            // a dateline)
            let heading = words[piece_start..i]
                .iter()
                .rev()
                .take_while(|(_, w)| is_all_caps(w))
                .count();
            let start = i - heading;
            if heading >= 3 && start > piece_start && is_all_caps(w) {
                cuts.push(start);
            }
            cuts.push(i);
            piece_start = i;
            i += 1;
            continue;
        }
        let question_colon = w == ":" && i >= 1 && words[i - 1].1.ends_with('?');
        // An OCR column rule inside a sentence ("the Gover- | nor left the hall", "There
        // | were no signs"): a word broken across it, or lowercase after it.
        // (a bar only: a site's name after a dash or a colon may be lowercase, "- reddit")
        // (not before a site's address or a forum's name: "| example.com", "| r/history")
        let in_sentence = w == "|"
            && i >= 1
            && (words[i - 1].1.ends_with('-')
                || words.get(i + 1).is_some_and(|(_, next)| {
                    next.trim_start_matches(|c: char| !c.is_alphanumeric())
                        .starts_with(char::is_lowercase)
                        && !next.contains(['.', '/'])
                }));
        if (is_separator(w) || question_colon)
            && !in_sentence
            && i >= piece_start + 2
            && let Some(cut) = site_name_end(&words, i, piece_start)
        {
            // Another separator just after the cut: a list of page titles, not prose.
            let list = words[cut..n.min(cut + 8)].iter().any(|w| is_separator(w.1));
            if n - cut >= 3 && !list {
                cuts.push(cut);
                piece_start = cut;
                i = cut;
                continue;
            }
        }
        i += 1;
    }
    let mut out = Vec::new();
    let mut start = sent.start;
    for c in cuts {
        let at = sent.start + words[c].0;
        out.extend(trim(text, start..at));
        start = at;
    }
    out.extend(trim(text, start..sent.end));
    out
}

/// True for a rule drawn with one sign, five of them or more ("=====", "*****", "-----").
fn is_rule(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(|c| {
        matches!(c, '=' | '*' | '-' | '_' | '~' | '#') && w.len() >= 5 && chars.all(|d| d == c)
    })
}

/// True when `words` open with a wire's credit in brackets: "(By Telegraph—Press
/// Assn.—Copyright.)", "(N.Z. Press Association—Copyright)", two credit words or a
/// copyright within the brackets.
fn opens_credit(words: &[(usize, &str)]) -> bool {
    if !words.first().is_some_and(|(_, w)| w.starts_with('(')) {
        return false;
    }
    let mut credits = 0;
    let mut copyright = false;
    for (_, w) in words.iter().take(8) {
        for part in w
            .split(|c: char| !c.is_alphabetic())
            .filter(|p| !p.is_empty())
        {
            let lower = part.to_lowercase();
            let credit = crate::noise::is_credit_word(&lower);
            // (a lowercase word of prose makes it an aside: "(press and wire men alike)")
            if !credit && !starts_upper(part) && !crate::text::is_stopword(&lower) {
                return false;
            }
            copyright |= lower == "copyright";
            credits += usize::from(credit);
        }
        if w.contains(')') {
            return copyright || credits >= 2;
        }
    }
    false
}

/// True when the last of `words` opens a dateline in title case (`tail`, to the piece's
/// end: "London, January 21.") after two words in capitals or more, a heading it was
/// printed on one line with.
fn heading_before_dateline(words: &[(usize, &str)], tail: &str) -> bool {
    let [.., (_, a), (_, b), (_, place)] = words else {
        return false;
    };
    // (a place in capitals too, its comma telling where the heading ends: "… CATASTROPHE
    // CHICAGO, Ill., Dec. 31.—More than …", the report run on after the date's dash)
    // (only with that dash, after a heading of four words or more: "SHIP LOST NEW
    // KESTREL, May 7." is a short headline and a place of two words)
    let heading = words[..words.len() - 1]
        .iter()
        .rev()
        .take_while(|(_, w)| is_all_caps(w))
        .count();
    let caps_place = is_all_caps(place) && place.ends_with(',') && heading >= 4;
    let dated =
        |t: &str| t.split_whitespace().nth(8).is_none() && crate::noise::is_dateline(t.trim());
    starts_upper(place)
        && is_all_caps(a)
        && is_all_caps(b)
        && if is_all_caps(place) {
            caps_place
                && tail
                    .split_once(".—")
                    .is_some_and(|(date, _)| dated(&format!("{date}.")))
        } else {
            dated(tail)
        }
}

/// True when `tail` opens on a dateline with its place in capitals ("LOWPORT, Sept. 10")
/// and the words of the piece before it (`before`) are a headline in title case, four
/// words or more ("Little Hope Held For 13 Men Still Missing"): a paper's deck run on one
/// line into the report under it.
fn title_before_caps_dateline(before: &[(usize, &str)], tail: &str) -> bool {
    let mut next = tail.split_whitespace();
    // (a place of up to three words, "NEW YORK,"; the day with what the print glued to
    // it, "10.—Rescuers")
    let mut place_letters = 0;
    let mut placed = false;
    for w in next.by_ref().take(3) {
        if !is_all_caps(w) {
            return false;
        }
        place_letters += w.chars().filter(|c| c.is_alphabetic()).count();
        if w.ends_with(',') {
            placed = true;
            break;
        }
    }
    let (Some(month), Some(day)) = (next.next(), next.next()) else {
        return false;
    };
    let digits = day.find(|c: char| !c.is_ascii_digit()).unwrap_or(day.len());
    let dated = placed
        && place_letters >= 3
        && crate::values::is_month_name(month)
        && day[..digits]
            .parse::<u8>()
            .is_ok_and(|d| (1..=31).contains(&d));
    // (little words of a title may stay small: "Held for", "Men of the")
    let small = |w: &str| {
        matches!(
            w,
            "a" | "an" | "the" | "of" | "for" | "in" | "at" | "on" | "to" | "and"
        )
    };
    let title = before.len() >= 4
        && before.len() <= 14
        && before.iter().all(|(_, w)| {
            starts_upper(w) || w.starts_with(|c: char| c.is_ascii_digit()) || small(w)
        })
        && before.iter().filter(|(_, w)| starts_upper(w)).count() * 2 > before.len()
        && !before
            .iter()
            .any(|(_, w)| w.ends_with(['.', ',', ';', ':']));
    dated && title
}

/// True when `tail` (to the piece's end) is a dateline and the words of the piece before
/// it (`before`) are a reporter's byline ("BY JOHN KESTREL United Press Staff
/// Correspondent LOWPORT, March 13.") or what a wire's credit leaves, its abbreviations
/// ("A. and N.Z. Lowport, March 13."): an OCR line ran them together.
fn credit_before_dateline(before: &[(usize, &str)], tail: &str) -> bool {
    // (the place in capitals, or one word: "Staff Correspondent LOWPORT, March 13." is
    // read from the place on)
    let place = tail.split(',').next().unwrap_or("");
    let one_place = is_all_caps(place) || place.split_whitespace().nth(1).is_none();
    if before.len() > 10
        || !one_place
        || tail.split_whitespace().nth(8).is_some()
        || !crate::noise::is_dateline(tail.trim())
    {
        return false;
    }
    // (a word of the name or the title may be damaged: "United l’ress")
    let byline = before.len() >= 3
        && before[0].1.eq_ignore_ascii_case("by")
        && before[1..].iter().filter(|(_, w)| !starts_upper(w)).count() <= 1;
    // (with "and" or an abbreviation of two stops, "N.Z.": "Gen. U. S. Grant, April 9."
    // and "Mt. St. Helens, Wash., May 18." are names)
    let abbreviations = (2..=4).contains(&before.len())
        && before
            .iter()
            .any(|(_, w)| matches!(*w, "and" | "&") || w.matches('.').count() >= 2)
        && before.iter().all(|(_, w)| {
            (w.contains('.') && starts_upper(w) && w.len() <= 5) || matches!(*w, "and" | "&")
        });
    byline || abbreviations
}

/// True when the last of `words` opens, in a capital, what a colon after "the following"
/// or "as follows" introduces ("we take the following : THE RESERVOIR …", "the following
/// details ;— The whole district …").
fn introduced(words: &[(usize, &str)]) -> bool {
    let [before @ .., (_, prev), (_, next)] = words else {
        return false;
    };
    let mark = prev.trim_end_matches(['—', '–', '-', '■']);
    // (a semicolon only with its dash, as old print introduced a quotation: "the
    // following morning; Lowport was under water" goes on)
    let dashed = mark.len() < prev.len();
    let opens = next
        .trim_start_matches(['"', '“', '\'', '‘'])
        .starts_with(char::is_uppercase);
    // (the cheap test first: this runs at every word)
    if !(mark.ends_with(':') || (mark.ends_with(';') && dashed)) || !opens {
        return false;
    }
    before
        .iter()
        .rev()
        .take(2)
        .chain(std::iter::once(&(0, *prev)))
        .any(|(_, w)| {
            let w = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
            w == "following" || w == "follows"
        })
}

/// After a separator at word `sep`, reads the site-name run and returns the word index
/// where the prose resumes, if it does.
fn site_name_end(words: &[(usize, &str)], sep: usize, piece_start: usize) -> Option<usize> {
    let prefix = words[piece_start..sep].iter().map(|w| w.1);
    let title_like = prefix
        .clone()
        .any(|w| w.ends_with('?') || w == "|" || w == ":")
        || words[sep].1 == "|";
    let mut run = 0; // run words since the last separator
    let mut first_after_sep = sep + 1;
    let mut j = sep + 1;
    while j < words.len() {
        let w = words[j].1.trim_end_matches([',', ';']);
        let lower = w.to_lowercase();
        if is_separator(w) || w == ":" {
            run = 0;
            first_after_sep = j + 1;
            j += 1;
            continue;
        }
        // A sentence starter ends the run, unless it opens the site name ("- The National
        // WWII Museum").
        if (run > 0 || j > sep + 1) && starts_upper(w) && is_sentence_starter(&lower) {
            return Some(j);
        }
        if run == 1 && is_all_caps(words[j - 1].1) && starts_upper(w) && !is_all_caps(w) {
            return Some(j);
        }
        let name_like = starts_upper(w)
            || w.contains('/')
            || w.contains('_')
            || w.chars().all(|c| c.is_ascii_digit() || c == '-')
            // (a site named in lowercase, "reddit"; never a little word of prose: an OCR
            // speck "|" before "the dead is …" is no separator of a site's name)
            || (run == 0
                && w.chars().all(char::is_alphanumeric)
                && !crate::text::is_stopword(&lower));
        if name_like {
            run += 1;
            if j - sep > 8 {
                return None;
            }
        } else if run > 0 && matches!(lower.as_str(), "of" | "the" | "and" | "&" | "for" | "in") {
            // connectors inside a site or section name ("Big Site of History")
        } else {
            // Prose in lowercase: a one-word site name glued to it, if this was a title.
            return (title_like && run > 0).then_some(first_after_sep + 1);
        }
        j += 1;
    }
    None
}

/// Pass 4: cut pieces longer than the bound at soft breaks.
fn bound_length(text: &str, piece: Range<usize>, out: &mut Vec<Range<usize>>) {
    let mut start = piece.start;
    while piece.end - start > MAX_STATEMENT_BYTES {
        let window_end = floor_char_boundary(text, start + MAX_STATEMENT_BYTES);
        let window = &text[start..window_end];
        let half = window.len() / 2;
        let cut = [
            &['\n', '\r'][..],
            &[';', ':'][..],
            &[','][..],
            &[' ', '\t'][..],
        ]
        .iter()
        .find_map(|set| {
            window
                .rfind(*set)
                .filter(|&p| p >= half)
                .map(|p| p + window[p..].chars().next().map_or(1, char::len_utf8))
        })
        .unwrap_or(window.len());
        let cut = if cut == 0 { window.len().max(1) } else { cut };
        let at = floor_char_boundary(text, start + cut).max(
            // always make progress, even on one huge character run
            start + text[start..].chars().next().map_or(1, char::len_utf8),
        );
        out.extend(trim(text, start..at));
        start = at;
    }
    out.extend(trim(text, start..piece.end));
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn a_sentence_a_blank_line_breaks_runs_on() {
        // A page saved with a blank line after every printed line, or a paper whose column
        // broke mid-sentence: the sentence goes on past the blank line.
        let text = "The incident passed into railway history as the worst ever accident, \n\n\
                    until the Lowport disaster some six years later.\n\n\n\
                    The ferry capsized on Friday night off the harbour wall. Officials abandoned\n\nhope yesterday of finding anyone else alive aboard the ferry.";
        assert_eq!(
            sents(text),
            [
                "The incident passed into railway history as the worst ever accident, \n\nuntil the Lowport disaster some six years later.",
                "The ferry capsized on Friday night off the harbour wall.",
                "Officials abandoned\n\nhope yesterday of finding anyone else alive aboard the ferry.",
            ]
        );
        // Not after an address, a forum's button, or into a poster's "… wrote:", a web
        // address or OCR garbage; not past two blank lines.
        for apart in [
            "Read it at https://example.org/the-fire-of-1861-lowport\n\ntop of page",
            "424692. Sat Oct 18, 2008 5:59 am Reply with quote\n\nsuze wrote:",
            "Many homes exploded from gas entering from sewers\n\nhttp://example.org/events",
            "Officer John Thomas Nutton Frederick Arthur Worrall\n\nm;bejfireman's Webbing",
            "The incident passed into railway history as the worst,\n\n\nuntil later.",
            "My grandfather died in that fire and we still visit his grave\n\npermalink embed save report reply",
            "lol that was the saddest thing i ever read\n\nmy grandad was there too",
        ] {
            let got = sents(apart);
            assert!(got.iter().all(|s| !s.contains("\n\n")), "{got:?}");
        }
    }

    #[test]
    fn a_user_name_opening_each_line_is_cut_from_what_it_posted() {
        // A photo album or a comment log puts its poster's name before each line; a line
        // without a full stop at its end is no sentence going on to the next.
        let text = "Source: An album \u{2014} http://example.org/album\n\n\
                    kestrel77: Soldiers stand on the tower after the deadliest fire in the town\n\
                    kestrel77: Tents for prisoners at the gaol, April 21, 1930\n\
                    kestrel77: Coffins fill the hall. It served as a morgue.\n\
                    kestrel77:\n\
                    A crowd gathers at the corner";
        let got = sents(text);
        assert_eq!(
            got,
            [
                "Source: An album \u{2014} http://example.org/album",
                "kestrel77:",
                "Soldiers stand on the tower after the deadliest fire in the town",
                "kestrel77:",
                "Tents for prisoners at the gaol, April 21, 1930",
                "kestrel77:",
                "Coffins fill the hall.",
                "It served as a morgue.",
                "kestrel77:",
                "A crowd gathers at the corner",
            ]
        );
        // A key a page repeats ("Title: Re: …", "To: someone") keeps its line whole, and a
        // name opening fewer than three lines is no poster's.
        let keyed = "Title: The fire\nTitle: Re: The fire\nTitle: Re: The fire\n";
        assert_eq!(sents(keyed).len(), 3);
        assert!(sents(keyed)[1].starts_with("Title: Re:"));
        // (a word is no user name, nor a key in capitals with a figure)
        for keyed in [
            "The foreman\nsaid: the doors were locked\nsaid: the keys were lost\nsaid: nobody came",
            "MH17: the flight\nMH17: the crash\nMH17: the inquiry",
        ] {
            assert!(
                sents(keyed).iter().all(|s| !s.ends_with(':')),
                "{:?}",
                sents(keyed)
            );
        }
        let twice = "kestrel77: the fire was at night\nkestrel77: and the gaol burned";
        assert_eq!(
            sents(twice)[0],
            "kestrel77: the fire was at night\nkestrel77: and the gaol burned"
        );
    }

    #[test]
    fn split_stacked_headline_into_decks() {
        // A page of hard-wrapped newspaper text (its lines are joined), then the headline.
        let wrapped = "The steamer left the harbour on Saturday morning with a full list of\n\
                       passengers and a crew of several hundred men, bound for the other\n\
                       side of the ocean, and nothing was heard of any danger until the\n\
                       afternoon of the sixth day, when the wireless brought the news.\n\n";
        let deck = "1,216 Is Latest Estimate of Death\nToll on the Torpedoed Liner\nHorror Equals the\nCalamity of Three Years Ago\n—Heartrending Scenes As\nGiant Vessel Sinks Be\nneath Waves—Two Torpe\ndoes Struck Doomed Vessel,\nSays Toronto Newspaper Man";
        let text = format!("{wrapped}{deck}");
        let got = sents(&text);
        assert_eq!(got.len(), 4, "{got:?}");
        assert!(got[2].starts_with("—Heartrending") && got[3].starts_with("—Two Torpe"));
        // One printed line keeps its dashes; so does prose that is not in title case.
        let line = "The Legislature to Meet—Business About to be Resumed—The City To Be Rebuilt.";
        assert_eq!(deck_split(line, 0..line.len()).len(), 1);
        let prose = "the ship went down\nin eighteen minutes—Many were lost\nand the rest\nwere saved by boats";
        assert_eq!(deck_split(prose, 0..prose.len()).len(), 1);
        // OCR sets a deck's dash apart, or prints it as a run of hyphens: "- The Mayor
        // Spoke", "--- The Culprit a Young Man".
        let spaced = "The Prisoner Was Seized Amid Cries\nRoughly Handled by\nArtillerymen - The Mayor Spoke in his Behalf\n--- The Culprit a Young Man, About 21 Years Old";
        let decks: Vec<&str> = deck_split(spaced, 0..spaced.len())
            .into_iter()
            .map(|r| &spaced[r])
            .collect();
        assert_eq!(
            decks,
            [
                "The Prisoner Was Seized Amid Cries\nRoughly Handled by\nArtillerymen",
                "- The Mayor Spoke in his Behalf",
                "--- The Culprit a Young Man, About 21 Years Old"
            ]
        );
        let glued = "Amid Cries of the Crowd\nRoughly Handled by\nArtillerymen and Police\nThe Mayor Gasped ----The Culprit Seized";
        let decks: Vec<&str> = deck_split(glued, 0..glued.len())
            .into_iter()
            .map(|r| &glued[r])
            .collect();
        assert_eq!(decks.last(), Some(&"----The Culprit Seized"), "{decks:?}");
    }

    #[test]
    fn an_ordinals_stop_before_its_month_ends_no_sentence() {
        let t = "But on 1st. January 1862 the first sod was cut on the dam.";
        assert_eq!(sents(t), [t]);
        let u = "On the 14th. Dec. 1840 the ship set sail.";
        assert_eq!(sents(u), [u]);
        assert_eq!(sents("He came in 1st. The race was long.").len(), 2);
        assert_eq!(
            sents("The Lowport Rifles were the 27th. March found them at the front.").len(),
            2
        );
    }

    #[test]
    fn a_short_line_in_wrapped_text_was_ended_by_its_writer() {
        // a forum's copy of a wire story, wrapped at a fixed width: a credit's short line
        // and a user's name end where they stand, the story's lines run on
        let wrapped = "The band struck up a march, a signal to the performers that something was\n\
            wrong under the big tent, and the crowd began to move toward the exits in a\n\
            slow and orderly way until the canvas above them caught and the flames ran up\n\
            the side poles faster than anyone could have believed was possible that day.\n\
            Kestrel Photos\n\
            LowportFan\n\
            The fire burned for less than ten minutes but the tent was gone by the time the\n\
            first engines arrived from the city, and the rescuers could only search the ash.\n";
        let got = sents(wrapped);
        assert!(got.contains(&"Kestrel Photos"), "{got:#?}");
        assert!(got.contains(&"LowportFan"), "{got:#?}");
        assert!(
            got.iter()
                .any(|s| s.starts_with("The band") && s.ends_with("possible that day.")),
            "{got:#?}"
        );
    }

    #[test]
    fn a_dateline_runs_on_through_its_dash() {
        let t = "HALIFAX, Dec. 6. -- Confused whistle signals caused the collision.";
        assert_eq!(sents(t), [t]);
        let u = "The ship sank. -- The crew was saved.";
        assert_eq!(sents(u).len(), 2, "no dateline: two sentences");
    }

    #[test]
    fn a_wiki_talk_pages_signature_stands_apart() {
        let t = "The inspector disproved both in his report Kestrel99 (talk) 23:13, 8 November 2010 (UTC)[reply]";
        assert_eq!(
            sents(t),
            [
                "The inspector disproved both in his report",
                "Kestrel99 (talk) 23:13, 8 November 2010 (UTC)[reply]"
            ]
        );
        let bot =
            "This article was assessed by a bot. LowportBot 16:01, 10 November 2007 (UTC)[reply]";
        assert_eq!(
            sents(bot).last(),
            Some(&"LowportBot 16:01, 10 November 2007 (UTC)[reply]")
        );
        let named =
            "The report says so, as I read it John Lowport (talk) 18:30, 22 December 2010 (UTC)";
        assert_eq!(
            sents(named).last(),
            Some(&"John Lowport (talk) 18:30, 22 December 2010 (UTC)")
        );
        let dashed = "Currie is preferable. --Kestrel64 (talk) 18:30, 22 December 2010 (UTC)";
        assert_eq!(
            sents(dashed).last(),
            Some(&"--Kestrel64 (talk) 18:30, 22 December 2010 (UTC)")
        );
        // a time and a date in prose are no signature
        let prose = "The dam broke at 10:45, 8 November 1910, above the village.";
        assert_eq!(sents(prose), [prose]);
        assert_eq!(
            signature_start("The dam broke at 10:45, 8 November 1910 (local time)"),
            None
        );
    }

    #[test]
    fn split_empty_and_blank() {
        assert!(sents("").is_empty());
        assert!(sents("  \n\r\n \t").is_empty());
    }

    #[test]
    fn split_basic_punctuation() {
        assert_eq!(
            sents("He died. Did he? Yes! It was… over."),
            ["He died.", "Did he?", "Yes!", "It was… over."]
        );
    }

    #[test]
    fn split_abbreviations_initials_decimals_times() {
        assert_eq!(
            sents("Dr. Smith met J. R. R. Tolkien in St. Louis at 8:20 with 3.5 kg. Then he left."),
            [
                "Dr. Smith met J. R. R. Tolkien in St. Louis at 8:20 with 3.5 kg.",
                "Then he left."
            ]
        );
        assert_eq!(
            sents("It was posted Jun 27, 2017 at 8:20 by No. 5 of the U.S. Army. The end."),
            [
                "It was posted Jun 27, 2017 at 8:20 by No. 5 of the U.S. Army.",
                "The end."
            ]
        );
        // a row that opens with "No." for "number of" is one row ("No. Killed - 78"); a
        // bare "No." answering is a sentence
        assert_eq!(
            sents(
                "March 25, 1947\nNo. Killed - 111\nNo. Injured: 12\nNo. Killed: 78.\nNo. Saved – 40 men\n"
            ),
            [
                "March 25, 1947",
                "No. Killed - 111",
                "No. Injured: 12",
                "No. Killed: 78.",
                "No. Saved – 40 men"
            ]
        );
        assert_eq!(
            sents("No. The toll was 12. No. Lowport - 1923 was worse."),
            [
                "No.",
                "The toll was 12.",
                "No.",
                "Lowport - 1923 was worse."
            ]
        );
        // the hour's day goes on its sentence; a new sentence after the hour does not
        assert_eq!(
            sents("It began at about 8:45 a.m. Wednesday with a fire. It spread."),
            [
                "It began at about 8:45 a.m. Wednesday with a fire.",
                "It spread."
            ]
        );
        assert_eq!(
            sents("A cave-in was reported at 3:50 a.m. MDT, an hour after the quake. It spread."),
            [
                "A cave-in was reported at 3:50 a.m. MDT, an hour after the quake.",
                "It spread."
            ]
        );
        assert_eq!(
            sents("The span fell at 1:30 a.m. EDT on Tuesday, June 28."),
            ["The span fell at 1:30 a.m. EDT on Tuesday, June 28."]
        );
        assert_eq!(
            sents("Lowport, Conn. (AP) -- A section of a bridge fell today. It was old."),
            [
                "Lowport, Conn. (AP) -- A section of a bridge fell today.",
                "It was old."
            ]
        );
        assert_eq!(
            sents("Associated Press Writer\nLOWPORT, Conn. (AP) - The band played.").len(),
            2
        );
        assert_eq!(
            sents("It began at 9 p.m. The mill burned."),
            ["It began at 9 p.m.", "The mill burned."]
        );
        assert_eq!(
            sents("It exploded at 10:30 p.m. August Lowe was arrested."),
            ["It exploded at 10:30 p.m.", "August Lowe was arrested."]
        );
        assert_eq!(
            sents("It exploded at 10:30 p.m. Dec. 6 in the harbour."),
            ["It exploded at 10:30 p.m. Dec. 6 in the harbour."]
        );
        // (an hour that opens its sentence, no verb before it, goes on)
        assert_eq!(
            sents("The ship sank. At 2.50 p.m. Lloyd's received the message. It was late."),
            [
                "The ship sank.",
                "At 2.50 p.m. Lloyd's received the message.",
                "It was late."
            ]
        );
    }

    #[test]
    fn a_references_in_goes_on_the_work_it_cites() {
        assert_eq!(
            sents("3. Jane Roe: Just no rope. In: Kestrel Zeitung of January 2, 2011, p. 56."),
            ["3. Jane Roe: Just no rope. In: Kestrel Zeitung of January 2, 2011, p. 56."]
        );
        assert_eq!(
            sents("The rope broke. In the end nobody was charged."),
            ["The rope broke.", "In the end nobody was charged."]
        );
    }

    #[test]
    fn a_flattened_gallery_is_cut_into_its_captions() {
        assert_eq!(
            sents(
                "The Opera House on fire (1887) Salle Favart, Lowport (1887) View of the palace on fire (1794) The Comic Opera in Kestrel (c 1875)"
            ),
            [
                "The Opera House on fire (1887)",
                "Salle Favart, Lowport (1887)",
                "View of the palace on fire (1794)",
                "The Comic Opera in Kestrel (c 1875)"
            ]
        );
        // (one year in brackets in prose is no gallery, nor a sentence listing events by
        // their years: found by review)
        assert_eq!(
            sents("The theatre (1887) Opened under the Act (1880) The rules changed.").len(),
            1
        );
        assert_eq!(
            sents("Other disasters include Ibrox (1971) Bradford City (1985) Heysel (1985) Hillsborough (1989) where 97 fans died.").len(),
            1
        );
    }

    #[test]
    fn a_ships_prefix_goes_on_into_her_name() {
        assert_eq!(
            sents("The British Railways m.v. \"Kestrel Star\" left Lowport at dawn. She sank."),
            [
                "The British Railways m.v. \"Kestrel Star\" left Lowport at dawn.",
                "She sank."
            ]
        );
        assert_eq!(
            sents("The crew of the s.s. Kestrel were saved."),
            ["The crew of the s.s. Kestrel were saved."]
        );
    }

    #[test]
    fn an_abbreviation_glued_to_an_infobox_key_ends_nothing() {
        let t = "RouteSt. Kestrel, Ohio, to Port Mill, Maine";
        assert_eq!(sents(t), [t]);
        // (a word glued to a capital that is no abbreviation still ends its sentence)
        assert_eq!(
            sents("It was over in KestrelTown. Then it rained.").len(),
            2
        );
    }

    #[test]
    fn a_pronoun_after_an_initial_opens_a_sentence() {
        assert_eq!(
            sents("He died at the house in Albany, N. Y. He was 58."),
            ["He died at the house in Albany, N. Y.", "He was 58."]
        );
        assert_eq!(
            sents("Letters from J. R. Hale reached us."),
            ["Letters from J. R. Hale reached us."]
        );
        assert_eq!(
            sents("A. He knocked me down."),
            ["A. He knocked me down."],
            "an answer"
        );
    }

    #[test]
    fn a_numbered_reference_is_one_statement() {
        // (an encyclopedia's list of references, saved as text: each line a citation,
        // whole, as annotators cut it)
        let text = "References\n1. Lowport, Ann. The Story of the Valley: From Mills to Floods. ISBN 1445645645.\n2. \"Kestrel flood schemes\". Kestrel District Council. April 2016. Retrieved 10 December 2016.\n3. The dam was built in 1859. It failed in 1864.";
        let s = sents(text);
        assert!(
            s.contains(
                &"1. Lowport, Ann. The Story of the Valley: From Mills to Floods. ISBN 1445645645."
            ),
            "{s:?}"
        );
        assert!(s.contains(&"2. \"Kestrel flood schemes\". Kestrel District Council. April 2016. Retrieved 10 December 2016."), "{s:?}");
        // (a numbered line of prose is cut at its sentences, a citation's word in it or
        // not: found by review)
        assert!(s.contains(&"It failed in 1864."), "{s:?}");
        for prose in [
            "2. Kestrel Dam. The DOI panel blamed the design of the dam.",
            "1. Kestrel Colliery, 1862. Retrieved from the shaft were 204 bodies.",
        ] {
            assert!(sents(prose).len() >= 2, "{prose}: {:?}", sents(prose));
        }
    }

    #[test]
    fn a_bulleted_line_is_one_statement() {
        let text = "Tolls given:\n\n—     212  Kestrel Gazette. “Mill Fire.” 3-1-1911, p. 2.\n\n–200-~215  Our estimate.*\n\n- Smith, J. Mill Fires. 1990, p. 31.\n\nThe mill burned. It fell.";
        assert_eq!(
            sents(text),
            [
                "Tolls given:",
                "—     212  Kestrel Gazette. “Mill Fire.” 3-1-1911, p. 2.",
                "–200-~215  Our estimate.*",
                "- Smith, J. Mill Fires. 1990, p. 31.",
                "The mill burned.",
                "It fell."
            ]
        );
        // a dash before a word is no bullet: "—Eds." or a dash of prose
        assert_eq!(
            sents("—Eds. The mill burned."),
            ["—Eds.", "The mill burned."]
        );
        // (a bullet of short prose too, as annotators read it; sentences of five words
        // or more are cut as in prose)
        assert_eq!(
            sents("- The fire began in the barn. It spread north."),
            ["- The fire began in the barn. It spread north."]
        );
        // (found by review: citations stay whole; the bullet is no word)
        for line in [
            "- “The Great Kestrel Mill Fire of 1911.” New York Times, March 26, 1911, p. 1.",
            "- Kestrel, John A. The Great Mill Fire at Lowport. New York: Harper and Brothers, 1912.",
            "- The mill burned down. Then the roof fell in.",
        ] {
            assert_eq!(sents(line), [line]);
        }
        assert_eq!(
            sents(
                "- A quiet hillside by the river holds a secret. Over 200 men were killed in this hillside."
            ),
            [
                "- A quiet hillside by the river holds a secret.",
                "Over 200 men were killed in this hillside."
            ]
        );
    }

    #[test]
    fn split_not_after_a_list_number() {
        assert_eq!(
            sents(
                "Causes:\n1. The dam broke.\n2. The valley flooded. It rained.\n26. ERROR: none."
            ),
            [
                "Causes:",
                "1. The dam broke.",
                "2. The valley flooded.",
                "It rained.",
                "26.",
                "ERROR: none."
            ]
        );
    }

    #[test]
    fn an_ocr_column_that_lost_a_line_ends_the_sentence_before_a_sentences_opening() {
        let column = "Kestrel, Dec. 26. If enough coffins\ncan be brought here today, the\nvictims of the panic in the Lowport\nHall will be buried together.\nThe town was quiet in the morning\nand the strikers kept to the street\nBut the ugly question of the alarm\nwill not be so easily disposed of.\nIt was heard in whispers yesterday\nwhile the bereaved stood outside.\n";
        let s = sents(column);
        assert!(
            s.iter().any(|x| x.starts_with("But the ugly question")),
            "{s:?}"
        );
        // a name after a line's end goes on the sentence
        assert!(
            s.iter().any(|x| x.contains("in the Lowport\nHall")),
            "{s:?}"
        );
        let paper = "The number of the dead, according to\nThe Times of that week, was 212\nand the Herald put it at 300 of the\nvillagers who had gathered in the hall.\nIt was a cold night in the village and\nthe snow lay deep on every road there.\n";
        assert!(
            sents(paper)
                .iter()
                .any(|x| x.contains("according to\nThe Times")),
            "{:?}",
            sents(paper)
        );
        // a book's verse or title keeps its line: only a narrow column is read so
        let book = "The old man rose from the bench and spoke to the crowd that stood there, and\nHis Majesty the King was pleased to hear of it when the news came to the palace\nin the evening, for he had long wished to know what the people of the town said\nof the new bridge that his engineers had built across the river in the spring.\n";
        assert_eq!(sents(book).len(), 1, "{:?}", sents(book));
    }

    #[test]
    fn a_thread_of_short_lines_is_no_wrapped_text() {
        let thread = "TIL the dam failure in 1864 killed 240 people\nsubmitted 4 years ago by floodfan99\nlevel 1\nquietmiller\n· 4 yr. ago\nactually the inquest said 244, my grandad was one of them\nlevel 2\nfloodfan99\nOP · 4 yr. ago\nsource? every site i found says 240\npermalink\nembed\nsave\nreport\nreply";
        assert!(!is_hard_wrapped(thread));
        let s = sents(thread);
        assert_eq!(s[0], "TIL the dam failure in 1864 killed 240 people");
        assert_eq!(s[1], "submitted 4 years ago by floodfan99");
        assert!(
            s.contains(&"actually the inquest said 244, my grandad was one of them"),
            "{s:?}"
        );
        assert!(s.contains(&"source? every site i found says 240"), "{s:?}");
    }

    #[test]
    fn an_old_papers_wire_copy_on_one_line_stands_apart() {
        // a bracketed credit after a headline, with the hour of receipt abbreviated
        assert_eq!(
            sents(
                "Damage Put At A Million (N.Z. Press Association—Copyright) (Rec. 10.45 p.m.) The fire spread."
            ),
            [
                "Damage Put At A Million",
                "(N.Z. Press Association—Copyright) (Rec. 10.45 p.m.)",
                "The fire spread."
            ]
        );
        // a headline in title case run into a dateline in capitals, with the hour of
        // receipt abbreviated
        assert_eq!(
            sents(
                "Little Hope Held For 13 Men Still Missing LOWPORT, Sept. 10 (Recd. 9pm) \
                 —Rescuers this morning brought up 115 men."
            ),
            [
                "Little Hope Held For 13 Men Still Missing",
                "LOWPORT, Sept. 10 (Recd. 9pm) —Rescuers this morning brought up 115 men."
            ]
        );
        // (found by review: a place of two words, a dash glued to the day)
        assert_eq!(
            sents(
                "Little Hope Held For 13 Men Still Missing NEW LOWPORT, Sept. 10.—Rescuers \
                 brought up 115 men."
            ),
            [
                "Little Hope Held For 13 Men Still Missing",
                "NEW LOWPORT, Sept. 10.—Rescuers brought up 115 men."
            ]
        );
        // (a bracket that credits no wire stays in its sentence)
        assert_eq!(
            sents("The mill (built by Kestrel and Sons) fell in.").len(),
            1
        );
        // a heading in capitals run into the dateline under it
        assert_eq!(
            sents("EFFECT OF THE SHOCK Lowport, January 21. Windows broke for miles."),
            [
                "EFFECT OF THE SHOCK",
                "Lowport, January 21.",
                "Windows broke for miles."
            ]
        );
        // a byline or a wire credit's abbreviations run into the dateline after them
        assert_eq!(
            sents(
                "BY JOHN KESTREL United l’ress Staff Correspondent LOWPORT CITY, March 13. \
                 The valley lay devastated today."
            ),
            [
                "BY JOHN KESTREL United l’ress Staff Correspondent",
                "LOWPORT CITY, March 13.",
                "The valley lay devastated today."
            ]
        );
        assert_eq!(
            sents("A. and N.Z. Lowport, March 13. A message states that the dam broke."),
            [
                "A. and N.Z.",
                "Lowport, March 13.",
                "A message states that the dam broke."
            ]
        );
        // (initials and titles before a name are no credit)
        assert_eq!(sents("Gen. U. S. Grant, April 9, 1865.").len(), 1);
        // (a dateline in capitals may hold two words, "NEW YORK": it is not cut into)
        assert_eq!(sents("SHIP LOST NEW KESTREL, May 7.").len(), 1);
        // a heading in capitals between an OCR line's lost end and a dateline in capitals
        // with the report run on after its dash
        assert_eq!(
            sents(
                "The entrance is still beautif its stairs being si GRAPHIC STORY OF THE GREAT FIRE \
                 LOWPORT, Ill., Dec. 31.—More than 500 people perished in the flames."
            ),
            [
                "The entrance is still beautif its stairs being si",
                "GRAPHIC STORY OF THE GREAT FIRE",
                "LOWPORT, Ill., Dec. 31.—More than 500 people perished in the flames."
            ]
        );
        // (a name in capitals inside a sentence stays in it: no dateline follows)
        assert_eq!(
            sents("Officials of the KESTREL MILL WORKERS UNION called a strike on Monday.").len(),
            1
        );
        // what "the following:" introduces
        assert_eq!(
            sents("We take the following : THE DAM lies two miles above the town."),
            [
                "We take the following :",
                "THE DAM lies two miles above the town."
            ]
        );
        assert_eq!(
            sents("Files to hand supply the following details ;— The whole district mourns."),
            [
                "Files to hand supply the following details ;—",
                "The whole district mourns."
            ]
        );
        // (a colon without "following" introduces nothing apart: "He said: The dam broke.")
        assert_eq!(sents("He said: The dam broke.").len(), 1);
    }

    #[test]
    fn wire_copy_cuts_leave_prose_whole() {
        for t in [
            // a paper named as the subject of a sentence
            "The Lowport Herald, June 4, 1889 reported that 2,209 people had died.",
            // an aside in brackets with words of prose
            "Many reporters (press and wire men alike) were barred from the pit.",
            // a semicolon after "following" without its dash
            "The dam gave way the following morning; Lowport was under water by noon.",
            // a name blanked out with dashes
            "Mrs. ------ of Kestrel Street lost three children.",
        ] {
            assert_eq!(sents(t).len(), 1, "{t}");
        }
        // a line of prose that names wire services goes on into the next
        assert_eq!(
            sents("Reuters and the Press Association reported\nthat 44 miners were still trapped below.")
                .len(),
            1
        );
    }

    #[test]
    fn a_posters_line_runs_into_no_post() {
        assert_eq!(
            sents("u/kestrel_harbour_fan 7d ago\nalso iirc the dam broke twice that spring"),
            [
                "u/kestrel_harbour_fan 7d ago",
                "also iirc the dam broke twice that spring"
            ]
        );
        // (a line of prose wrapped before a lowercase word still goes on)
        assert_eq!(
            sents("The water rose over the lower town in\nless than an hour that night.").len(),
            1
        );
        // (nor does a quotation's header, or a post's greeting, into what follows)
        assert_eq!(
            sents("Originally Posted by\ncaptain kong\nHi Reg and Ron,\nhere is what I wrote."),
            [
                "Originally Posted by",
                "captain kong",
                "Hi Reg and Ron,",
                "here is what I wrote."
            ]
        );
    }

    #[test]
    fn a_papers_name_and_date_and_a_rule_stand_apart() {
        assert_eq!(
            sents("The Kestrel Daily Times, May 18, 1927 SCORES OF CHILDREN SAVED BY TEACHER"),
            [
                "The Kestrel Daily Times, May 18, 1927",
                "SCORES OF CHILDREN SAVED BY TEACHER"
            ]
        );
        assert_eq!(
            sents("(Lowport News, 23 April 1914) Special to the News."),
            ["(Lowport News, 23 April 1914)", "Special to the News."]
        );
        assert_eq!(
            sents(
                "===================== Kestrel Daily News Wednesday, 11 January 1860 Terrible Calamity"
            ),
            [
                "=====================",
                "Kestrel Daily News Wednesday, 11 January 1860",
                "Terrible Calamity"
            ]
        );
        // (a date going on after its year's comma, a profile's key: no citation)
        assert_eq!(
            sents("Kestrel Journal – Thursday December 25, 1913, Christmas Day").len(),
            1
        );
        assert_eq!(sents("Joined: Sun Jun 03, 2007 3:50 pm").len(), 1);
        // (a dash of two is no rule)
        assert_eq!(sents("The mill -- the old one -- fell.").len(), 1);
    }

    #[test]
    fn an_ocr_speck_before_a_sentence_ends_the_one_before() {
        assert_eq!(
            sents("Both mills took fire. j It is reported that many were hurt."),
            [
                "Both mills took fire.",
                "j It is reported that many were hurt."
            ]
        );
        // (not an abbreviation's full stop: "approx. a third" goes on)
        assert_eq!(sents("It held approx. a Third of the town.").len(), 1);
    }

    #[test]
    fn a_spaced_p_m_ends_its_sentence_before_a_sentence_opener() {
        assert_eq!(
            sents("The boat rolled over at 7:40 p. m. By 8 o'clock the dead lay on the dock."),
            [
                "The boat rolled over at 7:40 p. m.",
                "By 8 o'clock the dead lay on the dock."
            ]
        );
        // (a name after it goes on: "at 9 p. m. Kestrel time")
        assert_eq!(
            sents("It sank at 9 p. m. Kestrel time, they said.").len(),
            1
        );
    }

    #[test]
    fn a_date_stamp_glued_to_the_first_sentence_is_cut_off() {
        assert_eq!(
            sents("date 2017-11-28 Last year the mill fire killed 50. The toll was high."),
            [
                "date 2017-11-28",
                "Last year the mill fire killed 50.",
                "The toll was high."
            ]
        );
        // (a sentence about a date opens no stamp)
        assert_eq!(sents("date 2017-11-28 was chosen.").len(), 1);
    }

    #[test]
    fn an_address_or_a_rule_alone_is_a_line_of_its_own_in_wrapped_text() {
        let text = "Thank you for the question; the first sites below tell the story in
detail and the last ones tell about the trial that followed the crash.
The Valley Line Crash
http://www.example.org/history/valley-crash.htm
=========
The Valley Line Disaster of June 1887
http://www.example.org/valley/disaster.htm
=========
The signalman was put on trial afterwards, as was the fireman of the
local train, who was found not guilty in the end by the jury at Kestrel.";
        assert!(is_hard_wrapped(text));
        let s = sents(text);
        for line in [
            "The Valley Line Crash",
            "http://www.example.org/history/valley-crash.htm",
            "=========",
            "The Valley Line Disaster of June 1887",
        ] {
            assert!(s.contains(&line), "{line}: {s:?}");
        }
        assert!(
            s.iter()
                .any(|x| x.starts_with("The signalman was put on trial")),
            "{s:?}"
        );
    }

    #[test]
    fn an_infobox_row_broken_over_lines_is_one_statement() {
        // A page copied from a wiki mirror breaks a row's key from its value: "Key |" over
        // "Value |", or the key, a bar alone and the value; a reader reads one row.
        let text = "Kestrel Hall fire | |\n---|---|\nLocation | Lowport, Westshire |\n\
                    Attack type\n|\nArson, mass murder |\nDeaths | 87 |\nNon-fatal injuries\n|\n6 |\n\
                    Time |\n3:44 pm (0244 UTC) |\n== Inquiry == |\n== Inquiry == |\nsite name:- |\nLowport and Eastvale Railway |\n\
                    county:- |\nWestshire |\nStatistics |\nDeaths | 12 |\n\
                    The Kestrel Hall fire was an act of arson that killed 87 people.";
        let s = sents(text);
        for row in [
            "Attack type\n|\nArson, mass murder |",
            "Non-fatal injuries\n|\n6 |",
            "Time |\n3:44 pm (0244 UTC) |",
            "== Inquiry == |",
            "site name:- |\nLowport and Eastvale Railway |",
            "county:- |\nWestshire |",
            "Location | Lowport, Westshire |",
            "Deaths | 87 |",
        ] {
            assert!(s.contains(&row), "{row:?} in {s:?}");
        }
        // a memorial site's fields, each key and colon over its value
        let s3 = sents(
            "AKA:\nMan of Mystery\nBirth Place:\nLowport, Westshire\nAge:\n40\nHe said:\nWe had no idea what had happened.\n\nPublication:\nLowport Courant\nPage:\n8\n\nUsername:   Password:\nAdd Reply\n",
        );
        // (a citation's lone label, a form's fields are no record)
        for apart in [
            "Publication:",
            "Lowport Courant",
            "Username:   Password:",
            "Add Reply",
        ] {
            assert!(s3.contains(&apart), "{apart:?} in {s3:?}");
        }
        for row in [
            "AKA:\nMan of Mystery",
            "Birth Place:\nLowport, Westshire",
            "Age:\n40",
        ] {
            assert!(s3.contains(&row), "{row:?} in {s3:?}");
        }
        assert!(s3.contains(&"He said:"), "{s3:?}");
        let s4 = sents("The following were killed:\nJohn Kestrel, aged 40\n");
        assert!(s4.contains(&"The following were killed:"), "{s4:?}");
        // (found by review: a heading over a broken row, its value an infobox's key)
        let s2 = sents("Casualties |\nDeaths |\n87 |\n");
        assert!(!s2.contains(&"Casualties |\nDeaths |"), "{s2:?}");
        let s5 = sents("Kestrel Quote: |\nOn this day: |\n");
        assert!(s5.contains(&"Kestrel Quote: |"), "{s5:?}");
        // (a key over a row with its own key and value is a section's heading)
        assert!(
            s.contains(&"Statistics |") && s.contains(&"Deaths | 12 |"),
            "{s:?}"
        );
        assert!(s.contains(&"---|---|"), "{s:?}");
    }

    #[test]
    fn a_tables_border_alone_is_a_line_of_its_own_in_wrapped_text() {
        // (a gazetteer's page saved as text: its table's cells end in a bar, and a bar
        // alone draws an empty row; every annotated set cuts such a line apart)
        let text = "When the day signalman came on duty at six the error became apparent, but there
was already a glow in the sky over the valley. The night signalman said to the relief:-
|
|
\"Will you go to the stationmaster and say that I am afraid I have wrecked the
express.\"
||
---|---|
The express was double headed, and ran into the light engines in a violent collision
in the dark, and both express engines and seven coaches were derailed in the crash.";
        assert!(is_hard_wrapped(text));
        let s = sents(text);
        assert_eq!(s.iter().filter(|x| **x == "|").count(), 2, "{s:?}");
        assert!(s.contains(&"||") && s.contains(&"---|---|"), "{s:?}");
        assert!(
            s.contains(&"The night signalman said to the relief:-"),
            "{s:?}"
        );
    }

    #[test]
    fn rows_and_list_items_end_lines_in_wrapped_text_too() {
        let text = "Mill Flood\nDate\t11 March 1864\nDeaths\t240\n\nKey points:\n– The dam was new.\n1) Water rose fast.\n2. Villages were swept away.\n\nThe dam was built by the waterworks company between 1859 and 1864. When it was\nfirst filled, a crack appeared in the embankment on the evening of 11 March, and\nshortly before midnight the dam collapsed. Some 700 million gallons of water swept\ndown the valley in the night, killing at least 240 people and destroying 800 houses\nin the villages below.";
        assert!(is_hard_wrapped(text));
        let s = sents(text);
        for line in [
            "Mill Flood",
            "Date\t11 March 1864",
            "Deaths\t240",
            "Key points:",
            "– The dam was new.",
            "1) Water rose fast.",
            "2. Villages were swept away.",
        ] {
            assert!(s.contains(&line), "{line}: {s:?}");
        }
        assert!(
            s.iter().any(|x| x.starts_with("When it was\nfirst filled")),
            "{s:?}"
        );
        // A tab that indents a paragraph is no row.
        let indented = sents(
            "\tThe dam was built by the waterworks company between\nthe years 1859 and 1864.",
        );
        assert_eq!(indented.len(), 1, "{indented:?}");
        // In wrapped text a line that starts with a number goes on its sentence.
        let column = "The water rose through the night and the toll rose to\n96. The inquest opened on the Monday after the flood,\nand the jury sat for three days before the coroner.\nThe verdict was read to the families in the chapel.";
        let wrapped = sents(column);
        assert!(wrapped[0].ends_with("rose to\n96."), "{wrapped:?}");
        let plain = sents("I met Alex. They sat. 300 people watched. In the 1850s. 1864 came.");
        assert_eq!(plain.len(), 5, "{plain:?}");
    }

    #[test]
    fn a_byline_in_wrapped_text_is_a_line_of_its_own() {
        let page = "FLOOD IN THE VALLEY\nMany Homes Swept Away\nBy United Press,\nSheffield, March 12.—The great reservoir of the water\ncompany gave way on Friday night, shortly before twelve\no'clock, and the flood swept down the valley with great\nforce. The resident engineer had inspected the bank only\nan hour before and found the water rising to the weir.\n\n\"Where were you?\" he asked. \"I came back last night, and here\nI am.\"";
        assert!(is_hard_wrapped(page));
        let s = sents(page);
        assert!(s.contains(&"By United Press,"), "{s:?}");
        assert!(
            s.iter().any(|x| x.starts_with("Sheffield, March 12.")),
            "{s:?}"
        );
        // The last line of a paragraph is short too, and goes on its sentence.
        assert!(s.iter().any(|x| x.ends_with("and here\nI am.\"")), "{s:?}");
    }

    #[test]
    fn a_forum_profiles_fields_in_wrapped_text_are_lines_of_their_own() {
        let page = "Join Date\nAug 2001\nLocation\nNorth of the river\nPosts\n8,434\n\nThe resident engineer had inspected the bank only an\nhour before the dam broke, and he found the water rising\nto the weir, which was not unusual for the time of year,\nas the snow on the hills around the valley was melting.\nThe flood swept down the valley with great force, and\nthe houses along the river were carried away at once.";
        assert!(is_hard_wrapped(page));
        let s = sents(page);
        for field in ["Join Date", "Location", "Posts"] {
            assert!(s.contains(&field), "{s:?}");
        }
    }

    #[test]
    fn a_worksheet_saved_from_a_pdf() {
        let page = "Source: The Valley Flood (worksheet) — https://school.example.org/flood.pdf\n\
            The great dam above the village burst shortly before midnight on\n\
            the eleventh of March. Water from the reservoir swept down the valley\n\
            and destroyed more than eight hundred houses in a single night.\n\
            Source B: a modern history website\n\
            In total 244 people lost their lives, and the damage was valued at\n\
            half a million pounds by the commissioners who sat that summer.\n\
            Page 1 of 2\n\x0c\nMost of the dead were asleep when the water reached\n\
            their houses, and many were never found at all by the searchers.";
        assert!(is_hard_wrapped(page));
        let s = sents(page);
        assert_eq!(
            s[0],
            "Source: The Valley Flood (worksheet) — https://school.example.org/flood.pdf"
        );
        assert!(s.contains(&"Source B: a modern history website"), "{s:?}");
        assert!(s.iter().any(|x| x.starts_with("In total 244")), "{s:?}");
        assert!(
            s.contains(&"Page 1 of 2"),
            "a form feed is a page break: {s:?}"
        );
        // A headline's short lines stay for the decks, and prose runs on.
        let deck = "The steamer left the harbour on Saturday morning with a full list of\n\
            passengers and a crew of several hundred men, bound for the west.\n\
            Great Liner Lost With\nAll Hands On Board Her";
        assert!(
            sents(deck)
                .iter()
                .any(|x| x.contains("Lost With\nAll Hands")),
            "{:?}",
            sents(deck)
        );
    }

    #[test]
    fn the_title_repeated_below_the_source_line_is_one_statement() {
        let text = "Source: Evening star. (Washington, D.C.) 1854-1972, May 8, 1915, Image 1 | Archive — https://x.org/a\n\nEvening star. (Washington, D.C.) 1854-1972, May 8, 1915, Image 1\n\nThe ship sank. (It was struck twice.) All were lost.";
        let got = sents(text);
        assert_eq!(
            got[1],
            "Evening star. (Washington, D.C.) 1854-1972, May 8, 1915, Image 1"
        );
        // a line of the story is still cut into its sentences
        assert_eq!(
            got[2..],
            ["The ship sank.", "(It was struck twice.)", "All were lost."]
        );
    }

    #[test]
    fn lines_in_capitals_in_wrapped_text_are_decks_of_their_own() {
        let text = "DAM GIVES WAY AT DAWN\nMANY HOMES SWEPT INTO\nTHE VALLEY BELOW\nSheffield, March 12.—The great reservoir of the\nWater Company at Bradfield gave way on Friday night,\nshortly before twelve o'clock, and the flood swept down\nthe Loxley valley with terrible force, carrying away\nmills, cottages and bridges in its path to the town.";
        assert!(is_hard_wrapped(text));
        let got = sents(text);
        assert_eq!(
            &got[..3],
            [
                "DAM GIVES WAY AT DAWN",
                "MANY HOMES SWEPT INTO",
                "THE VALLEY BELOW"
            ],
            "{got:?}"
        );
        assert!(got[3].starts_with("Sheffield") && got[3].contains("Friday night"));
    }

    #[test]
    fn a_short_wrapped_page_with_long_paragraphs_pasted_in_is_wrapped_text() {
        let long = "The harbour board met the next morning and heard the pilots, the owners and the families, and the hearing went on for three days before the report was read.";
        let page = [
            "In the spring of 1887 the pumps at the Wend colliery failed and",
            "water rose in the lower gallery faster than the men could climb,",
            "so that by the evening shift forty-one miners were cut off from",
            "the shaft. Their families waited at the pit head through the night",
            "while the manager sent for a diver from the town.",
            long,
            "The diver reached the flooded road before dawn and signalled that",
            "he heard knocking behind the fall of stone, at which the crowd at",
            "the pit head cheered and the rescue party went down at once with",
            "picks and a pump borrowed from the brewery. By noon they had found",
            "Mr Ames and eleven others alive in the old stables, cold but well.",
            long,
            "Nineteen bodies were brought up over the following week.",
            "The inquest sat for two days and found that the pumps had not been",
            "serviced since the winter, although the owners denied any fault.",
        ]
        .join("\n");
        assert!(is_hard_wrapped(&page));
        let s = sents(&page);
        assert!(
            s.contains(
                &"By noon they had found\nMr Ames and eleven others alive in the old stables, cold but well."
            ),
            "{s:?}"
        );
        // (a page of long paragraphs among a few short lines stays web text)
        let web = [long, "Later inquiry", long, "See also", long, long].join("\n");
        assert!(!is_hard_wrapped(&web));
        // (and so does a forum page with one short wrapped post: five lines are too few
        // to read a wrap at the third quartile)
        let forum = [
            "Reply",
            "Quote",
            "Share",
            "Report",
            "Joined 2009",
            "Posts 120",
            "Member",
            "Top",
            "The steamer left the quay at seven with the band playing on deck and",
            "the crowd waving from the pier; within the hour she had turned over",
            "and lay on her side in the harbour mud, her funnels in the water, and",
            "the rescuers could do little for those trapped in the cabins below",
            "her decks until the divers came down from the city in the afternoon.",
            long,
            long,
            long,
        ]
        .join("\n");
        assert!(!is_hard_wrapped(&forum));
    }

    #[test]
    fn a_line_in_a_captions_form_inside_a_sentence_cuts_nothing() {
        let t = "Crowds gathered along the banks of the\nRiver Wend near the old colliery bridge\nand watched the divers at work.";
        assert_eq!(sents(t), [t]);
    }

    #[test]
    fn a_narrow_newspaper_column_is_wrapped_text() {
        let column = "The great reservoir of the\nWater Company at Brad-\nfield gave way on Friday night,\nshortly before twelve o'clock,\nand the flood swept down the\nLoxley valley with terrible\nforce. Mr. Gunson, the resident\nengineer, had inspected the\nembankment only an hour before.";
        assert!(is_hard_wrapped(column));
        let s = sents(column);
        assert_eq!(s.len(), 2, "{s:?}");
        assert!(s[0].starts_with("The great reservoir of the\nWater Company"));
    }

    #[test]
    fn split_not_after_an_old_first_name_or_a_sum_in_shillings() {
        assert_eq!(
            sents(
                "The manager, Mr. Thos. Ridley, went down. Wm. Hall was found. Sold at 1s. 1½d., 2s. 9d. by all chemists."
            ),
            [
                "The manager, Mr. Thos. Ridley, went down.",
                "Wm. Hall was found.",
                "Sold at 1s. 1½d., 2s. 9d. by all chemists."
            ]
        );
    }

    #[test]
    fn split_not_after_a_weekday_before_its_date() {
        assert_eq!(
            sents("They arrived on Sat. March 12. They left on Mon. 14th. The Sun. Then rain."),
            [
                "They arrived on Sat. March 12.",
                "They left on Mon. 14th.",
                "The Sun.",
                "Then rain."
            ]
        );
    }

    #[test]
    fn split_quotes_and_brackets() {
        assert_eq!(
            sents("He said \"Go.\" Then (as told.) She left."),
            ["He said \"Go.\"", "Then (as told.)", "She left."]
        );
        // A footnote's asterisk or dagger (or OCR's speck) after the full stop ends the
        // sentence with it.
        assert_eq!(
            sents("He asked for “protective custody.’* A new charge followed. It was true.† So."),
            [
                "He asked for “protective custody.’*",
                "A new charge followed.",
                "It was true.†",
                "So."
            ]
        );
    }

    #[test]
    fn split_lowercase_continuation_is_not_a_boundary() {
        assert_eq!(
            sents("The ca. 1900 map, i.e. the old one."),
            ["The ca. 1900 map, i.e. the old one."]
        );
        assert_eq!(
            sents("Tea, milk etc. and sugar."),
            ["Tea, milk etc. and sugar."]
        );
        assert_eq!(
            sents("he simply withdrew. and actually there was no way."),
            ["he simply withdrew.", "and actually there was no way."]
        );
    }

    #[test]
    fn an_ocr_column_rule_inside_a_sentence_cuts_nothing() {
        for t in [
            "At noon the Gover- | nor left the hall, as his aides watched him from the door.",
            "There | were no signs of pain, and his friends did not know it until the end came.",
        ] {
            assert_eq!(sents(t), [t]);
        }
        // a page title's bar before a site's name still cuts
        assert_eq!(
            sents("The Flood of 1889 | History Online The dam broke at three in the afternoon."),
            [
                "The Flood of 1889 | History Online",
                "The dam broke at three in the afternoon."
            ]
        );
    }

    #[test]
    fn split_title_lists_stay_whole() {
        let t = "Early career, RT Russiapedia - Biography of Leon Trotsky, Ohio State University - Trotsky: A Biography, The History Learning Site - Biography of Leon Trotsky.";
        assert_eq!(sents(t), [t]);
        assert_eq!(
            sents("Why did he die? : forum - Still, much could be saved here."),
            [
                "Why did he die? : forum -",
                "Still, much could be saved here."
            ]
        );
    }

    #[test]
    fn a_stray_mark_joins_the_sentence_on_its_line() {
        assert_eq!(
            sents("The mills are destroyed. . ~ Early this morning the wind rose."),
            [
                "The mills are destroyed.",
                ". ~ Early this morning the wind rose."
            ]
        );
        assert_eq!(
            sents("THE FLOOD. . . The dam broke at noon."),
            ["THE FLOOD.", ". . The dam broke at noon."]
        );
        assert_eq!(
            sents("Many leapt overboard. .. Others sprang into the river."),
            ["Many leapt overboard.", ".. Others sprang into the river."]
        );
        assert_eq!(
            sents("It struck the crowd with an iron fist. »\nThe fire started at nine."),
            [
                "It struck the crowd with an iron fist. »",
                "The fire started at nine."
            ]
        );
        // a rule stays a line of its own
        assert_eq!(
            sents("The toll rose.\n-----------\nThe inquiry opened."),
            ["The toll rose.", "-----------", "The inquiry opened."]
        );
    }

    #[test]
    fn a_question_before_a_bullet_runs_on() {
        // a question before a bullet and prose ends
        assert_eq!(
            sents("Was it arson? • The inquiry never said."),
            ["Was it arson?", "• The inquiry never said."]
        );
        // a forum's header line: the user's flair asks a question, the date follows
        assert_eq!(
            sents("r/Kestrel • u/someone Lowporter, what's your flair? • Jul 17 '24\nAbout time."),
            [
                "r/Kestrel • u/someone Lowporter, what's your flair? • Jul 17 '24",
                "About time."
            ]
        );
    }

    #[test]
    fn split_glued_title_with_site_name() {
        assert_eq!(
            sents("It ended. The Trotsky Assassination - HISTORY Trotsky argued that war came."),
            [
                "It ended.",
                "The Trotsky Assassination - HISTORY",
                "Trotsky argued that war came."
            ]
        );
        assert_eq!(
            sents("Why do people dislike him? : r/Socialism_101 - reddit The evidence was weak."),
            [
                "Why do people dislike him? : r/Socialism_101 - reddit",
                "The evidence was weak."
            ]
        );
        assert_eq!(
            sents("His Struggle against Rivals - The National WWII Museum He advocated terror."),
            [
                "His Struggle against Rivals - The National WWII Museum",
                "He advocated terror."
            ]
        );
        assert_eq!(
            sents("Exile and assassination | Britannica Purges of 1937-38 weakened the army."),
            [
                "Exile and assassination | Britannica",
                "Purges of 1937-38 weakened the army."
            ]
        );
    }

    #[test]
    fn a_pdfs_page_numbers_and_running_heads_are_lines_of_their_own() {
        let page = "The Court sat for eleven days and heard the evidence of many\n\
            witnesses, among them the signalman and the men who worked on\n\
            the bridge, and it finds that the fall was caused by the force of\n\
            14\n\
            REPORT ON THE BRIDGE DISASTER.\n\
            the gale, which no one who heard it that night will forget.\n\
            The girders were of poor iron and had been badly cast by the firm.";
        assert!(is_hard_wrapped(page));
        let s = sents(page);
        assert!(s.contains(&"14"), "{s:?}");
        assert!(s.contains(&"REPORT ON THE BRIDGE DISASTER."), "{s:?}");
        // A headline's deck in capitals opens a report in capitals: no running head.
        let deck = "The steamer left the harbour on Saturday morning with a full list of\n\
            passengers and a crew of several hundred men, bound for the west.\n\
            GREAT LOSS OF LIFE.\nThe news reached the town at noon on Sunday from the coast.";
        assert!(
            sents(deck).contains(&"GREAT LOSS OF LIFE."),
            "{:?}",
            sents(deck)
        );
    }

    #[test]
    fn bare_carriage_returns_and_printers_wraps() {
        // Old Mac line ends: each line still stands alone, and fast (the rest of the
        // source is not read at every break).
        let text = "Deaths\t240\rThe dam broke.\rHomes\t800\r".repeat(2_000);
        let s = sents(&text);
        assert!(s.len() >= 6_000, "{}", s.len());
        // In a narrow column, a short line the next word did not fit on was wrapped.
        let column = "The jury heard the\nevidence of the\nCommissioners sent by\nthe Home Office, who sat\nfor three days at the inn\nand heard each witness.\nThe verdict was read out\nto a silent crowd at noon.\nNo one was blamed by name\nfor the failing dam.";
        assert!(is_hard_wrapped(column));
        assert!(
            sents(column)[0].contains("evidence of the\nCommissioners"),
            "{:?}",
            sents(column)
        );
        // A wrapped line ending on a little word goes on, whatever its words.
        assert!(!is_wrapped_furniture("We could not follow the"));
    }

    #[test]
    fn an_ocr_speck_is_no_site_separator() {
        let t = "It is feared that not one has escaped, and the number of |\nthe dead is variously estimated at ninety.";
        assert_eq!(sents(t).len(), 1, "{:?}", sents(t));
    }

    #[test]
    fn split_dash_inside_prose_is_kept() {
        let t = "He was struck down - Mercader used an ice axe in the study.";
        assert_eq!(sents(t), [t]);
    }

    #[test]
    fn decks_run_on_one_line_after_full_stops_and_dashes() {
        assert_eq!(
            sents(
                "The Reservoir at Kestrel breaks its bound.- As Immense Flood poured through Lowport.- Whole Families carried down by the current.-"
            ),
            [
                "The Reservoir at Kestrel breaks its bound.-",
                "As Immense Flood poured through Lowport.-",
                "Whole Families carried down by the current.-"
            ]
        );
        // (not a dateline's dash)
        assert_eq!(sents("LOWPORT, May 8.— The dam broke at noon.").len(), 1);
        assert_eq!(sents("Lowport, Dec. 19.—In an explosion 40 died.").len(), 1);
        assert_eq!(
            sents("LOWPORT, October 9, noon.— The whole city is in ashes.").len(),
            1
        );
    }

    #[test]
    fn an_ellipsis_glued_to_a_new_sentence_ends_one() {
        assert_eq!(
            sents("He had laid charges near the old level…At 9:30 a.m. the gas exploded."),
            [
                "He had laid charges near the old level…",
                "At 9:30 a.m. the gas exploded."
            ]
        );
        assert_eq!(
            sents("It was the Kestrel…Lowport line.").len(),
            1,
            "a name goes on"
        );
    }

    #[test]
    fn a_suffix_of_a_name_ends_a_sentence_before_a_word_that_opens_one() {
        assert_eq!(
            sents("They let in William Kestrel Jr. Their objects were social."),
            [
                "They let in William Kestrel Jr.",
                "Their objects were social."
            ]
        );
        assert_eq!(
            sents("William Kestrel Jr. Lowport came too.").len(),
            1,
            "a name goes on"
        );
        // a month with a stop before its day is one date
        assert_eq!(sents("Monday, May. 06, 1940").len(), 1);
    }

    #[test]
    fn split_number_glued_to_sentence() {
        assert_eq!(
            sents("- user1 Jun 27, 2017 at 8:20 Add a comment Sorted by: 42 In Paris, he wrote."),
            [
                "- user1 Jun 27, 2017 at 8:20 Add a comment Sorted by: 42",
                "In Paris, he wrote."
            ]
        );
        // (nor a year a preposition takes, the sentence opening on it: "In 1865 The
        // Kestrel Reservoir Company built a dam")
        assert_eq!(
            sents("In 1865 The Kestrel Reservoir Company built a dam on the river."),
            ["In 1865 The Kestrel Reservoir Company built a dam on the river."]
        );
        // A headline's opening figure is no glued number.
        assert_eq!(
            sents("FIRE IN THE CITY.\n50 TO 100 LIVES LOST."),
            ["FIRE IN THE CITY.", "50 TO 100 LIVES LOST."]
        );
        assert_eq!(
            sents("Toll: 50 TO 100 LIVES LOST."),
            ["Toll: 50 TO 100 LIVES LOST."]
        );
        // (nor an engine's number and its name: "No" before a figure is a number's sign,
        // and what follows a numbered thing is its name)
        let t = "The express was hauled by Royal Scot Class 4-6-0 No 6157 The Royal Artilleryman.";
        assert_eq!(sents(t), [t]);
        let t = "It was hauled by engine No. 45274 The Kestrel, which left the rails.";
        assert_eq!(sents(t), [t]);
        let t = "A 'K' class 2-6-4T no. A792 River Kestrel at Lowport shed.";
        assert_eq!(sents(t), [t]);
        // (found by review: a sentence that ends on "no." before a code still ends)
        assert_eq!(
            sents("The Air Force said no. B-52 bombers were sent anyway."),
            ["The Air Force said no.", "B-52 bombers were sent anyway."]
        );
        // (a sentence that ends on "no." still ends: "He said no. Then he left.")
        assert_eq!(
            sents("He said no. Then he left."),
            ["He said no.", "Then he left."]
        );
    }

    #[test]
    fn a_name_in_capitals_inside_a_sentence_is_no_headline() {
        let t = "Officials of the KESTREL RIVER MILL WORKERS Union called a strike at dawn.";
        assert_eq!(sents(t), [t]);
        let t = "Remembering the Victims of the Mill Fire<br />\n\nThe fire began at noon.<br />";
        assert_eq!(
            sents(t),
            [
                "Remembering the Victims of the Mill Fire<br />",
                "The fire began at noon.<br />"
            ]
        );
    }

    #[test]
    fn an_ocr_sentence_whose_full_stop_was_lost_is_cut_before_the_next() {
        // (read off a tuning set: an old paper's OCR drops the stop between sentences)
        assert_eq!(
            sents(
                "The rails were twisted like copper wire Eleven were killed outright, and many were hurt."
            ),
            [
                "The rails were twisted like copper wire",
                "Eleven were killed outright, and many were hurt."
            ]
        );
        assert_eq!(
            sents("Doctors came from the train The villagers tore sheets for bandages."),
            [
                "Doctors came from the train",
                "The villagers tore sheets for bandages."
            ]
        );
        // (a title or a name after a little word or before a capital stays in its sentence)
        for t in [
            "The story was printed in The Times the next morning.",
            "They travelled aboard The Flying Kestrel to Lowport.",
            "The crew of the ship named The Lady stayed aboard.",
            "I still wish I could have done more for them.",
            "The lack of vitamin A made the men weak.",
        ] {
            assert_eq!(sents(t).len(), 1, "{t}");
        }
    }

    #[test]
    fn a_headline_in_capitals_is_cut_from_the_prose_it_runs_into() {
        // An OCR page printed as one line runs its headline into the report.
        assert_eq!(
            sents(
                "RIVER TOWN SWEPT BY FLOOD WATERS RISE TEN FEET Hundreds of families fled before dawn."
            ),
            [
                "RIVER TOWN SWEPT BY FLOOD WATERS RISE TEN FEET",
                "Hundreds of families fled before dawn."
            ]
        );
        assert_eq!(
            sents(
                "Mill Burns to the Ground, MANY LOSE THEIR WORK, Owners and Hands Watch the Roof Fall."
            ),
            [
                "Mill Burns to the Ground, MANY LOSE THEIR WORK,",
                "Owners and Hands Watch the Roof Fall."
            ]
        );
        // A deck in title case after the capitals, and figures among the capitals.
        assert_eq!(
            sents(
                "BARGE SINKS OFF POINT Within Three Hours the Old Hull Foundered. ONLY 12 MILES OUT Bay Strewn With Timber."
            ),
            [
                "BARGE SINKS OFF POINT",
                "Within Three Hours the Old Hull Foundered.",
                "ONLY 12 MILES OUT",
                "Bay Strewn With Timber."
            ]
        );
        assert_eq!(
            sents("TOWN COUNCIL VOTES NO 14 Have Now Signed The Petition"),
            ["TOWN COUNCIL VOTES NO 14 Have Now Signed The Petition"]
        );
        // Words in capitals that a sentence goes on from in lowercase, or fewer than four
        // of them, are the sentence's own.
        assert_eq!(
            sents("ERROR: DROP TABLE WITH CASCADE OPTION cannot be run here."),
            ["ERROR: DROP TABLE WITH CASCADE OPTION cannot be run here."]
        );
        assert_eq!(
            sents("The banner read NO SURRENDER HERE Tonight and the crowd cheered."),
            ["The banner read NO SURRENDER HERE Tonight and the crowd cheered."]
        );
    }

    #[test]
    fn split_paragraphs_and_crlf() {
        assert_eq!(
            sents(
                "CHAPTER I\r\n\r\nIt was a dark and stormy evening\r\nnight. Rain fell.\r\n- one item\r\n- two"
            ),
            [
                "CHAPTER I",
                "It was a dark and stormy evening\r\nnight.",
                "Rain fell.",
                "- one item",
                "- two"
            ]
        );
    }

    #[test]
    fn split_after_a_footnote_mark() {
        assert_eq!(
            sents("It was broadcast the next day.[1] A variety of hypotheses followed."),
            [
                "It was broadcast the next day.[1]",
                "A variety of hypotheses followed."
            ]
        );
        assert_eq!(
            sents("It burned.[2][a] Then it fell.[citation needed]"),
            ["It burned.[2][a]", "Then it fell.[citation needed]"]
        );
        assert_eq!(sents("See item.[Note] More."), ["See item.[Note] More."]);
    }

    #[test]
    fn a_pictures_file_name_glued_to_a_sentence_stands_alone() {
        assert_eq!(
            sents("4411_2290_8812_nOn Monday the mill closed."),
            ["4411_2290_8812_n", "On Monday the mill closed."]
        );
        assert_eq!(sents("1_2 On Monday."), ["1_2 On Monday."]);
    }

    #[test]
    fn a_blogs_comment_buttons_glued_to_a_comment_stand_alone() {
        assert_eq!(
            sents("Nice post.\nReplyDeleteThe bullet was never found. Sad."),
            [
                "Nice post.",
                "ReplyDelete",
                "The bullet was never found.",
                "Sad."
            ]
        );
        assert_eq!(sents("ReplyDeleted words"), ["ReplyDeleted words"]);
        // (a comment may open with a figure; a link back glued to the page's dateline)
        assert_eq!(
            sents("ReplyDelete240 plus deaths, 600 homes destroyed."),
            ["ReplyDelete", "240 plus deaths, 600 homes destroyed."]
        );
        assert_eq!(
            sents("«ReturnLOWPORT, Monday Night."),
            ["«Return", "LOWPORT, Monday Night."]
        );
    }

    #[test]
    fn a_page_copied_with_its_html_line_breaks_keeps_its_sentences() {
        assert_eq!(
            sents("KESTREL HALL<br />\n\n17 Mill St<br />\n\nIt opened in 1899.<br />"),
            [
                "KESTREL HALL<br />",
                "17 Mill St<br />",
                "It opened in 1899.<br />"
            ]
        );
        assert_eq!(
            sents(
                "After the flood, 41 were killed and 112<br />\n\ninjured in the city.<br />\n\nThe owner closed his mills.<br />\n"
            ),
            [
                "After the flood, 41 were killed and 112<br />\n\ninjured in the city.<br />",
                "The owner closed his mills.<br />"
            ]
        );
    }

    #[test]
    fn a_wiki_reference_ends_its_sentence_as_a_footnote_does() {
        let t = "It sank in the bay.<ref>{{cite web|title=Facts|url=http://example.org/k}}</ref> Of those aboard, 80 died.<ref name=\"loss\"/> The inquiry blamed the captain.";
        assert_eq!(
            sents(t),
            [
                "It sank in the bay.<ref>{{cite web|title=Facts|url=http://example.org/k}}</ref>",
                "Of those aboard, 80 died.<ref name=\"loss\"/>",
                "The inquiry blamed the captain."
            ]
        );
        assert_eq!(footnote_marks("a<ref>b").len(), 0);
    }

    #[test]
    fn a_link_between_two_sentences_stands_alone() {
        assert_eq!(
            sents("The gates were shut. https://ex.am/3Q The stairs were blocked."),
            [
                "The gates were shut.",
                "https://ex.am/3Q",
                "The stairs were blocked."
            ]
        );
        // a link that a sentence goes on from, in lower case, stays in it
        assert_eq!(
            sents("It burned. www.example.org has the photographs."),
            ["It burned.", "www.example.org has the photographs."]
        );
    }

    #[test]
    fn a_tables_closing_bar_ends_its_row() {
        assert_eq!(
            sents("Date | May 6, 1937 7:25 p.m. |\nPlace | Lakehurst |\nIt burned. | And fell."),
            [
                "Date | May 6, 1937 7:25 p.m. |",
                "Place | Lakehurst |",
                "It burned.",
                "| And fell."
            ]
        );
        assert_eq!(
            sents("It was 7 p.m. |\nThen it fell."),
            ["It was 7 p.m. |", "Then it fell."]
        );
    }

    #[test]
    fn a_linked_articles_preview_opens_its_own_line() {
        // a mirror inlines the first sentences of a linked article, its link's words first
        assert_eq!(
            sents("a huge build-up of snow on a\nchalk Chalk is a soft, white rock."),
            [
                "a huge build-up of snow on a",
                "chalk Chalk is a soft, white rock."
            ]
        );
        assert_eq!(
            sents("It remains the deadliest\navalanche An avalanche is a rapid flow of snow."),
            [
                "It remains the deadliest",
                "avalanche An avalanche is a rapid flow of snow."
            ]
        );
        // (a line that goes on its sentence stays joined: no name told again)
        assert_eq!(
            sents("the snow fell on the\ntown of Lowport and the cliff above it was white."),
            ["the snow fell on the\ntown of Lowport and the cliff above it was white."]
        );
    }

    #[test]
    fn split_lines_of_web_text_stand_alone() {
        let t = "Statistics\nCasualties210–260\nNumber of guns, 48.\nPosts: 1528\nThe fire spread through the city\nfast and wide.";
        assert_eq!(
            sents(t),
            [
                "Statistics",
                "Casualties210–260",
                "Number of guns, 48.",
                "Posts: 1528",
                "The fire spread through the city\nfast and wide."
            ]
        );
        assert_eq!(
            sents("all houses are totally de-\nstroyed. Many left."),
            ["all houses are totally de-\nstroyed.", "Many left."]
        );
        assert_eq!(sents("User avatar\ntommy303"), ["User avatar", "tommy303"]);
        assert_eq!(
            sents(
                "· Hitler used the fire as a pretext to rule alone\nhttp://example.org/story/1.html"
            ),
            [
                "· Hitler used the fire as a pretext to rule alone",
                "http://example.org/story/1.html"
            ],
            "a link on a line of its own"
        );
        assert_eq!(sents("VOL. 77—NO. 133."), ["VOL. 77—NO. 133."]);
    }

    #[test]
    fn a_page_broken_every_few_words_keeps_its_sentences() {
        // A blog post pasted with a break in mid-sentence every few words.
        let t = "It was a sunny but raw\nday in the city.\nIt was not the\nfirst fire of the\nYear. A second one came.";
        assert_eq!(
            sents(t),
            [
                "It was a sunny but raw\nday in the city.",
                "It was not the\nfirst fire of the\nYear.",
                "A second one came."
            ]
        );
        // Labels, menus and user names have no little words: they stay lines of their own.
        assert_eq!(sents("User avatar\ntommy303"), ["User avatar", "tommy303"]);
        assert_eq!(sents("Sign in\nRegister"), ["Sign in", "Register"]);
        assert_eq!(sents("Posted by\nKestrel"), ["Posted by", "Kestrel"]);
        // a headline's line ending on "as" or a verb of being runs on
        assert_eq!(
            sents("Horror Occurs in Kestrel Hall as\nChildren Line Up for Gifts."),
            ["Horror Occurs in Kestrel Hall as\nChildren Line Up for Gifts."]
        );
        assert_eq!(
            sents("Death toll\nFive hundred"),
            ["Death toll", "Five hundred"]
        );
        assert_eq!(
            sents("History of the\n- fire"),
            ["History of the", "- fire"]
        );
    }

    #[test]
    fn split_source_line_stays_whole() {
        let t = "Source: FIRE. (Star, 8 May 1937) | Papers — https://example.org/a.b\n\nIt burned. Then it fell.";
        assert_eq!(
            sents(t),
            [
                "Source: FIRE. (Star, 8 May 1937) | Papers — https://example.org/a.b",
                "It burned.",
                "Then it fell."
            ]
        );
    }

    #[test]
    fn split_sentence_glued_after_full_stop() {
        // a wire's credit after its dash; a dash that goes on the story does not split
        assert_eq!(
            sents("Windows were smashed over a wide area.—Aus.-N.Z. Cable Assn."),
            [
                "Windows were smashed over a wide area.",
                "—Aus.-N.Z. Cable Assn."
            ]
        );
        let t = "Windows were smashed.—Many in the town fled.";
        assert_eq!(sents(t), [t]);
        let t = "United Press Association.—Copyright.";
        assert_eq!(sents(t), [t]);
        // (a word of credits in the story is no credit of its own)
        assert_eq!(
            sents("The special train reached the town.—Reuter."),
            ["The special train reached the town.", "—Reuter."]
        );
        // nor does a company's style, nor an OCR speck's question mark
        let t = "The Kestrel Power Co. Ltd. built the dam.";
        assert_eq!(sents(t), [t]);
        let t = "The works of the Kestrbl<? Dye Company blew up.";
        assert_eq!(sents(t), [t]);
        assert_eq!(
            sents("Some were driven out.William Springfield took a picture."),
            [
                "Some were driven out.",
                "William Springfield took a picture."
            ]
        );
        let t = "Ask at example.com or the U.S.Army office.";
        assert_eq!(sents(t), [t]);
        // a capitalized word before, a one-letter word or a figure after, a figure's
        // sentence before one in lowercase
        assert_eq!(
            sents("It rose on Mt Kestrel.In the inquiry the bridge was blamed."),
            [
                "It rose on Mt Kestrel.",
                "In the inquiry the bridge was blamed."
            ]
        );
        assert_eq!(
            sents("A warning was put upstream on the river.A lahar came in March."),
            [
                "A warning was put upstream on the river.",
                "A lahar came in March."
            ]
        );
        assert_eq!(
            sents("They were at greater risk of injury.28 of the 170 died."),
            [
                "They were at greater risk of injury.",
                "28 of the 170 died."
            ]
        );
        assert_eq!(
            sents(
                "Almost all killed were in one car, 148 out of 151.located at the front, it took the fumes."
            ),
            [
                "Almost all killed were in one car, 148 out of 151.",
                "located at the front, it took the fumes."
            ]
        );
        // (a figure ends the sentence, a capitalized word that opens sentences the next)
        assert_eq!(
            sents(
                "The fire killed 69 children and injured 40.On the afternoon of the fire the hall was full."
            ),
            [
                "The fire killed 69 children and injured 40.",
                "On the afternoon of the fire the hall was full."
            ]
        );
        // (not a decimal, a version, a web address, a name's initials, "Fig.3")
        for t in [
            "The ratio was 1.5 to one in 1953.",
            "It ran version 2.4 of the system.",
            "See kestrel.org.uk for the list.",
            "J.R.R. Tolkien wrote it.",
            "The map in Fig.3 shows the bridge.",
            "The St.Louis office sent it.",
            "This article is a courtesy of Firehouse.Com News.",
            "Kestrel Mill Fire 1909.jpg shows the ruins.",
            "The liner under Capt.Rostron picked up 705 survivors.",
            "There were approx.300 people trapped.",
            "See www.Kestrel-History.org for the list.",
            "Step 1.Then the engine was started.",
            "The bill of 1910.Kestrel Mill paid it.",
        ] {
            assert_eq!(sents(t), [t], "{t}");
        }
    }

    #[test]
    fn split_hard_wrapped_text_joins_its_lines() {
        let line = "the long and winding story of the river that ran through the old town";
        let t = format!("{line}\n{line}\n{line}.\nThen\n{line}\n{line}.");
        let out = sents(&t);
        assert!(is_hard_wrapped(&t));
        assert_eq!(out.len(), 2, "{out:?}");
        assert!(!is_hard_wrapped("Title\nA line.\nAnother line\nLast one"));
        assert!(!is_hard_wrapped(&format!(
            "{}\n{line}\n{line}\n{line}",
            "x".repeat(300)
        )));
    }

    #[test]
    fn split_unpunctuated_text_is_bounded() {
        let t = "word ".repeat(10_000);
        let parts = split(&t);
        assert!(parts.len() >= 10_000 * 5 / MAX_STATEMENT_BYTES);
        assert!(parts.iter().all(|r| r.len() <= MAX_STATEMENT_BYTES));
        let t = "я".repeat(5000); // no spaces at all, two bytes a char
        let parts = split(&t);
        assert!(
            parts
                .iter()
                .all(|r| r.len() <= MAX_STATEMENT_BYTES && !r.is_empty())
        );
        assert_eq!(parts.iter().map(|r| r.len()).sum::<usize>(), t.len());
    }

    #[test]
    fn split_cjk_and_unicode() {
        assert_eq!(
            sents("東京に行った。雨だった。"),
            ["東京に行った。", "雨だった。"]
        );
        assert_eq!(
            sents("Троцкий умер. «Да» — сказал он."),
            ["Троцкий умер.", "«Да» — сказал он."]
        );
    }
}
