//! The exact cost of forcing a pair into the optimum, for explanations: every loss from one municipality comes
//! from shortest paths on the final residual network.

use super::*;
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Shortest true distances (original weights) from `start` to every node (`forward`), or from every node to
/// `start` (`!forward`), over the residual network with the free sink → source arc. `None`: unreachable.
/// `avoid`: nodes that are neither expanded nor entered (the hubs). `stop`: called with each settled node and
/// its reduced distance; returning true ends the search.
struct Searcher<'a> {
    net: &'a Network,
    pt: Vec<i64>,
    radj: Vec<Vec<usize>>,
    flow_out: i64,
}

impl<'a> Searcher<'a> {
    fn new(net: &'a Network) -> Self {
        let pt = feasible_potentials(net, vec![0; net.adj.len()], |k| net.orig_cost[k]);
        let mut radj: Vec<Vec<usize>> = vec![Vec::new(); net.adj.len()];
        for u in 0..net.adj.len() {
            for &k in &net.adj[u] {
                if net.arcs[k].cap > 0 {
                    radj[net.arcs[k].to].push(k);
                }
            }
        }
        let flow_out = net.adj[net.source].iter().map(|&k| net.arcs[k ^ 1].cap).sum();
        Searcher { net, pt, radj, flow_out }
    }

    /// Residual arcs out of `v` (forward) or into `v` (backward), as (other end, original cost), with the
    /// free sink → source arc and, while flow runs, its reverse.
    fn arcs(&self, v: usize, forward: bool, out: &mut Vec<(usize, i64)>) {
        out.clear();
        let net = self.net;
        if forward {
            out.extend(
                net.adj[v].iter().filter(|&&k| net.arcs[k].cap > 0).map(|&k| (net.arcs[k].to, net.orig_cost[k])),
            );
        } else {
            out.extend(self.radj[v].iter().map(|&k| (net.arcs[k ^ 1].to, net.orig_cost[k])));
        }
        let (s, t) = (net.source, net.sink);
        let (from, to) = if forward { (t, s) } else { (s, t) };
        if v == from {
            out.push((to, 0));
        }
        if self.flow_out > 0 && v == to {
            out.push((from, 0));
        }
    }

    /// Dijkstra on reduced costs; returns reduced distances (`i64::MAX`: not reached).
    fn run(
        &self,
        start: usize,
        forward: bool,
        avoid: &[usize],
        mut stop: impl FnMut(usize, i64, i64) -> bool,
    ) -> Vec<i64> {
        let n = self.net.adj.len();
        let mut dist = vec![i64::MAX; n];
        let mut done = vec![false; n];
        let mut heap = BinaryHeap::new();
        let mut arcs = Vec::new();
        dist[start] = 0;
        heap.push(Reverse((0i64, start)));
        while let Some(Reverse((d, v))) = heap.pop() {
            if done[v] {
                continue;
            }
            done[v] = true;
            self.arcs(v, forward, &mut arcs);
            for &(u, c) in &arcs {
                if done[u] || avoid.contains(&u) {
                    continue;
                }
                // Reduced cost of the arc in its own direction.
                let nd = if forward { d + c + self.pt[v] - self.pt[u] } else { d + c + self.pt[u] - self.pt[v] };
                if nd < dist[u] {
                    dist[u] = nd;
                    heap.push(Reverse((nd, u)));
                }
            }
            // What is still to come is no closer than the top of the heap (entries may be stale, which
            // only makes this bound lower, so stopping stays safe).
            if stop(v, d, heap.peek().map_or(i64::MAX, |Reverse((h, _))| *h)) {
                break;
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

/// For pairs (left `i`, right `j`, weight `w` of that edge): how much lower the best total weight gets when
/// that edge is forced into the assignment (0 for chosen edges), on the original weights; `None` when it
/// cannot be forced at all. `targets[i]` lists the right nodes wanted for left node `i` with their weights.
///
/// Forcing edge `i → j` costs `d(j → i) − w`, the cheapest cycle through it in the residual network. Paths
/// through the source or the sink are priced from four searches (to and from each); for each left node a
/// search that avoids both finds the rest, and stops as soon as no target can get closer.
///
/// `net` must be complete ([`Network::complete`]).
pub fn forcing_losses(net: &Network, targets: &[Vec<(usize, i64)>]) -> Vec<Vec<Option<i64>>> {
    let sr = Searcher::new(net);
    let (s, t) = (net.source, net.sink);
    let full = |start, forward| sr.true_dist(start, forward, &sr.run(start, forward, &[], |_, _, _| false));
    let (to_s, from_s, to_t, from_t) = (full(s, false), full(s, true), full(t, false), full(t, true));
    let add = |a: Option<i64>, b: Option<i64>| a.zip(b).map(|(a, b)| a + b);
    let mut out = Vec::with_capacity(targets.len());
    for (i, wanted) in targets.iter().enumerate() {
        if wanted.is_empty() || i >= net.nl {
            out.push(vec![None; wanted.len()]);
            continue;
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
        let index: std::collections::HashMap<usize, usize> =
            wanted.iter().enumerate().map(|(k, &(j, _))| (net.right(j), k)).collect();
        let mut settled = vec![false; wanted.len()];
        let red = sr.run(o, false, &[s, t], |v, _d, next| {
            if let Some(&k) = index.get(&v) {
                settled[k] = true;
            }
            // Stop when every unsettled target's bound is no more than anything still to come.
            settled.iter().zip(&red_bound).all(|(&done, &b)| done || b <= next)
        });
        let found = sr.true_dist(o, false, &red);
        let row = wanted
            .iter()
            .zip(&bound)
            .map(|(&(j, w), b)| {
                let d = match (found[net.right(j)], *b) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                };
                d.map(|d| (d - w).max(0))
            })
            .collect();
        out.push(row);
    }
    out
}
