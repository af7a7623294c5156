//! Students' work in the window: corrections with undo and redo, session files, reports,
//! and the recovery file that autosaves unsaved work.

use super::App;
use super::state::Command;
use corroborate_engine::report::{self, Format};
use corroborate_engine::session::{self, Session};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// A session waiting for the reader's consent to read files outside its folder, or files
/// that changed since it was saved.
#[derive(Debug, Clone)]
pub struct Consent {
    /// The session.
    pub session: Session,
    /// Its file, if it came from one.
    pub path: Option<PathBuf>,
    /// Its folder.
    pub base: PathBuf,
    /// What needs consent (and the rest, to show alongside).
    pub issues: Vec<session::SourceIssue>,
}

/// How often unsaved work is written to the recovery file.
const AUTOSAVE_EVERY: Duration = Duration::from_secs(3);

/// The recovery file: `$XDG_DATA_HOME/corroborate/recovery.corroborate` (or under
/// `~/.local/share`), `None` where no home is known.
pub fn default_recovery_path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))?;
    Some(base.join("corroborate").join("recovery.corroborate"))
}

/// The report format a file name asks for.
fn format_of(path: &Path) -> Option<Format> {
    match path.extension()?.to_str()?.to_lowercase().as_str() {
        "md" | "markdown" => Some(Format::Md),
        "html" | "htm" => Some(Format::Html),
        "csv" => Some(Format::Csv),
        _ => None,
    }
}

impl App {
    /// Applies the commands about students' work (see [`App::apply`]).
    pub(super) fn apply_work(&mut self, cmd: Command, ctx: &egui::Context) {
        match cmd {
            Command::Correct(c) => {
                self.doc.edits.push(c);
                self.doc.dirty = true;
                self.view.picked = None;
                self.reapply();
            }
            Command::Undo | Command::Redo => {
                let changed = if cmd == Command::Undo {
                    self.doc.edits.undo().is_some()
                } else {
                    self.doc.edits.redo().is_some()
                };
                if changed {
                    self.doc.dirty = true;
                    self.reapply();
                }
            }
            Command::Pick(s) => self.view.picked = s,
            Command::OpenSession(path) => self.open_session(&path, ctx),
            Command::SaveSession(path) => {
                // An answer still being typed is part of the work saved.
                self.flush_answers(ctx);
                match path.or_else(|| self.doc.session_path.clone()) {
                    Some(p) => self.save_session(p),
                    None => self.apply_work(Command::SaveSessionDialog, ctx),
                }
            }
            Command::SaveSessionDialog => {
                // Blocks until chosen; where no dialog exists it returns nothing at once and
                // the path field's "Save session" remains.
                let picked = rfd::FileDialog::new()
                    .add_filter("Corroborate session", &[session::EXTENSION])
                    .set_file_name("work.corroborate")
                    .save_file();
                match picked {
                    Some(p) => self.save_session(p),
                    None => {
                        self.error = Some(
                            "no file chosen: type a path ending in .corroborate in the path field and press Save session"
                                .to_owned(),
                        )
                    }
                }
            }
            Command::Export(path) => {
                self.flush_answers(ctx);
                self.export_report(&path);
            }
            Command::ExportChart(path) => {
                self.flush_answers(ctx);
                self.export_chart(&path)
            }
            Command::ExportChartDialog => {
                self.flush_answers(ctx);
                // Blocks until chosen, as the session's dialog does.
                let picked = rfd::FileDialog::new()
                    .add_filter("Worksheet (HTML)", &["html"])
                    .add_filter("Markdown", &["md"])
                    .add_filter("CSV", &["csv"])
                    .set_file_name("chart.html")
                    .save_file();
                // Cancelled (or no dialog here): nothing to say; the path field remains.
                if let Some(p) = picked {
                    self.export_chart(&p);
                }
            }
            Command::Recover => {
                if let Some(s) = self.recovery_offer.take() {
                    self.load_session(s, None, Path::new("."), Default::default(), ctx);
                    self.doc.dirty = true;
                }
            }
            Command::DiscardRecovery => {
                self.recovery_offer = None;
                self.remove_recovery();
            }
            Command::Quit => {
                self.quitting = true;
                self.confirm_quit = false;
                self.remove_recovery();
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Command::CancelQuit => self.confirm_quit = false,
            Command::AllowSessionFiles => {
                if let Some(c) = self.consent.take() {
                    let trust = session::Trust {
                        outside_paths: true,
                        changed_files: true,
                    };
                    self.load_session(c.session, c.path, &c.base, trust, ctx);
                }
            }
            Command::RefuseSessionFiles => self.consent = None,
            // Handled by `App::apply` (listed, not wildcarded, so that a new command must be
            // placed in one of the two).
            Command::OpenPaths(_)
            | Command::OpenDialog
            | Command::UseExample
            | Command::RemoveSource(_)
            | Command::SetThreshold(_)
            | Command::SelectGroup(_)
            | Command::Pivot(_)
            | Command::ShowContext(_)
            | Command::SetNoise(..)
            | Command::Sort(_)
            | Command::EmbedTexts(_)
            | Command::ConflictsOnly(_)
            | Command::Dark(_)
            | Command::DismissError
            | Command::ShowView(_)
            | Command::KeepAnswers
            | Command::SortChart(_)
            | Command::FilterChart(_)
            | Command::BlankChart(_)
            | Command::OpenStatement(_)
            | Command::EditCard(_) => {}
        }
    }

    /// Writes a report, in the format the file name asks for.
    fn export_report(&mut self, path: &Path) {
        match format_of(path) {
            Some(f) => {
                let text = report::render(&self.doc.analysis, &self.doc.verdicts, f);
                if let Err(e) = session::write_atomic(path, text.as_bytes()) {
                    self.error = Some(format!("{}: cannot write: {e}", path.display()));
                } else {
                    self.notice(format!("Report written to {}", path.display()));
                }
            }
            None => {
                self.error = Some(format!(
                    "{}: the report's file name must end in .md, .html or .csv",
                    path.display()
                ))
            }
        }
    }

    /// Writes the chart as a worksheet, in the format the file name asks for, with the
    /// chart's order and filter, answers empty if asked.
    fn export_chart(&mut self, path: &Path) {
        use corroborate_engine::worksheet::{self, Layout};
        let format = match format_of(path) {
            Some(Format::Html) => worksheet::Format::Html,
            Some(Format::Md) => worksheet::Format::Md,
            Some(Format::Csv) => worksheet::Format::Csv,
            None => {
                self.error = Some(format!(
                    "{}: the chart's file name must end in .html, .md or .csv",
                    path.display()
                ));
                return;
            }
        };
        let layout = Layout {
            sort: self.settings.chart_sort,
            filter: self.settings.chart_filter,
            blank: self.settings.blank_chart,
        };
        let text = worksheet::render(&self.doc.analysis, layout, format);
        match session::write_atomic(path, text.as_bytes()) {
            Ok(()) => self.notice(format!("Chart written to {}", path.display())),
            Err(e) => self.error = Some(format!("{}: cannot write: {e}", path.display())),
        }
    }

    /// A message that is not an error ("Session saved to …"): shown calmly, apart from
    /// errors.
    fn notice(&mut self, text: String) {
        self.notice = Some(text);
    }

    /// The session of the current work; `embed` stores the source texts.
    pub fn session(&self, embed: bool) -> Session {
        Session::new(
            &self.doc.analysis.sources,
            self.settings.threshold,
            self.doc.edits.done().to_vec(),
            embed,
        )
    }

    fn save_session(&mut self, path: PathBuf) {
        let path = if path.extension().is_none() {
            path.with_extension(session::EXTENSION)
        } else {
            path
        };
        match self.session(self.settings.embed_texts).save(&path) {
            Ok(()) => {
                self.doc.session_path = Some(path.clone());
                self.doc.dirty = false;
                self.remove_recovery();
                self.settings.remember(path.clone());
                self.notice(format!("Session saved to {}", path.display()));
            }
            Err(e) => self.error = Some(e.to_string()),
        }
    }

    fn open_session(&mut self, path: &Path, ctx: &egui::Context) {
        match Session::open(path) {
            Ok(s) => {
                let base = session::folder_of(path).to_path_buf();
                self.load_session(s, Some(path.to_path_buf()), &base, Default::default(), ctx);
                self.settings.remember(path.to_path_buf());
            }
            // A bad session file changes nothing that is open.
            Err(e) => self.error = Some(e.to_string()),
        }
    }

    fn load_session(
        &mut self,
        s: Session,
        path: Option<PathBuf>,
        base: &Path,
        trust: session::Trust,
        ctx: &egui::Context,
    ) {
        let (sources, issues) = s.sources(base, trust);
        if issues.iter().any(|i| i.needs_consent()) {
            // Files outside the session's folder, or changed: the reader decides.
            self.consent = Some(Consent {
                session: s,
                path,
                base: base.to_path_buf(),
                issues,
            });
            return;
        }
        let warnings: Vec<String> = issues.iter().map(ToString::to_string).collect();
        if sources.is_empty() {
            self.error = Some(format!(
                "the session's sources could not be opened: {}",
                warnings.join("; ")
            ));
            return;
        }
        self.doc.edits = corroborate_engine::corrections::Edits::from(s.corrections);
        self.settings.threshold = s.threshold;
        self.drafts.slider = s.threshold;
        self.doc.session_path = path;
        self.doc.dirty = false;
        self.error = (!warnings.is_empty()).then(|| warnings.join("; "));
        self.start_job(sources, Vec::new(), ctx);
    }

    /// At start: offer the work found in the recovery file, if any.
    pub(super) fn check_recovery(&mut self) {
        let Some(p) = &self.recovery_path else { return };
        if p.is_file() {
            match Session::open(p) {
                Ok(s) => self.recovery_offer = Some(s),
                Err(_) => self.remove_recovery(),
            }
        }
    }

    /// Writes unsaved work to the recovery file every few seconds.
    pub(super) fn autosave(&mut self) {
        let Some(p) = self.recovery_path.clone() else {
            return;
        };
        if !self.doc.dirty || self.recovery_offer.is_some() {
            return;
        }
        if self
            .last_autosave
            .is_some_and(|t| t.elapsed() < AUTOSAVE_EVERY)
        {
            return;
        }
        self.last_autosave = Some(Instant::now());
        if let Some(dir) = p.parent() {
            let _ = corroborate_engine::session::create_private_dir(dir);
        }
        // Texts are embedded: the recovery must not depend on files that may change; only
        // its owner may read it (0600), on computers a class shares.
        if let Err(e) = self.session(true).save_private(&p) {
            self.error = Some(format!("cannot autosave: {e}"));
        }
    }

    fn remove_recovery(&mut self) {
        if let Some(p) = &self.recovery_path {
            let _ = std::fs::remove_file(p);
        }
    }
}
