//! The whole way from files to results, as the page, its worker and the CLI all take it: the inputs, reading
//! them (natively side by side), one dataset of every survey, and a run on it.

use super::dataset::Dataset;
use super::matching::run;
use super::model::Side;
use super::results::Results;
use super::rounds;
use super::settings::{MatchError, Settings};
use super::survey::{read_survey, Preset, Survey};
use super::table::ReadError;

/// A file given by the user: its name and bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    /// File name as the user gave it.
    pub name: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
    /// The side, when the user said it; detected from the headers otherwise.
    pub side: Option<Side>,
}

/// The example data built into the app and the CLI: a Norwegian Microsoft Forms export of offers and a
/// Ukrainian Google Forms export of needs (synthetic answers).
pub fn example_inputs() -> Vec<Input> {
    vec![
        Input {
            name: "tilbud_kommuner_msforms.xlsx".into(),
            bytes: include_bytes!("../../examples/data/tilbud_kommuner_msforms.xlsx").to_vec(),
            side: None,
        },
        Input {
            name: "potreby_hromad_googleforms.csv".into(),
            bytes: include_bytes!("../../examples/data/potreby_hromad_googleforms.csv").to_vec(),
            side: None,
        },
    ]
}

/// Reads every input; files that cannot be read at all come back as errors, the rest as surveys.
/// Natively the files are read side by side, one thread each (the results are the same and in the same
/// order: each file is read on its own); in the browser, one after the other.
pub fn read_inputs(inputs: &[Input], preset: &Preset) -> (Vec<Survey>, Vec<ReadError>) {
    let read = |i: &Input| read_survey(&i.name, &i.bytes, i.side, preset);
    #[cfg(not(target_arch = "wasm32"))]
    let all: Vec<Result<Survey, ReadError>> = {
        // The largest file (the longest to read) is read on this thread, at once; the others on threads of
        // their own, started first. (Started last on a thread of its own, the national needs file often began
        // only when the offers file was read.)
        let largest =
            inputs.iter().enumerate().max_by_key(|(k, i)| (i.bytes.len(), std::cmp::Reverse(*k))).map(|(k, _)| k);
        std::thread::scope(|scope| {
            let running: Vec<_> = inputs
                .iter()
                .enumerate()
                .map(|(k, i)| (Some(k) != largest).then(|| scope.spawn(move || read(i))))
                .collect();
            let mut here = largest.and_then(|k| inputs.get(k)).map(read);
            running
                .into_iter()
                .zip(inputs)
                // A thread that panicked is a bug: read that file again here, where the panic shows.
                .map(|(t, i)| match t {
                    Some(t) => t.join().unwrap_or_else(|_| read(i)),
                    None => here.take().unwrap_or_else(|| read(i)),
                })
                .collect()
        })
    };
    #[cfg(target_arch = "wasm32")]
    let all: Vec<Result<Survey, ReadError>> = inputs.iter().map(read).collect();
    let mut surveys = Vec::new();
    let mut errors = Vec::new();
    for r in all {
        match r {
            Ok(s) => surveys.push(s),
            Err(e) => errors.push(e),
        }
    }
    (surveys, errors)
}

/// Why matching could not run on the inputs.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "error", content = "detail", rename_all = "snake_case")]
pub enum RunError {
    /// A file could not be read.
    Read(ReadError),
    /// The settings cannot be met.
    Match(MatchError),
}

impl std::fmt::Display for RunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RunError::Read(e) => e.fmt(f),
            RunError::Match(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for RunError {}

/// Reads every input and combines the surveys into one dataset; every file that cannot be read is an error.
/// The surveys come back too, for reports of how each file was read.
pub fn read_dataset(inputs: &[Input], preset: &Preset) -> Result<(Vec<Survey>, Dataset), Vec<ReadError>> {
    let (surveys, errors) = read_inputs(inputs, preset);
    if !errors.is_empty() {
        return Err(errors);
    }
    let data = Dataset::from_surveys(&surveys);
    Ok((surveys, data))
}

/// The whole pipeline: bytes → surveys → dataset (building on the previous rounds given) → results.
pub fn match_inputs(
    inputs: &[Input],
    preset: &Preset,
    settings: &Settings,
    previous: &[rounds::PreviousRound],
) -> Result<Results, RunError> {
    match read_dataset(inputs, preset) {
        Ok((_, data)) => run(&data.with_previous(previous), settings).map_err(RunError::Match),
        // Never empty: `read_dataset` gives errors only when there are some.
        Err(mut errors) => Err(RunError::Read(errors.swap_remove(0))),
    }
}
