//! Many-to-many deferred acceptance, and the check for blocking pairs.
//!
//! Both sides rank their candidates by pair score, ties by the other side's id (lower first). The
//! proposing side proposes down its list while it has room; each receiver keeps its best proposals up to its
//! capacity and rejects the rest. With such (responsive) preferences the result is pairwise stable: no
//! municipality and community that are not paired would both rather be paired with each other. O(E log E)
//! for sorting plus O(E) proposals, each at most a heap operation.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// The pairs a stable run works on: scores of candidate pairs, capacities left after locks, and the
/// fixed order of ids (an index's rank is its id's rank: the data is sorted by id).
pub struct Market<'a> {
    /// Capacity left for each offer.
    pub offer_caps: &'a [u32],
    /// Capacity left for each need.
    pub need_caps: &'a [u32],
    /// Candidate pairs (offer, need, score) that may be made (not vetoed, not locked, positive score).
    pub pairs: &'a [(usize, usize, i64)],
}

/// Which side proposes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Proposer {
    /// Municipalities propose.
    Offers,
    /// Communities propose.
    Needs,
}

/// A proposal a receiver holds: (score, proposer, pair), ordered so that the worst is on top.
type Held = Reverse<(i64, Reverse<usize>, usize)>;

/// Runs deferred acceptance; returns the chosen pairs as indexes into `market.pairs`, ascending.
pub fn deferred_acceptance(market: &Market, proposer: Proposer) -> Vec<usize> {
    let (np, nr, pcaps, rcaps) = match proposer {
        Proposer::Offers => (market.offer_caps.len(), market.need_caps.len(), market.offer_caps, market.need_caps),
        Proposer::Needs => (market.need_caps.len(), market.offer_caps.len(), market.need_caps, market.offer_caps),
    };
    let ends = |k: usize| -> (usize, usize) {
        let (o, n, _) = market.pairs[k];
        match proposer {
            Proposer::Offers => (o, n),
            Proposer::Needs => (n, o),
        }
    };
    // Each proposer's list, best first: higher score, then lower id of the receiver.
    let mut lists: Vec<Vec<usize>> = vec![Vec::new(); np];
    for k in 0..market.pairs.len() {
        let (p, _) = ends(k);
        if p < np {
            lists[p].push(k);
        }
    }
    for l in &mut lists {
        l.sort_by_key(|&k| (Reverse(market.pairs[k].2), ends(k).1));
        l.reverse(); // pop from the end = best first
    }
    // What each receiver holds, worst on top: lower score, then higher proposer id, is worse.
    let mut held: Vec<BinaryHeap<Held>> = vec![BinaryHeap::new(); nr];
    let mut room: Vec<u32> = pcaps.to_vec();
    let mut queue: Vec<usize> = (0..np).rev().collect();
    while let Some(p) = queue.pop() {
        while room[p] > 0 {
            let Some(k) = lists[p].pop() else { break };
            let (_, r) = ends(k);
            if r >= nr || rcaps[r] == 0 {
                continue;
            }
            let key = Reverse((market.pairs[k].2, Reverse(p), k));
            room[p] -= 1;
            if (held[r].len() as u32) < rcaps[r] {
                held[r].push(key);
            } else if held[r].peek().is_some_and(|worst| key < *worst) {
                // The new proposal is better than the worst held (Reverse flips the order).
                if let Some(Reverse((_, Reverse(loser), _))) = held[r].pop() {
                    room[loser] += 1;
                    if loser != p {
                        queue.push(loser);
                    }
                }
                held[r].push(key);
            } else {
                room[p] += 1;
            }
        }
    }
    let mut chosen: Vec<usize> = held.into_iter().flat_map(|h| h.into_iter().map(|Reverse((_, _, k))| k)).collect();
    chosen.sort_unstable();
    chosen
}

/// Pairs of `market.pairs` (indexes) that block `chosen`: not chosen, and both ends would rather have each
/// other than their worst partner (or have room). `fixed_*` counts partners fixed by locks, which take
/// capacity but are never given up.
pub fn blocking_pairs(market: &Market, chosen: &[usize]) -> Vec<usize> {
    let (no, nn) = (market.offer_caps.len(), market.need_caps.len());
    let mut worst_o: Vec<Option<(i64, usize)>> = vec![None; no];
    let mut worst_n: Vec<Option<(i64, usize)>> = vec![None; nn];
    let mut count_o = vec![0u32; no];
    let mut count_n = vec![0u32; nn];
    let mut is_chosen = vec![false; market.pairs.len()];
    for &k in chosen {
        if let Some(c) = is_chosen.get_mut(k) {
            *c = true;
        }
    }
    // "a is worse than b" for a ranking by (score desc, other id asc): lower score, or equal and higher id.
    let worse = |a: (i64, usize), b: (i64, usize)| a.0 < b.0 || (a.0 == b.0 && a.1 > b.1);
    for &k in chosen {
        let (o, n, s) = market.pairs[k];
        count_o[o] += 1;
        count_n[n] += 1;
        if worst_o[o].is_none_or(|w| worse((s, n), w)) {
            worst_o[o] = Some((s, n));
        }
        if worst_n[n].is_none_or(|w| worse((s, o), w)) {
            worst_n[n] = Some((s, o));
        }
    }
    (0..market.pairs.len())
        .filter(|&k| !is_chosen[k])
        .filter(|&k| {
            let (o, n, s) = market.pairs[k];
            if market.offer_caps[o] == 0 || market.need_caps[n] == 0 {
                return false;
            }
            let o_wants = count_o[o] < market.offer_caps[o] || worst_o[o].is_some_and(|w| worse(w, (s, n)));
            let n_wants = count_n[n] < market.need_caps[n] || worst_n[n].is_some_and(|w| worse(w, (s, o)));
            o_wants && n_wants
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_classic_example_is_stable_from_both_sides() {
        // Two and two, each with room for one; scores make 0–0 and 1–1 the stable matching.
        let pairs = [(0, 0, 9), (0, 1, 5), (1, 0, 6), (1, 1, 7)];
        let m = Market { offer_caps: &[1, 1], need_caps: &[1, 1], pairs: &pairs };
        for p in [Proposer::Offers, Proposer::Needs] {
            let c = deferred_acceptance(&m, p);
            assert_eq!(c, vec![0, 3]);
            assert!(blocking_pairs(&m, &c).is_empty());
        }
        // 0–1 and 1–0 is blocked by 0–0.
        assert_eq!(blocking_pairs(&m, &[1, 2]), vec![0, 3]);
    }
}
