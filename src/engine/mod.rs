//! The engine: reading surveys, the taxonomy, scoring, solving and the results JSON.
//!
//! **Architecture invariant:** nothing here imports `yew`, `web-sys`, `wasm-bindgen` or `std::fs`. The
//! engine takes bytes and settings and gives values; the browser UI and the CLI are thin layers over it,
//! and both read with [`read_dataset`] and match with [`run`] (the worker through [`match_inputs`]), so they
//! give the same results for the same inputs.

mod beside;
pub mod compare;
pub mod comparison;
pub mod dataset;
pub mod digest;
mod explain;
pub mod export;
pub mod fluent;
pub mod gazetteer;
pub mod json_input;
pub mod lang;
pub mod letter_text;
pub mod letters;
pub mod matching;
pub mod messages;
pub mod model;
mod pipeline;
pub mod progress;
pub mod report;
pub mod results;
pub mod rounds;
pub mod scenario;
pub mod schema;
pub mod score;
pub mod settings;
pub mod solve;
pub mod stable;
pub mod survey;
pub mod table;
pub mod taxonomy;
pub mod template;
pub mod text;
pub mod xlsx;

pub use dataset::Dataset;
pub use export::scores_csv;
pub use matching::{check_size, optimal_total, run, run_observed, MAX_PAIRS};
pub use model::Side;
pub use pipeline::{example_inputs, match_inputs, read_dataset, read_inputs, Input, RunError};
pub use results::Results;
pub use settings::{MatchError, Mode, Objective, PairId, Settings, Shares, WeightPreset};
pub use survey::{read_survey, ParsedFile, Preset, Survey};
pub use table::ReadError;
