//! Explanations: for every pair made and not made, the best alternatives of each municipality and community
//! and why they were not chosen (taken, vetoed, over capacity, a category full, a lower score), and in optimal
//! mode the exact loss of forcing each alternative in (from the solver's residual network).

use super::dataset::Dataset;
use super::messages::{self, Lang};
use super::model::Side;
use super::results::*;
use super::solve;
use std::collections::{BTreeMap, BTreeSet};

/// Where a lock came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum LockSource {
    /// The coordinator locked it.
    Coordinator,
    /// Both sides named each other as an existing tie.
    MutualTie,
}

/// The best candidates not chosen, per offer and per need: (offer, need) pairs.
pub(super) struct Alternatives {
    pub(super) by_offer: Vec<Vec<(usize, usize)>>,
    pub(super) by_need: Vec<Vec<(usize, usize)>>,
}

pub(super) struct Explainer<'a> {
    pub(super) data: &'a Dataset,
    pub(super) candidates: &'a [(usize, usize, i64)],
    /// Score of each candidate pair.
    pub(super) score: std::collections::HashMap<(usize, usize), i64>,
    /// Candidate pairs of each offer and of each need, as (offer, need).
    pub(super) of_offer: Vec<Vec<(usize, usize)>>,
    pub(super) of_need: Vec<Vec<(usize, usize)>>,
    pub(super) vetoes: &'a BTreeSet<(usize, usize)>,
    pub(super) chosen: &'a BTreeMap<(usize, usize), Option<LockSource>>,
    pub(super) used: &'a [u32],
    pub(super) got: &'a [u32],
    pub(super) group_full: Vec<bool>,
    pub(super) right_group: &'a [Option<usize>],
    pub(super) locked_o: &'a [u32],
    pub(super) locked_n: &'a [u32],
}

impl Explainer<'_> {
    pub(super) fn alternatives(&self, k: usize) -> Alternatives {
        let mut by_offer: Vec<Vec<(i64, usize, usize)>> = vec![Vec::new(); self.data.offers.len()];
        let mut by_need: Vec<Vec<(i64, usize, usize)>> = vec![Vec::new(); self.data.needs.len()];
        for &(o, n, s) in self.candidates {
            if !self.chosen.contains_key(&(o, n)) {
                by_offer[o].push((s, n, o));
                by_need[n].push((s, o, n));
            }
        }
        let top = |mut v: Vec<(i64, usize, usize)>| {
            v.sort_by_key(|&(s, other, _)| (std::cmp::Reverse(s), other));
            v.truncate(k);
            v
        };
        Alternatives {
            by_offer: by_offer.into_iter().map(|v| top(v).into_iter().map(|(_, n, o)| (o, n)).collect()).collect(),
            by_need: by_need.into_iter().map(|v| top(v).into_iter().map(|(_, o, n)| (o, n)).collect()).collect(),
        }
    }

    /// Exact losses of forcing each listed alternative into the optimum (optimal mode).
    pub(super) fn losses(
        &self,
        alts: &Alternatives,
        net: &solve::Network,
        free: &[(usize, usize, i64)],
    ) -> BTreeMap<(usize, usize), i64> {
        let weight: BTreeMap<(usize, usize), i64> = free.iter().map(|&(o, n, s)| ((o, n), s)).collect();
        let mut targets: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); self.data.offers.len()];
        for &(o, n) in alts.by_offer.iter().chain(&alts.by_need).flatten() {
            if weight.contains_key(&(o, n)) {
                targets[o].insert(n);
            }
        }
        let lists: Vec<Vec<(usize, i64)>> =
            targets.iter().enumerate().map(|(o, t)| t.iter().map(|&n| (n, weight[&(o, n)])).collect()).collect();
        let found = solve::forcing_losses(net, &lists);
        let mut out = BTreeMap::new();
        for (o, row) in found.into_iter().enumerate() {
            for ((n, _), loss) in lists[o].iter().zip(row) {
                if let Some(l) = loss {
                    out.insert((o, *n), l);
                }
            }
        }
        out
    }

    pub(super) fn alternative(&self, o: usize, n: usize, for_offer: bool, loss: Option<i64>) -> Alternative {
        let (offer, need) = (&self.data.offers[o], &self.data.needs[n]);
        let score = self.score.get(&(o, n)).copied().unwrap_or(0);
        let o_full = self.used[o] >= offer.capacity;
        let n_full = self.got[n] >= need.partners_wanted;
        let g_full = self.right_group.get(n).copied().flatten().is_some_and(|g| self.group_full.get(g) == Some(&true));
        let why = if self.vetoed(o, n) {
            WhyNot::Vetoed
        } else if self.locked_o[o] >= offer.capacity {
            WhyNot::OfferLocked
        } else if self.locked_n[n] >= need.partners_wanted {
            WhyNot::NeedLocked
        } else if o_full && n_full {
            WhyNot::BothFull
        } else if o_full {
            WhyNot::OfferFull
        } else if n_full {
            WhyNot::NeedFull
        } else if g_full {
            WhyNot::ShareFull
        } else {
            WhyNot::NotChosen
        };
        let reason = messages::why_not_en(why, &offer.name, offer.capacity, &need.name, need.partners_wanted);
        let rise_needed =
            loss.filter(|_| !matches!(why, WhyNot::Vetoed | WhyNot::OfferLocked | WhyNot::NeedLocked)).map(|l| l + 1);
        let (id, name) =
            if for_offer { (need.id.clone(), need.name.clone()) } else { (offer.id.clone(), offer.name.clone()) };
        Alternative { id, name, score, reason_code: why, reason, rise_needed }
    }

    fn vetoed(&self, o: usize, n: usize) -> bool {
        self.vetoes.contains(&(o, n))
    }

    pub(super) fn unmatched_offer(&self, o: usize, best: Option<Alternative>) -> Unmatched {
        let offer = &self.data.offers[o];
        let cands = &self.of_offer[o];
        let why = if offer.areas.is_empty() {
            Unplaced::NoAreas
        } else if cands.is_empty() {
            Unplaced::NoCandidate
        } else if cands.iter().all(|c| self.vetoed(c.0, c.1)) {
            Unplaced::Vetoed
        } else {
            Unplaced::Outscored
        };
        Unmatched {
            id: offer.id.clone(),
            name: offer.name.clone(),
            reason_code: why,
            reason: messages::unplaced(Lang::En, Side::Offers, why),
            best_alternative: best,
        }
    }

    pub(super) fn unmatched_need(&self, n: usize, best: Option<Alternative>) -> Unmatched {
        let need = &self.data.needs[n];
        let cands = &self.of_need[n];
        let why = if need.urgent.is_empty() && need.long_term.is_empty() {
            Unplaced::NoNeeds
        } else if cands.is_empty() {
            Unplaced::NoCandidate
        } else if cands.iter().all(|c| self.vetoed(c.0, c.1)) {
            Unplaced::Vetoed
        } else {
            Unplaced::Outscored
        };
        Unmatched {
            id: need.id.clone(),
            name: need.name.clone(),
            reason_code: why,
            reason: messages::unplaced(Lang::En, Side::Needs, why),
            best_alternative: best,
        }
    }
}
