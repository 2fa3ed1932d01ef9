//! The web entry: starts the Yew app in the page. Built for wasm32 by `scripts/build.sh`.

#[cfg(target_arch = "wasm32")]
fn main() {
    kommunematch::web::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "kommunematch-web is the browser app: build it with scripts/build.sh. The command-line tool is `kommunematch`."
    );
}
