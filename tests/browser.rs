//! Browser unit tests, run in headless Chromium by wasm-bindgen-test:
//! `cargo test --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

use kommunematch::engine::{example_inputs, match_inputs, Preset, Settings};
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The engine compiled to wasm gives, byte for byte, the results the native engine stored.
#[wasm_bindgen_test]
fn example_results_in_the_browser_equal_the_native_ones() {
    let json = match_inputs(&example_inputs(), &Preset::default(), &Settings::default(), &[])
        .expect("example data matches")
        .to_json();
    assert_eq!(json, include_str!("golden/example-results.json"));
}

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("document")
}

/// The app renders, and one click on the example button shows pairs.
#[wasm_bindgen_test]
async fn example_button_shows_pairs() {
    let root = document().create_element("main").expect("element");
    root.set_id("app");
    document().body().expect("body").append_child(&root).expect("append");
    kommunematch::web::start();
    yew::platform::time::sleep(Duration::from_millis(50)).await;
    let button: web_sys::HtmlElement =
        document().get_element_by_id("example").expect("example button").dyn_into().expect("html element");
    assert!(document().get_element_by_id("pairs").is_none());
    button.click();
    // Matching and rendering are quick, but a loaded CI machine may be slow: wait up to 10 s. The rows are
    // counted once the table is whole: a long table is drawn in steps, and is `aria-busy` until the last.
    let mut rows = 0;
    for _ in 0..100 {
        yew::platform::time::sleep(Duration::from_millis(100)).await;
        if document().query_selector("#pairs[aria-busy=\"false\"]").expect("query").is_some() {
            rows = document().query_selector_all("#pairs tbody tr").expect("query").length();
            break;
        }
    }
    assert!(rows > 10, "{rows} rows");
}
