//! Engine integration tests (native): the example data against its stored results, determinism, and the
//! exact solver against a brute-force oracle.
#![cfg(not(target_arch = "wasm32"))]

use kommunematch::engine::solve::{max_weight_b_matching, Edge, Problem};
use kommunematch::engine::{example_inputs, match_inputs, Preset, Settings};
use proptest::prelude::*;

const GOLDEN: &str = "tests/golden/example-results.json";

/// The example data gives the stored results byte for byte. The browser test checks the same file, so the
/// CLI and the browser agree. Set UPDATE_GOLDEN=1 to rewrite it after an intended change (and say why in
/// the commit: the results JSON is a shared format).
#[test]
fn example_results_match_the_stored_results() {
    let json = match_inputs(&example_inputs(), &Preset::default(), &Settings::default())
        .expect("example data matches")
        .to_json();
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(GOLDEN, &json).expect("write golden");
    }
    let stored = std::fs::read_to_string(GOLDEN).expect("golden file");
    assert!(json == stored, "results differ from {GOLDEN}; run with UPDATE_GOLDEN=1 if the change is intended");
}

#[test]
fn file_order_does_not_change_the_pairs() {
    let mut inputs = example_inputs();
    let a = match_inputs(&inputs, &Preset::default(), &Settings::default()).expect("a");
    inputs.reverse();
    let b = match_inputs(&inputs, &Preset::default(), &Settings::default()).expect("b");
    assert_eq!(a.pairs, b.pairs);
    assert_eq!(a.objective, b.objective);
}

/// Every feasible selection of edges, by brute force: the best total weight.
fn brute_force(p: &Problem) -> i64 {
    let m = p.edges.len();
    let mut best = 0;
    for mask in 0u32..(1 << m) {
        let mut lc = vec![0u32; p.left_caps.len()];
        let mut rc = vec![0u32; p.right_caps.len()];
        let mut total = 0;
        let mut ok = true;
        for (k, e) in p.edges.iter().enumerate() {
            if mask & (1 << k) != 0 {
                lc[e.left] += 1;
                rc[e.right] += 1;
                total += e.weight;
                ok &= lc[e.left] <= p.left_caps[e.left] && rc[e.right] <= p.right_caps[e.right];
            }
        }
        if ok {
            best = best.max(total);
        }
    }
    best
}

fn problems() -> impl Strategy<Value = Problem> {
    (1usize..4, 1usize..5).prop_flat_map(|(nl, nr)| {
        let pairs: Vec<(usize, usize)> = (0..nl).flat_map(|l| (0..nr).map(move |r| (l, r))).collect();
        (
            prop::collection::vec(0u32..3, nl),
            prop::collection::vec(0u32..3, nr),
            prop::collection::vec(prop::option::of(1i64..50), pairs.len()),
        )
            .prop_map(move |(left_caps, right_caps, weights)| Problem {
                left_caps,
                right_caps,
                edges: pairs
                    .iter()
                    .zip(weights)
                    .filter_map(|(&(left, right), w)| w.map(|weight| Edge { left, right, weight }))
                    .collect(),
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// The solver's total equals the brute-force optimum, and its answer is feasible.
    #[test]
    fn solver_is_optimal_against_brute_force(p in problems()) {
        let s = max_weight_b_matching(&p);
        prop_assert_eq!(s.objective, brute_force(&p));
        let mut lc = vec![0u32; p.left_caps.len()];
        let mut rc = vec![0u32; p.right_caps.len()];
        for &k in &s.chosen {
            lc[p.edges[k].left] += 1;
            rc[p.edges[k].right] += 1;
        }
        prop_assert!(lc.iter().zip(&p.left_caps).all(|(u, c)| u <= c));
        prop_assert!(rc.iter().zip(&p.right_caps).all(|(u, c)| u <= c));
        prop_assert_eq!(s.clone(), max_weight_b_matching(&p), "same input, same answer");
    }
}
