//! Spreadsheets (XLSX, XLSB, XLS, ODS) from memory, with calamine: zip bombs and ODS repeats checked before
//! anything is unpacked, XLSX and XLSB read cell by cell so the limits apply as cells arrive.
// Bytes are whatever a file holds: no indexing that could panic on them.
#![cfg_attr(not(test), deny(clippy::indexing_slicing))]

use super::error::{ReadError, ReadErrorKind};
use super::grid::{into_table, Table};
use super::limits::*;
use calamine::{Data, Reader, Sheets};
use std::fmt;
use std::io::Cursor;

pub(super) fn read(file: &str, bytes: &[u8]) -> Result<Vec<Table>, ReadError> {
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
pub(super) fn check_unpacked_size(bytes: &[u8]) -> Result<(), ReadErrorKind> {
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
pub(super) fn check_ods_extent(bytes: &[u8]) -> Result<(), ReadErrorKind> {
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

/// Reads one XLSB sheet cell by cell.
pub(super) fn xlsb_grid<RS: std::io::Read + std::io::Seek>(
    book: &mut calamine::Xlsb<RS>,
    sheet: &str,
) -> Result<Grid, ReadErrorKind> {
    let mut reader = book.worksheet_cells_reader(sheet).map_err(spreadsheet_error)?;
    grid_of_cells(|| reader.next_cell().map(|c| c.map(|c| (c.get_position(), Data::from(c.get_value().clone())))))
}

/// Reads one XLSX sheet cell by cell.
pub(super) fn xlsx_grid<RS: std::io::Read + std::io::Seek>(
    book: &mut calamine::Xlsx<RS>,
    sheet: &str,
) -> Result<Grid, ReadErrorKind> {
    let mut reader = book.worksheet_cells_reader(sheet).map_err(spreadsheet_error)?;
    grid_of_cells(|| reader.next_cell().map(|c| c.map(|c| (c.get_position(), Data::from(c.get_value().clone())))))
}

pub(super) fn spreadsheet_error(e: impl fmt::Display) -> ReadErrorKind {
    ReadErrorKind::Spreadsheet { detail: e.to_string() }
}

/// The grid of the cells a cell reader gives, (0-based row, column) and value, until it has no more.
pub(super) fn grid_of_cells<E: fmt::Display>(
    mut next: impl FnMut() -> Result<Option<((u32, u32), Data)>, E>,
) -> Result<Grid, ReadErrorKind> {
    let mut grid = Grid::default();
    while let Some(((r, c), d)) = next().map_err(spreadsheet_error)? {
        grid.put((r as usize, c as usize), cell_text(&d))?;
    }
    Ok(grid)
}

pub(super) fn cell_text(d: &Data) -> String {
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
pub(super) fn excel_serial_to_iso(serial: f64) -> String {
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
