//! `kommunematch`: the command-line tool over the engine. `kommunematch --help` lists the commands
//! (`match`, `scores`, `inspect`) and their options; `main` runs one and prints its error once.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::string_slice, clippy::indexing_slicing)]

#[cfg(not(target_arch = "wasm32"))]
mod args;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    match args::run(std::env::args().skip(1).collect()) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("kommunematch: {e}");
            std::process::ExitCode::from(e.exit_code())
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
