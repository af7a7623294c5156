//! UI tests driven through the accessibility tree, as a user would (egui_kittest).

use super::App;
use super::state::{Command, Settings, ViewMode};
use corroborate_engine::ConflictKind;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

/// The window on the example in the comparison view (one group at a time).
fn harness() -> Harness<'static, App> {
    harness_in(ViewMode::Compare)
}

fn harness_in(view: ViewMode) -> Harness<'static, App> {
    Harness::builder()
        .with_size(egui::vec2(1400.0, 1000.0))
        .build_ui_state(
            |ui, app: &mut App| app.draw(ui),
            App::new(
                Settings {
                    view,
                    ..Settings::default()
                },
                false,
            ),
        )
}

/// The status bar's text.
fn status(h: &Harness<'_, App>) -> String {
    h.get_by_label_contains("claim groups ·")
        .value()
        .unwrap_or_default()
}

fn type_into(h: &mut Harness<'_, App>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

#[test]
fn window_opens_on_the_example() {
    let mut h = harness();
    h.run();
    let s = status(&h);
    assert!(s.starts_with("1 source · "), "{s}");
    assert!(s.contains(" statements · "), "{s}");
    // A source without a "Source:" line is titled by its file name.
    assert!(h.query_all_by_label("trotsky-stalin").count() >= 1);
    assert!(h.query_all_by_label_contains(", 1 source").count() > 10);
}

#[test]
fn death_group_shows_dates_side_by_side_with_conflict() {
    let mut h = harness();
    h.run();
    type_into(&mut h, "Search:", "August 21, 1940");
    let rows: Vec<_> = h.query_all_by_label_contains(", 1 source").collect();
    assert_eq!(rows.len(), 1, "one group holds Trotsky's death date");
    rows[0].click();
    h.run();
    // The group's label is its most central statement, so the death date shows in the
    // list's label, the comparison's title and the statement's card.
    assert!(
        h.query_all_by_label_contains("he died on August 21, 1940")
            .count()
            >= 2
    );
    let against: Vec<String> = h
        .query_all_by_label_contains("date conflict: “August 21, 1940”")
        .map(|n| n.value().unwrap_or_default())
        .collect();
    assert!(
        against.iter().any(|t| t.contains("against “January 1940”"))
            && against
                .iter()
                .any(|t| t.contains("against “February 1938”")),
        "{against:?}"
    );
    assert!(
        h.query_all_by_label_contains("conflicts to check").count() >= 1,
        "the group says how many conflicts it holds"
    );
    // and sums up the dates its conflicts set against each other, each with its statements
    let given: Vec<String> = h
        .query_all_by_label_contains("Dates given: ")
        .map(|n| n.value().unwrap_or_default())
        .collect();
    assert!(
        given.iter().any(|t| t.contains("“August 21, 1940” (#")
            && t.contains("“January 1940” (#")
            && t.contains("“February 1938” (#")),
        "{given:?}"
    );
}

#[test]
fn ice_pick_ice_ax_contrast_is_marked() {
    let mut h = harness();
    h.run();
    type_into(&mut h, "Search:", "ice pick");
    h.get_by_label_contains(", 1 source").click();
    h.run();
    h.get_by_label_contains("term conflict within");
    h.get_by_label_contains("“ice pick” against “ice ax”");
}

#[test]
fn threshold_slider_regroups() {
    let mut h = harness();
    h.run();
    let before = h.state().doc.analysis.groups.len();
    let status_before = status(&h);
    h.get_by_role_and_label(Role::Slider, "How alike must statements be")
        .set_value_accesskit(0.35);
    h.run();
    let after = h.state().doc.analysis.groups.len();
    assert!(
        after < before,
        "{after} groups at 0.35, {before} at the default"
    );
    assert_ne!(status(&h), status_before);
    assert!((h.state().settings.threshold - 0.35).abs() < 1e-6);
}

#[test]
fn text_file_opened_by_path_adds_a_source() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("second-source.txt");
    std::fs::write(
        &p,
        "Trotsky died on August 21, 1940, in Mexico City. He was 60.",
    )
    .unwrap();
    let mut h = harness();
    h.run();
    type_into(&mut h, "Path:", p.to_str().unwrap());
    h.get_by_label("Open").click();
    h.run();
    assert_eq!(h.query_all_by_label("second-source").count(), 1);
    assert!(status(&h).starts_with("2 sources · "), "{}", status(&h));
    assert_eq!(h.state().settings.recent.first(), Some(&p));
}

#[test]
fn binary_file_shows_an_error_and_keeps_the_work() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("photo.png");
    std::fs::write(&p, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0").unwrap();
    let mut h = harness();
    h.run();
    let groups = h.state().doc.analysis.groups.len();
    type_into(&mut h, "Path:", p.to_str().unwrap());
    h.get_by_label("Open").click();
    h.run();
    h.get_by_label_contains("looks like a binary file");
    assert!(status(&h).starts_with("1 source · "));
    assert_eq!(h.state().doc.analysis.groups.len(), groups);
    h.get_by_label("Dismiss").click();
    h.run();
    assert!(
        h.query_by_label_contains("looks like a binary file")
            .is_none()
    );
}

#[test]
fn filter_and_search_narrow_the_list() {
    let mut h = harness();
    h.run();
    let all = h.state_mut().rows().len();
    h.get_by_label("Conflicts only").click();
    h.run();
    let conflicts = h.state_mut().rows().len();
    assert!(conflicts > 0 && conflicts < all, "{conflicts} of {all}");
    assert_eq!(
        h.query_all_by_label_contains(", 1 source").count(),
        h.query_all_by_label_contains("⚠")
            .filter(|n| n.accesskit_node().role() == Role::Button)
            .count()
    );
    let rows_shown = |h: &Harness<'_, App>| h.query_all_by_label_contains(" statement").count();
    type_into(&mut h, "Search:", "Bronstein");
    assert_eq!(h.state_mut().rows().len(), 1);
    assert!(rows_shown(&h) >= 1, "the matching group is listed");
    h.get_by_label("Conflicts only").click();
    h.run();
    let one = rows_shown(&h);
    type_into(&mut h, "Search:", "zzzz-no-such-word");
    assert!(
        rows_shown(&h) < one,
        "a search matching nothing lists fewer rows"
    );
}

#[test]
fn noise_shelf_restores_a_statement() {
    let mut h = harness();
    h.run();
    let noise = h.state().doc.analysis.noise_count();
    let first = h.get_all_by_label("Restore").next().unwrap();
    first.click();
    h.run();
    assert_eq!(h.state().doc.analysis.noise_count(), noise - 1);
    assert!(status(&h).contains(&format!("{} set aside", noise - 1)));
}

#[test]
fn keyboard_navigation_selects_and_clears() {
    let mut h = harness();
    h.run();
    let welcome = "Compare what the sources say";
    h.get_by_label(welcome);
    h.key_press(egui::Key::ArrowDown);
    h.run();
    // The comparison shows the first group of the list: its label is its title.
    let first = h.state_mut().rows()[0];
    let label = h.state().doc.analysis.groups[first].label.clone();
    assert!(h.query_by_label(welcome).is_none(), "a group is shown");
    h.get_by_label(&label);
    h.key_press(egui::Key::ArrowDown);
    h.run();
    let second = h.state_mut().rows()[1];
    let label2 = h.state().doc.analysis.groups[second].label.clone();
    h.get_by_label(&label2);
    assert!(h.query_by_label(&label).is_none() || label == label2);
    h.key_press(egui::Key::Escape);
    h.run();
    h.get_by_label(welcome);
}

#[test]
fn context_shows_the_sentences_around() {
    let mut h = harness();
    h.run();
    type_into(&mut h, "Search:", "August 21, 1940");
    h.get_by_label_contains(", 1 source").click();
    h.run();
    h.get_all_by_label("Context").next().unwrap().click();
    h.run();
    h.get_by_label_contains("▶ Doctors couldnt save Trotsky");
}

/// Opens the group holding `needle` through the search field.
fn open_group(h: &mut Harness<'_, App>, needle: &str) {
    type_into(h, "Search:", needle);
    h.get_by_label_contains(", 1 source").click();
    h.run();
}

#[test]
fn split_off_then_undo_and_redo() {
    let mut h = harness();
    h.run();
    open_group(&mut h, "August 21, 1940");
    let g = h.state().view.selected.unwrap();
    let members = h.state().doc.analysis.groups[g].statements.clone();
    let last = *members.last().unwrap();
    h.get_all_by_label("Split off").last().unwrap().click();
    h.run();
    assert_eq!(h.state().doc.analysis.group_of(last), None, "split off");
    h.get_by_label("unsaved changes");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert!(h.state().doc.analysis.group_of(last).is_some(), "undone");
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::Z,
    );
    h.run();
    assert_eq!(h.state().doc.analysis.group_of(last), None, "redone");
    h.get_by_label("Undo").click();
    h.run();
    assert!(h.state().doc.analysis.group_of(last).is_some());
}

#[test]
fn pick_up_and_move_rename_and_judge() {
    let mut h = harness();
    h.run();
    let a = &h.state().doc.analysis;
    let moved = a
        .statements
        .iter()
        .find(|s| a.text(s.id).contains("tried in 1906"))
        .unwrap()
        .id;
    open_group(&mut h, "tried in 1906");
    let members = h.state().doc.analysis.groups[h.state().view.selected.unwrap()]
        .statements
        .clone();
    let nth = members.iter().position(|&m| m == moved).unwrap();
    h.get_all_by_label("Pick up").nth(nth).unwrap().click();
    h.run();
    assert_eq!(h.state().view.picked, Some(moved));
    // go to the death group and move the picked statement there
    h.get_by_label("Search:").focus();
    h.run();
    h.key_press(egui::Key::Escape); // clears the search
    h.run();
    type_into(&mut h, "Search:", "August 21, 1940");
    h.get_by_label_contains(", 1 source").click();
    h.run();
    h.get_by_label(&format!("Move #{moved} here")).click();
    h.run();
    let g = h.state().doc.analysis.group_of(moved).unwrap();
    assert_eq!(h.state().view.selected, Some(g));
    assert!(h.query_all_by_label_contains("tried in 1906").count() >= 1);
    type_into(&mut h, "Group label:", "When did Trotsky die?");
    h.get_by_label("Rename").click();
    h.run();
    // The window shows the new name: as the comparison's title and in the list.
    h.get_by_label("When did Trotsky die?");
    assert!(
        h.query_all_by_label_contains("When did Trotsky die?")
            .count()
            >= 2,
        "the title and the list row"
    );
    assert_eq!(
        h.state().doc.analysis.groups[g].label,
        "When did Trotsky die?"
    );
    // a verdict on the first conflict
    let combos: Vec<_> = h.get_all_by_role(Role::ComboBox).collect();
    let verdict = combos
        .into_iter()
        .find(|n| {
            let k = n.accesskit_node();
            format!("{:?} {:?}", k.label(), k.value()).contains("Verdict")
        })
        .expect("a verdict menu");
    verdict.click();
    h.run();
    h.get_by_label("different subjects").click();
    h.run();
    // The menu now shows the verdict chosen.
    assert!(
        h.get_all_by_role(Role::ComboBox).any(|n| {
            let k = n.accesskit_node();
            format!("{:?} {:?}", k.label(), k.value()).contains("different subjects")
        }),
        "the verdict menu shows the verdict"
    );
    assert!(
        h.state()
            .doc
            .verdicts
            .iter()
            .any(|(_, v)| v.0 == corroborate_engine::Verdict::DifferentSubjects)
    );
    assert_eq!(h.state().doc.edits.done().len(), 3);
}

#[test]
fn session_save_and_open_by_path_and_bad_session_keeps_work() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("work.corroborate");
    let mut h = harness();
    h.run();
    open_group(&mut h, "August 21, 1940");
    h.get_all_by_label("Split off").last().unwrap().click();
    h.run();
    type_into(&mut h, "Path:", path.to_str().unwrap());
    h.get_by_label("Save session here").click();
    h.run();
    assert!(path.is_file());
    assert!(!h.state().doc.dirty);
    let saved_session = corroborate_engine::session::Session::open(&path).unwrap();
    assert!(
        saved_session.sources[0].text.is_some(),
        "the built-in example has no file: its text is stored"
    );
    let saved = h.state().doc.analysis.groups.clone();
    // more work, then open the saved session: back to the saved state
    h.get_by_label("Undo").click();
    h.run();
    assert_ne!(h.state().doc.analysis.groups, saved);
    h.get_by_label("Open").click();
    h.run();
    assert_eq!(h.state().doc.edits.done().len(), 1);
    assert_eq!(h.state().doc.analysis.groups, saved);
    let groups = saved.len();
    // a damaged session: a message, nothing lost
    let bad = dir.path().join("bad.corroborate");
    std::fs::write(&bad, b"{\"format\": \"corroborate-session\", \"vers").unwrap();
    h.state_mut().drafts.path_input = bad.to_str().unwrap().to_owned();
    h.get_by_label("Open").click();
    h.run();
    h.get_by_label_contains("bad.corroborate: not a session file");
    assert_eq!(h.state().doc.edits.done().len(), 1);
    assert_eq!(h.state().doc.analysis.groups.len(), groups);
}

#[test]
fn export_report_here() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.html");
    let mut h = harness();
    h.run();
    type_into(&mut h, "Path:", path.to_str().unwrap());
    h.get_by_label("Export report here").click();
    h.run();
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(html.contains("August 21, 1940") && html.contains("ice pick"));
}

#[test]
fn recovery_after_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = dir.path().join("recovery.corroborate");
    {
        let mut app = App::new(
            Settings {
                view: ViewMode::Compare,
                ..Settings::default()
            },
            false,
        );
        app.recovery_path = Some(recovery.clone());
        let mut h = Harness::builder()
            .with_size(egui::vec2(1400.0, 1000.0))
            .build_ui_state(|ui, app: &mut App| app.draw(ui), app);
        h.run();
        open_group(&mut h, "August 21, 1940");
        h.get_all_by_label("Split off").last().unwrap().click();
        h.run();
        assert!(recovery.is_file(), "autosaved within seconds");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&recovery).unwrap().permissions().mode();
            assert_eq!(
                mode & 0o777,
                0o600,
                "the recovery file is private: {mode:o}"
            );
        }
        // the harness is dropped here without saving: a crash
    }
    let mut app = App::new(
        Settings {
            view: ViewMode::Compare,
            ..Settings::default()
        },
        false,
    );
    app.recovery_path = Some(recovery.clone());
    app.check_recovery();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 1000.0))
        .build_ui_state(|ui, app: &mut App| app.draw(ui), app);
    h.run();
    h.get_by_label("Restore unsaved work?");
    h.get_by_label("Restore my work").click();
    h.run();
    assert_eq!(h.state().doc.edits.done().len(), 1);
    assert!(h.state().recovery_offer.is_none());
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let mut h = harness();
    h.run();
    open_group(&mut h, "August 21, 1940");
    h.get_all_by_label("Split off").last().unwrap().click();
    h.run();
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.run();
    h.get_by_label("Save your work before closing?");
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.query_by_label("Save your work before closing?").is_none());
    assert!(h.state().doc.dirty);
}

#[test]
fn a_session_naming_a_file_outside_its_folder_asks_first() {
    let root = tempfile::tempdir().unwrap();
    let secret = root.path().join("secret.txt");
    std::fs::write(&secret, "The password is swordfish.").unwrap();
    let class = root.path().join("class");
    std::fs::create_dir(&class).unwrap();
    let session = class.join("homework.corroborate");
    let json = serde_json::json!({
        "format": "corroborate-session", "version": 1, "threshold": 0.2,
        "sources": [{"name": "homework.txt", "path": secret, "sha256": "00"}],
        "corrections": []
    });
    std::fs::write(&session, json.to_string()).unwrap();
    let mut h = harness();
    h.run();
    let before = status(&h);
    type_into(&mut h, "Path:", session.to_str().unwrap());
    h.get_by_label("Open").click();
    h.run();
    h.get_by_label("Open files this session asks for?");
    let real = secret.canonicalize().unwrap().display().to_string();
    assert!(
        h.query_all_by_label_contains(&real).count() >= 1,
        "the dialog names the real path"
    );
    assert!(h.state().consent.is_some());
    h.get_by_label("Don't open the session").click();
    h.run();
    assert!(
        h.query_by_label("Open files this session asks for?")
            .is_none()
    );
    assert_eq!(status(&h), before, "nothing was opened");
    assert!(
        h.query_all_by_label_contains("swordfish").count() == 0,
        "the file was never shown"
    );
}

#[test]
fn a_threshold_change_regroups_once() {
    let mut h = harness();
    h.run();
    let before = h.state().doc.analysis.grouping_passes();
    let ctx = h.ctx.clone();
    h.state_mut()
        .apply(super::state::Command::SetThreshold(0.3), &ctx);
    assert_eq!(h.state().doc.analysis.grouping_passes(), before + 1);
    assert_eq!(h.state().doc.analysis.threshold, 0.3);
}

#[test]
fn a_saved_session_is_a_notice_not_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("work.corroborate");
    let mut h = harness();
    h.run();
    type_into(&mut h, "Path:", p.to_str().unwrap());
    h.get_by_label("Save session here").click();
    h.run();
    assert!(p.is_file());
    let shown = h.get_by_label_contains("Session saved to");
    let text = shown.value().unwrap_or_default();
    assert!(text.starts_with('✔') && !text.contains('⚠'), "{text}");
    assert!(h.state().error.is_none(), "not written into the error slot");
    assert!(h.query_by_label("Dismiss").is_none(), "no error to dismiss");
}

/// The sources of a dev set, sorted.
fn dev_set(name: &str) -> Vec<std::path::PathBuf> {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/gold/dev")
        .join(name);
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
}

/// The chart's "N of M questions".
fn rows_shown(h: &Harness<'_, App>) -> (usize, usize) {
    let counts: Vec<Vec<usize>> = h
        .query_all_by_label_contains(" questions")
        .filter_map(|n| n.value())
        .map(|t| {
            t.split_whitespace()
                .filter_map(|w| w.parse().ok())
                .collect::<Vec<usize>>()
        })
        .filter(|n| n.len() == 2)
        .collect();
    assert_eq!(counts.len(), 1, "one “N of M questions”");
    (counts[0][0], counts[0][1])
}

fn choose(h: &mut Harness<'_, App>, combo: &str, option: &str) {
    h.get_by_label(combo).click();
    h.run();
    h.get_by_label(option).click();
    h.run();
}

#[test]
fn chart_of_a_dev_set_shows_each_source_and_conflicting_tolls() {
    let mut h = harness_in(ViewMode::Chart);
    h.run();
    let ctx = h.ctx.clone();
    h.state_mut()
        .apply(Command::OpenPaths(dev_set("lusitania-sinking")), &ctx);
    h.run();
    choose(&mut h, "Order:", "Most conflicts first");
    let a = h.state().doc.analysis.clone();
    assert!(a.sources.len() >= 5);
    // One column per source: each title is a header (and a chip in the top bar).
    for i in 0..a.sources.len() {
        assert!(
            h.query_all_by_label(&a.source_title(i)).count() >= 2,
            "column of {}",
            a.source_title(i)
        );
    }
    // A row where two sources give different numbers: both cells marked, in words.
    let marks: Vec<String> = h
        .query_all_by_label_contains("⚠ number: ")
        .map(|n| n.value().unwrap_or_default())
        .collect();
    assert!(marks.len() >= 2, "{marks:?}");
    let chart = corroborate_engine::chart::build(&a);
    assert!(chart.rows.iter().any(|r| {
        r.cells
            .iter()
            .filter(|c| c.marks.iter().any(|m| m.kind == ConflictKind::Number))
            .count()
            >= 2
    }));
    // Silent sources say so.
    assert!(h.query_all_by_label("(silent)").count() >= 1);
}

#[test]
fn chart_of_the_example_holds_both_death_dates_in_one_cell() {
    let mut h = harness_in(ViewMode::Chart);
    h.run();
    choose(&mut h, "Show:", "Only where sources disagree");
    choose(&mut h, "Order:", "Most conflicts first");
    let marked: Vec<String> = h
        .query_all_by_label_contains("⚠ date: August 21, 1940 ≠ ")
        .map(|n| n.value().unwrap_or_default())
        .collect();
    assert!(!marked.is_empty(), "the death dates are marked in one cell");
    let a = &h.state().doc.analysis;
    let chart = corroborate_engine::chart::build(a);
    let row = chart
        .rows
        .iter()
        .find(|r| {
            r.cells[0]
                .statements
                .iter()
                .any(|&s| a.text(s).contains("August 21, 1940"))
        })
        .unwrap();
    assert_eq!(row.cells.len(), 1, "one source, one column");
    assert!(row.cells[0].statements.len() >= 2);
}

#[test]
fn chart_filter_narrows_the_rows() {
    let mut h = harness_in(ViewMode::Chart);
    h.run();
    let (shown, total) = rows_shown(&h);
    assert_eq!(shown, total);
    choose(&mut h, "Show:", "Only where sources disagree");
    let (disagree, _) = rows_shown(&h);
    assert!(disagree > 0 && disagree < total, "{disagree} of {total}");
    assert_eq!(
        disagree,
        h.state()
            .doc
            .analysis
            .groups
            .iter()
            .filter(|g| !g.conflicts.is_empty())
            .count()
    );
}

#[test]
fn an_answer_typed_in_the_chart_survives_save_and_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("class.corroborate");
    let mut h = harness_in(ViewMode::Chart);
    h.run();
    // The first row of the chart (most sources first).
    let a = &h.state().doc.analysis;
    let chart = corroborate_engine::chart::build(a);
    let first = chart.order(Default::default(), Default::default())[0];
    let label = format!("Answer {}:", chart.rows[first].group + 1);
    type_into(&mut h, &label, "The later source is right.");
    // Saved at once, still focused: nothing typed is lost.
    type_into(&mut h, "Path:", path.to_str().unwrap());
    h.get_by_label("Save session here").click();
    h.run();
    let saved = corroborate_engine::session::Session::open(&path).unwrap();
    assert!(saved.corrections.iter().any(|c| matches!(
        c,
        corroborate_engine::Correction::Answer { text, .. } if text == "The later source is right."
    )));
    // A new window opens the session: the answer is in its field.
    let mut h2 = harness_in(ViewMode::Chart);
    h2.run();
    type_into(&mut h2, "Path:", path.to_str().unwrap());
    h2.get_by_label("Open").click();
    h2.run();
    h2.run();
    assert!(
        h2.query_all_by_value("The later source is right.").count() >= 1,
        "the answer shows in the chart"
    );
}

#[test]
fn a_sourcing_card_is_filled_from_the_source_line_and_edited() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("saved-page.txt");
    std::fs::write(
        &p,
        "Source: The Fire at the Mill | Town Gazette — https://example.org/news/mill-fire\n\n\
         By Ann Writer\nThe fire at the mill killed 12 workers on March 3, 1911.\n",
    )
    .unwrap();
    let mut h = harness_in(ViewMode::Chart);
    h.run();
    type_into(&mut h, "Path:", p.to_str().unwrap());
    h.get_by_label("Open").click();
    h.run();
    let i = h.state().doc.analysis.sources.len() - 1;
    assert_eq!(
        h.state().doc.analysis.cards[i].title,
        "The Fire at the Mill"
    );
    h.get_all_by_label("The Fire at the Mill")
        .next()
        .unwrap()
        .click();
    h.run();
    h.get_by_label("Sourcing card: saved-page.txt");
    assert_eq!(
        h.get_by_label("Origin").value().as_deref(),
        Some("Town Gazette — https://example.org/news/mill-fire")
    );
    assert_eq!(
        h.get_by_label("Author").value().as_deref(),
        Some("Ann Writer")
    );
    type_into(
        &mut h,
        "Purpose and reliability",
        "Written the next day by a local reporter.",
    );
    h.get_by_label("Done").click();
    h.run();
    let card = &h.state().doc.analysis.cards[i];
    assert_eq!(card.note, "Written the next day by a local reporter.");
    assert!(h.state().doc.edits.can_undo(), "an edit the class can undo");
    assert!(h.query_by_label("Sourcing card: saved-page.txt").is_none());
}

#[test]
fn exported_chart_holds_every_row_and_source() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("chart.html");
    let mut h = harness_in(ViewMode::Chart);
    h.run();
    let ctx = h.ctx.clone();
    h.state_mut()
        .apply(Command::OpenPaths(dev_set("reichstag-fire")), &ctx);
    h.run();
    type_into(&mut h, "Path:", path.to_str().unwrap());
    h.get_by_label("Export chart here").click();
    h.run();
    h.get_by_label_contains("✔ Chart written to");
    assert!(h.state().error.is_none());
    let html = std::fs::read_to_string(&path).unwrap();
    let a = &h.state().doc.analysis;
    let head = html.split("</thead>").next().unwrap();
    assert_eq!(head.matches("<th>").count(), a.sources.len() + 1);
    let body = html.split("<tbody>").nth(1).unwrap();
    assert_eq!(body.matches("<tr>").count(), a.groups.len());
    for g in &a.groups {
        assert!(
            body.contains(&format!("<tr><th>{}. ", g.id + 1)),
            "row {}",
            g.id + 1
        );
    }
}

#[test]
fn an_undone_answer_stays_undone_and_an_export_holds_the_answer_being_typed() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_in(ViewMode::Chart);
    h.run();
    let a = &h.state().doc.analysis;
    let chart = corroborate_engine::chart::build(a);
    let first = chart.order(Default::default(), Default::default())[0];
    let label = format!("Answer {}:", chart.rows[first].group + 1);
    type_into(&mut h, &label, "First thoughts.");
    // Leaving the field commits the answer; Undo takes it back, for good.
    type_into(&mut h, "Path:", "x");
    assert_eq!(
        h.state().doc.edits.done().len(),
        1,
        "the answer is a correction"
    );
    h.get_by_label("Undo").click();
    h.run();
    assert!(h.state().doc.edits.done().is_empty());
    assert!(
        h.query_all_by_value("First thoughts.").next().is_none(),
        "no stale draft shown"
    );
    h.get_by_label("Compare one question").click();
    h.run();
    assert!(
        h.state().doc.edits.done().is_empty(),
        "leaving the chart brings nothing back"
    );
    // Typed and exported at once (the field still focused): the worksheet holds it.
    h.get_by_label("Chart: questions × sources").click();
    h.run();
    type_into(&mut h, &label, "The later source is right.");
    let path = dir.path().join("chart.md");
    h.state_mut().drafts.path_input = path.to_str().unwrap().to_owned();
    h.get_by_label("Export chart here").click();
    h.run();
    let md = std::fs::read_to_string(&path).unwrap();
    assert!(md.contains("The later source is right."), "{md}");
}
