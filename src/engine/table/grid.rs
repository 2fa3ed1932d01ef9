//! A table as it was read, before any interpretation: its header row found, its data rows numbered.
// Bytes are whatever a file holds: no indexing that could panic on them.
#![cfg_attr(not(test), deny(clippy::indexing_slicing))]

use super::error::ReadErrorKind;
use super::limits::{check_cell_lengths, MAX_COLUMNS};

/// A rectangular table as it was read, before any interpretation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The file name as the user gave it.
    pub file: String,
    /// The sheet, for spreadsheets.
    pub sheet: Option<String>,
    /// 1-based row number of the header row in the file or sheet.
    pub header_row: usize,
    /// Header texts, trimmed.
    pub headers: Vec<String>,
    /// The data rows below the header, with their 1-based row numbers. Fully empty rows are left out.
    pub rows: Vec<Row>,
    /// How the file was decoded, for the report: `"xlsx"`, `"csv utf-8 ,"`, …
    pub format: String,
    /// The side the file itself declares (the JSON input format does).
    pub side_hint: Option<crate::engine::model::Side>,
    /// The row right above the header row, when the header is not the first row: a question written once over
    /// its options' columns (a merged cell) stands there. Empty otherwise.
    pub above: Vec<String>,
}

/// One data row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// 1-based row number in the file or sheet (for CSV: the record number counting the header as 1).
    pub number: usize,
    /// Cell texts, trimmed; as many as the row has (may differ from the header's length).
    pub cells: Vec<String>,
}

/// Finds the header row (the first of the first 30 rows with at least two cells and at least 60% as many
/// filled cells as the fullest of them) and splits the grid of (1-based row number, cells).
pub(super) fn into_table(
    file: &str,
    sheet: Option<String>,
    grid: Vec<(usize, Vec<String>)>,
    format: String,
) -> Result<Table, ReadErrorKind> {
    let filled = |r: &(usize, Vec<String>)| r.1.iter().filter(|c| !c.is_empty()).count();
    let widest = grid.iter().map(|r| r.1.len()).max().unwrap_or(0);
    if widest > MAX_COLUMNS {
        return Err(ReadErrorKind::TooManyColumns { found: widest, limit: MAX_COLUMNS });
    }
    for (row, cells) in &grid {
        check_cell_lengths(*row, cells)?;
    }
    let best = grid.iter().take(30).map(filled).max().unwrap_or(0);
    if best < 2 {
        return Err(ReadErrorKind::NoHeader);
    }
    let header_index =
        grid.iter().position(|r| filled(r) >= 2 && filled(r) * 10 >= best * 6).ok_or(ReadErrorKind::NoHeader)?;
    let above = header_index.checked_sub(1).and_then(|i| grid.get(i)).map(|r| r.1.clone()).unwrap_or_default();
    let mut rows_iter = grid.into_iter().skip(header_index);
    let (header_row, mut headers) = rows_iter.next().unwrap_or_default();
    while headers.last().is_some_and(String::is_empty) {
        headers.pop();
    }
    let rows = rows_iter
        .filter(|(_, cells)| cells.iter().any(|c| !c.is_empty()))
        .map(|(number, cells)| Row { number, cells })
        .collect();
    Ok(Table { file: file.to_string(), sheet, header_row, headers, rows, format, side_hint: None, above })
}
