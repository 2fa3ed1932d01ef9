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

/// The best candidates not chosen, per offer and per need: (offer, need, score), best first.
pub(super) struct Alternatives {
    pub(super) by_offer: Vec<Vec<(usize, usize, i64)>>,
    pub(super) by_need: Vec<Vec<(usize, usize, i64)>>,
}

/// How many candidate pairs an entity has, and how many of them are vetoed.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct CandidateCount {
    pub(super) all: u32,
    pub(super) vetoed: u32,
}

/// A candidate as ranked for one entity: (score, the other side's index, (offer, need)).
type Ranked = (i64, usize, (usize, usize));

/// Keeps the `k` best of a stream of (score, other side's index, pair) by score, then the lower index: the
/// same order as sorting all and cutting, in one pass without storing the rest.
fn keep_best(top: &mut Vec<Ranked>, k: usize, item: Ranked) {
    let key = |t: &Ranked| (std::cmp::Reverse(t.0), t.1);
    if top.len() == k && top.last().is_none_or(|last| key(&item) >= key(last)) {
        return;
    }
    let at = top.partition_point(|t| key(t) < key(&item));
    top.insert(at, item);
    top.truncate(k);
}

pub(super) struct Explainer<'a> {
    pub(super) data: &'a Dataset,
    pub(super) candidates: &'a [(usize, usize, i64)],
    /// Candidate pairs of each offer and of each need.
    pub(super) of_offer: Vec<CandidateCount>,
    pub(super) of_need: Vec<CandidateCount>,
    pub(super) vetoes: &'a BTreeSet<(usize, usize)>,
    pub(super) chosen: &'a BTreeMap<(usize, usize), Option<LockSource>>,
    pub(super) used: &'a [u32],
    pub(super) got: &'a [u32],
    pub(super) group_full: Vec<bool>,
    pub(super) right_group: &'a [Option<usize>],
    pub(super) locked_o: &'a [u32],
    pub(super) locked_n: &'a [u32],
    /// The bonus of covering a community, when the objective is coverage.
    pub(super) cover_bonus: Option<i64>,
}

impl Explainer<'_> {
    pub(super) fn alternatives(&self, k: usize) -> Alternatives {
        let mut by_offer: Vec<Vec<Ranked>> = vec![Vec::new(); self.data.offers.len()];
        let mut by_need: Vec<Vec<Ranked>> = vec![Vec::new(); self.data.needs.len()];
        // Each municipality's chosen partners (a few): a scan of these is faster than a look-up in `chosen`
        // for each of the 200,000 candidates of a national instance.
        let mut partners: Vec<Vec<usize>> = vec![Vec::new(); self.data.offers.len()];
        for &(o, n) in self.chosen.keys() {
            partners[o].push(n);
        }
        for &(o, n, s) in self.candidates {
            if !partners[o].contains(&n) {
                keep_best(&mut by_offer[o], k, (s, n, (o, n)));
                keep_best(&mut by_need[n], k, (s, o, (o, n)));
            }
        }
        let out = |v: Vec<Vec<Ranked>>| {
            v.into_iter().map(|top| top.into_iter().map(|(s, _, (o, n))| (o, n, s)).collect()).collect()
        };
        Alternatives { by_offer: out(by_offer), by_need: out(by_need) }
    }

    /// Exact losses of forcing each listed alternative into the optimum (optimal mode). Vetoed pairs are not
    /// in the solver's problem and get none.
    pub(super) fn losses(
        &self,
        alts: &Alternatives,
        residual: &solve::Residual,
        net: &solve::Network,
        tick: &mut dyn FnMut(usize),
    ) -> BTreeMap<(usize, usize), i64> {
        let mut targets: Vec<BTreeMap<usize, i64>> = vec![BTreeMap::new(); self.data.offers.len()];
        for &(o, n, s) in alts.by_offer.iter().chain(&alts.by_need).flatten() {
            if !self.vetoed(o, n) {
                targets[o].insert(n, s);
            }
        }
        let lists: Vec<Vec<(usize, i64)>> = targets.into_iter().map(|t| t.into_iter().collect()).collect();
        let found = solve::forcing_losses_in(residual, net, &lists, tick);
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

    pub(super) fn alternative(
        &self,
        (o, n, score): (usize, usize, i64),
        for_offer: bool,
        loss: Option<i64>,
    ) -> Alternative {
        let (offer, need) = (&self.data.offers[o], &self.data.needs[n]);
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
        // Covering first, a loss of the bonus or more means forcing the pair reaches fewer communities: no rise
        // in its score alone would bring it in.
        let rise_needed = loss
            .filter(|_| !matches!(why, WhyNot::Vetoed | WhyNot::OfferLocked | WhyNot::NeedLocked))
            .filter(|&l| self.cover_bonus.is_none_or(|b| l < b))
            .map(|l| l + 1);
        let (id, name) =
            if for_offer { (need.id.clone(), need.name.clone()) } else { (offer.id.clone(), offer.name.clone()) };
        Alternative { id, name, score, reason_code: why, reason, rise_needed }
    }

    fn vetoed(&self, o: usize, n: usize) -> bool {
        self.vetoes.contains(&(o, n))
    }

    pub(super) fn unmatched_offer(&self, o: usize, best: Option<Alternative>) -> Unmatched {
        let offer = &self.data.offers[o];
        let cands = self.of_offer[o];
        let why = if offer.areas.is_empty() {
            Unplaced::NoAreas
        } else if cands.all == 0 {
            Unplaced::NoCandidate
        } else if cands.vetoed == cands.all {
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
        let cands = self.of_need[n];
        let why = if need.urgent.is_empty() && need.long_term.is_empty() {
            Unplaced::NoNeeds
        } else if cands.all == 0 {
            Unplaced::NoCandidate
        } else if cands.vetoed == cands.all {
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
