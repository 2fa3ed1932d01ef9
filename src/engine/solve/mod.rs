//! The exact solver: a maximum-weight b-matching with capacity groups, as a min-cost flow on integers.
//!
//! Network: source → each left node (capacity its `b`, cost 0) → each right node over every candidate edge
//! (capacity 1, cost −weight) → the right node's group, if any (capacity the node's `b`) → sink (capacity
//! the group's cap, or the node's `b` without a group). Successive shortest paths with Johnson potentials:
//! each round a Dijkstra (stopped as soon as the sink is settled) finds the cheapest augmenting path; the
//! rounds stop when the cheapest path no longer has negative cost, so the flow has the largest total weight
//! of any flow of any size (path costs never decrease). O(F · E log V) for F units of flow.
//!
//! **Unique answers.** Left and right nodes are numbered in a fixed order (the caller sorts them by stable
//! ids), and so are the edges (the caller lists them by left, then right node). Among assignments with the
//! largest total weight, the answer is (1) the one with the largest Σ (L − left) · (R − right) over its
//! edges: the solver maximises `weight · M + (L − left) · (R − right)` for each edge, with `M` larger than
//! any sum of the second terms (when that fits in `i64`; else this step is skipped); then (2) among those
//! still equal, the one that has the first edge in order that any of them has, then the next, and so on.
//! Step 1 separates most ties (two assignments that only swap partners never tie on it) but not all; step
//! 2 (`settle_ties`) is a total order, so the answer never depends on the algorithm's path. Both are
//! checked against brute force, which lists every optimal assignment.
//!
//! **Range.** Weights must keep `(largest weight + 1) · (flow + 2)` below `i64::MAX / 4` (flow: the most
//! edges an assignment can have), so that every sum along a path fits in `i64`; larger weights can overflow.
//! The engine's scores are a few thousand at most (its weights are bounded by the settings' checks), and
//! `tests/engine.rs` solves weights of every size up to that limit against brute force.
//!
//! **Certificate.** [`certificate`] returns dual values (one per left node, right node, group and edge) of
//! the linear program on the perturbed weights; [`Certificate::check`] verifies dual feasibility and that
//! the dual objective equals the primal one, which proves the answer optimal.

mod certificate;
mod forcing;
mod network;
mod problem;
mod sparse;
mod ties;

pub use certificate::{certificate, Certificate};
pub use forcing::{forcing_losses, forcing_losses_in, forcing_losses_observed, Residual};
pub use network::Network;
pub use problem::{cover_bonus, Edge, Problem, Solution};
pub use sparse::{max_weight_b_matching, solve, solve_with, solve_with_first_round, Rounds};

#[cfg(test)]
mod tests {
    #[cfg(not(target_arch = "wasm32"))]
    use super::network::*;
    use super::problem::*;
    use super::sparse::*;
    use super::*;
    #[cfg(not(target_arch = "wasm32"))]
    use std::cmp::Reverse;
    #[cfg(not(target_arch = "wasm32"))]
    use std::collections::BTreeSet;

    #[test]
    fn empty_problem_has_empty_solution() {
        let s = max_weight_b_matching(&Problem::default());
        assert_eq!(s, Solution { chosen: vec![], objective: 0 });
    }

    #[test]
    fn optimum_beats_greedy_when_greedy_blocks() {
        // Greedy takes (0,0)=10 and then nothing for 1; the optimum is (0,1)+(1,0) = 9+9.
        let p = Problem {
            left_caps: vec![1, 1],
            right_caps: vec![1, 1],
            edges: vec![
                Edge { left: 0, right: 0, weight: 10 },
                Edge { left: 0, right: 1, weight: 9 },
                Edge { left: 1, right: 0, weight: 9 },
            ],
            ..Problem::default()
        };
        let (s, net) = solve(&p);
        assert_eq!(s.objective, 18);
        assert_eq!(s.chosen, vec![1, 2]);
        certificate(&p, &net).check(&p, &s).unwrap();
    }

    #[test]
    fn ties_go_to_the_earlier_nodes_paired_together() {
        let e = |left, right| Edge { left, right, weight: 5 };
        let p = Problem {
            left_caps: vec![1, 1],
            right_caps: vec![1, 1],
            edges: vec![e(0, 0), e(0, 1), e(1, 0), e(1, 1)],
            ..Problem::default()
        };
        // Both diagonals total 10; 0–0 with 1–1 wins (2·2 + 1·1 = 5 > 2·1 + 1·2 = 4), whatever the edge order.
        assert_eq!(max_weight_b_matching(&p).chosen, vec![0, 3]);
        let reversed = Problem { edges: p.edges.iter().rev().copied().collect(), ..p.clone() };
        assert_eq!(max_weight_b_matching(&reversed).chosen, vec![0, 3]);
    }

    #[test]
    fn group_caps_limit_a_category() {
        let e = |left, right, weight| Edge { left, right, weight };
        let p = Problem {
            left_caps: vec![2],
            right_caps: vec![1, 1, 1],
            edges: vec![e(0, 0, 10), e(0, 1, 9), e(0, 2, 1)],
            right_group: vec![Some(0), Some(0), Some(1)],
            group_caps: vec![1, 5],
            cover: Vec::new(),
        };
        let (s, net) = solve(&p);
        assert_eq!(s.chosen, vec![0, 2]);
        certificate(&p, &net).check(&p, &s).unwrap();
    }

    #[test]
    fn forcing_loss_is_the_drop_in_the_optimum() {
        let e = |left, right, weight| Edge { left, right, weight };
        let p = Problem {
            left_caps: vec![1, 1],
            right_caps: vec![1, 1],
            edges: vec![e(0, 0, 10), e(0, 1, 9), e(1, 0, 9), e(1, 1, 1)],
            ..Problem::default()
        };
        let (s, net) = solve(&p);
        assert_eq!(s.objective, 18);
        let loss = forcing_losses(&net, &p, &[vec![(0, 10), (1, 9)], vec![(0, 9), (1, 1)]]);
        // Forcing 0–0 (10) leaves 1–1 (1): 11, a loss of 7. Forcing 1–1 (1) leaves 0–0 (10): 11, a loss of 7.
        assert_eq!(loss, vec![vec![Some(7), Some(0)], vec![Some(0), Some(7)]]);
    }

    /// The explanations' progress and answers on one thread (few left nodes) and on two (natively, 64 or
    /// more): every loss is the drop of the optimum when the pair is forced in; ticks never go back, never pass
    /// the number of left nodes, end on it, and come all along (not only at the start).
    #[test]
    fn forcing_losses_report_their_progress() {
        for nl in [40usize, 100] {
            let nr = 30;
            let edges: Vec<Edge> = (0..nl)
                .flat_map(|i| {
                    (0..3).map(move |k| Edge {
                        left: i,
                        right: (i * 7 + k * 11) % nr,
                        weight: 5 + ((i * 13 + k * 5) % 40) as i64,
                    })
                })
                .collect();
            let p =
                Problem { left_caps: vec![1; nl], right_caps: vec![2; nr], edges: edges.clone(), ..Problem::default() };
            let (_, net) = solve(&p);
            let targets: Vec<Vec<(usize, i64)>> =
                (0..nl).map(|i| edges.iter().filter(|e| e.left == i).map(|e| (e.right, e.weight)).collect()).collect();
            let mut ticks = Vec::new();
            let losses = forcing_losses_observed(&net, &p, &targets, &mut |done| ticks.push(done));
            // Each loss against its definition: the optimum minus the best total that has the pair (the pair
            // forced in by a bonus larger than every total). With 100 left nodes natively, the two threads'
            // halves are checked too.
            let optimum = solve(&p).0.objective;
            let big: i64 = edges.iter().map(|e| e.weight).sum::<i64>() + 1;
            for (i, row) in targets.iter().enumerate() {
                for (&(j, _), loss) in row.iter().zip(&losses[i]) {
                    let mut forced = p.clone();
                    for e in forced.edges.iter_mut().filter(|e| e.left == i && e.right == j) {
                        e.weight += big;
                    }
                    let with_pair = solve(&forced).0.objective - big;
                    assert_eq!(*loss, Some(optimum - with_pair), "{nl}: {i}–{j}");
                }
            }
            assert!(ticks.windows(2).all(|w| w[0] <= w[1]), "{ticks:?}");
            assert!(ticks.iter().all(|&t| t <= nl), "{ticks:?}");
            assert_eq!(ticks.last(), Some(&nl));
            // Ticks all along: on one thread one past half the work before the end; on two (natively), the
            // calling thread's last tick of its half (every 16) at least.
            let threaded = cfg!(not(target_arch = "wasm32")) && nl >= 64;
            let past = if threaded { nl / 2 - 16 } else { nl / 2 };
            assert!(ticks.iter().any(|&t| t >= past && t < nl), "{nl}: {ticks:?}");
        }
    }

    /// Covering never gives a community with no room a partner (the bonus is for a first partner it can take):
    /// community 0 wants none (its wants used up, say, by kept partnerships), so the municipality goes to 1.
    #[test]
    fn covering_skips_a_community_with_no_room() {
        let e = |left, right, weight| Edge { left, right, weight };
        let p = Problem {
            left_caps: vec![1],
            right_caps: vec![0, 1],
            edges: vec![e(0, 0, 10), e(0, 1, 1)],
            cover: vec![true, true],
            ..Problem::default()
        };
        let s = max_weight_b_matching(&p);
        assert_eq!((s.chosen, s.objective), (vec![1], 1));
    }

    /// Covering: the total alone takes 0–0, 1–0 and 0–1 (64 points, two communities reached: community 0
    /// wants two partners); covering gives up 1–0 for 1–2 and reaches all three (39 points).
    #[test]
    fn coverage_first_reaches_more_communities() {
        let e = |left, right, weight| Edge { left, right, weight };
        let p = Problem {
            left_caps: vec![2, 1],
            right_caps: vec![2, 1, 1],
            edges: vec![e(0, 0, 30), e(1, 0, 29), e(0, 1, 5), e(1, 2, 4)],
            ..Problem::default()
        };
        assert_eq!(max_weight_b_matching(&p).objective, 64);
        let covered = Problem { cover: vec![true; 3], ..p.clone() };
        let s = max_weight_b_matching(&covered);
        // 0–0 (30), 0–1 (5), 1–2 (4): all three reached, 39 points.
        assert_eq!((s.chosen.clone(), s.objective), (vec![0, 2, 3], 39));
    }

    /// The value the solver maximises: the total, plus the bonus for each covered right node when covering.
    #[cfg(not(target_arch = "wasm32"))]
    fn value(p: &Problem, chosen: &[usize]) -> (usize, i64) {
        let covered: BTreeSet<usize> =
            chosen.iter().map(|&k| p.edges[k].right).filter(|&j| p.cover.get(j) == Some(&true)).collect();
        (covered.len(), chosen.iter().map(|&k| p.edges[k].weight).sum())
    }

    /// The best (covered, total) of any feasible assignment, lexicographically (covered only counts when
    /// covering), that contains `must` if given: brute force over every subset of edges. `None`: none feasible.
    #[cfg(not(target_arch = "wasm32"))]
    fn brute_best(p: &Problem, must: Option<usize>) -> Option<(usize, i64)> {
        let m = p.edges.len();
        (0u32..1 << m)
            .filter(|set| must.is_none_or(|k| set & (1 << k) != 0))
            .filter(|&set| {
                let (mut l, mut r, mut g) =
                    (vec![0u32; p.left_caps.len()], vec![0u32; p.right_caps.len()], vec![0u32; p.group_caps.len()]);
                for (k, e) in p.edges.iter().enumerate().filter(|(k, _)| set & (1 << k) != 0) {
                    l[e.left] += 1;
                    r[e.right] += 1;
                    if let Some(x) = p.right_group.get(e.right).copied().flatten() {
                        g[x] += 1;
                    }
                    if e.weight <= 0 || k >= 32 {
                        return false;
                    }
                }
                l.iter().zip(&p.left_caps).all(|(a, b)| a <= b)
                    && r.iter().zip(&p.right_caps).all(|(a, b)| a <= b)
                    && g.iter().zip(&p.group_caps).all(|(a, b)| a <= b)
            })
            .map(|set| value(p, &(0..m).filter(|k| set & (1 << k) != 0).collect::<Vec<_>>()))
            .max()
    }

    /// The most right nodes that can each get one edge: a maximum flow (augmenting paths by depth-first
    /// search) on source → left (its capacity) → right (each edge, 1) → group (1 per node) → sink (the group's
    /// capacity). Independent of the solver: no costs, no potentials.
    #[cfg(not(target_arch = "wasm32"))]
    fn max_cover(p: &Problem) -> usize {
        let (nl, nr, ng) = (p.left_caps.len(), p.right_caps.len(), p.group_caps.len());
        let n = 2 + nl + nr + ng;
        let (s, t) = (0, n - 1);
        let mut cap = vec![vec![0i64; n]; n];
        for (i, &c) in p.left_caps.iter().enumerate() {
            cap[s][1 + i] = i64::from(c);
        }
        for e in p.edges.iter().filter(|e| e.weight > 0) {
            cap[1 + e.left][1 + nl + e.right] = 1;
        }
        for j in 0..nr {
            match p.right_group.get(j).copied().flatten() {
                Some(g) if g < ng => cap[1 + nl + j][1 + nl + nr + g] = 1,
                _ => cap[1 + nl + j][t] = 1,
            }
        }
        for (g, &c) in p.group_caps.iter().enumerate() {
            cap[1 + nl + nr + g][t] = i64::from(c);
        }
        let mut flow = 0;
        loop {
            let mut prev = vec![usize::MAX; n];
            let mut stack = vec![s];
            prev[s] = s;
            while let Some(u) = stack.pop() {
                for v in 0..n {
                    if prev[v] == usize::MAX && cap[u][v] > 0 {
                        prev[v] = u;
                        stack.push(v);
                    }
                }
            }
            if prev[t] == usize::MAX {
                return flow;
            }
            let mut v = t;
            while v != s {
                let u = prev[v];
                cap[u][v] -= 1;
                cap[v][u] += 1;
                v = u;
            }
            flow += 1;
        }
    }

    /// Edges from generated (left, right, weight) triples: nodes taken modulo the counts, the first of each
    /// pair kept.
    #[cfg(not(target_arch = "wasm32"))]
    fn distinct_edges(raw: Vec<(usize, usize, i64)>, nl: usize, nr: usize) -> Vec<Edge> {
        let mut edges: Vec<Edge> = Vec::new();
        for (l, r, weight) in raw {
            let (left, right) = (l % nl, r % nr);
            if !edges.iter().any(|e| e.left == left && e.right == right) {
                edges.push(Edge { left, right, weight });
            }
        }
        edges
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]
        /// `feasible_potentials` keeps its contract on every solved network: no residual arc (the free arc
        /// from sink to source included, and its reverse while flow runs) has a negative reduced cost. The
        /// check is made here, arc by arc, from the network itself.
        #[test]
        fn the_potentials_are_feasible_for_every_residual_arc(
            left_caps in proptest::collection::vec(0u32..=2, 1..=3),
            right_caps in proptest::collection::vec(0u32..=2, 1..=4),
            raw in proptest::collection::vec((0usize..3, 0usize..4, 1i64..=4), 1..=10),
        ) {
            let edges = distinct_edges(raw, left_caps.len(), right_caps.len());
            let p = Problem { left_caps, right_caps, edges, ..Problem::default() };
            let (_, net) = solve(&p);
            // From a start that is not feasible (all zero): the function must do the work itself.
            for start in [net.pot.clone(), vec![0; net.adj.len()]] {
                let pt = feasible_potentials(&net, start, |k| net.arcs[k].cost);
                for (u, list) in net.adj.iter().enumerate() {
                    for &k in list.iter().filter(|&&k| net.arcs[k].cap > 0) {
                        let a = &net.arcs[k];
                        proptest::prop_assert!(a.cost + pt[u] - pt[a.to] >= 0, "arc {} → {} of {:?}", u, a.to, p);
                    }
                }
                let (s, t) = (net.source, net.sink);
                let flow: i64 = net.adj[s].iter().map(|&k| net.arcs[k ^ 1].cap).sum();
                proptest::prop_assert!(pt[s] <= pt[t], "sink → source");
                proptest::prop_assert!(flow == 0 || pt[t] <= pt[s], "source → sink while {} units flow", flow);
            }
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(500))]
        /// The first round's edges are, for every node, its best `keep(b)` by weight then order: the one-pass
        /// lists against each node's edges sorted (weights with many ties, unused and out-of-range edges,
        /// a `keep` of 0 included).
        #[test]
        fn the_first_round_keeps_each_nodes_best_edges(
            left_caps in proptest::collection::vec(0u32..=3, 1..=5),
            right_caps in proptest::collection::vec(0u32..=3, 1..=6),
            raw in proptest::collection::vec((0usize..6, 0usize..7, -2i64..=6), 0..=40),
            small in proptest::bool::ANY,
        ) {
            let edges: Vec<Edge> = raw.into_iter().map(|(left, right, weight)| Edge { left, right, weight }).collect();
            let p = Problem { left_caps, right_caps, edges, ..Problem::default() };
            let weights = solver_weights(&p);
            let keep: fn(u32) -> usize = if small { |b| b as usize } else { FIRST_ROUND };
            let mut expected = vec![false; p.edges.len()];
            let (nl, nr) = (p.left_caps.len(), p.right_caps.len());
            for v in 0..nl + nr {
                let (cap, mine): (u32, Vec<usize>) = if v < nl {
                    (p.left_caps[v], (0..p.edges.len()).filter(|&k| weights[k] > 0 && p.edges[k].left == v).collect())
                } else {
                    (p.right_caps[v - nl], (0..p.edges.len()).filter(|&k| weights[k] > 0 && p.edges[k].right == v - nl).collect())
                };
                let mut mine = mine;
                mine.sort_by_key(|&k| (Reverse(weights[k]), k));
                for &k in mine.iter().take(keep(cap)) {
                    expected[k] = true;
                }
            }
            proptest::prop_assert_eq!(initial_active(&p, &weights, keep), expected, "{:?}", p);
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(400))]
        /// The solver's answer is the brute force's best (covered, total); when covering, the number reached
        /// is the maximum flow with unit demands; and the loss of forcing each edge equals the optimum minus
        /// the best assignment containing it (bonus included when covering), found by brute force: oracles
        /// that share nothing with the solver or the searches.
        #[test]
        fn solves_and_forcing_losses_match_brute_force(
            left_caps in proptest::collection::vec(1u32..=3, 1..=3),
            right_caps in proptest::collection::vec(1u32..=3, 1..=4),
            raw in proptest::collection::vec((0usize..3, 0usize..4, 1i64..=30), 1..=10),
            groups in proptest::option::of((proptest::collection::vec(proptest::option::of(0usize..2), 4), 0u32..=3, 0u32..=3)),
            cover in proptest::option::of(proptest::collection::vec(proptest::bool::weighted(0.8), 4)),
        ) {
            let edges = distinct_edges(raw, left_caps.len(), right_caps.len());
            let (right_group, group_caps) = match groups {
                Some((g, a, b)) => (g[..right_caps.len()].to_vec(), vec![a, b]),
                None => (Vec::new(), Vec::new()),
            };
            let cover = cover.map(|c| c[..right_caps.len()].to_vec()).unwrap_or_default();
            let p = Problem { left_caps, right_caps, edges, right_group, group_caps, cover };
            let (sol, net) = solve(&p);
            let got = value(&p, &sol.chosen);
            proptest::prop_assert_eq!(Some(got), brute_best(&p, None), "the optimum of {:?}", p);
            if !p.cover.is_empty() && p.cover.iter().all(|&c| c) {
                proptest::prop_assert_eq!(got.0, max_cover(&p), "reached, by maximum flow");
            }
            let bonus = if p.cover.is_empty() { 0 } else { cover_bonus(&p) };
            let full = |(c, w): (usize, i64)| c as i64 * bonus + w;
            let mut targets: Vec<Vec<(usize, i64)>> = vec![Vec::new(); p.left_caps.len()];
            for e in &p.edges {
                targets[e.left].push((e.right, e.weight));
            }
            let losses = forcing_losses(&net, &p, &targets);
            for (i, row) in losses.iter().enumerate() {
                for (&(j, _), loss) in targets[i].iter().zip(row) {
                    let k = p.edges.iter().position(|e| e.left == i && e.right == j).unwrap();
                    let expected = brute_best(&p, Some(k)).map(|with| full(got) - full(with));
                    proptest::prop_assert_eq!(*loss, expected, "edge {}–{} of {:?}", i, j, p);
                }
            }
        }
    }
}
