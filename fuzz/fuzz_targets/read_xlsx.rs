#![no_main]
//! Bytes read as a spreadsheet (the zip signature forced, so every run reaches the spreadsheet reader):
//! never a panic.
use kommunematch::engine::{read_survey, Preset};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut bytes = b"PK\x03\x04".to_vec();
    bytes.extend_from_slice(data.strip_prefix(b"PK\x03\x04").unwrap_or(data));
    let _ = read_survey("fuzz.xlsx", &bytes, None, &Preset::default());
});
