//! Records + settings → results: scoring every pair, applying locks and vetoes, solving, and explaining.

use super::model::*;
use super::results::*;
use super::score::{candidates, PairScore, Weights};
use super::solve::{max_weight_b_matching, Edge, Problem};
use super::survey::{settle_resubmissions, Issue, Survey};
use super::taxonomy;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// Which solver makes the assignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// The largest total score under all constraints, exactly.
    #[default]
    Optimal,
    /// Highest score first; a baseline to compare against.
    Greedy,
}

/// A pair named by ids: `(offer_id, need_id)`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct PairId {
    /// The municipality's id.
    pub offer_id: String,
    /// The community's id.
    pub need_id: String,
}

/// Everything the coordinator can set.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The solver.
    pub mode: Mode,
    /// Score weights.
    pub weights: Weights,
    /// Pairs that must be made.
    pub locks: Vec<PairId>,
    /// Pairs that must not be made.
    pub vetoes: Vec<PairId>,
}

/// Why the settings cannot be met.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MatchError {
    /// A lock or veto names an id no loaded file has.
    UnknownId {
        /// "lock" or "veto".
        what: &'static str,
        /// The id.
        id: String,
    },
    /// A pair is both locked and vetoed.
    LockedAndVetoed(PairId),
    /// Locks give a municipality more partners than its capacity, or a community more than it wants.
    OverCapacity {
        /// The id.
        id: String,
        /// Its name.
        name: String,
        /// Locked pairs.
        locked: usize,
        /// Its capacity or partners wanted.
        limit: u32,
    },
}

impl fmt::Display for MatchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MatchError::UnknownId { what, id } => write!(f, "a {what} names “{id}”, which no loaded file has. Remove the {what} or load the file that has it."),
            MatchError::LockedAndVetoed(p) => write!(f, "the pair {} – {} is both locked and vetoed. Remove one of the two.", p.offer_id, p.need_id),
            MatchError::OverCapacity { id, name, locked, limit } => write!(f, "{name} ({id}) has {locked} locked pairs but room for only {limit}. Remove {} lock(s) or raise its number of partners.", locked - *limit as usize),
        }
    }
}

impl std::error::Error for MatchError {}

/// All offers and needs of several surveys, each id once (a later answer from the same municipality or
/// community replaces an earlier one, with a warning), sorted by id.
#[derive(Debug, Clone, Default)]
pub struct Dataset {
    /// Offers, sorted by id.
    pub offers: Vec<Offer>,
    /// Needs, sorted by id.
    pub needs: Vec<Need>,
    /// Issues found while combining.
    pub issues: Vec<Issue>,
    /// The files, for the results' `inputs`.
    pub inputs: Vec<InputInfo>,
}

impl Dataset {
    /// Combines surveys in the order given. The same id in two files is settled as within one file: the
    /// answer submitted last wins and the other is reported.
    pub fn from_surveys(surveys: &[Survey]) -> Dataset {
        let mut offers: Vec<Offer> = surveys.iter().flat_map(|s| s.offers.iter().cloned()).collect();
        let mut needs: Vec<Need> = surveys.iter().flat_map(|s| s.needs.iter().cloned()).collect();
        let mut issues = Vec::new();
        settle_resubmissions(&mut offers, |o| (&o.id, &o.name, &o.submitted, &o.source), &mut issues);
        settle_resubmissions(&mut needs, |n| (&n.id, &n.name, &n.submitted, &n.source), &mut issues);
        offers.sort_by(|a, b| a.id.cmp(&b.id));
        needs.sort_by(|a, b| a.id.cmp(&b.id));
        let inputs = surveys.iter().map(InputInfo::from_survey).collect();
        Dataset { offers, needs, issues, inputs }
    }
}

/// Scores, solves and explains.
pub fn run(data: &Dataset, settings: &Settings) -> Result<Results, MatchError> {
    let offer_ix: BTreeMap<&str, usize> = data.offers.iter().enumerate().map(|(i, o)| (o.id.as_str(), i)).collect();
    let need_ix: BTreeMap<&str, usize> = data.needs.iter().enumerate().map(|(i, n)| (n.id.as_str(), i)).collect();
    let resolve = |what: &'static str, p: &PairId| -> Result<(usize, usize), MatchError> {
        let o =
            offer_ix.get(p.offer_id.as_str()).ok_or_else(|| MatchError::UnknownId { what, id: p.offer_id.clone() })?;
        let n = need_ix.get(p.need_id.as_str()).ok_or_else(|| MatchError::UnknownId { what, id: p.need_id.clone() })?;
        Ok((*o, *n))
    };
    let locks: BTreeSet<(usize, usize)> =
        settings.locks.iter().map(|p| resolve("lock", p)).collect::<Result<_, _>>()?;
    let vetoes: BTreeSet<(usize, usize)> =
        settings.vetoes.iter().map(|p| resolve("veto", p)).collect::<Result<_, _>>()?;
    if let Some(&(o, n)) = locks.intersection(&vetoes).next() {
        return Err(MatchError::LockedAndVetoed(PairId {
            offer_id: data.offers[o].id.clone(),
            need_id: data.needs[n].id.clone(),
        }));
    }
    let mut left_caps: Vec<u32> = data.offers.iter().map(|o| o.capacity).collect();
    let mut right_caps: Vec<u32> = data.needs.iter().map(|n| n.partners_wanted).collect();
    let mut locked_o = vec![0u32; data.offers.len()];
    let mut locked_n = vec![0u32; data.needs.len()];
    for &(o, n) in &locks {
        locked_o[o] += 1;
        locked_n[n] += 1;
    }
    let over = |id: &str, name: &str, locked: u32, limit: u32| MatchError::OverCapacity {
        id: id.into(),
        name: name.into(),
        locked: locked as usize,
        limit,
    };
    for (o, offer) in data.offers.iter().enumerate() {
        left_caps[o] = left_caps[o]
            .checked_sub(locked_o[o])
            .ok_or_else(|| over(&offer.id, &offer.name, locked_o[o], offer.capacity))?;
    }
    for (n, need) in data.needs.iter().enumerate() {
        right_caps[n] = right_caps[n]
            .checked_sub(locked_n[n])
            .ok_or_else(|| over(&need.id, &need.name, locked_n[n], need.partners_wanted))?;
    }

    let mut scored: BTreeMap<(usize, usize), PairScore> =
        candidates(&data.offers, &data.needs, &settings.weights).into_iter().map(|(o, n, s)| ((o, n), s)).collect();
    // A locked pair is made even when it is not a candidate; it then scores its (possibly zero) components.
    for &(o, n) in &locks {
        scored.entry((o, n)).or_insert_with(|| {
            super::score::score(&data.offers[o], &data.needs[n], &settings.weights).unwrap_or(PairScore {
                total: 0,
                components: Vec::new(),
                urgent_met: BTreeSet::new(),
                long_term_met: BTreeSet::new(),
                tie: false,
            })
        });
    }
    let free: Vec<(usize, usize)> =
        scored.keys().copied().filter(|k| !locks.contains(k) && !vetoes.contains(k)).collect();
    let chosen_free: Vec<(usize, usize)> = match settings.mode {
        Mode::Optimal => {
            let problem = Problem {
                left_caps: left_caps.clone(),
                right_caps: right_caps.clone(),
                edges: free.iter().map(|&(o, n)| Edge { left: o, right: n, weight: scored[&(o, n)].total }).collect(),
            };
            max_weight_b_matching(&problem).chosen.into_iter().map(|k| free[k]).collect()
        }
        Mode::Greedy => {
            let mut order = free.clone();
            // Highest score first; ties by offer id then need id (the order of the indexes).
            order.sort_by_key(|k| (std::cmp::Reverse(scored[k].total), *k));
            let (mut lc, mut rc) = (left_caps.clone(), right_caps.clone());
            let mut out = Vec::new();
            for (o, n) in order {
                if lc[o] > 0 && rc[n] > 0 {
                    lc[o] -= 1;
                    rc[n] -= 1;
                    out.push((o, n));
                }
            }
            out
        }
    };
    let mut chosen: Vec<(usize, usize)> = locks.iter().copied().chain(chosen_free).collect();
    chosen.sort_unstable();

    let code = |i: &usize| taxonomy::areas()[*i].code.to_string();
    let pairs: Vec<PairOut> = chosen
        .iter()
        .map(|&(o, n)| {
            let s = &scored[&(o, n)];
            PairOut {
                offer_id: data.offers[o].id.clone(),
                offer_name: data.offers[o].name.clone(),
                need_id: data.needs[n].id.clone(),
                need_name: data.needs[n].name.clone(),
                score: s.total,
                components: s.components.clone(),
                urgent_needs_met: s.urgent_met.iter().map(code).collect(),
                long_term_needs_met: s.long_term_met.iter().map(code).collect(),
                locked: locks.contains(&(o, n)),
            }
        })
        .collect();
    let mut used = vec![0u32; data.offers.len()];
    let mut got = vec![0u32; data.needs.len()];
    for &(o, n) in &chosen {
        used[o] += 1;
        got[n] += 1;
    }
    let has_candidate_o: BTreeSet<usize> = scored.keys().filter(|k| !vetoes.contains(k)).map(|k| k.0).collect();
    let has_candidate_n: BTreeSet<usize> = scored.keys().filter(|k| !vetoes.contains(k)).map(|k| k.1).collect();
    let unmatched_offers = (0..data.offers.len())
        .filter(|&o| used[o] == 0)
        .map(|o| {
            let (reason_code, reason) = if data.offers[o].areas.is_empty() {
                ("no_areas", "No area of competence was recognised in the answer.".to_string())
            } else if !has_candidate_o.contains(&o) {
                ("no_candidate", "None of its areas of competence matches a need of a loaded community.".to_string())
            } else {
                (
                    "outscored",
                    "Every community it could help got partners with a higher total score, or wanted no more partners."
                        .to_string(),
                )
            };
            Unmatched {
                id: data.offers[o].id.clone(),
                name: data.offers[o].name.clone(),
                reason_code: reason_code.into(),
                reason,
            }
        })
        .collect();
    let unmatched_needs = (0..data.needs.len())
        .filter(|&n| got[n] == 0)
        .map(|n| {
            let (reason_code, reason) = if data.needs[n].urgent.is_empty() && data.needs[n].long_term.is_empty() {
                ("no_needs", "No need was recognised in the answer.".to_string())
            } else if !has_candidate_n.contains(&n) {
                ("no_candidate", "No loaded municipality offers any of its needs.".to_string())
            } else {
                (
                    "outscored",
                    "Every municipality that could help used its capacity on pairs with a higher total score."
                        .to_string(),
                )
            };
            Unmatched {
                id: data.needs[n].id.clone(),
                name: data.needs[n].name.clone(),
                reason_code: reason_code.into(),
                reason,
            }
        })
        .collect();
    Ok(Results {
        schema_version: SCHEMA_VERSION,
        engine: EngineInfo::current(),
        mode: settings.mode,
        settings: settings.clone(),
        inputs: data.inputs.clone(),
        objective: pairs.iter().map(|p| p.score).sum(),
        offers: data
            .offers
            .iter()
            .zip(&used)
            .map(|(o, &u)| OfferOut { id: o.id.clone(), name: o.name.clone(), capacity: o.capacity, used: u })
            .collect(),
        needs: data
            .needs
            .iter()
            .zip(&got)
            .map(|(n, &g)| NeedOut {
                id: n.id.clone(),
                name: n.name.clone(),
                oblast: n.oblast.clone(),
                category: n.category,
                partners_wanted: n.partners_wanted,
                got: g,
            })
            .collect(),
        pairs,
        unmatched_offers,
        unmatched_needs,
    })
}
