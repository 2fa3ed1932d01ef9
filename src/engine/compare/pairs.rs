//! Two results of the same inputs side by side: the pairs only in one, only in the other and in both, and who
//! gains, loses or changes partner, with why from the results themselves.

use crate::engine::comparison::*;
use crate::engine::model::Side;
use crate::engine::results::{Alternative, Results, WhyNot};
use crate::engine::scenario::Figures;
use std::collections::{BTreeMap, BTreeSet};

fn keys(r: &Results) -> BTreeSet<PairKey> {
    r.pairs.iter().map(|p| PairKey { offer: p.offer_id.clone(), need: p.need_id.clone() }).collect()
}

/// What is in `a` and not in `b`, and the other way round.
fn apart<T: Ord + Clone>(a: &BTreeSet<T>, b: &BTreeSet<T>) -> (Vec<T>, Vec<T>) {
    (a.difference(b).cloned().collect(), b.difference(a).cloned().collect())
}

/// Checks that `a` and `b` were made from the same inputs, read the same way.
pub fn same_inputs(a: &Results, b: &Results) -> Result<(), CompareError> {
    if a.inputs_sha256() != b.inputs_sha256() {
        let files = |r: &Results| -> BTreeSet<(String, String)> {
            let rounds = r.previous_rounds.iter().map(|p| (p.file.clone(), p.sha256.clone()));
            r.inputs.iter().map(|i| (i.file.clone(), i.sha256.clone())).chain(rounds).collect()
        };
        let (x, y) = apart(&files(a), &files(b));
        let names = |v: Vec<(String, String)>| v.into_iter().map(|(f, _)| f).collect();
        return Err(CompareError::DifferentInputs { only_a: names(x), only_b: names(y) });
    }
    let ids = |r: &Results| -> BTreeSet<String> {
        r.offers.iter().map(|o| o.id.clone()).chain(r.needs.iter().map(|n| n.id.clone())).collect()
    };
    let (only_a, only_b) = apart(&ids(a), &ids(b));
    if only_a.is_empty() && only_b.is_empty() {
        Ok(())
    } else {
        Err(CompareError::DifferentEntities { only_a, only_b })
    }
}

/// Compares `a` and `b` (of the same inputs, else why not).
pub fn compare(a: &Results, b: &Results) -> Result<Compared, CompareError> {
    same_inputs(a, b)?;
    let (ka, kb) = (keys(a), keys(b));
    let (only_a, only_b) = apart(&ka, &kb);
    let mut changes = Vec::new();
    for side in [Side::Offers, Side::Needs] {
        changes.extend(side_changes(side, a, b, &only_a, &only_b));
    }
    Ok(Compared {
        compare_version: COMPARE_VERSION,
        inputs_sha256: a.inputs_sha256(),
        a: Figures::of(a),
        b: Figures::of(b),
        both: ka.intersection(&kb).cloned().collect(),
        only_a,
        only_b,
        changes,
    })
}

/// Each entity's partners in a result (this round's pairs), by id.
fn partners(r: &Results, side: Side) -> BTreeMap<&str, Vec<String>> {
    let mut out: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for p in &r.pairs {
        let (me, other) = match side {
            Side::Offers => (&p.offer_id, &p.need_id),
            Side::Needs => (&p.need_id, &p.offer_id),
        };
        out.entry(me.as_str()).or_default().push(other.clone());
    }
    out
}

/// Why `r` did not make `pair`: its veto, else the reason it gives among the best alternatives listed.
fn reason(r: &Results, pair: &PairKey) -> Option<WhyNot> {
    let vetoed = r.settings.vetoes.iter().any(|v| v.offer_id == pair.offer && v.need_id == pair.need);
    if vetoed {
        return Some(WhyNot::Vetoed);
    }
    let listed = |alts: &[Alternative], other: &str| alts.iter().find(|x| x.id == other).map(|x| x.reason_code);
    let by_offer = r.offers.iter().find(|o| o.id == pair.offer).and_then(|o| listed(&o.alternatives, &pair.need));
    by_offer.or_else(|| r.needs.iter().find(|n| n.id == pair.need).and_then(|n| listed(&n.alternatives, &pair.offer)))
}

/// The entities of one side whose partners differ from `a` to `b`.
fn side_changes(side: Side, a: &Results, b: &Results, only_a: &[PairKey], only_b: &[PairKey]) -> Vec<Change> {
    let (pa, pb) = (partners(a, side), partners(b, side));
    let mine = |p: &PairKey| match side {
        Side::Offers => p.offer.clone(),
        Side::Needs => p.need.clone(),
    };
    let mut not_made: BTreeMap<String, Vec<NotMade>> = BTreeMap::new();
    for (list, missing_in, r) in [(only_a, Which::B, b), (only_b, Which::A, a)] {
        for p in list {
            let why = NotMade { pair: p.clone(), missing_in, reason: reason(r, p) };
            not_made.entry(mine(p)).or_default().push(why);
        }
    }
    let unplaced = |r: &Results, id: &str| {
        let list = match side {
            Side::Offers => &r.unmatched_offers,
            Side::Needs => &r.unmatched_needs,
        };
        list.iter().find(|u| u.id == id).map(|u| u.reason_code)
    };
    let name = |id: &str| match side {
        Side::Offers => b.offers.iter().find(|o| o.id == id).map(|o| o.name.clone()),
        Side::Needs => b.needs.iter().find(|n| n.id == id).map(|n| n.name.clone()),
    };
    not_made
        .into_iter()
        .map(|(id, not_made)| {
            let partners_a = pa.get(id.as_str()).cloned().unwrap_or_default();
            let partners_b = pb.get(id.as_str()).cloned().unwrap_or_default();
            let (kind, unplaced) = match (partners_a.is_empty(), partners_b.is_empty()) {
                (true, _) => (ChangeKind::Gains, unplaced(a, &id)),
                (_, true) => (ChangeKind::Loses, unplaced(b, &id)),
                _ => (ChangeKind::Changes, None),
            };
            Change { side, name: name(&id).unwrap_or_default(), id, kind, partners_a, partners_b, not_made, unplaced }
        })
        .collect()
}
