//! What is wrong with a row or a file, and where: severity, location (file › sheet › row › column) and the
//! row counts.

use super::Field;
use crate::engine::model::{Category, Side};
use serde::{Deserialize, Serialize};

/// How serious an issue is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Something the coordinator may want to know; the row is read as it is (counted as accepted).
    Note,
    /// The row was read, with an assumption the coordinator should check.
    Warning,
    /// The row could not be used.
    Error,
}

/// Where something is: file › sheet › row › column.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
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

/// What a text that could be taken for code looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
    /// A kommunenummer or KATOTTG code that is no entity of the official lists.
    CodeUnknown {
        /// Whose code.
        side: Side,
        /// The code as read.
        given: String,
    },
    /// The code is one entity, the name another: the code's is used.
    CodeNameDisagree {
        /// Whose.
        side: Side,
        /// The code.
        given: String,
        /// The code's entity, officially named.
        official: String,
        /// What the name points to: its id and official name.
        named_id: String,
        /// Its official name.
        named: String,
    },
    /// A name several entities share, and nothing (oblast, raion, county, kind) tells them apart.
    NameAmbiguous {
        /// Whose.
        side: Side,
        /// The name as written.
        name: String,
        /// Every candidate: id, official name and where it is (county, or raion and oblast).
        candidates: Vec<Candidate>,
    },
    /// A name no entity of the official lists has, in any form.
    NameUnknown {
        /// Whose.
        side: Side,
        /// The name as written.
        name: String,
        /// The entities with the nearest names (a misspelling), closest first; may be empty.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        suggestions: Vec<Candidate>,
    },
    /// The category was blank; the 2022 list suggests one, which is used.
    CategorySuggested {
        /// The category used.
        category: Category,
        /// What the list says.
        status: War2022,
    },
    /// The survey's category and the 2022 list differ; the survey's answer is kept.
    CategoryDiffers {
        /// The survey's answer.
        category: Category,
        /// What the list says.
        status: War2022,
    },
    /// The community was in occupied territory in 2022.
    Occupied2022,
    /// A field that matters for matching has no column; said once for the file, not on every row.
    FieldMissing {
        /// The field.
        field: Field,
        /// The headers of the columns most likely meant, best first (none above the threshold).
        likely: Vec<String>,
    },
    /// The survey has no question for a contact's e-mail or name: the form tool's respondent column (the
    /// address or name the respondent signed in with) is used for it. Said once for the file.
    ContactFromTool {
        /// The contact's field the tool's column stands in for.
        field: Field,
        /// The tool.
        tool: super::layout::Tool,
    },
    /// A contact e-mail column whose every value is the same, or none an address: said once for the file, and
    /// not used for the contacts when it is the form tool's.
    ContactEmailUnusable {
        /// Every row gives the same value (else: no value is an address). The value itself is not kept: it is
        /// the respondents' data.
        all_same: bool,
    },
    /// The row is a questionnaire's example (the cell of its mark filled in): left out.
    ExampleRow,
    /// The file was made from a questionnaire of a version newer than this program's: its questions are read by
    /// their words, not word for word. Said once for the file.
    QuestionnaireNewer {
        /// The file's questionnaire version.
        version: u32,
        /// This program's.
        known: u32,
    },
    /// A column read as an answer field holds only marks (`1`/`0`, `x`, `Ja`/`Nei`): one option of a
    /// one-column-per-option question whose other columns are not there, or a column mapped wrongly. Its cells
    /// are not read as answers. Said once for the file.
    MarkersOnly {
        /// The field the column was read as.
        field: Field,
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

/// An entity a name may mean.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Candidate {
    /// Kommunenummer or KATOTTG code.
    pub id: String,
    /// Official name.
    pub name: String,
    /// Where it is: the county, or the raion and oblast.
    pub place: String,
}

/// A community's status in the 2022 list, as issues name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum War2022 {
    /// Not occupied, outside the war zone.
    NotOccupied,
    /// Not occupied, in the war zone.
    WarZone,
    /// Deoccupied.
    Deoccupied,
    /// Occupied.
    Occupied,
}

impl From<crate::engine::gazetteer::WarStatus2022> for War2022 {
    fn from(s: crate::engine::gazetteer::WarStatus2022) -> Self {
        use crate::engine::gazetteer::WarStatus2022 as W;
        match s {
            W::NotOccupied => War2022::NotOccupied,
            W::WarZone => War2022::WarZone,
            W::Deoccupied => War2022::Deoccupied,
            W::Occupied => War2022::Occupied,
        }
    }
}

impl IssueKind {
    /// Error (the row or file cannot be used), warning (read, with an assumption to check) or note.
    pub fn severity(&self) -> Severity {
        match self {
            IssueKind::SideUnknown | IssueKind::IdentityColumnMissing { .. } | IssueKind::NameMissing { .. } => {
                Severity::Error
            }
            IssueKind::CategoryDiffers { .. }
            | IssueKind::Occupied2022
            | IssueKind::ContactFromTool { .. }
            | IssueKind::QuestionnaireNewer { .. } => Severity::Note,
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
            CodeUnknown { .. } => "code_unknown",
            FieldMissing { .. } => "field_missing",
            CodeNameDisagree { .. } => "code_name_disagree",
            NameAmbiguous { .. } => "name_ambiguous",
            NameUnknown { .. } => "name_unknown",
            CategorySuggested { .. } => "category_suggested",
            CategoryDiffers { .. } => "category_differs",
            Occupied2022 => "occupied_2022",
            Resubmitted { .. } => "resubmitted",
            ContactFromTool { .. } => "contact_from_tool",
            ContactEmailUnusable { .. } => "contact_email_unusable",
            MarkersOnly { .. } => "markers_only",
            ExampleRow => "example_row",
            QuestionnaireNewer { .. } => "questionnaire_newer",
        }
    }

    /// One of each kind, for tests of the messages.
    #[cfg(test)]
    pub(crate) fn examples() -> Vec<IssueKind> {
        use IssueKind::*;
        let s = |t: &str| t.to_string();
        vec![
            SideUnknown,
            ExampleRow,
            QuestionnaireNewer { version: 2, known: 1 },
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
            CodeUnknown { side: Side::Offers, given: s("9999") },
            CodeUnknown { side: Side::Needs, given: s("UA00000000000000000") },
            CodeNameDisagree {
                side: Side::Offers,
                given: s("4601"),
                official: s("Bergen"),
                named_id: s("3201"),
                named: s("Bærum"),
            },
            CodeNameDisagree {
                side: Side::Needs,
                given: s("UA1"),
                official: s("Бучанська"),
                named_id: s("UA2"),
                named: s("Ірпінська"),
            },
            NameAmbiguous {
                side: Side::Offers,
                name: s("Herøy"),
                candidates: vec![Candidate { id: s("1515"), name: s("Herøy"), place: s("Møre og Romsdal") }],
            },
            NameAmbiguous {
                side: Side::Needs,
                name: s("Миколаївська"),
                candidates: vec![Candidate {
                    id: s("UA1"), name: s("Миколаївська"), place: s("Сумська")
                }],
            },
            NameUnknown { side: Side::Offers, name: s("Atlantis"), suggestions: Vec::new() },
            NameUnknown { side: Side::Needs, name: s("Атлантида"), suggestions: Vec::new() },
            CategorySuggested { category: Category::WarZone, status: War2022::Deoccupied },
            CategoryDiffers { category: Category::Outside, status: War2022::WarZone },
            Occupied2022,
            FieldMissing { field: Field::Category, likely: vec![s("Status")] },
            FieldMissing { field: Field::Capacity, likely: Vec::new() },
            FieldMissing { field: Field::Areas, likely: vec![s("Tilbud")] },
            ContactFromTool { field: Field::ContactEmail, tool: super::layout::Tool::MicrosoftForms },
            ContactFromTool { field: Field::ContactName, tool: super::layout::Tool::GoogleForms },
            ContactEmailUnusable { all_same: true },
            ContactEmailUnusable { all_same: false },
            MarkersOnly { field: Field::Areas },
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

/// A problem found in a file: what, and where. Read back from its report form (severity and message, which
/// follow from the kind, are ignored), so a survey can cross from the page's worker.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Issue {
    /// What is wrong, with its data.
    #[serde(flatten)]
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
}

/// Row counts of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
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
