//! A result's headline figures ([`Figures`]), worked out from its results JSON alone, so that anyone holding
//! the file gets the same; and a result recorded as a scenario weighed ([`Weighed`]).

use crate::engine::model::Category;
use crate::engine::results::Results;
use crate::engine::scenario::{AreaMet, Figures, Group, Price, Share, Weighed};
use std::collections::{BTreeMap, BTreeSet};

fn count(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

/// Per group name, how many have a partner of how many.
fn groups<'a>(members: impl Iterator<Item = (&'a str, bool)>) -> Vec<Group> {
    let mut by: BTreeMap<&str, (u64, u64)> = BTreeMap::new();
    for (name, reached) in members {
        let e = by.entry(name).or_default();
        e.0 += u64::from(reached);
        e.1 += 1;
    }
    by.into_iter().map(|(name, (reached, of))| Group { name: name.into(), reached, of }).collect()
}

/// The code of a category, as in the results JSON.
pub fn category_code(c: Category) -> &'static str {
    match c {
        Category::WarZone => "war_zone",
        Category::Outside => "outside",
        Category::Unknown => "unknown",
    }
}

impl Figures {
    /// The figures of `r`, from it alone.
    pub fn of(r: &Results) -> Figures {
        let kept = r.kept.iter().map(|k| (k.offer_id.as_str(), k.need_id.as_str()));
        let paired = r.pairs.iter().map(|p| (p.offer_id.as_str(), p.need_id.as_str())).chain(kept);
        let (offers_with, needs_with): (BTreeSet<&str>, BTreeSet<&str>) = paired.unzip();
        let need_reached = |id: &str| needs_with.contains(id);
        let by_category = [Category::WarZone, Category::Outside, Category::Unknown]
            .into_iter()
            .map(|c| {
                let of = r.needs.iter().filter(|n| n.category == c);
                Group {
                    name: category_code(c).into(),
                    reached: count(of.clone().filter(|n| need_reached(&n.id)).count()),
                    of: count(of.count()),
                }
            })
            .collect();
        let mut met: BTreeMap<&str, (u64, u64)> = BTreeMap::new();
        for p in &r.pairs {
            for a in &p.urgent_needs_met {
                met.entry(a).or_default().0 += 1;
            }
            for a in &p.long_term_needs_met {
                met.entry(a).or_default().1 += 1;
            }
        }
        let communities = Share { reached: count(needs_with.len()), of: count(r.needs.len()) };
        Figures {
            total_score: r.objective,
            pairs: count(r.pairs.len()),
            communities,
            municipalities: Share { reached: count(offers_with.len()), of: count(r.offers.len()) },
            places: Share {
                reached: r.offers.iter().map(|o| u64::from(o.used)).sum(),
                of: r.offers.iter().map(|o| u64::from(o.capacity)).sum(),
            },
            by_category,
            by_oblast: groups(r.needs.iter().map(|n| (n.oblast.as_str(), need_reached(&n.id)))),
            by_county: groups(r.offers.iter().map(|o| (o.county.as_str(), offers_with.contains(o.id.as_str())))),
            needs_met: met
                .into_iter()
                .map(|(a, (urgent, long_term))| AreaMet { area: a.into(), urgent, long_term })
                .collect(),
            blocking_pairs: count(r.comparison.blocking_pairs),
            price: price(r, communities.reached),
        }
    }
}

fn price(r: &Results, reached: u64) -> Option<Price> {
    let best_score = r.comparison.objectives.iter().map(|o| o.total_score).max()?;
    let best_reached = r.comparison.objectives.iter().map(|o| count(o.reached.all)).max()?;
    let signed = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
    Some(Price {
        score_given_up: best_score.saturating_sub(r.objective),
        communities_given_up: signed(best_reached).saturating_sub(signed(reached)),
    })
}

impl Weighed {
    /// `r` recorded as a scenario named `name`.
    pub fn of(name: &str, r: &Results, chosen: bool) -> Weighed {
        Weighed {
            name: name.into(),
            chosen,
            settings: r.settings.clone(),
            inputs_sha256: r.inputs_sha256(),
            figures: Figures::of(r),
        }
    }
}
