//! Among every optimal answer, the one the tie-break rule picks: cycles of zero reduced cost in the residual
//! network, found by strongly connected components, turned until the rule holds.

use super::network::*;
use super::problem::*;
use std::collections::VecDeque;

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
pub(super) fn settle_ties(p: &Problem, net: &mut Network) {
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
pub(super) fn strong_components(n: usize, out: impl Fn(usize) -> Vec<usize>) -> Vec<usize> {
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
