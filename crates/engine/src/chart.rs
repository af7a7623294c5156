//! The corroboration chart a class works from: one row per claim group (a question), one
//! column per source, each cell the source's statements on that question and the
//! conflicts they take part in. Built once per analysis (linear in the grouped
//! statements); sorting and filtering only reorder row indices.

use crate::analysis::Analysis;
use crate::conflicts::ConflictKind;
use serde::{Deserialize, Serialize};

/// A conflict as one cell shows it: this cell's value first.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// What the statements disagree on.
    pub kind: ConflictKind,
    /// This cell's value, then the other's.
    pub values: [String; 2],
    /// One value allows the other: a close reading may resolve it.
    pub apparent: bool,
    /// The statement of this cell, then the other statement (equal for a statement's
    /// own contrast).
    pub statements: [usize; 2],
    /// The source of the other statement.
    pub other_source: usize,
}

/// What one source says on one question.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cell {
    /// The source's statements in the group, in text order; empty: the source is silent.
    pub statements: Vec<usize>,
    /// Those statements as the class reads them ([`Analysis::shown`]), in the same order:
    /// made once with the chart, not by every frame or printout that shows them.
    pub texts: Vec<String>,
    /// The conflicts these statements take part in.
    pub marks: Vec<Mark>,
}

/// One question: a claim group across the sources.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The group (index in [`Analysis::groups`]).
    pub group: usize,
    /// One cell per source, in source order.
    pub cells: Vec<Cell>,
    /// How many sources speak to the question.
    pub sources: usize,
    /// How many conflicts the group holds.
    pub conflicts: usize,
}

/// The chart of an analysis.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Chart {
    /// One row per claim group, in the groups' order (by position in the sources).
    pub rows: Vec<Row>,
}

/// Order of the chart's rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum ChartSort {
    /// Questions most sources speak to first (then most conflicts).
    #[default]
    Sources,
    /// Questions with most conflicts first (then most sources).
    Conflicts,
    /// Where the question's first statement stands in the sources.
    Position,
}

impl ChartSort {
    /// All orders, for a menu.
    pub const ALL: [ChartSort; 3] = [
        ChartSort::Sources,
        ChartSort::Conflicts,
        ChartSort::Position,
    ];

    /// Name shown in a menu.
    pub fn label(self) -> &'static str {
        match self {
            ChartSort::Sources => "Most sources first",
            ChartSort::Conflicts => "Most conflicts first",
            ChartSort::Position => "Order in the sources",
        }
    }
}

/// Which rows the chart shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum ChartFilter {
    /// Every question.
    #[default]
    All,
    /// Only questions on which sources disagree (a conflict).
    Disagreeing,
    /// Only questions two or more sources speak to.
    Shared,
}

impl ChartFilter {
    /// All filters, for a menu.
    pub const ALL: [ChartFilter; 3] = [
        ChartFilter::All,
        ChartFilter::Disagreeing,
        ChartFilter::Shared,
    ];

    /// Name shown in a menu.
    pub fn label(self) -> &'static str {
        match self {
            ChartFilter::All => "All questions",
            ChartFilter::Disagreeing => "Only where sources disagree",
            ChartFilter::Shared => "Only questions of two or more sources",
        }
    }

    /// Whether `row` passes.
    pub fn keeps(self, row: &Row) -> bool {
        match self {
            ChartFilter::All => true,
            ChartFilter::Disagreeing => row.conflicts > 0,
            ChartFilter::Shared => row.sources >= 2,
        }
    }
}

/// The chart of `a`'s groups.
pub fn build(a: &Analysis) -> Chart {
    let columns = a.sources.len();
    let rows = a
        .groups
        .iter()
        .map(|g| {
            let mut cells = vec![Cell::default(); columns];
            for &s in &g.statements {
                if let Some(c) = cells.get_mut(a.statements[s].source) {
                    c.statements.push(s);
                    c.texts.push(a.shown(s));
                }
            }
            for c in &g.conflicts {
                let (sa, sb) = (a.statements[c.a].source, a.statements[c.b].source);
                let mark = |this: usize, other: usize, flip: bool| Mark {
                    kind: c.kind,
                    values: if flip {
                        [c.values[1].clone(), c.values[0].clone()]
                    } else {
                        c.values.clone()
                    },
                    apparent: c.apparent,
                    statements: [this, other],
                    other_source: a.statements[other].source,
                };
                if let Some(cell) = cells.get_mut(sa) {
                    cell.marks.push(mark(c.a, c.b, false));
                }
                // Two statements of one source: one mark in its cell says it all.
                if sb != sa
                    && let Some(cell) = cells.get_mut(sb)
                {
                    cell.marks.push(mark(c.b, c.a, true));
                }
            }
            Row {
                group: g.id,
                sources: cells.iter().filter(|c| !c.statements.is_empty()).count(),
                conflicts: g.conflicts.len(),
                cells,
            }
        })
        .collect();
    Chart { rows }
}

impl Chart {
    /// Indices of the rows that pass `filter`, in `sort` order (ties keep the sources'
    /// order).
    pub fn order(&self, sort: ChartSort, filter: ChartFilter) -> Vec<usize> {
        let mut idx: Vec<usize> = (0..self.rows.len())
            .filter(|&i| filter.keeps(&self.rows[i]))
            .collect();
        let r = &self.rows;
        match sort {
            ChartSort::Position => {}
            ChartSort::Sources => idx.sort_by_key(|&i| {
                (
                    std::cmp::Reverse(r[i].sources),
                    std::cmp::Reverse(r[i].conflicts),
                )
            }),
            ChartSort::Conflicts => idx.sort_by_key(|&i| {
                (
                    std::cmp::Reverse(r[i].conflicts),
                    std::cmp::Reverse(r[i].sources),
                )
            }),
        }
        idx
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Options, Source};

    fn analysis(sources: &[(&str, &str)]) -> Analysis {
        Analysis::new(
            sources
                .iter()
                .map(|(n, t)| Source::from_text(*n, *t))
                .collect(),
            Options::default(),
        )
    }

    #[test]
    fn cells_by_source_and_silence() {
        let a = analysis(&[
            ("a.txt", "The fire killed 300 people in the city.\n"),
            ("b.txt", "The fire killed 250 people in the city.\n"),
            ("c.txt", "The weather was dry all summer long.\n"),
        ]);
        let chart = build(&a);
        let row = chart
            .rows
            .iter()
            .find(|r| r.sources == 2)
            .expect("the two death tolls share a row");
        assert_eq!(row.cells.len(), 3);
        assert!(row.cells[2].statements.is_empty(), "c.txt is silent");
        assert_eq!(row.conflicts, 1);
        let m = &row.cells[0].marks[0];
        assert_eq!(m.kind, ConflictKind::Number);
        assert_eq!(m.values[0], "300");
        assert_eq!(
            row.cells[1].marks[0].values[0], "250",
            "each cell its own value first"
        );
        assert_eq!(m.other_source, 1);
    }

    #[test]
    fn one_source_conflict_is_one_mark() {
        let a = analysis(&[(
            "a.txt",
            "He died on August 21, 1940 in Mexico City. He died on August 20, 1940 in Mexico City.\n",
        )]);
        let chart = build(&a);
        let row = &chart.rows[0];
        assert_eq!(row.cells.len(), 1);
        assert_eq!(row.cells[0].statements.len(), 2);
        assert_eq!(row.cells[0].marks.len(), 1);
    }

    #[test]
    fn order_and_filters() {
        let mk = |sources, conflicts| Row {
            group: 0,
            cells: Vec::new(),
            sources,
            conflicts,
        };
        let chart = Chart {
            rows: vec![mk(1, 0), mk(3, 0), mk(2, 2), mk(2, 0)],
        };
        assert_eq!(
            chart.order(ChartSort::Sources, ChartFilter::All),
            vec![1, 2, 3, 0]
        );
        assert_eq!(
            chart.order(ChartSort::Conflicts, ChartFilter::All),
            vec![2, 1, 3, 0]
        );
        assert_eq!(
            chart.order(ChartSort::Position, ChartFilter::Shared),
            vec![1, 2, 3]
        );
        assert_eq!(
            chart.order(ChartSort::Position, ChartFilter::Disagreeing),
            vec![2]
        );
        assert!(
            Chart::default()
                .order(ChartSort::Sources, ChartFilter::All)
                .is_empty()
        );
    }
}
