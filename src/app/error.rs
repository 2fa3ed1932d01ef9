//! Why the page could not do what was asked, in the coordinator's language.

use super::i18n;
use super::i18n::Lang;
use crate::engine::results::ResultsError;
use crate::engine::survey::PresetError;
use crate::engine::RunError;
use crate::key;

/// What went wrong, kept as a value so that the page says it in whatever language it shows.
#[derive(Debug, Clone, PartialEq)]
pub enum AppError {
    /// A results JSON that cannot be opened.
    Results {
        /// The file.
        file: String,
        /// Why.
        error: ResultsError,
    },
    /// A mapping preset that cannot be used.
    Preset {
        /// The file.
        file: String,
        /// Why.
        error: PresetError,
    },
    /// Only a results file is loaded: there is nothing to run.
    LoadedResultsOnly,
    /// Matching needs at least one offers file and one needs file that were read.
    NeedBoth,
    /// A file or the settings stopped the run.
    Run(RunError),
    /// The background worker stopped with an internal error.
    WorkerCrashed,
    /// The background worker did not answer.
    WorkerUnreachable,
}

impl AppError {
    /// What to tell the coordinator, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        use crate::engine::messages;
        match self {
            AppError::Results { file, error } => format!("{file}: {}", messages::results_error(lang, error)),
            AppError::Preset { file, error } => format!("{file}: {}", messages::preset_error(lang, error)),
            AppError::LoadedResultsOnly => i18n::t(lang, key!("run.loaded_only")).to_string(),
            AppError::NeedBoth => i18n::t(lang, key!("run.need_both")).to_string(),
            AppError::Run(e) => i18n::run_error(lang, e),
            AppError::WorkerCrashed => i18n::t(lang, key!("worker_crashed")).to_string(),
            AppError::WorkerUnreachable => i18n::t(lang, key!("worker_unreachable")).to_string(),
        }
    }
}
