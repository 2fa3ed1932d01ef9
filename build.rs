//! Compiles `src/engine/taxonomy.csv` into a static table, so a malformed taxonomy is a build error,
//! never a run-time one.
use std::{env, fs, path::Path};

fn main() {
    let src = "src/engine/taxonomy.csv";
    println!("cargo:rerun-if-changed={src}");
    let mut reader = csv::Reader::from_path(src).unwrap_or_else(|e| panic!("{src}: {e}"));
    let mut out =
        String::from("/// The areas of competence and need, in taxonomy order.\npub static AREAS: &[Area] = &[\n");
    let mut codes = std::collections::BTreeSet::new();
    for (i, rec) in reader.records().enumerate() {
        let rec = rec.unwrap_or_else(|e| panic!("{src}: row {}: {e}", i + 2));
        let f = |n: usize| {
            rec.get(n).unwrap_or_else(|| panic!("{src}: row {}: missing column {n}", i + 2)).trim().to_string()
        };
        let (code, group, en, nb, uk, zone, horizon) = (f(0), f(1), f(2), f(3), f(4), f(5), f(6));
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
            "    Area {{ index: {i}, code: {code:?}, group: {group:?}, en: {en:?}, nb: {nb:?}, uk: {uk:?}, zone: {zone}, short_term: {short}, long_term: {long} }},\n"
        ));
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("taxonomy.rs");
    fs::write(dest, out).expect("write taxonomy.rs");
}
