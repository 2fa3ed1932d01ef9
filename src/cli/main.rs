//! `kommunematch`: the command-line tool over the engine. `kommunematch --help` lists the commands
//! (`match`, `scores`, `inspect`, `gazetteer`, `letters`, `compare`, `template`), `kommunematch COMMAND --help` their options; `main` runs one and prints what
//! stopped it once, in the language of `--lang`.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::string_slice, clippy::indexing_slicing)]

#[cfg(not(target_arch = "wasm32"))]
mod args;
#[cfg(not(target_arch = "wasm32"))]
mod compare;
#[cfg(not(target_arch = "wasm32"))]
mod letters;
#[cfg(not(target_arch = "wasm32"))]
mod line;
#[cfg(not(target_arch = "wasm32"))]
mod progress;
#[cfg(not(target_arch = "wasm32"))]
mod template;
#[cfg(not(target_arch = "wasm32"))]
mod usage;
#[cfg(not(target_arch = "wasm32"))]
mod words;

// A faster allocator than the system's for the CLI (the engine makes many small strings and vectors; the
// figures are in docs/benchmarks.md). The engine does not depend on it; the web build uses its own.
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let argv: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    let lang = line::lang_of(&argv);
    match args::run(argv) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(stop) => {
            let (message, to_stdout) = stop.message(lang);
            if to_stdout {
                println!("{message}");
            } else {
                eprintln!("{message}");
            }
            std::process::ExitCode::from(stop.exit_code())
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
