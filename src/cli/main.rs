//! `kommunematch`: the command-line tool over the engine.
//!
//! ```text
//! kommunematch match --offers FILE... --needs FILE... [--mode optimal|greedy] [--weights FILE]
//!                    [--locks FILE] [--vetoes FILE] [-o results.json]
//! kommunematch match --example [-o results.json]
//! ```

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
