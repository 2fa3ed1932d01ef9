//! What is wrong with a row or a file, and where: severity, location (file › sheet › row › column) and the
//! row counts.

use super::Field;
use crate::engine::messages::{self, Lang};
use crate::engine::model::Side;
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
        f.write_str(&messages::location(Lang::En, self))
    }
}

/// What a text that could be taken for code looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Suspicion {
    /// Starts with `=`, `+` or `@`: a spreadsheet would run it.
    Formula,
    /// Holds `<…>`: a page that did not escape it would render it.
    Markup,
}

/// What is wrong with a file or a row, with the data its message names. Serialised with its stable `code`
/// (`count_invalid`, …) beside those data; the messages in each language come from
/// [`messages::issue`](crate::engine::messages::issue).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
#[non_exhaustive]
pub enum IssueKind {
    /// The headers match neither survey.
    SideUnknown,
    /// No column identifies the rows (name or number / code).
    IdentityColumnMissing {
        /// The side the file was read as.
        side: Side,
    },
    /// A header row and nothing below it.
    NoRows,
    /// A number of partners that is blank or not a whole number of at least 1 (1 is assumed).
    CountInvalid {
        /// `capacity` or `partners_wanted`.
        field: Field,
        /// The answer as written (empty: blank).
        answer: String,
    },
    /// An answer that is no area of the taxonomy.
    AreaUnknown {
        /// The answer as written.
        answer: String,
    },
    /// A municipality with no area of competence recognised.
    AreasNone,
    /// A community with no need recognised.
    NeedsNone,
    /// Neither name nor number (or KATOTTG code): the row cannot be used.
    NameMissing {
        /// Whose name.
        side: Side,
    },
    /// No name, but a number or code identifies the row.
    NameBlank {
        /// Whose name.
        side: Side,
        /// The number or code as written.
        id: String,
    },
    /// A kommunenummer that is not four digits.
    NumberInvalid {
        /// The answer as written.
        answer: String,
    },
    /// A KATOTTG code that is not `UA` and 17 digits.
    KatottgInvalid {
        /// The answer as written.
        answer: String,
    },
    /// A category that is neither the war zone nor outside it (empty: blank).
    CategoryUnknown {
        /// The answer as written.
        answer: String,
    },
    /// A name that looks like a formula or markup; kept as text.
    SuspiciousText {
        /// The text.
        text: String,
        /// What it looks like.
        looks_like: Suspicion,
    },
    /// The same municipality or community answered more than once; this answer is set aside.
    Resubmitted {
        /// Its name.
        name: String,
        /// Its id.
        id: String,
        /// When this answer was submitted, if known.
        #[serde(skip_serializing_if = "Option::is_none")]
        submitted: Option<String>,
        /// The file of the answer kept.
        kept_file: String,
        /// Its row.
        kept_row: usize,
        /// When it was submitted, if known.
        #[serde(skip_serializing_if = "Option::is_none")]
        kept_submitted: Option<String>,
    },
}

impl IssueKind {
    /// Error (the row or file cannot be used) or warning (read, with an assumption to check).
    pub fn severity(&self) -> Severity {
        match self {
            IssueKind::SideUnknown | IssueKind::IdentityColumnMissing { .. } | IssueKind::NameMissing { .. } => {
                Severity::Error
            }
            _ => Severity::Warning,
        }
    }

    /// The stable machine-readable code: `count_invalid`, `resubmitted`, …
    pub fn code(&self) -> &'static str {
        use IssueKind::*;
        match self {
            SideUnknown => "side_unknown",
            IdentityColumnMissing { .. } => "identity_column_missing",
            NoRows => "no_rows",
            CountInvalid { .. } => "count_invalid",
            AreaUnknown { .. } => "area_unknown",
            AreasNone => "areas_none",
            NeedsNone => "needs_none",
            NameMissing { .. } => "name_missing",
            NameBlank { .. } => "name_blank",
            NumberInvalid { .. } => "number_invalid",
            KatottgInvalid { .. } => "katottg_invalid",
            CategoryUnknown { .. } => "category_unknown",
            SuspiciousText { .. } => "suspicious_text",
            Resubmitted { .. } => "resubmitted",
        }
    }

    /// One of each kind, for tests of the messages.
    #[cfg(test)]
    pub(crate) fn examples() -> Vec<IssueKind> {
        use IssueKind::*;
        let s = |t: &str| t.to_string();
        vec![
            SideUnknown,
            IdentityColumnMissing { side: Side::Offers },
            IdentityColumnMissing { side: Side::Needs },
            NoRows,
            CountInvalid { field: Field::Capacity, answer: s("mange") },
            CountInvalid { field: Field::PartnersWanted, answer: String::new() },
            AreaUnknown { answer: s("Romfart") },
            AreasNone,
            NeedsNone,
            NameMissing { side: Side::Offers },
            NameMissing { side: Side::Needs },
            NameBlank { side: Side::Offers, id: s("4601") },
            NameBlank { side: Side::Needs, id: s("UA05040190000039450") },
            NumberInvalid { answer: s("46O1") },
            KatottgInvalid { answer: s("UA1") },
            CategoryUnknown { answer: s("?") },
            CategoryUnknown { answer: String::new() },
            SuspiciousText { text: s("=1+1"), looks_like: Suspicion::Formula },
            SuspiciousText { text: s("<b>"), looks_like: Suspicion::Markup },
            Resubmitted {
                name: s("Bergen"),
                id: s("4601"),
                submitted: Some(s("2026-02-16T08:39:00")),
                kept_file: s("f.csv"),
                kept_row: 4,
                kept_submitted: None,
            },
        ]
    }
}

/// A problem found in a file: what, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// What is wrong, with its data.
    pub kind: IssueKind,
    /// Where.
    pub location: Location,
}

impl Issue {
    /// Error or warning.
    pub fn severity(&self) -> Severity {
        self.kind.severity()
    }

    /// The stable code of its kind.
    pub fn code(&self) -> &'static str {
        self.kind.code()
    }

    /// What is wrong and what to do, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        messages::issue(lang, &self.kind)
    }
}

/// As reports have it: severity, the stable code and the data of its kind, where, and the English message.
impl Serialize for Issue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Out<'a> {
            severity: Severity,
            #[serde(flatten)]
            kind: &'a IssueKind,
            location: &'a Location,
            message: String,
        }
        Out { severity: self.severity(), kind: &self.kind, location: &self.location, message: self.message(Lang::En) }
            .serialize(s)
    }
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity() {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, "{sev}: {}: {}", self.location, self.message(Lang::En))
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
