//! Reads every table of a file: detects its format, decodes its text and hands it to the reader of that
//! format; the JSON input format becomes a table under the same limits.
// Bytes are whatever a file holds: no indexing that could panic on them.
#![cfg_attr(not(test), deny(clippy::indexing_slicing))]

use super::error::{ReadError, ReadErrorKind};
use super::grid::{Row, Table};
use super::limits::{check_cell_lengths, MAX_CELLS, MAX_COLUMNS, MAX_FILE_BYTES, MAX_ROWS};
use super::{decode, delimited, spreadsheet};
use crate::engine::json_input;

/// Reads every table in a file. CSV/TSV give one table; a spreadsheet gives one per non-empty sheet.
pub fn read_tables(file: &str, bytes: &[u8]) -> Result<Vec<Table>, ReadError> {
    let err = |kind| ReadError { file: file.to_string(), kind };
    if bytes.is_empty() {
        return Err(err(ReadErrorKind::Empty));
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(err(ReadErrorKind::TooLarge { bytes: bytes.len(), limit: MAX_FILE_BYTES }));
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return spreadsheet::read(file, bytes);
    }
    let text = decode(bytes).ok_or_else(|| err(ReadErrorKind::NotText))?;
    let (text, encoding) = text;
    if text.trim().is_empty() {
        return Err(err(ReadErrorKind::Empty));
    }
    if text.trim_start().starts_with('{') {
        return json_table(file, &text).map(|t| vec![t]).map_err(err);
    }
    delimited::read(file, &text, encoding).map(|t| vec![t]).map_err(err)
}

/// The JSON input format as a table, with the limits of every other format applied before the grid is built:
/// columns (distinct keys), rows, cells (rows × columns, as the table holds them) and the length of every key
/// and value.
fn json_table(file: &str, text: &str) -> Result<Table, ReadErrorKind> {
    let json = json_input::parse(text).map_err(ReadErrorKind::Json)?;
    let (columns, rows) = (json.headers.len(), json.rows.len());
    if columns > MAX_COLUMNS {
        return Err(ReadErrorKind::TooManyColumns { found: columns, limit: MAX_COLUMNS });
    }
    if rows > MAX_ROWS {
        return Err(ReadErrorKind::TooManyRows { found: rows, limit: MAX_ROWS });
    }
    if rows.saturating_add(1).saturating_mul(columns) > MAX_CELLS {
        return Err(ReadErrorKind::TooManyCells { limit: MAX_CELLS });
    }
    if json.headers.len() < 2 {
        return Err(ReadErrorKind::NoHeader);
    }
    check_cell_lengths(0, &json.headers)?;
    let rows = json
        .rows
        .into_iter()
        .enumerate()
        .map(|(i, cells)| {
            let mut dense = vec![String::new(); columns];
            for (c, text) in cells {
                if let Some(slot) = dense.get_mut(c) {
                    *slot = text;
                }
            }
            check_cell_lengths(i + 1, &dense)?;
            Ok(Row { number: i + 1, cells: dense })
        })
        .filter(|r| r.as_ref().map_or(true, |r| r.cells.iter().any(|c| !c.is_empty())))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Table {
        file: file.into(),
        sheet: None,
        header_row: 0,
        headers: json.headers,
        rows,
        format: "kommunematch-input json".into(),
        side_hint: json.side,
        above: Vec::new(),
    })
}
