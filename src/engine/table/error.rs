//! Why a file cannot be read at all: one kind per cause, each with the data its message names.

use crate::engine::json_input::JsonError;
use serde::{Deserialize, Serialize};

/// Why a file could not be read at all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadError {
    /// The file name.
    pub file: String,
    /// What is wrong.
    pub kind: ReadErrorKind,
}

/// The kinds of unreadable file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "snake_case")]
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

impl std::error::Error for ReadError {}
