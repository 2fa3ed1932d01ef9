//! The validation report of a file, as `kommunematch inspect` prints it and the page shows it.

use super::model::Side;
use super::survey::{Column, Counts, Issue, Survey, UnknownLabel};
use super::table::ReadError;
use serde::Serialize;

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
    pub columns: Vec<Column>,
    /// Row counts.
    pub counts: Counts,
    /// Answers not recognised, with counts.
    pub unknown_labels: Vec<UnknownLabel>,
    /// Every issue.
    pub issues: Vec<Issue>,
}

impl FileReport {
    /// The report of a survey.
    pub fn from_survey(s: &Survey) -> Self {
        FileReport {
            file: s.file.clone(),
            error: None,
            sheet: s.sheet.clone(),
            format: s.format.clone(),
            header_row: s.header_row,
            side: Some(s.side),
            detected_side: s.detected_side,
            columns: s.columns.clone(),
            counts: s.counts,
            unknown_labels: s.unknown_labels.clone(),
            issues: s.issues.clone(),
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
        }
    }
}
