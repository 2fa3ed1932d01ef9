//! The browser UI: a thin Yew layer over [`crate::app`] and [`crate::engine`]. wasm32 only.

mod bench;
mod dropzone;
mod files;
mod results;

use crate::app::{Action, State};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Offers the text as a file download, without any network request.
fn try_download(name: &str, mime: &str, text: &str) -> Result<(), wasm_bindgen::JsValue> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let doc = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = doc.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}

/// Offers the text as a file download; a failure is logged (the browser refused the download).
pub(crate) fn download(name: &str, mime: &str, text: &str) {
    if let Err(e) = try_download(name, mime, text) {
        web_sys::console::error_1(&e);
    }
}

/// Shows a readable message instead of a dead page when something panics, and logs it.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let msg = format!("kommunematch stopped because of an internal error: {info}");
        web_sys::console::error_1(&msg.clone().into());
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(el) = doc.get_element_by_id("fatal") {
                el.set_text_content(Some(&format!(
                    "{msg}. Reload the page to start again; no data has left this browser."
                )));
                let _ = el.remove_attribute("hidden");
            }
        }
    }));
}

/// Starts the app in `<main id="app">`.
pub fn start() {
    install_panic_hook();
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(el) => {
            yew::Renderer::<App>::with_root(el).render();
        }
        None => web_sys::console::error_1(&"kommunematch: no element with id \"app\" in the page".into()),
    }
}

/// The state as Yew holds it.
#[derive(Default, PartialEq)]
pub struct Store(pub State);

impl Reducible for Store {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Store(self.0.clone().apply(action)))
    }
}

/// The root component: owns the state; children get data and callbacks.
#[function_component(App)]
pub fn app() -> Html {
    let store = use_reducer(Store::default);
    let state = &store.0;
    let dispatch = {
        let store = store.clone();
        Callback::from(move |a: Action| store.dispatch(a))
    };
    let on_files = dispatch.reform(Action::AddFiles);
    let on_example = dispatch.reform(|_: MouseEvent| Action::LoadExample);
    let on_run = dispatch.reform(|_: MouseEvent| Action::Run);
    let on_clear = dispatch.reform(|_: MouseEvent| Action::Clear);
    let on_clear_preset = dispatch.reform(|_: MouseEvent| Action::ClearPreset);
    let on_save_preset = {
        let json = state.preset.to_json();
        Callback::from(move |_: MouseEvent| download("kommunematch-mapping-preset.json", "application/json", &json))
    };
    let corrections = state.preset.columns.len() + state.preset.answers.len();
    let status = match (&state.results, &state.error) {
        (Some(r), _) => format!("Matching done: {} pairs, total score {}.", r.pairs.len(), r.objective),
        (None, Some(_)) => String::new(),
        (None, None) if state.files.is_empty() => String::new(),
        (None, None) => format!("{} file(s) loaded.", state.files.len()),
    };
    html! {
        <>
            <header class="top">
                <h1>{ "kommunematch" }</h1>
                <p class="lede">{ "Pairs Norwegian municipalities with Ukrainian communities from their survey answers. Everything runs in this browser: no file leaves your computer." }</p>
            </header>
            <section aria-labelledby="load-h" class="card">
                <h2 id="load-h">{ "1. Load the survey exports" }</h2>
                <dropzone::DropZone on_files={on_files} />
                <div class="row">
                    <button type="button" id="example" onclick={on_example}>{ "Try with example data" }</button>
                    if !state.files.is_empty() {
                        <button type="button" class="secondary" onclick={on_clear}>{ "Start again" }</button>
                    }
                </div>
                <files::FileList files={state.files.clone()} dispatch={dispatch.clone()} />
                if corrections > 0 {
                    <div class="row preset">
                        <span>{ format!("{corrections} correction(s) to how files are read.") }</span>
                        <button type="button" class="secondary" onclick={on_save_preset}>{ "Save corrections as a preset (JSON)" }</button>
                        <button type="button" class="link" onclick={on_clear_preset}>{ "Drop all corrections" }</button>
                    </div>
                }
            </section>
            <section aria-labelledby="run-h" class="card">
                <h2 id="run-h">{ "2. Match" }</h2>
                <button type="button" id="run" onclick={on_run} disabled={!state.can_run()}>{ "Run matching" }</button>
                if let Some(e) = &state.error {
                    <p class="error" role="alert">{ e }</p>
                }
            </section>
            <p class="visually-hidden" role="status" aria-live="polite">{ status }</p>
            if let Some(r) = &state.results {
                <results::ResultsView results={Rc::new(r.clone())} />
            }
        </>
    }
}
