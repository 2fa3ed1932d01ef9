//! Reading surveys as they arrive: every sample export, every quirk, every broken file.
#![cfg(not(target_arch = "wasm32"))]

use kommunematch::engine::model::{Category, Need, Offer};
use kommunematch::engine::survey::{Field, Severity};
use kommunematch::engine::table::ReadErrorKind;
use kommunematch::engine::{read_survey, taxonomy, Dataset, Preset, Side, Survey};
use std::collections::{BTreeMap, BTreeSet};

const SAMPLES: &str = "tests/fixtures/samples";

fn read(path: &str) -> Survey {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let name = path.rsplit('/').next().unwrap_or(path);
    read_survey(name, &bytes, None, &Preset::default()).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn codes(set: &BTreeSet<usize>) -> Vec<&'static str> {
    set.iter().map(|&i| taxonomy::areas()[i].code).collect()
}

/// Every sample export is read with the right side and every row accounted for.
#[test]
fn every_sample_is_read_with_its_side_and_every_row_counted() {
    let expected = [
        ("demo/tilbud_kommuner_msforms.xlsx", Side::Offers, 61),
        ("demo/potreby_hromad_googleforms.csv", Side::Needs, 156),
        ("variants/needs_en_msforms.xlsx", Side::Needs, 20),
        ("variants/offers_en_googleforms.csv", Side::Offers, 12),
        ("variants/potreby_unicode_text_utf16.txt", Side::Needs, 20),
        ("variants/tilbud_excel_semikolon_cp1252.csv", Side::Offers, 12),
        ("variants/tilbud_nettskjema_en_kolonne_per_valg.csv", Side::Offers, 24),
        ("scale/tilbud_alle_357.csv", Side::Offers, 357),
        ("scale/potreby_vsi_hromady.csv", Side::Needs, 1302),
    ];
    for (file, side, rows) in expected {
        let s = read(&format!("{SAMPLES}/{file}"));
        assert_eq!(s.side, side, "{file}");
        assert_eq!(s.detected_side, Some(side), "{file}");
        assert_eq!(s.counts.rows, rows, "{file}");
        assert_eq!(
            s.counts.accepted + s.counts.warnings + s.counts.set_aside + s.counts.rejected,
            rows,
            "{file}: every row counted"
        );
        assert_eq!(
            s.offers.len() + s.needs.len(),
            s.counts.accepted + s.counts.warnings,
            "{file}: every kept row is a record"
        );
        assert!(s.unknown_labels.is_empty(), "{file}: {:?}", s.unknown_labels);
        assert_eq!(s.sha256.len(), 64, "{file}: its SHA-256");
        let rejected = s.issues.iter().filter(|i| i.severity() == Severity::Error).count();
        assert_eq!(rejected, s.counts.rejected, "{file}: every rejected row has its error");
        let records: Vec<(&BTreeSet<usize>, usize)> = s
            .offers
            .iter()
            .map(|o| (&o.areas, o.source.row))
            .chain(s.needs.iter().map(|n| (&n.urgent, n.source.row)))
            .collect();
        assert!(records.iter().all(|(areas, _)| !areas.is_empty()), "{file}: every record has areas");
    }
}

/// Three export shapes of the same answers (Google Forms CSV in English, Excel's semicolon CSV in
/// Windows-1252, Nettskjema's one column per option) give the same municipalities with the same areas.
#[test]
fn three_shapes_of_the_same_offers_read_the_same() {
    let by_id = |s: &Survey| -> BTreeMap<String, (String, Vec<&'static str>, u32)> {
        s.offers.iter().map(|o: &Offer| (o.id.clone(), (o.name.clone(), codes(&o.areas), o.capacity))).collect()
    };
    let english = by_id(&read(&format!("{SAMPLES}/variants/offers_en_googleforms.csv")));
    let cp1252 = by_id(&read(&format!("{SAMPLES}/variants/tilbud_excel_semikolon_cp1252.csv")));
    let options = by_id(&read(&format!("{SAMPLES}/variants/tilbud_nettskjema_en_kolonne_per_valg.csv")));
    let mut both = english.clone();
    both.extend(cp1252.clone());
    assert_eq!(both.len(), 24);
    for (id, (name, areas, capacity)) in &both {
        let (oname, oareas, ocap) = &options[id];
        assert_eq!(areas, oareas, "{id} {name}: areas");
        assert_eq!(capacity, ocap, "{id} {name}: capacity");
        assert_eq!(name, oname, "{id}: name (Windows-1252 letters decoded)");
    }
    assert!(cp1252.values().any(|(n, _, _)| n.contains(['æ', 'ø', 'å', 'Æ', 'Ø', 'Å'])), "a Norwegian letter survives");
}

/// An ODS file (written by hand the way LibreOffice writes one: numbers as floats, the rest of the row and
/// the rest of the sheet as repeated empty cells) reads the same as the CSV it was made from.
#[test]
fn an_ods_file_reads_like_the_csv_it_was_made_from() {
    let ods = read("tests/fixtures/offers_en_ods_written_like_libreoffice_12.ods");
    let csv = read("tests/fixtures/offers_en_googleforms_12.csv");
    assert_eq!(ods.side, Side::Offers);
    assert_eq!((ods.counts.rows, ods.counts.accepted), (12, 12));
    assert_eq!(ods.offers.len(), 12);
    for (o, c) in ods.offers.iter().zip(&csv.offers) {
        assert_eq!(
            (&o.id, &o.name, &o.areas, o.capacity, &o.languages),
            (&c.id, &c.name, &c.areas, c.capacity, &c.languages)
        );
    }
}

/// The UTF-16 text export and the Google Forms CSV name communities in Ukrainian, with categories.
#[test]
fn ukrainian_needs_have_categories_and_codes() {
    for file in ["variants/potreby_unicode_text_utf16.txt", "demo/potreby_hromad_googleforms.csv"] {
        let s = read(&format!("{SAMPLES}/{file}"));
        assert!(s.needs.iter().all(|n: &Need| n.category != Category::Unknown), "{file}");
        assert!(s.needs.iter().any(|n| n.category == Category::WarZone), "{file}");
        assert!(s.needs.iter().any(|n| n.id.starts_with("UA") && n.id.len() == 19), "{file}");
        assert!(s.needs.iter().all(|n| !n.name.ends_with("громада")), "{file}: suffix stripped");
    }
}

#[test]
fn msforms_title_rows_second_sheet_and_latest_answer_wins() {
    let s = read("tests/fixtures/quirks/msforms_title_rows_second_sheet_resubmission.xlsx");
    assert_eq!(s.sheet.as_deref(), Some("Svar"), "the sheet with the survey, not the first one");
    assert_eq!(s.header_row, 3, "two title rows above the header");
    assert_eq!((s.counts.rows, s.counts.accepted, s.counts.set_aside, s.counts.rejected), (3, 2, 1, 0));
    let bergen = s.offers.iter().find(|o| o.id == "4601").expect("Bergen");
    // Row 6 comes later in the sheet but was completed a day earlier: row 4 is the latest answer.
    assert_eq!(bergen.source.row, 4);
    assert_eq!(bergen.submitted.as_deref(), Some("2026-02-16T08:39:00"));
    assert_eq!(bergen.name, "Bergen", "“Bergen kommune” → Bergen");
    let resub = s.issues.iter().find(|i| i.code() == "resubmitted").expect("reported");
    assert_eq!(resub.location.row, Some(6));
    assert_eq!(resub.severity(), Severity::Warning, "a resubmission is normal: the earlier answer is set aside");
    assert_eq!(s.offers.iter().find(|o| o.id == "3218").map(|o| o.capacity), Some(2), "range 1-2 → 2");
    let ms: Vec<_> = s.columns.iter().take(5).map(|c| c.field).collect();
    assert_eq!(
        ms,
        [Field::ResponseId, Field::StartTime, Field::CompletionTime, Field::RespondentEmail, Field::RespondentName]
            .map(Some)
    );
    assert!(s.columns[3].personal && s.columns[4].personal);
}

#[test]
fn google_forms_commas_in_labels_numbers_and_names_apart() {
    let s = read("tests/fixtures/quirks/googleforms_commas_in_labels_nbsp_numbers.csv");
    let bucha = s.needs.iter().find(|n| n.id == "UA32080070000050759").expect("Бучанська");
    assert_eq!(bucha.name, "Бучанська");
    assert_eq!(bucha.oblast, "Київська");
    assert_eq!(codes(&bucha.urgent), ["INF-TRN", "SRV-CHW"]);
    assert_eq!(codes(&bucha.long_term), ["SRV-CUL"]);
    assert_eq!((bucha.population, bucha.idps), (Some(36436), Some(1122)));
    // Three communities called Калинівська: two in Київська (different raions) and one in Вінницька.
    assert_eq!(s.needs.iter().filter(|n| n.name == "Калинівська").count(), 3);
    assert_eq!(s.unknown_labels.len(), 1);
    assert_eq!((s.unknown_labels[0].label.as_str(), s.unknown_labels[0].count), ("Космос", 2));
    let bad = s.issues.iter().find(|i| i.code() == "count_invalid").expect("так is not a number");
    assert_eq!(
        bad.location.to_string(),
        "googleforms_commas_in_labels_nbsp_numbers.csv › row 5 › column K “Бажана кількість партнерів”"
    );
}

#[test]
fn unknown_labels_are_mapped_by_a_preset() {
    let preset = Preset::from_json(r#"{"kommunematch_preset": 1, "answers": {"космос": "GOV-DGS"}}"#.as_bytes())
        .expect("preset");
    let bytes = std::fs::read("tests/fixtures/quirks/googleforms_commas_in_labels_nbsp_numbers.csv").expect("fixture");
    let s = read_survey("g.csv", &bytes, None, &preset).expect("reads");
    assert!(s.unknown_labels.is_empty());
    let bucha = s.needs.iter().find(|n| n.name == "Бучанська").expect("Бучанська");
    assert!(codes(&bucha.urgent).contains(&"GOV-DGS"));
    let ignore =
        Preset::from_json(r#"{"kommunematch_preset": 1, "answers": {"Космос": null}}"#.as_bytes()).expect("preset");
    let s = read_survey("g.csv", &bytes, None, &ignore).expect("reads");
    assert!(s.unknown_labels.is_empty() && !s.issues.iter().any(|i| i.code() == "area_unknown"));
    assert!(Preset::from_json(br#"{"kommunematch_preset": 1, "answers": {"x": "NOPE"}}"#).is_err());
}

#[test]
fn a_preset_remaps_columns_and_survives_a_round_trip() {
    let bytes = std::fs::read("tests/fixtures/quirks/nettskjema_option_columns_nynorsk.csv").expect("fixture");
    let mut preset = Preset::default();
    preset.columns.insert("Kommunenummer".into(), None);
    let preset = Preset::from_json(preset.to_json().as_bytes()).expect("round trip");
    let s = read_survey("n.csv", &bytes, None, &preset).expect("reads");
    let c = s.columns.iter().find(|c| c.header == "Kommunenummer").expect("column kept");
    assert_eq!((c.field, c.by_user), (None, true));
    // Without the number column, the names find the official numbers.
    assert!(
        s.offers.iter().all(|o| o
            .official
            .is_some_and(|(k, how)| how != kommunematch::engine::gazetteer::How::Code && o.id == k.number)),
        "ids from the names, through the gazetteer"
    );
    assert!(s.offers[0].other.iter().any(|(h, v)| h == "Kommunenummer" && v == "4621"), "the answer is kept");
}

#[test]
fn one_column_per_option_with_every_kind_of_mark() {
    let s = read("tests/fixtures/quirks/nettskjema_option_columns_nynorsk.csv");
    let voss = s.offers.iter().find(|o| o.id == "4621").expect("Voss");
    assert_eq!(voss.name, "Voss", "“Voss herad” → Voss");
    assert_eq!(codes(&voss.areas), ["INF-WAT", "SRV-FIR"], "1 and x mark an option; 0 and blank do not");
    assert_eq!(voss.languages.iter().collect::<Vec<_>>(), ["en"], "Ja marks, Nei does not");
    let land = s.offers.iter().find(|o| o.id == "3448").expect("Nordre Land");
    assert_eq!(codes(&land.areas), ["INF-WAT", "SRV-SCH"], "the label itself marks an option");
    assert_eq!(land.capacity, 2);
    assert_eq!(codes(&land.learn), ["SRV-EMR"], "nynorsk question, label with a comma inside");
}

#[test]
fn the_json_input_format_is_read_like_any_export() {
    let s = read("tests/fixtures/quirks/json_input_offers.json");
    assert_eq!(s.side, Side::Offers);
    assert_eq!(s.header_row, 0);
    assert_eq!((s.counts.rows, s.counts.accepted, s.counts.warnings), (2, 1, 1));
    assert_eq!(codes(&s.offers[0].areas), ["INF-WAT", "SRV-CHW"]);
    assert_eq!(s.offers[1].id, "5501");
    assert_eq!(s.issues[0].location.to_string(), "json_input_offers.json › row 2 › column B “capacity”");
}

#[test]
fn resubmissions_across_files_keep_the_latest() {
    let a = read("tests/fixtures/quirks/msforms_title_rows_second_sheet_resubmission.xlsx");
    let b = read("tests/fixtures/quirks/json_input_offers.json");
    let d = Dataset::from_surveys(&[a, b]);
    // Bergen answered in both; the JSON file has no time, so the later file wins.
    let bergen: Vec<_> = d.offers.iter().filter(|o| o.id == "4601").collect();
    assert_eq!(bergen.len(), 1);
    assert_eq!(bergen[0].source.file, "json_input_offers.json");
    assert_eq!(d.issues.len(), 1);
    let ids: Vec<_> = d.offers.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, ["3218", "4601", "5501"], "sorted by id");
}

/// Each broken sample gets the right clear error (the file cannot be read) or issue (rows are judged).
#[test]
fn broken_samples_get_clear_errors_and_issues() {
    let dir = format!("{SAMPLES}/broken");
    let unreadable = [
        ("binary_garbage.csv", "neither a spreadsheet"),
        ("empty.csv", "the file is empty"),
        ("five_thousand_columns.csv", "5,000 columns"),
        ("not_a_spreadsheet.xlsx", "cannot be opened"),
        ("truncated.xlsx", "cannot be opened"),
        ("unbalanced_quotes.csv", "line 2"),
    ];
    for (file, says) in unreadable {
        let bytes = std::fs::read(format!("{dir}/{file}")).expect("sample");
        let e = read_survey(file, &bytes, None, &Preset::default()).expect_err(file);
        let msg = e.to_string();
        assert!(msg.starts_with(file) && msg.contains(says), "{file}: {msg}");
        assert!(!matches!(e.kind, ReadErrorKind::NoHeader), "{file}: a specific reason");
    }
    let issue_codes = |file: &str| -> Vec<&'static str> {
        let s = read(&format!("{dir}/{file}"));
        let c = s.counts;
        assert_eq!(c.accepted + c.warnings + c.set_aside + c.rejected, c.rows, "{file}");
        s.issues.iter().map(|i| i.code()).collect()
    };
    assert_eq!(issue_codes("header_only.csv"), ["no_rows"]);
    assert_eq!(issue_codes("missing_municipality_column.csv"), ["identity_column_missing"]);
    let bad = issue_codes("bad_values.csv");
    for code in ["count_invalid", "area_unknown", "name_blank", "resubmitted"] {
        assert!(bad.contains(&code), "bad_values.csv: {code} in {bad:?}");
    }
    assert_eq!(bad.iter().filter(|c| **c == "count_invalid").count(), 2, "-2 and “mange”");
    assert!(issue_codes("formula_injection.csv").contains(&"suspicious_text"));
    assert!(issue_codes("script_injection.csv").contains(&"suspicious_text"));
}

/// Every fuzz finding on a reader (`tests/fixtures/fuzz/TARGET_what_it_shows.EXT`) gets a clear error, within
/// seconds (a hang is a finding too: the page would freeze):
/// - read_xlsx: a cell reference whose digits overflow calamine's multiplication (see the calamine note in
///   Cargo.toml);
/// - sheet_xml: an ODS whose `content.xml` ends inside a table, on which calamine 0.38 waits forever.
#[test]
fn every_fuzz_finding_is_a_clear_error_in_seconds() {
    let expected = [
        ("read_xlsx_calamine_cell_reference_overflow.xlsx", "this looks like a spreadsheet but cannot be opened"),
        ("sheet_xml_ods_cut_short_inside_a_table.ods", "content.xml ends before its last element is closed"),
    ];
    let dir = "tests/fixtures/fuzz";
    assert_eq!(std::fs::read_dir(dir).expect("findings").count(), expected.len(), "every finding is expected");
    for (file, says) in expected {
        let bytes = std::fs::read(format!("{dir}/{file}")).expect("fixture");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(read_survey(file, &bytes, None, &Preset::default()).map(|_| ()).map_err(|e| e.to_string()));
        });
        let outcome = rx.recv_timeout(std::time::Duration::from_secs(10)).unwrap_or_else(|_| panic!("{file}: hangs"));
        let e = outcome.expect_err(file);
        assert!(e.starts_with(&format!("{file}: ")) && e.contains(says), "{e}");
    }
}

/// Spreadsheets made to exhaust memory get their clear error before anything large is built: two cells at
/// opposite corners of the largest sheet (the whole-sheet reader would allocate 17 billion cells and abort),
/// a far cell on every row (5 million cells), ODS rows and cells repeated (one of these 1 KB files took 22 s
/// and 5.6 GB before the check), and a zip that declares 300 MB unpacked.
#[test]
fn hostile_spreadsheets_are_refused_before_they_are_built() {
    use kommunematch::engine::table::{MAX_CELLS, MAX_ROWS, MAX_UNPACKED_BYTES};
    let expected = [
        (
            "two_cells_at_opposite_corners_of_the_sheet.xlsx",
            ReadErrorKind::TooManyRows { found: 1_048_576, limit: MAX_ROWS },
        ),
        ("a_far_cell_on_every_row_5_million_cells.xlsx", ReadErrorKind::TooManyCells { limit: MAX_CELLS }),
        ("ods_a_cell_repeated_across_16384_columns.ods", ReadErrorKind::TooManyColumns { found: 16384, limit: 1000 }),
        (
            "ods_a_900_column_row_repeated_100000_times.ods",
            ReadErrorKind::TooManyRows { found: 100_001, limit: MAX_ROWS },
        ),
        ("ods_a_900_column_row_repeated_6000_times.ods", ReadErrorKind::TooManyCells { limit: MAX_CELLS }),
        (
            "declares_unpacking_to_300mb.xlsx",
            // The sheet declares 300 MB; the four other parts add their 1,435 bytes.
            ReadErrorKind::UnpacksTooLarge { bytes: 300 * 1024 * 1024 + 1_435, limit: MAX_UNPACKED_BYTES },
        ),
    ];
    let dir = "tests/fixtures/hostile";
    assert_eq!(std::fs::read_dir(dir).expect("fixtures").count(), expected.len(), "every fixture is expected");
    for (file, kind) in expected {
        let bytes = std::fs::read(format!("{dir}/{file}")).expect("fixture");
        let e = read_survey(file, &bytes, None, &Preset::default()).expect_err(file);
        assert_eq!(e.kind, kind, "{file}");
        assert!(e.to_string().starts_with(&format!("{file}: ")), "{e}");
    }
}

#[path = "support/survey_text.rs"]
mod survey_text;

mod text_properties {
    use super::survey_text::{exercise, EDGES, SUFFIXES};
    use kommunematch::engine::gazetteer::{
        strip_community_suffix, strip_municipality_suffix, strip_oblast_suffix, strip_raion_suffix,
    };
    use kommunematch::engine::survey::values::{parse_category, parse_count, parse_timestamp, split_areas};
    use kommunematch::engine::text::{
        fold, is_invisible_control, latinize, strip_prefix_ci, strip_suffix_ci, without_invisible,
    };
    use proptest::prelude::*;

    /// Text made of edge cases, suffixes and any characters, mixed.
    fn edgy() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            3 => proptest::sample::select(EDGES).prop_map(str::to_string),
            2 => proptest::sample::select(SUFFIXES).prop_map(str::to_string),
            2 => any::<char>().prop_map(String::from),
            2 => "[a-zA-ZæøåÆØÅа-яА-ЯіїєґІЇЄҐ ]{0,8}",
        ];
        proptest::collection::vec(piece, 0..12).prop_map(|v| v.concat())
    }

    /// A lower-case suffix written in another case, one character at a time, with characters whose lower
    /// case is exactly the suffix's character (the Kelvin sign for k, the Ohm sign for ω, the Angstrom sign for å).
    fn recased(suffix: &str, flips: &[u8]) -> String {
        suffix
            .chars()
            .zip(flips.iter().cycle())
            .map(|(c, f)| match (c, f % 3) {
                ('k', 2) => '\u{212A}',
                ('å', 2) => '\u{212B}',
                (c, 1 | 2) => {
                    let mut up = c.to_uppercase();
                    match (up.next(), up.next()) {
                        (Some(u), None) if u.to_lowercase().eq(std::iter::once(c)) => u,
                        _ => c,
                    }
                }
                (c, _) => c,
            })
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// For any text: no panic, and every helper gives a substring of its input (or, for folding, text
        /// no longer than the input's lower case).
        #[test]
        fn text_helpers_never_panic_and_return_part_of_their_input(s in edgy()) {
            let visible = without_invisible(&s);
            for strip in [strip_municipality_suffix, strip_community_suffix, strip_raion_suffix, strip_oblast_suffix] {
                let out = strip(&s);
                prop_assert!(visible.contains(out.as_str()), "{out:?} not in {s:?}");
                prop_assert!(!out.chars().any(is_invisible_control), "{out:?}");
            }
            for suffix in SUFFIXES {
                let lower = suffix.to_lowercase();
                if let Some(head) = strip_suffix_ci(&s, &lower) {
                    prop_assert!(s.starts_with(head));
                }
                if let Some(tail) = strip_prefix_ci(&s, &lower) {
                    prop_assert!(s.ends_with(tail));
                }
            }
            let folded = fold(&s);
            prop_assert!(folded.chars().count() <= s.chars().flat_map(char::to_lowercase).count());
            let _ = (latinize(&s), parse_count(&s), parse_timestamp(&s), parse_category(&s));
            let (_, unknown) = split_areas(&s);
            for u in unknown {
                prop_assert!(s.contains(u.as_str()), "{u:?} not in {s:?}");
            }
        }

        /// The oracle: any text followed by a known suffix written in any case (with case-folding signs)
        /// strips back to exactly that text; a suffix that is not there is not stripped.
        #[test]
        fn a_suffix_in_any_case_strips_back_to_the_text_before_it(
            head in edgy(),
            suffix in proptest::sample::select(SUFFIXES),
            flips in proptest::collection::vec(any::<u8>(), 1..8),
        ) {
            let lower = suffix.to_lowercase();
            let written = format!("{head}{}", recased(&lower, &flips));
            prop_assert_eq!(strip_suffix_ci(&written, &lower), Some(head.as_str()));
            let before = format!("{}{head}", recased(&lower, &flips));
            prop_assert_eq!(strip_prefix_ci(&before, &lower), Some(head.as_str()));
            if !head.to_lowercase().ends_with(&lower) && head.chars().count() < lower.chars().count() {
                prop_assert_eq!(strip_suffix_ci(&head, &lower), None);
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(250))]

        /// Valid surveys whose cells are mutated with the edge cases: read, matched, reported and rendered
        /// in three languages without a panic, every row counted, results consistent.
        #[test]
        fn mutated_surveys_are_read_and_matched(data in proptest::collection::vec(any::<u8>(), 0..160)) {
            exercise(&data);
        }
    }

    /// Names written with characters whose case mapping changes their length, in a real export: read with the
    /// suffix stripped, no panic.
    #[test]
    fn case_mapping_characters_in_names() {
        assert_eq!(strip_municipality_suffix("Bergen \u{212A}ommune"), "Bergen");
        assert_eq!(strip_municipality_suffix("Bergen KOMMUNE"), "Bergen");
        assert_eq!(strip_community_suffix("Бучанська МІСЬКА ГРОМАДА"), "Бучанська");
        assert_eq!(strip_community_suffix("\u{0130} громада"), "\u{0130}");
        assert_eq!(strip_oblast_suffix("Київська Область"), "Київська");
        let csv = std::fs::read_to_string("tests/fixtures/offers_en_googleforms_12.csv").expect("fixture");
        let (first, rest) = csv.split_once("\nSola,").expect("Sola's row");
        for written in
            ["Sola \u{212A}ommune", "\u{0130}SOLA KOMMUNE", "Sola\u{200B} \u{212A}OMMUNE", "ß\u{FB01}\u{01C5} herad"]
        {
            let bytes = format!("{first}\n{written},{rest}");
            let s = kommunematch::engine::read_survey(
                "k.csv",
                bytes.as_bytes(),
                None,
                &kommunematch::engine::Preset::default(),
            )
            .expect("read");
            let row = s.offers.iter().find(|o| o.source.row == 2).expect("row 2 read");
            // The number 1124 is Sola: the official name, whatever the name cell holds.
            assert_eq!((row.id.as_str(), row.name.as_str()), ("1124", "Sola"), "{written}");
        }
    }
}

/// Every finding of the survey_text fuzz target (`tests/fuzz_findings/survey_text_*`) replays without a panic
/// and within seconds.
#[test]
fn survey_text_fuzz_findings_replay() {
    let mut seen = 0;
    for e in std::fs::read_dir("tests/fuzz_findings").expect("findings") {
        let path = e.expect("entry").path();
        if !path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("survey_text_")) {
            continue;
        }
        let bytes = std::fs::read(&path).expect("read");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            survey_text::exercise(&bytes);
            let _ = tx.send(());
        });
        rx.recv_timeout(std::time::Duration::from_secs(20)).unwrap_or_else(|_| panic!("{}: hangs", path.display()));
        seen += 1;
    }
    assert!(seen >= 1);
}

/// The corpus of question wordings (`tests/fixtures/wordings/questions.csv`: nb, nn, uk and en, at least five
/// per field, and questions no field answers): each wording maps to its field and no other; prints precision and
/// recall (`docs/input-format.md` has the figures).
#[test]
fn question_wordings_map_to_their_fields() {
    use kommunematch::engine::survey::understand;
    let text = std::fs::read_to_string("tests/fixtures/wordings/questions.csv").expect("corpus");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let (mut right, mut wrong, mut missed, mut total) = (0, 0, 0, 0);
    let mut per_field: BTreeMap<String, usize> = BTreeMap::new();
    let mut failures = Vec::new();
    for rec in reader.records() {
        let rec = rec.expect("row");
        let (want, wording) = (rec.get(0).unwrap_or(""), rec.get(2).unwrap_or(""));
        let want = (!want.is_empty()).then(|| Field::from_name(want).unwrap_or_else(|| panic!("field {want}")));
        let got = understand::understood(wording).map(|(f, ..)| f);
        total += 1;
        if let Some(f) = want {
            *per_field.entry(f.name().to_string()).or_default() += 1;
        }
        match (want, got) {
            (w, g) if w == g => right += usize::from(w.is_some()),
            (_, Some(_)) => {
                wrong += 1;
                missed += usize::from(want.is_some());
                failures.push(format!("{wording:?}: {got:?}, not {want:?}"));
            }
            (_, None) => {
                missed += 1;
                failures.push(format!("{wording:?}: unmapped, not {want:?}"));
            }
        }
    }
    let precision = right as f64 / (right + wrong) as f64;
    let recall = right as f64 / (right + missed) as f64;
    println!("wordings: {total}; precision {precision:.3}, recall {recall:.3}");
    assert!(per_field.len() >= 36 && per_field.values().all(|&n| n >= 5), "five per field: {per_field:?}");
    assert!(failures.is_empty(), "{} of {total}: {failures:#?}", failures.len());
}

/// Exports whose questions are worded as none of the samples word them are read as the samples are: every key
/// field mapped, every row read, and the same pairs as with the original wording (the oracle). A file without
/// a category or partners column gets one message each, naming the most likely columns, not a warning per row.
#[test]
fn questions_worded_differently_read_the_same() {
    use kommunematch::engine::{read_survey, run, Dataset, Preset, Settings};
    let reword = |path: &str, headers: &[&str]| {
        let text = std::fs::read_to_string(path).expect("sample");
        let (_, rest) = text.split_once('\n').expect("a header line");
        let header = headers
            .iter()
            .map(|h| if h.contains(',') { format!("\"{h}\"") } else { h.to_string() })
            .collect::<Vec<_>>()
            .join(",");
        format!("{header}\n{rest}")
    };
    let needs_path = "tests/fixtures/samples/demo/potreby_hromad_googleforms.csv";
    let offers_path = "tests/fixtures/offers_en_googleforms_12.csv";
    let needs_new = reword(
        needs_path,
        &[
            "Submitted at",
            "Назва територіальної громади",
            "Код громади за кодифікатором",
            "В якій області розташована громада?",
            "Район області",
            "Розташування громади відносно зони бойових дій",
            "Кількість жителів",
            "Скільки внутрішньо переміщених осіб проживає в громаді?",
            "Ступінь пошкодження",
            "Найбільш нагальні потреби громади",
            "Потреби на довготривале відновлення",
            "Скільки партнерів-муніципалітетів хотіла б мати громада?",
            "Languages spoken by staff",
            "Наявні іноземні партнери",
            "ПІБ контактної особи",
            "Job title",
            "Електронна пошта",
            "Мобільний телефон",
            "Anything else?",
        ],
    );
    let offers_new = reword(
        offers_path,
        &[
            "Namn på kommunen",
            "Kommunenr.",
            "Kontaktperson",
            "Rolle i kommunen",
            "E-post til kontaktperson",
            "Mobilnummer",
            "Fagområder dere kan tilby ukrainske kommuner",
            "Kor mange samarbeidskommunar kan de ha?",
            "Type samarbeid dere ønsker",
            "Ønsker dere en partner i eller utenfor krigssonen?",
            "Hvilke språk snakker ansatte?",
            "Internasjonal erfaring",
            "Eksisterende vennskapskommune i Ukraina",
            "Tal på busette flyktningar",
            "Kva vil kommunen læra?",
            "Vedtak i kommunestyret",
            "Noe mer dere vil si?",
        ],
    );
    let read = |name: &str, bytes: &[u8]| read_survey(name, bytes, None, &Preset::default()).expect("reads");
    let (o0, n0) =
        (read("o.csv", &std::fs::read(offers_path).expect("o")), read("n.csv", &std::fs::read(needs_path).expect("n")));
    let (o1, n1) = (read("o.csv", offers_new.as_bytes()), read("n.csv", needs_new.as_bytes()));
    for (before, after) in [(&o0, &o1), (&n0, &n1)] {
        let fields = |s: &kommunematch::engine::Survey| s.columns.iter().map(|c| c.field).collect::<Vec<_>>();
        assert_eq!(fields(after), fields(before), "every column means the same");
        assert_eq!(after.counts, before.counts, "every row read as before");
    }
    let pairs = |o: &kommunematch::engine::Survey, n: &kommunematch::engine::Survey| {
        let r = run(&Dataset::from_surveys(&[o.clone(), n.clone()]), &Settings::default()).expect("runs");
        (r.objective, r.pairs.iter().map(|p| (p.offer_id.clone(), p.need_id.clone())).collect::<Vec<_>>())
    };
    assert_eq!(pairs(&o1, &n1), pairs(&o0, &n0), "the same pairs");

    // Without the category and partners columns: one message each, with the likely columns; no row warnings.
    let text = std::fs::read_to_string(needs_path).expect("sample");
    let cut: String = text
        .lines()
        .map(|l| {
            let mut r = csv::ReaderBuilder::new().has_headers(false).from_reader(l.as_bytes());
            let rec = r.records().next().and_then(Result::ok).unwrap_or_default();
            let kept: Vec<String> =
                rec.iter().enumerate().filter(|(i, _)| *i != 5 && *i != 11).map(|(_, v)| v.to_string()).collect();
            let mut w = csv::Writer::from_writer(Vec::new());
            w.write_record(&kept).expect("row");
            String::from_utf8(w.into_inner().expect("csv")).expect("utf-8")
        })
        .collect();
    let s = read("cut.csv", cut.as_bytes());
    let missing: Vec<_> = s.issues.iter().filter(|i| i.code() == "field_missing").collect();
    assert_eq!(
        missing.len(),
        2,
        "category and partners wanted: {:?}",
        s.issues.iter().map(|i| i.code()).collect::<Vec<_>>()
    );
    assert!(missing.iter().all(|i| i.location.row == Some(1)));
    assert!(
        !s.issues.iter().any(|i| matches!(i.code(), "category_unknown" | "category_suggested" | "count_invalid")),
        "no row warnings"
    );
    assert_eq!(s.counts.accepted, s.counts.rows, "every row accepted");
}

/// Every file under `dir`, recursively, sorted.
fn files_under(dir: &str) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut todo = vec![std::path::PathBuf::from(dir)];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).expect("fixture dir").flatten() {
            let p = e.path();
            if p.is_dir() {
                todo.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// A survey crosses from the page's worker as JSON: for every fixture that reads (broken ones included,
/// with their issues of every kind), reading it back gives the same survey; and a file parsed once and
/// interpreted again with a correction gives what reading it afresh with that correction gives.
#[test]
fn surveys_round_trip_and_a_parsed_file_is_interpreted_again_alike() {
    use kommunematch::engine::ParsedFile;
    let mut checked = 0;
    for path in files_under("tests/fixtures") {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        let Ok(bytes) = std::fs::read(&path) else { continue };
        if bytes.len() > 5_000_000 {
            continue;
        }
        let Ok(parsed) = ParsedFile::parse(&name, &bytes) else { continue };
        let survey = parsed.survey(None, &Preset::default());
        let json = serde_json::to_string(&survey).expect("serialise");
        let back: Survey = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(back, survey, "{}: the round trip keeps everything", path.display());
        // A correction: the first column ignored, then the side forced; interpreted from the parsed table.
        let mut preset = Preset::default();
        if let Some(c) = survey.columns.first() {
            preset.columns.insert(c.header.clone(), None);
        }
        for side in [None, Some(Side::Offers), Some(Side::Needs)] {
            let fresh = read_survey(&name, &bytes, side, &preset).expect("reads as before");
            assert_eq!(parsed.survey(side, &preset), fresh, "{}: {side:?}", path.display());
        }
        checked += 1;
    }
    assert!(checked >= 20, "{checked} files checked");
}
