//! What is wrong with a row or a file, and where: severity, location (file › sheet › row › column) and the
//! row counts.

use serde::Serialize;
use std::fmt;

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
