#![no_main]
//! Bytes loaded as someone else's results JSON (seeded with valid results: a first round, a round with kept
//! and ended partnerships, stable mode with a share and contacts): never a panic; whatever passes the checks
//! is consistent, and saving it and loading it again gives the same results and the same bytes.
use kommunematch::engine::Results;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(r) = Results::from_json(data) {
        assert_eq!(r.objective, r.pairs.iter().map(|p| p.score).sum::<i64>());
        let saved = r.to_json();
        let again = Results::from_json(saved.as_bytes()).expect("saved results load again");
        assert_eq!(again, r, "saving and loading keeps the results");
        assert_eq!(again.to_json(), saved, "and their bytes");
    }
});
