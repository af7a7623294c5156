//! Loading sources: reading files safely and decoding them to text.
//!
//! The decoding ladder, tried in this order (the first that applies wins):
//! 1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE) names the encoding; the mark is dropped;
//! 2. bytes containing NUL (or mostly control bytes) are refused as binary;
//! 3. bytes that are valid UTF-8 are UTF-8;
//! 4. otherwise `chardetng` guesses a legacy encoding (Windows-1252, KOI8-R, Shift_JIS, ...)
//!    and `encoding_rs` decodes with it, replacing any undecodable byte with U+FFFD.
//!
//! Line ends are kept as they are (CRLF, CR or LF): statement offsets count code points of
//! the decoded text exactly as other tools (and the gold scorer) read it.

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Largest source file accepted, in bytes (64 MiB). Larger files are refused at once,
/// before reading, with a message naming this limit.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// How many leading bytes are inspected to decide whether a file is binary.
const SNIFF_BYTES: usize = 8192;

/// A source text, decoded, with the name and encoding it was read with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// Where the text came from, if it came from a file.
    pub path: Option<PathBuf>,
    /// Short display name (the file name).
    pub name: String,
    /// The decoded text, byte-order mark dropped, line ends untouched.
    pub text: String,
    /// Name of the encoding the bytes were decoded with (e.g. `UTF-8`, `windows-1252`).
    pub encoding: String,
}

impl Source {
    /// A source made from text already in memory (the built-in example, tests).
    pub fn from_text(name: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            path: None,
            name: name.into(),
            text: text.into(),
            encoding: "UTF-8".to_owned(),
        }
    }
}

/// Why a source could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadErrorKind {
    /// Nothing exists at the path.
    NotFound,
    /// The operating system refused access.
    PermissionDenied,
    /// The path is a folder.
    IsDirectory,
    /// The path is neither a file nor a folder (a device, a socket, ...).
    NotAFile,
    /// The file exceeds [`MAX_FILE_BYTES`].
    TooLarge {
        /// Size of the file in bytes.
        size: u64,
    },
    /// The bytes do not look like text.
    Binary,
    /// A document whose text must be saved as text first: a web page's HTML, a PDF, a
    /// word processor's file. What it is, as the message names it ("a web page's HTML").
    NotPlainText(&'static str),
    /// Any other I/O failure, with the system's message.
    Io(String),
}

/// A source that could not be loaded: which one and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// The path as the user gave it.
    pub path: PathBuf,
    /// The reason.
    pub kind: LoadErrorKind,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let p = self.path.display();
        match &self.kind {
            LoadErrorKind::NotFound => write!(f, "{p}: no such file"),
            LoadErrorKind::PermissionDenied => write!(f, "{p}: permission denied"),
            LoadErrorKind::IsDirectory => write!(f, "{p}: is a folder, not a text file"),
            LoadErrorKind::NotAFile => write!(f, "{p}: is not a regular file"),
            LoadErrorKind::TooLarge { size } => write!(
                f,
                "{p}: too large ({} MB; the limit is {} MB)",
                size / (1024 * 1024),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
            LoadErrorKind::Binary => {
                write!(f, "{p}: looks like a binary file, not text")
            }
            LoadErrorKind::NotPlainText(what) => write!(
                f,
                "{p}: is {what}, not plain text. Open it in its own program (a web page in a \
                 browser), select all its text (Ctrl+A), copy it, paste it into a new \
                 plain-text file (.txt) and open that"
            ),
            LoadErrorKind::Io(msg) => write!(f, "{p}: cannot read: {msg}"),
        }
    }
}

impl std::error::Error for LoadError {}

fn io_kind(e: &std::io::Error) -> LoadErrorKind {
    match e.kind() {
        std::io::ErrorKind::NotFound => LoadErrorKind::NotFound,
        std::io::ErrorKind::PermissionDenied => LoadErrorKind::PermissionDenied,
        std::io::ErrorKind::IsADirectory => LoadErrorKind::IsDirectory,
        _ => LoadErrorKind::Io(e.to_string()),
    }
}

/// Reads and decodes a text file, refusing folders, binaries and files over the limit.
pub fn load_file(path: &Path) -> Result<Source, LoadError> {
    let err = |kind| LoadError {
        path: path.to_path_buf(),
        kind,
    };
    let meta = std::fs::metadata(path).map_err(|e| err(io_kind(&e)))?;
    if meta.is_dir() {
        return Err(err(LoadErrorKind::IsDirectory));
    }
    if !meta.is_file() {
        return Err(err(LoadErrorKind::NotAFile));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(err(LoadErrorKind::TooLarge { size: meta.len() }));
    }
    let file = std::fs::File::open(path).map_err(|e| err(io_kind(&e)))?;
    // Read at most one byte past the limit: the file may have grown since `metadata`.
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| err(io_kind(&e)))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(err(LoadErrorKind::TooLarge {
            size: bytes.len() as u64,
        }));
    }
    let (text, encoding) = decode(&bytes).map_err(err)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    Ok(Source {
        path: Some(path.to_path_buf()),
        name,
        text,
        encoding,
    })
}

/// Decodes bytes by the ladder in the module docs; returns the text and the encoding's name.
pub fn decode(bytes: &[u8]) -> Result<(String, String), LoadErrorKind> {
    if let Some(what) = document_kind(bytes) {
        return Err(LoadErrorKind::NotPlainText(what));
    }
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return Ok((text.into_owned(), enc.name().to_owned()));
    }
    if looks_binary(bytes) {
        return Err(LoadErrorKind::Binary);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_owned(), "UTF-8".to_owned()));
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let enc = detector.guess(None, true);
    let (text, _) = enc.decode_without_bom_handling(bytes);
    Ok((text.into_owned(), enc.name().to_owned()))
}

/// What kind of document `bytes` are when they are one a class must save as text first:
/// the statements of a page's HTML would be its markup, and a PDF's or a word
/// processor's bytes are no text at all. Read off the first bytes only.
fn document_kind(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"%PDF-") {
        return Some("a PDF");
    }
    // (a .docx or .odt is a zip; an old .doc an OLE compound file)
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Some("a word processor's document (or another archive)");
    }
    if bytes.starts_with(b"{\\rtf") {
        return Some("a rich-text (RTF) document");
    }
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let head = String::from_utf8_lossy(head);
    // A page saved as one file (MHTML) is a mail message of its parts.
    let lower = head.to_ascii_lowercase();
    if lower.starts_with("from: <saved by") || lower.contains("content-type: multipart/related") {
        return Some("a web page saved as one file (MHTML)");
    }
    // Past an XML declaration and comments ("<!-- saved from url=… -->") to the first tag.
    let mut rest = head.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    loop {
        let skipped = if rest.starts_with("<?xml") {
            rest.find("?>").map(|i| &rest[i + 2..])
        } else if rest.starts_with("<!--") {
            rest.find("-->").map(|i| &rest[i + 3..])
        } else {
            None
        };
        match skipped {
            Some(r) => rest = r.trim_start(),
            None => break,
        }
    }
    let start: String = rest
        .chars()
        .take(14)
        .collect::<String>()
        .to_ascii_lowercase();
    // ("<html> is a tag." is a sentence: a page opens with its doctype, or with <html> or
    // <head> and has a head, a body or an end)
    let page = start.starts_with("<!doctype html")
        || ((start.starts_with("<html") || start.starts_with("<head"))
            && ["<head", "<body", "</html>"]
                .iter()
                .any(|t| lower.contains(t)));
    page.then_some("a web page's HTML")
}

/// True when the first bytes hold a NUL or are mostly control characters.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    if head.is_empty() {
        return false;
    }
    if head.contains(&0) {
        return true;
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    control * 10 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_refuses_documents_that_need_saving_as_text() {
        for (bytes, what) in [
            (
                &b"<!DOCTYPE html>\n<html><body><p>The dam burst.</p>"[..],
                "HTML",
            ),
            (b"\n  <HTML lang=\"en\"><p>x</p></HTML>", "HTML"),
            (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
            (b"PK\x03\x04\x14\x00\x06\x00", "word processor"),
            (b"{\\rtf1\\ansi The dam burst.}", "RTF"),
            (
                b"<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\">",
                "HTML",
            ),
            (
                b"<!-- saved from url=(0042)http://example.org/ -->\n<html><head>",
                "HTML",
            ),
            (
                b"From: <Saved by Blink>\nSubject: The flood\nMIME-Version: 1.0",
                "MHTML",
            ),
        ] {
            let e = decode(bytes).expect_err(what);
            let message = LoadError {
                path: "page".into(),
                kind: e,
            }
            .to_string();
            assert!(
                message.contains(what) && message.contains("plain-text file"),
                "{message}"
            );
        }
        // Text that speaks of HTML, or opens with a tag-like line, is text.
        for text in [
            "<html> is a tag. The dam burst.",
            "The <html> tag.",
            "<b>Dam</b> burst.",
        ] {
            assert!(decode(text.as_bytes()).is_ok(), "{text}");
        }
    }

    #[test]
    fn decode_utf8_plain() {
        let (t, e) = decode("Троцкий – «Моя жизнь»".as_bytes()).unwrap();
        assert_eq!(t, "Троцкий – «Моя жизнь»");
        assert_eq!(e, "UTF-8");
    }

    #[test]
    fn decode_utf8_bom_is_dropped() {
        let (t, e) = decode(b"\xef\xbb\xbfHello.").unwrap();
        assert_eq!(t, "Hello.");
        assert_eq!(e, "UTF-8");
    }

    #[test]
    fn decode_utf16_le_and_be_with_bom() {
        let mut le = vec![0xff, 0xfe];
        let mut be = vec![0xfe, 0xff];
        for u in "Ice axe, 1940.".encode_utf16() {
            le.extend(u.to_le_bytes());
            be.extend(u.to_be_bytes());
        }
        assert_eq!(
            decode(&le).unwrap(),
            ("Ice axe, 1940.".into(), "UTF-16LE".into())
        );
        assert_eq!(
            decode(&be).unwrap(),
            ("Ice axe, 1940.".into(), "UTF-16BE".into())
        );
    }

    #[test]
    fn decode_windows_1252_is_detected() {
        // "Trotsky’s café – 1940" in Windows-1252: curly apostrophe 0x92, é 0xe9, en dash 0x96.
        let bytes = b"Trotsky\x92s caf\xe9 \x96 1940. The r\xe9sum\xe9 was na\xefve.";
        let (t, e) = decode(bytes).unwrap();
        assert_eq!(e, "windows-1252");
        assert!(t.starts_with("Trotsky’s café – 1940."), "{t}");
    }

    #[test]
    fn decode_binary_is_refused() {
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0"),
            Err(LoadErrorKind::Binary)
        );
        let controls: Vec<u8> = (0..200).map(|i| (i % 8) as u8 + 1).collect();
        assert_eq!(decode(&controls), Err(LoadErrorKind::Binary));
    }

    #[test]
    fn decode_empty_is_empty_text() {
        assert_eq!(decode(b"").unwrap().0, "");
    }

    #[test]
    fn load_file_errors_name_the_file_and_reason() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("missing.txt");
        let e = load_file(&missing).unwrap_err();
        assert_eq!(e.kind, LoadErrorKind::NotFound);
        assert!(e.to_string().contains("missing.txt: no such file"));
        let e = load_file(dir.path()).unwrap_err();
        assert_eq!(e.kind, LoadErrorKind::IsDirectory);
        let bin = dir.path().join("x.bin");
        std::fs::write(&bin, [0u8, 1, 2, 3, 0, 0]).unwrap();
        let e = load_file(&bin).unwrap_err();
        assert_eq!(e.kind, LoadErrorKind::Binary);
        assert!(e.to_string().contains("binary"), "{e}");
    }

    #[test]
    fn load_file_keeps_crlf_and_reports_name() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.txt");
        std::fs::write(&p, b"One.\r\nTwo.\r").unwrap();
        let s = load_file(&p).unwrap();
        assert_eq!(s.text, "One.\r\nTwo.\r");
        assert_eq!(s.name, "a.txt");
        assert_eq!(s.encoding, "UTF-8");
    }
}
