//! Matching off the main thread: one bridge to a module Web Worker that loads this same wasm module and
//! runs the engine. A new run terminates a stale one (the worker is replaced), so the page never waits
//! for an answer it no longer wants.

use crate::app::RunRequest;
use crate::engine::{match_inputs, Input, Preset, Results, Settings, Side};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};
use yew::Callback;

/// Runs the engine on files sent by the page: the entry point of `static/worker.js`. Returns the results
/// JSON.
#[wasm_bindgen(js_name = matchFiles)]
pub fn match_files(
    names: js_sys::Array,
    sides: js_sys::Array,
    files: js_sys::Array,
    preset: &str,
    settings: &str,
    lang: &str,
) -> Result<String, JsValue> {
    let lang = crate::app::i18n::Lang::from_code(lang).unwrap_or_default();
    let preset: Preset = serde_json::from_str(preset).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let settings: Settings = serde_json::from_str(settings).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let inputs: Vec<Input> = (0..names.length())
        .map(|i| Input {
            name: names.get(i).as_string().unwrap_or_default(),
            bytes: files.get(i).dyn_into::<js_sys::Uint8Array>().map(|a| a.to_vec()).unwrap_or_default(),
            side: match sides.get(i).as_string().as_deref() {
                Some("offers") => Some(Side::Offers),
                Some("needs") => Some(Side::Needs),
                _ => None,
            },
        })
        .collect();
    match_inputs(&inputs, &preset, &settings)
        .map(|r| r.to_json())
        .map_err(|e| JsValue::from_str(&crate::app::i18n::run_error(lang, &e)))
}

/// The worker's message handler, kept alive as long as the worker.
type Handler = Closure<dyn FnMut(MessageEvent)>;

/// The page's side of the worker.
pub struct Bridge {
    worker: RefCell<Option<Worker>>,
    busy: RefCell<bool>,
    handler: RefCell<Option<Handler>>,
    on_done: Callback<(u64, Result<Rc<Results>, String>)>,
}

impl Bridge {
    /// A bridge whose answers go to `on_done`; `None` when this browser cannot start the worker.
    pub fn new(on_done: Callback<(u64, Result<Rc<Results>, String>)>) -> Option<Rc<Bridge>> {
        let bridge = Rc::new(Bridge {
            worker: RefCell::new(None),
            busy: RefCell::new(false),
            handler: RefCell::new(None),
            on_done,
        });
        bridge.spawn().then_some(bridge)
    }

    fn spawn(self: &Rc<Self>) -> bool {
        let opts = WorkerOptions::new();
        opts.set_type(WorkerType::Module);
        let Ok(worker) = Worker::new_with_options("static/worker.js", &opts) else { return false };
        let me = Rc::downgrade(self);
        let handler = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            let Some(me) = me.upgrade() else { return };
            *me.busy.borrow_mut() = false;
            let data = e.data();
            let get = |k: &str| js_sys::Reflect::get(&data, &JsValue::from_str(k)).ok();
            let id = get("id").and_then(|v| v.as_f64()).unwrap_or(0.0) as u64;
            let outcome = match (get("json").and_then(|v| v.as_string()), get("error").and_then(|v| v.as_string())) {
                (Some(json), _) => Results::from_json(json.as_bytes()).map(Rc::new),
                (_, Some(err)) => Err(err),
                _ => Err("the background worker gave no answer".into()),
            };
            me.on_done.emit((id, outcome));
        });
        worker.set_onmessage(Some(handler.as_ref().unchecked_ref()));
        *self.handler.borrow_mut() = Some(handler);
        *self.worker.borrow_mut() = Some(worker);
        true
    }

    /// Sends a run; a run still in flight is stopped first.
    pub fn post(self: &Rc<Self>, req: &RunRequest) {
        if *self.busy.borrow() {
            if let Some(w) = self.worker.borrow_mut().take() {
                w.terminate();
            }
            self.spawn();
        }
        let (names, sides, files) = (js_sys::Array::new(), js_sys::Array::new(), js_sys::Array::new());
        for (name, bytes, side) in &req.files {
            names.push(&JsValue::from_str(name));
            sides.push(&JsValue::from_str(match side {
                Some(Side::Offers) => "offers",
                Some(Side::Needs) => "needs",
                None => "",
            }));
            files.push(&js_sys::Uint8Array::from(bytes.as_slice()));
        }
        let msg = js_sys::Object::new();
        let set = |k: &str, v: &JsValue| {
            let _ = js_sys::Reflect::set(&msg, &JsValue::from_str(k), v);
        };
        set("id", &JsValue::from_f64(req.id as f64));
        set("names", &names);
        set("sides", &sides);
        set("files", &files);
        set("preset", &JsValue::from_str(&serde_json::to_string(&req.preset).unwrap_or_default()));
        set("settings", &JsValue::from_str(&serde_json::to_string(&req.settings).unwrap_or_default()));
        set("lang", &JsValue::from_str(req.lang.code()));
        if let Some(w) = self.worker.borrow().as_ref() {
            if w.post_message(&msg).is_ok() {
                *self.busy.borrow_mut() = true;
                return;
            }
        }
        self.on_done.emit((req.id, Err("the background worker could not be reached; reload the page".into())));
    }
}
