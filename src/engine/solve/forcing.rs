//! The exact cost of forcing a pair into the optimum, for explanations: every loss from one municipality comes
//! from one shortest-path tree on the final residual network.
//!
//! Speed (docs/benchmarks.md): the residual network of the whole problem (the solver's network plus
//! the edges it never needed, unused) is laid out once in compressed rows, each arc with its reduced cost
//! under feasible potentials (non-negative, and the same for every search) and each node's arcs sorted by
//! it. A search from one municipality follows a node's arcs only while they can still beat the largest bound
//! left among its unsettled targets, and stops when no target can get closer; so it reads the cheap part of
//! the network around that municipality, not all of its 200,000 arcs.

use super::network::*;
use super::problem::*;
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::collections::VecDeque;

/// One direction of the residual network in compressed rows: the arcs of node `v` are
/// `arcs[start[v]..start[v + 1]]`, as (reduced cost, other end).
struct Rows {
    start: Vec<usize>,
    arcs: Vec<(i64, u32)>,
}

impl Rows {
    /// Rows of `n` nodes from arcs (row, cost, other end); each row sorted by cost when `sorted`.
    fn new(n: usize, list: impl Iterator<Item = (usize, i64, usize)> + Clone, sorted: bool) -> Rows {
        let mut start = vec![0usize; n + 1];
        for (v, _, _) in list.clone() {
            start[v + 1] += 1;
        }
        for v in 0..n {
            start[v + 1] += start[v];
        }
        let mut fill = start.clone();
        let mut arcs = vec![(0i64, 0u32); start[n]];
        for (v, c, u) in list {
            arcs[fill[v]] = (c, u as u32);
            fill[v] += 1;
        }
        if sorted {
            for v in 0..n {
                arcs[start[v]..start[v + 1]].sort_unstable();
            }
        }
        Rows { start, arcs }
    }

    fn of(&self, v: usize) -> &[(i64, u32)] {
        &self.arcs[self.start[v]..self.start[v + 1]]
    }
}

/// Shortest true distances (original weights) over the residual network with the free sink → source arc,
/// from a start node (`forward`) or to it (`!forward`).
struct Searcher {
    /// Feasible potentials of the residual network on the original costs.
    pt: Vec<i64>,
    forward: Rows,
    /// Sorted by reduced cost: the pruned searches run backwards.
    backward: Rows,
}

impl Searcher {
    fn new(net: &Network, p: &Problem) -> Self {
        let n = net.adj.len();
        let (s, t) = (net.source, net.sink);
        // Original costs: edges at their weights, every other arc as built (cost 0).
        let mut cost: Vec<i64> = net.arcs.iter().map(|a| a.cost).collect();
        for (k, e) in p.edges.iter().enumerate() {
            if let Some(&a) = net.edge_arc.get(k).filter(|&&a| a != usize::MAX) {
                cost[a] = -e.weight;
                cost[a ^ 1] = e.weight;
            }
        }
        // Covering: a right node's first edge earns the bonus, on the original scale.
        for &a in &net.bonus_arcs {
            cost[a] = -net.bonus;
            cost[a ^ 1] = net.bonus;
        }
        // Every residual arc (from, cost, to): the network's, the edges the solver never needed (unused), the
        // free sink → source arc and, while flow runs, its reverse. Laid out in rows once, never listed.
        let flow_out: i64 = net.adj[s].iter().map(|&k| net.arcs[k ^ 1].cap).sum();
        let cost = &cost;
        let residual = net
            .adj
            .iter()
            .enumerate()
            .flat_map(|(u, list)| {
                list.iter().filter(|&&k| net.arcs[k].cap > 0).map(move |&k| (u, cost[k], net.arcs[k].to))
            })
            .chain(
                p.edges
                    .iter()
                    .enumerate()
                    .filter(|&(k, _)| net.edge_arc[k] == usize::MAX && net.solver_weight[k] > 0)
                    .map(|(_, e)| (net.left(e.left), -e.weight, net.right(e.right))),
            )
            .chain(std::iter::once((t, 0, s)))
            .chain((flow_out > 0).then_some((s, 0, t)));
        let mut forward = Rows::new(n, residual, false);
        // Feasible potentials: Bellman–Ford from the solver's potentials brought back to the original scale,
        // which are nearly feasible already. Then the rows' costs become reduced costs under them.
        let m = perturbation(p).max(1);
        let start: Vec<i64> = net.pot.iter().map(|&x| x.div_euclid(m)).collect();
        let pt = potentials(&forward, start);
        for v in 0..n {
            let (from, to) = (forward.start[v], forward.start[v + 1]);
            for (c, u) in &mut forward.arcs[from..to] {
                *c += pt[v] - pt[*u as usize];
            }
        }
        // The same arcs turned round, each row sorted by reduced cost.
        let turned = (0..n).flat_map(|v| forward.of(v).iter().map(move |&(c, u)| (u as usize, c, v)));
        let backward = Rows::new(n, turned, true);
        Searcher { pt, forward, backward }
    }

    /// Dijkstra on reduced costs from `start` (over arcs in their own direction when `forward`, against it
    /// otherwise); returns reduced distances (`i64::MAX`: not reached). `avoid`: nodes neither expanded nor
    /// entered. `settle` is called with each settled node and returns the search's limit: an arc that would
    /// reach a node at a reduced distance of the limit or more is not followed, and the search ends when
    /// nothing closer than the limit is left.
    fn run(&self, start: usize, forward: bool, avoid: &[usize], mut settle: impl FnMut(usize) -> i64) -> Vec<i64> {
        let rows = if forward { &self.forward } else { &self.backward };
        let n = self.pt.len();
        let mut dist = vec![i64::MAX; n];
        let mut done = vec![false; n];
        let mut heap = BinaryHeap::new();
        dist[start] = 0;
        heap.push(Reverse((0i64, start as u32)));
        while let Some(Reverse((d, v))) = heap.pop() {
            let v = v as usize;
            if done[v] {
                continue;
            }
            done[v] = true;
            let limit = settle(v);
            if d >= limit {
                break;
            }
            for &(c, u) in rows.of(v) {
                let nd = d + c;
                if nd >= limit && !forward {
                    break; // sorted: the rest are no cheaper
                }
                let u = u as usize;
                if nd < dist[u] && !done[u] && !avoid.contains(&u) {
                    dist[u] = nd;
                    heap.push(Reverse((nd, u as u32)));
                }
            }
        }
        dist
    }

    /// True distances from reduced ones.
    fn true_dist(&self, start: usize, forward: bool, red: &[i64]) -> Vec<Option<i64>> {
        red.iter()
            .enumerate()
            .map(|(v, &d)| {
                (d != i64::MAX).then(|| {
                    if forward {
                        d - self.pt[start] + self.pt[v]
                    } else {
                        d - self.pt[v] + self.pt[start]
                    }
                })
            })
            .collect()
    }
}

/// Feasible potentials (every arc's reduced cost non-negative) by queue-based Bellman–Ford from `start`.
/// The residual network of an optimal flow has no negative cycle, so this ends.
fn potentials(rows: &Rows, start: Vec<i64>) -> Vec<i64> {
    let n = start.len();
    let mut p = start;
    let mut queue: VecDeque<usize> = (0..n).collect();
    let mut queued = vec![true; n];
    while let Some(u) = queue.pop_front() {
        queued[u] = false;
        for &(c, v) in rows.of(u) {
            let v = v as usize;
            if p[u].saturating_add(c) < p[v] {
                p[v] = p[u] + c;
                if !queued[v] {
                    queued[v] = true;
                    queue.push_back(v);
                }
            }
        }
    }
    p
}

/// The solved network's residual graph laid out for the explanations' searches, with the distances to and
/// from the source and the sink: everything the losses need that does not depend on which pairs are asked
/// about, so it can be made while the pairs are read out (natively on a thread of its own).
pub struct Residual {
    sr: Searcher,
    to_s: Vec<Option<i64>>,
    from_s: Vec<Option<i64>>,
    to_t: Vec<Option<i64>>,
    from_t: Vec<Option<i64>>,
}

impl Residual {
    /// The residual graph of `net`, the solved network of `p`.
    pub fn new(net: &Network, p: &Problem) -> Residual {
        let sr = Searcher::new(net, p);
        let full = |start, forward| sr.true_dist(start, forward, &sr.run(start, forward, &[], |_| i64::MAX));
        let (s, t) = (net.source, net.sink);
        // The sink's two searches beside the source's (natively on a thread of their own).
        let ((to_s, from_s), (to_t, from_t)) = crate::engine::beside::beside(
            || (full(t, false), full(t, true)),
            |sink| ((full(s, false), full(s, true)), sink.take()),
        );
        Residual { sr, to_s, from_s, to_t, from_t }
    }
}

/// For pairs (left `i`, right `j`, weight `w` of that edge): how much lower the best total weight gets when
/// that edge is forced into the assignment (0 for chosen edges), on the original weights; `None` when it
/// cannot be forced at all. `targets[i]` lists the right nodes wanted for left node `i` with their weights.
///
/// Forcing edge `i → j` costs `d(j → i) − w`, the cheapest cycle through it in the residual network. Paths
/// through the source or the sink are priced from four searches (to and from each); for each left node a
/// search that avoids both finds the rest, and stops as soon as no target can get closer.
///
/// `net` is the solved network of `p`.
pub fn forcing_losses(net: &Network, p: &Problem, targets: &[Vec<(usize, i64)>]) -> Vec<Vec<Option<i64>>> {
    forcing_losses_observed(net, p, targets, &mut |_| {})
}

/// [`forcing_losses`], calling `tick` with how many left nodes are done (now and then, on the calling
/// thread).
pub fn forcing_losses_observed(
    net: &Network,
    p: &Problem,
    targets: &[Vec<(usize, i64)>],
    tick: &mut dyn FnMut(usize),
) -> Vec<Vec<Option<i64>>> {
    forcing_losses_in(&Residual::new(net, p), net, targets, tick)
}

/// [`forcing_losses_observed`] on the residual graph of `net` made already.
pub fn forcing_losses_in(
    residual: &Residual,
    net: &Network,
    targets: &[Vec<(usize, i64)>],
    tick: &mut dyn FnMut(usize),
) -> Vec<Vec<Option<i64>>> {
    let Residual { sr, to_s, from_s, to_t, from_t } = residual;
    let (s, t) = (net.source, net.sink);
    let add = |a: Option<i64>, b: Option<i64>| a.zip(b).map(|(a, b)| a + b);
    // The losses of one left node's targets: one search.
    let one = |i: usize, wanted: &Vec<(usize, i64)>| -> Vec<Option<i64>> {
        if wanted.is_empty() || i >= net.nl {
            return vec![None; wanted.len()];
        }
        let o = net.left(i);
        // Through a hub: d(j → hub) + d(hub → i).
        let bound: Vec<Option<i64>> = wanted
            .iter()
            .map(|&(j, _)| {
                let v = net.right(j);
                match (add(to_s[v], from_s[o]), add(to_t[v], from_t[o])) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                }
            })
            .collect();
        // Reduced bound of each target in this search (reverse search from i): d + pt[v] − pt[i].
        let red_bound: Vec<i64> = wanted
            .iter()
            .zip(&bound)
            .map(|(&(j, _), b)| b.map_or(i64::MAX, |b| b + sr.pt[net.right(j)] - sr.pt[o]))
            .collect();
        // The targets' nodes: a few, so found by a scan (cheaper than hashing every node the search settles).
        let nodes: Vec<usize> = wanted.iter().map(|&(j, _)| net.right(j)).collect();
        let mut settled = vec![false; wanted.len()];
        // The limit: the largest bound of a target not yet settled (nothing beyond it can improve one).
        let limit = |settled: &[bool]| {
            settled.iter().zip(&red_bound).filter(|(&done, _)| !done).map(|(_, &b)| b).max().unwrap_or(i64::MIN)
        };
        let mut current = limit(&settled);
        let red = sr.run(o, false, &[s, t], |v| {
            // A right node may be wanted twice (from the municipality's list and the community's).
            let mut hit = false;
            for (k, _) in nodes.iter().enumerate().filter(|&(_, &x)| x == v) {
                settled[k] = true;
                hit = true;
            }
            if hit {
                current = limit(&settled);
            }
            current
        });
        wanted
            .iter()
            .zip(&bound)
            .map(|(&(j, w), b)| {
                let v = net.right(j);
                // True distance from the reduced one: d − pt[v] + pt[o].
                let found = (red[v] != i64::MAX).then(|| red[v] - sr.pt[v] + sr.pt[o]);
                let d = match (found, *b) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                };
                d.map(|d| (d - w).max(0))
            })
            .collect()
    };
    // Natively the searches are shared between two threads, each taking the next left node not yet taken
    // (searches differ in length, so fixed halves would leave one thread waiting for the other); each left
    // node's search is on its own, so the answer is the same. In the browser they run one after the other,
    // in the worker.
    const EVERY: usize = 16;
    #[cfg(not(target_arch = "wasm32"))]
    if targets.len() >= 64 {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let (next, done) = (AtomicUsize::new(0), AtomicUsize::new(0));
        // The searches one thread takes, as (left node, losses); `tell` hears how far both are now and then.
        let share = |tell: &mut dyn FnMut(usize)| {
            let mut mine = Vec::new();
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(w) = targets.get(i) else { return mine };
                if mine.len() % EVERY == 0 {
                    tell(done.load(Ordering::Relaxed));
                }
                mine.push((i, one(i, w)));
                done.fetch_add(1, Ordering::Relaxed);
            }
        };
        let (mine, theirs) = std::thread::scope(|scope| {
            let second = scope.spawn(|| share(&mut |_| {}));
            let mine = share(tick);
            // A panic there is a bug: its searches are done again below, where it shows.
            (mine, second.join().ok())
        });
        let mut out: Vec<Option<Vec<Option<i64>>>> = vec![None; targets.len()];
        for (i, losses) in mine.into_iter().chain(theirs.into_iter().flatten()) {
            out[i] = Some(losses);
        }
        tick(targets.len());
        return out.into_iter().enumerate().map(|(i, o)| o.unwrap_or_else(|| one(i, &targets[i]))).collect();
    }
    let mut out = Vec::with_capacity(targets.len());
    for (i, w) in targets.iter().enumerate() {
        if i % EVERY == 0 {
            tick(i);
        }
        out.push(one(i, w));
    }
    tick(targets.len());
    out
}
