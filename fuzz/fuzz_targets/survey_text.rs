#![no_main]
//! Structure-aware: valid survey fixtures whose cell text is mutated with a dictionary of Unicode edge cases
//! (case mappings that change length, combining marks, zero-width and bidi controls, NUL, 10,000-character
//! names, name suffixes in any case), then read, matched, reported and rendered in three languages. The bytes
//! choose the fixtures, the cells and the mutations (`tests/support/survey_text.rs`, shared with the property
//! tests), so every run reaches the name, suffix, transliteration and tie-detection code.
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/support/survey_text.rs"]
mod survey_text;

fuzz_target!(|data: &[u8]| {
    survey_text::exercise(data);
});
