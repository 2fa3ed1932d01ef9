//! The result: summary and what changed, sharing, charts, the explanation of a municipality or community,
//! the pairs table (filter, sort, lock, forbid), and the unmatched with reasons. One component each; this
//! one puts them together. Every figure comes prepared from the app.

mod detail;
mod parts;
mod rounds;
mod share;
mod summary;
mod table;
mod unmatched;
mod view;

pub use view::ResultsView;
