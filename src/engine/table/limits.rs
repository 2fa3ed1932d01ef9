//! The limits every file is held to, whatever its format, and the grid that checks them as cells arrive.
// Bytes are whatever a file holds: no indexing that could panic on them.
#![cfg_attr(not(test), deny(clippy::indexing_slicing))]

use super::error::ReadErrorKind;

/// Most columns a survey export may have. Real ones have fewer than a hundred; one column per option of
/// every multi-select question stays well under this.
pub const MAX_COLUMNS: usize = 1000;

/// Largest file read: a national survey export is about 1 MB; a browser tab stays well within its memory.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;

/// Most data rows a file may have: Norway has 357 municipalities and Ukraine 1,469 communities.
pub const MAX_ROWS: usize = 50_000;

/// Longest cell: far above any answer or comment.
pub const MAX_CELL_CHARS: usize = 10_000;

/// Most cells in a table, counting the empty ones between filled ones: 50,000 rows of 100 columns. A national
/// survey has about 60,000. Bounds the memory a crafted file can ask for (two far-apart cells in a sheet, or a
/// CSV of commas) to some hundred megabytes.
pub const MAX_CELLS: usize = 5_000_000;

/// Most bytes a spreadsheet may unpack to: a national survey export unpacks to a few megabytes. Stops a
/// "zip bomb" (a small file that unpacks to gigabytes) before it is unpacked; the zip reader holds every part
/// to the size its directory declares.
pub const MAX_UNPACKED_BYTES: u64 = 200 * 1024 * 1024;

/// The filled cells of a sheet as they are read, with the limits checked on each: rows (from the first filled
/// one), columns (from the leftmost filled one) and cells (each row counted from the leftmost column to its
/// last filled cell, as the table will hold it).
#[derive(Default)]
pub(super) struct Grid {
    /// Per 0-based row: its last filled column and its cells.
    pub(super) rows: std::collections::BTreeMap<usize, (usize, Vec<(usize, String)>)>,
    first_row: usize,
    last_row: usize,
    first_col: usize,
    last_col: usize,
    /// Cells the table will hold.
    pub(super) total: usize,
}

impl Grid {
    /// Adds the cell at 0-based (row, column); empty cells are skipped.
    pub(super) fn put(&mut self, (row, col): (usize, usize), text: String) -> Result<(), ReadErrorKind> {
        if text.is_empty() {
            return Ok(());
        }
        if self.rows.is_empty() {
            (self.first_row, self.last_row, self.first_col, self.last_col) = (row, row, col, col);
        }
        (self.first_row, self.last_row) = (self.first_row.min(row), self.last_row.max(row));
        let height = self.last_row - self.first_row + 1;
        if height > MAX_ROWS + 30 {
            return Err(ReadErrorKind::TooManyRows { found: height, limit: MAX_ROWS });
        }
        if col < self.first_col {
            // Every row already held grows by the new columns on its left.
            self.total += (self.first_col - col) * self.rows.len();
            self.first_col = col;
        }
        self.last_col = self.last_col.max(col);
        let width = self.last_col - self.first_col + 1;
        if width > MAX_COLUMNS {
            return Err(ReadErrorKind::TooManyColumns { found: width, limit: MAX_COLUMNS });
        }
        let first_col = self.first_col;
        let entry = self.rows.entry(row).or_insert((col, Vec::new()));
        let before = if entry.1.is_empty() { 0 } else { entry.0 - first_col + 1 };
        entry.0 = entry.0.max(col);
        entry.1.push((col, text));
        self.total += entry.0 - first_col + 1 - before;
        if self.total > MAX_CELLS {
            return Err(ReadErrorKind::TooManyCells { limit: MAX_CELLS });
        }
        Ok(())
    }

    /// Every row from the first filled one to the last, with 1-based row numbers; each row's cells from the
    /// leftmost filled column to its own last filled cell.
    pub(super) fn rows(self) -> Vec<(usize, Vec<String>)> {
        if self.rows.is_empty() {
            return Vec::new();
        }
        let (first_col, mut rows) = (self.first_col, self.rows);
        (self.first_row..=self.last_row)
            .map(|r| {
                let (last, cells) = rows.remove(&r).unwrap_or_default();
                let mut row = if cells.is_empty() { Vec::new() } else { vec![String::new(); last - first_col + 1] };
                for (c, text) in cells {
                    // `put` keeps every column within first_col..=last of its row.
                    if let Some(slot) = row.get_mut(c - first_col) {
                        *slot = text;
                    }
                }
                (r + 1, row)
            })
            .collect()
    }
}

/// Refuses a row (1-based `row`) with a cell longer than [`MAX_CELL_CHARS`] characters.
pub(super) fn check_cell_lengths(row: usize, cells: &[String]) -> Result<(), ReadErrorKind> {
    match cells.iter().position(|c| c.len() > MAX_CELL_CHARS && c.chars().count() > MAX_CELL_CHARS) {
        Some(c) => Err(ReadErrorKind::CellTooLong { row, column: c + 1, limit: MAX_CELL_CHARS }),
        None => Ok(()),
    }
}
