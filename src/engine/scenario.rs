//! A scenario's headline figures and the rows they are shown in, and the scenarios weighed as the results JSON
//! records them (worked out from a results file alone by `compare`).

use super::settings::Settings;
use serde::{Deserialize, Serialize};

/// How many of a kind have a partner, of how many.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Share {
    /// With at least one partner (places: used).
    pub reached: u64,
    /// All of them (places: offered).
    pub of: u64,
}

/// Communities (or municipalities) of one group with a partner: a category, an oblast or a county.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Group {
    /// The group: a category's code (`war_zone`, `outside`, `unknown`), an oblast's or a county's name.
    pub name: String,
    /// With at least one partner.
    pub reached: u64,
    /// All of them.
    pub of: u64,
}

/// How often one area is met by the pairs made this round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct AreaMet {
    /// The area's code in the taxonomy.
    pub area: String,
    /// Pairs meeting it as an urgent need.
    pub urgent: u64,
    /// Pairs meeting it as a long-term need.
    pub long_term: u64,
}

/// What a result gives up against the best of each aim under the same constraints (locks, vetoes, shares):
/// the largest total score, and the most communities reached. Absent when the results carry no optimum
/// (they were made by a version that did not record it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Price {
    /// The largest total score possible, less this one's.
    pub score_given_up: i64,
    /// The most communities any assignment reaches, less the communities this one reaches.
    pub communities_given_up: i64,
}

/// The headline figures of one result. Partnerships kept from previous rounds count as partners (as the
/// optimum's figures count them); the score and the pairs are this round's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Figures {
    /// Sum of this round's pairs' scores (the results' `objective`).
    pub total_score: i64,
    /// Pairs made this round.
    pub pairs: u64,
    /// Communities with a partner, of all.
    pub communities: Share,
    /// Municipalities with a partner, of all.
    pub municipalities: Share,
    /// Places used this round, of the places offered.
    pub places: Share,
    /// Communities with a partner per category (war zone, outside, unknown), in that order.
    pub by_category: Vec<Group>,
    /// Communities with a partner per oblast, by name.
    pub by_oblast: Vec<Group>,
    /// Municipalities with a partner per county, by name.
    pub by_county: Vec<Group>,
    /// Per area met at least once, by code: how many pairs meet it.
    pub needs_met: Vec<AreaMet>,
    /// Pairs not made that both sides would rather have (stable mode has none).
    pub blocking_pairs: u64,
    /// Against the best of each aim.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub price: Option<Price>,
}

/// A scenario weighed before the result was chosen, as the results JSON records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Weighed {
    /// The name the coordinator gave it.
    pub name: String,
    /// Whether these results continue from it (the scenario chosen).
    pub chosen: bool,
    /// Its settings (locks and vetoes included).
    pub settings: Settings,
    /// [`Results::inputs_sha256`] of its results: equal to these results' when it ran on the same inputs.
    pub inputs_sha256: String,
    /// Its headline figures.
    pub figures: Figures,
}

/// A row of the headline figures' table, in the order shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Headline {
    /// The total score.
    TotalScore,
    /// Pairs made this round.
    Pairs,
    /// Communities with a partner.
    Communities,
    /// Communities in the war zone with a partner.
    WarZone,
    /// Communities outside it with a partner.
    Outside,
    /// Municipalities with a partner.
    Municipalities,
    /// Places used.
    Places,
    /// Blocking pairs.
    BlockingPairs,
    /// Points given up against the largest total score.
    ScoreGivenUp,
    /// Communities given up against the most that can be reached.
    CommunitiesGivenUp,
}

/// A figure: its value, and of how many when it is a share.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Value {
    /// The figure.
    pub n: i64,
    /// Of how many (communities, municipalities, places).
    pub of: Option<i64>,
}

impl Headline {
    /// Every row, in order.
    pub const ALL: [Headline; 10] = [
        Headline::TotalScore,
        Headline::Pairs,
        Headline::Communities,
        Headline::WarZone,
        Headline::Outside,
        Headline::Municipalities,
        Headline::Places,
        Headline::BlockingPairs,
        Headline::ScoreGivenUp,
        Headline::CommunitiesGivenUp,
    ];

    /// Whether a larger figure is better (else a smaller one is).
    pub fn higher_is_better(self) -> bool {
        !matches!(self, Headline::BlockingPairs | Headline::ScoreGivenUp | Headline::CommunitiesGivenUp)
    }

    /// This row's figure of `f` (none: the results do not say).
    pub fn value(self, f: &Figures) -> Option<Value> {
        let signed = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
        let share = |s: Share| Value { n: signed(s.reached), of: Some(signed(s.of)) };
        let category = |code: &str| {
            f.by_category
                .iter()
                .find(|g| g.name == code)
                .map(|g| Value { n: signed(g.reached), of: Some(signed(g.of)) })
        };
        let plain = |n: i64| Some(Value { n, of: None });
        match self {
            Headline::TotalScore => plain(f.total_score),
            Headline::Pairs => plain(signed(f.pairs)),
            Headline::Communities => Some(share(f.communities)),
            Headline::WarZone => category("war_zone"),
            Headline::Outside => category("outside"),
            Headline::Municipalities => Some(share(f.municipalities)),
            Headline::Places => Some(share(f.places)),
            Headline::BlockingPairs => plain(signed(f.blocking_pairs)),
            Headline::ScoreGivenUp => plain(f.price?.score_given_up),
            Headline::CommunitiesGivenUp => plain(f.price?.communities_given_up),
        }
    }

    /// Which of `figures` are best on this row: none when they are all equal (or fewer than two say).
    pub fn best(self, figures: &[&Figures]) -> Vec<usize> {
        let values: Vec<Option<i64>> = figures.iter().map(|f| self.value(f).map(|v| v.n)).collect();
        let known: Vec<i64> = values.iter().flatten().copied().collect();
        let best = if self.higher_is_better() { known.iter().max() } else { known.iter().min() };
        let Some(&best) = best else { return Vec::new() };
        if known.len() < 2 || known.iter().all(|&v| v == best) {
            return Vec::new();
        }
        values.iter().enumerate().filter(|(_, v)| **v == Some(best)).map(|(i, _)| i).collect()
    }
}
