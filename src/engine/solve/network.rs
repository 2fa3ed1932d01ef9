//! The flow network of a problem and its shortest paths: successive shortest augmenting paths from one
//! municipality at a time, with potentials that keep every reduced cost non-negative.

use super::problem::*;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

#[derive(Debug, Clone)]
pub(super) struct Arc {
    pub(super) to: usize,
    pub(super) cap: i64,
    pub(super) cost: i64,
}

/// The flow network of a problem and its state, kept after solving for certificates and explanations.
#[derive(Debug, Clone)]
pub struct Network {
    pub(super) arcs: Vec<Arc>,
    pub(super) adj: Vec<Vec<usize>>,
    pub(super) source: usize,
    pub(super) sink: usize,
    pub(super) nl: usize,
    pub(super) nr: usize,
    /// Arc index of each edge (`usize::MAX` for edges that cannot be chosen).
    pub(super) edge_arc: Vec<usize>,
    /// The perturbed weight of each edge used by the solver.
    pub(super) solver_weight: Vec<i64>,
    /// Potentials after solving.
    pub(super) pot: Vec<i64>,
    /// The arcs that carry a right node's first edge when covering, and the bonus on the original scale.
    pub(super) bonus_arcs: Vec<usize>,
    pub(super) bonus: i64,
}

impl Network {
    pub(super) fn left(&self, i: usize) -> usize {
        1 + i
    }
    pub(super) fn right(&self, j: usize) -> usize {
        1 + self.nl + j
    }
    pub(super) fn group(&self, g: usize) -> usize {
        1 + self.nl + self.nr + g
    }

    pub(super) fn add(&mut self, from: usize, to: usize, cap: i64, cost: i64) -> usize {
        self.adj[from].push(self.arcs.len());
        self.arcs.push(Arc { to, cap, cost });
        self.adj[to].push(self.arcs.len());
        self.arcs.push(Arc { to: from, cap: 0, cost: -cost });
        self.arcs.len() - 2
    }

    /// Whether edge `k` carries flow.
    pub(super) fn chosen(&self, k: usize) -> bool {
        self.edge_arc.get(k).is_some_and(|&a| a != usize::MAX && self.arcs[a].cap == 0)
    }
}

/// Builds the network with the edges marked active.
pub(super) fn build(p: &Problem, weights: &[i64], active: &[bool]) -> Network {
    let (nl, nr, ng) = (p.left_caps.len(), p.right_caps.len(), p.group_caps.len());
    let n = nl + nr + ng + 2;
    // Room for each node's arcs (its edges, and the few others: source, sink, group, unused capacity), so
    // that no list grows a push at a time.
    let mut room = vec![2usize; n];
    room[0] = nl;
    room[n - 1] = 2 * nl + 2 * nr + ng;
    for g in 0..ng {
        room[1 + nl + nr + g] = nr + 1;
    }
    let mut edges = 0;
    for (k, e) in p.edges.iter().enumerate() {
        if active[k] && weights[k] > 0 {
            room[1 + e.left] += 1;
            room[1 + nl + e.right] += 1;
            edges += 1;
        }
    }
    let mut net = Network {
        // Every arc added here and by `ssp` (a left node's unused-capacity arc): no reallocation.
        arcs: Vec::with_capacity(2 * (2 * nl + 2 * nr + ng) + 2 * edges),
        adj: room.into_iter().map(Vec::with_capacity).collect(),
        source: 0,
        sink: n - 1,
        nl,
        nr,
        edge_arc: vec![usize::MAX; p.edges.len()],
        // Set once the solve ends (`solve_with_first_round`), not copied at every round.
        solver_weight: Vec::new(),
        pot: vec![0; n],
        bonus_arcs: Vec::new(),
        bonus: 0,
    };
    let m = perturbation(p);
    let bonus = cover_bonus(p);
    for (i, &c) in p.left_caps.iter().enumerate() {
        let v = net.left(i);
        net.add(0, v, i64::from(c), 0);
    }
    for k in (0..p.edges.len()).filter(|&k| active[k] && weights[k] > 0) {
        let (a, b) = (net.left(p.edges[k].left), net.right(p.edges[k].right));
        net.edge_arc[k] = net.add(a, b, 1, -weights[k]);
    }
    for (j, &c) in p.right_caps.iter().enumerate() {
        let (a, b) = match p.right_group.get(j).copied().flatten().filter(|&g| g < ng) {
            Some(g) => (net.right(j), net.group(g)),
            None => (net.right(j), net.sink),
        };
        if p.cover.get(j) == Some(&true) && c > 0 {
            // The first unit earns the bonus (on the solver's scale), the others nothing.
            let k = net.add(a, b, 1, -bonus.saturating_mul(m));
            net.bonus_arcs.push(k);
            net.add(a, b, i64::from(c) - 1, 0);
        } else {
            net.add(a, b, i64::from(c), 0);
        }
    }
    net.bonus = bonus;
    for (g, &c) in p.group_caps.iter().enumerate() {
        let a = net.group(g);
        let sink = net.sink;
        net.add(a, sink, i64::from(c), 0);
    }
    net
}

/// Shortest paths on reduced costs over a network's residual arcs (Dijkstra, the potentials making every cost
/// non-negative), one search at a time: what `ssp` and `bring_in` share. Its arrays are kept between searches
/// and reset only where the last search went.
pub(super) struct Paths {
    pub(super) dist: Vec<i64>,
    /// The arc each node was reached by (`usize::MAX`: a start, or not reached).
    pub(super) parent: Vec<usize>,
    pub(super) done: Vec<bool>,
    pub(super) touched: Vec<usize>,
    pub(super) heap: BinaryHeap<Reverse<(i64, usize)>>,
}

impl Paths {
    pub(super) fn new(n: usize) -> Paths {
        Paths {
            dist: vec![i64::MAX; n],
            parent: vec![usize::MAX; n],
            done: vec![false; n],
            touched: Vec::new(),
            heap: BinaryHeap::new(),
        }
    }

    /// Searches from every node of `starts` (at distance 0), entering only nodes `enter` allows, until a
    /// settled node is one `stop` wants: that node, or `None` when none is reached.
    pub(super) fn search(
        &mut self,
        net: &Network,
        pot: &[i64],
        starts: impl IntoIterator<Item = usize>,
        enter: impl Fn(usize) -> bool,
        stop: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        for &v in &self.touched {
            self.dist[v] = i64::MAX;
            self.parent[v] = usize::MAX;
            self.done[v] = false;
        }
        self.touched.clear();
        self.heap.clear();
        for v in starts {
            self.dist[v] = 0;
            self.touched.push(v);
            self.heap.push(Reverse((0, v)));
        }
        while let Some(Reverse((d, u))) = self.heap.pop() {
            if self.done[u] {
                continue;
            }
            self.done[u] = true;
            if stop(u) {
                return Some(u);
            }
            for &k in &net.adj[u] {
                let a = &net.arcs[k];
                if a.cap <= 0 || self.done[a.to] || !enter(a.to) {
                    continue;
                }
                let nd = d + a.cost + pot[u] - pot[a.to];
                if nd < self.dist[a.to] {
                    if self.dist[a.to] == i64::MAX {
                        self.touched.push(a.to);
                    }
                    self.dist[a.to] = nd;
                    self.parent[a.to] = k;
                    self.heap.push(Reverse((nd, a.to)));
                }
            }
        }
        None
    }

    /// Moves the potentials by the last search's distances: settled nodes by theirs, every other node by
    /// `to`'s (the node it stopped at), which keeps every reduced cost non-negative.
    pub(super) fn move_potentials(&self, pot: &mut [i64], to: usize) {
        let far = self.dist[to];
        for (v, p) in pot.iter_mut().enumerate() {
            *p += if self.done[v] { self.dist[v] } else { far };
        }
    }

    /// The smallest residual capacity on the path found to `to`, and at most `most`.
    pub(super) fn bottleneck(&self, net: &Network, to: usize, most: i64) -> i64 {
        let (mut v, mut least) = (to, most);
        while self.parent[v] != usize::MAX {
            let k = self.parent[v];
            least = least.min(net.arcs[k].cap);
            v = net.arcs[k ^ 1].to;
        }
        least
    }

    /// Sends `amount` along the path found to `to`; returns the node the path starts at.
    pub(super) fn augment(&self, net: &mut Network, to: usize, amount: i64) -> usize {
        let mut v = to;
        while self.parent[v] != usize::MAX {
            let k = self.parent[v];
            net.arcs[k].cap -= amount;
            net.arcs[k ^ 1].cap += amount;
            v = net.arcs[k ^ 1].to;
        }
        v
    }
}

/// Successive shortest paths from an empty flow, one unit of a left node's capacity at a time; leaves the
/// potentials in `net.pot` and the real flow (without the unused-capacity arcs) in the network.
///
/// Each left node gets an extra arc straight to the sink (cost 0, its capacity): a unit sent that way stays
/// unused. Every unit is then routed along a shortest path from its own left node (Dijkstra on reduced
/// costs, stopped when the sink is settled), which keeps the reduced costs non-negative whichever node
/// supplies next; the search stays local because the unused-capacity arc bounds it.
pub(super) fn ssp(net: &mut Network, left_caps: &[u32]) {
    let n = net.adj.len();
    let (nl, nr) = (net.nl, net.nr);
    // Unused-capacity arcs, remembered to be emptied at the end.
    let dummies: Vec<usize> = (0..nl)
        .map(|i| {
            let (a, t) = (net.left(i), net.sink);
            net.add(a, t, i64::from(left_caps[i]), 0)
        })
        .collect();
    // Initial potentials: exact shortest distances in the layered, acyclic network.
    let mut pot = vec![0i64; n];
    for &k in net.edge_arc.iter().filter(|&&k| k != usize::MAX) {
        let a = &net.arcs[k];
        pot[a.to] = pot[a.to].min(a.cost);
    }
    for v in (1 + nl)..(1 + nl + nr) {
        for &k in &net.adj[v] {
            let a = &net.arcs[k];
            if a.cap > 0 && a.to > v {
                pot[a.to] = pot[a.to].min(pot[v] + a.cost);
            }
        }
    }
    for v in (1 + nl + nr)..net.sink {
        pot[net.sink] = pot[net.sink].min(pot[v]);
    }

    let mut paths = Paths::new(n);
    for (i, &cap) in left_caps.iter().enumerate().take(nl) {
        let start = net.left(i);
        let supply_arc = net.adj[0][i];
        let mut supply = i64::from(cap);
        while supply > 0 {
            // Never back into the source: each unit starts at its own left node.
            let sink = net.sink;
            if paths.search(net, &pot, [start], |v| v != 0, |u| u == sink).is_none() {
                break; // cannot happen: the unused-capacity arc always reaches the sink
            }
            paths.move_potentials(&mut pot, sink);
            // As many units as the path carries: one through a real edge (capacity 1), all that are left
            // through the unused-capacity arc. Augmenting a shortest path by its bottleneck keeps the reduced
            // costs non-negative, and the units sent at once are exactly those that would follow one another
            // down the same path, so a capacity of a million costs no more than its edges.
            let bottleneck = paths.bottleneck(net, sink, supply);
            paths.augment(net, sink, bottleneck);
            net.arcs[supply_arc].cap -= bottleneck;
            net.arcs[supply_arc ^ 1].cap += bottleneck;
            supply -= bottleneck;
        }
    }
    // Units sent as unused go back to the source: the network holds the real flow only.
    for (i, &k) in dummies.iter().enumerate() {
        let unused = net.arcs[k ^ 1].cap;
        net.arcs[k].cap = 0;
        net.arcs[k ^ 1].cap = 0;
        let supply_arc = net.adj[0][i];
        net.arcs[supply_arc].cap += unused;
        net.arcs[supply_arc ^ 1].cap -= unused;
    }
    net.pot = pot;
}

/// Dual values (left, right, group) from feasible potentials, clamped at zero (see [`certificate`]).
pub(super) fn duals(p: &Problem, net: &Network, pt: &[i64]) -> (Vec<i64>, Vec<i64>, Vec<i64>) {
    let (s, t) = (net.source, net.sink);
    let left: Vec<i64> = (0..net.nl).map(|i| (pt[net.left(i)] - pt[s]).max(0)).collect();
    let group: Vec<i64> = (0..p.group_caps.len()).map(|g| (pt[t] - pt[net.group(g)]).max(0)).collect();
    let right: Vec<i64> = (0..net.nr)
        .map(|j| {
            let next = match p.right_group.get(j).copied().flatten() {
                Some(g) if g < p.group_caps.len() => net.group(g),
                _ => t,
            };
            (pt[next] - pt[net.right(j)]).max(0)
        })
        .collect();
    (left, right, group)
}

/// Feasible potentials for the final residual network with a free arc from sink to source: Bellman–Ford
/// (queue-based), started from the solver's potentials. `cost` gives each arc's cost.
pub(super) fn feasible_potentials(net: &Network, start: Vec<i64>, cost: impl Fn(usize) -> i64) -> Vec<i64> {
    let n = net.adj.len();
    let mut p = start;
    let mut queue: VecDeque<usize> = (0..n).collect();
    let mut queued = vec![true; n];
    let flow_out: i64 = net.adj[net.source].iter().map(|&k| net.arcs[k ^ 1].cap).sum();
    while let Some(u) = queue.pop_front() {
        queued[u] = false;
        let mut relax = |v: usize, c: i64, p: &mut Vec<i64>| {
            if p[u].saturating_add(c) < p[v] {
                p[v] = p[u] + c;
                if !queued[v] {
                    queued[v] = true;
                    queue.push_back(v);
                }
            }
        };
        for &k in &net.adj[u] {
            if net.arcs[k].cap > 0 {
                relax(net.arcs[k].to, cost(k), &mut p);
            }
        }
        // The free arc sink → source, and its reverse while any flow runs.
        if u == net.sink {
            relax(net.source, 0, &mut p);
        }
        if u == net.source && flow_out > 0 {
            relax(net.sink, 0, &mut p);
        }
    }
    p
}
