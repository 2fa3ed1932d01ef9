//! The validation report of a file, as `kommunematch inspect` prints it and the page shows it.
// Text is whatever people typed: no indexing that could panic on it.
#![cfg_attr(not(test), deny(clippy::indexing_slicing))]

use super::model::Side;
use super::survey::{Column, Counts, Field, FoundBy, Issue, Resolution, RowEntity, Survey, UnknownLabel};
use super::table::ReadError;
use serde::Serialize;

/// Whether a download may carry personal data (contact names, e-mails, phones): only when the coordinator
/// asks (`--include-personal-data`, or the box in the page).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PersonalData {
    /// Left out: a column's meaning is shown, not its contents (the default).
    #[default]
    LeftOut,
    /// Included, as the coordinator chose.
    Included,
}

/// Why a column's sample answer is not in a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Withheld {
    /// The column holds personal data (names, e-mails, phones).
    PersonalColumn,
    /// A comment: free text that may name people.
    FreeText,
    /// A column whose meaning is not known: it may hold anything.
    UnknownColumn,
    /// The answer looks like an e-mail address or a phone number, whatever the column.
    LooksPersonal,
}

/// One column of a report: its meaning, and a sample answer only when it cannot be personal data.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportColumn {
    /// 0-based column index.
    pub index: usize,
    /// Spreadsheet-style letter(s).
    pub letter: String,
    /// Header text as in the file.
    pub header: String,
    /// The field it maps to, or `None` for a column kept but not used.
    pub field: Option<Field>,
    /// What the field means, in English (for a reader of the file without the app).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meaning: Option<&'static str>,
    /// For one-column-per-option exports: the option this column stands for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub option: Option<String>,
    /// The form tool whose own column this is (its metadata, not a question of the survey).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool: Option<&'static str>,
    /// Whether the mapping came from the coordinator.
    pub by_user: bool,
    /// Whether the column holds personal data.
    pub personal: bool,
    /// The first answer in the column (cut to 80 characters), when it may be shared.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sample: Option<String>,
    /// Why the sample is left out, when it is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sample_withheld: Option<Withheld>,
    /// How the meaning was found (by the coordinator, the dictionary, an option column, or by meaning with the
    /// words that decided it and the score).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub found_by: Option<super::survey::FoundBy>,
}

impl ReportColumn {
    fn new(c: &Column, personal: PersonalData) -> Self {
        let withheld = match c.field {
            _ if personal == PersonalData::Included || c.sample.is_empty() => None,
            Some(f) if f.is_personal() => Some(Withheld::PersonalColumn),
            Some(Field::Comment) => Some(Withheld::FreeText),
            None => Some(Withheld::UnknownColumn),
            Some(_) if looks_like_contact(&c.sample) => Some(Withheld::LooksPersonal),
            Some(_) => None,
        };
        ReportColumn {
            index: c.index,
            letter: c.letter.clone(),
            header: c.header.clone(),
            field: c.field,
            meaning: c.field.map(Field::describe),
            option: c.option.clone(),
            tool: match &c.found_by {
                Some(FoundBy::Tool { tool }) => Some(tool.name()),
                _ => None,
            },
            by_user: c.by_user,
            personal: c.personal,
            sample: (withheld.is_none() && !c.sample.is_empty()).then(|| c.sample.clone()),
            sample_withheld: withheld,
            found_by: c.found_by.clone(),
        }
    }
}

/// Whether text looks like an e-mail address (`@` between letters) or a phone number (seven or more digits
/// and nothing but phone punctuation).
pub fn looks_like_contact(s: &str) -> bool {
    let email = s.split_once('@').is_some_and(|(a, b)| !a.trim().is_empty() && b.contains('.'));
    let digits = s.chars().filter(char::is_ascii_digit).count();
    let phone = digits >= 7
        && s.chars().all(|c| c.is_ascii_digit() || c.is_whitespace() || matches!(c, '+' | '-' | '(' | ')' | '.' | '/'));
    email || phone
}

/// How one file was read.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FileReport {
    /// File name.
    pub file: String,
    /// Why the file could not be read at all; the other fields are then empty.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Sheet used, for spreadsheets.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    /// How the bytes were read.
    pub format: String,
    /// 1-based row of the header (0 for the JSON input format).
    pub header_row: usize,
    /// Offers or needs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub side: Option<Side>,
    /// The side the headers suggest.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detected_side: Option<Side>,
    /// Every column and its meaning.
    pub columns: Vec<ReportColumn>,
    /// Row counts.
    pub counts: Counts,
    /// Answers not recognised, with counts.
    pub unknown_labels: Vec<UnknownLabel>,
    /// Every issue.
    pub issues: Vec<Issue>,
    /// How the rows were resolved to official municipalities or communities.
    pub resolution: Resolution,
    /// Each row's entity: id, name and how it was found.
    pub entities: Vec<RowEntity>,
    /// The kommunematch questionnaire the file was made from (side, version, language), when it was.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub questionnaire: Option<super::survey::questionnaire::Origin>,
}

impl FileReport {
    /// The report of a survey; sample answers of columns that may hold personal data only when `personal`
    /// says they may be included.
    pub fn from_survey(s: &Survey, personal: PersonalData) -> Self {
        FileReport {
            file: s.file.clone(),
            error: None,
            sheet: s.sheet.clone(),
            format: s.format.clone(),
            header_row: s.header_row,
            side: Some(s.side),
            detected_side: s.detected_side,
            columns: s.columns.iter().map(|c| ReportColumn::new(c, personal)).collect(),
            counts: s.counts,
            unknown_labels: s.unknown_labels.clone(),
            issues: s.issues.clone(),
            resolution: s.resolution(),
            entities: s.entities(),
            questionnaire: s.questionnaire,
        }
    }

    /// The report of a file that could not be read.
    pub fn unreadable(e: &ReadError) -> Self {
        FileReport {
            file: e.file.clone(),
            error: Some(e.to_string()),
            sheet: None,
            format: String::new(),
            header_row: 0,
            side: None,
            detected_side: None,
            columns: Vec::new(),
            counts: Counts::default(),
            unknown_labels: Vec::new(),
            issues: Vec::new(),
            resolution: Resolution::default(),
            entities: Vec::new(),
            questionnaire: None,
        }
    }

    /// The report as pretty JSON, as `kommunematch inspect` prints it and the page downloads it.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contacts_are_recognised_by_their_shape() {
        for s in ["ola@bergen.kommune.no", "+47 55 56 60 00", "(044) 123-45-67", "a @b.c"] {
            assert!(looks_like_contact(s), "{s}");
        }
        for s in ["Bergen", "4601", "UA05040190000039450", "2026-02-16 08:39:00", "1 122", "@", "a@b"] {
            assert!(!looks_like_contact(s), "{s}");
        }
    }
}
