//! Corrections the coordinator made to how files are read, kept for next year's export.

use super::Field;
use crate::engine::letter_text::LetterText;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Corrections the coordinator made to how files are read, kept as a small JSON file and applied to next
/// year's export in one step. Columns are named by their header text, answers by their text.
///
/// ```json
/// { "kommunematch_preset": 1,
///   "columns": { "Kontaktinfo": "contact_email", "Intern merknad": null },
///   "answers": { "Romfart": null, "Vannforsyning": "INF-WAT" } }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Preset {
    /// Format marker and version: `1`.
    pub kommunematch_preset: u32,
    /// Header text → field (`null`: not used).
    pub columns: BTreeMap<String, Option<Field>>,
    /// Answer text → area code (`null`: ignore the answer).
    pub answers: BTreeMap<String, Option<String>>,
    /// A name as written → the official id (kommunenummer or KATOTTG code) the coordinator chose for it, for
    /// a name that fits several entities or none.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub entities: BTreeMap<String, String>,
    /// The coordinator's words in the introductions (greeting, first step, signature per language).
    #[serde(skip_serializing_if = "LetterText::is_empty")]
    pub letters: LetterText,
}

impl Preset {
    /// The preset as pretty JSON.
    pub fn to_json(&self) -> String {
        let mut p = self.clone();
        p.kommunematch_preset = 1;
        serde_json::to_string_pretty(&p).unwrap_or_default() + "\n"
    }

    /// Reads a preset; the error says what is wrong.
    pub fn from_json(bytes: &[u8]) -> Result<Preset, PresetError> {
        let p: Preset = serde_json::from_slice(bytes).map_err(|e| PresetError::NotPreset { detail: e.to_string() })?;
        if p.kommunematch_preset != 1 {
            return Err(PresetError::Version { found: p.kommunematch_preset });
        }
        if let Some(code) = p.answers.values().flatten().find(|c| crate::engine::taxonomy::by_code(c).is_none()) {
            return Err(PresetError::NotAnArea { area: code.clone() });
        }
        let known = |id: &str| {
            crate::engine::gazetteer::kommune_by_number(id).is_some()
                || crate::engine::gazetteer::hromada_by_code(id).is_some()
        };
        if let Some(id) = p.entities.values().find(|id| !known(id)) {
            return Err(PresetError::NotAnEntity { id: id.clone() });
        }
        Ok(p)
    }

    /// Whether the preset is a mapping preset (and not some other JSON).
    pub fn looks_like(bytes: &[u8]) -> bool {
        let head = String::from_utf8_lossy(bytes.get(..200).unwrap_or(bytes));
        head.trim_start_matches('\u{feff}').trim_start().starts_with('{') && head.contains("kommunematch_preset")
    }
}

/// Why a mapping preset cannot be used; the messages are in [`crate::engine::messages::preset_error`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "snake_case")]
#[non_exhaustive]
pub enum PresetError {
    /// Not JSON of the preset's shape.
    NotPreset {
        /// The parser's message.
        detail: String,
    },
    /// Another version.
    Version {
        /// The version in the file.
        found: u32,
    },
    /// An answer mapped to something that is no area code.
    NotAnArea {
        /// What it was mapped to.
        area: String,
    },
    /// A name mapped to an id that is no municipality or community of the lists.
    NotAnEntity {
        /// The id.
        id: String,
    },
}

impl std::error::Error for PresetError {}
