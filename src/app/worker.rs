//! Loading, analysing and large regroupings off the UI thread: one job at a time, newest
//! wins.
//!
//! Every job carries a generation number; a result whose generation is not the latest is
//! dropped, so a slow analysis never overwrites the sources the user chose since, and a
//! slow regrouping never overwrites the threshold or correction made since.

use corroborate_engine::{Analysis, Applied, Correction, Options, Source, load_file};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

/// What an analysis job works on.
#[derive(Debug, Clone)]
pub struct Job {
    /// Sources already loaded and kept.
    pub sources: Vec<Source>,
    /// Files to load and add.
    pub paths: Vec<PathBuf>,
    /// Threshold to group at.
    pub threshold: f32,
}

/// A regrouping of an analysis already made: a new threshold or new corrections.
#[derive(Debug, Clone)]
pub struct Regroup {
    /// The analysis (shared with the window, which keeps showing it meanwhile).
    pub analysis: Arc<Analysis>,
    /// Threshold to group at.
    pub threshold: f32,
    /// The corrections to apply, in order.
    pub corrections: Vec<Correction>,
}

/// What a job produced.
#[derive(Debug)]
pub struct Outcome {
    /// The job's generation.
    pub generation: u64,
    /// The new analysis, unless nothing new could be loaded.
    pub analysis: Option<Analysis>,
    /// For a regrouping: what the corrections gave (verdicts, corrections that no longer
    /// apply).
    pub applied: Option<Applied>,
    /// Files that loaded.
    pub loaded: Vec<PathBuf>,
    /// One message per file that could not be loaded.
    pub errors: Vec<String>,
}

/// Runs a regrouping: the analysis is copied here, off the UI thread (its prepared graph
/// is shared, not copied).
pub fn regroup(generation: u64, job: Regroup) -> Outcome {
    let mut a = Arc::unwrap_or_clone(job.analysis);
    let applied = a.regroup_with(job.threshold, &job.corrections);
    Outcome {
        generation,
        analysis: Some(a),
        applied: Some(applied),
        loaded: Vec::new(),
        errors: Vec::new(),
    }
}

/// Runs a job: loads the new files, then analyses all sources if anything changed.
pub fn run(generation: u64, job: Job) -> Outcome {
    let mut sources = job.sources;
    let mut errors = Vec::new();
    let mut loaded = Vec::new();
    for p in &job.paths {
        if sources.iter().any(|s| s.path.as_ref() == Some(p)) {
            errors.push(format!("{}: already open", p.display()));
            continue;
        }
        match load_file(p) {
            Ok(s) => {
                sources.push(s);
                loaded.push(p.clone());
            }
            Err(e) => errors.push(e.to_string()),
        }
    }
    let analysis = (job.paths.is_empty() || !loaded.is_empty()).then(|| {
        Analysis::new(
            sources,
            Options {
                threshold: job.threshold,
            },
        )
    });
    Outcome {
        generation,
        analysis,
        applied: None,
        loaded,
        errors,
    }
}

/// Runs jobs on a background thread (or inline, for tests) and hands back outcomes.
pub struct Worker {
    threaded: bool,
    generation: u64,
    tx: Sender<Outcome>,
    rx: Receiver<Outcome>,
    repaint: Option<egui::Context>,
    /// Files the running job is still to add: a newer job takes them over, so a file
    /// being added is not lost when the user removes another source meanwhile.
    adding: Vec<PathBuf>,
    /// The running job loads or analyses sources (not only regroups).
    loading: bool,
    /// The window's context, to wake it when a job ends.
    ctx: Option<egui::Context>,
}

impl Worker {
    /// A worker; `threaded` false runs jobs inline (deterministic UI tests).
    pub fn new(threaded: bool) -> Self {
        let (tx, rx) = channel();
        Self {
            threaded,
            generation: 0,
            tx,
            rx,
            repaint: None,
            adding: Vec::new(),
            loading: false,
            ctx: None,
        }
    }

    /// Remembers the window's context, to wake it when a regrouping ends.
    pub fn remember(&mut self, ctx: &egui::Context) {
        if self.ctx.is_none() {
            self.ctx = Some(ctx.clone());
        }
    }

    /// True when jobs run on a thread of their own (not inline, as in tests).
    pub fn threaded(&self) -> bool {
        self.threaded
    }

    /// True while a job that loads or analyses sources runs: a regrouping would work on
    /// sources about to be replaced.
    pub fn loading(&self) -> bool {
        self.busy() && self.loading
    }

    /// Starts a regrouping; any job still running becomes stale (call only when
    /// [`Worker::loading`] is false, or files being added are lost).
    pub fn submit_regroup(&mut self, job: Regroup) {
        self.generation += 1;
        let generation = self.generation;
        self.loading = false;
        match (&self.ctx, self.threaded) {
            (Some(ctx), true) => {
                let (tx, ctx) = (self.tx.clone(), ctx.clone());
                self.repaint = Some(ctx.clone());
                std::thread::spawn(move || {
                    let _ = tx.send(regroup(generation, job));
                    ctx.request_repaint();
                });
            }
            _ => {
                let _ = self.tx.send(regroup(generation, job));
            }
        }
    }

    /// Starts a job; any job still running becomes stale, and the files it was adding
    /// are added by this one.
    pub fn submit(&mut self, mut job: Job, ctx: &egui::Context) {
        if self.busy() {
            for p in std::mem::take(&mut self.adding) {
                let open = job.sources.iter().any(|s| s.path.as_ref() == Some(&p));
                if !open && !job.paths.contains(&p) {
                    job.paths.push(p);
                }
            }
        }
        self.adding = job.paths.clone();
        self.loading = true;
        self.generation += 1;
        let generation = self.generation;
        if self.threaded {
            let tx = self.tx.clone();
            let ctx = ctx.clone();
            self.repaint = Some(ctx.clone());
            std::thread::spawn(move || {
                let _ = tx.send(run(generation, job));
                ctx.request_repaint();
            });
        } else {
            let _ = self.tx.send(run(generation, job));
        }
    }

    /// The latest finished outcome, if any; stale ones are dropped.
    pub fn poll(&mut self) -> Option<Outcome> {
        let mut latest = None;
        while let Ok(o) = self.rx.try_recv() {
            if o.generation == self.generation {
                latest = Some(o);
            }
        }
        if latest.is_some() {
            self.repaint = None;
            self.adding.clear();
        }
        latest
    }

    /// True while the latest job has not reported.
    pub fn busy(&self) -> bool {
        self.repaint.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    fn wait(w: &mut Worker) -> Outcome {
        let start = Instant::now();
        loop {
            if let Some(o) = w.poll() {
                return o;
            }
            assert!(start.elapsed() < Duration::from_secs(20), "no outcome");
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    fn job(sources: Vec<Source>, paths: Vec<PathBuf>) -> Job {
        Job {
            sources,
            paths,
            threshold: 0.12,
        }
    }

    #[test]
    fn worker_newest_job_wins_and_keeps_files_being_added() {
        let dir = tempfile::tempdir().unwrap();
        let x = dir.path().join("x.txt");
        std::fs::write(&x, "He died in 1940. The assassin used an ice axe.").unwrap();
        let ctx = egui::Context::default();
        let mut w = Worker::new(true);
        let example = corroborate_engine::example_source();
        // add x, then at once remove the example (a job with no sources and no paths)
        w.submit(job(vec![example.clone()], vec![x.clone()]), &ctx);
        w.submit(job(vec![], vec![]), &ctx);
        let o = wait(&mut w);
        assert_eq!(o.generation, 2, "only the newest outcome is shown");
        let a = o.analysis.unwrap();
        let names: Vec<&str> = a.sources.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["x.txt"], "the example removed, x still added");
        assert!(!w.busy());
        assert!(w.poll().is_none(), "the stale outcome is dropped");
    }

    #[test]
    fn worker_regroups_off_the_ui_thread_and_newest_wins() {
        let ctx = egui::Context::default();
        let mut w = Worker::new(true);
        w.remember(&ctx);
        let a = Arc::new(Analysis::new(
            vec![corroborate_engine::example_source()],
            Options::default(),
        ));
        let groups_before = a.groups.clone();
        let split = Correction::Split {
            statement: a.key(a.groups[0].statements[0]),
        };
        let job = |threshold, corrections| Regroup {
            analysis: Arc::clone(&a),
            threshold,
            corrections,
        };
        w.submit_regroup(job(0.3, Vec::new()));
        assert!(w.busy() && !w.loading(), "a regrouping, not a load");
        w.submit_regroup(job(0.2, vec![split]));
        let o = wait(&mut w);
        assert_eq!(o.generation, 2);
        let regrouped = o.analysis.unwrap();
        assert_eq!(regrouped.threshold, 0.2);
        assert!(o.applied.unwrap().unmatched.is_empty());
        assert_eq!(
            a.groups, groups_before,
            "the window's analysis is untouched"
        );
        assert_ne!(regrouped.groups, groups_before);
        assert!(w.poll().is_none(), "the stale regrouping is dropped");
    }

    #[test]
    fn worker_many_files_at_once_with_errors() {
        let dir = tempfile::tempdir().unwrap();
        let mut paths = Vec::new();
        for i in 0..20 {
            let p = dir.path().join(format!("s{i}.txt"));
            std::fs::write(&p, format!("Source {i} says he died in {}.", 1930 + i)).unwrap();
            paths.push(p);
        }
        paths.push(dir.path().join("missing.txt"));
        paths.push(dir.path().to_path_buf());
        let ctx = egui::Context::default();
        let mut w = Worker::new(true);
        w.submit(job(vec![], paths), &ctx);
        let o = wait(&mut w);
        assert_eq!(o.loaded.len(), 20);
        assert_eq!(o.errors.len(), 2);
        assert_eq!(o.analysis.unwrap().sources.len(), 20);
    }
}
