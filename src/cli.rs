//! The command line: argument parsing and the `analyze` subcommand's output.

use clap::{Parser, Subcommand};
use corroborate_engine::report::Sink;
use corroborate_engine::{
    Analysis, Conflict, DEFAULT_THRESHOLD, Group, Options, Source, Verdict, load_file,
};
use std::fmt::Write as _;
use std::io::Write;
use std::path::PathBuf;

/// Corroborate: compare what sources say, claim by claim.
#[derive(Debug, Parser)]
#[command(
    name = "corroborate",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// A subcommand; without one the window opens.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Text files to open in the window (default: the built-in example).
    pub files: Vec<PathBuf>,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Analyse text files and print the claim groups, conflicts and noise.
    Analyze(AnalyzeArgs),
    /// Write a report or the corroboration chart (Markdown, HTML or CSV) of text files or
    /// of a saved session.
    Export(ExportArgs),
}

/// Report formats on the command line.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ReportFormat {
    /// Markdown.
    Md,
    /// One self-contained, print-friendly HTML page.
    Html,
    /// CSV, one row per statement.
    Csv,
    /// The corroboration chart as a worksheet: one HTML page, landscape when printed.
    ChartHtml,
    /// The corroboration chart as a Markdown table.
    ChartMd,
    /// The corroboration chart as CSV, one row per question, one column per source.
    ChartCsv,
}

/// Arguments of `corroborate export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Report format.
    #[arg(long, value_enum)]
    pub format: ReportFormat,
    /// With a chart format: leave the answer column empty, to print for a class. Default:
    /// the session's answers are printed.
    #[arg(long)]
    pub blank: bool,
    /// Write to this file (atomically) instead of standard output.
    #[arg(short = 'o', long = "output")]
    pub output: Option<PathBuf>,
    /// A saved session (.corroborate): its sources, threshold, corrections and verdicts.
    #[arg(long, conflicts_with_all = ["files", "example", "threshold"])]
    pub session: Option<PathBuf>,
    /// How alike statements must be to share a group, 0..=1 (with files).
    #[arg(long, value_parser = parse_threshold)]
    pub threshold: Option<f32>,
    /// Report on the built-in example (in addition to any files).
    #[arg(long)]
    pub example: bool,
    /// With --session: read source files the session names outside its own folder
    /// (absolute paths, `..`, links out). Default: refuse, naming each file.
    #[arg(long, requires = "session")]
    pub allow_outside_paths: bool,
    /// With --session: analyse source files that no longer match the session (when it
    /// does not embed their text). Default: refuse, naming each file.
    #[arg(long, requires = "session")]
    pub allow_changed_sources: bool,
    /// Text files to report on.
    #[arg(required_unless_present_any = ["session", "example"])]
    pub files: Vec<PathBuf>,
}

/// Arguments of `corroborate analyze`.
#[derive(Debug, clap::Args)]
pub struct AnalyzeArgs {
    /// Print the analysis as JSON (shared/spec/analysis-json.md, version 1).
    #[arg(long)]
    pub json: bool,
    /// How alike statements must be to share a group, from 0 (anything) to 1 (identical).
    #[arg(long, default_value_t = DEFAULT_THRESHOLD, value_parser = parse_threshold)]
    pub threshold: f32,
    /// Analyse the built-in example (in addition to any files).
    #[arg(long)]
    pub example: bool,
    /// Text files to analyse (UTF-8, UTF-16 with BOM, or a legacy encoding, detected).
    #[arg(required_unless_present = "example")]
    pub files: Vec<PathBuf>,
}

fn parse_threshold(s: &str) -> Result<f32, String> {
    let v: f32 = s.parse().map_err(|_| format!("'{s}' is not a number"))?;
    corroborate_engine::analysis::check_threshold(v)
}

/// Loads every file, stopping at the first that cannot be read (its message names it).
pub fn load_all(
    files: &[PathBuf],
    example: bool,
) -> Result<Vec<Source>, corroborate_engine::LoadError> {
    let mut out = Vec::new();
    if example {
        out.push(corroborate_engine::example_source());
    }
    for f in files {
        out.push(load_file(f)?);
    }
    Ok(out)
}

/// Runs `analyze`; returns the process exit code.
pub fn analyze(args: &AnalyzeArgs) -> i32 {
    let sources = match load_all(&args.files, args.example) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("corroborate: {e}");
            return 1;
        }
    };
    let analysis = Analysis::new(
        sources,
        Options {
            threshold: args.threshold,
        },
    );
    let out = if args.json {
        corroborate_engine::json::to_json(&analysis)
    } else {
        summary(&analysis)
    };
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`| head`) is not an error worth a panic.
    let _ = writeln!(stdout, "{out}");
    0
}

/// Runs `export`; returns the process exit code.
pub fn export(args: &ExportArgs) -> i32 {
    use corroborate_engine::report::{self, Format};
    use corroborate_engine::session::Session;
    let (analysis, verdicts) = if let Some(path) = &args.session {
        let session = match Session::open(path) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("corroborate: {e}");
                return 1;
            }
        };
        let base = corroborate_engine::session::folder_of(path);
        let trust = corroborate_engine::session::Trust {
            outside_paths: args.allow_outside_paths,
            changed_files: args.allow_changed_sources,
        };
        let (sources, issues) = session.sources(base, trust);
        let refused: Vec<_> = issues.iter().filter(|i| i.needs_consent()).collect();
        for i in &issues {
            if !i.needs_consent() {
                eprintln!("corroborate: warning: {i}");
            }
        }
        if !refused.is_empty() {
            for i in &refused {
                eprintln!("corroborate: {i}");
            }
            eprintln!(
                "corroborate: refusing to go on; if you trust this session, add --allow-outside-paths or --allow-changed-sources"
            );
            return 1;
        }
        let mut a = Analysis::new(
            sources,
            Options {
                threshold: session.threshold,
            },
        );
        let applied = a.apply_corrections(&session.corrections);
        for u in &applied.unmatched {
            eprintln!(
                "corroborate: warning: correction {} no longer applies: {}",
                u.index + 1,
                u.reason
            );
        }
        (a, applied.verdicts)
    } else {
        let sources = match load_all(&args.files, args.example) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("corroborate: {e}");
                return 1;
            }
        };
        let threshold = args.threshold.unwrap_or(DEFAULT_THRESHOLD);
        (
            Analysis::new(sources, Options { threshold }),
            Default::default(),
        )
    };
    let sheet = |format| {
        let layout = corroborate_engine::worksheet::Layout {
            blank: args.blank,
            ..Default::default()
        };
        corroborate_engine::worksheet::render(&analysis, layout, format)
    };
    use corroborate_engine::worksheet::Format as Sheet;
    let text = match args.format {
        ReportFormat::Md => report::render(&analysis, &verdicts, Format::Md),
        ReportFormat::Html => report::render(&analysis, &verdicts, Format::Html),
        ReportFormat::Csv => report::render(&analysis, &verdicts, Format::Csv),
        ReportFormat::ChartHtml => sheet(Sheet::Html),
        ReportFormat::ChartMd => sheet(Sheet::Md),
        ReportFormat::ChartCsv => sheet(Sheet::Csv),
    };
    match &args.output {
        Some(out) => match corroborate_engine::session::write_atomic(out, text.as_bytes()) {
            Ok(()) => 0,
            Err(e) => {
                eprintln!("corroborate: {}: cannot write: {e}", out.display());
                1
            }
        },
        None => {
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            0
        }
    }
}

/// The readable summary: sources, groups with statements and conflicts, noise counts.
pub fn summary(a: &Analysis) -> String {
    let mut w = Summary::default();
    corroborate_engine::report::walk(a, &Default::default(), &mut w);
    w.out
}

/// The summary's writer (a report [`Sink`]).
#[derive(Default)]
struct Summary {
    out: String,
}

impl Sink for Summary {
    fn header(&mut self, a: &Analysis) {
        for (i, src) in a.sources.iter().enumerate() {
            let n = a.statements.iter().filter(|st| st.source == i).count();
            let _ = writeln!(
                self.out,
                "{} ({}): {} statements",
                src.name, src.encoding, n
            );
        }
        let _ = writeln!(
            self.out,
            "{} claim groups at threshold {:.2}, {} conflicts, {} statements set aside as noise\n",
            a.groups.len(),
            a.threshold,
            a.conflict_count(),
            a.noise_count()
        );
    }

    fn group(&mut self, _a: &Analysis, g: &Group) {
        let _ = writeln!(
            self.out,
            "[{}] {} ({} statement{}{})",
            g.id + 1,
            g.label,
            g.statements.len(),
            if g.statements.len() == 1 { "" } else { "s" },
            match g.conflicts.len() {
                0 => String::new(),
                1 => ", 1 conflict".to_owned(),
                n => format!(", {n} conflicts"),
            }
        );
    }

    fn statement(&mut self, a: &Analysis, m: usize) {
        let st = &a.statements[m];
        let _ = writeln!(
            self.out,
            "    #{:<5} {}:{:<6} {}",
            m,
            a.sources[st.source].name,
            st.start,
            a.text(m)
        );
    }

    fn conflict(&mut self, _a: &Analysis, c: &Conflict, _verdict: Option<&(Verdict, String)>) {
        // (an apparent conflict says so, as the window and the reports do)
        let apparent = if c.apparent {
            " (apparent: close reading may resolve this)"
        } else {
            ""
        };
        let _ = writeln!(
            self.out,
            "    ! {}: \"{}\" (#{}) against \"{}\" (#{}){apparent}",
            c.kind.as_str(),
            c.values[0],
            c.a,
            c.values[1],
            c.b
        );
    }

    fn end_group(&mut self, _a: &Analysis, _g: &Group) {
        self.out.push('\n');
    }

    fn footer(&mut self, a: &Analysis) {
        for kind in corroborate_engine::NoiseKind::ALL {
            let n = a
                .statements
                .iter()
                .filter(|st| st.noise == Some(kind))
                .count();
            let _ = writeln!(self.out, "noise, {}: {}", kind.label().to_lowercase(), n);
        }
    }
}
