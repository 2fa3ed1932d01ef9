//! Delimited text (CSV, TSV, Excel's `;`): the delimiter, quote marks as RFC 4180 has them, and the records.
// Bytes are whatever a file holds: no indexing that could panic on them.
#![cfg_attr(not(test), deny(clippy::indexing_slicing))]

use super::limits::{MAX_CELLS, MAX_ROWS};
use super::{into_table, ReadErrorKind, Table};

/// Reads decoded text as a delimited table (tab, `;` or `,`, detected), with the quote marks checked first and
/// the rows and cells limits applied as records arrive.
pub(super) fn read(file: &str, text: &str, encoding: &str) -> Result<Table, ReadErrorKind> {
    let delimiter = detect_delimiter(text);
    match quote_problem(text, delimiter as char) {
        Some(QuoteProblem::Unclosed(line)) => return Err(ReadErrorKind::UnbalancedQuotes { line }),
        Some(QuoteProblem::TextAfterClose(line)) => return Err(ReadErrorKind::StrayQuote { line }),
        None => {}
    }
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(text.as_bytes());
    let mut grid = Vec::new();
    let mut cells = 0usize;
    for rec in reader.records() {
        // With `flexible` and text already decoded, the csv reader cannot fail on content; a failure
        // here would be an I/O error on a byte slice, which does not happen. Treat it as unreadable anyway.
        let rec = rec.map_err(|_| ReadErrorKind::NotText)?;
        if grid.len() > MAX_ROWS {
            return Err(ReadErrorKind::TooManyRows { found: grid.len(), limit: MAX_ROWS });
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
            return Err(ReadErrorKind::TooManyCells { limit: MAX_CELLS });
        }
        grid.push((line, rec.iter().map(|c| c.trim().to_string()).collect::<Vec<_>>()));
    }
    let name = match delimiter {
        b'\t' => "tab",
        b';' => ";",
        _ => ",",
    };
    into_table(file, None, grid, format!("csv {encoding} {name}"))
}

/// The delimiter that splits the first lines most consistently: tab, `;` or `,`.
pub(super) fn detect_delimiter(text: &str) -> u8 {
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

pub(super) fn count_outside_quotes(line: &str, d: char) -> usize {
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
pub(super) enum QuoteProblem {
    /// A quoted field opened on this line is never closed.
    Unclosed(usize),
    /// A quoted field closed on this line is followed by more text before the next delimiter.
    TextAfterClose(usize),
}

/// Checks quote marks as RFC 4180 has them: a quote opens a field only at its start, `""` inside is one
/// quote, and a closing quote is followed by the delimiter or the end of the line (spaces allowed).
pub(super) fn quote_problem(text: &str, delimiter: char) -> Option<QuoteProblem> {
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
