//! The solve: a sparse first round (each municipality's best edges), completed by a dual check that brings
//! in every edge that could still improve the answer or tie with it, then the ties settled.

use super::network::*;
use super::problem::*;
use super::ties::settle_ties;

/// Brings edges `new` into a solved network (its flow optimal for the edges it has, `pot` feasible potentials
/// of its residual network with the free sink → source arc) and makes the flow optimal again without solving
/// from the start: each new edge whose reduced cost is negative is filled (its right node gets a unit too
/// many, its left node gives one too many), then each such unit goes along a shortest residual path from a
/// node with a unit too many to one with a unit too few (Dijkstra on reduced costs from all of the first at
/// once), the potentials moving by the distances found so that every reduced cost stays non-negative:
/// successive shortest paths with imbalances. Leaves the potentials in `net.pot`.
pub(super) fn bring_in(net: &mut Network, p: &Problem, weights: &[i64], new: &[usize], mut pot: Vec<i64>) {
    let (s, t) = (net.source, net.sink);
    let flow: i64 = net.adj[s].iter().map(|&k| net.arcs[k ^ 1].cap).sum();
    let mut excess = vec![0i64; net.adj.len()];
    for &k in new {
        let (a, b) = (net.left(p.edges[k].left), net.right(p.edges[k].right));
        let arc = net.add(a, b, 1, -weights[k]);
        net.edge_arc[k] = arc;
        if -weights[k] + pot[a] - pot[b] < 0 {
            net.arcs[arc].cap = 0;
            net.arcs[arc ^ 1].cap = 1;
            excess[b] += 1;
            excess[a] -= 1;
        }
    }
    // The free arc sink → source, carrying the flow's size (its reverse can take that much back): a path
    // may change how many units are used. Taken away at the end.
    let free = net.add(t, s, i64::MAX / 4, 0);
    net.arcs[free ^ 1].cap = flow;
    let mut paths = Paths::new(net.adj.len());
    let mut left: i64 = excess.iter().filter(|&&x| x > 0).sum();
    while left > 0 {
        let sources = excess.iter().enumerate().filter(|&(_, &x)| x > 0).map(|(v, _)| v);
        // Always found: a unit can at least go back along the edge that brought it.
        let Some(z) = paths.search(net, &pot, sources, |_| true, |u| excess[u] < 0) else { break };
        paths.move_potentials(&mut pot, z);
        let from = paths.augment(net, z, 1);
        excess[from] -= 1;
        excess[z] += 1;
        left -= 1;
    }
    // The free arc was the last added: its two ends' lists end with it.
    net.arcs.truncate(free);
    net.adj[t].pop();
    net.adj[s].pop();
    net.pot = pot;
}

/// How many of a node's best edges (`b`: its capacity) the solver's first round takes: the rest enter only
/// when the dual check finds them needed.
pub(super) const FIRST_ROUND: fn(u32) -> usize = |b| 3 * b as usize + 6;

/// The edges of each node worth trying first: for every left and right node, its best `keep(b)` edges (by
/// weight, then by order).
///
/// One pass over the edges keeps each node's best so far in a short list of its own, sorted; an edge
/// enters only when it beats the list's last (an edge later in order never beats an equal weight), so the
/// lists end as the best `keep(b)` of each node whatever the order of the edges' weights.
pub(super) fn initial_active(p: &Problem, weights: &[i64], keep: fn(u32) -> usize) -> Vec<bool> {
    let (nl, nr) = (p.left_caps.len(), p.right_caps.len());
    // Each node's room: `keep(b)`, and never more than the edges it has.
    let mut degree = vec![0usize; nl + nr];
    for (k, e) in p.edges.iter().enumerate() {
        if weights[k] > 0 {
            degree[e.left] += 1;
            degree[nl + e.right] += 1;
        }
    }
    let caps = p.left_caps.iter().chain(&p.right_caps);
    let mut start = Vec::with_capacity(nl + nr + 1);
    start.push(0usize);
    for (d, &cap) in degree.iter().zip(caps) {
        let last = start.last().copied().unwrap_or(0);
        start.push(last + keep(cap).min(*d));
    }
    // Each node's list: (weight, edge), best first; `len` of it filled.
    let mut best = vec![(0i64, 0usize); start.last().copied().unwrap_or(0)];
    let mut len = vec![0usize; nl + nr];
    let mut offer = |v: usize, w: i64, k: usize| {
        let list = &mut best[start[v]..start[v + 1]];
        let filled = len[v];
        if filled == list.len() && list.last().is_none_or(|&(last, _)| w <= last) {
            return;
        }
        // Its place: after every edge of the same weight or more (those come earlier in order).
        let at = list[..filled].partition_point(|&(x, _)| x >= w);
        let end = if filled < list.len() {
            len[v] += 1;
            filled + 1
        } else {
            list.len()
        };
        list[at..end].rotate_right(1);
        list[at] = (w, k);
    };
    for (k, e) in p.edges.iter().enumerate() {
        let w = weights[k];
        if w > 0 {
            offer(e.left, w, k);
            offer(nl + e.right, w, k);
        }
    }
    let mut active = vec![false; p.edges.len()];
    for (v, &filled) in len.iter().enumerate() {
        for &(_, k) in &best[start[v]..start[v] + filled] {
            active[k] = true;
        }
    }
    active
}

/// Builds the network and solves it exactly (see the module documentation).
///
/// To be fast on large instances it first solves on each node's best few edges, then checks every other
/// edge against the dual values of that solution: an edge whose dual constraint holds strictly cannot improve
/// the total nor be in any optimal answer, so when all hold strictly the answer is optimal for the whole
/// problem and every optimal answer is in the network; otherwise the violated and tight edges are added and
/// the flow is mended with them (`bring_in`: a search per unit they move, when they are few) or solved
/// again (when they are many), and checked again. The returned network holds the edges tried: the potentials it ends with are
/// feasible for every edge, tried or not (that is what the check above establishes), so certificates and
/// explanations need no other.
pub fn solve(p: &Problem) -> (Solution, Network) {
    solve_with_first_round(p, FIRST_ROUND)
}

/// [`solve`] with a first round of `keep(b)` best edges per node of capacity `b`: for tests, so that small
/// problems also have edges left out of the first round (the dual check, ties among left-out edges). The
/// answer is the same whatever the first round (the tests check it against brute force).
#[doc(hidden)]
pub fn solve_with_first_round(p: &Problem, keep: fn(u32) -> usize) -> (Solution, Network) {
    solve_with(p, keep, Rounds::Chosen)
}

/// How the solver takes in the edges its dual check brings in after a round.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rounds {
    /// Mends the flow (`bring_in`) when the edges are few (at most a quarter of the units of flow: each
    /// costs a search, as each unit of a new solve does), else solves again: what [`solve`] does.
    Chosen,
    /// Always mends the flow (for tests).
    Mend,
    /// Always solves again from the start (for tests).
    Again,
}

/// [`solve_with_first_round`], taking in later edges as `rounds` says: for tests, so that both ways are
/// checked on every problem. The answer is the same either way.
#[doc(hidden)]
pub fn solve_with(p: &Problem, keep: fn(u32) -> usize, rounds: Rounds) -> (Solution, Network) {
    let weights = solver_weights(p);
    let mut active = initial_active(p, &weights, keep);
    let mut net = build(p, &weights, &active);
    ssp(&mut net, &p.left_caps);
    let units: u64 = p.left_caps.iter().map(|&c| u64::from(c)).sum();
    let net = loop {
        let pt = feasible_potentials(&net, net.pot.clone(), |k| net.arcs[k].cost);
        let (u, v, y) = duals(p, &net, &pt);
        let group_of = |j: usize| p.right_group.get(j).copied().flatten().filter(|&g| g < y.len());
        // Each edge's bound is a left node's part plus a right node's, made once per node. Covering puts two
        // arcs after each right node, which the duals above do not describe: the check is then the edge's own
        // reduced cost under the potentials (the same condition).
        let (left_part, right_part): (Vec<i64>, Vec<i64>) = if p.cover.is_empty() {
            (u, (0..net.nr).map(|j| v[j] + group_of(j).map_or(0, |g| y[g])).collect())
        } else {
            ((0..net.nl).map(|i| pt[net.left(i)]).collect(), (0..net.nr).map(|j| -pt[net.right(j)]).collect())
        };
        let mut added = Vec::new();
        for (k, e) in p.edges.iter().enumerate() {
            if !active[k] && weights[k] > 0 {
                let bound = left_part[e.left] + right_part[e.right];
                // Violated (the edge would improve the total), or tight (it is in some optimal answer when
                // there are ties: every optimal answer's edges are tight under optimal duals): brought in, so
                // that the tie settling sees every optimal answer, whatever the first round left out.
                if bound <= weights[k] {
                    active[k] = true;
                    added.push(k);
                }
            }
        }
        if added.is_empty() {
            net.pot = pt;
            break net;
        }
        let mend = match rounds {
            Rounds::Chosen => (added.len() as u64).saturating_mul(4) <= units,
            Rounds::Mend => true,
            Rounds::Again => false,
        };
        if mend {
            bring_in(&mut net, p, &weights, &added, pt);
        } else {
            net = build(p, &weights, &active);
            ssp(&mut net, &p.left_caps);
        }
    };
    let mut net = net;
    net.solver_weight = weights;
    settle_ties(p, &mut net);
    let chosen: Vec<usize> = (0..p.edges.len()).filter(|&k| net.chosen(k)).collect();
    let objective = chosen.iter().map(|&k| p.edges[k].weight).sum();
    (Solution { chosen, objective }, net)
}

/// Solves a maximum-weight b-matching exactly (see the module documentation). Edges with a node index out
/// of range or a non-positive weight are never chosen.
///
/// ```
/// use kommunematch::engine::solve::{max_weight_b_matching, Edge, Problem};
/// // Two municipalities and two communities, each wanting one partner. Greedy would take 0–0 (10) first
/// // and then has only 1–1 (1) left: 11 in all. The optimum gives up the best pair for 9 + 8.
/// let p = Problem {
///     left_caps: vec![1, 1],
///     right_caps: vec![1, 1],
///     edges: vec![
///         Edge { left: 0, right: 0, weight: 10 },
///         Edge { left: 0, right: 1, weight: 9 },
///         Edge { left: 1, right: 0, weight: 8 },
///         Edge { left: 1, right: 1, weight: 1 },
///     ],
///     ..Problem::default()
/// };
/// let s = max_weight_b_matching(&p);
/// assert_eq!(s.objective, 17); // 0–1 (9) and 1–0 (8)
/// assert_eq!(s.chosen, vec![1, 2]);
/// ```
pub fn max_weight_b_matching(p: &Problem) -> Solution {
    solve(p).0
}
