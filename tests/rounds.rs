//! Rounds that build on earlier ones: a round's results given as the previous round of the next keep every
//! partnership (not matched again, not counted twice, outside the new capacity unless asked), vetoes end
//! them, and every municipality and community says what is kept, new and ended. Checked against oracles
//! computed here from the two rounds' inputs, never from the engine's own figures.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/datasets.rs"]
mod datasets;

use datasets::datasets;
use kommunematch::engine::model::Category;
use kommunematch::engine::results::{Results, Standing};
use kommunematch::engine::rounds::PreviousRound;
use kommunematch::engine::score::Weights;
use kommunematch::engine::{
    example_inputs, match_inputs, read_dataset, run, Dataset, Input, PairId, Preset, Settings, Shares,
};
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

type Pair = (String, String);

fn pairs(r: &Results) -> BTreeSet<Pair> {
    r.pairs.iter().map(|p| (p.offer_id.clone(), p.need_id.clone())).collect()
}

fn kept(r: &Results) -> BTreeSet<Pair> {
    r.kept.iter().map(|p| (p.offer_id.clone(), p.need_id.clone())).collect()
}

fn ended(r: &Results) -> BTreeSet<Pair> {
    r.ended.iter().map(|p| (p.offer_id.clone(), p.need_id.clone())).collect()
}

fn pid((o, n): &Pair) -> PairId {
    PairId { offer_id: o.clone(), need_id: n.clone() }
}

/// A round's results as the next round gets them: the JSON file's bytes.
fn previous(name: &str, r: &Results) -> PreviousRound {
    PreviousRound::from_json(name, r.to_json().as_bytes()).expect("results read back")
}

/// Everything a round that builds on `before` must show, derived from the inputs: `answered` are the ids
/// of this round's answers, `capacity` their capacity or partners wanted, `vetoed` the vetoes.
fn check_round(
    before: &[&Results],
    after: &Results,
    answered: &BTreeMap<String, u32>,
    vetoed: &BTreeSet<Pair>,
    kept_in_capacity: bool,
) -> Result<(), TestCaseError> {
    let earlier: BTreeSet<Pair> = before.iter().flat_map(|r| pairs(r).into_iter().chain(kept(r))).collect();
    let listed: BTreeSet<String> = before
        .iter()
        .flat_map(|r| r.offers.iter().map(|o| o.id.clone()).chain(r.needs.iter().map(|n| n.id.clone())))
        .collect();
    // Every earlier partnership is kept, unless vetoed: then it ended, and it is not proposed again.
    let want_kept: BTreeSet<Pair> = earlier.difference(vetoed).cloned().collect();
    let want_ended: BTreeSet<Pair> = earlier.intersection(vetoed).cloned().collect();
    prop_assert_eq!(kept(after), want_kept.clone());
    prop_assert_eq!(ended(after), want_ended.clone());
    // None counted twice: a pair is kept, ended or new.
    prop_assert!(pairs(after).is_disjoint(&earlier), "an earlier pair matched again");
    prop_assert_eq!(
        after.objective,
        after.pairs.iter().map(|p| p.score).sum::<i64>(),
        "kept pairs are outside the total"
    );
    // Both sides of every earlier pair still appear, answering or not.
    let ids: BTreeSet<&str> =
        after.offers.iter().map(|o| o.id.as_str()).chain(after.needs.iter().map(|n| n.id.as_str())).collect();
    for (o, n) in &earlier {
        prop_assert!(ids.contains(o.as_str()) && ids.contains(n.as_str()), "{o} – {n} shown");
    }
    // Per entity: its standing, and kept, new and ended partners.
    let of = |set: &BTreeSet<Pair>, id: &str, offer: bool| -> Vec<String> {
        set.iter()
            .filter(|(o, n)| if offer { o == id } else { n == id })
            .map(|(o, n)| if offer { n.clone() } else { o.clone() })
            .collect()
    };
    let new = pairs(after);
    let entities = after
        .offers
        .iter()
        .map(|o| (&o.id, &o.round, true, o.used))
        .chain(after.needs.iter().map(|n| (&n.id, &n.round, false, n.got)));
    for (id, round, offer, new_count) in entities {
        let round = round.as_ref().ok_or_else(|| TestCaseError::fail(format!("{id}: no round")))?;
        let standing = match (answered.contains_key(id), listed.contains(id)) {
            (true, true) => Standing::Returning,
            (true, false) => Standing::Joined,
            (false, _) => Standing::NotAnswering,
        };
        prop_assert_eq!(round.standing, standing, "{}", id);
        prop_assert_eq!(&round.kept, &of(&want_kept, id, offer), "{} kept", id);
        prop_assert_eq!(&round.new, &of(&new, id, offer), "{} new", id);
        prop_assert_eq!(&round.ended, &of(&want_ended, id, offer), "{} ended", id);
        // New partners within this round's capacity; kept ones count in it only when asked.
        let cap = answered.get(id).copied().unwrap_or(0);
        let room = if kept_in_capacity { cap.saturating_sub(round.kept.len() as u32) } else { cap };
        prop_assert!(new_count <= room, "{id}: {new_count} new of {room}");
    }
    // Kept and ended partnerships carry this round's names of their two sides.
    for k in after.kept.iter().chain(&after.ended) {
        let o = after.offers.iter().find(|o| o.id == k.offer_id).expect("listed");
        let n = after.needs.iter().find(|n| n.id == k.need_id).expect("listed");
        prop_assert_eq!((&k.offer_name, &k.need_name), (&o.name, &n.name));
    }
    // The file says which previous rounds it builds on.
    prop_assert_eq!(after.previous_rounds.len(), before.len());
    prop_assert!(Results::from_json(after.to_json().as_bytes()).is_ok(), "the results read back");
    Ok(())
}

fn answered(d: &Dataset) -> BTreeMap<String, u32> {
    d.offers
        .iter()
        .map(|o| (o.id.clone(), o.capacity))
        .chain(d.needs.iter().map(|n| (n.id.clone(), n.partners_wanted)))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Two random rounds (sharing some ids), some earlier pairs ended, kept pairs inside or outside the
    /// capacity: everything `check_round` demands. And, as an independent oracle of optimality, the second
    /// round's total equals a run on the same answers where the earlier pairs are simply forbidden and the
    /// capacities reduced by hand (with the has-partners weight at zero, the only score a history changes).
    #[test]
    fn a_round_keeps_the_earlier_partnerships(
        first in datasets(),
        second in datasets(),
        end_pick in prop::collection::vec(any::<prop::sample::Index>(), 0..3),
        kept_in_capacity in any::<bool>(),
        war_share in prop::option::weighted(0.3, 0u32..=100),
    ) {
        let weights = Weights { has_partners: 0, ..Weights::default() };
        let r1 = run(&first, &Settings { weights, ..Settings::default() }).expect("round 1");
        let earlier: Vec<Pair> = pairs(&r1).into_iter().collect();
        let vetoed: BTreeSet<Pair> = if earlier.is_empty() { BTreeSet::new() } else { end_pick.iter().map(|i| earlier[i.index(earlier.len())].clone()).collect() };
        let shares = Shares { war_zone: war_share, outside: None };
        let settings = Settings { weights, kept_in_capacity, shares, vetoes: vetoed.iter().map(pid).collect(), ..Settings::default() };
        // This round's answers spell the names differently: kept partnerships show this round's names.
        let mut second = second;
        for o in &mut second.offers { o.name.push_str(" kommune"); }
        for n in &mut second.needs { n.name.push_str(" громада"); }
        let data = second.clone().with_previous(&[previous("r1.json", &r1)]);
        let r2 = run(&data, &settings).expect("round 2");
        check_round(&[&r1], &r2, &answered(&second), &vetoed, kept_in_capacity)?;
        // The war-zone share: kept partnerships in the war zone use it only when they count inside.
        if let Some(pct) = war_share {
            let places: u64 = second.offers.iter().map(|o| u64::from(o.capacity)).sum();
            let limit = (places * u64::from(pct) / 100) as usize;
            let war: BTreeSet<&str> = r2.needs.iter().filter(|n| n.category == Category::WarZone).map(|n| n.id.as_str()).collect();
            let new_war = r2.pairs.iter().filter(|p| war.contains(p.need_id.as_str())).count();
            let kept_war = r2.kept.iter().filter(|k| war.contains(k.need_id.as_str())).count();
            let room = if kept_in_capacity { limit.saturating_sub(kept_war) } else { limit };
            prop_assert!(new_war <= room, "{} new in the war zone, room for {}", new_war, room);
        }

        // Oracle: the same answers, the earlier pairs' sides added with nothing to give or ask, every earlier
        // pair forbidden, capacities reduced by hand when kept pairs count inside.
        let mut plain = second.clone();
        let kept_pairs: BTreeSet<Pair> = earlier.iter().filter(|p| !vetoed.contains(*p)).cloned().collect();
        for o in &mut plain.offers {
            if kept_in_capacity { o.capacity = o.capacity.saturating_sub(kept_pairs.iter().filter(|(x, _)| *x == o.id).count() as u32); }
        }
        for n in &mut plain.needs {
            if kept_in_capacity { n.partners_wanted = n.partners_wanted.saturating_sub(kept_pairs.iter().filter(|(_, x)| *x == n.id).count() as u32); }
        }
        // (With a share and kept pairs inside it, the share left cannot be said as a percentage: the oracle
        // runs without kept pairs in the share only.)
        let oracle_shares = if kept_in_capacity { Shares::default() } else { shares };
        let oracle = run(&plain, &Settings { weights, shares: oracle_shares, vetoes: earlier.iter().filter(|p| plain.offers.iter().any(|o| o.id == p.0) && plain.needs.iter().any(|n| n.id == p.1)).map(pid).collect(), ..Settings::default() }).expect("oracle");
        if !(kept_in_capacity && war_share.is_some()) {
            prop_assert_eq!(r2.objective, oracle.objective, "optimal under the history");
        }

        // A third round on the second's results alone still knows the first round's pairs.
        let r3 = run(&second.clone().with_previous(&[previous("r2.json", &r2)]), &Settings { weights, ..Settings::default() }).expect("round 3");
        let mut chain = kept(&r2);
        chain.extend(pairs(&r2));
        prop_assert_eq!(kept(&r3), chain);
        for k in &r3.kept {
            let from_r1 = earlier.contains(&(k.offer_id.clone(), k.need_id.clone()));
            prop_assert_eq!(&k.made_in, &if from_r1 { r3_sha(&r1) } else { r3_sha(&r2) }, "made in the round that made it");
        }
    }
}

fn r3_sha(r: &Results) -> String {
    kommunematch::engine::digest::sha256_hex(r.to_json().as_bytes())
}

fn fixture(name: &str) -> Input {
    Input { name: name.into(), bytes: std::fs::read(format!("tests/fixtures/{name}")).expect("fixture"), side: None }
}

/// Round 1 on the example data, round 2 on other files with round 1 as the previous round and two of its
/// pairs ended: every round-1 pair is kept or ended, none is matched again, and the diff is right.
#[test]
fn round_two_on_new_files_builds_on_round_one() {
    let r1 = match_inputs(&example_inputs(), &Preset::default(), &Settings::default(), &[]).expect("round 1");
    let ended: BTreeSet<Pair> = pairs(&r1).into_iter().step_by(20).collect();
    assert_eq!(ended.len(), 5);
    let settings = Settings { vetoes: ended.iter().map(pid).collect(), ..Settings::default() };
    let inputs = [fixture("offers_en_googleforms_12.csv"), fixture("needs_en_msforms_20.xlsx")];
    let prev = previous("round1.json", &r1);
    let r2 = match_inputs(&inputs, &Preset::default(), &settings, std::slice::from_ref(&prev)).expect("round 2");
    let (_, second) = read_dataset(&inputs, &Preset::default()).expect("read");
    check_round(&[&r1], &r2, &answered(&second), &ended, false).expect("round 2 as demanded");
    assert_eq!(r2.kept.len(), r1.pairs.len() - 5);
    assert_eq!(r2.previous_rounds[0].sha256, prev.sha256);
    assert_eq!(r2.previous_rounds[0].pairs, r1.pairs.len());
    // Some answered both rounds, some are new, most of round 1 did not answer round 2.
    let standings: BTreeSet<Standing> = r2.needs.iter().filter_map(|n| n.round.as_ref().map(|r| r.standing)).collect();
    assert_eq!(standings.len(), 3, "{standings:?}");
    // Those who did not answer are not listed as unmatched: they asked for no one.
    let not_answering: BTreeSet<&str> = r2
        .offers
        .iter()
        .filter(|o| o.round.as_ref().is_some_and(|r| r.standing == Standing::NotAnswering))
        .map(|o| o.id.as_str())
        .collect();
    assert!(!not_answering.is_empty());
    assert!(r2.unmatched_offers.iter().all(|u| !not_answering.contains(u.id.as_str())));
    // The pairs sheet lists every partnership there is: new ones, then the kept ones marked `kept`.
    let csv = kommunematch::engine::export::pairs_csv(&r2, kommunematch::engine::messages::Lang::En);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 1 + r2.pairs.len() + r2.kept.len());
    assert_eq!(lines.iter().filter(|l| l.contains(",kept,")).count(), r2.kept.len());
    // A round without previous rounds says nothing of rounds (the results stay as they were).
    assert!(r1.offers.iter().all(|o| o.round.is_none()) && r1.kept.is_empty() && r1.previous_rounds.is_empty());
}

/// A community with a kept partnership has partners: its new pairs with others score lower, as when its
/// answer names an international partner.
#[test]
fn a_kept_partnership_counts_as_having_partners() {
    let r1 = match_inputs(&example_inputs(), &Preset::default(), &Settings::default(), &[]).expect("round 1");
    let (_, data) = read_dataset(&example_inputs(), &Preset::default()).expect("read");
    // Round 2 with the same answers: every need that had a partner now has the has-partners deduction on
    // every pair offered to it.
    let r2 = run(&data.clone().with_previous(&[previous("r1.json", &r1)]), &Settings::default()).expect("round 2");
    let partnered: BTreeSet<&str> = r1.pairs.iter().map(|p| p.need_id.as_str()).collect();
    let deduction = |r: &Results, need: &str| {
        r.pairs
            .iter()
            .filter(|p| p.need_id == need)
            .flat_map(|p| p.components.iter().filter(|c| c.name == "has_partners").map(|c| c.points))
            .collect::<Vec<_>>()
    };
    let mut seen = 0;
    for n in &partnered {
        for points in deduction(&r2, n) {
            assert_eq!(points, -Weights::default().has_partners, "{n}");
            seen += 1;
        }
    }
    assert!(seen > 0, "some partnered community got a new partner");
}

/// Who did not answer this round comes back from the earlier round as it was recorded there: name, county or
/// oblast, category, the official entity of its id, nothing offered or asked, and the earlier results file as
/// where it came from.
#[test]
fn those_who_did_not_answer_are_taken_from_the_earlier_round() {
    let r1 = match_inputs(&example_inputs(), &Preset::default(), &Settings::default(), &[]).expect("round 1");
    let inputs = [fixture("offers_en_googleforms_12.csv"), fixture("needs_en_msforms_20.xlsx")];
    let (_, second) = read_dataset(&inputs, &Preset::default()).expect("read");
    let data = second.clone().with_previous(&[previous("round1.json", &r1)]);
    let (mut offers, mut needs) = (0, 0);
    for o in data.offers.iter().filter(|o| data.history.not_answering.contains(&o.id)) {
        let was = r1.offers.iter().find(|x| x.id == o.id).expect("in round 1");
        assert_eq!((&o.name, &o.county, o.capacity), (&was.name, &was.county, 0));
        assert_eq!((o.source.file.as_str(), o.source.row), ("round1.json", 0));
        assert_eq!(
            o.official.map(|(k, _)| k.number),
            kommunematch::engine::gazetteer::kommune_by_number(&o.id).map(|k| k.number)
        );
        assert!(o.official.is_some(), "{} is an official id", o.id);
        offers += 1;
    }
    for n in data.needs.iter().filter(|n| data.history.not_answering.contains(&n.id)) {
        let was = r1.needs.iter().find(|x| x.id == n.id).expect("in round 1");
        assert_eq!((&n.name, &n.oblast, n.category, n.partners_wanted), (&was.name, &was.oblast, was.category, 0));
        assert_eq!(n.source.file, "round1.json");
        assert!(n.official.is_some_and(|(h, _)| h.code == n.id), "{} is an official id", n.id);
        needs += 1;
    }
    assert!(offers > 10 && needs > 10, "{offers} municipalities, {needs} communities did not answer");
    assert!(
        data.offers.windows(2).all(|w| w[0].id < w[1].id) && data.needs.windows(2).all(|w| w[0].id < w[1].id),
        "sorted by id"
    );
    assert_eq!(data.offers.len(), second.offers.len() + offers);
}
