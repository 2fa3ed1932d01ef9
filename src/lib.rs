//! kommunematch pairs Norwegian municipalities (kommuner) that offer competence and capacity with
//! Ukrainian communities (hromady) that state needs, from their survey exports.
//!
//! The [`engine`] is plain Rust and builds natively and for wasm32; the browser UI (`web`, wasm32 only) and
//! the `kommunematch` command-line tool are thin layers over it. See `ARCHITECTURE.md`.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod app;
pub mod engine;

#[cfg(target_arch = "wasm32")]
pub mod web;
