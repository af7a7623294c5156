//! Sessions from someone else: a session names only files in its own folder unless the
//! reader agrees; a changed file never replaces the session's text silently.

use corroborate_engine::Source;
use corroborate_engine::session::{Session, SourceIssue, Trust, hash};
use std::path::Path;

/// A session in `dir` whose one source, shown as `name`, is at `path` (not embedded).
fn session_naming(dir: &Path, name: &str, path: &str, sha: &str) -> Session {
    let json = serde_json::json!({
        "format": "corroborate-session", "version": 1, "threshold": 0.2,
        "sources": [{"name": name, "path": path, "sha256": sha}],
        "corrections": []
    });
    let p = dir.join("homework.corroborate");
    std::fs::write(&p, json.to_string()).unwrap();
    Session::open(&p).unwrap()
}

/// A secret outside the session's folder, and the session's folder.
fn setup() -> (tempfile::TempDir, std::path::PathBuf, std::path::PathBuf) {
    let root = tempfile::tempdir().unwrap();
    let secret = root.path().join("secret.txt");
    std::fs::write(&secret, "The password is swordfish.").unwrap();
    let class = root.path().join("class");
    std::fs::create_dir(&class).unwrap();
    (root, secret, class)
}

fn texts(sources: &[Source]) -> String {
    sources.iter().map(|s| s.text.as_str()).collect()
}

#[test]
fn absolute_path_outside_is_not_read_without_consent() {
    let (_root, secret, class) = setup();
    let s = session_naming(&class, "homework.txt", secret.to_str().unwrap(), "00");
    let (sources, issues) = s.sources(&class, Trust::default());
    assert!(sources.is_empty() && !texts(&sources).contains("swordfish"));
    let real = secret.canonicalize().unwrap();
    assert!(
        issues
            .iter()
            .any(|i| matches!(i, SourceIssue::Outside { path, .. } if *path == real)),
        "{issues:?}"
    );
    assert!(issues.iter().any(|i| i.needs_consent()));
    // With consent it is read, and it does not match the session: that needs consent too.
    let trust = Trust {
        outside_paths: true,
        changed_files: false,
    };
    let (sources, issues) = s.sources(&class, trust);
    assert!(
        sources.is_empty(),
        "a changed file is not used without consent"
    );
    assert!(issues.iter().any(|i| matches!(
        i,
        SourceIssue::Changed {
            analysed: false,
            ..
        }
    )));
    let (sources, _) = s.sources(
        &class,
        Trust {
            outside_paths: true,
            changed_files: true,
        },
    );
    assert!(
        texts(&sources).contains("swordfish"),
        "read when the reader allows it"
    );
}

#[test]
fn dot_dot_path_and_absolute_path_inside_count_as_outside() {
    let (_root, secret, class) = setup();
    let sha = hash("The password is swordfish.");
    let s = session_naming(&class, "secret.txt", "../secret.txt", &sha);
    let (sources, issues) = s.sources(&class, Trust::default());
    assert!(sources.is_empty(), "{issues:?}");
    assert!(
        matches!(issues[0], SourceIssue::Outside { .. }),
        "{issues:?}"
    );
    let _ = secret;
    // An absolute path, even one into the folder, is never read silently.
    let inside = class.join("notes.txt");
    std::fs::write(&inside, "Notes.").unwrap();
    let s = session_naming(
        &class,
        "notes.txt",
        inside.to_str().unwrap(),
        &hash("Notes."),
    );
    let (sources, issues) = s.sources(&class, Trust::default());
    assert!(
        sources.is_empty() && issues[0].needs_consent(),
        "{issues:?}"
    );
}

#[cfg(unix)]
#[test]
fn symbolic_link_out_of_the_folder_is_outside() {
    let (_root, secret, class) = setup();
    std::os::unix::fs::symlink(&secret, class.join("innocent.txt")).unwrap();
    let sha = hash("The password is swordfish.");
    let s = session_naming(&class, "innocent.txt", "innocent.txt", &sha);
    let (sources, issues) = s.sources(&class, Trust::default());
    assert!(sources.is_empty(), "the link leads out: {issues:?}");
    let real = secret.canonicalize().unwrap();
    assert!(
        issues
            .iter()
            .any(|i| matches!(i, SourceIssue::Outside { path, .. } if *path == real)),
        "the real path is named: {issues:?}"
    );
}

#[test]
fn relative_path_inside_is_read_and_a_renamed_file_is_named() {
    let (_root, _secret, class) = setup();
    std::fs::write(class.join("a.txt"), "The fire began at nine.").unwrap();
    let sha = hash("The fire began at nine.");
    let s = session_naming(&class, "a.txt", "a.txt", &sha);
    let (sources, issues) = s.sources(&class, Trust::default());
    assert_eq!(texts(&sources), "The fire began at nine.");
    assert!(issues.is_empty(), "{issues:?}");
    let s = session_naming(&class, "homework.txt", "a.txt", &sha);
    let (sources, issues) = s.sources(&class, Trust::default());
    assert_eq!(sources.len(), 1);
    assert!(
        issues
            .iter()
            .any(|i| matches!(i, SourceIssue::Renamed { .. }) && i.to_string().contains("a.txt")),
        "{issues:?}"
    );
}

#[test]
fn changed_file_with_embedded_text_keeps_the_embedded_text() {
    let (_root, _secret, class) = setup();
    let file = class.join("a.txt");
    std::fs::write(&file, "The fire began at nine.").unwrap();
    let src = corroborate_engine::load_file(&file).unwrap();
    let path = class.join("work.corroborate");
    Session::new(&[src], 0.2, vec![], true).save(&path).unwrap();
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(
        saved.contains("\"a.txt\""),
        "saved relative to its folder: {saved}"
    );
    std::fs::write(&file, "Someone rewrote this file.").unwrap();
    let s = Session::open(&path).unwrap();
    let (sources, issues) = s.sources(&class, Trust::default());
    assert_eq!(texts(&sources), "The fire began at nine.");
    assert!(
        matches!(
            issues[..],
            [SourceIssue::Changed {
                embedded: true,
                analysed: true,
                ..
            }]
        ),
        "{issues:?}"
    );
    assert!(!issues[0].needs_consent());
}
