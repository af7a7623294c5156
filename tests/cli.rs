//! The command line as a user meets it: exit codes, one-line errors, the JSON contract.

use std::process::Command;

fn corroborate() -> Command {
    Command::new(env!("CARGO_BIN_EXE_corroborate"))
}

#[test]
fn analyze_json_follows_the_spec() {
    let out = corroborate()
        .args(["analyze", "--json", "--example"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["version"], 1);
    assert_eq!(v["sources"][0]["name"], "trotsky-stalin.txt");
    assert_eq!(v["sources"][0]["encoding"], "UTF-8");
    let text: Vec<char> = corroborate_engine::EXAMPLE_TEXT.chars().collect();
    let stmts = v["statements"].as_array().unwrap();
    assert!(stmts.len() > 150);
    for (i, s) in stmts.iter().enumerate() {
        assert_eq!(s["id"], i);
        let (a, b) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            s["text"].as_str().unwrap(),
            text[a..b].iter().collect::<String>()
        );
        assert!(matches!(
            s["noise"].as_str(),
            None | Some("offtopic" | "boilerplate" | "title")
        ));
    }
    let mut seen = std::collections::HashSet::new();
    for g in v["groups"].as_array().unwrap() {
        let members: Vec<u64> = g["statements"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_u64().unwrap())
            .collect();
        assert!(!g["label"].as_str().unwrap().is_empty());
        for m in &members {
            assert!(seen.insert(*m), "statement {m} in two groups");
        }
        for c in g["conflicts"].as_array().unwrap() {
            assert!(members.contains(&c["a"].as_u64().unwrap()));
            assert!(members.contains(&c["b"].as_u64().unwrap()));
            assert_eq!(c["values"].as_array().unwrap().len(), 2);
        }
        if members.len() == 1 {
            let c = &g["conflicts"][0];
            assert_eq!(
                c["a"], c["b"],
                "a group of one only carries a self-contrast"
            );
        }
    }
}

#[test]
fn analyze_summary_shows_death_dates_and_ice_axe() {
    let out = corroborate()
        .args(["analyze", "--example"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("\"August 21, 1940\""), "{s}");
    assert!(s.contains("term: \"ice pick\""), "{s}");
    let at = format!(
        "claim groups at threshold {}",
        corroborate_engine::DEFAULT_THRESHOLD
    );
    assert!(s.contains(&at), "{s}");
}

#[test]
fn analyze_summary_marks_an_apparent_conflict() {
    // "about 25" allows 24: the class is told a close reading may resolve it; 24 against
    // 30 is a plain conflict.
    let dir = std::env::temp_dir().join(format!("corroborate-apparent-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let files = [
        (
            "a.txt",
            "Twenty-four passengers were injured in the derailment.",
        ),
        (
            "b.txt",
            "About 25 passengers were injured in the derailment.",
        ),
        ("c.txt", "Some 30 passengers were injured."),
    ];
    let mut args = vec!["analyze".to_owned()];
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
        args.push(dir.join(name).display().to_string());
    }
    let out = corroborate().args(&args).output().unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    let line = |v: &str| {
        s.lines()
            .find(|l| l.contains(v) && l.contains("Twenty-four"))
            .unwrap_or_else(|| panic!("{s}"))
            .to_owned()
    };
    assert!(
        line("About 25").contains("close reading may resolve this"),
        "{s}"
    );
    assert!(!line("Some 30").contains("close reading"), "{s}");
}

#[test]
fn analyze_missing_file_is_one_line_and_status_1() {
    let out = corroborate()
        .args(["analyze", "/no/such/file.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("/no/such/file.txt: no such file"), "{err}");
}

#[test]
fn analyze_binary_and_folder_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("photo.png");
    std::fs::write(&bin, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let out = corroborate().arg("analyze").arg(&bin).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("binary"));
    let out = corroborate()
        .arg("analyze")
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is a folder"));
}

#[test]
fn analyze_empty_file_has_no_statements() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("empty.txt");
    std::fs::write(&f, b"").unwrap();
    let out = corroborate()
        .args(["analyze", "--json"])
        .arg(&f)
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["statements"].as_array().unwrap().len(), 0);
    assert_eq!(v["groups"].as_array().unwrap().len(), 0);
}

#[test]
fn analyze_several_sources_in_other_encodings() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(
        &a,
        b"The assassin used an ice axe in 1940.\r\nHe died the next day.",
    )
    .unwrap();
    let mut utf16 = vec![0xff, 0xfe];
    for u in "The assassin used an ice pick in 1939. He died at once.".encode_utf16() {
        utf16.extend(u.to_le_bytes());
    }
    std::fs::write(&b, utf16).unwrap();
    let out = corroborate()
        .args(["analyze", "--json"])
        .arg(&a)
        .arg(&b)
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["sources"][1]["encoding"], "UTF-16LE");
    let sources: Vec<u64> = v["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["source"].as_u64().unwrap())
        .collect();
    assert_eq!(sources, [0, 0, 1, 1]);
}

#[test]
fn threshold_out_of_range_is_a_usage_error() {
    let out = corroborate()
        .args(["analyze", "--threshold", "3", "--example"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("outside 0..=1"));
}

#[test]
fn help_everywhere() {
    for args in [&["--help"][..], &["analyze", "--help"][..]] {
        let out = corroborate().args(args).output().unwrap();
        assert!(out.status.success());
        assert!(String::from_utf8_lossy(&out.stdout).contains("Usage"));
    }
}

#[test]
fn export_formats_from_files_and_session() {
    let dir = tempfile::tempdir().unwrap();
    for (fmt, needle) in [
        ("md", "“August 21, 1940”"),
        ("html", "<!DOCTYPE html>"),
        ("csv", "statement,source,start"),
    ] {
        let out = dir.path().join(format!("report.{fmt}"));
        let st = corroborate()
            .args(["export", "--example", "--format", fmt, "-o"])
            .arg(&out)
            .status()
            .unwrap();
        assert!(st.success());
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(text.contains(needle), "{fmt}");
        assert!(text.contains("ice pick"), "{fmt}");
    }
    // A session with a verdict, exported from the command line.
    let a = corroborate_engine::Analysis::new(
        vec![corroborate_engine::example_source()],
        Default::default(),
    );
    let death = a
        .statements
        .iter()
        .find(|s| a.text(s.id).contains("died on August 21, 1940"))
        .unwrap()
        .id;
    let g = &a.groups[a.group_of(death).unwrap()];
    let c = &g.conflicts[0];
    let judge = corroborate_engine::Correction::Judge {
        a: a.key(c.a),
        b: a.key(c.b),
        verdict: corroborate_engine::Verdict::DifferentSubjects,
        note: "the pronoun hides another man".into(),
    };
    let session = dir.path().join("class.corroborate");
    corroborate_engine::session::Session::new(&a.sources, a.threshold, vec![judge], true)
        .save(&session)
        .unwrap();
    let out = corroborate()
        .args(["export", "--format", "md", "--session"])
        .arg(&session)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(
        md.contains("verdict: different subjects (the pronoun hides another man)"),
        "{md}"
    );
}

#[test]
fn export_bad_session_is_one_line_and_status_1() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.corroborate");
    std::fs::write(
        &bad,
        "{\"format\": \"corroborate-session\", \"version\": 7}",
    )
    .unwrap();
    let out = corroborate()
        .args(["export", "--format", "csv", "--session"])
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1);
    assert!(
        err.contains("bad.corroborate") && err.contains("version 7"),
        "{err}"
    );
}

#[test]
fn export_refuses_a_session_that_names_a_file_outside_its_folder() {
    let root = tempfile::tempdir().unwrap();
    let secret = root.path().join("secret.txt");
    std::fs::write(&secret, "root:x:0:0:the password file").unwrap();
    let class = root.path().join("class");
    std::fs::create_dir(&class).unwrap();
    let session = class.join("homework.corroborate");
    let json = serde_json::json!({
        "format": "corroborate-session", "version": 1, "threshold": 0.2,
        "sources": [{"name": "homework.txt", "path": secret, "sha256": "00"}],
        "corrections": []
    });
    std::fs::write(&session, json.to_string()).unwrap();
    let out = corroborate()
        .args(["export", "--format", "csv", "--session"])
        .arg(&session)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stdout.contains("root:x"), "the file was read: {stdout}");
    let real = secret.canonicalize().unwrap();
    assert!(
        stderr.contains(&real.display().to_string()) && stderr.contains("--allow-outside-paths"),
        "{stderr}"
    );
    // A user who trusts the file can go on.
    let out = corroborate()
        .args(["export", "--format", "csv", "--allow-outside-paths"])
        .args(["--allow-changed-sources", "--session"])
        .arg(&session)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("root:x"));
}

#[test]
fn export_chart_worksheets_with_answers_or_blank() {
    let dir = tempfile::tempdir().unwrap();
    let a = corroborate_engine::Analysis::new(
        vec![corroborate_engine::example_source()],
        Default::default(),
    );
    let death = a
        .statements
        .iter()
        .find(|s| a.text(s.id).contains("died on August 21, 1940"))
        .unwrap()
        .id;
    let answer = corroborate_engine::Correction::Answer {
        anchor: a.key(death),
        text: "Both dates are right: two different men died.".into(),
    };
    let session = dir.path().join("class.corroborate");
    corroborate_engine::session::Session::new(&a.sources, a.threshold, vec![answer], true)
        .save(&session)
        .unwrap();
    for (fmt, needle) in [
        ("chart-html", "<!DOCTYPE html>"),
        ("chart-md", "| Question |"),
        ("chart-csv", "group,question,"),
    ] {
        let run = |blank: bool| {
            let mut cmd = corroborate();
            cmd.args(["export", "--format", fmt, "--session"])
                .arg(&session);
            if blank {
                cmd.arg("--blank");
            }
            let out = cmd.output().unwrap();
            assert!(
                out.status.success(),
                "{fmt}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            String::from_utf8(out.stdout).unwrap()
        };
        let full = run(false);
        assert!(full.contains(needle), "{fmt}");
        assert!(full.contains("two different men died"), "{fmt} answer");
        assert!(full.contains("August 21, 1940"), "{fmt} death date");
        assert!(full.contains("⚠ date conflict"), "{fmt} conflict mark");
        assert!(!run(true).contains("two different men died"), "{fmt} blank");
    }
}
