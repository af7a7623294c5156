//! Loading and analysing off the UI thread: one job at a time, newest wins.
//!
//! Every job carries a generation number; a result whose generation is not the latest is
//! dropped, so a slow analysis never overwrites the sources the user chose since.

use corroborate::{Analysis, Options, Source, load_file};
use std::path::PathBuf;
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

/// What a job produced.
#[derive(Debug)]
pub struct Outcome {
    /// The job's generation.
    pub generation: u64,
    /// The new analysis, unless nothing new could be loaded.
    pub analysis: Option<Analysis>,
    /// Files that loaded.
    pub loaded: Vec<PathBuf>,
    /// One message per file that could not be loaded.
    pub errors: Vec<String>,
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
        }
    }

    /// Starts a job; any job still running becomes stale.
    pub fn submit(&mut self, job: Job, ctx: &egui::Context) {
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
        }
        latest
    }

    /// True while the latest job has not reported.
    pub fn busy(&self) -> bool {
        self.repaint.is_some()
    }
}
