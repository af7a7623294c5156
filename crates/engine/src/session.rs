//! Session files (`.corroborate`): the sources, the threshold and the reader's corrections,
//! as versioned JSON. Saves are atomic; loading refuses anything it does not understand
//! with a message, and never writes.

use crate::corrections::Correction;
use crate::load::{self, Source};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The `format` field of every session file.
pub const FORMAT: &str = "corroborate-session";
/// The session format version this build writes. Version 2 added answers and sourcing
/// cards to the corrections; a version 1 file is a version 2 file without them.
pub const VERSION: u32 = 2;
/// The oldest session format version this build reads.
pub const OLDEST_VERSION: u32 = 1;
/// Largest session file read, in bytes (embedded sources included).
pub const MAX_SESSION_BYTES: u64 = 4 * load::MAX_FILE_BYTES;
/// File extension of session files.
pub const EXTENSION: &str = "corroborate";

/// One source as a session remembers it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionSource {
    /// Display name (file name); corrections refer to sources by it.
    pub name: String,
    /// Where the file was, if it came from one.
    #[serde(default)]
    pub path: Option<PathBuf>,
    /// SHA-256 of the decoded text, hex.
    pub sha256: String,
    /// The text itself, when embedded (a teacher handing out one file).
    #[serde(default)]
    pub text: Option<String>,
}

/// A saved session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// Always [`FORMAT`].
    pub format: String,
    /// The format version, [`VERSION`].
    pub version: u32,
    /// The grouping threshold.
    pub threshold: f32,
    /// The sources, in order.
    pub sources: Vec<SessionSource>,
    /// The corrections, in the order made.
    #[serde(default)]
    pub corrections: Vec<Correction>,
}

/// Why a text is not a session this build can open. Rendered for people only where it is
/// shown ([`fmt::Display`]).
#[derive(Debug, Clone, PartialEq)]
pub enum FormatError {
    /// Not JSON at all (the parser's message).
    NotJson(String),
    /// JSON, but not a Corroborate session.
    NotASession,
    /// A session of another format version.
    Version(u64),
    /// A session without a format version.
    NoVersion,
    /// A session whose fields do not fit the format (the parser's message).
    Damaged(String),
    /// A threshold outside the range the engine accepts.
    Threshold(String),
    /// Not UTF-8 text.
    NotText,
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatError::NotJson(e) => write!(f, "not a session file (invalid JSON: {e})"),
            FormatError::NotASession => write!(f, "not a Corroborate session file"),
            FormatError::Version(n) => write!(
                f,
                "session format version {n}; this Corroborate reads versions {OLDEST_VERSION} to {VERSION}"
            ),
            FormatError::NoVersion => write!(f, "session file has no format version"),
            FormatError::Damaged(e) => write!(f, "damaged session file: {e}"),
            FormatError::Threshold(e) => write!(f, "{e}"),
            FormatError::NotText => write!(f, "not a session file (not UTF-8 text)"),
        }
    }
}

impl std::error::Error for FormatError {}

/// What went wrong with a session file.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// The file system refused (the system's message).
    Io(String),
    /// Not a regular file.
    NotAFile,
    /// Larger than [`MAX_SESSION_BYTES`] (its size in bytes).
    TooLarge(u64),
    /// Not a session this build can open.
    Format(FormatError),
    /// The session could not be serialised (nothing was written).
    Serialise(String),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Io(e) | Problem::Serialise(e) => write!(f, "{e}"),
            Problem::NotAFile => write!(f, "is not a file"),
            Problem::TooLarge(n) => write!(
                f,
                "too large ({} MB; the limit is {} MB)",
                n / (1024 * 1024),
                MAX_SESSION_BYTES / (1024 * 1024)
            ),
            Problem::Format(e) => write!(f, "{e}"),
        }
    }
}

/// Why a session could not be opened or saved.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionError {
    /// The session file.
    pub path: PathBuf,
    /// What went wrong.
    pub problem: Problem,
}

impl fmt::Display for SessionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.problem)
    }
}

impl std::error::Error for SessionError {}

/// Hex SHA-256 of a text.
pub fn hash(text: &str) -> String {
    let d = Sha256::digest(text.as_bytes());
    d.iter().map(|b| format!("{b:02x}")).collect()
}

impl Session {
    /// A session of these sources, threshold and corrections; `embed` stores the texts.
    pub fn new(
        sources: &[Source],
        threshold: f32,
        corrections: Vec<Correction>,
        embed: bool,
    ) -> Self {
        Self {
            format: FORMAT.to_owned(),
            version: VERSION,
            threshold,
            sources: sources
                .iter()
                .map(|s| SessionSource {
                    name: s.name.clone(),
                    path: s.path.clone(),
                    sha256: hash(&s.text),
                    text: (embed || s.path.is_none()).then(|| s.text.clone()),
                })
                .collect(),
            corrections,
        }
    }

    /// Parses and checks a session from JSON text.
    pub fn from_json(json: &str) -> Result<Self, FormatError> {
        // serde_json refuses nesting deeper than 128 levels, so hostile nesting fails here.
        let v: serde_json::Value =
            serde_json::from_str(json).map_err(|e| FormatError::NotJson(e.to_string()))?;
        if v.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
            return Err(FormatError::NotASession);
        }
        match v.get("version").and_then(|x| x.as_u64()) {
            Some(n) if (OLDEST_VERSION as u64..=VERSION as u64).contains(&n) => {}
            Some(n) => return Err(FormatError::Version(n)),
            None => return Err(FormatError::NoVersion),
        }
        let s: Session =
            serde_json::from_value(v).map_err(|e| FormatError::Damaged(e.to_string()))?;
        crate::analysis::check_threshold(s.threshold).map_err(FormatError::Threshold)?;
        Ok(s)
    }

    /// The session as pretty JSON. An error (which plain strings and numbers cannot
    /// cause today) is returned, never an empty text that a save would write over a
    /// student's work.
    pub fn to_json(&self) -> serde_json::Result<String> {
        serde_json::to_string_pretty(self)
    }

    /// Opens a session file, refusing files over [`MAX_SESSION_BYTES`].
    pub fn open(path: &Path) -> Result<Self, SessionError> {
        let err = |problem: Problem| SessionError {
            path: path.to_path_buf(),
            problem,
        };
        let meta = std::fs::metadata(path).map_err(|e| err(Problem::Io(e.to_string())))?;
        if !meta.is_file() {
            return Err(err(Problem::NotAFile));
        }
        if meta.len() > MAX_SESSION_BYTES {
            return Err(err(Problem::TooLarge(meta.len())));
        }
        let bytes = std::fs::read(path).map_err(|e| err(Problem::Io(e.to_string())))?;
        let text =
            String::from_utf8(bytes).map_err(|_| err(Problem::Format(FormatError::NotText)))?;
        Self::from_json(&text).map_err(|e| err(Problem::Format(e)))
    }

    /// Saves atomically: a temporary file in the same folder, flushed, then renamed over
    /// `path`, so a crash leaves either the old file or the new one.
    pub fn save(&self, path: &Path) -> Result<(), SessionError> {
        let dir = folder_of(path);
        let err = |problem: Problem| SessionError {
            path: path.to_path_buf(),
            problem,
        };
        let json = self.clone().relative_to(dir).to_json();
        write_json(path, json, false).map_err(err)
    }

    /// [`Session::save`] to a file only its owner may read ([`write_private`]): the
    /// recovery file, which embeds every text.
    pub fn save_private(&self, path: &Path) -> Result<(), SessionError> {
        let err = |problem: Problem| SessionError {
            path: path.to_path_buf(),
            problem,
        };
        write_json(path, self.to_json(), true).map_err(err)
    }

    /// The session's sources. An embedded text is what is analysed (a source file that
    /// changed since is reported, never used instead). A source named only by its path is
    /// read when the path is relative and stays inside `base` (the session's folder, links
    /// resolved); a path that is absolute or leads out is read only when `trust` allows it,
    /// and so is a file whose text no longer matches the session. Returns the sources and
    /// one [`SourceIssue`] per source that needs the reader's attention.
    pub fn sources(&self, base: &Path, trust: Trust) -> (Vec<Source>, Vec<SourceIssue>) {
        let mut out = Vec::new();
        let mut issues = Vec::new();
        for s in &self.sources {
            let name = s.name.clone();
            let place = s.path.as_deref().map(|p| resolve(base, p));
            if let Some(Place::Inside(real) | Place::Outside(real)) = &place
                && real
                    .file_name()
                    .is_some_and(|f| f.to_string_lossy() != s.name)
            {
                issues.push(SourceIssue::Renamed {
                    name: name.clone(),
                    path: real.clone(),
                });
            }
            if let Some(text) = &s.text {
                out.push(Source {
                    path: s.path.clone(),
                    name: name.clone(),
                    text: text.clone(),
                    encoding: "UTF-8".to_owned(),
                });
                issues.extend(changed_beside_embedded(s, place.as_ref()));
                continue;
            }
            let real = match place {
                None => {
                    issues.push(SourceIssue::Unreadable {
                        name,
                        reason: "no text and no path in the session".to_owned(),
                    });
                    continue;
                }
                Some(Place::Missing(p)) => {
                    issues.push(SourceIssue::Unreadable {
                        name,
                        reason: format!("{}: no such file", p.display()),
                    });
                    continue;
                }
                Some(Place::Outside(real)) if !trust.outside_paths => {
                    issues.push(SourceIssue::Outside { name, path: real });
                    continue;
                }
                Some(Place::Inside(real) | Place::Outside(real)) => real,
            };
            match load::load_file(&real) {
                Ok(mut src) => {
                    src.name = name.clone();
                    if hash(&src.text) != s.sha256 {
                        issues.push(SourceIssue::Changed {
                            name,
                            path: real,
                            analysed: trust.changed_files,
                            embedded: false,
                        });
                        if !trust.changed_files {
                            continue;
                        }
                    }
                    out.push(src);
                }
                Err(e) => issues.push(SourceIssue::Unreadable {
                    name,
                    reason: e.to_string(),
                }),
            }
        }
        (out, issues)
    }

    /// The session with each source path inside `dir` (the folder it is saved to) made
    /// relative to it, so that the folder can be moved or handed on whole and reopens
    /// without asking; other paths stay as they are (and will ask).
    pub fn relative_to(mut self, dir: &Path) -> Self {
        let Ok(dir) = dir.canonicalize() else {
            return self;
        };
        for s in &mut self.sources {
            if let Some(p) = &s.path
                && let Ok(real) = p.canonicalize()
                && let Ok(rel) = real.strip_prefix(&dir)
            {
                s.path = Some(rel.to_path_buf());
            }
        }
        self
    }
}

/// An embedded source whose file, inside the session's folder (reading it needs no
/// consent), no longer matches the text saved: reported, never used instead.
fn changed_beside_embedded(s: &SessionSource, place: Option<&Place>) -> Option<SourceIssue> {
    let Some(Place::Inside(real)) = place else {
        return None;
    };
    let file = load::load_file(real).ok()?;
    (hash(&file.text) != s.sha256).then(|| SourceIssue::Changed {
        name: s.name.clone(),
        path: real.clone(),
        analysed: true,
        embedded: true,
    })
}

/// Writes serialised JSON atomically, or nothing at all when serialising failed: a session
/// file on disk is never replaced by an empty or partial text.
fn write_json(path: &Path, json: serde_json::Result<String>, private: bool) -> Result<(), Problem> {
    let json =
        json.map_err(|e| Problem::Serialise(format!("cannot serialise the session: {e}")))?;
    write_atomic_with(path, json.as_bytes(), private).map_err(|e| Problem::Io(e.to_string()))
}

/// The folder a session file's source paths are relative to: the file's own folder
/// (the current folder for a bare file name).
pub fn folder_of(session_path: &Path) -> &Path {
    session_path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// What the reader allows when a session names source files. The default allows nothing
/// beyond the session's own folder.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Trust {
    /// Read files the session names outside its folder (absolute paths, `..`, links out).
    /// Default: no.
    pub outside_paths: bool,
    /// Analyse a file whose text no longer matches the session (when no text is
    /// embedded). Default: no.
    pub changed_files: bool,
}

/// Where a source path of a session leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// A relative path to a file inside the session's folder (its real path).
    Inside(PathBuf),
    /// An absolute path, or one that leads out of the folder (its real path, links
    /// resolved).
    Outside(PathBuf),
    /// Nothing is there (the path as joined).
    Missing(PathBuf),
}

/// Resolves a source path of a session saved in `base`: relative paths are joined to
/// `base`, then every link is resolved (so a link pointing out of the folder is outside).
/// Looks at the file system only (no file is read).
pub fn resolve(base: &Path, path: &Path) -> Place {
    let joined = if path.is_relative() {
        base.join(path)
    } else {
        path.to_path_buf()
    };
    let Ok(real) = joined.canonicalize() else {
        return Place::Missing(joined);
    };
    match base.canonicalize() {
        Ok(b) if path.is_relative() && real.starts_with(&b) => Place::Inside(real),
        _ => Place::Outside(real),
    }
}

/// A source of a session that needs the reader's attention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceIssue {
    /// The session names a file outside its folder: not read without consent.
    Outside {
        /// The name the session shows.
        name: String,
        /// The file's real path.
        path: PathBuf,
    },
    /// The file's text no longer matches the session.
    Changed {
        /// The name the session shows.
        name: String,
        /// The file's real path.
        path: PathBuf,
        /// Whether a text was analysed for this source (the embedded one, or the changed
        /// file when the reader allowed it).
        analysed: bool,
        /// Whether the session embeds the text (which was analysed instead of the file).
        embedded: bool,
    },
    /// The name the session shows differs from the file's own name.
    Renamed {
        /// The name the session shows.
        name: String,
        /// The file's real path.
        path: PathBuf,
    },
    /// The source could not be read.
    Unreadable {
        /// The name the session shows.
        name: String,
        /// Why.
        reason: String,
    },
}

impl SourceIssue {
    /// True when the source was left out and the reader may choose to read it anyway
    /// (a file outside the folder, a changed file).
    pub fn needs_consent(&self) -> bool {
        matches!(
            self,
            SourceIssue::Outside { .. }
                | SourceIssue::Changed {
                    analysed: false,
                    ..
                }
        )
    }
}

impl fmt::Display for SourceIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SourceIssue::Outside { name, path } => write!(
                f,
                "the session wants to read {} (as \"{name}\"), outside its folder; not read",
                path.display()
            ),
            SourceIssue::Changed {
                name,
                path,
                embedded: true,
                ..
            } => write!(
                f,
                "{} (\"{name}\") has changed since the session was saved; the text saved in the session is used",
                path.display()
            ),
            SourceIssue::Changed {
                name,
                path,
                analysed,
                ..
            } => write!(
                f,
                "{} (\"{name}\") no longer matches the session; {}",
                path.display(),
                if *analysed {
                    "used as it is now, some corrections may not apply"
                } else {
                    "not used"
                }
            ),
            SourceIssue::Renamed { name, path } => {
                write!(f, "\"{name}\" is the file {}", path.display())
            }
            SourceIssue::Unreadable { name, reason } => write!(f, "{name}: {reason}"),
        }
    }
}

/// Writes `bytes` to `path` atomically (temporary file in the same folder, then rename).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomic_with(path, bytes, false)
}

/// [`write_atomic`] for files only their owner may read (recovery and autosave files,
/// settings): created with mode 0600 on Unix, before any byte is written, so the file is
/// never readable by others, not even for a moment.
pub fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomic_with(path, bytes, true)
}

/// Creates `dir` (and its parents) with mode 0700 on Unix, and makes an existing `dir`
/// 0700: the folder of recovery files and settings, on computers a class shares.
pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

fn write_atomic_with(path: &Path, bytes: &[u8], private: bool) -> std::io::Result<()> {
    let dir = folder_of(path);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "session".to_owned());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        if private {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        #[cfg(not(unix))]
        let _ = private;
        let mut f = options.open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failing_serialisation_leaves_the_file_as_it_was() {
        use serde::ser::Error as _;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("class.corroborate");
        std::fs::write(&p, "the student's work").unwrap();
        let failed: serde_json::Result<String> = Err(serde_json::Error::custom("broken"));
        let e = write_json(&p, failed, false).unwrap_err();
        assert!(e.to_string().contains("cannot serialise"), "{e}");
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "the student's work");
        let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 1, "no temporary file left behind");
        write_json(&p, Ok("{}".into()), false).unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "{}");
    }

    #[test]
    fn from_json_refuses_other_formats_and_versions() {
        assert!(
            Session::from_json("{")
                .unwrap_err()
                .to_string()
                .contains("invalid JSON")
        );
        assert!(
            Session::from_json("{\"format\":\"x\"}")
                .unwrap_err()
                .to_string()
                .contains("not a Corroborate")
        );
        let newer = VERSION + 1;
        let v = format!("{{\"format\":\"{FORMAT}\",\"version\":{newer}}}");
        assert!(
            Session::from_json(&v)
                .unwrap_err()
                .to_string()
                .contains(&format!("version {newer}"))
        );
        let v0 = format!("{{\"format\":\"{FORMAT}\",\"version\":0}}");
        assert!(Session::from_json(&v0).is_err(), "older than any format");
    }

    #[test]
    fn from_json_refuses_hostile_values() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(Session::from_json(&deep).is_err());
        let huge = format!(
            "{{\"format\":\"{FORMAT}\",\"version\":1,\"threshold\":0.2,\"sources\":[],\"corrections\":[{{\"op\":\"split\",\"statement\":{{\"source\":\"a\",\"start\":1e400,\"end\":2,\"text\":\"x\"}}}}]}}"
        );
        assert!(Session::from_json(&huge).is_err());
        let bad_threshold =
            format!("{{\"format\":\"{FORMAT}\",\"version\":1,\"threshold\":7,\"sources\":[]}}");
        assert!(
            Session::from_json(&bad_threshold)
                .unwrap_err()
                .to_string()
                .contains("threshold")
        );
    }

    #[test]
    fn save_is_atomic_and_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("class.corroborate");
        let s = Session::new(
            &[Source::from_text("a.txt", "He died in 1940.")],
            0.2,
            vec![],
            true,
        );
        s.save(&p).unwrap();
        assert_eq!(Session::open(&p).unwrap(), s);
        let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temporary file left behind");
    }

    #[test]
    fn save_into_missing_folder_fails_cleanly() {
        let s = Session::new(&[], 0.2, vec![], false);
        let e = s
            .save(Path::new("/no/such/folder/x.corroborate"))
            .unwrap_err();
        assert!(e.to_string().contains("/no/such/folder/x.corroborate"));
    }
}
