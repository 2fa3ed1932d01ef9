//! The English text of every typed message, where the data types show it: their `Display` (the CLI, logs,
//! errors' `to_string`) and the `message` of an issue in a report's JSON. Written here, beside the renderer,
//! so that the data types import nothing from it.

use super::matching::{match_error, results_error};
use super::reading::{issue, json_error, location, preset_error, read_error};
use crate::engine::json_input::JsonError;
use crate::engine::lang::Lang;
use crate::engine::results::ResultsError;
use crate::engine::settings::MatchError;
use crate::engine::survey::{Issue, IssueKind, Location, PresetError, Severity};
use crate::engine::table::ReadError;
use serde::Serialize;
use std::fmt;

impl Issue {
    /// What is wrong and what to do, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        issue(lang, &self.kind)
    }
}

/// As reports have it: severity, the stable code and the data of its kind, where, and the English message.
impl Serialize for Issue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Out<'a> {
            severity: Severity,
            #[serde(flatten)]
            kind: &'a IssueKind,
            location: &'a Location,
            message: String,
        }
        Out { severity: self.severity(), kind: &self.kind, location: &self.location, message: self.message(Lang::En) }
            .serialize(s)
    }
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity() {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, "{sev}: {}: {}", self.location, self.message(Lang::En))
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&location(Lang::En, self))
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&read_error(Lang::En, self))
    }
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&json_error(Lang::En, self))
    }
}

impl fmt::Display for PresetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&preset_error(Lang::En, self))
    }
}

impl fmt::Display for MatchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match_error(Lang::En, self))
    }
}

impl fmt::Display for ResultsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&results_error(Lang::En, self))
    }
}
