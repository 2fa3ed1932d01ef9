//! Scenarios compared: for any two results of the same inputs (any mode, objective, weights, shares, locks,
//! vetoes, a previous round or none), the pairs only in A, only in B and in both partition the union of their
//! pairs; every headline figure equals the one worked out here from each results file's JSON alone (an oracle
//! that reads the JSON, not the engine's types); who gains, loses or changes partner is exactly who has other
//! partners. Results of other inputs are refused, saying which files differ.
#![cfg(not(target_arch = "wasm32"))]

use kommunematch::engine::compare::{compare, render};
use kommunematch::engine::comparison::{ChangeKind, CompareError, Compared, PairKey, Which};
use kommunematch::engine::messages::Lang;
use kommunematch::engine::rounds::PreviousRound;
use kommunematch::engine::scenario::{Figures, Headline, Weighed};
use kommunematch::engine::{
    example_inputs, match_inputs, Input, Mode, Objective, PairId, Preset, Results, Settings, Shares, WeightPreset,
};
use proptest::prelude::*;
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

/// The example's results with the default settings: the pairs locks and vetoes are drawn from.
fn base() -> &'static Results {
    static BASE: OnceLock<Results> = OnceLock::new();
    BASE.get_or_init(|| match_inputs(&example_inputs(), &Preset::default(), &Settings::default(), &[]).expect("run"))
}

/// A run's settings, drawn: mode, objective, weights, a share, and locks and vetoes among the base's pairs.
fn settings() -> impl Strategy<Value = Settings> {
    let n = base().pairs.len();
    (
        prop::sample::select(vec![Mode::Optimal, Mode::Optimal, Mode::Stable, Mode::Greedy]),
        prop::sample::select(Objective::ALL.to_vec()),
        prop::sample::select(WeightPreset::ALL.to_vec()),
        // From 10 %: a smaller share is below the locked pairs of the category, an error of its own.
        prop::option::of(10u32..=100),
        prop::collection::btree_set(0..n, 0..3),
        prop::collection::btree_set(0..n, 0..4),
    )
        .prop_map(|(mode, objective, preset, war_zone, locks, vetoes)| {
            let pair = |i: &usize| {
                let p = &base().pairs[*i];
                PairId { offer_id: p.offer_id.clone(), need_id: p.need_id.clone() }
            };
            Settings {
                mode,
                objective,
                weights: preset.weights(),
                shares: Shares { war_zone, outside: None },
                locks: locks.iter().map(pair).collect(),
                vetoes: vetoes.difference(&locks).map(pair).collect(),
                ..Settings::default()
            }
        })
}

/// A results file as someone holding it has it: its JSON, read back.
fn run(s: &Settings, previous: bool) -> Results {
    let rounds: Vec<PreviousRound> = if previous {
        vec![PreviousRound::from_json("round1.json", base().to_json().as_bytes()).expect("round 1")]
    } else {
        Vec::new()
    };
    let r = match_inputs(&example_inputs(), &Preset::default(), s, &rounds)
        .unwrap_or_else(|e| panic!("{e:?} {s:?} {previous}"));
    Results::from_json(r.to_json().as_bytes()).expect("reads back")
}

/// Per name, how many of `members` (name, reached) are reached, of how many.
fn grouped(members: impl Iterator<Item = (String, bool)>) -> Value {
    let mut by: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    for (name, reached) in members {
        let e = by.entry(name).or_default();
        e.0 += u64::from(reached);
        e.1 += 1;
    }
    by.into_iter().map(|(name, (reached, of))| json!({ "name": name, "reached": reached, "of": of })).collect()
}

/// The headline figures worked out from the results JSON alone.
fn oracle(v: &Value) -> Value {
    let pairs = v["pairs"].as_array().cloned().unwrap_or_default();
    let kept = v["kept"].as_array().cloned().unwrap_or_default();
    let both = pairs.iter().chain(&kept);
    let needs_with: BTreeSet<&str> = both.clone().filter_map(|p| p["need_id"].as_str()).collect();
    let offers_with: BTreeSet<&str> = both.filter_map(|p| p["offer_id"].as_str()).collect();
    let needs = v["needs"].as_array().cloned().unwrap_or_default();
    let offers = v["offers"].as_array().cloned().unwrap_or_default();
    let reached = |n: &Value| needs_with.contains(n["id"].as_str().unwrap_or_default());
    let category = |c: &str| {
        let of: Vec<&Value> = needs.iter().filter(|n| n["category"] == c).collect();
        json!({ "name": c, "reached": of.iter().filter(|n| reached(n)).count(), "of": of.len() })
    };
    let mut met: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    for p in &pairs {
        for (key, urgent) in [("urgent_needs_met", true), ("long_term_needs_met", false)] {
            for a in p[key].as_array().into_iter().flatten().filter_map(Value::as_str) {
                let e = met.entry(a.to_string()).or_default();
                if urgent {
                    e.0 += 1
                } else {
                    e.1 += 1
                }
            }
        }
    }
    let total: i64 = pairs.iter().filter_map(|p| p["score"].as_i64()).sum();
    let objectives = v["comparison"]["objectives"].as_array().cloned().unwrap_or_default();
    let best_score = objectives.iter().filter_map(|o| o["total_score"].as_i64()).max();
    let best_reached = objectives.iter().filter_map(|o| o["reached"]["all"].as_i64()).max();
    let mut figures = json!({
        "total_score": total,
        "pairs": pairs.len(),
        "communities": { "reached": needs_with.len(), "of": needs.len() },
        "municipalities": { "reached": offers_with.len(), "of": offers.len() },
        // Each pair uses one place.
        "places": { "reached": pairs.len(), "of": offers.iter().filter_map(|o| o["capacity"].as_u64()).sum::<u64>() },
        "by_category": [category("war_zone"), category("outside"), category("unknown")],
        "by_oblast": grouped(needs.iter().map(|n| (n["oblast"].as_str().unwrap_or_default().to_string(), reached(n)))),
        "by_county": grouped(offers.iter().map(|o| {
            let id = o["id"].as_str().unwrap_or_default();
            (o["county"].as_str().unwrap_or_default().to_string(), offers_with.contains(id))
        })),
        "needs_met": met.into_iter().map(|(a, (u, l))| json!({ "area": a, "urgent": u, "long_term": l })).collect::<Vec<_>>(),
        "blocking_pairs": v["comparison"]["blocking_pairs"],
    });
    if let (Some(s), Some(r)) = (best_score, best_reached) {
        let reached = i64::try_from(needs_with.len()).unwrap_or_default();
        figures["price"] = json!({ "score_given_up": s - total, "communities_given_up": r - reached });
    }
    figures
}

/// Each side's partners per id, from the JSON.
fn partners(v: &Value) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for p in v["pairs"].as_array().into_iter().flatten() {
        let (o, n) = (p["offer_id"].as_str().unwrap_or_default(), p["need_id"].as_str().unwrap_or_default());
        out.entry(format!("o{o}")).or_default().insert(n.into());
        out.entry(format!("n{n}")).or_default().insert(o.into());
    }
    out
}

fn check(a: &Results, b: &Results) -> Result<(), TestCaseError> {
    let (va, vb): (Value, Value) =
        (serde_json::from_str(&a.to_json()).expect("a"), serde_json::from_str(&b.to_json()).expect("b"));
    let c = compare(a, b).expect("same inputs");
    // Partition.
    let key = |p: &Value| PairKey {
        offer: p["offer_id"].as_str().unwrap_or_default().into(),
        need: p["need_id"].as_str().unwrap_or_default().into(),
    };
    let pa: BTreeSet<PairKey> = va["pairs"].as_array().into_iter().flatten().map(key).collect();
    let pb: BTreeSet<PairKey> = vb["pairs"].as_array().into_iter().flatten().map(key).collect();
    let (oa, ob, bo): (BTreeSet<_>, BTreeSet<_>, BTreeSet<_>) =
        (c.only_a.iter().cloned().collect(), c.only_b.iter().cloned().collect(), c.both.iter().cloned().collect());
    prop_assert_eq!(oa.len() + ob.len() + bo.len(), c.only_a.len() + c.only_b.len() + c.both.len(), "a list repeats");
    prop_assert!(oa.is_disjoint(&ob) && oa.is_disjoint(&bo) && ob.is_disjoint(&bo), "the lists overlap");
    let union: BTreeSet<PairKey> = pa.union(&pb).cloned().collect();
    let all: BTreeSet<PairKey> = oa.iter().chain(&ob).chain(&bo).cloned().collect();
    prop_assert_eq!(&all, &union);
    prop_assert!(oa.iter().all(|p| pa.contains(p) && !pb.contains(p)));
    prop_assert!(ob.iter().all(|p| pb.contains(p) && !pa.contains(p)));
    prop_assert!(bo.iter().all(|p| pa.contains(p) && pb.contains(p)));
    // Every figure, from each file alone.
    prop_assert_eq!(serde_json::to_value(&c.a).expect("json"), oracle(&va));
    prop_assert_eq!(serde_json::to_value(&c.b).expect("json"), oracle(&vb));
    prop_assert_eq!(&c.a, &Figures::of(a));
    // Who changes: exactly those whose partners differ, with the kind their partners say.
    let (xa, xb) = (partners(&va), partners(&vb));
    let ids: BTreeSet<&String> = xa.keys().chain(xb.keys()).collect();
    let none = BTreeSet::new();
    let mut want = BTreeMap::new();
    for id in ids {
        let (sa, sb) = (xa.get(id).unwrap_or(&none), xb.get(id).unwrap_or(&none));
        if sa != sb {
            let kind = if sa.is_empty() {
                ChangeKind::Gains
            } else if sb.is_empty() {
                ChangeKind::Loses
            } else {
                ChangeKind::Changes
            };
            want.insert(id.clone(), (kind, sa.clone(), sb.clone()));
        }
    }
    let got: BTreeMap<String, (ChangeKind, BTreeSet<String>, BTreeSet<String>)> = c
        .changes
        .iter()
        .map(|ch| {
            let prefix = if ch.side == kommunematch::engine::Side::Offers { "o" } else { "n" };
            let set = |v: &[String]| v.iter().cloned().collect::<BTreeSet<_>>();
            (format!("{prefix}{}", ch.id), (ch.kind, set(&ch.partners_a), set(&ch.partners_b)))
        })
        .collect();
    prop_assert_eq!(got, want);
    // Each pair made in one only is explained on both its sides, as missing in the other.
    for ch in &c.changes {
        for n in &ch.not_made {
            let in_other = match n.missing_in {
                Which::A => ob.contains(&n.pair),
                Which::B => oa.contains(&n.pair),
            };
            prop_assert!(in_other, "{:?} is not a pair of one only", n.pair);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn compared_results_partition_their_pairs_and_figures_match_each_file(sa in settings(), sb in settings(), previous in any::<bool>()) {
        check(&run(&sa, previous), &run(&sb, previous))?;
    }
}

/// A result compared with itself: everything in both, no change, equal figures, no best marked.
#[test]
fn a_result_against_itself_changes_nothing() {
    let c = compare(base(), base()).expect("same");
    assert!(c.only_a.is_empty() && c.only_b.is_empty() && c.changes.is_empty());
    assert_eq!(c.both.len(), base().pairs.len());
    assert!(Headline::ALL.iter().all(|h| h.best(&[&c.a, &c.b]).is_empty()));
}

/// Results of other files are refused, naming the files that differ; the same files read with other corrections
/// (other ids) are refused too.
#[test]
fn other_inputs_are_refused_saying_which() {
    let fixture = |name: &str| Input {
        name: name.into(),
        bytes: std::fs::read(format!("tests/fixtures/{name}")).expect("fixture"),
        side: None,
    };
    let inputs = [fixture("offers_en_googleforms_12.csv"), fixture("needs_en_msforms_20.xlsx")];
    let other = match_inputs(&inputs, &Preset::default(), &Settings::default(), &[]).expect("run");
    match compare(base(), &other) {
        Err(CompareError::DifferentInputs { only_a, only_b }) => {
            assert!(only_b.contains(&"offers_en_googleforms_12.csv".to_string()), "{only_b:?}");
            assert_eq!(only_a.len(), 2, "{only_a:?}");
        }
        x => panic!("{x:?}"),
    }
    let mut renamed = base().clone();
    renamed.needs[0].id = "UA00000000000000000".into();
    assert!(matches!(compare(base(), &renamed), Err(CompareError::DifferentEntities { .. })));
    for lang in Lang::ALL {
        let e = compare(base(), &other).expect_err("other files");
        let text = kommunematch::engine::messages::compare::compare_error(lang, &e);
        assert!(text.contains("offers_en_googleforms_12.csv"), "{text}");
    }
}

/// The Markdown and CSV say the same as the JSON: every pair of either in the CSV once with where it is made,
/// the lists' counts in the Markdown; a hostile name is escaped.
#[test]
fn markdown_and_csv_follow_the_comparison() {
    let b = run(&Settings { objective: Objective::Coverage, ..Settings::default() }, false);
    let c: Compared = compare(base(), &b).expect("same");
    for lang in Lang::ALL {
        let csv = render::csv(lang, &c, base(), &b);
        let rows: Vec<&str> = csv.trim_end().split("\r\n").skip(1).collect();
        assert_eq!(rows.len(), c.only_a.len() + c.only_b.len() + c.both.len());
        let count = |tag: &str| rows.iter().filter(|r| r.split(',').nth(4) == Some(tag)).count();
        assert_eq!((count("A"), count("B"), count("A+B")), (c.only_a.len(), c.only_b.len(), c.both.len()));
        let md = render::markdown(lang, &c, base(), &b);
        assert!(md.contains(&format!("({})\n", c.only_a.len())), "{md}");
        assert_eq!(
            md.lines().filter(|l| l.starts_with("- ")).count(),
            c.only_a.len() + c.only_b.len() + c.both.len() + c.changes.len()
        );
    }
    assert_eq!(render::md_escape("a|b\n<script>*x*"), "a\\|b \\<script\\>\\*x\\*");
}

/// A result recorded as weighed carries its settings, figures and inputs' digest, and reads back.
#[test]
fn weighed_scenarios_read_back() {
    let b = run(&Settings { objective: Objective::Coverage, ..Settings::default() }, false);
    let mut r = base().clone();
    r.weighed = vec![Weighed::of("Total", base(), true), Weighed::of("Coverage", &b, false)];
    let back = Results::from_json(r.to_json().as_bytes()).expect("reads back");
    assert_eq!(back.weighed, r.weighed);
    assert_eq!(back.weighed[1].settings.objective, Objective::Coverage);
    assert_eq!(back.weighed[0].inputs_sha256, back.weighed[1].inputs_sha256);
    assert_eq!(back.weighed[1].figures, Figures::of(&b));
}
