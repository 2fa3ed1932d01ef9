//! How much of a long list to draw in each task (the results table's rows, the map's lines and points, the
//! unmatched lists): as many items as fit in [`TASK_BUDGET_MS`], judged by how long the step before took on
//! this machine, from its start to the next step's (its drawing, and its layout where the list lays out its
//! step at once, as the pairs table does), so that a slow first drawing (code the browser has not optimised
//! yet, a slow computer) and a fast one both keep every task on the page's thread well under 50 ms.

/// The time one step aims at: two thirds of the 50 ms that make a task long, leaving room for what the step's
/// measure leaves out (a garbage collection, the paint of a frame, code the browser has not optimised yet);
/// the budget's choice is measured with `bench/cold.mjs` and `bench/browser.mjs` (docs/benchmarks.md).
pub const TASK_BUDGET_MS: f64 = 32.0;

/// The size of the next step of a list drawn in steps: `last` items took `took_ms` (measured from the step's
/// start to the end of its drawing); `usual` is the list's usual step. The answer keeps the rate of the step
/// before within the budget, between an eighth of the usual step (at least 8 items: the list always
/// progresses) and twice it (a fast step does not make the next one huge). With nothing timed (`last` 0, or a
/// time that is not a number) it is the smallest; a step the clock saw take no time doubles.
pub fn next_step(last: usize, took_ms: f64, usual: usize) -> usize {
    let (low, high) = ((usual / 8).max(8), usual.saturating_mul(2).max(8));
    // Nothing timed yet: the smallest step. Timed too fast for the clock: twice the last.
    if last == 0 || !took_ms.is_finite() {
        return low;
    }
    if took_ms <= 0.0 {
        return last.saturating_mul(2).clamp(low, high);
    }
    let fits = (last as f64 * TASK_BUDGET_MS / took_ms).floor();
    // `as` saturates on floats: an absurd measure gives the bound, never a wrapped number.
    (fits as usize).clamp(low, high)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slow_step_makes_the_next_smaller_and_a_fast_one_larger() {
        // 150 rows in 75 ms: 2 rows a ms, 64 rows fit in 32 ms.
        assert_eq!(next_step(150, 75.0, 150), 64);
        // 150 rows in 5 ms: 960 would fit, twice the usual step at most.
        assert_eq!(next_step(150, 5.0, 150), 300);
        // Exactly on budget: the same again.
        assert_eq!(next_step(150, TASK_BUDGET_MS, 150), 150);
        // Far too slow: an eighth of the usual step, and never fewer than 8 items.
        assert_eq!(next_step(150, 5000.0, 150), 18);
        assert_eq!(next_step(10, 5000.0, 20), 8);
    }

    #[test]
    fn without_a_measure_the_smallest_step_and_after_no_time_twice_the_last() {
        // Nothing drawn yet, or a time that is not a number: an eighth of the usual step.
        for took in [f64::NAN, f64::INFINITY] {
            assert_eq!(next_step(150, took, 150), 18, "{took}");
        }
        assert_eq!(next_step(0, 12.0, 150), 18);
        // Faster than the clock: twice the last step, within the bounds.
        for took in [0.0, -3.0] {
            assert_eq!(next_step(100, took, 150), 200, "{took}");
            assert_eq!(next_step(200, took, 150), 300, "{took}");
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// Always within its bounds, and never larger after a slower step.
        #[test]
        fn the_step_is_bounded_and_shrinks_as_steps_slow(
            last in 0usize..5000, took in 0.01f64..10_000.0, more in 0.0f64..1000.0, usual in 0usize..2000,
        ) {
            let (low, high) = ((usual / 8).max(8), (usual * 2).max(8));
            let next = next_step(last, took, usual);
            proptest::prop_assert!((low..=high).contains(&next), "{next} not in {low}..={high}");
            proptest::prop_assert!(next_step(last, took + more, usual) <= next);
        }
    }
}
