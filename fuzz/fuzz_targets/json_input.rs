#![no_main]
//! Bytes read as the JSON input format and as a mapping preset: never a panic.
use kommunematch::engine::{read_survey, Preset};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut bytes = b"{".to_vec();
    bytes.extend_from_slice(data.strip_prefix(b"{").unwrap_or(data));
    let _ = read_survey("fuzz.json", &bytes, None, &Preset::default());
    if let Ok(p) = Preset::from_json(data) {
        let _ = read_survey("fuzz.csv", b"Kommune,Kompetanse\nBergen,Vann og avl\xc3\xb8p\n", None, &p);
    }
});
