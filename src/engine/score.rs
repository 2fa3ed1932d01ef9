//! Pair scores: the sum of named integer components, each shown in the explanation.
//!
//! A pair is a *candidate* when the municipality offers at least one area the community needs, or when
//! either side names the other as an existing tie. Its score is the sum of the components below; only
//! candidates with a positive score can be paired. The model and its default weights are described in
//! `docs/scoring.md`.

use super::gazetteer;
use super::model::*;
use super::taxonomy;
use super::text::{fold, latinize};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashSet};

/// The weights of the score components. Every field is an integer; see `docs/scoring.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
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

impl Weights {
    /// The weights' names, in the order they are shown.
    pub const NAMES: [&'static str; 9] = [
        "urgent_need",
        "long_term_need",
        "category",
        "form",
        "language",
        "size",
        "existing_tie",
        "learning",
        "has_partners",
    ];

    fn slot(&mut self, name: &str) -> Option<&mut i64> {
        Some(match name {
            "urgent_need" => &mut self.urgent_need,
            "long_term_need" => &mut self.long_term_need,
            "category" => &mut self.category,
            "form" => &mut self.form,
            "language" => &mut self.language,
            "size" => &mut self.size,
            "existing_tie" => &mut self.existing_tie,
            "learning" => &mut self.learning,
            "has_partners" => &mut self.has_partners,
            _ => return None,
        })
    }

    /// The weight called `name` (one of [`Weights::NAMES`]).
    pub fn get(&self, name: &str) -> Option<i64> {
        let mut copy = *self;
        copy.slot(name).map(|v| *v)
    }

    /// The weights with `name` set to `value`; unchanged for an unknown name.
    pub fn with(mut self, name: &str, value: i64) -> Weights {
        if let Some(v) = self.slot(name) {
            *v = value;
        }
        self
    }
}

/// The names of the score components, in the order they are computed and shown.
pub const COMPONENTS: [&str; 9] = [
    "urgent_needs",
    "long_term_needs",
    "category",
    "form",
    "language",
    "size",
    "existing_tie",
    "learning",
    "has_partners",
];

/// One named component of a pair's score.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Component {
    /// One of [`COMPONENTS`].
    pub name: String,
    /// Points, positive or negative.
    pub points: i64,
}

/// The score of one pair and how it was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairScore {
    /// Sum of the components.
    pub total: i64,
    /// The non-zero components, in the order of [`COMPONENTS`].
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
pub fn experience(category: Category) -> &'static [&'static str] {
    match category {
        Category::WarZone => &["SRV-EMR", "SRV-FIR", "INF-SUP", "INF-ENE", "SRV-MHP", "SOC-VET", "INF-WAT", "GOV-COM"],
        Category::Outside => &["SOC-IDP", "GOV-DGS", "SOC-COH", "INF-SHO"],
        Category::Unknown => &[],
    }
}

/// Working languages with a bit each, for scoring.
const LANGUAGE_BITS: [&str; 8] = ["en", "uk", "ru", "pl", "de", "no", "fr", "es"];

fn mask(areas: &BTreeSet<usize>) -> u64 {
    areas.iter().filter(|&&i| i < 64).fold(0, |m, &i| m | 1 << i)
}

fn language_mask(langs: &BTreeSet<String>) -> u16 {
    langs.iter().filter_map(|l| LANGUAGE_BITS.iter().position(|b| b == l)).fold(0, |m, i| m | 1 << i)
}

fn set(mask: u64) -> BTreeSet<usize> {
    (0..64).filter(|i| mask & (1 << i) != 0).collect()
}

/// What scoring needs of a municipality, as bit sets (the taxonomy has fewer than 64 areas).
#[derive(Debug, Clone)]
struct OfferProfile {
    areas: u64,
    /// Areas whose horizon fits the offered form of cooperation.
    fits: u64,
    preference: Preference,
    languages: u16,
    learn: u64,
    population: Option<u64>,
}

/// What scoring needs of a community.
#[derive(Debug, Clone)]
struct NeedProfile {
    urgent: u64,
    long_term: u64,
    category: Category,
    languages: u16,
    experience: u64,
    has_partners: bool,
    population: Option<u64>,
}

/// Scores pairs of the given offers and needs: profiles are built once, so a pair costs a few bit
/// operations. Existing ties are found once per answer that names a partner.
#[derive(Debug, Clone)]
pub struct Scorer {
    weights: Weights,
    offers: Vec<OfferProfile>,
    needs: Vec<NeedProfile>,
    /// Pairs where either side named the other: bit `o · needs + n`.
    ties: Vec<u64>,
    /// Pairs where both sides named the other.
    mutual: Vec<(usize, usize)>,
}

impl Scorer {
    /// Prepares scoring of every pair of `offers` × `needs`.
    pub fn new(offers: &[Offer], needs: &[Need], weights: &Weights) -> Self {
        let areas = taxonomy::areas();
        let short: u64 = areas.iter().filter(|a| a.short_term).fold(0, |m, a| m | 1 << a.index);
        let long: u64 = areas.iter().filter(|a| a.long_term).fold(0, |m, a| m | 1 << a.index);
        let offer_profiles = offers
            .iter()
            .map(|o| OfferProfile {
                areas: mask(&o.areas),
                fits: match o.form {
                    Form::Acute => short,
                    Form::LongTerm => long,
                    Form::Both => u64::MAX,
                },
                preference: o.preference,
                languages: language_mask(&o.languages),
                learn: mask(&o.learn),
                population: o.population,
            })
            .collect();
        let need_profiles = needs
            .iter()
            .map(|n| NeedProfile {
                urgent: mask(&n.urgent),
                long_term: mask(&n.long_term),
                category: n.category,
                languages: language_mask(&n.languages),
                experience: experience(n.category)
                    .iter()
                    .filter_map(|c| taxonomy::by_code(c))
                    .fold(0, |m, a| m | 1 << a.index),
                has_partners: !n.international_partners.is_empty(),
                population: n.population,
            })
            .collect();
        // A tie names the other side: by its official id when the text names an entity of the lists (in any
        // form), else by its name as written.
        let mut by_offer = HashSet::new();
        for (i, o) in offers.iter().enumerate().filter(|(_, o)| !o.ties.is_empty()) {
            let named: Vec<&str> = gazetteer::hromady_named_in(&o.ties).iter().map(|h| h.code).collect();
            for (j, n) in needs.iter().enumerate() {
                if named.contains(&n.id.as_str()) || names_tie(&o.ties, &n.name, Some(&n.oblast)) {
                    by_offer.insert((i, j));
                }
            }
        }
        let mut by_need = HashSet::new();
        for (j, n) in needs.iter().enumerate().filter(|(_, n)| !n.international_partners.is_empty()) {
            let named: Vec<&str> =
                gazetteer::kommuner_named_in(&n.international_partners).iter().map(|k| k.number).collect();
            for (i, o) in offers.iter().enumerate() {
                if named.contains(&o.id.as_str()) || names_tie(&n.international_partners, &o.name, None) {
                    by_need.insert((i, j));
                }
            }
        }
        let mut mutual: Vec<(usize, usize)> = by_offer.intersection(&by_need).copied().collect();
        mutual.sort_unstable();
        let mut ties = vec![0u64; (offers.len() * needs.len()).div_ceil(64)];
        for &(o, n) in by_offer.union(&by_need) {
            let bit = o * needs.len() + n;
            ties[bit / 64] |= 1 << (bit % 64);
        }
        Scorer { weights: *weights, offers: offer_profiles, needs: need_profiles, ties, mutual }
    }

    /// Counts community `n` as having partners (a partnership kept from a previous round), whatever its
    /// answer says.
    pub fn mark_partnered(&mut self, n: usize) {
        if let Some(p) = self.needs.get_mut(n) {
            p.has_partners = true;
        }
    }

    /// Pairs where both sides named the other, by offer then need.
    pub fn mutual_ties(&self) -> Vec<(usize, usize)> {
        self.mutual.clone()
    }

    /// Whether offer `o` and need `n` named each other (either side).
    pub fn tie(&self, o: usize, n: usize) -> bool {
        let bit = o.checked_mul(self.needs.len()).and_then(|b| b.checked_add(n)).filter(|_| n < self.needs.len());
        bit.is_some_and(|bit| self.ties.get(bit / 64).is_some_and(|w| w & (1 << (bit % 64)) != 0))
    }

    /// The component points of a pair in the order of [`COMPONENTS`], or `None` when it is not a candidate.
    fn parts(&self, o: usize, n: usize) -> Option<[i64; 9]> {
        let (op, np, w) = (self.offers.get(o)?, self.needs.get(n)?, &self.weights);
        let urgent = op.areas & np.urgent;
        let long_term = op.areas & np.long_term;
        let tie = self.tie(o, n);
        if urgent == 0 && long_term == 0 && !tie {
            return None;
        }
        let count = |m: u64| i64::from(m.count_ones());
        let category = match (op.preference, np.category) {
            (Preference::WarZone, Category::WarZone) | (Preference::Outside, Category::Outside) => w.category,
            (Preference::WarZone, Category::Outside) | (Preference::Outside, Category::WarZone) => -w.category,
            _ => 0,
        };
        let language = if op.languages == 0 || np.languages == 0 {
            0
        } else if op.languages & np.languages != 0 {
            w.language
        } else {
            -w.language
        };
        let size = match (op.population, np.population) {
            (Some(a), Some(b)) if a > 0 && b > 0 => w.size * a.min(b) as i64 / a.max(b) as i64,
            _ => 0,
        };
        Some([
            w.urgent_need * count(urgent),
            w.long_term_need * count(long_term),
            category,
            w.form * count((urgent | long_term) & op.fits),
            language,
            size,
            if tie { w.existing_tie } else { 0 },
            w.learning * count(op.learn & np.experience),
            if np.has_partners && !tie { -w.has_partners } else { 0 },
        ])
    }

    /// The score of a pair, or `None` when it is not a candidate.
    pub fn total(&self, o: usize, n: usize) -> Option<i64> {
        self.parts(o, n).map(|p| p.iter().sum())
    }

    /// The score of a pair with its components and the needs met; a pair that is not a candidate scores
    /// zero with no component.
    pub fn explain(&self, o: usize, n: usize) -> PairScore {
        let parts = self.parts(o, n).unwrap_or([0; 9]);
        let components: Vec<Component> = COMPONENTS
            .iter()
            .zip(parts)
            .filter(|(_, p)| *p != 0)
            .map(|(name, points)| Component { name: (*name).into(), points })
            .collect();
        let (op, np) = (self.offers.get(o), self.needs.get(n));
        let met = |f: fn(&NeedProfile) -> u64| match (op, np) {
            (Some(op), Some(np)) => set(op.areas & f(np)),
            _ => BTreeSet::new(),
        };
        PairScore {
            total: parts.iter().sum(),
            components,
            urgent_met: met(|np| np.urgent),
            long_term_met: met(|np| np.long_term),
            tie: self.tie(o, n),
        }
    }

    /// Every candidate pair with a positive score, by offer then need index. Natively the second half of the
    /// offers is scored beside the first (`beside`: on a thread of its own), then joined after it.
    pub fn candidates(&self) -> Vec<(usize, usize, i64)> {
        let (no, nn) = (self.offers.len(), self.needs.len());
        let of = |offers: std::ops::Range<usize>, out: &mut Vec<(usize, usize, i64)>| {
            for o in offers {
                for n in 0..nn {
                    if let Some(t) = self.total(o, n).filter(|t| *t > 0) {
                        out.push((o, n, t));
                    }
                }
            }
        };
        // In the browser (one thread) the list is made in one part: no second list to copy in.
        let half = if cfg!(target_arch = "wasm32") { no } else { no / 2 };
        super::beside::beside(
            || {
                let mut rest = Vec::with_capacity((no - half) * nn);
                of(half..no, &mut rest);
                rest
            },
            |rest| {
                // Room for every pair: memory never written is never touched, and the list is never moved.
                let mut out = Vec::with_capacity(no * nn);
                of(0..half, &mut out);
                out.extend_from_slice(&rest.take());
                out
            },
        )
    }
}

/// Scores one pair (a convenience over [`Scorer`]), or `None` when it is not a candidate.
pub fn score(offer: &Offer, need: &Need, w: &Weights) -> Option<PairScore> {
    let s = Scorer::new(std::slice::from_ref(offer), std::slice::from_ref(need), w);
    s.parts(0, 0).map(|_| s.explain(0, 0))
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
///
/// When the text names an oblast ("Kyivska oblast") and `oblast` is given, the oblast must match too, so
/// "Mykolaiv (Mykolaivska oblast)" does not name a Миколаївська community in another oblast.
pub fn names_tie(text: &str, name: &str, oblast: Option<&str>) -> bool {
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
    if let Some(oblast) = oblast.map(|o| latinize(&fold(o))).filter(|o| !o.is_empty()) {
        let named: Vec<&str> = (0..words.len()).filter(|&i| names_oblast(i)).map(|i| words[i]).collect();
        let prefix = |w: &str| w.chars().take(5).collect::<String>();
        if !named.is_empty() && !named.iter().any(|w| w.len() >= 4 && oblast.starts_with(&prefix(w))) {
            return false;
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn area(code: &str) -> usize {
        taxonomy::by_code(code).map(|a| a.index).unwrap_or(usize::MAX)
    }

    #[test]
    fn ties_named_in_any_form_find_the_official_community() {
        let named = |t: &str| gazetteer::hromady_named_in(t).iter().map(|h| h.code).collect::<Vec<_>>();
        assert_eq!(named("Ja, Bucha (Kyivska oblast)"), ["UA32080070000050759"]);
        assert_eq!(named("Кременчуцька МТГ та Боратинська громада"), ["UA53020110000092487", "UA07080030000051738"]);
        assert!(named("Nei").is_empty() && named("").is_empty());
        let k = |t: &str| gazetteer::kommuner_named_in(t).iter().map(|k| k.number).collect::<Vec<_>>();
        assert_eq!(k("Так, Bergen kommune and TINGVOLL"), ["4601", "1560"]);
    }

    #[test]
    fn ties_are_found_across_scripts() {
        assert!(names_tie("Ja, Bucha (Kyivska oblast)", "Бучанська", Some("Київська")));
        assert!(names_tie("Так, Sandnes (Норвегія)", "Sandnes", None));
        assert!(names_tie("Ja, Kharkiv", "Харківська", Some("Харківська")));
        assert!(!names_tie("Ja, Bucha (Kyivska oblast)", "Київська", Some("Київська")));
        assert!(!names_tie("Nei", "Bergen", None));
        assert!(!names_tie("", "Bergen", None));
        // The same community name in another oblast is not the one meant.
        assert!(names_tie("Ja, Mykolaiv (Mykolaivska oblast)", "Миколаївська", Some("Миколаївська")));
        assert!(!names_tie("Ja, Mykolaiv (Mykolaivska oblast)", "Миколаївська", Some("Львівська")));
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
