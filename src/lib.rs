//! kommunematch pairs Norwegian municipalities (kommuner) that offer competence and capacity with
//! Ukrainian communities (hromady) that state needs, from their survey exports.
//!
//! The [`engine`] is plain Rust and builds natively and for wasm32; the browser UI (`web`, wasm32 only) and
//! the `kommunematch` command-line tool are thin layers over it. See `ARCHITECTURE.md`.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
// A panic in wasm freezes the page: nothing that depends on input may unwrap (tests may).
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::string_slice))]

pub mod app;
pub mod engine;

#[cfg(target_arch = "wasm32")]
pub mod web;
