#![no_main]
//! Bytes loaded as someone else's results JSON: never a panic; whatever passes the checks is consistent.
use kommunematch::engine::Results;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(r) = Results::from_json(data) {
        assert_eq!(r.objective, r.pairs.iter().map(|p| p.score).sum::<i64>());
        assert!(r.check().is_ok());
    }
});
