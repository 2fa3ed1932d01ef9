//! The gazetteer: every Norwegian municipality (357) and every Ukrainian territorial community (1,469),
//! compiled in from `src/engine/gazetteer/*.csv` by `build.rs` (sources and licences in `SOURCES.md`), and the
//! resolution of what respondents write to an official entity: by its code, else by its name in any form
//! people use (any case and apostrophe; with or without "міська/селищна/сільська (територіальна) громада",
//! "ТГ", "МТГ", "рада", "kommune", "hromada", "territorial community", "council"; in Latin transliteration, old
//! Russian-style spellings included; by the centre's name; by Sami and Kven parallel names), narrowed by the
//! oblast, raion or county when given. A name several entities share without anything to tell them apart is
//! ambiguous, with every candidate: never a guess.

pub mod entities;
mod index;
pub mod names;
mod resolve;
mod suggest;

pub use entities::{Entity, Hromada, Kind, Kommune, WarStatus2022, Written, HROMADY, KOMMUNER, OBLASTS};
pub use index::How;
pub use names::{loose, strip_community_suffix, strip_municipality_suffix, strip_oblast_suffix, strip_raion_suffix};
pub use resolve::{
    find_hromada, find_kommune, hromada_by_code, kommune_by_number, resolve_hromada, resolve_kommune, Resolved,
};
pub use suggest::{hromady_named_in, kommuner_named_in, nearest_hromady, nearest_kommuner};

#[cfg(test)]
mod tests;
