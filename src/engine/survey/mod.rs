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
pub mod values;

pub use fields::{field_for_header, option_column, Field};
use values::*;

use super::model::*;
use super::table::{read_tables, ReadError, ReadErrorKind, Row, Table};
use super::text::fold;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// One column and what it was understood to mean.
#[derive(Debug, Clone, PartialEq, Serialize)]
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
}

/// Corrections the coordinator made to how files are read, kept as a small JSON file and applied to next
/// year's export in one step. Columns are named by their header text, answers by their text.
///
/// ```json
/// { "kommunematch_preset": 1,
///   "columns": { "Kontaktinfo": "contact_email", "Intern merknad": null },
///   "answers": { "Romfart": null, "Vannforsyning": "INF-WAT" } }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Preset {
    /// Format marker and version: `1`.
    pub kommunematch_preset: u32,
    /// Header text → field (`null`: not used).
    pub columns: BTreeMap<String, Option<Field>>,
    /// Answer text → area code (`null`: ignore the answer).
    pub answers: BTreeMap<String, Option<String>>,
}

impl Preset {
    /// The preset as pretty JSON.
    pub fn to_json(&self) -> String {
        let mut p = self.clone();
        p.kommunematch_preset = 1;
        serde_json::to_string_pretty(&p).unwrap_or_default() + "\n"
    }

    /// Reads a preset; the message says what is wrong.
    pub fn from_json(bytes: &[u8]) -> Result<Preset, String> {
        let p: Preset = serde_json::from_slice(bytes).map_err(|e| format!("not a kommunematch mapping preset: {e}"))?;
        if p.kommunematch_preset != 1 {
            return Err(format!(
                "mapping preset version {} is not known; this version reads version 1",
                p.kommunematch_preset
            ));
        }
        for code in p.answers.values().flatten() {
            if super::taxonomy::by_code(code).is_none() {
                return Err(format!("the preset maps an answer to “{code}”, which is not an area code"));
            }
        }
        Ok(p)
    }

    /// Whether the preset is a mapping preset (and not some other JSON).
    pub fn looks_like(bytes: &[u8]) -> bool {
        let head = String::from_utf8_lossy(bytes.get(..200).unwrap_or(bytes));
        head.trim_start_matches('\u{feff}').trim_start().starts_with('{') && head.contains("kommunematch_preset")
    }
}

/// An answer no area was found for, with how many rows gave it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UnknownLabel {
    /// The field it was given for.
    pub field: Field,
    /// The answer text.
    pub label: String,
    /// Rows that gave it.
    pub count: usize,
}

/// How serious an issue is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The row was read, with an assumption the coordinator should check.
    Warning,
    /// The row could not be used.
    Error,
}

/// Where something is: file › sheet › row › column.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Location {
    /// File name.
    pub file: String,
    /// Sheet, for spreadsheets.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    /// 1-based row.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<usize>,
    /// Column letter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    /// Column header text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header: Option<String>,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(s) = &self.sheet {
            write!(f, " › {s}")?;
        }
        if let Some(r) = self.row {
            write!(f, " › row {r}")?;
        }
        if let Some(c) = &self.column {
            write!(f, " › column {c}")?;
            if let Some(h) = &self.header {
                write!(f, " “{h}”")?;
            }
        }
        Ok(())
    }
}

/// A problem found in a file, with where it is and what to do.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Issue {
    /// Warning or error.
    pub severity: Severity,
    /// Stable machine-readable code, `capacity_invalid`.
    pub code: &'static str,
    /// Where.
    pub location: Location,
    /// What is wrong and what to do, in English.
    pub message: String,
    /// The values the message names (an answer, a number, a name), for messages in other languages.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<String>,
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, "{sev}: {}: {}", self.location, self.message)
    }
}

/// Row counts of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Counts {
    /// Data rows in the file.
    pub rows: usize,
    /// Accepted without remarks.
    pub accepted: usize,
    /// Accepted with warnings.
    pub warnings: usize,
    /// Rejected.
    pub rejected: usize,
    /// Earlier answers set aside for a later answer of the same municipality or community (a resubmission:
    /// normal, not an error). `accepted + warnings + set_aside + rejected == rows`.
    pub set_aside: usize,
}

/// One survey file, read and validated.
#[derive(Debug, Clone, PartialEq)]
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

/// Reads a survey file: finds the table, its side (or takes `side`), maps the columns and reads every row.
pub fn read_survey(file: &str, bytes: &[u8], side: Option<Side>, preset: &Preset) -> Result<Survey, ReadError> {
    let table = best_table(read_tables(file, bytes)?)
        .ok_or_else(|| ReadError { file: file.into(), kind: ReadErrorKind::NoHeader })?;
    let mut survey = interpret(&table, side, preset);
    survey.sha256 = sha256_hex(bytes);
    Ok(survey)
}

/// SHA-256 of bytes, lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
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

/// Spreadsheet column letters of a 0-based index: 0 → A, 25 → Z, 26 → AA.
pub fn column_letter(mut i: usize) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (i % 26) as u8);
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    s.reverse();
    String::from_utf8_lossy(&s).into_owned()
}

/// Maps columns (the preset first, then one-column-per-option headers, then the dictionary) and detects
/// the side of a table from the fields found.
pub fn map_columns(table: &Table, preset: &Preset) -> (Vec<Column>, Option<Side>) {
    let mut taken = BTreeSet::new();
    let mut columns: Vec<Column> = table
        .headers
        .iter()
        .enumerate()
        .map(|(index, header)| {
            let (field, option, by_user) = match preset.columns.get(header.trim()) {
                // A column chosen by hand keeps its option when it is one option of the chosen field.
                Some(f) => (*f, option_column(header).filter(|(of, _)| Some(*of) == *f).map(|(_, o)| o), true),
                None => match option_column(header) {
                    Some((f, o)) => (Some(f), Some(o), false),
                    None => (field_for_header(header), None, false),
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
            }
        })
        .collect();
    // The coordinator's choices stand; of dictionary matches, a single-valued field keeps its first column.
    for c in columns.iter().filter(|c| c.by_user) {
        taken.extend(c.field);
    }
    for c in columns.iter_mut().filter(|c| !c.by_user && c.option.is_none()) {
        if let Some(f) = c.field {
            if !f.is_multi() && !taken.insert(f) {
                c.field = None;
            }
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
            issues.push(Issue {
                severity: Severity::Error,
                code: "side_unknown",
                location: loc(Some(table.header_row)),
                args: Vec::new(),
                message: "the headers match neither the offers survey (Norwegian municipalities) nor the needs survey (Ukrainian communities). Choose the side by hand, or check that this is a survey export.".into(),
            });
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
        let what = match side {
            Side::Offers => "the municipality (Kommune) or its number (Kommunenummer)",
            Side::Needs => "the community (Назва громади) or its KATOTTG code",
        };
        survey.issues.push(Issue {
            severity: Severity::Error,
            code: "identity_column_missing",
            location: loc(Some(table.header_row)),
            args: Vec::new(),
            message: format!("no column names {what}, so no row can be told apart. Add that column to the export, or map a column to it by hand."),
        });
    }
    if survey.issues.iter().any(|i| i.severity == Severity::Error) {
        survey.counts.rejected = table.rows.len();
        return survey;
    }
    if table.rows.is_empty() {
        survey.issues.push(Issue {
            severity: Severity::Warning,
            code: "no_rows",
            location: loc(Some(table.header_row)),
            args: Vec::new(),
            message:
                "the file has a header row but no answers below it. Export the survey again once answers have come in."
                    .into(),
        });
    }
    let answers = preset.answers.iter().map(|(k, v)| (fold(k), v.clone())).collect();
    let mut reader = RowReader {
        table,
        by_field,
        options,
        columns: &survey.columns,
        answers,
        unknown: BTreeMap::new(),
        issues: Vec::new(),
    };
    // Row index of each record, and each record's issues, to count rows once resubmissions are settled.
    let mut rows_used: Vec<(usize, usize)> = Vec::new();
    let mut rejected = 0;
    for (ri, row) in table.rows.iter().enumerate() {
        let before = reader.issues.len();
        let ok = match side {
            Side::Offers => reader.offer(row).map(|o| survey.offers.push(o)).is_some(),
            Side::Needs => reader.need(row).map(|n| survey.needs.push(n)).is_some(),
        };
        if ok {
            rows_used.push((ri, reader.issues.len() - before));
        } else {
            rejected += 1;
        }
    }
    let mut issues = std::mem::take(&mut reader.issues);
    let unknown = std::mem::take(&mut reader.unknown);
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
    survey.unknown_labels =
        unknown.into_iter().map(|((field, label), count)| UnknownLabel { field, label, count }).collect();
    survey.issues.extend(issues);
    survey
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
                let at =
                    |w: &Option<String>| w.as_ref().map(|w| format!(" ({})", w.replace('T', " "))).unwrap_or_default();
                issues.push(Issue {
                    severity: Severity::Warning,
                    code: "resubmitted",
                    args: vec![name.clone(), id.clone(), keep_src.file.clone(), keep_src.row.to_string()],
                    location: Location { file: src.file.clone(), sheet: src.sheet.clone(), row: Some(src.row), ..Location::default() },
                    message: format!(
                        "{name} ({id}) answered more than once; this answer{} is set aside for the later one in {} row {}{}. Remove the row you do not want if that is wrong.",
                        at(when_drop), keep_src.file, keep_src.row, at(when_keep)
                    ),
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

struct RowReader<'a> {
    table: &'a Table,
    /// Columns of each field, in column order (option columns excluded).
    by_field: BTreeMap<Field, Vec<usize>>,
    /// Option columns of each multi-select field: (column, option label).
    options: BTreeMap<Field, Vec<(usize, String)>>,
    columns: &'a [Column],
    answers: BTreeMap<String, Option<String>>,
    unknown: BTreeMap<(Field, String), usize>,
    issues: Vec<Issue>,
}

impl RowReader<'_> {
    /// The answer of a single-valued field: the first non-blank of its columns.
    fn cell<'r>(&self, row: &'r Row, f: Field) -> &'r str {
        self.by_field
            .get(&f)
            .into_iter()
            .flatten()
            .filter_map(|&i| row.cells.get(i))
            .map(String::as_str)
            .find(|c| !c.is_empty())
            .unwrap_or("")
    }

    /// The answer of a multi-select field: its columns joined with `;`, plus the options chosen in its
    /// one-column-per-option columns.
    fn multi(&self, row: &Row, f: Field) -> String {
        let mut parts: Vec<&str> =
            self.by_field.get(&f).into_iter().flatten().filter_map(|&i| row.cells.get(i)).map(String::as_str).collect();
        for (i, label) in self.options.get(&f).into_iter().flatten() {
            if row.cells.get(*i).is_some_and(|c| option_chosen(c)) {
                parts.push(label);
            }
        }
        parts.retain(|p| !p.is_empty());
        parts.join(";")
    }

    fn issue(&mut self, row: &Row, f: Option<Field>, severity: Severity, code: &'static str, message: String) {
        self.issue_with(row, f, severity, code, Vec::new(), message);
    }

    fn issue_with(
        &mut self,
        row: &Row,
        f: Option<Field>,
        severity: Severity,
        code: &'static str,
        args: Vec<String>,
        message: String,
    ) {
        let col = f.and_then(|f| self.by_field.get(&f)).and_then(|c| c.first()).and_then(|&i| self.columns.get(i));
        self.issues.push(Issue {
            severity,
            code,
            location: Location {
                file: self.table.file.clone(),
                sheet: self.table.sheet.clone(),
                row: Some(row.number),
                column: col.map(|c| c.letter.clone()),
                header: col.map(|c| c.header.clone()),
            },
            message,
            args,
        });
    }

    /// Warns about text that looks like a spreadsheet formula or HTML: it is kept and shown as plain text.
    fn check_text(&mut self, row: &Row, f: Field, text: &str) {
        let formula = text.starts_with(['=', '+', '@']);
        let markup = text.contains('<') && text.contains('>');
        if formula || markup {
            let what = if formula { "a spreadsheet formula" } else { "HTML markup" };
            self.issue_with(
                row,
                Some(f),
                Severity::Warning,
                "suspicious_text",
                vec![text.to_string()],
                format!("“{text}” looks like {what}. It is kept as plain text, never run; check the answer."),
            );
        }
    }

    /// When the answer was submitted: completion time, else the timestamp, else the start time.
    fn submitted(&self, row: &Row) -> Option<String> {
        [Field::CompletionTime, Field::Timestamp, Field::StartTime]
            .into_iter()
            .find_map(|f| parse_timestamp(self.cell(row, f)))
    }

    /// Answers in columns that map to no field, kept with their headers.
    fn other(&self, row: &Row) -> Vec<(String, String)> {
        self.columns
            .iter()
            .filter(|c| c.field.is_none())
            .filter_map(|c| row.cells.get(c.index).filter(|v| !v.is_empty()).map(|v| (c.header.clone(), v.clone())))
            .collect()
    }

    fn source(&self, row: &Row) -> SourceRow {
        SourceRow { file: self.table.file.clone(), sheet: self.table.sheet.clone(), row: row.number }
    }

    fn contact(&self, row: &Row) -> Contact {
        Contact {
            name: self.cell(row, Field::ContactName).into(),
            role: self.cell(row, Field::ContactRole).into(),
            email: self.cell(row, Field::ContactEmail).into(),
            phone: self.cell(row, Field::ContactPhone).into(),
        }
    }

    /// A whole number of partners; blank gives `default` with a warning.
    fn count(&mut self, row: &Row, f: Field, what: &str) -> u32 {
        let raw = self.cell(row, f).to_string();
        match parse_count(&raw) {
            Some(n) if n > 0 => n,
            _ => {
                let msg = if raw.is_empty() {
                    format!("{what} is blank; 1 is assumed. Fill it in if another number is meant.")
                } else {
                    format!("{what} “{raw}” is not a whole number of at least 1; 1 is assumed. Correct the answer in the file or the mapping.")
                };
                self.issue_with(row, Some(f), Severity::Warning, "count_invalid", vec![raw.clone()], msg);
                1
            }
        }
    }

    fn areas(&mut self, row: &Row, f: Field) -> BTreeSet<usize> {
        let raw = self.multi(row, f);
        let (found, unknown) = split_areas_with(&raw, &self.answers);
        for u in unknown {
            *self.unknown.entry((f, u.clone())).or_default() += 1;
            self.issue_with(
                row,
                Some(f),
                Severity::Warning,
                "area_unknown",
                vec![u.clone()],
                format!("“{u}” is not an area the taxonomy knows; it was left out of the matching. Map it to an area by hand if it means one."),
            );
        }
        found
    }

    fn offer(&mut self, row: &Row) -> Option<Offer> {
        let raw_name = self.cell(row, Field::MunicipalityName).to_string();
        let raw_number = self.cell(row, Field::MunicipalityNumber).to_string();
        let number = normalize_kommunenummer(&raw_number);
        if !raw_number.is_empty() && number.is_none() {
            self.issue_with(
                row,
                Some(Field::MunicipalityNumber),
                Severity::Warning,
                "number_invalid",
                vec![raw_number.clone()],
                format!(
                    "“{raw_number}” is not a four-digit kommunenummer; the name is used to identify the municipality."
                ),
            );
        }
        let name = strip_municipality_suffix(&raw_name);
        if name.is_empty() && number.is_none() {
            self.issue(
                row,
                Some(Field::MunicipalityName),
                Severity::Error,
                "name_missing",
                "neither the municipality's name nor its number is given, so the row cannot be used. Fill in the name."
                    .into(),
            );
            return None;
        }
        if name.is_empty() {
            self.issue_with(
                row,
                Some(Field::MunicipalityName),
                Severity::Warning,
                "name_blank",
                vec![raw_number.clone()],
                format!(
                    "the municipality's name is blank; kommunenummer {raw_number} identifies it. Fill in the name."
                ),
            );
        }
        self.check_text(row, Field::MunicipalityName, &name);
        let id = number.clone().unwrap_or_else(|| format!("NO-{}", slug(&name)));
        let capacity = self.count(row, Field::Capacity, "The number of partners");
        let areas = self.areas(row, Field::Areas);
        if areas.is_empty() {
            self.issue(row, Some(Field::Areas), Severity::Warning, "areas_none", "no area of competence recognised, so this municipality cannot be matched. Check the answer or the column mapping.".into());
        }
        let learn = self.areas(row, Field::Learn);
        Some(Offer {
            id,
            // A blank name: the number it was identified by, as normalised (never the cell's stray characters).
            name: if name.is_empty() { number.unwrap_or(raw_number) } else { name },
            county: self.cell(row, Field::County).into(),
            areas,
            capacity,
            form: parse_form(self.cell(row, Field::Form)),
            preference: parse_preference(self.cell(row, Field::Preference)),
            languages: split_languages(&self.multi(row, Field::Languages)),
            international_experience: parse_yes_no(self.cell(row, Field::InternationalExperience)),
            ties: meaningful_text(self.cell(row, Field::Ties)),
            learn,
            population: parse_number(self.cell(row, Field::Population)),
            refugees: parse_number(self.cell(row, Field::Refugees)),
            political_anchoring: self.cell(row, Field::PoliticalAnchoring).into(),
            comment: self.cell(row, Field::Comment).into(),
            contact: self.contact(row),
            submitted: self.submitted(row),
            other: self.other(row),
            source: self.source(row),
        })
    }

    fn need(&mut self, row: &Row) -> Option<Need> {
        let raw_name = self.cell(row, Field::CommunityName).to_string();
        let raw_code = self.cell(row, Field::Katottg).to_string();
        let code = normalize_katottg(&raw_code);
        if !raw_code.is_empty() && code.is_none() {
            self.issue_with(row, Some(Field::Katottg), Severity::Warning, "katottg_invalid", vec![raw_code.clone()], format!("“{raw_code}” is not a KATOTTG code (UA and 17 digits); the name and oblast identify the community."));
        }
        let name = strip_community_suffix(&raw_name);
        let oblast = strip_oblast_suffix(self.cell(row, Field::Oblast));
        if name.is_empty() && code.is_none() {
            self.issue(row, Some(Field::CommunityName), Severity::Error, "name_missing", "neither the community's name nor its KATOTTG code is given, so the row cannot be used. Fill in the name.".into());
            return None;
        }
        if name.is_empty() {
            self.issue_with(
                row,
                Some(Field::CommunityName),
                Severity::Warning,
                "name_blank",
                vec![raw_code.clone()],
                format!("the community's name is blank; KATOTTG code {raw_code} identifies it. Fill in the name."),
            );
        }
        self.check_text(row, Field::CommunityName, &name);
        let raion = strip_raion_suffix(self.cell(row, Field::Raion));
        // Without a code, the same name in another oblast or raion is another community.
        let id = code.clone().unwrap_or_else(|| {
            let mut id = format!("UA-{}-{}", slug(&name), slug(&oblast));
            if !raion.is_empty() {
                id = format!("{id}-{}", slug(&raion));
            }
            id
        });
        let raw_category = self.cell(row, Field::Category).to_string();
        let category = parse_category(&raw_category);
        if category == Category::Unknown {
            let msg = if raw_category.is_empty() {
                "the category (war zone or outside) is blank; the community is matched without a category preference."
                    .to_string()
            } else {
                format!("“{raw_category}” is neither the war zone nor outside it; the community is matched without a category preference.")
            };
            self.issue_with(
                row,
                Some(Field::Category),
                Severity::Warning,
                "category_unknown",
                vec![raw_category.clone()],
                msg,
            );
        }
        let urgent = self.areas(row, Field::UrgentNeeds);
        let mut long_term = self.areas(row, Field::LongTermNeeds);
        long_term.retain(|a| !urgent.contains(a));
        if urgent.is_empty() && long_term.is_empty() {
            self.issue(
                row,
                Some(Field::UrgentNeeds),
                Severity::Warning,
                "needs_none",
                "no need recognised, so this community cannot be matched. Check the answer or the column mapping."
                    .into(),
            );
        }
        let partners_wanted = self.count(row, Field::PartnersWanted, "The number of partners wanted");
        Some(Need {
            id,
            name: if name.is_empty() { code.clone().unwrap_or(raw_code) } else { name },
            oblast,
            raion,
            category,
            population: parse_number(self.cell(row, Field::Population)),
            idps: parse_number(self.cell(row, Field::Idps)),
            damage: parse_damage(self.cell(row, Field::Damage)),
            urgent,
            long_term,
            partners_wanted,
            languages: split_languages(&self.multi(row, Field::Languages)),
            international_partners: meaningful_text(self.cell(row, Field::InternationalPartners)),
            comment: self.cell(row, Field::Comment).into(),
            contact: self.contact(row),
            submitted: self.submitted(row),
            other: self.other(row),
            source: self.source(row),
        })
    }
}
