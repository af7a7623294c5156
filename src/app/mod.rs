//! The desktop window: shows an [`Analysis`] and sends the user's requests back as
//! [`Command`]s. No analysis logic lives here.
//!
//! Each frame: poll the background worker, draw the panels (each in its own file, each
//! returning commands instead of changing state), then apply the commands in
//! [`App::apply`], the one place where state changes.

mod card_editor;
mod chart_view;
mod comparison;
mod context_view;
mod dialogs;
mod group_list;
mod noise_shelf;
mod palette;
pub mod state;
mod status_bar;
mod top_bar;
mod work;
mod worker;

#[cfg(test)]
mod tests;

use corroborate_engine::Analysis;
use corroborate_engine::corrections::Verdicts;
use corroborate_engine::corrections::{Edits, Unmatched};
use state::{Command, Settings, SortOrder, ViewMode};
use std::path::PathBuf;
use std::sync::mpsc::Receiver;
use worker::{Job, Worker};

/// Key under which settings are stored.
const SETTINGS_KEY: &str = "corroborate-settings";

/// Shortcut that opens files.
const OPEN: egui::KeyboardShortcut =
    egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::O);
/// Shortcut that undoes a correction.
const UNDO: egui::KeyboardShortcut =
    egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::Z);
/// Shortcut that redoes a correction (checked before undo: it includes Shift).
const REDO: egui::KeyboardShortcut = egui::KeyboardShortcut::new(
    egui::Modifiers::COMMAND.plus(egui::Modifiers::SHIFT),
    egui::Key::Z,
);
/// Shortcut that saves the session.
const SAVE: egui::KeyboardShortcut =
    egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::S);
/// Shortcut that focuses the search field.
const FIND: egui::KeyboardShortcut =
    egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::F);

/// The rows of the groups list, recomputed only when what they depend on changes.
#[derive(Default)]
struct ListCache {
    key: Option<(u64, SortOrder, bool, String)>,
    rows: Vec<usize>,
}

/// Figures the panels show every frame, recomputed only when the analysis changes.
#[derive(Default)]
struct Tally {
    version: Option<u64>,
    conflicts: usize,
    /// Noise statements by kind, in [`corroborate_engine::NoiseKind::ALL`] order.
    noise: [Vec<usize>; 3],
    /// Statements per source.
    per_source: Vec<usize>,
}

/// Analyses of at least this many statements are regrouped off the UI thread: a regroup
/// costs about 2 ms per thousand statements, so above this size it would stall a frame.
pub const OFF_THREAD_STATEMENTS: usize = 20_000;

/// The document: what a session saves and undo changes.
pub struct Document {
    /// The analysis shown (shared with a regrouping running in the background).
    pub analysis: std::sync::Arc<Analysis>,
    /// Bumped whenever the analysis changes, so caches know when to refresh.
    version: u64,
    /// The reader's corrections, with undo and redo.
    pub edits: Edits,
    /// Verdicts on conflicts, from the corrections.
    pub verdicts: Verdicts,
    /// Corrections that no longer match the sources.
    pub unmatched: Vec<Unmatched>,
    /// The session file being worked on.
    pub session_path: Option<PathBuf>,
    /// Changes since the last save.
    pub dirty: bool,
}

/// What the reader is looking at: selection, search, the statement picked up.
#[derive(Default)]
pub struct View {
    /// Selected claim group.
    pub selected: Option<usize>,
    /// Statement whose context is shown.
    pub context_of: Option<usize>,
    /// Statement the selected group is compared against.
    pub pivot: Option<usize>,
    /// Search text of the groups list.
    pub search: String,
    /// Statement picked up to be moved (or its group merged).
    pub picked: Option<usize>,
    /// Move the keyboard focus to the search field on the next frame.
    focus_search: bool,
    /// Scroll offset of the groups list.
    list_offset: f32,
}

/// Text being typed, not yet applied.
#[derive(Default)]
pub struct Drafts {
    /// The "open by path" field.
    pub path_input: String,
    /// Threshold slider position.
    pub slider: f32,
    /// Draft notes for conflict verdicts, by statement pair.
    notes: std::collections::HashMap<(usize, usize), String>,
    /// Draft label for the selected group.
    label_draft: String,
    /// Answers being typed in the chart, by the first statement of their group.
    pub answers: std::collections::HashMap<usize, String>,
    /// The sourcing card being edited.
    pub card: Option<card_editor::CardDraft>,
}

/// What is computed from the document and kept between frames (never persisted).
#[derive(Default)]
struct Caches {
    list: ListCache,
    tally: Tally,
    cards: comparison::Cards,
    chart: chart_view::ChartCache,
}

/// The application state: the document, the view, drafts and caches, and the window's
/// own state (settings, messages, dialogs, the worker).
pub struct App {
    /// Settings kept between runs.
    pub settings: Settings,
    /// The document.
    pub doc: Document,
    /// The view.
    pub view: View,
    /// Text being typed.
    pub drafts: Drafts,
    caches: Caches,
    /// The last error, shown until dismissed.
    pub error: Option<String>,
    /// Where unsaved work is autosaved (none in tests unless set).
    pub recovery_path: Option<PathBuf>,
    /// Recovery found at start, waiting for the user's answer.
    pub recovery_offer: Option<corroborate_engine::session::Session>,
    /// The last notice (not an error): "Session saved to …".
    pub notice: Option<String>,
    /// A session that names files outside its folder (or changed ones), waiting for the
    /// user's consent before any of them is read.
    pub consent: Option<work::Consent>,
    /// The user asked to close with unsaved changes.
    pub confirm_quit: bool,
    /// When the recovery file was last written.
    last_autosave: Option<std::time::Instant>,
    /// Closing was confirmed.
    quitting: bool,
    /// A regrouping waits for a load to end (a correction made while sources loaded).
    regroup_deferred: bool,
    worker: Worker,
    dialog: Option<Receiver<Vec<PathBuf>>>,
}

impl App {
    /// The window on the built-in example, analysed at once (it takes milliseconds).
    /// `threaded` false runs later analyses inline, for tests.
    pub fn new(settings: Settings, threaded: bool) -> Self {
        let threshold = settings.threshold;
        let analysis = Analysis::new(
            vec![corroborate_engine::example_source()],
            corroborate_engine::Options { threshold },
        );
        Self {
            settings,
            doc: Document {
                analysis: std::sync::Arc::new(analysis),
                version: 0,
                edits: Edits::default(),
                verdicts: Verdicts::default(),
                unmatched: Vec::new(),
                session_path: None,
                dirty: false,
            },
            view: View::default(),
            drafts: Drafts {
                slider: threshold,
                ..Drafts::default()
            },
            caches: Caches::default(),
            error: None,
            recovery_path: None,
            recovery_offer: None,
            consent: None,
            notice: None,
            confirm_quit: false,
            last_autosave: None,
            quitting: false,
            regroup_deferred: false,
            worker: Worker::new(threaded),
            dialog: None,
        }
    }

    /// The app as eframe creates it: settings restored from storage, files from the
    /// command line opened.
    pub fn from_creation(cc: &eframe::CreationContext<'_>, files: Vec<PathBuf>) -> Self {
        let settings: Settings = cc
            .storage
            .and_then(|s| eframe::get_value(s, SETTINGS_KEY))
            .unwrap_or_default();
        cc.egui_ctx.set_theme(if settings.dark {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        });
        let mut app = Self::new(settings, true);
        app.recovery_path = work::default_recovery_path();
        app.check_recovery();
        if !files.is_empty() {
            app.start_job(Vec::new(), files, &cc.egui_ctx);
        }
        app
    }

    /// Draws the whole window and applies what the user asked for.
    pub fn draw(&mut self, ui: &mut egui::Ui) {
        self.poll(ui.ctx());
        // Each panel returns the commands its widgets ask for; they are applied below, in
        // one place.
        let mut cmds = self.shortcuts(ui);
        cmds.extend(
            egui::Panel::top("top_bar")
                .show(ui, |ui| self.top_bar(ui))
                .inner,
        );
        cmds.extend(
            egui::Panel::bottom("status_bar")
                .show(ui, |ui| self.status_bar(ui))
                .inner,
        );
        match self.settings.view {
            // The chart needs the window's width: one column per source.
            ViewMode::Chart => cmds.extend(
                egui::CentralPanel::default()
                    .show(ui, |ui| self.chart_view(ui))
                    .inner,
            ),
            ViewMode::Compare => {
                let listed = egui::Panel::left("groups")
                    .default_size(360.0)
                    .min_size(220.0)
                    .resizable(true)
                    .show(ui, |ui| self.group_list(ui))
                    .inner;
                cmds.extend(listed);
                let shelved = egui::Panel::right("noise")
                    .default_size(300.0)
                    .min_size(180.0)
                    .resizable(true)
                    .show(ui, |ui| self.noise_shelf(ui))
                    .inner;
                cmds.extend(shelved);
                cmds.extend(
                    egui::CentralPanel::default()
                        .show(ui, |ui| self.comparison(ui))
                        .inner,
                );
            }
        }
        cmds.extend(self.context_view(ui.ctx()));
        cmds.extend(self.card_editor(ui.ctx()));
        cmds.extend(self.dialogs(ui.ctx()));
        cmds.extend(self.drop_target(ui));
        for c in cmds {
            self.apply(c, ui.ctx());
        }
        self.autosave();
    }

    #[must_use]
    fn shortcuts(&mut self, ui: &egui::Ui) -> Vec<Command> {
        let mut cmds = Vec::new();
        if ui.input_mut(|i| i.consume_shortcut(&OPEN)) {
            cmds.push(Command::OpenDialog);
        }
        if ui.input_mut(|i| i.consume_shortcut(&FIND)) {
            self.view.focus_search = true;
        }
        if ui.input_mut(|i| i.consume_shortcut(&REDO)) {
            cmds.push(Command::Redo);
        }
        if ui.input_mut(|i| i.consume_shortcut(&UNDO)) {
            cmds.push(Command::Undo);
        }
        if ui.input_mut(|i| i.consume_shortcut(&SAVE)) {
            cmds.push(Command::SaveSession(None));
        }
        if ui.input(|i| i.viewport().close_requested()) && !self.quitting {
            // An answer or a card still being typed is unsaved work too.
            self.flush_answers(ui.ctx());
        }
        if ui.input(|i| i.viewport().close_requested()) && self.doc.dirty && !self.quitting {
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.confirm_quit = true;
        }
        cmds
    }

    /// Files dropped on the window are opened; while hovering, say so.
    #[must_use]
    fn drop_target(&mut self, ui: &egui::Ui) -> Vec<Command> {
        let mut cmds = Vec::new();
        let dropped: Vec<PathBuf> = ui.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        if !dropped.is_empty() {
            cmds.push(Command::OpenPaths(dropped));
        }
        if ui.input(|i| !i.raw.hovered_files.is_empty()) {
            egui::Area::new(egui::Id::unique("drop_hint"))
                .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
                .show(ui.ctx(), |ui| {
                    egui::Frame::popup(ui.style()).show(ui, |ui| {
                        ui.heading("Drop text files to add them as sources");
                    });
                });
        }
        cmds
    }

    fn poll(&mut self, ctx: &egui::Context) {
        self.worker.remember(ctx);
        if let Some(rx) = &self.dialog
            && let Ok(paths) = rx.try_recv()
        {
            self.dialog = None;
            if !paths.is_empty() {
                self.apply(Command::OpenPaths(paths), ctx);
            }
        }
        if let Some(out) = self.worker.poll() {
            if !out.errors.is_empty() {
                self.error = Some(out.errors.join("; "));
            }
            for p in out.loaded {
                self.settings.remember(p);
            }
            match (out.analysis, out.applied) {
                (Some(a), Some(applied)) => self.install_regrouped(a, applied),
                (Some(a), None) => self.show(a),
                (None, _) => {
                    if std::mem::take(&mut self.regroup_deferred) {
                        self.reapply();
                    }
                }
            }
        }
    }

    /// Shows another analysis (corrections are applied to it).
    pub fn show(&mut self, a: Analysis) {
        // What was being typed is kept as corrections: they name statements by their text,
        // so they apply to the new analysis too.
        self.keep_drafts(true);
        self.doc.analysis = std::sync::Arc::new(a);
        // Caches index the analysis: whatever happens next, they are stale now.
        self.doc.version += 1;
        self.regroup_deferred = false;
        self.view.selected = None;
        self.view.context_of = None;
        self.view.picked = None;
        if self.doc.edits.done().is_empty()
            && self.doc.analysis.threshold == self.settings.threshold
        {
            // Fresh from the worker at this threshold: regrouping on the UI thread would
            // only repeat its work (0.7 s for half a million statements).
            self.doc.verdicts.clear();
            self.doc.unmatched.clear();
            self.doc.version += 1;
        } else {
            self.reapply();
        }
    }

    /// Regroups at the current threshold and applies the corrections: the one path by
    /// which the groups on screen change.
    /// Large analyses are regrouped in the background while the window keeps drawing the
    /// groups it has ([`OFF_THREAD_STATEMENTS`]).
    fn reapply(&mut self) {
        self.keep_drafts(false);
        if self.doc.analysis.statements.len() >= OFF_THREAD_STATEMENTS && self.worker.threaded() {
            // Sources still loading are regrouped when they arrive (see `show`), or, if
            // the load brings nothing, when it ends (see `poll`).
            if self.worker.loading() {
                self.regroup_deferred = true;
            } else {
                self.worker.submit_regroup(worker::Regroup {
                    analysis: std::sync::Arc::clone(&self.doc.analysis),
                    threshold: self.settings.threshold,
                    corrections: self.doc.edits.done().to_vec(),
                });
            }
            return;
        }
        let keep = self.selected_first_statement();
        let analysis = std::sync::Arc::make_mut(&mut self.doc.analysis);
        let applied = analysis.regroup_with(self.settings.threshold, self.doc.edits.done());
        self.install_groups_keeping(applied, keep);
    }

    /// Shows an analysis regrouped in the background.
    fn install_regrouped(&mut self, a: Analysis, applied: corroborate_engine::Applied) {
        let keep = self.selected_first_statement();
        self.doc.analysis = std::sync::Arc::new(a);
        self.install_groups_keeping(applied, keep);
    }

    /// The verdicts and unmatched corrections of the groups now shown; the group that holds
    /// `keep` stays selected.
    fn install_groups_keeping(
        &mut self,
        applied: corroborate_engine::Applied,
        keep: Option<usize>,
    ) {
        self.doc.verdicts = applied.verdicts;
        self.doc.unmatched = applied.unmatched;
        self.doc.version += 1;
        self.view.selected = keep.and_then(|s| self.doc.analysis.group_of(s));
        // Drafts name statements of the groups that were: kept as corrections before the
        // regrouping (`keep_drafts`), they are done with.
        self.drafts.answers.clear();
    }

    fn start_job(
        &mut self,
        sources: Vec<corroborate_engine::Source>,
        paths: Vec<PathBuf>,
        ctx: &egui::Context,
    ) {
        let job = Job {
            sources,
            paths,
            threshold: self.settings.threshold,
        };
        self.worker.submit(job, ctx);
        self.poll(ctx); // inline workers have already finished
    }

    /// True while a background analysis or regrouping runs.
    pub fn busy(&self) -> bool {
        self.worker.busy()
    }

    /// True while sources are being loaded or analysed (not only regrouped).
    pub fn loading(&self) -> bool {
        self.worker.loading()
    }

    /// Applies one command: the only place where the application state changes.
    pub fn apply(&mut self, cmd: Command, ctx: &egui::Context) {
        match cmd {
            Command::OpenPaths(paths) => {
                let (sessions, texts): (Vec<PathBuf>, Vec<PathBuf>) =
                    paths.into_iter().partition(|p| {
                        p.extension()
                            .is_some_and(|e| e == corroborate_engine::session::EXTENSION)
                    });
                if let Some(s) = sessions.into_iter().next() {
                    self.apply(Command::OpenSession(s), ctx);
                } else if !texts.is_empty() {
                    let kept = self.doc.analysis.sources.clone();
                    self.doc.dirty = true;
                    self.start_job(kept, texts, ctx);
                }
            }
            Command::OpenDialog => {
                if self.dialog.is_none() {
                    let (tx, rx) = std::sync::mpsc::channel();
                    let ctx = ctx.clone();
                    // The dialog blocks until the user chooses; where no portal exists it
                    // returns nothing at once, as if cancelled, and the path field remains.
                    std::thread::spawn(move || {
                        let files = rfd::FileDialog::new()
                            .add_filter("Text", &["txt", "text", "md", "csv"])
                            .add_filter("All files", &["*"])
                            .pick_files()
                            .unwrap_or_default();
                        let _ = tx.send(files);
                        ctx.request_repaint();
                    });
                    self.dialog = Some(rx);
                }
            }
            Command::UseExample => {
                self.start_job(vec![corroborate_engine::example_source()], Vec::new(), ctx);
            }
            Command::RemoveSource(i) => {
                let mut kept = self.doc.analysis.sources.clone();
                if i < kept.len() {
                    kept.remove(i);
                    self.doc.dirty = true;
                    self.start_job(kept, Vec::new(), ctx);
                }
            }
            Command::SetThreshold(t) => {
                self.settings.threshold = t;
                self.drafts.slider = t;
                self.doc.dirty = true;
                self.reapply();
            }
            Command::SelectGroup(g) => {
                self.view.selected = g.filter(|&g| g < self.doc.analysis.groups.len());
            }
            Command::ShowContext(s) => self.view.context_of = s,
            Command::Pivot(s) => self.view.pivot = s,
            Command::SetNoise(s, kind) => {
                if s < self.doc.analysis.statements.len() {
                    let statement = self.doc.analysis.key(s);
                    self.apply(
                        Command::Correct(corroborate_engine::Correction::Noise { statement, kind }),
                        ctx,
                    );
                }
            }
            Command::Sort(s) => self.settings.sort = s,
            Command::EmbedTexts(b) => self.settings.embed_texts = b,
            Command::ConflictsOnly(b) => self.settings.conflicts_only = b,
            Command::Dark(d) => {
                self.settings.dark = d;
                ctx.set_theme(if d {
                    egui::Theme::Dark
                } else {
                    egui::Theme::Light
                });
            }
            Command::DismissError => {
                self.error = None;
                self.notice = None;
            }
            Command::ShowView(v) => {
                // Answers typed in the chart are kept when it is left.
                if v != ViewMode::Chart {
                    self.flush_answers(ctx);
                }
                self.settings.view = v;
            }
            Command::KeepAnswers => {
                if self.keep_drafts(false) {
                    self.reapply();
                }
            }
            Command::SortChart(s) => self.settings.chart_sort = s,
            Command::FilterChart(f) => self.settings.chart_filter = f,
            Command::BlankChart(b) => self.settings.blank_chart = b,
            Command::OpenStatement(s) => {
                if let Some(g) = self.doc.analysis.group_of(s) {
                    self.apply(Command::ShowView(ViewMode::Compare), ctx);
                    self.view.selected = Some(g);
                    self.view.pivot = Some(s);
                }
            }
            Command::EditCard(i) => {
                // Another card open with changes: kept, as closing it would.
                if i.is_some()
                    && self
                        .drafts
                        .card
                        .as_ref()
                        .is_some_and(|d| Some(d.source) != i)
                {
                    self.flush_answers(ctx);
                }
                self.drafts.card =
                    i.filter(|&i| i < self.doc.analysis.sources.len())
                        .map(|source| card_editor::CardDraft {
                            source,
                            card: self.doc.analysis.card(source),
                        });
            }
            // No wildcard here or in `apply_work`: a new command fails to compile until
            // one of them handles it.
            cmd @ (Command::Correct(_)
            | Command::Undo
            | Command::Redo
            | Command::Pick(_)
            | Command::OpenSession(_)
            | Command::SaveSession(_)
            | Command::SaveSessionDialog
            | Command::Export(_)
            | Command::ExportChart(_)
            | Command::ExportChartDialog
            | Command::Recover
            | Command::DiscardRecovery
            | Command::Quit
            | Command::CancelQuit
            | Command::AllowSessionFiles
            | Command::RefuseSessionFiles) => self.apply_work(cmd, ctx),
        }
    }

    /// Applies the answers typed in the chart and not yet applied, and the sourcing card
    /// being edited (before a save, an export, closing, or when the chart is left), so
    /// that nothing typed is lost.
    pub(super) fn flush_answers(&mut self, _ctx: &egui::Context) {
        if self.keep_drafts(true) {
            self.reapply();
        }
    }

    /// Records what is being typed as corrections, without regrouping: the answers that
    /// differ from their group's, and (`card`) the sourcing card being edited if it
    /// changed. Returns whether anything was recorded.
    fn keep_drafts(&mut self, card: bool) -> bool {
        let mut kept = self.pending_answers();
        if card
            && let Some(d) = &self.drafts.card
            && let Some(src) = self.doc.analysis.sources.get(d.source)
            && d.card != self.doc.analysis.card(d.source)
        {
            kept.push(corroborate_engine::Correction::Card {
                source: src.name.clone(),
                card: d.card.clone(),
            });
        }
        if card {
            self.drafts.card = None;
        }
        self.drafts.answers.clear();
        let any = !kept.is_empty();
        for c in kept {
            self.doc.edits.push(c);
        }
        if any {
            self.doc.dirty = true;
        }
        any
    }

    fn selected_first_statement(&self) -> Option<usize> {
        self.view
            .selected
            .and_then(|g| self.doc.analysis.groups.get(g))
            .map(|g| g.statements[0])
    }

    /// Conflict count and noise by kind (cached between frames).
    fn tally(&mut self) -> &Tally {
        if self.caches.tally.version != Some(self.doc.version) {
            let a = &self.doc.analysis;
            let mut noise: [Vec<usize>; 3] = Default::default();
            for s in &a.statements {
                if let Some(k) = s.noise {
                    let i = corroborate_engine::NoiseKind::ALL
                        .iter()
                        .position(|x| *x == k)
                        .unwrap_or(0);
                    noise[i].push(s.id);
                }
            }
            let mut per_source = vec![0; a.sources.len()];
            for s in &a.statements {
                if let Some(n) = per_source.get_mut(s.source) {
                    *n += 1;
                }
            }
            self.caches.tally = Tally {
                version: Some(self.doc.version),
                conflicts: a.conflict_count(),
                noise,
                per_source,
            };
        }
        &self.caches.tally
    }

    /// Group ids in the list, filtered and sorted (cached between frames).
    fn rows(&mut self) -> &[usize] {
        let key = (
            self.doc.version,
            self.settings.sort,
            self.settings.conflicts_only,
            self.view.search.to_lowercase(),
        );
        if self.caches.list.key.as_ref() != Some(&key) {
            let a = &self.doc.analysis;
            let q = &key.3;
            let mut rows: Vec<usize> = a
                .groups
                .iter()
                .filter(|g| !key.2 || !g.conflicts.is_empty())
                .filter(|g| {
                    q.is_empty()
                        || g.label.to_lowercase().contains(q.as_str())
                        || g.statements
                            .iter()
                            .any(|&s| a.text(s).to_lowercase().contains(q.as_str()))
                })
                .map(|g| g.id)
                .collect();
            match key.1 {
                SortOrder::Position => {}
                SortOrder::Size => {
                    rows.sort_by_key(|&g| std::cmp::Reverse(a.groups[g].statements.len()))
                }
                SortOrder::Conflicts => {
                    rows.sort_by_key(|&g| std::cmp::Reverse(a.groups[g].conflicts.len()))
                }
            }
            self.caches.list = ListCache {
                key: Some(key),
                rows,
            };
        }
        &self.caches.list.rows
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.draw(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, &self.settings);
    }
}

/// Opens the window on `files` (or the built-in example).
pub fn run(files: Vec<PathBuf>) -> eframe::Result {
    // Settings, the recent-files list (eframe's storage) and the recovery file share this
    // folder: only the user may read it (0700), on computers a class shares.
    if let Some(dir) = work::default_recovery_path().and_then(|p| p.parent().map(PathBuf::from)) {
        let _ = corroborate_engine::session::create_private_dir(&dir);
    }
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Corroborate")
            .with_app_id("corroborate")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([720.0, 480.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "Corroborate",
        options,
        Box::new(move |cc| Ok(Box::new(App::from_creation(cc, files)))),
    )
}
