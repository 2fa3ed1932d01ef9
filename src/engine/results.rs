//! The results JSON: its own types, versioned by [`SCHEMA_VERSION`], documented in `docs/results-schema.md`.
//! Internal changes must not change it silently: a test compares it with a stored copy.

use super::digest::sha256_hex;
use super::model::{Category, Side};
use super::scenario::Weighed;
use super::score::Component;
use super::settings::{Mode, Settings};
use serde::{Deserialize, Serialize};

/// Version of the results JSON layout.
pub const SCHEMA_VERSION: u32 = 1;

/// The engine that made the results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct InputInfo {
    /// File name.
    pub file: String,
    /// Sheet used, for spreadsheets.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub sheet: Option<String>,
    /// SHA-256 of the file's bytes, in hex.
    pub sha256: String,
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
    /// Earlier answers set aside for a later one of the same municipality or community (left out when none;
    /// files written before this field count none).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub set_aside: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// A municipality in the results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct OfferOut {
    /// Kommunenummer, or `NO-<name>`.
    pub id: String,
    /// Name.
    pub name: String,
    /// County (fylke), when the survey gives it.
    #[serde(skip_serializing_if = "String::is_empty", default)]
    pub county: String,
    /// Partners it can take.
    pub capacity: u32,
    /// Partners it got.
    pub used: u32,
    /// Its best candidates not paired with it (up to three), and why not.
    pub alternatives: Vec<Alternative>,
    /// Communities it names as existing partners that are not in this run (official ids and names).
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub ties_outside: Vec<TieOut>,
    /// What changed since the previous rounds, when the run builds on some.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub round: Option<RoundOut>,
}

/// An existing partner named in a survey answer, found in the official lists but not among this run's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct TieOut {
    /// Kommunenummer or KATOTTG code.
    pub id: String,
    /// Official name.
    pub name: String,
}

/// A community in the results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
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
    /// Municipalities it names as existing partners that are not in this run (official ids and names).
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub ties_outside: Vec<TieOut>,
    /// What changed since the previous rounds, when the run builds on some.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub round: Option<RoundOut>,
}

/// A candidate partner that was not chosen, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Alternative {
    /// The other side's id.
    pub id: String,
    /// The other side's name.
    pub name: String,
    /// The pair's score.
    pub score: i64,
    /// Why the pair was not made.
    pub reason_code: WhyNot,
    /// The reason in words.
    pub reason: String,
    /// Optimal mode: the smallest rise of this pair's score that puts it in the optimal assignment.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub rise_needed: Option<i64>,
}

/// Why a results JSON cannot be opened; the messages are in [`super::messages::results_error`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "snake_case")]
#[non_exhaustive]
pub enum ResultsError {
    /// Not JSON of the results' shape.
    NotResults {
        /// The parser's message.
        detail: String,
    },
    /// Another schema version.
    Version {
        /// The version in the file.
        found: u32,
        /// The engine version that made it.
        made_by: String,
    },
    /// An id twice among the municipalities or communities.
    DuplicateId,
    /// A pair names someone the file does not list.
    PairUnknown {
        /// `offer – need`.
        pair: String,
    },
    /// A pair twice.
    PairTwice {
        /// `offer – need`.
        pair: String,
    },
    /// A pair's score is not the sum of its components.
    ScoreNotSum {
        /// `offer – need`.
        pair: String,
    },
    /// The objective is not the sum of the scores.
    TotalNotSum,
    /// A municipality's or community's pairs differ from its counts, or exceed its capacity.
    Miscounted {
        /// Name.
        name: String,
        /// Id.
        id: String,
        /// Pairs in the file.
        pairs: u32,
        /// What its count says.
        says: u32,
        /// Its capacity or partners wanted.
        of: u32,
    },
    /// Listed as unmatched but has a pair, or is not listed at all.
    NotUnmatched {
        /// Id.
        id: String,
        /// Which side.
        side: Side,
    },
}

impl std::error::Error for ResultsError {}

/// Why a pair was not made (the stable codes of the results JSON); the words are in
/// [`super::messages::why_not`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum WhyNot {
    /// The coordinator forbade it.
    Vetoed,
    /// All the municipality's places are in locked pairs.
    OfferLocked,
    /// All the partners the community wants are in locked pairs.
    NeedLocked,
    /// Both have all their partners, in pairs that give a higher total.
    BothFull,
    /// The municipality has used all its places.
    OfferFull,
    /// The community has all the partners it wants.
    NeedFull,
    /// The share of places for the community's category is used up.
    ShareFull,
    /// Another assignment gives a higher total.
    NotChosen,
}

impl WhyNot {
    /// The stable code, as in the results JSON.
    pub fn code(self) -> &'static str {
        match self {
            WhyNot::Vetoed => "vetoed",
            WhyNot::OfferLocked => "offer_locked",
            WhyNot::NeedLocked => "need_locked",
            WhyNot::BothFull => "both_full",
            WhyNot::OfferFull => "offer_full",
            WhyNot::NeedFull => "need_full",
            WhyNot::ShareFull => "share_full",
            WhyNot::NotChosen => "not_chosen",
        }
    }
}

/// Why a municipality or community has no partner (the stable codes of the results JSON); the words are in
/// [`super::messages::unplaced`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Unplaced {
    /// No area of competence was recognised.
    NoAreas,
    /// No need was recognised.
    NoNeeds,
    /// No one on the other side matches.
    NoCandidate,
    /// Every pair it could make was forbidden.
    Vetoed,
    /// Every possible partner went to pairs with a higher total.
    Outscored,
}

impl Unplaced {
    /// The stable code, as in the results JSON.
    pub fn code(self) -> &'static str {
        match self {
            Unplaced::NoAreas => "no_areas",
            Unplaced::NoNeeds => "no_needs",
            Unplaced::NoCandidate => "no_candidate",
            Unplaced::Vetoed => "vetoed",
            Unplaced::Outscored => "outscored",
        }
    }
}

/// How this run compares with the optimum.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Comparison {
    /// The largest total score possible under the same constraints (and the same objective).
    pub optimal_objective: i64,
    /// How much this run's total falls short of it (0 in optimal mode).
    pub given_up: i64,
    /// Pairs not made whose municipality and community would both rather have each other than a partner
    /// they have (0 in stable mode).
    pub blocking_pairs: usize,
    /// The optimal assignment under each objective, with the same constraints: how many communities it
    /// reaches and its total score, so that the price of spreading help shows in points.
    #[serde(default)]
    pub objectives: Vec<ObjectiveFigures>,
}

/// What the optimum under one objective gives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ObjectiveFigures {
    /// The objective.
    pub objective: crate::engine::settings::Objective,
    /// Communities with at least one partner (locked pairs included).
    pub reached: Reached,
    /// The total score (locked pairs included).
    pub total_score: i64,
}

/// Communities with at least one partner, per category and in all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Reached {
    /// In the war zone.
    pub war_zone: usize,
    /// Outside it.
    pub outside: usize,
    /// Of unknown category.
    pub unknown: usize,
    /// All of them.
    pub all: usize,
}

/// One pair made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
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

/// A partnership of a previous round that goes on: kept, not matched again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct KeptOut {
    /// The municipality's id.
    pub offer_id: String,
    /// The municipality's name.
    pub offer_name: String,
    /// The community's id.
    pub need_id: String,
    /// The community's name.
    pub need_name: String,
    /// The pair's score when it was made.
    pub score: i64,
    /// SHA-256 of the results file of the round that made it.
    pub made_in: String,
}

/// What changed for a municipality or community since the previous rounds (only in results that build on
/// previous rounds).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct RoundOut {
    /// New, returning, or here only for its partnerships.
    pub standing: Standing,
    /// Partners kept from previous rounds (the other side's ids).
    pub kept: Vec<String>,
    /// Partners new this round.
    pub new: Vec<String>,
    /// Partners of previous rounds whose partnership ended (vetoed this round).
    pub ended: Vec<String>,
}

/// A previous round used, as the results record it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct PreviousInfo {
    /// The results file's name.
    pub file: String,
    /// SHA-256 of its bytes, in hex.
    pub sha256: String,
    /// The version of the engine that made it.
    pub made_by: String,
    /// Its pairs: those it made and those it kept from earlier rounds.
    pub pairs: usize,
}

/// How a municipality or community stands towards the previous rounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    /// In none of the previous rounds' results: new this round.
    Joined,
    /// In a previous round, and answered this round's survey.
    Returning,
    /// In a previous round with a partnership, and did not answer this round: here for its partnerships.
    NotAnswering,
}

/// A municipality or community left without a partner, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Unmatched {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Why it has no partner.
    pub reason_code: Unplaced,
    /// The reason in words.
    pub reason: String,
    /// Its best candidate, and why that pair was not made.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub best_alternative: Option<Alternative>,
}

/// The results of one matching run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
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
    /// The pairs made this round, by offer id then need id.
    pub pairs: Vec<PairOut>,
    /// The previous rounds this one builds on, in the order given (none: a first round).
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub previous_rounds: Vec<PreviousInfo>,
    /// Partnerships of previous rounds that go on, by offer id then need id; not in `pairs`, not in the
    /// objective.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub kept: Vec<KeptOut>,
    /// Partnerships of previous rounds that ended (vetoed this round), by offer id then need id.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub ended: Vec<KeptOut>,
    /// Municipalities without a partner.
    pub unmatched_offers: Vec<Unmatched>,
    /// Communities without a partner.
    pub unmatched_needs: Vec<Unmatched>,
    /// Whether `contacts` holds personal data (only when the coordinator chose to include it).
    #[serde(default)]
    pub includes_personal_data: bool,
    /// Contact persons of every municipality and community, when included.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub contacts: Vec<ContactOut>,
    /// The scenarios weighed before these results were chosen, in the order they were kept (none: no
    /// alternatives were recorded).
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub weighed: Vec<Weighed>,
}

/// A contact person, in results that include personal data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ContactOut {
    /// The municipality's or community's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// The contact's name.
    pub contact: String,
    /// Position.
    pub role: String,
    /// E-mail.
    pub email: String,
    /// Phone.
    pub phone: String,
}

impl Results {
    /// Adds contact persons (personal data: names, e-mails, phones), as [`Dataset::contacts`] gives them.
    /// Only when the coordinator asks for it.
    ///
    /// [`Dataset::contacts`]: super::dataset::Dataset::contacts
    pub fn add_personal_data(&mut self, contacts: impl IntoIterator<Item = ContactOut>) {
        self.contacts = contacts.into_iter().collect();
        self.includes_personal_data = true;
    }

    /// One SHA-256 for all the inputs of a run: the survey files' and the previous rounds' own SHA-256, by
    /// side, in the order of their digests (the order the files were given in does not count). Equal for two
    /// results exactly when they were made from the same bytes.
    pub fn inputs_sha256(&self) -> String {
        let mut lines: Vec<String> = self.inputs.iter().map(|i| format!("{}\t{}\n", i.side, i.sha256)).collect();
        lines.extend(self.previous_rounds.iter().map(|p| format!("round\t{}\n", p.sha256)));
        lines.sort();
        sha256_hex(lines.concat().as_bytes())
    }

    /// Reads results JSON made by kommunematch (by someone else, perhaps) and checks it before anything is
    /// shown: the schema version, every id referring to a known municipality or community, scores equal to
    /// the sum of their components, the objective and the counts consistent, no capacity exceeded.
    pub fn from_json(bytes: &[u8]) -> Result<Results, ResultsError> {
        let r: Results =
            serde_json::from_slice(bytes).map_err(|e| ResultsError::NotResults { detail: e.to_string() })?;
        if r.schema_version != SCHEMA_VERSION {
            return Err(ResultsError::Version { found: r.schema_version, made_by: r.engine.version });
        }
        r.check()?;
        Ok(r)
    }

    /// The consistency checks of [`Results::from_json`].
    pub fn check(&self) -> Result<(), ResultsError> {
        use std::collections::{BTreeMap, BTreeSet};
        let offers: BTreeMap<&str, &OfferOut> = self.offers.iter().map(|o| (o.id.as_str(), o)).collect();
        let needs: BTreeMap<&str, &NeedOut> = self.needs.iter().map(|n| (n.id.as_str(), n)).collect();
        if offers.len() != self.offers.len() || needs.len() != self.needs.len() {
            return Err(ResultsError::DuplicateId);
        }
        let mut used: BTreeMap<&str, u32> = BTreeMap::new();
        let mut got: BTreeMap<&str, u32> = BTreeMap::new();
        let mut seen = BTreeSet::new();
        for p in &self.pairs {
            let pair = || format!("{} – {}", p.offer_id, p.need_id);
            if !offers.contains_key(p.offer_id.as_str()) || !needs.contains_key(p.need_id.as_str()) {
                return Err(ResultsError::PairUnknown { pair: pair() });
            }
            if !seen.insert((&p.offer_id, &p.need_id)) {
                return Err(ResultsError::PairTwice { pair: pair() });
            }
            if p.components.iter().map(|c| c.points).sum::<i64>() != p.score {
                return Err(ResultsError::ScoreNotSum { pair: pair() });
            }
            *used.entry(&p.offer_id).or_default() += 1;
            *got.entry(&p.need_id).or_default() += 1;
        }
        let mut earlier = BTreeSet::new();
        for k in self.kept.iter().chain(&self.ended) {
            let pair = || format!("{} – {}", k.offer_id, k.need_id);
            if !offers.contains_key(k.offer_id.as_str()) || !needs.contains_key(k.need_id.as_str()) {
                return Err(ResultsError::PairUnknown { pair: pair() });
            }
            // A partnership is kept, ended or made this round: never two of them, never twice.
            if seen.contains(&(&k.offer_id, &k.need_id)) || !earlier.insert((&k.offer_id, &k.need_id)) {
                return Err(ResultsError::PairTwice { pair: pair() });
            }
        }
        if self.pairs.iter().map(|p| p.score).sum::<i64>() != self.objective {
            return Err(ResultsError::TotalNotSum);
        }
        let miscounted = |name: &str, id: &str, pairs: u32, says: u32, of: u32| ResultsError::Miscounted {
            name: name.into(),
            id: id.into(),
            pairs,
            says,
            of,
        };
        for o in &self.offers {
            let n = used.get(o.id.as_str()).copied().unwrap_or(0);
            if n != o.used || n > o.capacity {
                return Err(miscounted(&o.name, &o.id, n, o.used, o.capacity));
            }
        }
        for x in &self.needs {
            let n = got.get(x.id.as_str()).copied().unwrap_or(0);
            if n != x.got || n > x.partners_wanted {
                return Err(miscounted(&x.name, &x.id, n, x.got, x.partners_wanted));
            }
        }
        for u in &self.unmatched_offers {
            if used.contains_key(u.id.as_str()) || !offers.contains_key(u.id.as_str()) {
                return Err(ResultsError::NotUnmatched { id: u.id.clone(), side: Side::Offers });
            }
        }
        for u in &self.unmatched_needs {
            if got.contains_key(u.id.as_str()) || !needs.contains_key(u.id.as_str()) {
                return Err(ResultsError::NotUnmatched { id: u.id.clone(), side: Side::Needs });
            }
        }
        Ok(())
    }

    /// The JSON Schema (draft 2020-12) of the results JSON, made from these types so that it cannot drift
    /// from them; committed as `docs/schema/results-1.schema.json` (a test checks it is up to date).
    pub fn json_schema() -> serde_json::Value {
        use super::schema::{published, Published};
        published(
            schemars::schema_for!(Results),
            Published {
                kind: "results",
                version: SCHEMA_VERSION,
                title: "kommunematch results",
                description: Some(format!(
                    "The results JSON of kommunematch, schema version {SCHEMA_VERSION} (docs/results-schema.md). \
                     Fields may be added within a version; a removal or a change of meaning raises the version."
                )),
                // Only this version: a file of another is refused, by name.
                version_property: ("schema_version", "The layout's version."),
            },
        )
    }

    /// The JSON text shared by the CLI and the browser: pretty-printed, with a final newline.
    pub fn to_json(&self) -> String {
        // About 2 KB a municipality, written once into room made for it (not grown by doubling).
        let mut out = Vec::with_capacity(2048 * (self.offers.len() + self.needs.len() + 1));
        if self.write_json(&mut out).is_err() {
            return String::new();
        }
        String::from_utf8(out).unwrap_or_default()
    }

    /// Writes [`Results::to_json`]'s text to `out` as it is made (the CLI writes a file so, without holding the
    /// text whole first).
    pub fn write_json(&self, mut out: impl std::io::Write) -> std::io::Result<()> {
        serde_json::to_writer_pretty(&mut out, self)?;
        out.write_all(b"\n")
    }
}
