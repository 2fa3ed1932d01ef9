//! The page's state and its pure reducer: no web imports, so the page's logic is tested natively.
//! The Yew views in `web` hold one [`State`] and send it [`Action`]s.

mod action;
pub mod ahead;
pub mod charts;
mod error;
mod ftl;
pub mod i18n;
mod letters;
mod loaded;
pub mod locales;
pub mod map;
pub mod pace;
mod reading;
mod reduce;
mod running;
pub mod scenarios;
mod state;
pub mod table_rows;
mod view;

pub use action::{Action, ColumnChoice, Job, LettersAction, ReadJob, RunFile, RunRequest, ScenarioAction, Stopped};
pub use error::AppError;
pub use letters::{LetterLink, LettersProblem};
pub use loaded::{looks_like_results, LoadedFile, RoundFile};
pub use state::State;
pub use view::{diff, Diff, Entity, LettersView, Prepared, SortKey, TableView};

#[cfg(test)]
mod tests;
