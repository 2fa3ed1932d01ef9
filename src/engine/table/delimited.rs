//! Delimited text (CSV, TSV, Excel's `;`): the delimiter, quote marks as RFC 4180 has them, and the records.
// Bytes are whatever a file holds: no indexing that could panic on them.
#![cfg_attr(not(test), deny(clippy::indexing_slicing))]

use super::error::ReadErrorKind;
use super::grid::{into_table, Table};
use super::limits::{MAX_CELLS, MAX_ROWS};

/// Reads decoded text as a delimited table (tab, `;` or `,`, detected), with the quote marks checked first and
/// the rows and cells limits applied as records arrive. A large text's records are read in two halves, the
/// second beside the first (natively on a thread of its own): the quote check finds where a record starts
/// near the middle, and the halves' records joined are the whole text's.
pub(super) fn read(file: &str, text: &str, encoding: &str) -> Result<Table, ReadErrorKind> {
    read_with(file, text, encoding, SPLIT_FROM, (MAX_ROWS, MAX_CELLS))
}

/// Texts from this many bytes are read in two halves (a national needs export is about 900 KB).
const SPLIT_FROM: usize = 64 * 1024;

/// [`read`] with the size from which a text is read in halves and the (rows, cells) limits as parameters.
fn read_with(
    file: &str,
    text: &str,
    encoding: &str,
    split_from: usize,
    limits: (usize, usize),
) -> Result<Table, ReadErrorKind> {
    let delimiter = detect_delimiter(text);
    let near = if text.len() >= split_from { text.len() / 2 } else { usize::MAX };
    let middle = match check_quotes(text, delimiter, near) {
        Err(QuoteProblem::Unclosed(line)) => return Err(ReadErrorKind::UnbalancedQuotes { line }),
        Err(QuoteProblem::TextAfterClose(line)) => return Err(ReadErrorKind::StrayQuote { line }),
        Ok(middle) => middle,
    };
    let (first, second) = match middle.and_then(|(at, line)| Some((text.get(..at)?, text.get(at..)?, line))) {
        Some((first, second, line)) => (first, Some((second, line - 1))),
        None => (text, None),
    };
    let records = |part: &str, lines_before: usize| records(part, lines_before, delimiter, limits);
    let grid = crate::engine::beside::beside(
        || second.map(|(part, lines_before)| records(part, lines_before)),
        |second| {
            let mut grid = records(first, 0)?;
            if let Some(rest) = second.take() {
                grid.extend(rest?);
            }
            Ok::<_, ReadErrorKind>(grid)
        },
    )?;
    // The limits as the records arrive in order (each half stopped reading once it alone was over them).
    let (max_rows, max_cells) = limits;
    let mut cells = 0usize;
    for (i, (_, rec)) in grid.iter().enumerate() {
        if i > max_rows {
            return Err(ReadErrorKind::TooManyRows { found: i, limit: max_rows });
        }
        cells += rec.len();
        if cells > max_cells {
            return Err(ReadErrorKind::TooManyCells { limit: max_cells });
        }
    }
    let name = match delimiter {
        b'\t' => "tab",
        b';' => ";",
        _ => ",",
    };
    into_table(file, None, grid, format!("csv {encoding} {name}"))
}

/// The records of `part` (which starts where a record does, `lines_before` lines into the text), each with
/// the line it starts on, as a spreadsheet would number them. Stops after the record that takes it over the
/// `(rows, cells)` limits (the caller tells which limit the whole text is over first).
fn records(
    part: &str,
    lines_before: usize,
    delimiter: u8,
    (max_rows, max_cells): (usize, usize),
) -> Result<Vec<(usize, Vec<String>)>, ReadErrorKind> {
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(part.as_bytes());
    let mut grid = Vec::new();
    let mut cells = 0usize;
    for rec in reader.records() {
        // With `flexible` and text already decoded, the csv reader cannot fail on content; a failure
        // here would be an I/O error on a byte slice, which does not happen. Treat it as unreadable anyway.
        let rec = rec.map_err(|_| ReadErrorKind::NotText)?;
        // The reader's position is where it started reading, before any blank lines it skipped.
        let line = rec.position().map_or(grid.len() + 1, |p| {
            let skipped = part.as_bytes().get(p.byte() as usize..).unwrap_or_default();
            p.line() as usize
                + skipped.iter().take_while(|b| matches!(b, b'\r' | b'\n')).filter(|&&b| b == b'\n').count()
        });
        cells += rec.len();
        grid.push((lines_before + line, rec.iter().map(|c| c.trim().to_string()).collect::<Vec<_>>()));
        if grid.len() > max_rows + 1 || cells > max_cells {
            break;
        }
    }
    Ok(grid)
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
/// quote, and a closing quote is followed by the delimiter or the end of the line (spaces allowed). When they
/// are right, gives where the first record at or after byte `near` starts (just after a line break outside
/// quotes) and its line number, if there is one. One pass over the bytes: every mark it looks for is ASCII,
/// and the bytes of any other character all count as "other text", as the character would.
pub(super) fn check_quotes(text: &str, delimiter: u8, near: usize) -> Result<Option<(usize, usize)>, QuoteProblem> {
    let bytes = text.as_bytes();
    let (mut open, mut just_closed, mut line, mut field_start, mut middle) = (None, false, 1, true, None);
    let mut i = 0;
    while let Some(&c) = bytes.get(i) {
        i += 1;
        if open.is_some() {
            if c == b'"' {
                if bytes.get(i) == Some(&b'"') {
                    i += 1;
                } else {
                    open = None;
                    just_closed = true;
                    field_start = false;
                    continue;
                }
            }
        } else if just_closed {
            if c == delimiter || c == b'\n' || c == b'\r' {
                just_closed = false;
            } else if c != b' ' {
                return Err(QuoteProblem::TextAfterClose(line));
            }
        } else if c == b'"' && field_start {
            open = Some(line);
        }
        if c == b'\n' {
            line += 1;
            if open.is_none() && middle.is_none() && i >= near && i < bytes.len() {
                middle = Some((i, line));
            }
        }
        field_start = open.is_none() && (c == delimiter || c == b'\n' || c == b'\r');
    }
    open.map_or(Ok(middle), |line| Err(QuoteProblem::Unclosed(line)))
}

// Property tests: native only (proptest is a native dev-dependency).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The quote check as it was written over characters: the oracle of the one over bytes.
    fn quote_problem_by_chars(text: &str, delimiter: char) -> Option<QuoteProblem> {
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

    /// Delimited text made of the pieces that matter: quotes (doubled, opening, closing), every delimiter,
    /// line breaks of every kind, blank lines, spaces, and non-ASCII letters.
    fn csvish() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop::sample::select(vec![
                "\"", "\"\"", ",", ";", "\t", "\n", "\r\n", "\r", "\n\n", " ", "a", "bc", "Київ", "ø", "\"x\"", "1",
            ]),
            0..80,
        )
        .prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        #[test]
        fn the_quote_check_over_bytes_finds_what_the_one_over_characters_did(text in csvish(), near in 0usize..200) {
            for d in [b',', b';', b'\t'] {
                prop_assert_eq!(check_quotes(&text, d, near).err(), quote_problem_by_chars(&text, d as char));
            }
        }

        /// The oracle: the text read whole. Read in halves, from any middle, with any limits, it gives the
        /// same table or the same error.
        #[test]
        fn reading_in_halves_gives_what_reading_whole_does(
            text in csvish(),
            rows in 0usize..8,
            cells in 0usize..30,
        ) {
            for limits in [(rows, cells), (MAX_ROWS, MAX_CELLS)] {
                let whole = read_with("f.csv", &text, "utf-8", usize::MAX, limits);
                let halves = read_with("f.csv", &text, "utf-8", 0, limits);
                prop_assert_eq!(halves, whole);
            }
        }
    }

    #[test]
    fn a_record_start_near_the_middle_is_outside_quotes() {
        let text = "h1,h2\n\"a\nb\",c\nd,e\nf,g\n";
        // The line break inside the quotes (byte 8) is not a record's start; the next one outside is.
        assert_eq!(check_quotes(text, b',', 7), Ok(Some((14, 4))));
        assert_eq!(text.get(14..), Some("d,e\nf,g\n"));
        // None after the last line break.
        assert_eq!(check_quotes(text, b',', 23), Ok(None));
        let t = read_with("f.csv", text, "utf-8", 0, (MAX_ROWS, MAX_CELLS)).expect("a table");
        assert_eq!(t.rows.iter().map(|r| r.number).collect::<Vec<_>>(), vec![2, 4, 5]);
    }
}
