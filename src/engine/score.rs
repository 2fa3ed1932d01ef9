//! Pair scores: the sum of named integer components, each shown in the explanation.
//!
//! A pair is a *candidate* when the municipality offers at least one area the community needs, or when
//! either side names the other as an existing tie. Its score is the sum of the components below; only
//! candidates with a positive score can be paired. The model and its default weights are described in
//! `docs/scoring.md`.

use super::model::*;
use super::taxonomy;
use super::text::{fold, latinize};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The weights of the score components. Every field is an integer; see `docs/scoring.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Weights {
    /// Points for each urgent need the municipality can meet.
    pub urgent_need: i64,
    /// Points for each long-term need the municipality can meet.
    pub long_term_need: i64,
    /// Points when the preferred category matches the community's; minus as much when it is the other one.
    pub category: i64,
    /// Points for each need met whose horizon fits the offered form of cooperation.
    pub form: i64,
    /// Points for a shared working language; minus as much when both name languages and share none.
    pub language: i64,
    /// Up to this many points for similar population (scaled by the smaller over the larger).
    pub size: i64,
    /// Points when either side names the other as an existing partner.
    pub existing_tie: i64,
    /// Points for each area the municipality wants to learn that the community has lived through.
    pub learning: i64,
    /// Points taken off when the community already has international partners, so help spreads.
    pub has_partners: i64,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            urgent_need: 30,
            long_term_need: 12,
            category: 20,
            form: 4,
            language: 10,
            size: 10,
            existing_tie: 200,
            learning: 6,
            has_partners: 15,
        }
    }
}

/// One named component of a pair's score.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Component {
    /// Stable name: `urgent_needs`, `long_term_needs`, `category`, `form`, `language`, `size`,
    /// `existing_tie`, `learning`, `has_partners`.
    pub name: String,
    /// Points, positive or negative.
    pub points: i64,
}

/// The score of one pair and how it was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairScore {
    /// Sum of the components.
    pub total: i64,
    /// The non-zero components, in a fixed order.
    pub components: Vec<Component>,
    /// Urgent needs met, as taxonomy indexes.
    pub urgent_met: BTreeSet<usize>,
    /// Long-term needs met, as taxonomy indexes.
    pub long_term_met: BTreeSet<usize>,
    /// Whether a side named the other.
    pub tie: bool,
}

/// Areas a community has lived through and can teach, by its category: crisis preparedness from the war
/// zone, receiving displaced people from outside it.
fn experience(category: Category) -> &'static [&'static str] {
    match category {
        Category::WarZone => &["SRV-EMR", "SRV-FIR", "INF-SUP", "INF-ENE", "SRV-MHP", "SOC-VET", "INF-WAT", "GOV-COM"],
        Category::Outside => &["SOC-IDP", "GOV-DGS", "SOC-COH", "INF-SHO"],
        Category::Unknown => &[],
    }
}

/// Scores a pair, or `None` when it is not a candidate.
pub fn score(offer: &Offer, need: &Need, w: &Weights) -> Option<PairScore> {
    let urgent_met: BTreeSet<usize> = need.urgent.intersection(&offer.areas).copied().collect();
    let long_term_met: BTreeSet<usize> = need.long_term.intersection(&offer.areas).copied().collect();
    let tie = names_tie(&offer.ties, &need.name) || names_tie(&need.international_partners, &offer.name);
    if urgent_met.is_empty() && long_term_met.is_empty() && !tie {
        return None;
    }
    let n = |s: &BTreeSet<usize>| s.len() as i64;
    let category = match (offer.preference, need.category) {
        (Preference::WarZone, Category::WarZone) | (Preference::Outside, Category::Outside) => w.category,
        (Preference::WarZone, Category::Outside) | (Preference::Outside, Category::WarZone) => -w.category,
        _ => 0,
    };
    let fits = |&i: &usize| {
        let a = &taxonomy::areas()[i];
        match offer.form {
            Form::Acute => a.short_term,
            Form::LongTerm => a.long_term,
            Form::Both => true,
        }
    };
    let form = w.form
        * (urgent_met.iter().filter(|i| fits(i)).count() + long_term_met.iter().filter(|i| fits(i)).count()) as i64;
    let language = if offer.languages.is_empty() || need.languages.is_empty() {
        0
    } else if offer.languages.intersection(&need.languages).next().is_some() {
        w.language
    } else {
        -w.language
    };
    let size = match (offer.population, need.population) {
        (Some(a), Some(b)) if a > 0 && b > 0 => w.size * a.min(b) as i64 / a.max(b) as i64,
        _ => 0,
    };
    let learning = w.learning
        * experience(need.category)
            .iter()
            .filter_map(|c| taxonomy::by_code(c))
            .filter(|a| offer.learn.contains(&a.index))
            .count() as i64;
    let has_partners = if !need.international_partners.is_empty() && !tie { -w.has_partners } else { 0 };
    let parts = [
        ("urgent_needs", w.urgent_need * n(&urgent_met)),
        ("long_term_needs", w.long_term_need * n(&long_term_met)),
        ("category", category),
        ("form", form),
        ("language", language),
        ("size", size),
        ("existing_tie", if tie { w.existing_tie } else { 0 }),
        ("learning", learning),
        ("has_partners", has_partners),
    ];
    let components: Vec<Component> = parts
        .iter()
        .filter(|(_, p)| *p != 0)
        .map(|(name, points)| Component { name: (*name).into(), points: *points })
        .collect();
    Some(PairScore { total: components.iter().map(|c| c.points).sum(), components, urgent_met, long_term_met, tie })
}

/// Words that say nothing about which place is meant.
const TIE_STOP_WORDS: &[&str] = &[
    "oblast",
    "oblasti",
    "kommune",
    "hromada",
    "norway",
    "norge",
    "norvehiia",
    "ukraine",
    "ukraina",
    "ukrainy",
    "misto",
    "city",
    "region",
    "raion",
    "partner",
];

/// Whether free text about existing partners names the place `name`, across scripts: "Bucha" in a
/// Norwegian answer names Бучанська, "Sandnes" in a Ukrainian answer names Sandnes.
///
/// A word of the text names the place when, written in Latin letters, it is at least four letters long and
/// the place's name starts with it (less one final vowel: "Bucha" → "buch", a prefix of "buchanska").
pub fn names_tie(text: &str, name: &str) -> bool {
    if text.is_empty() || name.is_empty() {
        return false;
    }
    let name = latinize(&fold(name)).replace(' ', "");
    if name.len() < 3 {
        return false;
    }
    let text = latinize(&fold(text));
    let words: Vec<&str> = text.split(' ').collect();
    // A word just before "oblast" names the oblast, not the place ("Bucha (Kyivska oblast)").
    let names_oblast = |i: usize| words.get(i + 1).is_some_and(|n| n.starts_with("oblast"));
    words.iter().enumerate().filter(|&(i, w)| w.len() >= 4 && !TIE_STOP_WORDS.contains(w) && !names_oblast(i)).any(
        |(_, w)| {
            let stem = match w.strip_suffix(['a', 'e', 'i', 'o', 'u', 'y']) {
                Some(s) if s.len() >= 4 => s,
                _ => w,
            };
            name.starts_with(stem) && (name.len() <= stem.len() + 6 || name == *w)
        },
    )
}

/// Every candidate pair with a positive score, by offer then need index.
pub fn candidates(offers: &[Offer], needs: &[Need], w: &Weights) -> Vec<(usize, usize, PairScore)> {
    let mut out = Vec::new();
    for (i, o) in offers.iter().enumerate() {
        for (j, n) in needs.iter().enumerate() {
            if let Some(s) = score(o, n, w).filter(|s| s.total > 0) {
                out.push((i, j, s));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(code: &str) -> usize {
        taxonomy::by_code(code).map(|a| a.index).unwrap_or(usize::MAX)
    }

    #[test]
    fn ties_are_found_across_scripts() {
        assert!(names_tie("Ja, Bucha (Kyivska oblast)", "Бучанська"));
        assert!(names_tie("Так, Sandnes (Норвегія)", "Sandnes"));
        assert!(names_tie("Ja, Kharkiv", "Харківська"));
        assert!(!names_tie("Ja, Bucha (Kyivska oblast)", "Київська"));
        assert!(!names_tie("Nei", "Bergen"));
        assert!(!names_tie("", "Bergen"));
    }

    #[test]
    fn a_pair_scores_the_sum_of_its_components() {
        let offer = Offer {
            areas: [area("INF-WAT"), area("SRV-FIR")].into(),
            preference: Preference::WarZone,
            form: Form::Both,
            capacity: 1,
            ..Offer::default()
        };
        let need = Need {
            urgent: [area("INF-WAT")].into(),
            long_term: [area("SRV-FIR")].into(),
            category: Category::WarZone,
            partners_wanted: 1,
            ..Need::default()
        };
        let w = Weights::default();
        let s = score(&offer, &need, &w).unwrap();
        assert_eq!(s.total, w.urgent_need + w.long_term_need + w.category + 2 * w.form);
        assert_eq!(s.total, s.components.iter().map(|c| c.points).sum::<i64>());
        let none = Need { urgent: [area("ECO-AGR")].into(), long_term: BTreeSet::new(), ..need.clone() };
        assert_eq!(score(&offer, &none, &w), None);
    }
}
