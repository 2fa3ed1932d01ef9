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

pub use certificate::{certificate, Certificate};
pub use forcing::{forcing_losses, forcing_losses_in, forcing_losses_observed, Residual};

use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

/// One candidate edge between a left node (municipality) and a right node (community).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Edge {
    /// Left node index.
    pub left: usize,
    /// Right node index.
    pub right: usize,
    /// Weight (score); only positive weights can be chosen.
    pub weight: i64,
}

/// A b-matching problem.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Problem {
    /// How many edges each left node may take.
    pub left_caps: Vec<u32>,
    /// How many edges each right node may take.
    pub right_caps: Vec<u32>,
    /// Candidate edges, in the order that breaks ties (earlier is preferred).
    pub edges: Vec<Edge>,
    /// The capacity group of each right node (empty: no groups; `None`: the node is in no group).
    pub right_group: Vec<Option<usize>>,
    /// How many edges each group may take in all.
    pub group_caps: Vec<u32>,
    /// Coverage first: the right nodes marked `true` here count, and the assignment has the largest number
    /// of them with at least one edge, then, among those, the largest total weight (lexicographic and exact:
    /// each such node's first edge earns a bonus larger than any total weight, [`cover_bonus`]). Empty: the
    /// largest total weight only.
    pub cover: Vec<bool>,
}

/// The bonus of a right node's first edge when covering: one more than the sum of all positive weights, so
/// that covering one more right node is worth more than any total weight. Saturates (a problem whose
/// weights sum beyond `i64` is refused by the caller's size checks long before).
pub fn cover_bonus(p: &Problem) -> i64 {
    p.edges.iter().fold(1i64, |all, e| all.saturating_add(e.weight.max(0)))
}

/// The chosen edges and their total weight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Solution {
    /// Indexes into `Problem::edges`, ascending.
    pub chosen: Vec<usize>,
    /// Sum of the chosen edges' weights.
    pub objective: i64,
}

#[derive(Debug, Clone)]
struct Arc {
    to: usize,
    cap: i64,
    cost: i64,
}

/// The flow network of a problem and its state, kept after solving for certificates and explanations.
#[derive(Debug, Clone)]
pub struct Network {
    arcs: Vec<Arc>,
    adj: Vec<Vec<usize>>,
    source: usize,
    sink: usize,
    nl: usize,
    nr: usize,
    /// Arc index of each edge (`usize::MAX` for edges that cannot be chosen).
    edge_arc: Vec<usize>,
    /// The perturbed weight of each edge used by the solver.
    solver_weight: Vec<i64>,
    /// Potentials after solving.
    pot: Vec<i64>,
    /// The arcs that carry a right node's first edge when covering, and the bonus on the original scale.
    bonus_arcs: Vec<usize>,
    bonus: i64,
}

impl Network {
    fn left(&self, i: usize) -> usize {
        1 + i
    }
    fn right(&self, j: usize) -> usize {
        1 + self.nl + j
    }
    fn group(&self, g: usize) -> usize {
        1 + self.nl + self.nr + g
    }

    fn add(&mut self, from: usize, to: usize, cap: i64, cost: i64) -> usize {
        self.adj[from].push(self.arcs.len());
        self.arcs.push(Arc { to, cap, cost });
        self.adj[to].push(self.arcs.len());
        self.arcs.push(Arc { to: from, cap: 0, cost: -cost });
        self.arcs.len() - 2
    }

    /// Whether edge `k` carries flow.
    fn chosen(&self, k: usize) -> bool {
        self.edge_arc.get(k).is_some_and(|&a| a != usize::MAX && self.arcs[a].cap == 0)
    }
}

/// The tie-break term of edge `(left, right)`: `(L − left) · (R − right)`. It is not a sum of a left and a
/// right part, so swapping partners between two pairs always changes it: `(a − b)(c − d) ≠ 0`.
fn tie_break(p: &Problem, e: &Edge) -> i64 {
    (p.left_caps.len() - e.left) as i64 * (p.right_caps.len() - e.right) as i64
}

/// The multiplier `M`: larger than any sum of tie-break terms of one assignment, or 1 (no tie-break) when
/// the perturbed weights would not fit comfortably in `i64`.
fn perturbation(p: &Problem) -> i64 {
    let (nl, nr) = (p.left_caps.len() as i128, p.right_caps.len() as i128);
    let flow = (p.left_caps.iter().map(|&c| i128::from(c)).sum::<i128>()).min(p.edges.len() as i128);
    let m = flow * nl * nr + 1;
    let max_w = i128::from(p.edges.iter().map(|e| e.weight).max().unwrap_or(0).max(1));
    // Covering adds a bonus on each right node's first edge: paths cost up to that much more per unit.
    let max_w = if p.cover.is_empty() { max_w } else { max_w + i128::from(cover_bonus(p)) };
    // Every path cost is at most (flow + 2) · (max weight · M + M).
    let bound = (max_w + 1) * m * (flow + 2);
    if bound < i128::from(i64::MAX) / 4 {
        m as i64
    } else {
        1
    }
}

/// The weight the solver uses for each edge: `weight · M + tie_break` (see the module documentation), or 0
/// for edges that can never be chosen.
fn solver_weights(p: &Problem) -> Vec<i64> {
    let m = perturbation(p);
    let (nl, nr) = (p.left_caps.len(), p.right_caps.len());
    p.edges
        .iter()
        .map(|e| {
            if e.left >= nl || e.right >= nr || e.weight <= 0 {
                0
            } else if m > 1 {
                e.weight * m + tie_break(p, e)
            } else {
                e.weight
            }
        })
        .collect()
}

/// Builds the network with the edges marked active.
fn build(p: &Problem, weights: &[i64], active: &[bool]) -> Network {
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
struct Paths {
    dist: Vec<i64>,
    /// The arc each node was reached by (`usize::MAX`: a start, or not reached).
    parent: Vec<usize>,
    done: Vec<bool>,
    touched: Vec<usize>,
    heap: BinaryHeap<Reverse<(i64, usize)>>,
}

impl Paths {
    fn new(n: usize) -> Paths {
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
    fn search(
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
    fn move_potentials(&self, pot: &mut [i64], to: usize) {
        let far = self.dist[to];
        for (v, p) in pot.iter_mut().enumerate() {
            *p += if self.done[v] { self.dist[v] } else { far };
        }
    }

    /// The smallest residual capacity on the path found to `to`, and at most `most`.
    fn bottleneck(&self, net: &Network, to: usize, most: i64) -> i64 {
        let (mut v, mut least) = (to, most);
        while self.parent[v] != usize::MAX {
            let k = self.parent[v];
            least = least.min(net.arcs[k].cap);
            v = net.arcs[k ^ 1].to;
        }
        least
    }

    /// Sends `amount` along the path found to `to`; returns the node the path starts at.
    fn augment(&self, net: &mut Network, to: usize, amount: i64) -> usize {
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
fn ssp(net: &mut Network, left_caps: &[u32]) {
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

/// Brings edges `new` into a solved network (its flow optimal for the edges it has, `pot` feasible potentials
/// of its residual network with the free sink → source arc) and makes the flow optimal again without solving
/// from the start: each new edge whose reduced cost is negative is filled (its right node gets a unit too
/// many, its left node gives one too many), then each such unit goes along a shortest residual path from a
/// node with a unit too many to one with a unit too few (Dijkstra on reduced costs from all of the first at
/// once), the potentials moving by the distances found so that every reduced cost stays non-negative:
/// successive shortest paths with imbalances. Leaves the potentials in `net.pot`.
fn bring_in(net: &mut Network, p: &Problem, weights: &[i64], new: &[usize], mut pot: Vec<i64>) {
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
const FIRST_ROUND: fn(u32) -> usize = |b| 3 * b as usize + 6;

/// The edges of each node worth trying first: for every left and right node, its best `keep(b)` edges (by
/// weight, then by order).
///
/// One pass over the edges keeps each node's best so far in a short list of its own, sorted; an edge
/// enters only when it beats the list's last (an edge later in order never beats an equal weight), so the
/// lists end as the best `keep(b)` of each node whatever the order of the edges' weights.
fn initial_active(p: &Problem, weights: &[i64], keep: fn(u32) -> usize) -> Vec<bool> {
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

/// Dual values (left, right, group) from feasible potentials, clamped at zero (see [`certificate`]).
fn duals(p: &Problem, net: &Network, pt: &[i64]) -> (Vec<i64>, Vec<i64>, Vec<i64>) {
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

/// Makes the answer the one the documented rule picks among every optimal answer (see the module
/// documentation): the first edge in `p.edges`' order that some optimal answer has, then the next that one of
/// those has, and so on.
///
/// Every optimal flow satisfies complementary slackness with the optimal potentials, so two optimal answers
/// differ by cycles of residual arcs with zero reduced cost. An edge that lies on no such cycle has the same
/// flow in every optimal answer. The common case, checked in one pass: no edge lies on one (Tarjan's strongly
/// connected components of the zero-reduced-cost residual arcs), and the answer is the only optimum. Otherwise
/// the edges that could change are decided in order: one in the answer is kept (its reverse arc barred); one
/// not in it is brought in along a zero-cost cycle through it if there is one avoiding every barred arc (a
/// search within its component), and kept out otherwise. Pushing a cycle keeps the flow optimal and leaves
/// the components as they were, so each decision holds for the rest.
fn settle_ties(p: &Problem, net: &mut Network) {
    // Every edge of every optimal answer is in the network: the solver's last dual check brought in the tight
    // edges too.
    let n = net.adj.len();
    let (s, t) = (net.source, net.sink);
    let pot = net.pot.clone();
    let zero = |arcs: &[Arc], u: usize, k: usize| arcs[k].cap > 0 && arcs[k].cost + pot[u] - pot[arcs[k].to] == 0;
    // The free arc sink → source (and back while flow runs) closes cycles that change the flow's size.
    let free = pot[s] == pot[t];
    let flow = |net: &Network| net.adj[s].iter().map(|&k| net.arcs[k ^ 1].cap).sum::<i64>();
    let comp = {
        let flowing = flow(net) > 0;
        let out = |u: usize| -> Vec<usize> {
            let mut v: Vec<usize> =
                net.adj[u].iter().filter(|&&k| zero(&net.arcs, u, k)).map(|&k| net.arcs[k].to).collect();
            if free && u == t {
                v.push(s);
            }
            if free && flowing && u == s {
                v.push(t);
            }
            v
        };
        strong_components(n, out)
    };
    let mut open: Vec<usize> = (0..p.edges.len())
        .filter(|&k| {
            let a = net.edge_arc[k];
            a != usize::MAX && {
                let u = net.arcs[a ^ 1].to;
                let v = net.arcs[a].to;
                comp[u] == comp[v] && net.arcs[a].cost + pot[u] - pot[v] == 0
            }
        })
        .collect();
    if open.is_empty() {
        return;
    }
    open.sort_unstable();
    let mut barred = vec![false; net.arcs.len()];
    for k in open {
        let a = net.edge_arc[k];
        if net.arcs[a].cap == 0 {
            barred[a ^ 1] = true;
            continue;
        }
        let (from, to) = (net.arcs[a ^ 1].to, net.arcs[a].to);
        // A path of zero-cost arcs back from the edge's right node to its left node, within the component.
        let flowing = flow(net) > 0;
        let mut prev: Vec<Option<(usize, Option<usize>)>> = vec![None; n];
        let mut queue = VecDeque::from([to]);
        prev[to] = Some((to, None));
        while let Some(u) = queue.pop_front() {
            if u == from {
                break;
            }
            let mut step = |v: usize, arc: Option<usize>, prev: &mut Vec<Option<(usize, Option<usize>)>>| {
                if prev[v].is_none() && comp[v] == comp[from] {
                    prev[v] = Some((u, arc));
                    queue.push_back(v);
                }
            };
            for &j in &net.adj[u] {
                if !barred[j] && zero(&net.arcs, u, j) {
                    step(net.arcs[j].to, Some(j), &mut prev);
                }
            }
            if free && u == t {
                step(s, None, &mut prev);
            }
            if free && flowing && u == s {
                step(t, None, &mut prev);
            }
        }
        if prev[from].is_none() {
            barred[a] = true;
            continue;
        }
        // One unit around the cycle: the edge, then the path back (the free arcs need no bookkeeping).
        net.arcs[a].cap -= 1;
        net.arcs[a ^ 1].cap += 1;
        let mut v = from;
        while v != to {
            let Some((u, arc)) = prev[v] else { break };
            if let Some(j) = arc {
                net.arcs[j].cap -= 1;
                net.arcs[j ^ 1].cap += 1;
            }
            v = u;
        }
        barred[a ^ 1] = true;
    }
}

/// Tarjan's strongly connected components, without recursion: the component number of every node.
fn strong_components(n: usize, out: impl Fn(usize) -> Vec<usize>) -> Vec<usize> {
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0usize; n];
    let mut on_stack = vec![false; n];
    let mut comp = vec![usize::MAX; n];
    let (mut next, mut count) = (0, 0);
    let mut stack = Vec::new();
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        // Each frame: a node, its successors, and how many were looked at.
        let mut frames: Vec<(usize, Vec<usize>, usize)> = Vec::new();
        index[root] = next;
        low[root] = next;
        next += 1;
        stack.push(root);
        on_stack[root] = true;
        frames.push((root, out(root), 0));
        while let Some(frame) = frames.last_mut() {
            let u = frame.0;
            if let Some(&v) = frame.1.get(frame.2) {
                frame.2 += 1;
                if index[v] == usize::MAX {
                    index[v] = next;
                    low[v] = next;
                    next += 1;
                    stack.push(v);
                    on_stack[v] = true;
                    frames.push((v, out(v), 0));
                } else if on_stack[v] {
                    low[u] = low[u].min(index[v]);
                }
                continue;
            }
            frames.pop();
            if let Some(parent) = frames.last() {
                low[parent.0] = low[parent.0].min(low[u]);
            }
            if low[u] == index[u] {
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    comp[w] = count;
                    if w == u {
                        break;
                    }
                }
                count += 1;
            }
        }
    }
    comp
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

#[cfg(test)]
mod tests {
    use super::*;
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
