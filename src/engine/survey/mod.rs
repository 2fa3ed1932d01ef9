//! Tables → records: recognising the side and the columns of a survey export from its headers, and reading
//! every row into an [`Offer`] or a [`Need`], with every problem reported where it is.
//!
//! Validation returns the records and every issue found in one pass. A row is *accepted*, *accepted with
//! warnings*, or *rejected*; nothing is dropped without an issue that says so. The coordinator can correct
//! the side, the meaning of any column and the area of any answer not recognised; a [`Preset`] keeps those
//! corrections for next year's export.
// Text is whatever people typed: no indexing that could panic on it.
#![cfg_attr(not(test), deny(clippy::indexing_slicing))]

pub mod fields;
mod issue;
mod memo;
mod preset;
mod rows;
pub mod understand;
pub mod values;

pub use issue::{Candidate, Counts, Issue, IssueKind, Location, Severity, Suspicion, War2022};
pub use memo::Memo;
use memo::Recall;
pub use preset::{Preset, PresetError};
use rows::RowReader;

pub use fields::{field_for_header, option_column, Field};

use super::beside::beside;
use super::digest::sha256_hex;
use super::model::*;
use super::progress::{Observer, Progress, Quiet, Stage};
use super::table::{read_tables, ReadError, ReadErrorKind, Row, Table};
use super::text::{column_letter, fold};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};

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

/// One survey file, read and validated. Serialisable both ways so that it can cross from the page's worker
/// (`tests/ingest.rs` checks the round trip on every fixture).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Survey {
    /// File name.
    pub file: String,
    /// The sheet used, for spreadsheets.
    pub sheet: Option<String>,
    /// How the bytes were read.
    pub format: String,
    /// SHA-256 of the file's bytes, in hex: which file exactly was read.
    pub sha256: String,
    /// 1-based row of the header.
    pub header_row: usize,
    /// Which survey this is.
    pub side: Side,
    /// The side recognised from the headers, whatever the coordinator chose.
    pub detected_side: Option<Side>,
    /// The columns and their meaning.
    pub columns: Vec<Column>,
    /// Offers read (for an offers file).
    pub offers: Vec<Offer>,
    /// Needs read (for a needs file).
    pub needs: Vec<Need>,
    /// Answers not recognised as areas, by field and text, with counts.
    pub unknown_labels: Vec<UnknownLabel>,
    /// Every issue found.
    pub issues: Vec<Issue>,
    /// Row counts.
    pub counts: Counts,
}

/// How the rows of a survey were resolved to official municipalities or communities.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Resolution {
    /// By their kommunenummer or KATOTTG code.
    pub by_code: usize,
    /// By their name (in any form, the centre's included).
    pub by_name: usize,
    /// By the coordinator's choice.
    pub chosen: usize,
    /// Not resolved: kept with an id made from the name.
    pub unresolved: usize,
    /// Of those, names that fit several entities.
    pub ambiguous: usize,
}

/// One row's entity, for the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowEntity {
    /// 1-based row.
    pub row: usize,
    /// The id used (official, or made from the name).
    pub id: String,
    /// The name used.
    pub name: String,
    /// How the official entity was found; absent when it was not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub how: Option<super::gazetteer::How>,
}

impl Survey {
    /// Every record's row, id, name and how it was resolved, in row order.
    pub fn entities(&self) -> Vec<RowEntity> {
        let offers = self.offers.iter().map(|o| RowEntity {
            row: o.source.row,
            id: o.id.clone(),
            name: o.name.clone(),
            how: o.official.map(|(_, h)| h),
        });
        let needs = self.needs.iter().map(|n| RowEntity {
            row: n.source.row,
            id: n.id.clone(),
            name: n.name.clone(),
            how: n.official.map(|(_, h)| h),
        });
        let mut all: Vec<RowEntity> = offers.chain(needs).collect();
        all.sort_by_key(|e| e.row);
        all
    }

    /// How the rows were resolved.
    pub fn resolution(&self) -> Resolution {
        use super::gazetteer::How;
        let mut r = Resolution::default();
        let hows = self
            .offers
            .iter()
            .map(|o| o.official.map(|(_, h)| h))
            .chain(self.needs.iter().map(|n| n.official.map(|(_, h)| h)));
        for how in hows {
            match how {
                Some(How::Code) => r.by_code += 1,
                Some(How::Chosen) => r.chosen += 1,
                Some(_) => r.by_name += 1,
                None => r.unresolved += 1,
            }
        }
        r.ambiguous = self.issues.iter().filter(|i| matches!(i.kind, IssueKind::NameAmbiguous { .. })).count();
        r
    }
}

/// Reads a survey file: finds the table, its side (or takes `side`), maps the columns and reads every row.
pub fn read_survey(file: &str, bytes: &[u8], side: Option<Side>, preset: &Preset) -> Result<Survey, ReadError> {
    Ok(ParsedFile::parse(file, bytes)?.survey(side, preset))
}

/// A file parsed once into its table (decoded, unzipped, split into cells): a correction of the columns,
/// the answers or the side interprets it again without reading the bytes again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedFile {
    table: Table,
    sha256: String,
}

impl ParsedFile {
    /// Parses a file's bytes and keeps its best table.
    pub fn parse(file: &str, bytes: &[u8]) -> Result<ParsedFile, ReadError> {
        let table = best_table(read_tables(file, bytes)?)
            .ok_or_else(|| ReadError { file: file.into(), kind: ReadErrorKind::NoHeader })?;
        Ok(ParsedFile { table, sha256: sha256_hex(bytes) })
    }

    /// The survey as `side` (`None`: as recognised) with the corrections of `preset`.
    pub fn survey(&self, side: Option<Side>, preset: &Preset) -> Survey {
        self.survey_observed(side, preset, &mut Quiet)
    }

    /// [`ParsedFile::survey`], telling `observer` how many rows are read.
    pub fn survey_observed(&self, side: Option<Side>, preset: &Preset, observer: &mut dyn Observer) -> Survey {
        let mut tick = |done, of| observer.progress(Progress::counted(Stage::Interpreting, done, of));
        let mut survey = interpret_with(&self.table, side, preset, &mut tick);
        survey.sha256 = self.sha256.clone();
        survey
    }

    /// [`ParsedFile::survey_observed`], with what earlier readings of this file found its texts to mean
    /// (`memo`, which this reading adds to): the same survey, sooner when the file was read before.
    pub fn survey_with(
        &self,
        side: Option<Side>,
        preset: &Preset,
        memo: &mut Memo,
        observer: &mut dyn Observer,
    ) -> Survey {
        let mut tick = |done, of| observer.progress(Progress::counted(Stage::Interpreting, done, of));
        let mut survey =
            interpret_split(&self.table, side, preset, split_at(self.table.rows.len()), Some(memo), &mut tick);
        survey.sha256 = self.sha256.clone();
        survey
    }
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
                None => match option_column(header) {
                    Some((f, o)) => (Some(f), Some(o), false, Some(FoundBy::OptionColumn)),
                    None => (None, None, false, None),
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
    // The other columns get fields globally: every (column, field) candidate, dictionary matches first, then by
    // score; a single-valued field goes to one column only (the coordinator's choices stand), a column to one
    // field; nothing under the threshold. Ties go to the earlier column, then the earlier field.
    let mut taken: BTreeSet<Field> = columns.iter().filter(|c| c.by_user).filter_map(|c| c.field).collect();
    let mut candidates: Vec<(i32, usize, Field, Vec<String>)> = Vec::new();
    for c in columns.iter().filter(|c| !c.by_user && c.option.is_none()) {
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

/// Interprets a table as a survey of `side` (or the detected side), with the preset's corrections.
pub fn interpret(table: &Table, side: Option<Side>, preset: &Preset) -> Survey {
    interpret_with(table, side, preset, &mut |_, _| {})
}

/// [`interpret`], calling `tick(done, of)` now and then with how many rows are read.
fn interpret_with(table: &Table, side: Option<Side>, preset: &Preset, tick: &mut dyn FnMut(usize, usize)) -> Survey {
    interpret_split(table, side, preset, split_at(table.rows.len()), None, tick)
}

/// [`interpret_with`], the rows from `split` on read on a thread of their own (natively).
fn interpret_split(
    table: &Table,
    side: Option<Side>,
    preset: &Preset,
    split: Option<usize>,
    mut memo: Option<&mut Memo>,
    tick: &mut dyn FnMut(usize, usize),
) -> Survey {
    let (mut columns, detected) = map_columns(table, preset);
    let mut issues = Vec::new();
    let loc = |row: Option<usize>| Location {
        file: table.file.clone(),
        sheet: table.sheet.clone(),
        row,
        ..Location::default()
    };
    let side = match side.or(table.side_hint).or(detected) {
        Some(s) => s,
        None => {
            issues.push(Issue { kind: IssueKind::SideUnknown, location: loc(Some(table.header_row)) });
            Side::Offers
        }
    };
    // Fields of the other side are not used; keep the columns, unmapped.
    for c in &mut columns {
        if c.field.and_then(Field::side).is_some_and(|s| s != side) {
            c.field = None;
            c.option = None;
        }
    }
    let mut by_field: BTreeMap<Field, Vec<usize>> = BTreeMap::new();
    let mut options: BTreeMap<Field, Vec<(usize, String)>> = BTreeMap::new();
    for c in &columns {
        match (c.field, &c.option) {
            (Some(f), Some(o)) => options.entry(f).or_default().push((c.index, o.clone())),
            (Some(f), None) => by_field.entry(f).or_default().push(c.index),
            _ => {}
        }
    }
    let mut survey = Survey {
        file: table.file.clone(),
        sheet: table.sheet.clone(),
        format: table.format.clone(),
        sha256: String::new(),
        header_row: table.header_row,
        side,
        detected_side: detected,
        columns,
        offers: Vec::new(),
        needs: Vec::new(),
        unknown_labels: Vec::new(),
        issues,
        counts: Counts { rows: table.rows.len(), ..Counts::default() },
    };
    let identity = match side {
        Side::Offers => [Field::MunicipalityName, Field::MunicipalityNumber],
        Side::Needs => [Field::CommunityName, Field::Katottg],
    };
    if survey.issues.is_empty() && !identity.iter().any(|f| by_field.contains_key(f)) {
        survey
            .issues
            .push(Issue { kind: IssueKind::IdentityColumnMissing { side }, location: loc(Some(table.header_row)) });
    }
    if survey.issues.iter().any(|i| i.severity() == Severity::Error) {
        survey.counts.rejected = table.rows.len();
        return survey;
    }
    if table.rows.is_empty() {
        survey.issues.push(Issue { kind: IssueKind::NoRows, location: loc(Some(table.header_row)) });
    }
    // A field that matters for matching without a column: one message for the file, naming the columns most
    // likely meant; its rows get no warning of their own for it.
    let present = |f: &Field| by_field.contains_key(f) || options.contains_key(f);
    let key_fields: &[&[Field]] = match side {
        Side::Offers => &[&[Field::Areas], &[Field::Capacity]],
        Side::Needs => &[&[Field::UrgentNeeds, Field::LongTermNeeds], &[Field::Category], &[Field::PartnersWanted]],
    };
    let mut missing = BTreeSet::new();
    for group in key_fields {
        if !table.rows.is_empty() && !group.iter().any(present) {
            let field = group.first().copied().unwrap_or(Field::Areas);
            let mut likely: Vec<(i32, &Column)> = survey
                .columns
                .iter()
                .filter(|c| c.field.is_none())
                .filter_map(|c| {
                    let s =
                        understand::score(&c.header).iter().find(|(f, _, _)| group.contains(f)).map(|(_, s, _)| *s)?;
                    Some((s, c))
                })
                .collect();
            likely.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.index.cmp(&b.1.index)));
            let likely = likely.into_iter().take(3).map(|(_, c)| c.header.clone()).collect();
            survey
                .issues
                .push(Issue { kind: IssueKind::FieldMissing { field, likely }, location: loc(Some(table.header_row)) });
            missing.extend(group.iter().copied());
        }
    }
    let answers: BTreeMap<String, Option<String>> = preset.answers.iter().map(|(k, v)| (fold(k), v.clone())).collect();
    if let Some(m) = memo.as_deref_mut() {
        m.answers(&answers);
    }
    let recall = match memo.as_deref() {
        Some(m) => Recall::new(m),
        None => Recall::once(answers),
    };
    let reader = RowReader {
        table,
        by_field,
        options,
        columns: &survey.columns,
        entities: &preset.entities,
        missing,
        unknown: BTreeMap::new(),
        issues: Vec::new(),
        memo: recall,
    };
    let Rows { offers, needs, used: rows_used, rejected, mut issues, unknown, learned } =
        read_rows(reader, side, split, tick);
    if let Some(m) = memo {
        m.absorb(learned);
    }
    survey.offers = offers;
    survey.needs = needs;
    // The same municipality or community answering twice in one file: the later answer wins.
    let superseded = match side {
        Side::Offers => {
            settle_resubmissions(&mut survey.offers, |o| (&o.id, &o.name, &o.submitted, &o.source), &mut issues)
        }
        Side::Needs => {
            settle_resubmissions(&mut survey.needs, |n| (&n.id, &n.name, &n.submitted, &n.source), &mut issues)
        }
    };
    for (k, (_, n_issues)) in rows_used.iter().enumerate() {
        if superseded.contains(&k) {
            survey.counts.set_aside += 1;
        } else if *n_issues > 0 {
            survey.counts.warnings += 1;
        } else {
            survey.counts.accepted += 1;
        }
    }
    survey.counts.rejected = rejected;
    survey.unknown_labels = unknown
        .into_iter()
        .map(|((field, label), rows)| UnknownLabel { field, label, count: rows.len(), rows })
        .collect();
    survey.issues.extend(issues);
    survey
}

/// What reading a run of rows gave, in row order.
#[derive(Default)]
struct Rows {
    offers: Vec<Offer>,
    needs: Vec<Need>,
    /// Row index of each record read, and its count of warnings (to count rows once resubmissions are settled).
    used: Vec<(usize, usize)>,
    rejected: usize,
    issues: Vec<Issue>,
    unknown: BTreeMap<(Field, String), Vec<usize>>,
    /// What the rows' readers found that their memo did not hold.
    learned: Memo,
}

impl Rows {
    /// `self` followed by `later` (rows after all of `self`'s).
    fn then(mut self, later: Rows) -> Rows {
        self.offers.extend(later.offers);
        self.needs.extend(later.needs);
        self.used.extend(later.used);
        self.rejected += later.rejected;
        self.issues.extend(later.issues);
        for (key, rows) in later.unknown {
            self.unknown.entry(key).or_default().extend(rows);
        }
        self.learned.absorb(later.learned);
        self
    }
}

/// Where reading a file's rows is split in two: natively, a long file's second half is read on a thread of
/// its own (each row is read on its own; the halves are joined in row order, so the survey is the same).
fn split_at(rows: usize) -> Option<usize> {
    (cfg!(not(target_arch = "wasm32")) && rows >= 512).then_some(rows / 2)
}

/// Reads every row of the reader's table, ticking `tick(rows done, rows)` every 128 rows; the rows from
/// `split` on are read beside the others ([`beside`]: natively on a thread of their own).
fn read_rows(reader: RowReader, side: Side, split: Option<usize>, tick: &mut dyn FnMut(usize, usize)) -> Rows {
    let of = reader.table.rows.len();
    let done = AtomicUsize::new(0);
    let mut tick = |d: usize| tick(d, of);
    let rows = match split.filter(|&h| h < of) {
        Some(half) => {
            let second = reader.beside();
            beside(
                || read_range(second, side, half..of, &done, &mut |_| ()),
                |later| read_range(reader, side, 0..half, &done, &mut tick).then(later.take()),
            )
        }
        None => read_range(reader, side, 0..of, &done, &mut tick),
    };
    tick(of);
    rows
}

/// Reads the rows `range` of the reader's table; every 128 rows adds them to `done` and ticks its total.
fn read_range(
    mut reader: RowReader,
    side: Side,
    range: Range<usize>,
    done: &AtomicUsize,
    tick: &mut dyn FnMut(usize),
) -> Rows {
    // Sized once: grown row by row, the records (large) were copied into fresh memory again and again.
    let rows = range.len().min(reader.table.rows.len());
    let mut out = Rows { used: Vec::with_capacity(rows), ..Rows::default() };
    match side {
        Side::Offers => out.offers.reserve_exact(rows),
        Side::Needs => out.needs.reserve_exact(rows),
    }
    for ri in range.clone() {
        let Some(row) = reader.table.rows.get(ri) else { break };
        if (ri - range.start).is_multiple_of(128) {
            if ri > range.start {
                done.fetch_add(128, Ordering::Relaxed);
            }
            tick(done.load(Ordering::Relaxed));
        }
        let before = reader.issues.len();
        let ok = match side {
            Side::Offers => reader.offer(row).map(|o| out.offers.push(o)).is_some(),
            Side::Needs => reader.need(row).map(|n| out.needs.push(n)).is_some(),
        };
        if ok {
            // Notes do not make a row "with warnings".
            let warnings = reader.issues.iter().skip(before).filter(|i| i.severity() != Severity::Note).count();
            out.used.push((ri, warnings));
        } else {
            out.rejected += 1;
        }
    }
    out.issues = reader.issues;
    out.unknown = reader.unknown;
    out.learned = reader.memo.learned();
    out
}

/// An id-friendly form of a name: folded, spaces as dashes.
fn slug(s: &str) -> String {
    fold(s).replace(' ', "-")
}

/// Keeps, of records with the same id, the one submitted last (by its time, else its row), removes the others
/// and reports each removal as a warning on the removed row: a resubmission is normal in real surveys, the
/// earlier answer is set aside, not rejected. Returns the positions removed.
pub fn settle_resubmissions<T>(
    records: &mut Vec<T>,
    key: impl Fn(&T) -> (&String, &String, &Option<String>, &SourceRow),
    issues: &mut Vec<Issue>,
) -> BTreeSet<usize> {
    // Per id: the position and record of the answer kept so far.
    let mut latest: BTreeMap<&String, (usize, &T)> = BTreeMap::new();
    let mut removed = BTreeSet::new();
    for (i, record) in records.iter().enumerate() {
        let (id, _, when, _) = key(record);
        match latest.get(id).copied() {
            None => {
                latest.insert(id, (i, record));
            }
            Some((j, earlier)) => {
                let (_, _, when_j, _) = key(earlier);
                // Later time wins; without times (or with equal ones), the later row.
                let i_wins = match (when, when_j) {
                    (Some(a), Some(b)) => a >= b,
                    _ => true,
                };
                let ((keep, kept), (drop, dropped)) =
                    if i_wins { ((i, record), (j, earlier)) } else { ((j, earlier), (i, record)) };
                latest.insert(id, (keep, kept));
                removed.insert(drop);
                let (id, name, when_drop, src) = key(dropped);
                let (_, _, when_keep, keep_src) = key(kept);
                issues.push(Issue {
                    kind: IssueKind::Resubmitted {
                        name: name.clone(),
                        id: id.clone(),
                        submitted: when_drop.clone(),
                        kept_file: keep_src.file.clone(),
                        kept_row: keep_src.row,
                        kept_submitted: when_keep.clone(),
                    },
                    location: Location {
                        file: src.file.clone(),
                        sheet: src.sheet.clone(),
                        row: Some(src.row),
                        ..Location::default()
                    },
                });
            }
        }
    }
    let mut k = 0;
    records.retain(|_| {
        k += 1;
        !removed.contains(&(k - 1))
    });
    removed
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every sample file (demo, variants, broken, the national pair), its rows read in two parts split
    /// anywhere (natively on two threads), gives the survey read in one part: records, issues in row order,
    /// answers not recognised with their rows, counts, resubmissions across the split settled the same.
    #[test]
    fn rows_read_in_two_parts_are_the_rows_read_in_one() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/samples");
        let mut tables = 0;
        for dir in ["demo", "variants", "broken", "scale"] {
            let mut files: Vec<_> = std::fs::read_dir(root.join(dir)).into_iter().flatten().flatten().collect();
            files.sort_by_key(|f| f.path());
            for file in files {
                let name = file.file_name().to_string_lossy().into_owned();
                let Ok(bytes) = std::fs::read(file.path()) else { continue };
                for table in read_tables(&name, &bytes).into_iter().flatten() {
                    tables += 1;
                    let n = table.rows.len();
                    let whole = interpret_split(&table, None, &Preset::default(), None, None, &mut |_, _| ());
                    for split in [0, 1, 2, 127, 128, n / 3, n / 2, n.saturating_sub(1), n, n + 1] {
                        let mut ticks = Vec::new();
                        let parts =
                            interpret_split(&table, None, &Preset::default(), Some(split), None, &mut |d, of| {
                                ticks.push((d, of))
                            });
                        assert_eq!(parts, whole, "{name}, split at row {split} of {n}");
                        // With a memo: what both parts learned is kept, and recalled the next time.
                        let mut memo = Memo::default();
                        for time in ["first", "second"] {
                            let parts = interpret_split(
                                &table,
                                None,
                                &Preset::default(),
                                Some(split),
                                Some(&mut memo),
                                &mut |_, _| (),
                            );
                            assert_eq!(parts, whole, "{name}, split at row {split} of {n}, with a memo, {time} time");
                        }
                        assert!(ticks.iter().all(|&(d, of)| d <= of && of == n), "{name}: {ticks:?}");
                        // A file refused before its rows (no identity column) is not counted through.
                        assert!(ticks.is_empty() || ticks.last() == Some(&(n, n)), "{name}: {ticks:?}");
                    }
                }
            }
        }
        assert!(tables > 10, "the samples were found ({tables} tables)");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use crate::engine::taxonomy;
    use proptest::prelude::*;
    use std::sync::OnceLock;

    /// The national pair's tables: their headers, and their answers to draw cells from.
    fn national() -> &'static [Table] {
        static TABLES: OnceLock<Vec<Table>> = OnceLock::new();
        TABLES.get_or_init(|| {
            let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/samples/scale");
            ["potreby_vsi_hromady.csv", "tilbud_alle_357.csv"]
                .iter()
                .filter_map(|f| {
                    let bytes = std::fs::read(root.join(f)).ok()?;
                    best_table(read_tables(f, &bytes).ok()?)
                })
                .collect()
        })
    }

    /// Answers not among the areas' labels, also the coordinator's answers' keys.
    const OTHER: &[&str] = &["frisbee", "Romfart", "kultur og idrett", "Їжа", "IT", "annet", "Vann", "ВПО"];

    /// Names of several communities or municipalities, and the places that tell them apart (Краснопільська is
    /// in three oblasts), for the columns of names and places.
    const NAMES: &[&str] = &["Краснопільська", "Тростянецька", "Ямпільська", "Herøy", "Våler", "Bø"];
    const PLACES: &[&str] = &[
        "Вінницька",
        "Житомирська",
        "Сумська",
        "Львівська",
        "Хмельницька",
        "Гайсинський",
        "Сумський",
        "Стрийський",
        "Nordland",
        "Møre og Romsdal",
        "Innlandet",
        "Østfold",
        "Telemark",
        "",
    ];

    /// A cell, by how it is made: the same column's answer in some row, another column's answer, an answer of
    /// the other side's file, an area's label, a made-up answer, a name or place that tells entities apart, or
    /// any text; with any text or a made-up answer after it, or alone.
    fn cell() -> impl Strategy<Value = (u8, u16, u16, String, u8)> {
        (0u8..7, any::<u16>(), any::<u16>(), "[a-zA-ZæøåÆØÅа-яА-ЯіїєґІЇЄҐ0-9 ,;\\-'’\\u{301}\\u{200b}]{0,12}", 0u8..4)
    }

    fn text_of(
        table: &Table,
        other: &Table,
        (column, field): (usize, Option<Field>),
        (how, a, b, junk, join): &(u8, u16, u16, String, u8),
    ) -> String {
        // One of 16 rows spread over the file: the same name comes again with another place, code or answer.
        let from = |t: &Table, col: usize| {
            let row = t.rows.get((usize::from(*a) % 16) * (t.rows.len() / 16).max(1));
            row.and_then(|r| r.cells.get(col % r.cells.len().max(1))).cloned().unwrap_or_default()
        };
        let pick = |list: &[&'static str], i: u16| list.get(usize::from(i) % list.len()).copied().unwrap_or_default();
        let labels = taxonomy::areas();
        let text = match how {
            0 => from(table, column),
            1 => from(table, usize::from(*b)),
            2 => from(other, usize::from(*b)),
            3 => labels.get(usize::from(*b) % labels.len()).map(|l| l.nb.to_string()).unwrap_or_default(),
            4 => pick(OTHER, *b).to_string(),
            5 | 6 => match field {
                Some(Field::CommunityName | Field::MunicipalityName) => pick(NAMES, *b).to_string(),
                Some(Field::Oblast | Field::Raion | Field::County) => pick(PLACES, *b).to_string(),
                _ => from(table, column),
            },
            _ => junk.clone(),
        };
        match join {
            0 if *how < 5 => format!("{text}, {junk}"),
            1 if *how < 5 => format!("{text};{}", pick(OTHER, *a)),
            _ => text,
        }
    }

    /// A correction: columns given another field or none, answers given an area or none, names given an entity.
    type Correction = (Vec<(u16, Option<u16>)>, Vec<(u16, Option<u16>)>, Vec<(u16, u16)>);

    fn correction() -> impl Strategy<Value = Correction> {
        (
            proptest::collection::vec((any::<u16>(), proptest::option::of(any::<u16>())), 0..3),
            proptest::collection::vec((any::<u16>(), proptest::option::of(any::<u16>())), 0..3),
            proptest::collection::vec((any::<u16>(), any::<u16>()), 0..2),
        )
    }

    fn preset_of(table: &Table, (columns, answers, entities): &Correction) -> Preset {
        let labels = taxonomy::areas();
        let mut preset = Preset::default();
        for (c, f) in columns {
            if let Some(h) = table.headers.get(usize::from(*c) % table.headers.len().max(1)) {
                let field = f.map(|f| Field::ALL.get(usize::from(f) % Field::ALL.len()).copied());
                preset.columns.insert(h.clone(), field.flatten());
            }
        }
        for (k, a) in answers {
            let key = OTHER.get(usize::from(*k) % OTHER.len()).copied().unwrap_or_default().to_string();
            let area = a.and_then(|a| labels.get(usize::from(a) % labels.len())).map(|l| l.code.to_string());
            preset.answers.insert(key, area);
        }
        // A name as written (a row's first cells) given the id in some row's second or third column.
        for (r, id) in entities {
            let row = |i: u16| table.rows.get(usize::from(i) % table.rows.len().max(1));
            let name = row(*r).and_then(|r| r.cells.get(1)).cloned().unwrap_or_default();
            let id = row(*id).and_then(|r| r.cells.get(2).or(r.cells.get(1))).cloned().unwrap_or_default();
            preset.entities.insert(name.trim().to_string(), id);
        }
        preset
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// The oracle: a file interpreted again and again with its memo (after corrections of its columns,
        /// answers and names, on rows made of real answers, other columns' answers, labels and any text, read
        /// in one part or two) is the file interpreted each time without one.
        #[test]
        fn interpreting_with_a_memo_is_interpreting_without(
            needs in any::<bool>(),
            rows in proptest::collection::vec(proptest::collection::vec(cell(), 0..24), 0..24),
            corrections in proptest::collection::vec(correction(), 1..4),
            split in proptest::option::of(0usize..30),
        ) {
            let [n, o] = national() else { panic!("the national samples are read") };
            let (base, other) = if needs { (n, o) } else { (o, n) };
            let (columns, _) = map_columns(base, &Preset::default());
            let field = |c: usize| columns.get(c).and_then(|c| c.field);
            let mut table = base.clone();
            table.rows = rows
                .iter()
                .enumerate()
                .map(|(i, cells)| Row {
                    number: i + 2,
                    cells: cells.iter().enumerate().map(|(c, cell)| text_of(base, other, (c, field(c)), cell)).collect(),
                })
                .collect();
            let mut memo = Memo::default();
            for correction in &corrections {
                let preset = preset_of(&table, correction);
                let without = interpret_split(&table, None, &preset, None, None, &mut |_, _| ());
                let with = interpret_split(&table, None, &preset, split, Some(&mut memo), &mut |_, _| ());
                prop_assert_eq!(with, without);
            }
            // Read again as it was first: everything it needs is in the memo.
            let first = preset_of(&table, &corrections[0]);
            let again = interpret_split(&table, None, &first, split, Some(&mut memo), &mut |_, _| ());
            prop_assert_eq!(again, interpret_split(&table, None, &first, None, None, &mut |_, _| ()));
        }
    }
}
