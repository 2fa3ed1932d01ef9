//! Every message about the user's data, in English, Norwegian bokmål and Ukrainian, rendered in one place:
//! the issues of the validation report, why a file cannot be read, why matching cannot run, where something
//! is, why a pair was not made, the exports' headers. Each is a typed value (an enum variant with its data);
//! its English text (reports, the results JSON, the CLI by default) and its nb and uk texts (the page,
//! `--lang`) come from the functions here and nowhere else. By domain: [`reading`], [`matching`], [`export`];
//! `display` gives the data types their English `Display`.

pub mod compare;
mod display;
pub mod export;
pub mod letters;
pub mod matching;
pub mod reading;

pub use crate::engine::lang::{num, Lang};
pub use export::{export_column, sheet_name, ExportColumn, ExportSheet};
pub use matching::{match_error, progress, results_error, unplaced, why_not, why_not_en, why_not_named};
pub use reading::{field, issue, json_error, location, preset_error, read_error};

#[cfg(test)]
mod tests;
