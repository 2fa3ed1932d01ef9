//! Tables → records: recognising the side and the columns of a survey export from its headers, and reading
//! every row into an [`Offer`] or a [`Need`], with every problem reported where it is.
//!
//! Validation returns the records and every issue found in one pass. A row is *accepted*, *accepted with
//! warnings*, or *rejected*; nothing is dropped without an issue that says so. The coordinator can correct
//! the side, the meaning of any column and the area of any answer not recognised; a [`Preset`] keeps those
//! corrections for next year's export.
// Text is whatever people typed: no indexing that could panic on it.
#![cfg_attr(not(test), deny(clippy::indexing_slicing))]

mod columns;
pub mod fields;
mod interpret;
mod issue;
mod layout;
mod memo;
mod preset;
pub mod questionnaire;
mod record;
mod rows;
pub mod understand;
pub mod values;

pub use columns::{best_table, map_columns, Column, FoundBy, UnknownLabel};
pub use fields::{field_for_header, option_column, Field, QUESTIONNAIRE_VERSION};
pub use interpret::{interpret, read_survey, settle_resubmissions, ParsedFile};
pub use issue::{Candidate, Counts, Issue, IssueKind, Location, Severity, Suspicion, War2022};
pub use layout::{marker, Tool};
pub use memo::Memo;
pub use preset::{Preset, PresetError};
pub use record::{Resolution, RowEntity, Survey};

#[cfg(test)]
mod tests {
    use super::interpret::*;
    use super::*;
    use crate::engine::table::read_tables;

    /// Every sample file (demo, variants, broken, the national pair), its rows read in two parts split
    /// anywhere (natively on two threads), gives the survey read in one part: records, issues in row order,
    /// answers not recognised with their rows, counts, resubmissions across the split settled the same.
    #[test]
    fn rows_read_in_two_parts_are_the_rows_read_in_one() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/samples");
        let mut tables = 0;
        for dir in ["demo", "variants", "broken", "scale"] {
            let mut files: Vec<_> = std::fs::read_dir(root.join(dir)).into_iter().flatten().flatten().collect();
            files.sort_by_key(|f| f.path());
            for file in files {
                let name = file.file_name().to_string_lossy().into_owned();
                let Ok(bytes) = std::fs::read(file.path()) else { continue };
                for table in read_tables(&name, &bytes).into_iter().flatten() {
                    tables += 1;
                    let n = table.rows.len();
                    let whole = interpret_split(&table, None, &Preset::default(), None, None, &mut |_, _| ());
                    for split in [0, 1, 2, 127, 128, n / 3, n / 2, n.saturating_sub(1), n, n + 1] {
                        let mut ticks = Vec::new();
                        let parts =
                            interpret_split(&table, None, &Preset::default(), Some(split), None, &mut |d, of| {
                                ticks.push((d, of))
                            });
                        assert_eq!(parts, whole, "{name}, split at row {split} of {n}");
                        // With a memo: what both parts learned is kept, and recalled the next time.
                        let mut memo = Memo::default();
                        for time in ["first", "second"] {
                            let parts = interpret_split(
                                &table,
                                None,
                                &Preset::default(),
                                Some(split),
                                Some(&mut memo),
                                &mut |_, _| (),
                            );
                            assert_eq!(parts, whole, "{name}, split at row {split} of {n}, with a memo, {time} time");
                        }
                        assert!(ticks.iter().all(|&(d, of)| d <= of && of == n), "{name}: {ticks:?}");
                        // A file refused before its rows (no identity column) is not counted through.
                        assert!(ticks.is_empty() || ticks.last() == Some(&(n, n)), "{name}: {ticks:?}");
                    }
                }
            }
        }
        assert!(tables > 10, "the samples were found ({tables} tables)");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::interpret::*;
    use super::*;
    use crate::engine::table::{read_tables, Row, Table};
    use crate::engine::taxonomy;
    use proptest::prelude::*;
    use std::sync::OnceLock;

    /// The national pair's tables: their headers, and their answers to draw cells from.
    fn national() -> &'static [Table] {
        static TABLES: OnceLock<Vec<Table>> = OnceLock::new();
        TABLES.get_or_init(|| {
            let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/samples/scale");
            ["potreby_vsi_hromady.csv", "tilbud_alle_357.csv"]
                .iter()
                .filter_map(|f| {
                    let bytes = std::fs::read(root.join(f)).ok()?;
                    best_table(read_tables(f, &bytes).ok()?)
                })
                .collect()
        })
    }

    /// Answers not among the areas' labels, also the coordinator's answers' keys.
    const OTHER: &[&str] = &["frisbee", "Romfart", "kultur og idrett", "Їжа", "IT", "annet", "Vann", "ВПО"];

    /// Names of several communities or municipalities, and the places that tell them apart (Краснопільська is
    /// in three oblasts), for the columns of names and places.
    const NAMES: &[&str] = &["Краснопільська", "Тростянецька", "Ямпільська", "Herøy", "Våler", "Bø"];
    const PLACES: &[&str] = &[
        "Вінницька",
        "Житомирська",
        "Сумська",
        "Львівська",
        "Хмельницька",
        "Гайсинський",
        "Сумський",
        "Стрийський",
        "Nordland",
        "Møre og Romsdal",
        "Innlandet",
        "Østfold",
        "Telemark",
        "",
    ];

    /// A cell, by how it is made: the same column's answer in some row, another column's answer, an answer of
    /// the other side's file, an area's label, a made-up answer, a name or place that tells entities apart, or
    /// any text; with any text or a made-up answer after it, or alone.
    fn cell() -> impl Strategy<Value = (u8, u16, u16, String, u8)> {
        (0u8..7, any::<u16>(), any::<u16>(), "[a-zA-ZæøåÆØÅа-яА-ЯіїєґІЇЄҐ0-9 ,;\\-'’\\u{301}\\u{200b}]{0,12}", 0u8..4)
    }

    fn text_of(
        table: &Table,
        other: &Table,
        (column, field): (usize, Option<Field>),
        (how, a, b, junk, join): &(u8, u16, u16, String, u8),
    ) -> String {
        // One of 16 rows spread over the file: the same name comes again with another place, code or answer.
        let from = |t: &Table, col: usize| {
            let row = t.rows.get((usize::from(*a) % 16) * (t.rows.len() / 16).max(1));
            row.and_then(|r| r.cells.get(col % r.cells.len().max(1))).cloned().unwrap_or_default()
        };
        let pick = |list: &[&'static str], i: u16| list.get(usize::from(i) % list.len()).copied().unwrap_or_default();
        let labels = taxonomy::areas();
        let text = match how {
            0 => from(table, column),
            1 => from(table, usize::from(*b)),
            2 => from(other, usize::from(*b)),
            3 => labels.get(usize::from(*b) % labels.len()).map(|l| l.nb.to_string()).unwrap_or_default(),
            4 => pick(OTHER, *b).to_string(),
            5 | 6 => match field {
                Some(Field::CommunityName | Field::MunicipalityName) => pick(NAMES, *b).to_string(),
                Some(Field::Oblast | Field::Raion | Field::County) => pick(PLACES, *b).to_string(),
                _ => from(table, column),
            },
            _ => junk.clone(),
        };
        match join {
            0 if *how < 5 => format!("{text}, {junk}"),
            1 if *how < 5 => format!("{text};{}", pick(OTHER, *a)),
            _ => text,
        }
    }

    /// A correction: columns given another field or none, answers given an area or none, names given an entity.
    type Correction = (Vec<(u16, Option<u16>)>, Vec<(u16, Option<u16>)>, Vec<(u16, u16)>);

    fn correction() -> impl Strategy<Value = Correction> {
        (
            proptest::collection::vec((any::<u16>(), proptest::option::of(any::<u16>())), 0..3),
            proptest::collection::vec((any::<u16>(), proptest::option::of(any::<u16>())), 0..3),
            proptest::collection::vec((any::<u16>(), any::<u16>()), 0..2),
        )
    }

    fn preset_of(table: &Table, (columns, answers, entities): &Correction) -> Preset {
        let labels = taxonomy::areas();
        let mut preset = Preset::default();
        for (c, f) in columns {
            if let Some(h) = table.headers.get(usize::from(*c) % table.headers.len().max(1)) {
                let field = f.map(|f| Field::ALL.get(usize::from(f) % Field::ALL.len()).copied());
                preset.columns.insert(h.clone(), field.flatten());
            }
        }
        for (k, a) in answers {
            let key = OTHER.get(usize::from(*k) % OTHER.len()).copied().unwrap_or_default().to_string();
            let area = a.and_then(|a| labels.get(usize::from(a) % labels.len())).map(|l| l.code.to_string());
            preset.answers.insert(key, area);
        }
        // A name as written (a row's first cells) given the id in some row's second or third column.
        for (r, id) in entities {
            let row = |i: u16| table.rows.get(usize::from(i) % table.rows.len().max(1));
            let name = row(*r).and_then(|r| r.cells.get(1)).cloned().unwrap_or_default();
            let id = row(*id).and_then(|r| r.cells.get(2).or(r.cells.get(1))).cloned().unwrap_or_default();
            preset.entities.insert(name.trim().to_string(), id);
        }
        preset
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// The oracle: a file interpreted again and again with its memo (after corrections of its columns,
        /// answers and names, on rows made of real answers, other columns' answers, labels and any text, read
        /// in one part or two) is the file interpreted each time without one.
        #[test]
        fn interpreting_with_a_memo_is_interpreting_without(
            needs in any::<bool>(),
            rows in proptest::collection::vec(proptest::collection::vec(cell(), 0..24), 0..24),
            corrections in proptest::collection::vec(correction(), 1..4),
            split in proptest::option::of(0usize..30),
        ) {
            let [n, o] = national() else { panic!("the national samples are read") };
            let (base, other) = if needs { (n, o) } else { (o, n) };
            let (columns, _) = map_columns(base, &Preset::default());
            let field = |c: usize| columns.get(c).and_then(|c| c.field);
            let mut table = base.clone();
            table.rows = rows
                .iter()
                .enumerate()
                .map(|(i, cells)| Row {
                    number: i + 2,
                    cells: cells.iter().enumerate().map(|(c, cell)| text_of(base, other, (c, field(c)), cell)).collect(),
                })
                .collect();
            let mut memo = Memo::default();
            for correction in &corrections {
                let preset = preset_of(&table, correction);
                let without = interpret_split(&table, None, &preset, None, None, &mut |_, _| ());
                let with = interpret_split(&table, None, &preset, split, Some(&mut memo), &mut |_, _| ());
                prop_assert_eq!(with, without);
            }
            // Read again as it was first: everything it needs is in the memo.
            let first = preset_of(&table, &corrections[0]);
            let again = interpret_split(&table, None, &first, split, Some(&mut memo), &mut |_, _| ());
            prop_assert_eq!(again, interpret_split(&table, None, &first, None, None, &mut |_, _| ()));
        }
    }
}
