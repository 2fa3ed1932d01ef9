//! Matching off the main thread: one bridge to a module Web Worker that runs this same wasm module. The
//! worker is made from memory (a blob URL of the glue code the page loaded, and the compiled module posted
//! to it), so starting one makes no request, also from the single-file build over `file://`. A new run
//! terminates a stale one (the worker is replaced), so the page never waits for an answer it no longer
//! wants.

use crate::app::{AppError, RunRequest};
use crate::engine::{match_inputs, Input, Preset, Results, RunError, Settings, Side};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, MessageEvent, Url, Worker, WorkerOptions, WorkerType};

/// Appended to the glue code to make the worker: it initialises the module it is sent, then answers runs.
const WORKER_MAIN: &str = r#"
let kmReady = null;
self.onmessage = async (e) => {
  if (e.data && e.data.module) {
    kmReady = __wbg_init({ module_or_path: e.data.module });
    kmReady.then(() => self.postMessage({ ready: true }), (err) => self.postMessage({ ready: false, error: String(err) }));
    return;
  }
  const { id, names, sides, files, preset, settings, selfTestPanic: boom } = e.data;
  try {
    await kmReady;
    if (boom) selfTestPanic();
    self.postMessage({ id, json: matchFiles(names, sides, files, preset, settings) });
  } catch (err) {
    // A trap (a panic aborts) leaves this instance unusable: the page replaces the worker.
    self.postMessage({ id, error: String(err), crashed: err instanceof WebAssembly.RuntimeError });
  }
};
"#;
use yew::Callback;

/// Runs the engine on files sent by the page: the worker's entry point. Returns the results JSON, or the
/// [`RunError`](crate::engine::RunError) as JSON.
#[wasm_bindgen(js_name = matchFiles)]
pub fn match_files(
    names: js_sys::Array,
    sides: js_sys::Array,
    files: js_sys::Array,
    preset: &str,
    settings: &str,
) -> Result<String, JsValue> {
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
    // The error goes back as a value (JSON), so that the page says it in whatever language it shows then.
    match_inputs(&inputs, &preset, &settings)
        .map(|r| r.to_json())
        .map_err(|e| JsValue::from_str(&serde_json::to_string(&e).unwrap_or_default()))
}

/// The worker's message handler, kept alive as long as the worker.
type Handler = Closure<dyn FnMut(MessageEvent)>;

/// The worker's error handler.
type ErrorHandler = Closure<dyn FnMut(web_sys::Event)>;

/// The page's side of the worker.
pub struct Bridge {
    worker: RefCell<Option<Worker>>,
    busy: RefCell<bool>,
    /// The worker's instance trapped (a panic): it is replaced before the next run.
    crashed: RefCell<bool>,
    handler: RefCell<Option<Handler>>,
    /// Kept alive as long as the worker: its error handler (a worker that cannot start, as from `file://`).
    error_handler: RefCell<Option<ErrorHandler>>,
    on_done: Callback<(u64, Result<Rc<Results>, AppError>)>,
    on_ready: Callback<bool>,
}

impl Bridge {
    /// A bridge whose answers go to `on_done`; `None` when this browser cannot start the worker. `on_ready`
    /// hears `true` once the worker has its module running, `false` if it cannot start or fails later: only
    /// then may runs be sent to it (the single-file page over `file://` gets `false`: its browser refuses
    /// a worker there).
    pub fn new(
        on_done: Callback<(u64, Result<Rc<Results>, AppError>)>,
        on_ready: Callback<bool>,
    ) -> Option<Rc<Bridge>> {
        let bridge = Rc::new(Bridge {
            worker: RefCell::new(None),
            busy: RefCell::new(false),
            crashed: RefCell::new(false),
            handler: RefCell::new(None),
            error_handler: RefCell::new(None),
            on_done,
            on_ready,
        });
        bridge.spawn().then_some(bridge)
    }

    /// The glue text and the compiled module the page's boot code kept (`globalThis.kommunematchWorker`).
    fn source() -> Option<(String, JsValue)> {
        let holder = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("kommunematchWorker")).ok()?;
        let glue = js_sys::Reflect::get(&holder, &JsValue::from_str("glue")).ok()?.as_string()?;
        let module = js_sys::Reflect::get(&holder, &JsValue::from_str("module")).ok()?;
        (!module.is_undefined()).then_some((glue, module))
    }

    fn spawn(self: &Rc<Self>) -> bool {
        let Some((glue, module)) = Self::source() else { return false };
        let parts = js_sys::Array::of2(&JsValue::from_str(&glue), &JsValue::from_str(WORKER_MAIN));
        let opts = BlobPropertyBag::new();
        opts.set_type("text/javascript");
        let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &opts) else { return false };
        let Ok(url) = Url::create_object_url_with_blob(&blob) else { return false };
        let wopts = WorkerOptions::new();
        wopts.set_type(WorkerType::Module);
        let worker = Worker::new_with_options(&url, &wopts);
        let _ = Url::revoke_object_url(&url);
        let Ok(worker) = worker else { return false };
        let init = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&init, &JsValue::from_str("module"), &module);
        if worker.post_message(&init).is_err() {
            return false;
        }
        let me = Rc::downgrade(self);
        let handler = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            let Some(me) = me.upgrade() else { return };
            let data = e.data();
            let get = |k: &str| js_sys::Reflect::get(&data, &JsValue::from_str(k)).ok();
            if let Some(ready) = get("ready").filter(|v| !v.is_undefined()) {
                me.on_ready.emit(ready.is_truthy());
                return;
            }
            *me.busy.borrow_mut() = false;
            let id = get("id").and_then(|v| v.as_f64()).unwrap_or(0.0) as u64;
            let crashed = get("crashed").is_some_and(|v| v.is_truthy());
            let outcome = match (get("json").and_then(|v| v.as_string()), get("error").and_then(|v| v.as_string())) {
                (Some(json), _) => Results::from_json(json.as_bytes())
                    .map(Rc::new)
                    .map_err(|error| AppError::Results { file: String::new(), error }),
                _ if crashed => {
                    // Replaced on the next run: this handler belongs to the worker and cannot drop itself.
                    *me.crashed.borrow_mut() = true;
                    Err(AppError::WorkerCrashed)
                }
                (_, Some(err)) => {
                    Err(serde_json::from_str::<RunError>(&err).map_or(AppError::WorkerCrashed, AppError::Run))
                }
                _ => Err(AppError::WorkerUnreachable),
            };
            me.on_done.emit((id, outcome));
        });
        worker.set_onmessage(Some(handler.as_ref().unchecked_ref()));
        *self.handler.borrow_mut() = Some(handler);
        let on_ready = self.on_ready.clone();
        let on_error = ErrorHandler::new(move |e: web_sys::Event| {
            e.prevent_default();
            on_ready.emit(false);
        });
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        *self.error_handler.borrow_mut() = Some(on_error);
        *self.worker.borrow_mut() = Some(worker);
        true
    }

    /// Sends a run; a run still in flight is stopped first.
    pub fn post(self: &Rc<Self>, req: &RunRequest) {
        if *self.busy.borrow() || self.crashed.replace(false) {
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
        set("selfTestPanic", &JsValue::from_bool(self_test_panic_in_worker()));
        if let Some(w) = self.worker.borrow().as_ref() {
            if w.post_message(&msg).is_ok() {
                *self.busy.borrow_mut() = true;
                return;
            }
        }
        self.on_done.emit((req.id, Err(AppError::WorkerUnreachable)));
    }
}

/// Whether an end-to-end test asked the worker to panic on its next run (`kommunematchSelfTest.panicInWorker`).
fn self_test_panic_in_worker() -> bool {
    js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("kommunematchSelfTest"))
        .and_then(|o| js_sys::Reflect::get(&o, &JsValue::from_str("panicInWorker")))
        .is_ok_and(|v| v.is_truthy())
}
