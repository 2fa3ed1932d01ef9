//! What a run is asked to do: the mode, weights, category shares, locks and vetoes. Plain types, shared by
//! the matching, the results JSON (which records them) and the page.

use super::model::{Category, Side};
use super::score::Weights;
use serde::{Deserialize, Serialize};

/// Which solver makes the assignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// The largest total score under all constraints, exactly.
    #[default]
    Optimal,
    /// Deferred acceptance: no municipality and community would both rather be paired with each other.
    Stable,
    /// Highest score first; a baseline to compare against.
    Greedy,
}

/// What the optimal solver maximises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Objective {
    /// The largest total score.
    #[default]
    Total,
    /// First the most communities with at least one partner, then, among those assignments, the largest
    /// total score (exact).
    Coverage,
}

impl Objective {
    /// Both, in a fixed order.
    pub const ALL: [Objective; 2] = [Objective::Total, Objective::Coverage];

    /// Whether this is the default (left out of the results JSON, which stays as it was).
    pub fn is_total(&self) -> bool {
        *self == Objective::Total
    }

    /// The name used in the JSON and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Objective::Total => "total",
            Objective::Coverage => "coverage",
        }
    }
}

/// A pair named by ids: `(offer_id, need_id)`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema)]
pub struct PairId {
    /// The municipality's id.
    pub offer_id: String,
    /// The community's id.
    pub need_id: String,
}

/// The most of all places offered that may go to each category, in percent (`None`: no limit).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Shares {
    /// At most this percentage of all places offered goes to communities in the war zone.
    pub war_zone: Option<u32>,
    /// At most this percentage of all places offered goes to communities outside the war zone.
    pub outside: Option<u32>,
}

/// Named weight settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WeightPreset {
    /// The defaults: urgent needs first, every other fit counts.
    Balanced,
    /// Urgent needs and the war zone first; acute help.
    UrgentWarZone,
    /// Long-term needs, institution building and learning.
    LongTerm,
}

impl WeightPreset {
    /// Every preset, in the order the page offers them.
    pub const ALL: [WeightPreset; 3] = [WeightPreset::Balanced, WeightPreset::UrgentWarZone, WeightPreset::LongTerm];

    /// The preset's weights (see `docs/scoring.md`).
    pub fn weights(self) -> Weights {
        let d = Weights::default();
        match self {
            WeightPreset::Balanced => d,
            WeightPreset::UrgentWarZone => Weights { urgent_need: 40, long_term_need: 6, category: 35, form: 8, ..d },
            WeightPreset::LongTerm => {
                Weights { urgent_need: 20, long_term_need: 25, category: 10, form: 8, learning: 12, ..d }
            }
        }
    }

    /// The stable name, `urgent_war_zone`.
    pub fn name(self) -> &'static str {
        match self {
            WeightPreset::Balanced => "balanced",
            WeightPreset::UrgentWarZone => "urgent_war_zone",
            WeightPreset::LongTerm => "long_term",
        }
    }
}

fn yes() -> bool {
    true
}

/// Everything the coordinator can set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// The solver.
    pub mode: Mode,
    /// In stable mode, which side proposes.
    pub proposing: Side,
    /// Score weights.
    pub weights: Weights,
    /// Limits on the share of places per category (optimal and greedy modes).
    pub shares: Shares,
    /// Pairs that must be made.
    pub locks: Vec<PairId>,
    /// Pairs that must not be made.
    pub vetoes: Vec<PairId>,
    /// Whether pairs that name each other on both sides are locked (unless vetoed).
    #[serde(default = "yes")]
    pub lock_mutual_ties: bool,
    /// What the optimal solver maximises (the greedy and stable modes are not affected).
    #[serde(default, skip_serializing_if = "Objective::is_total")]
    pub objective: Objective,
    /// Whether partnerships kept from previous rounds count inside the capacity and the partners wanted of
    /// this round's answers (by default they do not: the survey asks for *new* partners).
    #[serde(default, skip_serializing_if = "is_false")]
    pub kept_in_capacity: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            mode: Mode::Optimal,
            proposing: Side::Offers,
            weights: Weights::default(),
            shares: Shares::default(),
            locks: Vec::new(),
            vetoes: Vec::new(),
            lock_mutual_ties: true,
            objective: Objective::Total,
            kept_in_capacity: false,
        }
    }
}

/// The largest weight the engine takes, in absolute value: far above any sensible setting, and small
/// enough that totals stay exact.
pub const MAX_WEIGHT: i64 = 10_000;

/// Why the settings cannot be met; its words are in [`crate::engine::messages::match_error`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "snake_case")]
#[non_exhaustive]
pub enum MatchError {
    /// A lock or veto names an id no loaded file has.
    UnknownId {
        /// A lock (else a veto).
        lock: bool,
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
    /// Locks give a category more places than its share allows.
    OverShare {
        /// The category.
        category: Category,
        /// Locked pairs in the category.
        locked: usize,
        /// Places the share allows.
        limit: u32,
        /// The share in percent.
        percent: u32,
        /// All places offered.
        total: u32,
    },
    /// A weight is out of range.
    WeightOutOfRange {
        /// The weight's name.
        weight: String,
        /// Its value.
        value: i64,
        /// The largest absolute value.
        limit: i64,
    },
    /// A share is not a percentage.
    ShareOutOfRange {
        /// Whose share.
        category: Category,
        /// The value given.
        percent: u32,
    },
    /// More pairs to weigh than any real pair of surveys gives.
    TooLarge {
        /// Offers.
        offers: usize,
        /// Needs.
        needs: usize,
        /// The most pairs weighed at once.
        limit: usize,
    },
}

impl std::error::Error for MatchError {}
