//! Structure-aware exercise of the text handling: valid survey fixtures whose cell *text* is mutated with a
//! dictionary of Unicode edge cases, so that names and answers reach the name, suffix, transliteration,
//! identity and tie-detection code (which random bytes rarely reach: they seldom make a readable survey).
//!
//! Shared by the `survey_text` fuzz target (coverage-guided, `fuzz/fuzz_targets/survey_text.rs`) and the
//! property tests in `tests/ingest.rs` (random bytes, in every `cargo test`). [`exercise`] panics when an
//! invariant breaks; the engine itself must never panic.
#![allow(dead_code)]

use kommunematch::app::i18n::{self, Lang};
use kommunematch::engine::report::{FileReport, PersonalData};
use kommunematch::engine::survey::{best_table, interpret};
use kommunematch::engine::table::{read_tables, Table};
use kommunematch::engine::text::without_invisible;
use kommunematch::engine::{run, Dataset, Mode, Preset, Results, Settings, Side};
use std::sync::OnceLock;

/// Characters and strings that break naive text handling.
pub const EDGES: &[&str] = &[
    // Case mapping that changes the length in bytes or in characters.
    "\u{212A}",         // KELVIN SIGN → k (3 bytes → 1)
    "\u{2126}",         // OHM SIGN → ω
    "\u{212B}",         // ANGSTROM SIGN → å
    "\u{0130}",         // İ → i̇ (1 char → 2)
    "\u{1E9E}",         // ẞ → ß
    "ß",                // ß → SS in upper case
    "\u{FB01}",         // ﬁ ligature → FI in upper case
    "\u{FB00}",         // ﬀ
    "\u{0149}",         // ŉ → ʼN in upper case
    "\u{01C5}",         // ǅ title-case digraph
    "\u{01C8}",         // ǈ
    "\u{01CB}",         // ǋ
    "\u{0390}",         // ΐ → three characters in upper case
    "Σ",                // final sigma rules
    "\u{0345}",         // combining ypogegrammeni → Ι
    "\u{0301}",         // combining acute
    "е\u{0308}",        // е + combining diaeresis (ё decomposed)
    "і\u{0308}",        // ї decomposed
    "\u{0406}",         // Cyrillic І among Latin letters
    "\u{0491}\u{0490}", // ґҐ
    "'",
    "’",
    "ʼ",
    "`",        // apostrophes inside Ukrainian names
    "\u{200B}", // zero-width space
    "\u{200C}",
    "\u{200D}",
    "\u{2060}",
    "\u{FEFF}",
    "\u{202E}", // right-to-left override
    "\u{2066}",
    "\u{2069}",
    "\u{200F}",
    "\u{061C}",
    "\u{00A0}",
    "\u{202F}",
    "\u{3000}", // no-break, narrow no-break, ideographic spaces
    "\0",
    "\r",
    "\n",
    "\t",
    "\"",
    ";",
    ",",
    "=",
    "+",
    "@",
    "-",
    "–",
    "—",
    "\u{FFFD}",
    "\u{1F1FA}\u{1F1E6}",
    "👩‍👩‍👧",
    "\u{10FFFF}",
    "0301",
    "4601",
    "UA05040190000039450",
    "ua05040190000039450",
    "UA",
    "12",
    "-2",
    "1-2",
    "Bergen",
    "Буча",
    "Bucha",
    "Київська",
    "Kyivska",
    "Hvaler",
    "Ås",
    "Årdal",
    "kommune",
    "громада",
    "hromada",
];

/// Name endings the readers strip, in mixed cases, some with case-folding characters.
pub const SUFFIXES: &[&str] = &[
    " kommune",
    " Kommune",
    " KOMMUNE",
    " \u{212A}ommune",
    " \u{212A}OMMUNE",
    " herad",
    " Herad",
    " municipality",
    " Municipality",
    " kommune (NO)",
    " громада",
    " Громада",
    " ГРОМАДА",
    " міська громада",
    " Сільська Територіальна Громада",
    " селищна ТЕРИТОРІАЛЬНА громада",
    " community",
    " COMMUNITY",
    " hromada",
    " Hromada",
    " район",
    " Район",
    " raion",
    " district",
    " область",
    " ОБЛАСТЬ",
    " oblast",
    " Oblast",
    " \u{0130}",
];

/// Reads bytes one at a time, as zero once they are used up.
pub struct Bytes<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Bytes<'a> {
    pub fn new(data: &'a [u8]) -> Self {
        Bytes { data, pos: 0 }
    }
    pub fn byte(&mut self) -> u8 {
        let b = self.data.get(self.pos).copied().unwrap_or(0);
        self.pos += 1;
        b
    }
    pub fn done(&self) -> bool {
        self.pos >= self.data.len()
    }
    fn pick<'t>(&mut self, list: &[&'t str]) -> &'t str {
        list[self.byte() as usize % list.len()]
    }
    /// The next `n` bytes as text (lossy).
    fn text(&mut self, n: usize) -> String {
        let start = self.pos.min(self.data.len());
        let end = (start + n).min(self.data.len());
        self.pos = start + n;
        String::from_utf8_lossy(&self.data[start..end]).into_owned()
    }
}

/// `s` with each character's case changed as the bytes say; `k` may become the Kelvin sign.
fn scramble_case(s: &str, b: &mut Bytes) -> String {
    s.chars()
        .map(|c| match b.byte() % 4 {
            0 => c.to_uppercase().collect(),
            1 if c == 'k' => "\u{212A}".to_string(),
            1 if c == 'i' => "\u{0130}".to_string(),
            _ => c.to_string(),
        })
        .collect()
}

/// One mutation of a cell's text.
pub fn mutate(cell: &str, b: &mut Bytes) -> String {
    let at_char = |b: &mut Bytes, s: &str| {
        let n = s.chars().count();
        let k = if n == 0 { 0 } else { b.byte() as usize % (n + 1) };
        s.char_indices().nth(k).map_or(s.len(), |(i, _)| i)
    };
    match b.byte() % 10 {
        0 => b.pick(EDGES).to_string(),
        1 => {
            let i = at_char(b, cell);
            let (head, tail) = cell.split_at(i);
            format!("{head}{}{tail}", b.pick(EDGES))
        }
        2 => {
            let suffix = b.pick(SUFFIXES);
            format!("{cell}{}", scramble_case(suffix, b))
        }
        3 => scramble_case(cell, b),
        4 => {
            // Long names: up to and over the 10,000 characters a cell may have.
            let unit = format!("{cell}{}", b.pick(EDGES));
            let n = 1 + 10_001 / unit.chars().count().max(1);
            unit.repeat(n).chars().take(9_990 + b.byte() as usize % 20).collect()
        }
        5 => {
            let n = b.byte() as usize % 24;
            b.text(n)
        }
        6 => format!("{}{cell}", b.pick(EDGES)),
        7 => String::new(),
        8 => cell.to_uppercase(),
        _ => {
            let i = at_char(b, cell);
            let (head, tail) = cell.split_at(i);
            format!("{head}{}{tail}", b.pick(SUFFIXES))
        }
    }
}

/// The fixtures: offers and needs tables, read once.
fn fixtures() -> &'static (Vec<Table>, Vec<Table>) {
    static T: OnceLock<(Vec<Table>, Vec<Table>)> = OnceLock::new();
    T.get_or_init(|| {
        let table = |name: &str, bytes: &[u8]| {
            best_table(read_tables(name, bytes).unwrap_or_else(|e| panic!("{e}"))).unwrap_or_else(|| panic!("{name}"))
        };
        let offers = vec![
            table("offers.csv", include_bytes!("../fixtures/offers_en_googleforms_12.csv")),
            table("nettskjema.csv", include_bytes!("../fixtures/quirks/nettskjema_option_columns_nynorsk.csv")),
            table("input.json", include_bytes!("../fixtures/quirks/json_input_offers.json")),
        ];
        let needs = vec![
            table("needs.xlsx", include_bytes!("../fixtures/needs_en_msforms_20.xlsx")),
            table("potreby.txt", include_bytes!("../fixtures/samples/variants/potreby_unicode_text_utf16.txt")),
        ];
        (offers, needs)
    })
}

/// Mutates the cells of one offers and one needs fixture as the bytes say, then reads, matches, reports and
/// renders everything: never a panic, and every row is accounted for, the results are consistent and
/// round-trip through JSON, and names are substrings of what was typed.
pub fn exercise(data: &[u8]) {
    let (offers, needs) = fixtures();
    let mut b = Bytes::new(data);
    let mut o = offers[b.byte() as usize % offers.len()].clone();
    let mut n = needs[b.byte() as usize % needs.len()].clone();
    while !b.done() {
        let t = if b.byte().is_multiple_of(2) { &mut o } else { &mut n };
        // The header itself sometimes: a question worded with the same characters.
        if b.byte().is_multiple_of(16) && !t.headers.is_empty() {
            let c = b.byte() as usize % t.headers.len();
            t.headers[c] = mutate(&t.headers[c], &mut b);
            continue;
        }
        if t.rows.is_empty() {
            continue;
        }
        let r = b.byte() as usize % t.rows.len();
        let row = &mut t.rows[r];
        if row.cells.is_empty() {
            continue;
        }
        let c = b.byte() as usize % row.cells.len();
        row.cells[c] = mutate(&row.cells[c], &mut b);
    }
    let preset = Preset::default();
    let surveys = [interpret(&o, Some(Side::Offers), &preset), interpret(&n, Some(Side::Needs), &preset)];
    for (s, t) in surveys.iter().zip([&o, &n]) {
        // The page's worker sends surveys as JSON: whatever the text, it comes back the same.
        let json = serde_json::to_string(s).expect("a survey serialises");
        let back: kommunematch::engine::Survey = serde_json::from_str(&json).expect("and reads back");
        assert!(&back == s, "a survey crosses from the worker unchanged");
        let c = s.counts;
        assert_eq!(c.accepted + c.warnings + c.set_aside + c.rejected, c.rows, "every row counted");
        assert_eq!(c.rows, t.rows.len());
        // A name is what was typed (without invisible controls and suffix), or the official number it was
        // identified by when the name was blank.
        let typed: String = t
            .rows
            .iter()
            .flat_map(|r| &r.cells)
            .map(|cell| without_invisible(cell).into_owned())
            .collect::<Vec<_>>()
            .join("\0");
        // A name is the official one of the entity the row was resolved to, or what was typed.
        let names = s
            .offers
            .iter()
            .map(|x| (&x.name, &x.id, x.official.map(|(k, _)| k.name)))
            .chain(s.needs.iter().map(|x| (&x.name, &x.id, x.official.map(|(h, _)| h.name))));
        for (name, id, official) in names {
            assert!(
                official == Some(name.as_str()) || name == id || typed.contains(name.as_str()),
                "a name is official or a substring of a cell: {name:?}"
            );
        }
        for p in [PersonalData::LeftOut, PersonalData::Included] {
            let report = FileReport::from_survey(s, p).to_json();
            assert!(serde_json::from_str::<serde_json::Value>(&report).is_ok());
        }
        for lang in Lang::ALL {
            for issue in &s.issues {
                let _ = i18n::issue_line(lang, issue);
            }
        }
    }
    let data = Dataset::from_surveys(&surveys);
    let mode = [Mode::Optimal, Mode::Greedy, Mode::Stable][data.offers.len() % 3];
    if let Ok(r) = run(&data, &Settings { mode, ..Settings::default() }) {
        assert!(r.check().is_ok(), "{:?}", r.check());
        let json = r.to_json();
        let back = Results::from_json(json.as_bytes()).unwrap_or_else(|e| panic!("results read back: {e}"));
        assert_eq!(back.to_json(), json, "results round-trip");
    }
}
