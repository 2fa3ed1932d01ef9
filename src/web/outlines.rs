//! The map's outlines, had when the first map is wanted rather than with the program: from the page itself in
//! the single-file build (a JSON data block, `#outlines-data`, that the page never runs), otherwise fetched
//! from the page's own site (`static/outlines.json`, kept for use offline by the service worker). Given to
//! [`crate::app::map::give_outlines`]; the app hears the outcome as [`Action::Outlines`].

use crate::app::{map, Action};
use std::cell::Cell;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

/// Where the outlines are on the page's own site, next to its style.
const URL: &str = "static/outlines.json";

thread_local! {
    /// Asked for already: the outlines are had once per page (a failure is said, and a reload tries again).
    static ASKED: Cell<bool> = const { Cell::new(false) };
}

/// Has the outlines, unless they are there or on their way; `dispatch` hears when they arrived or could not.
pub fn want(dispatch: &Callback<Action>) {
    if map::outlines().is_some() || ASKED.with(|a| a.replace(true)) {
        return;
    }
    let dispatch = dispatch.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let given = match text().await {
            Ok(json) => map::give_outlines(&json).is_ok(),
            Err(_) => false,
        };
        dispatch.emit(Action::Outlines(given));
    });
}

/// The outlines' text: the page's data block, or the file fetched.
async fn text() -> Result<String, JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    if let Some(block) = window.document().and_then(|d| d.get_element_by_id("outlines-data")) {
        return Ok(block.text_content().unwrap_or_default());
    }
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(URL)).await?.dyn_into()?;
    if !response.ok() {
        return Err(JsValue::from_str(&response.status_text()));
    }
    JsFuture::from(response.text()?).await?.as_string().ok_or_else(|| JsValue::from_str("not text"))
}
