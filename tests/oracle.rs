//! The matching judged by oracles that share nothing with the engine's solver: a brute force over every
//! assignment of small datasets (locks, vetoes, both category shares, both objectives), an independent LP
//! solver (`microlp`) on medium ones, and blocking pairs recounted from the results' pairs. Scores come from
//! `Scorer` (its components are checked by hand in `tests/engine.rs`); every constraint is applied here from
//! the settings, not taken from the engine. Expected errors are asserted by kind.
#![cfg(not(target_arch = "wasm32"))]

use kommunematch::engine::model::{Category, Need, Offer};
use kommunematch::engine::optimal_total;
use kommunematch::engine::results::{Unplaced, WhyNot};
use kommunematch::engine::score::Scorer;
use kommunematch::engine::settings::MatchError;
use kommunematch::engine::{run, Dataset, Mode, Objective, PairId, Results, Settings, Shares, Side};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use std::collections::{BTreeMap, BTreeSet};

#[path = "support/datasets.rs"]
mod datasets;

fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// A random dataset: `no` municipalities and `nn` communities, areas from `0..pool`, capacities and partners
/// wanted up to `cap`, every category (unknown too).
fn dataset(
    no: std::ops::Range<usize>,
    nn: std::ops::Range<usize>,
    pool: usize,
    cap: u32,
) -> impl Strategy<Value = Dataset> {
    datasets::shaped(datasets::Shape {
        offers: no,
        needs: nn,
        pool,
        offered: 1..3,
        urgent: 0..3,
        long_term: 0..2,
        capacity: cap,
        wanted: cap,
        categories: &[Category::WarZone, Category::Outside, Category::Unknown],
    })
}

/// The constraints as the settings state them, on indexes.
struct Rules {
    caps_o: Vec<u32>,
    caps_n: Vec<u32>,
    category: Vec<Category>,
    /// Places per category allowed (war zone, outside), all pairs counted.
    limits: [Option<u32>; 2],
    locks: BTreeSet<(usize, usize)>,
    vetoes: BTreeSet<(usize, usize)>,
}

impl Rules {
    fn new(data: &Dataset, s: &Settings) -> Rules {
        let ix_o = |id: &str| data.offers.iter().position(|o| o.id == id).expect("offer");
        let ix_n = |id: &str| data.needs.iter().position(|n| n.id == id).expect("need");
        let pairs = |v: &[PairId]| v.iter().map(|p| (ix_o(&p.offer_id), ix_n(&p.need_id))).collect();
        let places: u64 = data.offers.iter().map(|o| u64::from(o.capacity)).sum();
        let limit =
            |pct: Option<u32>| pct.filter(|_| s.mode != Mode::Stable).map(|p| (places * u64::from(p) / 100) as u32);
        Rules {
            caps_o: data.offers.iter().map(|o| o.capacity).collect(),
            caps_n: data.needs.iter().map(|n| n.partners_wanted).collect(),
            category: data.needs.iter().map(|n| n.category).collect(),
            limits: [limit(s.shares.war_zone), limit(s.shares.outside)],
            locks: pairs(&s.locks),
            vetoes: pairs(&s.vetoes),
        }
    }

    fn group(&self, n: usize) -> Option<usize> {
        match self.category[n] {
            Category::WarZone => Some(0),
            Category::Outside => Some(1),
            Category::Unknown => None,
        }
    }

    /// Whether a set of pairs keeps every constraint.
    fn feasible(&self, pairs: &BTreeSet<(usize, usize)>) -> bool {
        let mut o = vec![0u32; self.caps_o.len()];
        let mut n = vec![0u32; self.caps_n.len()];
        let mut g = [0u32; 2];
        for &(a, b) in pairs {
            o[a] += 1;
            n[b] += 1;
            if let Some(x) = self.group(b) {
                g[x] += 1;
            }
        }
        o.iter().zip(&self.caps_o).all(|(a, b)| a <= b)
            && n.iter().zip(&self.caps_n).all(|(a, b)| a <= b)
            && g.iter().zip(&self.limits).all(|(a, l)| l.is_none_or(|l| *a <= l))
            && self.locks.is_subset(pairs)
            && self.vetoes.is_disjoint(pairs)
    }
}

/// Candidate pairs with their score, as `Scorer` gives them: every pair with a positive score.
fn scored(data: &Dataset, s: &Settings) -> (Scorer, Vec<(usize, usize, i64)>) {
    let scorer = Scorer::new(&data.offers, &data.needs, &s.weights);
    let mut all = Vec::new();
    for o in 0..data.offers.len() {
        for n in 0..data.needs.len() {
            if let Some(w) = scorer.total(o, n).filter(|&w| w > 0) {
                all.push((o, n, w));
            }
        }
    }
    (scorer, all)
}

/// The assignment the documented rule picks, by brute force over every set of candidate pairs that keeps the
/// constraints: (communities reached that no lock reaches, when covering), then the largest total, then the
/// largest Σ (L − o)(R − n), then the first pair in order that any of them has, and so on. `None`: no set
/// keeps the constraints.
fn brute(data: &Dataset, s: &Settings, rules: &Rules) -> Option<BTreeSet<(usize, usize)>> {
    if !rules.feasible(&rules.locks) {
        return None;
    }
    let (_, all) = scored(data, s);
    let free: Vec<(usize, usize, i64)> = all
        .into_iter()
        .filter(|&(o, n, _)| !rules.locks.contains(&(o, n)) && !rules.vetoes.contains(&(o, n)))
        .collect();
    let (l, r) = (data.offers.len() as i64, data.needs.len() as i64);
    // Coverage applies whatever the mode: the optimum reported for comparison is under the same objective.
    let covering = s.objective == Objective::Coverage;
    let reached_by_locks: BTreeSet<usize> = rules.locks.iter().map(|&(_, n)| n).collect();
    type Key = (usize, i64, i64, Vec<bool>);
    let mut best: Option<(Key, BTreeSet<(usize, usize)>)> = None;
    let mut take = vec![false; free.len()];
    let mut set = rules.locks.clone();
    fn dfs(
        k: usize,
        free: &[(usize, usize, i64)],
        take: &mut Vec<bool>,
        set: &mut BTreeSet<(usize, usize)>,
        rules: &Rules,
        score: &dyn Fn(&[bool]) -> Key,
        best: &mut Option<(Key, BTreeSet<(usize, usize)>)>,
    ) {
        if !rules.feasible(set) {
            return;
        }
        if k == free.len() {
            let key = score(take);
            if best.as_ref().is_none_or(|(b, _)| key > *b) {
                *best = Some((key, set.clone()));
            }
            return;
        }
        let (o, n, _) = free[k];
        take[k] = true;
        set.insert((o, n));
        dfs(k + 1, free, take, set, rules, score, best);
        take[k] = false;
        set.remove(&(o, n));
        dfs(k + 1, free, take, set, rules, score, best);
    }
    let score = |take: &[bool]| -> Key {
        let chosen = || free.iter().zip(take).filter(|(_, &t)| t).map(|(e, _)| *e);
        let reached: BTreeSet<usize> = chosen().map(|(_, n, _)| n).filter(|n| !reached_by_locks.contains(n)).collect();
        let total = chosen().map(|(_, _, w)| w).sum();
        let tie = chosen().map(|(o, n, _)| (l - o as i64) * (r - n as i64)).sum();
        (if covering { reached.len() } else { 0 }, total, tie, take.to_vec())
    };
    dfs(0, &free, &mut take, &mut set, rules, &score, &mut best);
    best.map(|(_, set)| set)
}

/// Greedy mode as documented: candidate pairs neither locked nor vetoed, highest score first (ties in the
/// order of offer, then need), each taken while both sides and its category's share have room; with the locks.
fn greedy(data: &Dataset, s: &Settings, rules: &Rules) -> BTreeSet<(usize, usize)> {
    let (_, all) = scored(data, s);
    let mut order: Vec<(usize, usize, i64)> = all
        .into_iter()
        .filter(|&(o, n, _)| !rules.locks.contains(&(o, n)) && !rules.vetoes.contains(&(o, n)))
        .collect();
    order.sort_by_key(|&(o, n, w)| (std::cmp::Reverse(w), o, n));
    let mut made = rules.locks.clone();
    for (o, n, _) in order {
        made.insert((o, n));
        if !rules.feasible(&made) {
            made.remove(&(o, n));
        }
    }
    made
}

/// Blocking pairs recounted from the pairs made: a candidate pair not made, neither locked nor vetoed, whose
/// municipality and community each have room (capacity left after locks) or would rather have the other than
/// their worst partner not locked (by score, then the other's id).
fn blocking(data: &Dataset, s: &Settings, rules: &Rules, made: &BTreeSet<(usize, usize)>) -> usize {
    let (scorer, all) = scored(data, s);
    let score = |o: usize, n: usize| scorer.total(o, n).unwrap_or(0);
    let free_made: Vec<(usize, usize)> = made.iter().copied().filter(|p| !rules.locks.contains(p)).collect();
    let locked_o = |o: usize| rules.locks.iter().filter(|p| p.0 == o).count() as u32;
    let locked_n = |n: usize| rules.locks.iter().filter(|p| p.1 == n).count() as u32;
    all.iter()
        .filter(|&&(o, n, _)| {
            !made.contains(&(o, n)) && !rules.locks.contains(&(o, n)) && !rules.vetoes.contains(&(o, n))
        })
        .filter(|&&(o, n, w)| {
            let (room_o, room_n) =
                (rules.caps_o[o].saturating_sub(locked_o(o)), rules.caps_n[n].saturating_sub(locked_n(n)));
            if room_o == 0 || room_n == 0 {
                return false;
            }
            let mine_o: Vec<(i64, std::cmp::Reverse<usize>)> =
                free_made.iter().filter(|p| p.0 == o).map(|p| (score(o, p.1), std::cmp::Reverse(p.1))).collect();
            let mine_n: Vec<(i64, std::cmp::Reverse<usize>)> =
                free_made.iter().filter(|p| p.1 == n).map(|p| (score(p.0, n), std::cmp::Reverse(p.0))).collect();
            let o_wants =
                (mine_o.len() as u32) < room_o || mine_o.iter().min().is_some_and(|m| *m < (w, std::cmp::Reverse(n)));
            let n_wants =
                (mine_n.len() as u32) < room_n || mine_n.iter().min().is_some_and(|m| *m < (w, std::cmp::Reverse(o)));
            o_wants && n_wants
        })
        .count()
}

fn pairs(data: &Dataset, r: &Results) -> BTreeSet<(usize, usize)> {
    r.pairs
        .iter()
        .map(|p| {
            (
                data.offers.iter().position(|o| o.id == p.offer_id).expect("offer"),
                data.needs.iter().position(|n| n.id == p.need_id).expect("need"),
            )
        })
        .collect()
}

fn settings() -> impl Strategy<Value = (Mode, Objective, Side, Option<u32>, Option<u32>)> {
    (
        prop_oneof![Just(Mode::Optimal), Just(Mode::Stable), Just(Mode::Greedy)],
        prop_oneof![Just(Objective::Total), Just(Objective::Coverage)],
        prop_oneof![Just(Side::Offers), Just(Side::Needs)],
        prop::option::weighted(0.4, 0u32..=100),
        prop::option::weighted(0.4, 0u32..=100),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(400)))]

    /// Small datasets, random locks, vetoes, shares, modes and objectives: an error exactly when no
    /// assignment keeps the settings (and of the right kind); otherwise every constraint kept, the optimal
    /// mode's pairs exactly the brute force's, the optimum reported equal to the brute force's, and the
    /// blocking pairs recounted (none in stable mode).
    #[test]
    fn every_mode_against_brute_force(
        data in dataset(1..4, 1..5, 5, 3),
        (mode, objective, proposing, war_zone, outside) in settings(),
        locks in prop::collection::vec((0usize..4, 0usize..5), 0..3),
        vetoes in prop::collection::vec((0usize..4, 0usize..5), 0..3),
    ) {
        let (no, nn) = (data.offers.len(), data.needs.len());
        let pid = |&(o, n): &(usize, usize)| PairId { offer_id: data.offers[o % no].id.clone(), need_id: data.needs[n % nn].id.clone() };
        let mut s = Settings { mode, objective, proposing, shares: Shares { war_zone, outside }, ..Settings::default() };
        s.locks = locks.iter().map(pid).collect::<BTreeSet<_>>().into_iter().collect();
        s.vetoes = vetoes.iter().map(pid).collect::<BTreeSet<_>>().into_iter().collect();
        let rules = Rules::new(&data, &s);
        let outcome = run(&data, &s);
        if !rules.locks.is_disjoint(&rules.vetoes) {
            prop_assert!(matches!(outcome, Err(MatchError::LockedAndVetoed(_))), "{:?}", outcome.err());
            return Ok(());
        }
        // Locks beyond a capacity, else beyond a share: refused, saying which.
        let over_capacity = {
            let mut o = BTreeMap::new();
            let mut n = BTreeMap::new();
            for &(a, b) in &rules.locks {
                *o.entry(a).or_insert(0u32) += 1;
                *n.entry(b).or_insert(0u32) += 1;
            }
            o.iter().any(|(&a, &c)| c > rules.caps_o[a]) || n.iter().any(|(&b, &c)| c > rules.caps_n[b])
        };
        let best = brute(&data, &s, &rules);
        match (&outcome, best.as_ref()) {
            (Err(MatchError::OverCapacity { .. }), None) => prop_assert!(over_capacity),
            (Err(MatchError::OverShare { .. }), None) => prop_assert!(!over_capacity),
            (Ok(r), Some(best)) => {
                let made = pairs(&data, r);
                prop_assert!(rules.feasible(&made), "constraints kept: {:?}", made);
                let (scorer, _) = scored(&data, &s);
                let total = |set: &BTreeSet<(usize, usize)>| set.iter().map(|&(o, n)| scorer.total(o, n).unwrap_or(0)).sum::<i64>();
                prop_assert_eq!(r.objective, total(&made), "the total is the pairs' scores");
                prop_assert_eq!(r.comparison.optimal_objective, total(best), "the optimum reported");
                if mode == Mode::Optimal {
                    prop_assert_eq!(&made, best, "the documented answer");
                } else if mode == Mode::Greedy {
                    prop_assert_eq!(&made, &greedy(&data, &s, &rules), "highest score first");
                } else {
                    prop_assert!(r.objective <= total(best) || objective == Objective::Coverage);
                }
                // The figures of the run's own objective, recounted from the optimum's pairs.
                let own = r.comparison.objectives.iter().find(|f| f.objective == objective).expect("own objective");
                let reached: BTreeSet<usize> = best.iter().map(|&(_, n)| n).collect();
                let in_cat = |c: Category| reached.iter().filter(|&&n| data.needs[n].category == c).count();
                prop_assert_eq!(
                    (own.reached.all, own.reached.war_zone, own.reached.outside, own.reached.unknown, own.total_score),
                    (reached.len(), in_cat(Category::WarZone), in_cat(Category::Outside), in_cat(Category::Unknown), total(best))
                );
                // The quick re-solve the page uses gives the same optimum.
                prop_assert_eq!(optimal_total(&data, &s), Ok(total(best)), "optimal_total");
                // Why each one without a partner has none, decided here from its candidates.
                let (_, all) = scored(&data, &s);
                for (list, offer) in [(&r.unmatched_offers, true), (&r.unmatched_needs, false)] {
                    for u in list {
                        let i = if offer { data.offers.iter().position(|o| o.id == u.id) } else { data.needs.iter().position(|n| n.id == u.id) }.expect("listed");
                        prop_assert!(!made.iter().any(|&(o, n)| if offer { o == i } else { n == i }), "{} has a partner", u.id);
                        let mine: Vec<(usize, usize)> = all.iter().filter(|&&(o, n, _)| if offer { o == i } else { n == i }).map(|&(o, n, _)| (o, n)).collect();
                        let empty = if offer { data.offers[i].areas.is_empty() } else { data.needs[i].urgent.is_empty() && data.needs[i].long_term.is_empty() };
                        let want = if empty {
                            if offer { Unplaced::NoAreas } else { Unplaced::NoNeeds }
                        } else if mine.is_empty() {
                            Unplaced::NoCandidate
                        } else if mine.iter().all(|p| rules.vetoes.contains(p)) {
                            Unplaced::Vetoed
                        } else {
                            Unplaced::Outscored
                        };
                        prop_assert_eq!(u.reason_code, want, "{}", u.id);
                    }
                }
                // Everyone without a partner is listed as such.
                prop_assert_eq!(r.unmatched_offers.len(), (0..no).filter(|&o| !made.iter().any(|p| p.0 == o)).count());
                prop_assert_eq!(r.unmatched_needs.len(), (0..nn).filter(|&n| !made.iter().any(|p| p.1 == n)).count());
                // Why each alternative was not made, decided here from the pairs made and the constraints.
                let used = |o: usize| made.iter().filter(|p| p.0 == o).count() as u32;
                let got = |n: usize| made.iter().filter(|p| p.1 == n).count() as u32;
                let locked_o = |o: usize| rules.locks.iter().filter(|p| p.0 == o).count() as u32;
                let locked_n = |n: usize| rules.locks.iter().filter(|p| p.1 == n).count() as u32;
                let in_group = |g: usize| made.iter().filter(|p| rules.group(p.1) == Some(g)).count() as u32;
                let ix_o = |id: &str| data.offers.iter().position(|o| o.id == id).expect("offer");
                let ix_n = |id: &str| data.needs.iter().position(|n| n.id == id).expect("need");
                let alts = r.offers.iter().flat_map(|x| x.alternatives.iter().map(move |a| (ix_o(&x.id), ix_n(&a.id), a)))
                    .chain(r.needs.iter().flat_map(|x| x.alternatives.iter().map(move |a| (ix_o(&a.id), ix_n(&x.id), a))));
                for (o, n, a) in alts {
                    prop_assert!(!made.contains(&(o, n)), "an alternative is a pair not made");
                    prop_assert_eq!(Some(a.score), scorer.total(o, n), "its score");
                    let (o_full, n_full) = (used(o) >= rules.caps_o[o], got(n) >= rules.caps_n[n]);
                    let g_full = rules.group(n).is_some_and(|g| rules.limits[g].is_some_and(|l| in_group(g) >= l));
                    let want = if rules.vetoes.contains(&(o, n)) { WhyNot::Vetoed }
                        else if locked_o(o) >= rules.caps_o[o] { WhyNot::OfferLocked }
                        else if locked_n(n) >= rules.caps_n[n] { WhyNot::NeedLocked }
                        else if o_full && n_full { WhyNot::BothFull }
                        else if o_full { WhyNot::OfferFull }
                        else if n_full { WhyNot::NeedFull }
                        else if g_full { WhyNot::ShareFull }
                        else { WhyNot::NotChosen };
                    prop_assert_eq!(a.reason_code, want, "{} – {}", o, n);
                }
                let recount = blocking(&data, &s, &rules, &made);
                prop_assert_eq!(r.comparison.blocking_pairs, recount, "blocking pairs recounted");
                if mode == Mode::Stable {
                    prop_assert_eq!(recount, 0, "stable");
                }
            }
            (other, best) => prop_assert!(false, "engine {:?}, brute force {:?}", other.as_ref().err(), best),
        }
    }
}

/// Medium instances (40 municipalities, 80 communities): the optimal total under locks, vetoes and both
/// shares equals an independent LP solver's optimum (the LP of a b-matching with capacity groups is integral).
#[test]
fn medium_instances_against_an_lp_solver() {
    use microlp::{ComparisonOp, OptimizationDirection, Problem};
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    for case in 0..12 {
        let data = dataset(40..41, 80..81, 12, 4).new_tree(&mut runner).expect("dataset").current();
        let (s0, all) = scored(&data, &Settings::default());
        drop(s0);
        // Every 17th candidate locked, every 13th vetoed (none both), shares on some cases.
        let locks: Vec<(usize, usize)> = all.iter().step_by(97).map(|&(o, n, _)| (o, n)).take(3).collect();
        let vetoes: Vec<(usize, usize)> =
            all.iter().skip(5).step_by(13).map(|&(o, n, _)| (o, n)).filter(|p| !locks.contains(p)).collect();
        let pid = |&(o, n): &(usize, usize)| PairId {
            offer_id: data.offers[o].id.clone(),
            need_id: data.needs[n].id.clone(),
        };
        let shares =
            if case % 3 == 0 { Shares::default() } else { Shares { war_zone: Some(25 + case), outside: Some(30) } };
        let s = Settings {
            locks: locks.iter().map(pid).collect(),
            vetoes: vetoes.iter().map(pid).collect(),
            shares,
            ..Settings::default()
        };
        let rules = Rules::new(&data, &s);
        let r = match run(&data, &s) {
            Ok(r) => r,
            Err(e) => {
                // Only when the locks alone break a capacity or share.
                assert!(!rules.feasible(&rules.locks), "case {case}: {e}");
                continue;
            }
        };
        let mut lp = Problem::new(OptimizationDirection::Maximize);
        let mut vars = Vec::new();
        for &(o, n, w) in &all {
            if rules.vetoes.contains(&(o, n)) {
                continue;
            }
            let fixed = if rules.locks.contains(&(o, n)) { 1.0 } else { 0.0 };
            vars.push(((o, n), lp.add_var(w as f64, (fixed, 1.0))));
        }
        for (o, &cap) in rules.caps_o.iter().enumerate() {
            lp.add_constraint(
                vars.iter().filter(|(p, _)| p.0 == o).map(|(_, v)| (*v, 1.0)).collect::<Vec<_>>(),
                ComparisonOp::Le,
                f64::from(cap),
            );
        }
        for (n, &cap) in rules.caps_n.iter().enumerate() {
            lp.add_constraint(
                vars.iter().filter(|(p, _)| p.1 == n).map(|(_, v)| (*v, 1.0)).collect::<Vec<_>>(),
                ComparisonOp::Le,
                f64::from(cap),
            );
        }
        for (g, limit) in rules.limits.iter().enumerate() {
            if let Some(limit) = limit {
                let terms: Vec<_> =
                    vars.iter().filter(|(p, _)| rules.group(p.1) == Some(g)).map(|(_, v)| (*v, 1.0)).collect();
                lp.add_constraint(terms, ComparisonOp::Le, f64::from(*limit));
            }
        }
        let optimum = lp.solve().expect("the LP has a solution").objective().round() as i64;
        assert_eq!(r.objective, optimum, "case {case}: the engine's total against the LP's");
        assert!(rules.feasible(&pairs(&data, &r)), "case {case}: constraints kept");
        assert!(r.pairs.len() > 20, "case {case}: a real instance ({} pairs)", r.pairs.len());
    }
}

/// Weights and shares out of range are refused, saying which; the bounds themselves are accepted.
#[test]
fn settings_out_of_range_are_refused_by_kind() {
    use kommunematch::engine::score::Weights;
    use kommunematch::engine::settings::MAX_WEIGHT;
    let data = dataset(2..3, 2..3, 3, 2)
        .new_tree(&mut proptest::test_runner::TestRunner::deterministic())
        .expect("data")
        .current();
    let with = |weights: Weights, shares: Shares| run(&data, &Settings { weights, shares, ..Settings::default() });
    let w = Weights::default();
    for (name, value) in [("urgent_need", MAX_WEIGHT + 1), ("has_partners", -MAX_WEIGHT - 1)] {
        let e = with(w.with(name, value), Shares::default()).expect_err("out of range");
        assert_eq!(e, MatchError::WeightOutOfRange { weight: name.into(), value, limit: MAX_WEIGHT });
    }
    assert!(with(w.with("urgent_need", MAX_WEIGHT), Shares::default()).is_ok());
    assert!(with(w.with("size", -MAX_WEIGHT), Shares::default()).is_ok());
    let e = with(w, Shares { war_zone: None, outside: Some(101) }).expect_err("not a percentage");
    assert_eq!(e, MatchError::ShareOutOfRange { category: Category::Outside, percent: 101 });
    assert!(with(w, Shares { war_zone: Some(100), outside: Some(0) }).is_ok());
}

fn offer(i: usize, areas: &[usize], capacity: u32) -> Offer {
    Offer {
        id: format!("{:04}", 100 + i),
        name: format!("K{i}"),
        areas: areas.iter().copied().collect(),
        capacity,
        ..Offer::default()
    }
}

fn need(i: usize, urgent: &[usize], category: Category) -> Need {
    Need {
        id: format!("UA{i:017}"),
        name: format!("H{i}"),
        urgent: urgent.iter().copied().collect(),
        partners_wanted: 1,
        category,
        ..Need::default()
    }
}

/// A share used up: one municipality with room for three, three war-zone communities, a war-zone share of 34 %
/// (one place of three). One pair is made; the other two are alternatives "share full" (both sides have room).
#[test]
fn a_full_share_is_the_reason() {
    let data = Dataset {
        offers: vec![offer(0, &[0, 1, 2], 3)],
        needs: (0..3).map(|i| need(i, &[i], Category::WarZone)).collect(),
        ..Dataset::default()
    };
    for mode in [Mode::Optimal, Mode::Greedy] {
        let s = Settings { mode, shares: Shares { war_zone: Some(34), outside: None }, ..Settings::default() };
        let r = run(&data, &s).expect("run");
        assert_eq!(r.pairs.len(), 1, "{mode:?}");
        let reasons: Vec<WhyNot> = r.offers[0].alternatives.iter().map(|a| a.reason_code).collect();
        assert_eq!(reasons, [WhyNot::ShareFull, WhyNot::ShareFull], "{mode:?}");
    }
}

/// Deferred acceptance skips a community with no room left (its one partner is locked elsewhere): the
/// municipality proposes to its next choice instead, and the matching has no blocking pair.
#[test]
fn stable_mode_passes_over_a_community_without_room() {
    // K0 likes H0 (two needs met) better than H1 (one); H0's one place is locked to K1.
    let data = Dataset {
        offers: vec![offer(0, &[0, 1], 1), offer(1, &[0], 1)],
        needs: vec![need(0, &[0, 1], Category::Outside), need(1, &[0], Category::Outside)],
        ..Dataset::default()
    };
    for proposing in [Side::Offers, Side::Needs] {
        let s = Settings {
            mode: Mode::Stable,
            proposing,
            locks: vec![PairId { offer_id: "0101".into(), need_id: "UA00000000000000000".into() }],
            ..Settings::default()
        };
        let r = run(&data, &s).expect("run");
        let made: BTreeSet<(String, String)> =
            r.pairs.iter().map(|p| (p.offer_id.clone(), p.need_id.clone())).collect();
        assert!(made.contains(&("0100".to_string(), "UA00000000000000001".to_string())), "{proposing:?}: {made:?}");
        assert_eq!(blocking(&data, &s, &Rules::new(&data, &s), &pairs(&data, &r)), 0);
    }
}
