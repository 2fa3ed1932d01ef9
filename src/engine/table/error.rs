//! Why a file cannot be read at all: one kind per cause, each with the data its message names.

use super::super::json_input::JsonError;
use std::fmt;

/// Why a file could not be read at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    /// The file name.
    pub file: String,
    /// What is wrong.
    pub kind: ReadErrorKind,
}

/// The kinds of unreadable file.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ReadErrorKind {
    /// The file has no bytes.
    Empty,
    /// The file looks like a spreadsheet but the spreadsheet reader failed.
    Spreadsheet {
        /// The reader's message.
        detail: String,
    },
    /// The bytes are not text in any encoding we read.
    NotText,
    /// A quoted field is never closed.
    UnbalancedQuotes {
        /// 1-based line where the open quote starts.
        line: usize,
    },
    /// A quoted field is followed by more text after its closing quote.
    StrayQuote {
        /// 1-based line of the closing quote.
        line: usize,
    },
    /// Nothing that looks like a header row with at least two columns.
    NoHeader,
    /// A JSON file that is not the input format.
    Json(JsonError),
    /// The file is larger than any survey export.
    TooLarge {
        /// Bytes in the file.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// The file has more rows than any survey would.
    TooManyRows {
        /// Rows found (at least).
        found: usize,
        /// The limit.
        limit: usize,
    },
    /// A cell is longer than any answer would be.
    CellTooLong {
        /// 1-based row.
        row: usize,
        /// 1-based column.
        column: usize,
        /// The limit in characters.
        limit: usize,
    },
    /// The file has more columns than any survey would.
    TooManyColumns {
        /// Columns found.
        found: usize,
        /// The limit.
        limit: usize,
    },
    /// The browser could not read the file from disk.
    CannotRead {
        /// What the browser said.
        detail: String,
    },
    /// The table has more cells (counting the empty ones between filled ones) than any survey would.
    TooManyCells {
        /// The limit.
        limit: usize,
    },
    /// A spreadsheet (a zip archive) unpacks to more bytes than any survey export would.
    UnpacksTooLarge {
        /// Bytes it says it unpacks to.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = &self.file;
        match &self.kind {
            ReadErrorKind::Empty => write!(f, "{file}: the file is empty. Export the survey answers again and load the new file."),
            ReadErrorKind::Spreadsheet { detail } => write!(
                f,
                "{file}: this looks like a spreadsheet but cannot be opened ({detail}). The file may be damaged or cut short: open it in Excel and save it again, or export it as CSV."
            ),
            ReadErrorKind::NotText => write!(
                f,
                "{file}: this is neither a spreadsheet (XLSX, XLS, ODS) nor a text table (CSV, TSV). Load the survey export itself."
            ),
            ReadErrorKind::UnbalancedQuotes { line } => write!(
                f,
                "{file} › line {line}: a quoted field starts here and is never closed, so the rest of the file cannot be split into cells. Check the quote marks on that line, or export the file again."
            ),
            ReadErrorKind::StrayQuote { line } => write!(
                f,
                "{file} › line {line}: a quoted field is followed by more text after its closing quote, so the cells of this line cannot be told apart. Check the quote marks on that line, or export the file again."
            ),
            ReadErrorKind::NoHeader => write!(
                f,
                "{file}: no header row found (a row naming at least two columns). The first row of a survey export should hold the questions."
            ),
            ReadErrorKind::Json(detail) => write!(
                f,
                "{file}: {detail}. Survey answers in JSON must follow the kommunematch input format (docs/input-format.md); results and mapping presets are loaded as such, not as surveys."
            ),
            ReadErrorKind::TooLarge { bytes, limit } => write!(
                f,
                "{file}: {} MB, more than the {} MB a survey export can have. Check that this is the survey export; split it if it really is this large.",
                bytes / (1024 * 1024),
                limit / (1024 * 1024)
            ),
            ReadErrorKind::TooManyRows { found, limit } => write!(
                f,
                "{file}: more than {limit} rows ({found} or more), more than any survey of municipalities has. Check that this is the survey export."
            ),
            ReadErrorKind::CellTooLong { row, column, limit } => write!(
                f,
                "{file} › row {row} › column {column}: a cell longer than {limit} characters, more than any answer. Check that cell, or export the file again."
            ),
            ReadErrorKind::TooManyColumns { found, limit } => write!(
                f,
                "{file}: {found} columns, more than the {limit} a survey export can have. Check that this is the survey export, not another table."
            ),
            ReadErrorKind::CannotRead { detail } => write!(
                f,
                "{file}: the browser could not read this file ({detail}). Check that it is still where it was and not open in another program, then load it again."
            ),
            ReadErrorKind::TooManyCells { limit } => write!(
                f,
                "{file}: more than {limit} cells (counting the empty ones between filled ones), more than any survey export has. Check that this is the survey export, not another table; delete stray cells far below or to the right of the answers."
            ),
            ReadErrorKind::UnpacksTooLarge { bytes, limit } => write!(
                f,
                "{file}: this spreadsheet unpacks to {} MB, more than the {} MB a survey export can have. Check that this is the survey export; open it in Excel and save it again, or export it as CSV.",
                bytes / (1024 * 1024),
                limit / (1024 * 1024)
            ),
        }
    }
}

impl std::error::Error for ReadError {}
