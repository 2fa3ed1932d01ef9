//! Records + settings → results: scoring every pair, applying locks, vetoes and category shares, solving,
//! and explaining every pair made and not made.

use super::beside::{beside, Later};
use super::dataset::Dataset;
use super::explain::{CandidateCount, Explainer, LockSource};
use super::model::*;
use super::progress::{Observer, Progress, Quiet, Stage};
use super::results::*;
use super::score::{PairScore, Scorer, Weights};
use super::settings::*;
use super::solve::{self, Edge, Problem};
use super::stable::{self, Market, Proposer};
use super::taxonomy;
use std::collections::{BTreeMap, BTreeSet};

/// Hears a run: its progress, and its results as soon as the pairs are known.
pub trait RunObserver: Observer {
    /// Whether [`RunObserver::preliminary`] is wanted: making the preliminary results costs a little.
    fn wants_preliminary(&self) -> bool {
        false
    }

    /// The results as soon as the pairs are known: everything but the other objective's figures
    /// (`comparison.objectives` empty) and each municipality's and community's alternatives (`alternatives`
    /// empty; those left without a partner keep their best one, without its exact `rise_needed`). For
    /// showing, never for sharing: the run's answer follows.
    fn preliminary(&mut self, _results: &Results) {}
}

impl RunObserver for Quiet {}

/// Most pairs (offers × needs) weighed at once: all of Norway's 357 municipalities against all of Ukraine's
/// 1,469 communities are 524,433, so this leaves room for resubmissions and test rows; far beyond, the work
/// grows faster than the pairs (seconds to minutes and gigabytes natively), which would freeze or crash a
/// browser tab.
pub const MAX_PAIRS: usize = 1_000_000;

/// Refuses a dataset with more than [`MAX_PAIRS`] pairs to weigh.
pub fn check_size(data: &Dataset) -> Result<(), MatchError> {
    let (offers, needs) = (data.offers.len(), data.needs.len());
    if offers.saturating_mul(needs) > MAX_PAIRS {
        return Err(MatchError::TooLarge { offers, needs, limit: MAX_PAIRS });
    }
    Ok(())
}

/// Everything a run needs before solving: scores, locks and vetoes resolved, capacities left, the problem.
struct Setup {
    scorer: Scorer,
    /// Partnerships of previous rounds that go on, and those that ended (vetoed).
    kept: BTreeSet<(usize, usize)>,
    ended: BTreeSet<(usize, usize)>,
    locks: BTreeMap<(usize, usize), LockSource>,
    vetoes: BTreeSet<(usize, usize)>,
    locked_o: Vec<u32>,
    locked_n: Vec<u32>,
    candidates: Vec<(usize, usize, i64)>,
    free: Vec<(usize, usize, i64)>,
    /// Capacities left after locks, category groups and the free pairs, as the solver takes them.
    problem: Problem,
}

fn prepare(data: &Dataset, settings: &Settings) -> Result<Setup, MatchError> {
    validate(settings)?;
    check_size(data)?;
    let (no, nn) = (data.offers.len(), data.needs.len());
    let mut scorer = Scorer::new(&data.offers, &data.needs, &settings.weights);
    let offer_ix: BTreeMap<&str, usize> = data.offers.iter().enumerate().map(|(i, o)| (o.id.as_str(), i)).collect();
    let need_ix: BTreeMap<&str, usize> = data.needs.iter().enumerate().map(|(i, n)| (n.id.as_str(), i)).collect();
    let resolve = |lock: bool, p: &PairId| -> Result<(usize, usize), MatchError> {
        let o =
            offer_ix.get(p.offer_id.as_str()).ok_or_else(|| MatchError::UnknownId { lock, id: p.offer_id.clone() })?;
        let n = need_ix.get(p.need_id.as_str()).ok_or_else(|| MatchError::UnknownId { lock, id: p.need_id.clone() })?;
        Ok((*o, *n))
    };
    let vetoes: BTreeSet<(usize, usize)> =
        settings.vetoes.iter().map(|p| resolve(false, p)).collect::<Result<_, _>>()?;
    // Partnerships of previous rounds: kept, unless a veto ends them. Every side of one is in the records
    // (`Dataset::with_previous` adds those that did not answer).
    let (mut kept, mut ended) = (BTreeSet::new(), BTreeSet::new());
    for (o, n) in data.history.pairs.keys() {
        if let (Some(&o), Some(&n)) = (offer_ix.get(o.as_str()), need_ix.get(n.as_str())) {
            if vetoes.contains(&(o, n)) {
                ended.insert((o, n));
            } else {
                kept.insert((o, n));
                // A community with a partnership has partners.
                scorer.mark_partnered(n);
            }
        }
    }
    let mut locks: BTreeMap<(usize, usize), LockSource> = BTreeMap::new();
    for p in &settings.locks {
        let k = resolve(true, p)?;
        if vetoes.contains(&k) {
            return Err(MatchError::LockedAndVetoed(p.clone()));
        }
        // A lock on a kept partnership asks for what is there already.
        if !kept.contains(&k) {
            locks.insert(k, LockSource::Coordinator);
        }
    }
    if settings.lock_mutual_ties {
        for k in scorer.mutual_ties() {
            if !vetoes.contains(&k) && !kept.contains(&k) {
                locks.entry(k).or_insert(LockSource::MutualTie);
            }
        }
    }
    let mut kept_o = vec![0u32; no];
    let mut kept_n = vec![0u32; nn];
    for &(o, n) in &kept {
        kept_o[o] += 1;
        kept_n[n] += 1;
    }

    // Capacity left after locks.
    let mut left_caps: Vec<u32> = data.offers.iter().map(|o| o.capacity).collect();
    let mut right_caps: Vec<u32> = data.needs.iter().map(|n| n.partners_wanted).collect();
    let mut locked_o = vec![0u32; no];
    let mut locked_n = vec![0u32; nn];
    for &(o, n) in locks.keys() {
        locked_o[o] += 1;
        locked_n[n] += 1;
    }
    let over = |id: &str, name: &str, locked: u32, limit: u32| MatchError::OverCapacity {
        id: id.into(),
        name: name.into(),
        locked: locked as usize,
        limit,
    };
    // Kept partnerships use this round's capacity only when the settings say so; they never make a run
    // impossible (they are facts, not requests).
    if settings.kept_in_capacity {
        for (cap, k) in left_caps.iter_mut().zip(&kept_o).chain(right_caps.iter_mut().zip(&kept_n)) {
            *cap = cap.saturating_sub(*k);
        }
    }
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

    // Category shares: group 0 the war zone, group 1 outside.
    let total_places: u32 = data.offers.iter().fold(0u32, |all, o| all.saturating_add(o.capacity));
    let shared =
        settings.mode != Mode::Stable && (settings.shares.war_zone.is_some() || settings.shares.outside.is_some());
    let (right_group, group_caps) = if shared {
        let mut caps = Vec::new();
        for (category, share) in
            [(Category::WarZone, settings.shares.war_zone), (Category::Outside, settings.shares.outside)]
        {
            let limit = share.map_or(u32::MAX, |pct| (u64::from(total_places) * u64::from(pct) / 100) as u32);
            let locked = locks.keys().filter(|&&(_, n)| data.needs[n].category == category).count();
            let mut left = limit.checked_sub(locked as u32).ok_or(MatchError::OverShare {
                category,
                locked,
                limit,
                percent: share.unwrap_or(100),
                total: total_places,
            })?;
            if settings.kept_in_capacity {
                let k = kept.iter().filter(|&&(_, n)| data.needs[n].category == category).count();
                left = left.saturating_sub(k as u32);
            }
            caps.push(left);
        }
        let groups = data
            .needs
            .iter()
            .map(|n| match n.category {
                Category::WarZone => Some(0),
                Category::Outside => Some(1),
                Category::Unknown => None,
            })
            .collect();
        (groups, caps)
    } else {
        (Vec::new(), Vec::new())
    };

    // A kept partnership is not a candidate: it is not matched again, nor offered as an alternative.
    let mut candidates = scorer.candidates();
    if !kept.is_empty() {
        candidates.retain(|&(o, n, _)| !kept.contains(&(o, n)));
    }
    let mut free: Vec<(usize, usize, i64)> = Vec::with_capacity(candidates.len());
    free.extend(
        candidates.iter().copied().filter(|&(o, n, _)| !locks.contains_key(&(o, n)) && !vetoes.contains(&(o, n))),
    );
    // Coverage: every community counts that no lock or kept partnership already gives a partner.
    let cover = match settings.objective {
        Objective::Total => Vec::new(),
        Objective::Coverage => locked_n.iter().zip(&kept_n).map(|(&l, &k)| l == 0 && k == 0).collect(),
    };
    let problem = Problem {
        left_caps,
        right_caps,
        edges: free.iter().map(|&(left, right, weight)| Edge { left, right, weight }).collect(),
        right_group,
        group_caps,
        cover,
    };
    Ok(Setup { scorer, kept, ended, locks, vetoes, locked_o, locked_n, candidates, free, problem })
}

/// The largest total score under the settings' constraints (locks, vetoes, shares), without building the
/// results: what the optimal mode's `objective` will be. Fast enough to call on every change.
pub fn optimal_total(data: &Dataset, settings: &Settings) -> Result<i64, MatchError> {
    let p = prepare(data, settings)?;
    let locked: i64 = p.locks.keys().map(|&(o, n)| p.scorer.explain(o, n).total).sum();
    Ok(solve::solve(&p.problem).0.objective + locked)
}

/// Scores, solves and explains. See `docs/scoring.md` and `docs/results-schema.md`.
pub fn run(data: &Dataset, settings: &Settings) -> Result<Results, MatchError> {
    run_observed(data, settings, &mut Quiet)
}

/// [`run`], telling `observer` how far it is and, when it asks, handing over the results as soon as the pairs
/// are known (before the exact explanations). The results are the same as [`run`]'s.
pub fn run_observed(
    data: &Dataset,
    settings: &Settings,
    observer: &mut dyn RunObserver,
) -> Result<Results, MatchError> {
    observer.progress(Progress::start(Stage::Scoring));
    let setup = prepare(data, settings)?;
    // The other objective's optimum, for the comparison: it needs only the problem, so natively it is solved
    // on a thread of its own from here on, beside this objective's solve and explanations.
    let other = other_objective(&setup.problem, &setup.locks, &setup.kept);
    beside(|| solve::solve(&other).0, |other| finish(data, settings, observer, setup, other))
}

/// The problem solved for the other objective's figures: coverage (every community with no locked or kept
/// partner covered) when the run maximises the score, the score alone when it maximises coverage.
fn other_objective(
    problem: &Problem,
    locks: &BTreeMap<(usize, usize), LockSource>,
    kept: &BTreeSet<(usize, usize)>,
) -> Problem {
    let cover = if problem.cover.is_empty() {
        // Communities that have a partner whatever is solved: locked or kept.
        let given: BTreeSet<usize> = locks.keys().chain(kept).map(|&(_, n)| n).collect();
        (0..problem.right_caps.len()).map(|j| !given.contains(&j)).collect()
    } else {
        Vec::new()
    };
    Problem { cover, ..problem.clone() }
}

/// [`run_observed`] once the problem is set up; `other` gives the other objective's optimum.
fn finish(
    data: &Dataset,
    settings: &Settings,
    observer: &mut dyn RunObserver,
    setup: Setup,
    other: Later<solve::Solution>,
) -> Result<Results, MatchError> {
    observer.progress(Progress::start(Stage::Solving));
    let (optimum, net) = solve::solve(&setup.problem);
    // The residual graph the exact explanations search is made while the pairs are read out.
    let optimal = settings.mode == Mode::Optimal;
    let residual = || optimal.then(|| solve::Residual::new(&net, &setup.problem));
    beside(residual, |residual| explained(data, settings, observer, &setup, (optimum, &net), other, residual))
}

/// [`finish`] once the problem is solved: the pairs, the explanations (`residual`: the solved network's
/// residual graph, in optimal mode) and the other objective's figures (`other`).
#[allow(clippy::too_many_arguments, reason = "the run's parts, each taken once")]
fn explained(
    data: &Dataset,
    settings: &Settings,
    observer: &mut dyn RunObserver,
    setup: &Setup,
    (optimum, net): (solve::Solution, &solve::Network),
    other: Later<solve::Solution>,
    residual: Later<Option<solve::Residual>>,
) -> Result<Results, MatchError> {
    let (no, nn) = (data.offers.len(), data.needs.len());
    let Setup { scorer, kept, ended, locks, vetoes, locked_o, locked_n, candidates, free, problem } = setup;
    let market = Market { offer_caps: &problem.left_caps, need_caps: &problem.right_caps, pairs: free };
    let chosen_free = chosen_by_mode(settings, problem, &market, &optimum);
    let blocking = stable::blocking_pairs(&market, &chosen_free).len();

    let mut chosen: BTreeMap<(usize, usize), Option<LockSource>> = locks.iter().map(|(k, s)| (*k, Some(*s))).collect();
    for &k in &chosen_free {
        chosen.insert((free[k].0, free[k].1), None);
    }
    let locked_total: i64 = locks.keys().map(|&(o, n)| scorer.explain(o, n).total).sum();

    let earlier = |set: &BTreeSet<(usize, usize)>| earlier_partnerships(data, set);
    let pairs: Vec<PairOut> = chosen.iter().map(|(&pair, lock)| pair_out(data, scorer, pair, *lock)).collect();
    let mut used = vec![0u32; no];
    let mut got = vec![0u32; nn];
    for &(o, n) in chosen.keys() {
        used[o] += 1;
        got[n] += 1;
    }
    let objective: i64 = pairs.iter().map(|p| p.score).sum();
    let optimal_objective = optimum.objective + locked_total;

    let (of_offer, of_need) = candidate_counts(data, candidates, vetoes);
    let explain = Explainer {
        data,
        candidates,
        of_offer,
        of_need,
        vetoes,
        chosen: &chosen,
        used: &used,
        got: &got,
        group_full: group_full(&problem.right_group, &problem.group_caps, &chosen_free, free),
        right_group: &problem.right_group,
        locked_o,
        locked_n,
        cover_bonus: (!problem.cover.is_empty()).then(|| solve::cover_bonus(problem)),
    };
    let alternatives = explain.alternatives(3);
    let made: Vec<(usize, usize)> = chosen.keys().copied().collect();
    let (partners_o, partners_n) = partners(data, kept, &made, ended);
    let round = |id: &str, partners: &[Vec<String>; 3]| round_out(data, id, partners);
    // The results with these losses (exact rises) and objective figures. The preliminary ones (`final_`
    // false) have neither, nor each municipality's and community's alternatives (more than half of the text
    // the worker sends the page, and no use before their rises): only the best alternative of those left
    // without a partner.
    let results = |losses: &BTreeMap<(usize, usize), i64>, objectives: Vec<ObjectiveFigures>, final_: bool| {
        let alt = |&(o, n, s): &(usize, usize, i64), for_offer: bool| {
            explain.alternative((o, n, s), for_offer, losses.get(&(o, n)).copied())
        };
        // Preliminary results carry no alternatives.
        let alt_out = |list: &[(usize, usize, i64)], for_offer: bool| -> Vec<Alternative> {
            list.iter().filter(|_| final_).map(|a| alt(a, for_offer)).collect()
        };
        let best = |list: &[(usize, usize, i64)], for_offer: bool| list.first().map(|a| alt(a, for_offer));
        let offers = data
            .offers
            .iter()
            .enumerate()
            .map(|(o, offer)| OfferOut {
                id: offer.id.clone(),
                name: offer.name.clone(),
                county: offer.county.clone(),
                capacity: offer.capacity,
                used: used[o],
                alternatives: alt_out(&alternatives.by_offer[o], true),
                ties_outside: offer_ties_outside(data, offer),
                round: round(&offer.id, &partners_o[o]),
            })
            .collect::<Vec<_>>();
        let needs = data
            .needs
            .iter()
            .enumerate()
            .map(|(n, need)| NeedOut {
                id: need.id.clone(),
                name: need.name.clone(),
                oblast: need.oblast.clone(),
                category: need.category,
                partners_wanted: need.partners_wanted,
                got: got[n],
                alternatives: alt_out(&alternatives.by_need[n], false),
                ties_outside: need_ties_outside(data, need),
                round: round(&need.id, &partners_n[n]),
            })
            .collect::<Vec<_>>();
        // One that did not answer is here for its partnerships only: it asked for no one.
        let answered = |id: &str| !data.history.not_answering.contains(id);
        let unmatched_offers = (0..no)
            .filter(|&o| used[o] == 0 && answered(&data.offers[o].id))
            .map(|o| explain.unmatched_offer(o, best(&alternatives.by_offer[o], true)))
            .collect();
        let unmatched_needs = (0..nn)
            .filter(|&n| got[n] == 0 && answered(&data.needs[n].id))
            .map(|n| explain.unmatched_need(n, best(&alternatives.by_need[n], false)))
            .collect();
        Results {
            schema_version: SCHEMA_VERSION,
            engine: EngineInfo::current(),
            mode: settings.mode,
            settings: settings.clone(),
            inputs: data.inputs.clone(),
            objective,
            comparison: Comparison {
                optimal_objective,
                given_up: optimal_objective - objective,
                blocking_pairs: blocking,
                objectives,
            },
            offers,
            needs,
            pairs: pairs.clone(),
            previous_rounds: data.history.rounds.clone(),
            kept: earlier(kept),
            ended: earlier(ended),
            unmatched_offers,
            unmatched_needs,
            includes_personal_data: false,
            contacts: Vec::new(),
            weighed: Vec::new(),
        }
    };
    if observer.wants_preliminary() {
        observer.preliminary(&results(&BTreeMap::new(), Vec::new(), false));
    }
    // The exact rises (optimal mode), then the other objective's figures (solved meanwhile, natively).
    observer.progress(Progress::counted(Stage::Explaining, 0, no));
    let losses = match residual.take() {
        Some(residual) => explain.losses(&alternatives, &residual, net, &mut |done| {
            observer.progress(Progress::counted(Stage::Explaining, done, no))
        }),
        None => BTreeMap::new(),
    };
    observer.progress(Progress::start(Stage::Comparing));
    let objectives = objective_figures(data, problem, &optimum, &other.take(), free, locks, kept, &locked_total);
    Ok(results(&losses, objectives, true))
}

/// Communities a municipality named as existing partners that answered no survey this round.
fn offer_ties_outside(data: &Dataset, offer: &Offer) -> Vec<TieOut> {
    super::gazetteer::hromady_named_in(&offer.ties)
        .into_iter()
        .filter(|h| !data.needs.iter().any(|n| n.id == h.code))
        .map(|h| TieOut { id: h.code.into(), name: h.name.into() })
        .collect()
}

/// Municipalities a community named as existing partners that answered no survey this round.
fn need_ties_outside(data: &Dataset, need: &Need) -> Vec<TieOut> {
    super::gazetteer::kommuner_named_in(&need.international_partners)
        .into_iter()
        .filter(|k| !data.offers.iter().any(|o| o.id == k.number))
        .map(|k| TieOut { id: k.number.into(), name: k.name.into() })
        .collect()
}

/// An entity's standing across rounds and its partners kept, new and ended, when there were earlier rounds.
fn round_out(data: &Dataset, id: &str, partners: &[Vec<String>; 3]) -> Option<RoundOut> {
    data.history.standing(id).map(|standing| {
        let [kept, new, ended] = partners.clone();
        RoundOut { standing, kept, new, ended }
    })
}

/// The free pairs the mode chooses: the optimal solve's, the greedy pass's, or deferred acceptance's.
fn chosen_by_mode(settings: &Settings, problem: &Problem, market: &Market, optimum: &solve::Solution) -> Vec<usize> {
    match settings.mode {
        Mode::Optimal => optimum.chosen.clone(),
        Mode::Greedy => greedy(problem),
        Mode::Stable => stable::deferred_acceptance(
            market,
            match settings.proposing {
                Side::Offers => Proposer::Offers,
                Side::Needs => Proposer::Needs,
            },
        ),
    }
}

/// Partnerships of previous rounds as recorded there, with this round's names.
fn earlier_partnerships(data: &Dataset, set: &BTreeSet<(usize, usize)>) -> Vec<KeptOut> {
    set.iter()
        .filter_map(|&(o, n)| {
            let (offer, need) = (&data.offers[o], &data.needs[n]);
            let k = data.history.pairs.get(&(offer.id.clone(), need.id.clone()))?;
            Some(KeptOut { offer_name: offer.name.clone(), need_name: need.name.clone(), ..k.clone() })
        })
        .collect()
}

/// How many candidate pairs each municipality and community has, and how many of them are vetoed.
fn candidate_counts(
    data: &Dataset,
    candidates: &[(usize, usize, i64)],
    vetoes: &BTreeSet<(usize, usize)>,
) -> (Vec<CandidateCount>, Vec<CandidateCount>) {
    let mut of_offer = vec![CandidateCount::default(); data.offers.len()];
    let mut of_need = vec![CandidateCount::default(); data.needs.len()];
    for &(o, n, _) in candidates {
        let vetoed = u32::from(vetoes.contains(&(o, n)));
        for c in [&mut of_offer[o], &mut of_need[n]] {
            c.all += 1;
            c.vetoed += vetoed;
        }
    }
    (of_offer, of_need)
}

/// A pair as the results give it: both sides, the score by component, the needs met, how it was locked.
fn pair_out(data: &Dataset, scorer: &Scorer, (o, n): (usize, usize), lock: Option<LockSource>) -> PairOut {
    let code = |i: &usize| taxonomy::areas()[*i].code.to_string();
    let s: PairScore = scorer.explain(o, n);
    PairOut {
        offer_id: data.offers[o].id.clone(),
        offer_name: data.offers[o].name.clone(),
        need_id: data.needs[n].id.clone(),
        need_name: data.needs[n].name.clone(),
        score: s.total,
        components: s.components,
        urgent_needs_met: s.urgent_met.iter().map(code).collect(),
        long_term_needs_met: s.long_term_met.iter().map(code).collect(),
        locked: lock.is_some(),
        lock_source: lock.map(|l| {
            match l {
                LockSource::Coordinator => "coordinator",
                LockSource::MutualTie => "mutual_tie",
            }
            .to_string()
        }),
        existing_tie: s.tie,
    }
}

/// Each side's partners by id, as kept from earlier rounds, new in this one, and ended.
type Partners = Vec<[Vec<String>; 3]>;

fn partners(
    data: &Dataset,
    kept: &BTreeSet<(usize, usize)>,
    made: &[(usize, usize)],
    ended: &BTreeSet<(usize, usize)>,
) -> (Partners, Partners) {
    let mut of_offer: Partners = vec![Default::default(); data.offers.len()];
    let mut of_need: Partners = vec![Default::default(); data.needs.len()];
    let sets: [Vec<(usize, usize)>; 3] =
        [kept.iter().copied().collect(), made.to_vec(), ended.iter().copied().collect()];
    for (i, set) in sets.iter().enumerate() {
        for &(o, n) in set {
            of_offer[o][i].push(data.needs[n].id.clone());
            of_need[n][i].push(data.offers[o].id.clone());
        }
    }
    (of_offer, of_need)
}

/// The optimum under each objective with the same constraints: communities reached (per category) and the
/// total score, locked pairs included: the run's own optimum and the other objective's ([`other_objective`]).
#[allow(clippy::too_many_arguments, reason = "the run's parts it reads, each once")]
fn objective_figures(
    data: &Dataset,
    problem: &Problem,
    optimum: &solve::Solution,
    other: &solve::Solution,
    free: &[(usize, usize, i64)],
    locks: &BTreeMap<(usize, usize), LockSource>,
    kept: &BTreeSet<(usize, usize)>,
    locked_total: &i64,
) -> Vec<ObjectiveFigures> {
    // Communities that have a partner whatever is solved: locked or kept.
    let given: BTreeSet<usize> = locks.keys().chain(kept).map(|&(_, n)| n).collect();
    let covering = !problem.cover.is_empty();
    Objective::ALL
        .iter()
        .map(|&objective| {
            let solution = if (objective == Objective::Coverage) == covering { optimum } else { other };
            let mut partnered = given.clone();
            partnered.extend(solution.chosen.iter().filter_map(|&k| free.get(k).map(|f| f.1)));
            let mut reached = Reached { all: partnered.len(), ..Reached::default() };
            for n in partnered {
                match data.needs.get(n).map(|x| x.category) {
                    Some(Category::WarZone) => reached.war_zone += 1,
                    Some(Category::Outside) => reached.outside += 1,
                    _ => reached.unknown += 1,
                }
            }
            ObjectiveFigures { objective, reached, total_score: solution.objective + locked_total }
        })
        .collect()
}

fn validate(s: &Settings) -> Result<(), MatchError> {
    for name in Weights::NAMES {
        let v = s.weights.get(name).unwrap_or(0);
        if v.abs() > MAX_WEIGHT {
            return Err(MatchError::WeightOutOfRange { weight: name.to_string(), value: v, limit: MAX_WEIGHT });
        }
    }
    for (category, share) in [(Category::WarZone, s.shares.war_zone), (Category::Outside, s.shares.outside)] {
        if let Some(percent) = share.filter(|&p| p > 100) {
            return Err(MatchError::ShareOutOfRange { category, percent });
        }
    }
    Ok(())
}

/// Highest score first (ties by offer id, then need id), within every capacity. Indexes into `p.edges`.
fn greedy(p: &Problem) -> Vec<usize> {
    let mut order: Vec<usize> = (0..p.edges.len()).collect();
    order.sort_by_key(|&k| (std::cmp::Reverse(p.edges[k].weight), k));
    let (mut lc, mut rc, mut gc) = (p.left_caps.clone(), p.right_caps.clone(), p.group_caps.clone());
    let mut out = Vec::new();
    for k in order {
        let e = p.edges[k];
        let g = p.right_group.get(e.right).copied().flatten().filter(|&g| g < gc.len());
        if lc[e.left] > 0 && rc[e.right] > 0 && g.is_none_or(|g| gc[g] > 0) {
            lc[e.left] -= 1;
            rc[e.right] -= 1;
            if let Some(g) = g {
                gc[g] -= 1;
            }
            out.push(k);
        }
    }
    out.sort_unstable();
    out
}

/// Which groups have no room left after the free pairs chosen.
fn group_full(
    right_group: &[Option<usize>],
    caps: &[u32],
    chosen: &[usize],
    free: &[(usize, usize, i64)],
) -> Vec<bool> {
    let mut used = vec![0u32; caps.len()];
    for &k in chosen {
        if let Some(g) = right_group.get(free[k].1).copied().flatten().filter(|&g| g < caps.len()) {
            used[g] += 1;
        }
    }
    used.iter().zip(caps).map(|(u, c)| u >= c).collect()
}
