//! The page's start: the panic hook (a message and a reload button, wired in plain script), the app drawn
//! into `#app`; in the worker, a panic logged (the page replaces the worker).

use super::app::App;
use crate::app::i18n::{t, Lang};
use crate::key;
use wasm_bindgen::JsCast;

/// Shows a readable message and a reload button instead of a dead page when something panics, and logs it.
/// The wasm instance cannot go on after a panic (it aborts), so the page around it is made inert and the
/// button (wired in `static/boot.js`, plain script) takes the focus. No data is lost that the user still has:
/// the files stay on their disk.
/// Set through Yew: its renderer would otherwise replace any hook with its own console-only one.
fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("kommunematch: {info}").into());
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
        let lang = doc.document_element().and_then(|e| e.get_attribute("lang")).unwrap_or_default();
        let lang = Lang::from_code(&lang).unwrap_or_default();
        if let Some(text) = doc.get_element_by_id("fatal-text") {
            text.set_text_content(Some(t(lang, key!("panic"))));
        }
        let button = doc.get_element_by_id("reload");
        if let Some(b) = &button {
            b.set_text_content(Some(t(lang, key!("reload"))));
        }
        if let Some(app) = doc.get_element_by_id("app") {
            let _ = app.set_attribute("inert", "");
        }
        if let Some(el) = doc.get_element_by_id("fatal") {
            let _ = el.remove_attribute("hidden");
        }
        if let Some(b) = button.and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = b.focus();
        }
    }));
}

/// Panics on purpose, to test the panic hook from end-to-end tests (`kommunematchSelfTest.panic()` in the
/// page). It stops only the app in this tab, as any panic would.
#[wasm_bindgen::prelude::wasm_bindgen(js_name = selfTestPanic)]
#[allow(clippy::panic)]
pub fn self_test_panic() {
    panic!("self-test of the panic hook");
}

/// Aborts on purpose, as running out of memory does: a trap that is not a panic, so the panic hook never
/// runs (`kommunematchSelfTest.abort()`, for the end-to-end test of the fallback in `static/boot.js`).
#[wasm_bindgen::prelude::wasm_bindgen(js_name = selfTestAbort)]
pub fn self_test_abort() {
    std::process::abort();
}

/// Starts the app in `<main id="app">`. In the background worker (no window) it does nothing: the worker
/// only calls the engine.
pub fn start() {
    if web_sys::window().is_none() {
        // In the worker a panic is logged; the page sees the worker's run fail and starts a new worker.
        std::panic::set_hook(Box::new(|info| {
            web_sys::console::error_1(&format!("kommunematch (background worker): {info}").into());
        }));
        return;
    }
    install_panic_hook();
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(el) => {
            yew::Renderer::<App>::with_root(el).render();
        }
        None => web_sys::console::error_1(&"kommunematch: no element with id \"app\" in the page".into()),
    }
}
