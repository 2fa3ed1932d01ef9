//! Two results of the same inputs compared, its types: the pairs only in one, only in the other and in both,
//! and who gains, loses or changes partner, with why (worked out by `compare`).

use super::model::Side;
use super::results::{Unplaced, WhyNot};
use super::scenario::Figures;
use serde::{Deserialize, Serialize};

/// The version of the comparison's JSON layout (`docs/schema/compare-1.schema.json`).
pub const COMPARE_VERSION: u32 = 1;

/// A pair by the official ids of its municipality and community.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, schemars::JsonSchema)]
pub struct PairKey {
    /// The municipality's kommunenummer.
    pub offer: String,
    /// The community's KATOTTG code.
    pub need: String,
}

/// Which of the two results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Which {
    /// The first.
    A,
    /// The second.
    B,
}

/// How a municipality's or community's partners differ from A to B.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// No partner in A, one or more in B.
    Gains,
    /// One or more in A, none in B.
    Loses,
    /// Partners in both, not the same.
    Changes,
}

/// A pair made in one result and not in the other, and why the other did not make it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct NotMade {
    /// The pair.
    pub pair: PairKey,
    /// The result that did not make it.
    pub missing_in: Which,
    /// Why, as that result explains it (its settings' veto, or the pair among the best alternatives it
    /// lists); absent when that result does not list the pair among them.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub reason: Option<WhyNot>,
}

/// A municipality or community whose partners differ.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Change {
    /// A municipality (offers) or a community (needs).
    pub side: Side,
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Gains, loses or changes.
    pub kind: ChangeKind,
    /// Its partners' ids in A.
    pub partners_a: Vec<String>,
    /// Its partners' ids in B.
    pub partners_b: Vec<String>,
    /// Each pair of it made in one result only, and why the other did not make it.
    pub not_made: Vec<NotMade>,
    /// Why it has no partner in the result where it has none.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub unplaced: Option<Unplaced>,
}

/// Two results compared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Compared {
    /// [`COMPARE_VERSION`].
    pub compare_version: u32,
    /// The inputs both were made from (`Results::inputs_sha256`).
    pub inputs_sha256: String,
    /// A's headline figures.
    pub a: Figures,
    /// B's headline figures.
    pub b: Figures,
    /// Pairs A makes and B does not, by municipality id then community id.
    pub only_a: Vec<PairKey>,
    /// Pairs B makes and A does not.
    pub only_b: Vec<PairKey>,
    /// Pairs both make.
    pub both: Vec<PairKey>,
    /// Municipalities, then communities, whose partners differ, by id.
    pub changes: Vec<Change>,
}

/// Why two results cannot be compared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompareError {
    /// They were made from different files (names of the files only in one; a file of the same name with other
    /// bytes is in both lists).
    DifferentInputs {
        /// Files of A's inputs that are not B's.
        only_a: Vec<String>,
        /// Files of B's inputs that are not A's.
        only_b: Vec<String>,
    },
    /// Same files, but read differently (other corrections): these ids are in one only.
    DifferentEntities {
        /// Ids in A's results only.
        only_a: Vec<String>,
        /// Ids in B's results only.
        only_b: Vec<String>,
    },
}
