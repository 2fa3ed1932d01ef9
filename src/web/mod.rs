//! The browser UI: a thin Yew layer over [`crate::app`] and [`crate::engine`]. wasm32 only.

mod app;
mod bench;
mod charts;
mod download;
mod dropzone;
mod files;
mod in_worker;
mod letters;
mod map;
mod outlines;
mod progress;
mod questionnaire;
mod results;
mod scenarios;
mod settings;
mod start;
mod steps;
mod worker;

pub use start::start;
