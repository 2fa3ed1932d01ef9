//! The columns of a table: which field each holds and how that was found (a preset, one column per option,
//! the dictionary, the coordinator), and the side the fields found say the table is.
// Text is whatever people typed: no indexing that could panic on it.
#![cfg_attr(not(test), deny(clippy::indexing_slicing))]

use super::fields::{dictionary, field_for_header, option_column, Field};
use super::layout::{self, Tool};
use super::preset::Preset;
use super::understand;
use crate::engine::model::*;
use crate::engine::table::Table;
use crate::engine::text::{column_letter, fold};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// One column and what it was understood to mean.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Column {
    /// 0-based column index.
    pub index: usize,
    /// Spreadsheet-style letter(s): A, B, …, AA.
    pub letter: String,
    /// Header text as in the file.
    pub header: String,
    /// The field it maps to, or `None` for a column kept but not used.
    pub field: Option<Field>,
    /// For one-column-per-option exports: the option this column stands for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub option: Option<String>,
    /// Whether the mapping came from the coordinator (a preset or a choice in the page).
    pub by_user: bool,
    /// Whether the column holds personal data.
    pub personal: bool,
    /// The first answer in the column (cut to 80 characters), to help tell what it holds.
    pub sample: String,
    /// How the field was found: by the coordinator, the dictionary of known questions, or by meaning (with the
    /// words that decided it and the score); `None` for a column left unmapped.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub found_by: Option<FoundBy>,
}

/// How a column's meaning was found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "by")]
pub enum FoundBy {
    /// The coordinator chose it (a preset or a choice in the page).
    Coordinator,
    /// The header is a question the dictionary knows, or a field's own name.
    Dictionary,
    /// A one-column-per-option header: the question and one option.
    OptionColumn,
    /// The mark of a kommunematch questionnaire (its side, version and language; not a question). Its cell on
    /// the questionnaire's example row says the row is the example.
    Questionnaire,
    /// One of the form tool's own columns (not a question of the survey).
    Tool {
        /// The tool.
        tool: Tool,
    },
    /// By meaning: the key words of the header, and how strongly they point to the field (at least
    /// `understand::THRESHOLD`; a dictionary match counts as `understand::DICTIONARY`).
    Meaning {
        /// The terms that matched.
        words: Vec<String>,
        /// Their weight together.
        score: i32,
    },
}

/// An answer no area was found for, with how many rows gave it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnknownLabel {
    /// The field it was given for.
    pub field: Field,
    /// The answer text.
    pub label: String,
    /// How many rows gave it.
    pub count: usize,
    /// The rows that gave it (1-based), in order.
    pub rows: Vec<usize>,
}

/// Of the tables of a file (one per sheet), the one whose headers the dictionary knows best; the first of
/// equals.
pub fn best_table(tables: Vec<Table>) -> Option<Table> {
    let known = |t: &Table| t.headers.iter().filter_map(|h| field_for_header(h)).filter(|f| f.side().is_some()).count();
    let mut best: Option<(usize, Table)> = None;
    for t in tables {
        let k = known(&t);
        if best.as_ref().is_none_or(|(bk, _)| k > *bk) {
            best = Some((k, t));
        }
    }
    best.map(|(_, t)| t)
}

/// Maps columns (the preset first, then one-column-per-option headers, then the dictionary) and detects
/// the side of a table from the fields found.
pub fn map_columns(table: &Table, preset: &Preset) -> (Vec<Column>, Option<Side>) {
    // The coordinator's choices, by header as written or as folded (next year's export may change the case).
    let chosen: BTreeMap<String, Option<Field>> = preset.columns.iter().map(|(h, f)| (fold(h), *f)).collect();
    let tools = layout::tool_columns(&table.headers);
    let mut columns: Vec<Column> = table
        .headers
        .iter()
        .enumerate()
        .map(|(index, header)| {
            let by_hand = preset.columns.get(header.trim()).or_else(|| chosen.get(&fold(header)));
            let (field, option, by_user, found_by) = match by_hand {
                // A column chosen by hand keeps its option when it is one option of the chosen field.
                Some(f) => (
                    *f,
                    option_column(header).filter(|(of, _)| Some(*of) == *f).map(|(_, o)| o),
                    true,
                    f.map(|_| FoundBy::Coordinator),
                ),
                None if super::questionnaire::parse_mark(header).is_some() => {
                    (None, None, false, Some(FoundBy::Questionnaire))
                }
                None => match (tools.get(index).copied().flatten(), option_column(header)) {
                    (Some((tool, f)), _) => (Some(f), None, false, Some(FoundBy::Tool { tool })),
                    (None, Some((f, o))) => (Some(f), Some(o), false, Some(FoundBy::OptionColumn)),
                    (None, None) => (None, None, false, None),
                },
            };
            let sample: String = table
                .rows
                .iter()
                .filter_map(|r| r.cells.get(index))
                .find(|c| !c.is_empty())
                .map(|c| c.chars().take(80).collect())
                .unwrap_or_default();
            Column {
                index,
                letter: column_letter(index),
                header: header.clone(),
                field,
                option,
                by_user,
                personal: false,
                sample,
                found_by,
            }
        })
        .collect();
    options_by_markers(table, &mut columns);
    // The other columns get fields globally: every (column, field) candidate, dictionary matches first, then by
    // score; a single-valued field goes to one column only (the coordinator's choices stand), a column to one
    // field; nothing under the threshold. Ties go to the earlier column, then the earlier field.
    let mut taken: BTreeSet<Field> = columns.iter().filter(|c| c.by_user).filter_map(|c| c.field).collect();
    let mut candidates: Vec<(i32, usize, Field, Vec<String>)> = Vec::new();
    for c in columns.iter().filter(|c| !c.by_user && c.option.is_none() && !c.is_tool()) {
        match understand::understood(&c.header) {
            Some((f, true, _, _)) => candidates.push((understand::DICTIONARY, c.index, f, Vec::new())),
            // By meaning: every field above the threshold, so that a column whose best field is taken can still
            // take its next.
            Some(_) | None => candidates.extend(
                understand::score(&c.header)
                    .into_iter()
                    .filter(|(_, s, _)| *s >= understand::THRESHOLD)
                    .map(|(f, s, words)| (s, c.index, f, words)),
            ),
        }
    }
    candidates.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut assigned = BTreeSet::new();
    for (score, index, field, words) in candidates {
        if assigned.contains(&index) || (!field.is_multi() && taken.contains(&field)) {
            continue;
        }
        if let Some(c) = columns.get_mut(index) {
            c.field = Some(field);
            c.found_by = Some(if score >= understand::DICTIONARY {
                FoundBy::Dictionary
            } else {
                FoundBy::Meaning { words, score }
            });
            assigned.insert(index);
            taken.insert(field);
        }
    }
    for c in &mut columns {
        c.personal = c.field.is_some_and(Field::is_personal);
    }
    let count =
        |side| columns.iter().filter_map(|c| c.field).filter(|f| f.side() == Some(side)).collect::<BTreeSet<_>>().len();
    let (o, n) = (count(Side::Offers), count(Side::Needs));
    let side = match o.cmp(&n) {
        std::cmp::Ordering::Greater => Some(Side::Offers),
        std::cmp::Ordering::Less => Some(Side::Needs),
        std::cmp::Ordering::Equal => None,
    };
    (columns, side)
}

impl Column {
    /// Whether the column is one of the form tool's own, or the questionnaire's mark: no question of the survey.
    pub fn is_tool(&self) -> bool {
        matches!(self.found_by, Some(FoundBy::Tool { .. } | FoundBy::Questionnaire))
    }
}

/// Runs of columns the file shows to be one multiple-choice question (their cells all markers): each column an
/// option of the question's field, whatever joins question and option in the header. The question's field is
/// the dictionary's, else the one its words point to most strongly; only a multiple-choice field takes options.
fn options_by_markers(table: &Table, columns: &mut [Column]) {
    let taken: Vec<bool> = columns.iter().map(|c| c.by_user || c.is_tool()).collect();
    for (question, members) in layout::marker_runs(table, &|i| taken.get(i).copied().unwrap_or(true)) {
        let field = dictionary(&question).map(|(f, _)| f).filter(|f| f.is_multi()).or_else(|| {
            understand::score(&question)
                .into_iter()
                .filter(|(f, s, _)| f.is_multi() && *s >= understand::THRESHOLD)
                .max_by_key(|(_, s, _)| *s)
                .map(|(f, _, _)| f)
        });
        let Some(field) = field else { continue };
        for (index, option) in members {
            if let Some(c) = columns.get_mut(index) {
                c.field = Some(field);
                c.option = Some(option);
                c.found_by = Some(FoundBy::OptionColumn);
            }
        }
    }
}
