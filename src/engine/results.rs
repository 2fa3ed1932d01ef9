//! The results JSON: its own types, versioned by [`SCHEMA_VERSION`], documented in `docs/results-schema.md`.
//! Internal changes must not change it silently: a test compares it with a stored copy.

use super::matching::{Mode, Settings};
use super::model::{Category, Side};
use super::score::Component;
use super::survey::{Counts, Survey};
use serde::{Deserialize, Serialize};

/// Version of the results JSON layout.
pub const SCHEMA_VERSION: u32 = 1;

/// The engine that made the results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EngineInfo {
    /// Always `kommunematch`.
    pub name: String,
    /// The crate version.
    pub version: String,
}

impl EngineInfo {
    /// This engine.
    pub fn current() -> Self {
        EngineInfo { name: env!("CARGO_PKG_NAME").into(), version: env!("CARGO_PKG_VERSION").into() }
    }
}

/// One input file as it was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputInfo {
    /// File name.
    pub file: String,
    /// Sheet used, for spreadsheets.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub sheet: Option<String>,
    /// Offers or needs.
    pub side: Side,
    /// Data rows.
    pub rows: usize,
    /// Rows accepted without remarks.
    pub accepted: usize,
    /// Rows accepted with warnings.
    pub warnings: usize,
    /// Rows rejected.
    pub rejected: usize,
}

impl InputInfo {
    /// Summarises a survey.
    pub fn from_survey(s: &Survey) -> Self {
        let Counts { rows, accepted, warnings, rejected } = s.counts;
        InputInfo { file: s.file.clone(), sheet: s.sheet.clone(), side: s.side, rows, accepted, warnings, rejected }
    }
}

/// A municipality in the results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferOut {
    /// Kommunenummer, or `NO-<name>`.
    pub id: String,
    /// Name.
    pub name: String,
    /// Partners it can take.
    pub capacity: u32,
    /// Partners it got.
    pub used: u32,
    /// Its best candidates not paired with it (up to three), and why not.
    pub alternatives: Vec<Alternative>,
}

/// A community in the results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NeedOut {
    /// KATOTTG code, or `UA-<name>-<oblast>`.
    pub id: String,
    /// Name.
    pub name: String,
    /// Oblast.
    pub oblast: String,
    /// War zone or outside.
    pub category: Category,
    /// Partners it wants.
    pub partners_wanted: u32,
    /// Partners it got.
    pub got: u32,
    /// Its best candidates not paired with it (up to three), and why not.
    pub alternatives: Vec<Alternative>,
}

/// A candidate partner that was not chosen, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Alternative {
    /// The other side's id.
    pub id: String,
    /// The other side's name.
    pub name: String,
    /// The pair's score.
    pub score: i64,
    /// `vetoed`, `offer_locked`, `need_locked` (all places in locked pairs), `both_full`, `offer_full`,
    /// `need_full`, `share_full` or `not_chosen`.
    pub reason_code: String,
    /// The reason in words.
    pub reason: String,
    /// Optimal mode: the smallest rise of this pair's score that puts it in the optimal assignment.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub rise_needed: Option<i64>,
}

/// How this run compares with the optimum.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comparison {
    /// The largest total score possible under the same constraints.
    pub optimal_objective: i64,
    /// How much this run's total falls short of it (0 in optimal mode).
    pub given_up: i64,
    /// Pairs not made whose municipality and community would both rather have each other than a partner
    /// they have (0 in stable mode).
    pub blocking_pairs: usize,
}

/// One pair made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PairOut {
    /// The municipality's id.
    pub offer_id: String,
    /// The municipality's name.
    pub offer_name: String,
    /// The community's id.
    pub need_id: String,
    /// The community's name.
    pub need_name: String,
    /// The pair's score: the sum of its components.
    pub score: i64,
    /// The score by component.
    pub components: Vec<Component>,
    /// Codes of the urgent needs the municipality meets.
    pub urgent_needs_met: Vec<String>,
    /// Codes of the long-term needs the municipality meets.
    pub long_term_needs_met: Vec<String>,
    /// Whether the pair was locked.
    pub locked: bool,
    /// Who locked it: `coordinator`, or `mutual_tie` (both sides named each other).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub lock_source: Option<String>,
    /// Whether either side named the other as an existing partner.
    pub existing_tie: bool,
}

/// A municipality or community left without a partner, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unmatched {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Stable reason code: `no_areas`, `no_needs`, `no_candidate`, `vetoed`, `outscored`.
    pub reason_code: String,
    /// The reason in words.
    pub reason: String,
    /// Its best candidate, and why that pair was not made.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub best_alternative: Option<Alternative>,
}

/// The results of one matching run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Results {
    /// [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The engine that made them.
    pub engine: EngineInfo,
    /// The solver used.
    pub mode: Mode,
    /// All settings.
    pub settings: Settings,
    /// The input files.
    pub inputs: Vec<InputInfo>,
    /// Sum of the pairs' scores.
    pub objective: i64,
    /// This run against the optimum.
    pub comparison: Comparison,
    /// Every municipality, by id.
    pub offers: Vec<OfferOut>,
    /// Every community, by id.
    pub needs: Vec<NeedOut>,
    /// The pairs, by offer id then need id.
    pub pairs: Vec<PairOut>,
    /// Municipalities without a partner.
    pub unmatched_offers: Vec<Unmatched>,
    /// Communities without a partner.
    pub unmatched_needs: Vec<Unmatched>,
}

impl Results {
    /// The JSON text shared by the CLI and the browser: pretty-printed, with a final newline.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        s
    }
}
