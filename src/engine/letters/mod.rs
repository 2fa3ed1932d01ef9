//! The introductions: a letter per pair in each reader's language, as printable pages, e-mail drafts and
//! "write e-mail" links.

pub mod address;
pub mod compose;
pub mod eml;
pub mod mailto;
pub mod render;

pub use address::{Address, LeftOut};
pub use compose::{compose, Block, Letter, LetterOptions, Part, Recipient, TextProblem};
