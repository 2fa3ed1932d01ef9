//! Compiles `src/engine/taxonomy.csv` and the gazetteer's lists (`src/engine/gazetteer/*.csv`) into static
//! tables, so malformed data is a build error, never a run-time one; and lists the interface's messages
//! (`locales/en.ftl`) with their variables, so that `key!` checks a message exists when the program is compiled.
use std::{env, fs, path::Path};

/// The engine's folding and transliteration, the very code the look-ups use on what respondents wrote: the
/// gazetteer's name keys are made with it here, once, not on the first look-up of every run.
#[path = "src/engine/text.rs"]
#[allow(dead_code)]
mod text;

/// The Fluent files' messages, read as the page's own check reads them.
#[path = "src/app/ftl.rs"]
mod ftl;

fn main() {
    message_keys();
    let src = "src/engine/taxonomy.csv";
    println!("cargo:rerun-if-changed={src}");
    println!("cargo:rerun-if-changed=src/engine/text.rs");
    let mut reader = csv::Reader::from_path(src).unwrap_or_else(|e| panic!("{src}: {e}"));
    let mut out =
        String::from("/// The areas of competence and need, in taxonomy order.\npub static AREAS: &[Area] = &[\n");
    let mut codes = std::collections::BTreeSet::new();
    for (i, rec) in reader.records().enumerate() {
        let rec = rec.unwrap_or_else(|e| panic!("{src}: row {}: {e}", i + 2));
        let f = |n: usize| {
            rec.get(n).unwrap_or_else(|| panic!("{src}: row {}: missing column {n}", i + 2)).trim().to_string()
        };
        let (code, group, en, nb, uk, zone, horizon, nn) = (f(0), f(1), f(2), f(3), f(4), f(5), f(6), f(7));
        assert!(i < 64, "{src}: at most 64 areas (scoring keeps them in a 64-bit set)");
        assert!(codes.insert(code.clone()), "{src}: duplicate code {code}");
        let zone = match zone.as_str() {
            "W" => "Zone::War",
            "O" => "Zone::Outside",
            "B" => "Zone::Both",
            z => panic!("{src}: row {}: zone {z:?} is not W, O or B", i + 2),
        };
        let (short, long) = (horizon.contains('S'), horizon.contains('L'));
        assert!(short || long, "{src}: row {}: horizon {horizon:?} has neither S nor L", i + 2);
        out.push_str(&format!(
            "    Area {{ index: {i}, code: {code:?}, group: {group:?}, en: {en:?}, nb: {nb:?}, uk: {uk:?}, nn: {nn:?}, zone: {zone}, short_term: {short}, long_term: {long} }},\n"
        ));
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("taxonomy.rs");
    fs::write(dest, out).expect("write taxonomy.rs");
    gazetteer();
}

/// An index's keys with the positions they name: sorted by key, then position.
type Keys = std::collections::BTreeSet<(String, usize)>;

/// Reads a CSV file's rows as maps from header to value.
fn rows(path: &str) -> Vec<std::collections::BTreeMap<String, String>> {
    println!("cargo:rerun-if-changed={path}");
    let mut reader = csv::Reader::from_path(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let headers = reader.headers().unwrap_or_else(|e| panic!("{path}: {e}")).clone();
    reader
        .records()
        .enumerate()
        .map(|(i, rec)| {
            let rec = rec.unwrap_or_else(|e| panic!("{path}: row {}: {e}", i + 2));
            headers.iter().zip(rec.iter()).map(|(h, v)| (h.to_string(), v.trim().to_string())).collect()
        })
        .collect()
}

fn get<'a>(path: &str, i: usize, row: &'a std::collections::BTreeMap<String, String>, k: &str) -> &'a str {
    row.get(k).unwrap_or_else(|| panic!("{path}: row {}: no column {k}", i + 2))
}

/// Coordinates as written, checked to be numbers in range; `lat_range` and `lon_range` bound the country.
fn coord(path: &str, i: usize, v: &str, range: (f64, f64)) -> String {
    let x: f64 = v.parse().unwrap_or_else(|_| panic!("{path}: row {}: {v:?} is not a coordinate", i + 2));
    assert!(x >= range.0 && x <= range.1, "{path}: row {}: {x} outside {range:?}", i + 2);
    format!("{x:.4}_f32")
}

fn gazetteer() {
    let dir = "src/engine/gazetteer";
    let mut out = String::new();

    let parallel_path = format!("{dir}/no_parallel_names.csv");
    let mut parallel: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for (i, r) in rows(&parallel_path).iter().enumerate() {
        let names = get(&parallel_path, i, r, "other_names").split(';').map(|n| n.trim().to_string()).collect();
        parallel.insert(get(&parallel_path, i, r, "kommunenummer").to_string(), names);
    }
    let path = format!("{dir}/no_kommuner_2025.csv");
    let list = rows(&path);
    assert_eq!(list.len(), 357, "{path}: Norway has 357 municipalities");
    let mut numbers = std::collections::BTreeSet::new();
    // The look-up's exact tiers: (key, position) sorted, each pair once, empty keys left out.
    let (mut k_name, mut k_centre) = (Keys::new(), Keys::new());
    out.push_str("/// Every Norwegian municipality, by kommunenummer.\npub static KOMMUNER: &[Kommune] = &[\n");
    for (i, r) in list.iter().enumerate() {
        let f = |k: &str| get(&path, i, r, k);
        let number = f("kommunenummer");
        assert!(number.len() == 4 && number.chars().all(|c| c.is_ascii_digit()), "{path}: row {}: {number}", i + 2);
        assert!(numbers.insert(number.to_string()), "{path}: {number} twice");
        let population: u32 = f("population").parse().unwrap_or_else(|_| panic!("{path}: row {}: population", i + 2));
        let other = parallel.remove(number).unwrap_or_default();
        for n in std::iter::once(f("name")).chain(other.iter().map(String::as_str)) {
            k_name.insert((text::fold(n), i));
        }
        k_centre.insert((text::fold(f("adm_center")), i));
        out.push_str(&format!(
            "    Kommune {{ number: {:?}, name: {:?}, county: {:?}, centre: {:?}, population: {population}, lat: {}, lon: {}, other_names: &{:?}, written: Written::{} }},\n",
            number, f("name"), f("county"), f("adm_center"),
            coord(&path, i, f("lat"), (57.5, 71.5)), coord(&path, i, f("lon"), (4.0, 31.5)), other
            , match f("language_form") {
                "Bokmål" => "Bokmal",
                "Nynorsk" => "Nynorsk",
                "Nøytral" => "Neutral",
                x => panic!("{path}: row {}: language_form {x:?} is not Bokmål, Nynorsk or Nøytral", i + 2),
            }
        ));
    }
    out.push_str("];\n");
    assert!(parallel.is_empty(), "{parallel_path}: numbers not in the list: {:?}", parallel.keys());

    let oblast_path = format!("{dir}/ua_oblast_names.csv");
    let mut oblast_names: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for (i, r) in rows(&oblast_path).iter().enumerate() {
        let names = get(&oblast_path, i, r, "other_names").split(';').map(|n| n.trim().to_string()).collect();
        oblast_names.insert(get(&oblast_path, i, r, "oblast").to_string(), names);
    }
    let path = format!("{dir}/ua_hromady_2022.csv");
    let list = rows(&path);
    assert_eq!(list.len(), 1469, "{path}: Ukraine has 1,469 hromady");
    let mut codes = std::collections::BTreeSet::new();
    let mut oblasts = std::collections::BTreeSet::new();
    let (mut h_name, mut h_latin, mut h_centre) = (Keys::new(), Keys::new(), Keys::new());
    out.push_str("/// Every Ukrainian territorial community, by KATOTTG code.\npub static HROMADY: &[Hromada] = &[\n");
    for (i, r) in list.iter().enumerate() {
        let f = |k: &str| get(&path, i, r, k);
        let code = f("katottg");
        assert!(
            code.len() == 19 && code.starts_with("UA") && code[2..].chars().all(|c| c.is_ascii_digit()),
            "{path}: row {}: {code}",
            i + 2
        );
        assert!(codes.insert(code.to_string()), "{path}: {code} twice");
        let kind = match f("type") {
            "міська" => "Kind::Urban",
            "селищна" => "Kind::Settlement",
            "сільська" => "Kind::Rural",
            t => panic!("{path}: row {}: type {t:?}", i + 2),
        };
        let war = match f("war_status_2022_09") {
            "not occupied" => "WarStatus2022::NotOccupied",
            "not occupied, in the war zone" => "WarStatus2022::WarZone",
            "deoccupied" => "WarStatus2022::Deoccupied",
            "occupied" => "WarStatus2022::Occupied",
            t => panic!("{path}: row {}: war status {t:?}", i + 2),
        };
        let population: u32 =
            f("population_2022").parse().unwrap_or_else(|_| panic!("{path}: row {}: population", i + 2));
        oblasts.insert(f("oblast").to_string());
        let (name, centre) = (text::fold(f("name")), text::fold(f("centre")));
        h_latin.insert((text::latinize(&name), i));
        h_name.insert((name, i));
        h_centre.insert((text::latinize(&centre), i));
        h_centre.insert((centre, i));
        out.push_str(&format!(
            "    Hromada {{ code: {:?}, name: {:?}, kind: {kind}, raion: {:?}, oblast: {:?}, centre: {:?}, lat: {}, lon: {}, population: {population}, war_status: {war} }},\n",
            code, f("name"), f("raion"), f("oblast"), f("centre"),
            coord(&path, i, f("lat"), (44.0, 52.5)), coord(&path, i, f("lon"), (22.0, 40.5))
        ));
    }
    out.push_str("];\n");
    assert_eq!(oblasts.len(), 24, "{path}: 24 oblasts");
    out.push_str("/// Each oblast with the names it is written by in Latin letters.\npub static OBLASTS: &[(&str, &[&str])] = &[\n");
    for o in &oblasts {
        let names = oblast_names.remove(o).unwrap_or_else(|| panic!("{oblast_path}: no row for {o}"));
        out.push_str(&format!("    ({o:?}, &{names:?}),\n"));
    }
    out.push_str("];\n");
    assert!(oblast_names.is_empty(), "{oblast_path}: not oblasts of the list: {:?}", oblast_names.keys());
    for (name, keys) in [
        ("KOMMUNE_NAMES", k_name),
        ("KOMMUNE_CENTRES", k_centre),
        ("HROMADA_NAMES", h_name),
        ("HROMADA_LATIN", h_latin),
        ("HROMADA_CENTRES", h_centre),
    ] {
        out.push_str(&format!(
            "/// Folded keys and the positions they name, sorted (natively; the browser makes them).\n#[cfg(not(target_arch = \"wasm32\"))]\npub(super) static {name}: &[(&str, u16)] = &[\n"
        ));
        for (key, i) in keys.iter().filter(|(key, _)| !key.is_empty()) {
            out.push_str(&format!("    ({key:?}, {i}),\n"));
        }
        out.push_str("];\n");
    }
    let dest = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("gazetteer.rs");
    fs::write(dest, out).expect("write gazetteer.rs");
}

/// The ids of `locales/en.ftl`'s messages, in order, as the page's keys (`step-load` is `step.load`), and the
/// variables of each in the order of their first use in English (the order `tf`'s arguments take).
fn message_keys() {
    let src = "locales/en.ftl";
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=src/app/ftl.rs");
    let text = fs::read_to_string(src).unwrap_or_else(|e| panic!("{src}: {e}"));
    let messages = ftl::messages(&text).unwrap_or_else(|e| panic!("{src}: {}", e.join("; ")));
    let mut out = String::from(
        "/// Every message of the interface: its key, and its variables in English order.\npub const KEYS: &[(&str, &[&str])] = &[\n",
    );
    for m in messages {
        out.push_str(&format!("    ({:?}, &{:?}),\n", m.id.replace('-', "."), m.variables));
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("message_keys.rs");
    fs::write(&dest, out).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
}
