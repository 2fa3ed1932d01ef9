//! A table read as a survey: its columns mapped, its side found, its rows read into records (natively a
//! long file's rows in two halves on two threads, joined in row order), and answers given twice settled.
// Text is whatever people typed: no indexing that could panic on it.
#![cfg_attr(not(test), deny(clippy::indexing_slicing))]

use super::columns::*;
use super::fields::{Field, QUESTIONNAIRE_VERSION};
use super::issue::*;
use super::layout;
use super::memo::{Memo, Recall};
use super::preset::Preset;
use super::record::*;
use super::rows::RowReader;
use super::understand;
use crate::engine::beside::beside;
use crate::engine::digest::sha256_hex;
use crate::engine::model::*;
use crate::engine::progress::{Observer, Progress, Quiet, Stage};
use crate::engine::table::{read_tables, ReadError, ReadErrorKind, Table};
use crate::engine::text::fold;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};

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
            .map(layout::merge_question_row)
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

/// Interprets a table as a survey of `side` (or the detected side), with the preset's corrections.
pub fn interpret(table: &Table, side: Option<Side>, preset: &Preset) -> Survey {
    interpret_with(table, side, preset, &mut |_, _| {})
}

/// [`interpret`], calling `tick(done, of)` now and then with how many rows are read.
pub(super) fn interpret_with(
    table: &Table,
    side: Option<Side>,
    preset: &Preset,
    tick: &mut dyn FnMut(usize, usize),
) -> Survey {
    interpret_split(table, side, preset, split_at(table.rows.len()), None, tick)
}

/// [`interpret_with`], the rows from `split` on read on a thread of their own (natively).
pub(super) fn interpret_split(
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
    issues.extend(markers_only(table, &mut columns, &loc));
    let mut by_field: BTreeMap<Field, Vec<usize>> = BTreeMap::new();
    let mut options: BTreeMap<Field, Vec<(usize, String)>> = BTreeMap::new();
    for c in &columns {
        match (c.field, &c.option) {
            (Some(f), Some(o)) => options.entry(f).or_default().push((c.index, o.clone())),
            (Some(f), None) => by_field.entry(f).or_default().push(c.index),
            _ => {}
        }
    }
    issues.extend(contacts_from_tool(table, &columns, &mut by_field, &loc));
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
        questionnaire: super::questionnaire::origin(&table.headers),
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
    if let Some(o) = survey.questionnaire.filter(|o| o.version > QUESTIONNAIRE_VERSION) {
        let kind = IssueKind::QuestionnaireNewer { version: o.version, known: QUESTIONNAIRE_VERSION };
        survey.issues.push(Issue { kind, location: loc(Some(table.header_row)) });
    }
    if table.rows.is_empty() {
        survey.issues.push(Issue { kind: IssueKind::NoRows, location: loc(Some(table.header_row)) });
    }
    let present = |f: &Field| by_field.contains_key(f) || options.contains_key(f);
    let (missing_issues, missing) = missing_fields(table, side, &survey.columns, present, &loc);
    survey.issues.extend(missing_issues);
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

/// A field that matters for matching without a column: one message for the file, naming the columns most likely
/// meant (by the words of their headers); its rows get no warning of their own for it. Gives those messages and
/// the fields missing.
fn missing_fields(
    table: &Table,
    side: Side,
    columns: &[Column],
    present: impl Fn(&Field) -> bool,
    loc: &dyn Fn(Option<usize>) -> Location,
) -> (Vec<Issue>, BTreeSet<Field>) {
    let key_fields: &[&[Field]] = match side {
        Side::Offers => &[&[Field::Areas], &[Field::Capacity]],
        Side::Needs => &[&[Field::UrgentNeeds, Field::LongTermNeeds], &[Field::Category], &[Field::PartnersWanted]],
    };
    let mut issues = Vec::new();
    let mut missing = BTreeSet::new();
    for group in key_fields {
        if !table.rows.is_empty() && !group.iter().any(&present) {
            let field = group.first().copied().unwrap_or(Field::Areas);
            let mut likely: Vec<(i32, &Column)> = columns
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
            issues
                .push(Issue { kind: IssueKind::FieldMissing { field, likely }, location: loc(Some(table.header_row)) });
            missing.extend(group.iter().copied());
        }
    }
    (issues, missing)
}

/// Columns read as an answer field that hold only marks (`1`/`0`, `x`, `Ja`/`Nei`) and no option of their
/// own: not read as answers (every cell would be an unknown answer), with one message for the file each.
fn markers_only(table: &Table, columns: &mut [Column], loc: &dyn Fn(Option<usize>) -> Location) -> Vec<Issue> {
    let mut issues = Vec::new();
    for c in columns.iter_mut() {
        let Some(field) = c.field.filter(|f| f.is_multi()) else { continue };
        if c.option.is_none() && !c.by_user && layout::all_markers(table, c.index) {
            c.field = None;
            c.found_by = None;
            c.personal = false;
            issues.push(Issue {
                kind: IssueKind::MarkersOnly { field },
                location: Location {
                    column: Some(c.letter.clone()),
                    header: Some(c.header.clone()),
                    ..loc(Some(table.header_row))
                },
            });
        }
    }
    issues
}

/// The contacts when the survey has no question for them: the form tool's respondent column (its sign-in
/// address or name) stands in, with a note for the file. A contact e-mail column whose every value is the same,
/// or none an address, gets one warning; the tool's is then not used.
fn contacts_from_tool(
    table: &Table,
    columns: &[Column],
    by_field: &mut BTreeMap<Field, Vec<usize>>,
    loc: &dyn Fn(Option<usize>) -> Location,
) -> Vec<Issue> {
    let mut issues = Vec::new();
    let at = |c: &Column| Location {
        column: Some(c.letter.clone()),
        header: Some(c.header.clone()),
        ..loc(Some(table.header_row))
    };
    for (contact, respondent) in
        [(Field::ContactEmail, Field::RespondentEmail), (Field::ContactName, Field::RespondentName)]
    {
        let own = by_field.get(&contact).and_then(|c| c.first()).and_then(|&i| columns.get(i));
        let tool =
            by_field.get(&respondent).and_then(|c| c.first()).and_then(|&i| columns.get(i)).and_then(|c| {
                match &c.found_by {
                    Some(FoundBy::Tool { tool }) => Some((c, *tool)),
                    _ => None,
                }
            });
        let column = own.or(tool.map(|(c, _)| c));
        let unusable = match column {
            Some(c) if contact == Field::ContactEmail => unusable_emails(table, c.index),
            _ => None,
        };
        if let (Some(c), Some(all_same)) = (column, unusable) {
            issues.push(Issue { kind: IssueKind::ContactEmailUnusable { all_same }, location: at(c) });
            continue;
        }
        let filled = |c: &Column| table.rows.iter().any(|r| r.cells.get(c.index).is_some_and(|v| !v.trim().is_empty()));
        if let (None, Some((c, tool))) = (own, tool.filter(|(c, _)| filled(c))) {
            by_field.insert(contact, vec![c.index]);
            issues.push(Issue { kind: IssueKind::ContactFromTool { field: contact, tool }, location: at(c) });
        }
    }
    issues
}

/// Whether a column of e-mail addresses is of no use for contacts: `Some(true)` when every row (three or more)
/// gives the same value, `Some(false)` when no value is an address; `None` when it is usable or empty.
fn unusable_emails(table: &Table, index: usize) -> Option<bool> {
    let values: Vec<&str> =
        table.rows.iter().filter_map(|r| r.cells.get(index)).map(|c| c.trim()).filter(|c| !c.is_empty()).collect();
    let first = *values.first()?;
    if values.len() >= 3 && values.iter().all(|v| *v == first) {
        return Some(true);
    }
    (!values.iter().any(|v| v.contains('@'))).then_some(false)
}

/// What reading a run of rows gave, in row order.
#[derive(Default)]
pub(super) struct Rows {
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
pub(super) fn split_at(rows: usize) -> Option<usize> {
    (cfg!(not(target_arch = "wasm32")) && rows >= 512).then_some(rows / 2)
}

/// Reads every row of the reader's table, ticking `tick(rows done, rows)` every 128 rows; the rows from
/// `split` on are read beside the others ([`beside`]: natively on a thread of their own).
pub(super) fn read_rows(
    reader: RowReader,
    side: Side,
    split: Option<usize>,
    tick: &mut dyn FnMut(usize, usize),
) -> Rows {
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
pub(super) fn read_range(
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
