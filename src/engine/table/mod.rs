//! Bytes → tables: decoding text (UTF-8, UTF-16 with BOM, Windows-1252), detecting the delimiter,
//! reading spreadsheets (XLSX, XLS, ODS) from memory, and finding the header row.
//!
//! `Err` is only for files that cannot be read at all; everything about their content is judged later,
//! row by row, in [`super::survey`]. Every format (CSV, spreadsheets, the JSON input format) ends in a grid
//! checked against the same limits here, before anything large is built.
// Bytes are whatever a file holds: no indexing that could panic on them.
#![cfg_attr(not(test), deny(clippy::indexing_slicing))]

mod decode;
mod delimited;
mod error;
mod grid;
mod limits;
mod read;
mod spreadsheet;

pub use decode::decode;
pub use error::{ReadError, ReadErrorKind};
pub use grid::{Row, Table};
pub use limits::{MAX_CELLS, MAX_CELL_CHARS, MAX_COLUMNS, MAX_FILE_BYTES, MAX_ROWS, MAX_UNPACKED_BYTES};
pub use read::read_tables;

#[cfg(test)]
mod tests {
    use super::spreadsheet::excel_serial_to_iso;
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
            .starts_with("commas.csv: more than 5,000,000 cells"));
    }

    /// The grid a spreadsheet's cells make, in any order, against a plain oracle: every row from the first
    /// filled to the last, each from the leftmost filled column to its own last filled cell.
    #[cfg(not(target_arch = "wasm32"))]
    mod grid {
        use super::super::limits::Grid;
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
