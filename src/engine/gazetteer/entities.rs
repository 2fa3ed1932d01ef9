//! The official entities: every Norwegian municipality and Ukrainian territorial community, compiled in by
//! `build.rs`, and what the readers need of any of them ([`Entity`]).
// Names are whatever people typed: no indexing that could panic on them.
#![cfg_attr(not(test), deny(clippy::indexing_slicing))]

use crate::engine::text::{capitalise, latinize};

/// A Norwegian municipality. Equal when the kommunenummer is.
#[derive(Debug)]
pub struct Kommune {
    /// Kommunenummer, four digits.
    pub number: &'static str,
    /// Official name (the first of its official names).
    pub name: &'static str,
    /// County (fylke).
    pub county: &'static str,
    /// Administrative centre.
    pub centre: &'static str,
    /// Population, 1 January 2024.
    pub population: u32,
    /// Centroid, latitude (WGS 84).
    pub lat: f32,
    /// Centroid, longitude (WGS 84).
    pub lon: f32,
    /// Official parallel names (Sami, Kven) and the Norwegian name when the first official one is Sami.
    pub other_names: &'static [&'static str],
    /// The municipality's official written standard (målform), as Statistics Norway lists it.
    pub written: Written,
}

/// A Norwegian municipality's official written standard (målform).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// Bokmål.
    Bokmal,
    /// Nynorsk.
    Nynorsk,
    /// Neutral: either.
    Neutral,
}

/// The type of a hromada.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Міська: around a city.
    Urban,
    /// Селищна: around a settlement.
    Settlement,
    /// Сільська: villages.
    Rural,
}

/// A community's status in September 2022: a snapshot, only ever a hint for the war-zone category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WarStatus2022 {
    /// Not occupied, not in the war zone.
    NotOccupied,
    /// Not occupied, in the war zone.
    WarZone,
    /// Occupied in 2022, deoccupied since.
    Deoccupied,
    /// Occupied.
    Occupied,
}

/// A Ukrainian territorial community (hromada). Equal when the KATOTTG code is.
#[derive(Debug)]
pub struct Hromada {
    /// KATOTTG code: `UA` and 17 digits.
    pub code: &'static str,
    /// Official name (the adjective: "Бучанська").
    pub name: &'static str,
    /// Urban, settlement or rural.
    pub kind: Kind,
    /// Raion.
    pub raion: &'static str,
    /// Oblast.
    pub oblast: &'static str,
    /// Its centre.
    pub centre: &'static str,
    /// The centre's latitude (WGS 84).
    pub lat: f32,
    /// The centre's longitude (WGS 84).
    pub lon: f32,
    /// Population, 2022.
    pub population: u32,
    /// Status, September 2022.
    pub war_status: WarStatus2022,
}

include!(concat!(env!("OUT_DIR"), "/gazetteer.rs"));

impl PartialEq for Kommune {
    fn eq(&self, other: &Self) -> bool {
        self.number == other.number
    }
}

impl Eq for Kommune {}

impl PartialEq for Hromada {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
    }
}

impl Eq for Hromada {}

impl Hromada {
    /// The official name with its type: "Бучанська міська територіальна громада".
    pub fn full_name(&self) -> String {
        let kind = match self.kind {
            Kind::Urban => "міська",
            Kind::Settlement => "селищна",
            Kind::Rural => "сільська",
        };
        format!("{} {kind} територіальна громада", self.name)
    }

    /// The name in Latin letters (national system of 2010): "Buchanska".
    pub fn latin_name(&self) -> String {
        capitalise(&latinize(self.name))
    }
}

/// What the readers need of any entity of the lists: its official id, its name, and where it is.
pub trait Entity: 'static {
    /// Kommunenummer or KATOTTG code.
    fn id(&self) -> &'static str;
    /// Official name.
    fn name(&self) -> &'static str;
    /// Where it is: the county, or the raion and oblast.
    fn place(&self) -> String;
}

impl Entity for Kommune {
    fn id(&self) -> &'static str {
        self.number
    }
    fn name(&self) -> &'static str {
        self.name
    }
    fn place(&self) -> String {
        self.county.to_string()
    }
}

impl Entity for Hromada {
    fn id(&self) -> &'static str {
        self.code
    }
    fn name(&self) -> &'static str {
        self.name
    }
    fn place(&self) -> String {
        format!("{}, {}", self.raion, self.oblast)
    }
}
