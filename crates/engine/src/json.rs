//! The analysis as JSON, exactly as `shared/spec/analysis-json.md` (version 1) defines it,
//! plus added fields (`threshold`, a source's sourcing `card`, a group's `answer`) that
//! never change the meaning of the specified ones.

use crate::analysis::Analysis;
use serde::Serialize;

/// Version of the JSON layout.
pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct Doc<'a> {
    version: u32,
    threshold: f32,
    sources: Vec<SourceOut<'a>>,
    statements: Vec<StatementOut<'a>>,
    groups: Vec<GroupOut<'a>>,
}

#[derive(Serialize)]
struct SourceOut<'a> {
    path: String,
    name: &'a str,
    encoding: &'a str,
    /// Added: the source's sourcing card (inferred from its text, as corrected).
    card: Option<&'a crate::sourcing::SourceCard>,
}

#[derive(Serialize)]
struct StatementOut<'a> {
    id: usize,
    source: usize,
    start: usize,
    end: usize,
    text: &'a str,
    noise: Option<&'static str>,
}

#[derive(Serialize)]
struct GroupOut<'a> {
    id: usize,
    label: &'a str,
    statements: &'a [usize],
    conflicts: Vec<ConflictOut<'a>>,
    /// Added: the class's answer to the group's question, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    answer: Option<&'a str>,
}

#[derive(Serialize)]
struct ConflictOut<'a> {
    a: usize,
    b: usize,
    kind: &'static str,
    values: [&'a str; 2],
    /// Written only when true (the spec allows the field; absent means false).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    apparent: bool,
}

/// Serializes the analysis to the spec's JSON (pretty-printed).
pub fn to_json(a: &Analysis) -> String {
    let doc = Doc {
        version: VERSION,
        threshold: a.threshold,
        sources: a
            .sources
            .iter()
            .enumerate()
            .map(|(i, s)| SourceOut {
                path: s
                    .path
                    .as_ref()
                    .map(|p| p.display().to_string())
                    .unwrap_or_else(|| s.name.clone()),
                name: &s.name,
                encoding: &s.encoding,
                card: a.cards.get(i),
            })
            .collect(),
        statements: a
            .statements
            .iter()
            .map(|s| StatementOut {
                id: s.id,
                source: s.source,
                start: s.start,
                end: s.end,
                text: a.text(s.id),
                noise: s.noise.map(|k| k.as_str()),
            })
            .collect(),
        groups: a
            .groups
            .iter()
            .map(|g| GroupOut {
                id: g.id,
                label: &g.label,
                statements: &g.statements,
                conflicts: g
                    .conflicts
                    .iter()
                    .map(|c| ConflictOut {
                        a: c.a,
                        b: c.b,
                        kind: c.kind.as_str(),
                        values: [&c.values[0], &c.values[1]],
                        apparent: c.apparent,
                    })
                    .collect(),
                answer: g.answer.as_deref(),
            })
            .collect(),
    };
    // Serializing plain structs of strings and numbers cannot fail.
    serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}
