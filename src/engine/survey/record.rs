//! What reading a file gives: its records, every issue where it is, the answers not recognised, and how
//! each row's municipality or community was resolved.
// Text is whatever people typed: no indexing that could panic on it.
#![cfg_attr(not(test), deny(clippy::indexing_slicing))]

use super::columns::*;
use super::issue::*;
use crate::engine::model::*;
use serde::{Deserialize, Serialize};

/// One survey file, read and validated. Serialisable both ways so that it can cross from the page's worker
/// (`tests/ingest.rs` checks the round trip on every fixture).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Survey {
    /// File name.
    pub file: String,
    /// The sheet used, for spreadsheets.
    pub sheet: Option<String>,
    /// How the bytes were read.
    pub format: String,
    /// SHA-256 of the file's bytes, in hex: which file exactly was read.
    pub sha256: String,
    /// 1-based row of the header.
    pub header_row: usize,
    /// Which survey this is.
    pub side: Side,
    /// The side recognised from the headers, whatever the coordinator chose.
    pub detected_side: Option<Side>,
    /// The columns and their meaning.
    pub columns: Vec<Column>,
    /// Offers read (for an offers file).
    pub offers: Vec<Offer>,
    /// Needs read (for a needs file).
    pub needs: Vec<Need>,
    /// Answers not recognised as areas, by field and text, with counts.
    pub unknown_labels: Vec<UnknownLabel>,
    /// Every issue found.
    pub issues: Vec<Issue>,
    /// Row counts.
    pub counts: Counts,
    /// The kommunematch questionnaire the file was made from, when it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub questionnaire: Option<super::questionnaire::Origin>,
}

/// How the rows of a survey were resolved to official municipalities or communities.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Resolution {
    /// By their kommunenummer or KATOTTG code.
    pub by_code: usize,
    /// By their name (in any form, the centre's included).
    pub by_name: usize,
    /// By the coordinator's choice.
    pub chosen: usize,
    /// Not resolved: kept with an id made from the name.
    pub unresolved: usize,
    /// Of those, names that fit several entities.
    pub ambiguous: usize,
}

/// One row's entity, for the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowEntity {
    /// 1-based row.
    pub row: usize,
    /// The id used (official, or made from the name).
    pub id: String,
    /// The name used.
    pub name: String,
    /// How the official entity was found; absent when it was not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub how: Option<crate::engine::gazetteer::How>,
}

impl Survey {
    /// Every record's row, id, name and how it was resolved, in row order.
    pub fn entities(&self) -> Vec<RowEntity> {
        let offers = self.offers.iter().map(|o| RowEntity {
            row: o.source.row,
            id: o.id.clone(),
            name: o.name.clone(),
            how: o.official.map(|(_, h)| h),
        });
        let needs = self.needs.iter().map(|n| RowEntity {
            row: n.source.row,
            id: n.id.clone(),
            name: n.name.clone(),
            how: n.official.map(|(_, h)| h),
        });
        let mut all: Vec<RowEntity> = offers.chain(needs).collect();
        all.sort_by_key(|e| e.row);
        all
    }

    /// How the rows were resolved.
    pub fn resolution(&self) -> Resolution {
        use crate::engine::gazetteer::How;
        let mut r = Resolution::default();
        let hows = self
            .offers
            .iter()
            .map(|o| o.official.map(|(_, h)| h))
            .chain(self.needs.iter().map(|n| n.official.map(|(_, h)| h)));
        for how in hows {
            match how {
                Some(How::Code) => r.by_code += 1,
                Some(How::Chosen) => r.chosen += 1,
                Some(_) => r.by_name += 1,
                None => r.unresolved += 1,
            }
        }
        r.ambiguous = self.issues.iter().filter(|i| matches!(i.kind, IssueKind::NameAmbiguous { .. })).count();
        r
    }
}
