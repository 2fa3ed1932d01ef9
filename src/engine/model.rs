//! The records the engine works on: what a Norwegian municipality offers and what a Ukrainian community needs.

use super::gazetteer::{How, Hromada, Kommune};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::fmt;

/// Which survey a file answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// Norwegian municipalities (kommuner) offering competence and capacity.
    Offers,
    /// Ukrainian communities (hromady) stating their needs.
    Needs,
}

impl fmt::Display for Side {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Side::Offers => "offers",
            Side::Needs => "needs",
        })
    }
}

/// Where a community is: in the war zone or outside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Default, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// In or near the area of hostilities, or de-occupied.
    WarZone,
    /// Outside the area of hostilities.
    Outside,
    /// Not answered.
    #[default]
    Unknown,
}

/// The kind of partner a municipality prefers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Preference {
    /// A community in the war zone.
    WarZone,
    /// A community outside the war zone.
    Outside,
    /// Either.
    #[default]
    NoPreference,
}

/// The form of cooperation a municipality offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Form {
    /// Acute, short-term help.
    Acute,
    /// Long-term cooperation.
    LongTerm,
    /// Both, or not said.
    #[default]
    Both,
}

/// Level of damage to a community's infrastructure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Damage {
    /// None.
    None,
    /// Low.
    Low,
    /// Medium.
    Medium,
    /// High.
    High,
    /// Not answered.
    #[default]
    Unknown,
}

/// A contact person. Personal data: left out of shared exports unless the coordinator includes it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Contact {
    /// Full name.
    pub name: String,
    /// Position or role.
    pub role: String,
    /// E-mail address.
    pub email: String,
    /// Phone number.
    pub phone: String,
}

/// Where a record came from: file, sheet and 1-based row.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SourceRow {
    /// File name.
    pub file: String,
    /// Sheet, for spreadsheets.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub sheet: Option<String>,
    /// 1-based row number.
    pub row: usize,
}

/// What a Norwegian municipality offers.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Offer {
    /// Stable id: the four-digit kommunenummer, or `NO-<name>` when none was given.
    pub id: String,
    /// Municipality name without "kommune".
    pub name: String,
    /// County (fylke), if given.
    pub county: String,
    /// Areas of competence offered, as taxonomy indexes.
    pub areas: BTreeSet<usize>,
    /// How many partners it can take.
    pub capacity: u32,
    /// Form of cooperation.
    pub form: Form,
    /// Preferred partner category.
    pub preference: Preference,
    /// Working languages (ISO 639-1 codes).
    pub languages: BTreeSet<String>,
    /// Experience with international cooperation.
    pub international_experience: Option<bool>,
    /// Existing ties to a Ukrainian community, as written.
    pub ties: String,
    /// Areas the municipality wants to learn about, as taxonomy indexes.
    pub learn: BTreeSet<usize>,
    /// Population, if given.
    pub population: Option<u64>,
    /// Ukrainian refugees settled, if given.
    pub refugees: Option<u64>,
    /// Whether and how the engagement is politically anchored, as written.
    pub political_anchoring: String,
    /// Comments, as written.
    pub comment: String,
    /// Contact person.
    pub contact: Contact,
    /// When the answer was submitted, `YYYY-MM-DDTHH:MM:SS`, if the export says.
    pub submitted: Option<String>,
    /// Answers in columns that map to no field: (header, answer).
    pub other: Vec<(String, String)>,
    /// Where it came from.
    pub source: SourceRow,
    /// The official municipality the row was resolved to, and how; `None` when it could not be (the id is
    /// then made from the name).
    #[serde(with = "official_kommune")]
    pub official: Option<(&'static Kommune, How)>,
}

/// What a Ukrainian community needs.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Need {
    /// Stable id: the KATOTTG code, or `UA-<name>-<oblast>` when none was given.
    pub id: String,
    /// Community name without "міська громада" and the like.
    pub name: String,
    /// Oblast, without "область".
    pub oblast: String,
    /// Raion.
    pub raion: String,
    /// War zone or outside.
    pub category: Category,
    /// Population.
    pub population: Option<u64>,
    /// Registered internally displaced persons.
    pub idps: Option<u64>,
    /// Damage level.
    pub damage: Damage,
    /// Urgent needs, as taxonomy indexes.
    pub urgent: BTreeSet<usize>,
    /// Long-term needs, as taxonomy indexes (not repeating urgent ones).
    pub long_term: BTreeSet<usize>,
    /// How many partners it wants.
    pub partners_wanted: u32,
    /// Working languages (ISO 639-1 codes).
    pub languages: BTreeSet<String>,
    /// International partners it already has, as written (may name a Norwegian municipality).
    pub international_partners: String,
    /// Comments, as written.
    pub comment: String,
    /// Contact person.
    pub contact: Contact,
    /// When the answer was submitted, `YYYY-MM-DDTHH:MM:SS`, if the export says.
    pub submitted: Option<String>,
    /// Answers in columns that map to no field: (header, answer).
    pub other: Vec<(String, String)>,
    /// Where it came from.
    pub source: SourceRow,
    /// The official community the row was resolved to, and how; `None` when it could not be.
    #[serde(with = "official_hromada")]
    pub official: Option<(&'static Hromada, How)>,
}

/// An official entity crosses serialisation as its code (kommunenummer or KATOTTG) and how it was found,
/// and is looked up in the compiled gazetteer when read back; a code the gazetteer does not have is an error.
macro_rules! official_serde {
    ($module:ident, $entity:ty, $code:ident, $look_up:path) => {
        mod $module {
            use super::*;
            use serde::{Deserializer, Serializer};

            pub fn serialize<S: Serializer>(v: &Option<(&'static $entity, How)>, s: S) -> Result<S::Ok, S::Error> {
                v.map(|(e, how)| (e.$code, how)).serialize(s)
            }

            pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<(&'static $entity, How)>, D::Error> {
                let Some((code, how)) = Option::<(String, How)>::deserialize(d)? else { return Ok(None) };
                $look_up(&code)
                    .map(|e| Some((e, how)))
                    .ok_or_else(|| serde::de::Error::custom(format!("no entity with the code {code} in the gazetteer")))
            }
        }
    };
}
official_serde!(official_kommune, Kommune, number, crate::engine::gazetteer::kommune_by_number);
official_serde!(official_hromada, Hromada, code, crate::engine::gazetteer::hromada_by_code);
