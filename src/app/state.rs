//! What the window remembers (persisted settings) and what its widgets ask for (commands).

use corroborate_engine::NoiseKind;
use corroborate_engine::chart::{ChartFilter, ChartSort};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// How many recent files the Open menu remembers.
pub const MAX_RECENT: usize = 10;

/// Order of the claim groups list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum SortOrder {
    /// Where the group's first statement stands in the sources.
    #[default]
    Position,
    /// Most statements first.
    Size,
    /// Most conflicts first.
    Conflicts,
}

impl SortOrder {
    /// All orders, for the menu.
    pub const ALL: [SortOrder; 3] = [SortOrder::Position, SortOrder::Size, SortOrder::Conflicts];

    /// Name shown in the menu.
    pub fn name(self) -> &'static str {
        match self {
            SortOrder::Position => "Position",
            SortOrder::Size => "Size",
            SortOrder::Conflicts => "Conflicts",
        }
    }
}

/// What the central area shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum ViewMode {
    /// The chart: every question against every source.
    #[default]
    Chart,
    /// One group at a time, its statements side by side.
    Compare,
}

impl ViewMode {
    /// Both views, in tab order.
    pub const ALL: [ViewMode; 2] = [ViewMode::Chart, ViewMode::Compare];

    /// The tab's name.
    pub fn label(self) -> &'static str {
        match self {
            ViewMode::Chart => "Chart: questions × sources",
            ViewMode::Compare => "Compare one question",
        }
    }
}

/// Settings kept between runs (eframe storage).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Dark theme (else light).
    pub dark: bool,
    /// Last threshold used.
    pub threshold: f32,
    /// Recently opened files, newest first.
    pub recent: Vec<PathBuf>,
    /// Order of the groups list.
    pub sort: SortOrder,
    /// Show only groups with conflicts.
    pub conflicts_only: bool,
    /// Store the sources' texts in saved sessions (one file to hand out).
    pub embed_texts: bool,
    /// The view shown.
    pub view: ViewMode,
    /// Order of the chart's rows.
    pub chart_sort: ChartSort,
    /// Rows the chart shows.
    pub chart_filter: ChartFilter,
    /// Export the chart with its answers empty, to print for a class.
    pub blank_chart: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            dark: false,
            threshold: corroborate_engine::DEFAULT_THRESHOLD,
            recent: Vec::new(),
            sort: SortOrder::Position,
            conflicts_only: false,
            embed_texts: false,
            view: ViewMode::Chart,
            chart_sort: ChartSort::Sources,
            chart_filter: ChartFilter::All,
            blank_chart: false,
        }
    }
}

impl Settings {
    /// Puts `path` first in the recent files, once.
    pub fn remember(&mut self, path: PathBuf) {
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }
}

/// Something a widget asks the application to do; applied in one place
/// ([`super::App::apply`]), after the frame's widgets have been drawn.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Add these files as sources.
    OpenPaths(Vec<PathBuf>),
    /// Show the native file dialog.
    OpenDialog,
    /// Replace all sources with the built-in example.
    UseExample,
    /// Remove a source.
    RemoveSource(usize),
    /// Regroup at this threshold.
    SetThreshold(f32),
    /// Select a claim group (by group id).
    SelectGroup(Option<usize>),
    /// Compare the group's statements against this one (`None`: the first).
    Pivot(Option<usize>),
    /// Show a statement in its source's context (`None` closes the view).
    ShowContext(Option<usize>),
    /// Set a statement's noise kind (`None` restores it to content).
    SetNoise(usize, Option<NoiseKind>),
    /// Change the list's sort order.
    Sort(SortOrder),
    /// Show only groups with conflicts.
    ConflictsOnly(bool),
    /// Switch theme.
    Dark(bool),
    /// Forget the error shown in the status bar.
    DismissError,
    /// Make a correction (undoable).
    Correct(corroborate_engine::Correction),
    /// Undo the last correction.
    Undo,
    /// Redo the last undone correction.
    Redo,
    /// Pick up a statement to move it or merge its group elsewhere (`None` drops it).
    Pick(Option<usize>),
    /// Open a session file.
    OpenSession(PathBuf),
    /// Save the session to this file (`None`: the current file, else ask).
    SaveSession(Option<PathBuf>),
    /// Ask for a file to save the session to.
    SaveSessionDialog,
    /// Write a report to this file; the format follows the extension (.md, .html, .csv).
    Export(PathBuf),
    /// Write the chart as a worksheet to this file (.html, .md or .csv), with the answers
    /// unless [`Settings::blank_chart`].
    ExportChart(PathBuf),
    /// Ask for a file to write the chart to.
    ExportChartDialog,
    /// Keep the answers typed in the chart (and a sourcing card being edited) as
    /// corrections.
    KeepAnswers,
    /// Show the chart or the comparison.
    ShowView(ViewMode),
    /// Order the chart's rows.
    SortChart(ChartSort),
    /// Choose which rows the chart shows.
    FilterChart(ChartFilter),
    /// Export the chart with empty answers (or not).
    BlankChart(bool),
    /// Open a statement in the comparison: its group selected, compared against it.
    OpenStatement(usize),
    /// Open the sourcing card of a source for editing (`None` closes it).
    EditCard(Option<usize>),
    /// Restore the work found in the recovery file.
    Recover,
    /// Discard the recovery file.
    DiscardRecovery,
    /// Close the window, even with unsaved changes.
    Quit,
    /// Keep the window open (the close was cancelled).
    CancelQuit,
    /// Store the sources' texts in saved sessions (or not).
    EmbedTexts(bool),
    /// Open the session waiting for consent, reading the files it names outside its
    /// folder or that changed.
    AllowSessionFiles,
    /// Do not open the session waiting for consent.
    RefuseSessionFiles,
}
