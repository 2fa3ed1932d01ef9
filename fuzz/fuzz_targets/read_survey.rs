#![no_main]
//! Any bytes, read as a survey file of any name: never a panic.
use kommunematch::engine::{read_survey, Preset};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = read_survey("fuzz.csv", data, None, &Preset::default());
});
