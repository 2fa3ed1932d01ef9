//! Bytes → tables: decoding text (UTF-8, UTF-16 with BOM, Windows-1252), detecting the delimiter,
//! reading spreadsheets (XLSX, XLS, ODS) from memory, and finding the header row.
//!
//! `Err` is only for files that cannot be read at all; everything about their content is judged later,
//! row by row, in [`super::survey`]. Every format (CSV, spreadsheets, the JSON input format) ends in a grid
//! checked against the same limits here, before anything large is built.
// Bytes are whatever a file holds: no indexing that could panic on them.
#![cfg_attr(not(test), deny(clippy::indexing_slicing))]

use super::json_input::{self, JsonError};
use calamine::{Data, Reader, Sheets};
use std::fmt;
use std::io::Cursor;

/// A rectangular table as it was read, before any interpretation.
#[derive(Debug, Clone, PartialEq)]
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
}

/// One data row.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// 1-based row number in the file or sheet (for CSV: the record number counting the header as 1).
    pub number: usize,
    /// Cell texts, trimmed; as many as the row has (may differ from the header's length).
    pub cells: Vec<String>,
}

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
        return read_spreadsheet(file, bytes);
    }
    let text = decode(bytes).ok_or_else(|| err(ReadErrorKind::NotText))?;
    let (text, encoding) = text;
    if text.trim().is_empty() {
        return Err(err(ReadErrorKind::Empty));
    }
    if text.trim_start().starts_with('{') {
        return json_table(file, &text).map(|t| vec![t]).map_err(err);
    }
    let delimiter = detect_delimiter(&text);
    match quote_problem(&text, delimiter as char) {
        Some(QuoteProblem::Unclosed(line)) => return Err(err(ReadErrorKind::UnbalancedQuotes { line })),
        Some(QuoteProblem::TextAfterClose(line)) => return Err(err(ReadErrorKind::StrayQuote { line })),
        None => {}
    }
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(text.as_bytes());
    let mut grid = Vec::new();
    let mut cells = 0usize;
    for rec in reader.records() {
        // With `flexible` and text already decoded, the csv reader cannot fail on content; a failure
        // here would be an I/O error on a byte slice, which does not happen. Treat it as unreadable anyway.
        let rec = rec.map_err(|_| err(ReadErrorKind::NotText))?;
        if grid.len() > MAX_ROWS {
            return Err(err(ReadErrorKind::TooManyRows { found: grid.len(), limit: MAX_ROWS }));
        }
        // Row numbers are the line where the record starts, as a spreadsheet would number them.
        // The reader's position is where it started reading, before any blank lines it skipped.
        let line = rec.position().map_or(grid.len() + 1, |p| {
            let skipped = text.as_bytes().get(p.byte() as usize..).unwrap_or_default();
            p.line() as usize
                + skipped.iter().take_while(|b| matches!(b, b'\r' | b'\n')).filter(|&&b| b == b'\n').count()
        });
        cells += rec.len();
        if cells > MAX_CELLS {
            return Err(err(ReadErrorKind::TooManyCells { limit: MAX_CELLS }));
        }
        grid.push((line, rec.iter().map(|c| c.trim().to_string()).collect::<Vec<_>>()));
    }
    let name = match delimiter {
        b'\t' => "tab",
        b';' => ";",
        _ => ",",
    };
    let table = into_table(file, None, grid, format!("csv {encoding} {name}")).map_err(err)?;
    Ok(vec![table])
}

fn read_spreadsheet(file: &str, bytes: &[u8]) -> Result<Vec<Table>, ReadError> {
    let err = |kind| ReadError { file: file.to_string(), kind };
    check_unpacked_size(bytes).map_err(err)?;
    check_ods_extent(bytes).map_err(err)?;
    let book =
        calamine::open_workbook_auto_from_rs(Cursor::new(bytes.to_vec())).map_err(|e| err(spreadsheet_error(e)))?;
    let mut tables = Vec::new();
    let mut first_error = None;
    let mut add = |sheet: String, grid: Result<Grid, ReadErrorKind>| -> Result<(), ReadError> {
        match grid.and_then(|g| into_table(file, Some(sheet), g.rows(), "xlsx".into())) {
            Ok(t) => tables.push(t),
            Err(ReadErrorKind::NoHeader) => {}
            Err(ReadErrorKind::Spreadsheet { detail }) => {
                first_error.get_or_insert(detail);
            }
            Err(kind) => return Err(err(kind)),
        }
        Ok(())
    };
    match book {
        // XLSX (every survey tool's export) is read cell by cell, so limits apply before anything large is
        // built: the whole-sheet reader would first allocate the rectangle spanned by the cells. XLS and ODS
        // have no such reader in calamine (ODS is checked by `check_ods_extent` before it is opened).
        Sheets::Xlsx(mut book) => {
            for sheet in book.sheet_names() {
                let grid = xlsx_grid(&mut book, &sheet);
                add(sheet, grid)?;
            }
        }
        // XLSB likewise.
        Sheets::Xlsb(mut book) => {
            for sheet in book.sheet_names() {
                let grid = xlsb_grid(&mut book, &sheet);
                add(sheet, grid)?;
            }
        }
        mut book => {
            for sheet in book.sheet_names() {
                let grid = book.worksheet_range(&sheet).map_err(spreadsheet_error).and_then(|range| {
                    let (r0, c0) = range.start().unwrap_or((0, 0));
                    let mut g = Grid::default();
                    for (i, row) in range.rows().enumerate() {
                        for (j, d) in row.iter().enumerate() {
                            g.put((r0 as usize + i, c0 as usize + j), cell_text(d))?;
                        }
                    }
                    Ok(g)
                });
                add(sheet, grid)?;
            }
        }
    }
    if tables.is_empty() {
        return Err(err(match first_error {
            Some(detail) => ReadErrorKind::Spreadsheet { detail },
            None => ReadErrorKind::NoHeader,
        }));
    }
    Ok(tables)
}

/// Refuses a zip archive (XLSX, ODS) whose parts together unpack to more than [`MAX_UNPACKED_BYTES`]. Not a
/// zip, or a damaged one: left to the spreadsheet reader, which says so.
fn check_unpacked_size(bytes: &[u8]) -> Result<(), ReadErrorKind> {
    if !bytes.starts_with(b"PK\x03\x04") {
        return Ok(());
    }
    let Ok(zip) = zip::ZipArchive::new(Cursor::new(bytes)) else { return Ok(()) };
    match zip.decompressed_size() {
        Some(n) if n > u128::from(MAX_UNPACKED_BYTES) => Err(ReadErrorKind::UnpacksTooLarge {
            bytes: u64::try_from(n).unwrap_or(u64::MAX),
            limit: MAX_UNPACKED_BYTES,
        }),
        _ => Ok(()),
    }
}

/// An ODS file says how often a row or cell repeats, and calamine unpacks every sheet at once, repeats
/// written out, when it opens the file. So before that, the sheets' extent is counted from `content.xml`
/// as it streams by: rows up to the last with a filled cell, columns up to the last filled cell, and the
/// rectangle they span (as calamine will hold it) against the limits. Not an ODS: nothing to check.
///
/// The XML must also be whole: calamine 0.38 waits forever for the end of a table or of a comment
/// (`office:annotation`) when the file ends first (fuzz finding, `tests/fixtures/fuzz/`), so a file cut
/// short is refused here.
fn check_ods_extent(bytes: &[u8]) -> Result<(), ReadErrorKind> {
    use quick_xml::events::{BytesStart, Event};
    if !bytes.starts_with(b"PK\x03\x04") {
        return Ok(());
    }
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else { return Ok(()) };
    let Ok(content) = zip.by_name("content.xml") else { return Ok(()) };
    let mut xml = quick_xml::Reader::from_reader(std::io::BufReader::new(content));
    let repeats = |e: &BytesStart, name: &str| -> usize {
        e.attributes()
            .flatten()
            .find(|a| a.key.as_ref() == name)
            .and_then(|a| a.value.trim().parse::<u64>().ok())
            .map_or(1, |n| usize::try_from(n).unwrap_or(usize::MAX))
    };
    let is_cell = |e: &BytesStart| matches!(e.name().as_ref(), "table:table-cell" | "table:covered-table-cell");
    let has_value = |e: &BytesStart| e.attributes().flatten().any(|a| a.key.as_ref() == "office:value-type");
    // Per table: rows counted (up to the last row with a filled cell), empty rows waiting below them, width.
    let (mut rows, mut waiting, mut width) = (0usize, 0usize, 0usize);
    // Per row: how often it repeats, the column reached, the width up to its last filled cell.
    let (mut row_repeats, mut col, mut row_width) = (1usize, 0usize, 0usize);
    // The cell open now: its repeats and whether it holds anything.
    let mut open_cell: Option<(usize, bool)> = None;
    // Elements open now.
    let mut depth = 0usize;
    let mut buf = Vec::new();
    loop {
        let event = match xml.read_event_into(&mut buf) {
            Ok(Event::Eof) if depth > 0 => {
                return Err(ReadErrorKind::Spreadsheet {
                    detail: "content.xml ends before its last element is closed: the file was cut short".into(),
                })
            }
            Ok(Event::Eof) => return Ok(()),
            Err(e) => return Err(ReadErrorKind::Spreadsheet { detail: format!("content.xml: {e}") }),
            Ok(e) => e,
        };
        let mut finished: Option<(usize, bool)> = None;
        match &event {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
        match &event {
            Event::Start(e) if e.name().as_ref() == "table:table" => (rows, waiting, width) = (0, 0, 0),
            Event::Start(e) if e.name().as_ref() == "table:table-row" => {
                (row_repeats, col, row_width) = (repeats(e, "table:number-rows-repeated"), 0, 0);
            }
            Event::Start(e) if is_cell(e) => {
                open_cell = Some((repeats(e, "table:number-columns-repeated"), has_value(e)));
            }
            Event::Empty(e) if is_cell(e) => {
                finished = Some((repeats(e, "table:number-columns-repeated"), has_value(e)))
            }
            Event::Text(t) if !t.trim().is_empty() => {
                if let Some((_, filled)) = open_cell.as_mut() {
                    *filled = true;
                }
            }
            Event::End(e) if matches!(e.name().as_ref(), "table:table-cell" | "table:covered-table-cell") => {
                finished = open_cell.take();
            }
            Event::End(e) if e.name().as_ref() == "table:table-row" => {
                if row_width == 0 {
                    waiting = waiting.saturating_add(row_repeats);
                } else {
                    rows = rows.saturating_add(waiting).saturating_add(row_repeats);
                    waiting = 0;
                    width = width.max(row_width);
                    if rows > MAX_ROWS + 30 {
                        return Err(ReadErrorKind::TooManyRows { found: rows, limit: MAX_ROWS });
                    }
                    if rows.saturating_mul(width) > MAX_CELLS {
                        return Err(ReadErrorKind::TooManyCells { limit: MAX_CELLS });
                    }
                }
            }
            _ => {}
        }
        if let Some((n, filled)) = finished {
            col = col.saturating_add(n);
            if filled {
                row_width = col;
                if row_width > MAX_COLUMNS {
                    return Err(ReadErrorKind::TooManyColumns { found: row_width, limit: MAX_COLUMNS });
                }
            }
        }
        buf.clear();
    }
}

/// The filled cells of a sheet as they are read, with the limits checked on each: rows (from the first filled
/// one), columns (from the leftmost filled one) and cells (each row counted from the leftmost column to its
/// last filled cell, as the table will hold it).
#[derive(Default)]
struct Grid {
    /// Per 0-based row: its last filled column and its cells.
    rows: std::collections::BTreeMap<usize, (usize, Vec<(usize, String)>)>,
    first_row: usize,
    last_row: usize,
    first_col: usize,
    last_col: usize,
    /// Cells the table will hold.
    total: usize,
}

impl Grid {
    /// Adds the cell at 0-based (row, column); empty cells are skipped.
    fn put(&mut self, (row, col): (usize, usize), text: String) -> Result<(), ReadErrorKind> {
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
    fn rows(self) -> Vec<(usize, Vec<String>)> {
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

/// Reads one XLSB sheet cell by cell.
fn xlsb_grid<RS: std::io::Read + std::io::Seek>(
    book: &mut calamine::Xlsb<RS>,
    sheet: &str,
) -> Result<Grid, ReadErrorKind> {
    let mut reader = book.worksheet_cells_reader(sheet).map_err(spreadsheet_error)?;
    grid_of_cells(|| reader.next_cell().map(|c| c.map(|c| (c.get_position(), Data::from(c.get_value().clone())))))
}

/// Reads one XLSX sheet cell by cell.
fn xlsx_grid<RS: std::io::Read + std::io::Seek>(
    book: &mut calamine::Xlsx<RS>,
    sheet: &str,
) -> Result<Grid, ReadErrorKind> {
    let mut reader = book.worksheet_cells_reader(sheet).map_err(spreadsheet_error)?;
    grid_of_cells(|| reader.next_cell().map(|c| c.map(|c| (c.get_position(), Data::from(c.get_value().clone())))))
}

fn spreadsheet_error(e: impl fmt::Display) -> ReadErrorKind {
    ReadErrorKind::Spreadsheet { detail: e.to_string() }
}

/// The grid of the cells a cell reader gives, (0-based row, column) and value, until it has no more.
fn grid_of_cells<E: fmt::Display>(
    mut next: impl FnMut() -> Result<Option<((u32, u32), Data)>, E>,
) -> Result<Grid, ReadErrorKind> {
    let mut grid = Grid::default();
    while let Some(((r, c), d)) = next().map_err(spreadsheet_error)? {
        grid.put((r as usize, c as usize), cell_text(&d))?;
    }
    Ok(grid)
}

fn cell_text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.trim().to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::DateTime(dt) if dt.is_datetime() => excel_serial_to_iso(dt.as_f64()),
        Data::DateTime(dt) => dt.as_f64().to_string(),
        Data::DateTimeIso(s) => s.clone(),
        other => other.to_string().trim().to_string(),
    }
}

/// A spreadsheet date serial (days since 1899-12-30, fraction for the time) as `YYYY-MM-DD HH:MM:SS`.
fn excel_serial_to_iso(serial: f64) -> String {
    if !serial.is_finite() || !(0.0..3_000_000.0).contains(&serial) {
        return serial.to_string();
    }
    let total_seconds = (serial * 86_400.0).round() as i64;
    let (days, secs) = (total_seconds.div_euclid(86_400), total_seconds.rem_euclid(86_400));
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm); 1899-12-30 is day -25569.
    let z = days - 25_569 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60)
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
    })
}

/// Refuses a row (1-based `row`) with a cell longer than [`MAX_CELL_CHARS`] characters.
fn check_cell_lengths(row: usize, cells: &[String]) -> Result<(), ReadErrorKind> {
    match cells.iter().position(|c| c.len() > MAX_CELL_CHARS && c.chars().count() > MAX_CELL_CHARS) {
        Some(c) => Err(ReadErrorKind::CellTooLong { row, column: c + 1, limit: MAX_CELL_CHARS }),
        None => Ok(()),
    }
}

/// Finds the header row (the first of the first 30 rows with at least two cells and at least 60% as many
/// filled cells as the fullest of them) and splits the grid of (1-based row number, cells).
fn into_table(
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
    let mut rows_iter = grid.into_iter().skip(header_index);
    let (header_row, mut headers) = rows_iter.next().unwrap_or_default();
    while headers.last().is_some_and(String::is_empty) {
        headers.pop();
    }
    let rows = rows_iter
        .filter(|(_, cells)| cells.iter().any(|c| !c.is_empty()))
        .map(|(number, cells)| Row { number, cells })
        .collect();
    Ok(Table { file: file.to_string(), sheet, header_row, headers, rows, format, side_hint: None })
}

/// Decodes text: BOM-marked UTF-8 or UTF-16 (LE/BE), else UTF-8, else Windows-1252. Returns `None` for
/// bytes that are not text (NUL bytes or many control characters).
pub fn decode(bytes: &[u8]) -> Option<(String, &'static str)> {
    let (text, enc) = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        (String::from_utf8_lossy(rest).into_owned(), "utf-8")
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        (utf16(rest, u16::from_le_bytes), "utf-16le")
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        (utf16(rest, u16::from_be_bytes), "utf-16be")
    } else if let Ok(s) = std::str::from_utf8(bytes) {
        (s.to_string(), "utf-8")
    } else {
        (bytes.iter().map(|&b| cp1252(b)).collect(), "windows-1252")
    };
    let control = text.chars().filter(|&c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')).count();
    if text.contains('\0') || control * 100 > text.chars().count().max(1) {
        return None;
    }
    Some((text, enc))
}

fn utf16(bytes: &[u8], f: fn([u8; 2]) -> u16) -> String {
    let units: Vec<u16> = bytes.chunks_exact(2).filter_map(|c| c.try_into().ok()).map(f).collect();
    String::from_utf16_lossy(&units)
}

/// Windows-1252: Latin-1 with printable characters in 0x80–0x9F.
fn cp1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH.get(usize::from(b - 0x80)).copied().unwrap_or(char::REPLACEMENT_CHARACTER),
        _ => b as char,
    }
}

/// The delimiter that splits the first lines most consistently: tab, `;` or `,`.
fn detect_delimiter(text: &str) -> u8 {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).take(10).collect();
    let mut best = (b',', 0usize);
    for d in [b'\t', b';', b','] {
        let counts: Vec<usize> = lines.iter().map(|l| count_outside_quotes(l, d as char)).collect();
        let first = counts.first().copied().unwrap_or(0);
        // A header row with many of this delimiter wins; ties go to the earlier (tab, then ;).
        if first > best.1 {
            best = (d, first);
        }
    }
    best.0
}

fn count_outside_quotes(line: &str, d: char) -> usize {
    let mut quoted = false;
    line.chars()
        .filter(|&c| {
            if c == '"' {
                quoted = !quoted;
            }
            c == d && !quoted
        })
        .count()
}

/// A problem with quote marks that would make the cells come out wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum QuoteProblem {
    /// A quoted field opened on this line is never closed.
    Unclosed(usize),
    /// A quoted field closed on this line is followed by more text before the next delimiter.
    TextAfterClose(usize),
}

/// Checks quote marks as RFC 4180 has them: a quote opens a field only at its start, `""` inside is one
/// quote, and a closing quote is followed by the delimiter or the end of the line (spaces allowed).
fn quote_problem(text: &str, delimiter: char) -> Option<QuoteProblem> {
    let mut open = None;
    let mut just_closed = false;
    let mut line = 1;
    let mut field_start = true;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if open.is_some() {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                } else {
                    open = None;
                    just_closed = true;
                    field_start = false;
                    continue;
                }
            }
        } else if just_closed {
            if c == delimiter || c == '\n' || c == '\r' {
                just_closed = false;
            } else if c != ' ' {
                return Some(QuoteProblem::TextAfterClose(line));
            }
        } else if c == '"' && field_start {
            open = Some(line);
        }
        if c == '\n' {
            line += 1;
        }
        field_start = open.is_none() && (c == delimiter || c == '\n' || c == '\r');
    }
    open.map(QuoteProblem::Unclosed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_row_is_found_below_title_rows() {
        let csv = "Survey 2026\n\nKommune,Kapasitet\nBergen,2\n";
        let t = &read_tables("t.csv", csv.as_bytes()).unwrap()[0];
        assert_eq!(t.header_row, 3);
        assert_eq!(t.headers, ["Kommune", "Kapasitet"]);
        assert_eq!(t.rows, vec![Row { number: 4, cells: vec!["Bergen".into(), "2".into()] }]);
    }

    #[test]
    fn spreadsheet_dates_become_iso_text() {
        assert_eq!(excel_serial_to_iso(46069.354166666664), "2026-02-16 08:30:00");
        assert_eq!(excel_serial_to_iso(1.5), "1899-12-31 12:00:00");
    }

    #[test]
    fn semicolon_and_tab_are_detected() {
        let t = &read_tables("t.csv", "a;b;c\n1;2,5;3\n".as_bytes()).unwrap()[0];
        assert_eq!(t.rows[0].cells, ["1", "2,5", "3"]);
        let t = &read_tables("t.txt", "a\tb\n1\t2\n".as_bytes()).unwrap()[0];
        assert_eq!(t.rows[0].cells, ["1", "2"]);
    }

    #[test]
    fn windows_1252_and_utf16_are_decoded() {
        let t = &read_tables("t.csv", b"Kommune;Spr\xe5k\n\xc5s;\x80\n").unwrap()[0];
        assert_eq!(t.headers, ["Kommune", "Språk"]);
        assert_eq!(t.rows[0].cells, ["Ås", "€"]);
        let mut b = vec![0xFF, 0xFE];
        for u in "Назва\tОбласть\nБуча\tКиївська\n".encode_utf16() {
            b.extend(u.to_le_bytes());
        }
        let t = &read_tables("t.txt", &b).unwrap()[0];
        assert_eq!(t.rows[0].cells, ["Буча", "Київська"]);
        assert!(t.format.contains("utf-16le"));
    }

    #[test]
    fn unreadable_files_get_a_reason() {
        let kind = |b: &[u8]| read_tables("f", b).unwrap_err().kind;
        assert_eq!(kind(b""), ReadErrorKind::Empty);
        assert_eq!(kind(b"a,b\n\"x,1\n"), ReadErrorKind::UnbalancedQuotes { line: 2 });
        assert_eq!(kind(b"a,b\n\"Bergen,4601,\"Kari Hansen\n"), ReadErrorKind::StrayQuote { line: 2 });
        assert_eq!(kind(b"\0\x01\x02garbage"), ReadErrorKind::NotText);
        assert!(matches!(kind(b"PK\x03\x04 nope"), ReadErrorKind::Spreadsheet { .. }));
        assert_eq!(kind(b"just one column\nx\n"), ReadErrorKind::NoHeader);
    }

    #[test]
    fn limits_give_clear_errors() {
        let big = vec![b'a'; MAX_FILE_BYTES + 1];
        let e = read_tables("big.csv", &big).unwrap_err();
        assert_eq!(e.kind, ReadErrorKind::TooLarge { bytes: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES });
        assert!(e.to_string().starts_with("big.csv: 20 MB, more than the 20 MB"));
        let rows: String =
            std::iter::once("a,b\n".to_string()).chain((0..MAX_ROWS + 5).map(|i| format!("{i},x\n"))).collect();
        assert!(matches!(
            read_tables("rows.csv", rows.as_bytes()).unwrap_err().kind,
            ReadErrorKind::TooManyRows { .. }
        ));
        let long = format!("a,b\n1,{}\n", "x".repeat(MAX_CELL_CHARS + 1));
        assert_eq!(
            read_tables("long.csv", long.as_bytes()).unwrap_err().kind,
            ReadErrorKind::CellTooLong { row: 2, column: 2, limit: MAX_CELL_CHARS }
        );
    }

    #[test]
    fn a_csv_of_empty_cells_stops_at_the_cells_limit() {
        // 5,002 lines of 1,000 empty cells: within the rows and columns limits, 5 MB, over the cells limit.
        let line = format!("{}\n", ",".repeat(999));
        let text = format!("a,b{}\n{}", ",".repeat(998), line.repeat(5_002));
        assert_eq!(
            read_tables("commas.csv", text.as_bytes()).unwrap_err().kind,
            ReadErrorKind::TooManyCells { limit: MAX_CELLS }
        );
        assert!(read_tables("commas.csv", text.as_bytes())
            .unwrap_err()
            .to_string()
            .starts_with("commas.csv: more than 5000000 cells"));
    }

    /// The grid a spreadsheet's cells make, in any order, against a plain oracle: every row from the first
    /// filled to the last, each from the leftmost filled column to its own last filled cell.
    #[cfg(not(target_arch = "wasm32"))]
    mod grid {
        use super::super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn cells_in_any_order_give_the_oracles_rows(
                cells in prop::collection::btree_map((0usize..40, 0usize..12), "[a-z]{0,2}", 0..60),
                seed in any::<u64>(),
            ) {
                let mut order: Vec<_> = cells.iter().collect();
                // A deterministic shuffle: cells do not always come in (row, column) order.
                order.sort_by_key(|((r, c), _)| (r * 31 + c * 17) as u64 ^ seed);
                let mut g = Grid::default();
                for ((r, c), t) in &order {
                    g.put((*r, *c), (*t).clone()).unwrap();
                }
                let filled: Vec<_> = cells.iter().filter(|(_, t)| !t.is_empty()).collect();
                let expected: Vec<(usize, Vec<String>)> = match (
                    filled.iter().map(|((r, _), _)| *r).min(),
                    filled.iter().map(|((r, _), _)| *r).max(),
                    filled.iter().map(|((_, c), _)| *c).min(),
                ) {
                    (Some(r0), Some(r1), Some(c0)) => (r0..=r1)
                        .map(|r| {
                            let last = filled.iter().filter(|((rr, _), _)| *rr == r).map(|((_, c), _)| *c).max();
                            let row = last.map_or(Vec::new(), |last| {
                                (c0..=last).map(|c| cells.get(&(r, c)).cloned().unwrap_or_default()).collect()
                            });
                            (r + 1, row)
                        })
                        .collect(),
                    _ => Vec::new(),
                };
                prop_assert_eq!(g.rows(), expected);
            }
        }

        #[test]
        fn limits_apply_as_cells_arrive() {
            let mut g = Grid::default();
            g.put((0, 0), "a".into()).unwrap();
            assert_eq!(
                g.put((MAX_ROWS + 30, 0), "b".into()),
                Err(ReadErrorKind::TooManyRows { found: MAX_ROWS + 31, limit: MAX_ROWS })
            );
            let mut g = Grid::default();
            g.put((0, 5), "a".into()).unwrap();
            assert_eq!(
                g.put((0, 5 + MAX_COLUMNS), "b".into()),
                Err(ReadErrorKind::TooManyColumns { found: MAX_COLUMNS + 1, limit: MAX_COLUMNS })
            );
            // A new leftmost column widens every row already held.
            let mut g = Grid::default();
            for r in 0..MAX_CELLS / 500 {
                g.put((r, 600), "x".into()).unwrap();
            }
            assert_eq!(g.total, MAX_CELLS / 500);
            assert_eq!(g.put((0, 100), "y".into()), Err(ReadErrorKind::TooManyCells { limit: MAX_CELLS }));
        }
    }

    #[test]
    fn quoted_fields_with_delimiters_and_doubled_quotes_are_fine() {
        let t = &read_tables("t.csv", b"a;b\n\"x\" ;1\n\"y\";\"\"\"q\"\"\"\n").unwrap()[0];
        assert_eq!(t.rows[1].cells, ["y", "\"q\""]);
        let t = &read_tables("t.csv", b"a,b\n\"x, \"\"y\"\"\",2\n").unwrap()[0];
        assert_eq!(t.rows[0].cells, ["x, \"y\"", "2"]);
    }
}
