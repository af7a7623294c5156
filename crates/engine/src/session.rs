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
/// The session format version this build writes and reads.
pub const VERSION: u32 = 1;
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

/// Why a session could not be opened or saved.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionError {
    /// The session file.
    pub path: PathBuf,
    /// What went wrong, for people.
    pub reason: String,
}

impl fmt::Display for SessionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
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
    pub fn from_json(json: &str) -> Result<Self, String> {
        // serde_json refuses nesting deeper than 128 levels, so hostile nesting fails here.
        let v: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| format!("not a session file (invalid JSON: {e})"))?;
        if v.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
            return Err("not a Corroborate session file".to_owned());
        }
        match v.get("version").and_then(|x| x.as_u64()) {
            Some(n) if n == VERSION as u64 => {}
            Some(n) => {
                return Err(format!(
                    "session format version {n}; this Corroborate reads version {VERSION}"
                ));
            }
            None => return Err("session file has no format version".to_owned()),
        }
        let s: Session =
            serde_json::from_value(v).map_err(|e| format!("damaged session file: {e}"))?;
        if !(s.threshold.is_finite() && (0.0..=1.0).contains(&s.threshold)) {
            return Err(format!("threshold {} is outside 0..=1", s.threshold));
        }
        Ok(s)
    }

    /// The session as pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Opens a session file, refusing files over [`MAX_SESSION_BYTES`].
    pub fn open(path: &Path) -> Result<Self, SessionError> {
        let err = |reason: String| SessionError {
            path: path.to_path_buf(),
            reason,
        };
        let meta = std::fs::metadata(path).map_err(|e| err(e.to_string()))?;
        if !meta.is_file() {
            return Err(err("is not a file".to_owned()));
        }
        if meta.len() > MAX_SESSION_BYTES {
            return Err(err(format!(
                "too large ({} MB; the limit is {} MB)",
                meta.len() / (1024 * 1024),
                MAX_SESSION_BYTES / (1024 * 1024)
            )));
        }
        let bytes = std::fs::read(path).map_err(|e| err(e.to_string()))?;
        let text = String::from_utf8(bytes)
            .map_err(|_| err("not a session file (not UTF-8 text)".to_owned()))?;
        Self::from_json(&text).map_err(err)
    }

    /// Saves atomically: a temporary file in the same folder, flushed, then renamed over
    /// `path`, so a crash leaves either the old file or the new one.
    pub fn save(&self, path: &Path) -> Result<(), SessionError> {
        write_atomic(path, self.to_json().as_bytes()).map_err(|e| SessionError {
            path: path.to_path_buf(),
            reason: e.to_string(),
        })
    }

    /// The session's sources: embedded texts, else the files (relative paths from the
    /// session's folder). Returns the sources and one warning per source that changed or
    /// could not be read.
    pub fn sources(&self, base: &Path) -> (Vec<Source>, Vec<String>) {
        let mut out = Vec::new();
        let mut warnings = Vec::new();
        for s in &self.sources {
            let loaded = match (&s.text, &s.path) {
                (Some(t), _) => Ok(Source {
                    path: s.path.clone(),
                    name: s.name.clone(),
                    text: t.clone(),
                    encoding: "UTF-8".to_owned(),
                }),
                (None, Some(p)) => {
                    let p = if p.is_relative() {
                        base.join(p)
                    } else {
                        p.clone()
                    };
                    load::load_file(&p).map(|mut src| {
                        src.name = s.name.clone();
                        src
                    })
                }
                (None, None) => {
                    warnings.push(format!("{}: no text and no path in the session", s.name));
                    continue;
                }
            };
            match loaded {
                Ok(src) => {
                    if hash(&src.text) != s.sha256 {
                        warnings.push(format!(
                            "{} has changed since the session was saved; some corrections may no longer match",
                            s.name
                        ));
                    }
                    out.push(src);
                }
                Err(e) => warnings.push(e.to_string()),
            }
        }
        (out, warnings)
    }
}

/// Writes `bytes` to `path` atomically (temporary file in the same folder, then rename).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "session".to_owned());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
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
    fn from_json_refuses_other_formats_and_versions() {
        assert!(
            Session::from_json("{")
                .unwrap_err()
                .contains("invalid JSON")
        );
        assert!(
            Session::from_json("{\"format\":\"x\"}")
                .unwrap_err()
                .contains("not a Corroborate")
        );
        let v2 = format!("{{\"format\":\"{FORMAT}\",\"version\":2}}");
        assert!(Session::from_json(&v2).unwrap_err().contains("version 2"));
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
