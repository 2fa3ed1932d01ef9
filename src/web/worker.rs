//! Reading and matching off the main thread: one bridge to a module Web Worker that runs this same wasm
//! module. The worker is made from memory (a blob URL of the glue code the page loaded, and the compiled
//! module posted to it), so starting one makes no request, also from the single-file build over `file://`.
//!
//! The worker keeps every file it was sent parsed ([`ParsedFile`]): a correction of a column, an answer or a
//! side only interprets the table again, and a run reuses the surveys it already has. Files go to it once
//! (their bytes transferred, not copied twice); answers that are no longer wanted (an older reading, an older
//! run) are dropped by the page. A worker that traps is replaced, and the page sends the files again.

use crate::app::ahead::{Ahead, RunAnswer};
use crate::app::{AppError, Job, ReadJob, RunRequest};
use crate::engine::progress::Progress;
use crate::engine::results::ResultsError;
use crate::engine::{ReadError, Results, RunError, Side, Survey};
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, MessageEvent, Url, Worker, WorkerOptions, WorkerType};

/// Appended to the glue code to make the worker (`worker.js`): it initialises the module it is sent, then answers
/// readings, runs, and which files to keep.
const WORKER_MAIN: &str = concat!("\n", include_str!("worker.js"));
use yew::Callback;

fn side_name(side: Option<Side>) -> &'static str {
    match side {
        Some(Side::Offers) => "offers",
        Some(Side::Needs) => "needs",
        None => "",
    }
}

/// Results from the worker (posted in the download's form, `Results::to_json`: compact JSON would be a second
/// copy of the serializer, 50 KB more of gzipped wasm): made by this same module, so read without the
/// consistency checks of a results file the coordinator loads (`Results::from_json`), with its reader.
fn from_worker(json: &[u8]) -> Result<Results, ResultsError> {
    serde_json::from_slice(json).map_err(|e| ResultsError::NotResults { detail: e.to_string() })
}

/// A message of the worker's warm-up.
enum WarmAnswer {
    /// A step's answer: a reading's JSON or a run's.
    Step { read: Option<Vec<u8>>, results: Option<Vec<u8>> },
    /// The warm-up is over.
    Done,
    /// A step failed (a bug); `crashed` if the instance trapped.
    Failed { crashed: bool },
}

/// A reading's answer from the worker: the survey, or why the file cannot be read; `None` if it is not one.
fn read_answer(json: &[u8]) -> Option<Result<Rc<Survey>, ReadError>> {
    serde_json::from_slice::<Result<Survey, ReadError>>(json).ok().map(|r| r.map(Rc::new))
}

/// The bytes of a message's field that the worker posted as a `Uint8Array`.
fn bytes_of(v: JsValue) -> Option<Vec<u8>> {
    v.dyn_into::<js_sys::Uint8Array>().ok().map(|b| b.to_vec())
}

/// The worker's message handler, kept alive as long as the worker.
type Handler = Closure<dyn FnMut(MessageEvent)>;

/// The worker's error handler.
type ErrorHandler = Closure<dyn FnMut(web_sys::Event)>;

/// The page's side of the worker.
pub struct Bridge {
    worker: RefCell<Option<Worker>>,
    /// The worker's instance trapped (a panic): it is replaced before the next message.
    crashed: RefCell<bool>,
    /// A new worker warms up before its first message (`workerWarmUp`); not after a warm-up failed.
    warm_up: std::cell::Cell<bool>,
    /// The files whose bytes the current worker has.
    sent: RefCell<BTreeSet<u64>>,
    handler: RefCell<Option<Handler>>,
    /// Kept alive as long as the worker: its error handler (a worker that cannot start, as from `file://`).
    error_handler: RefCell<Option<ErrorHandler>>,
    /// The run the worker does ahead of a click, if any ([`Ahead`]).
    ahead: RefCell<Ahead>,
    on_done: Callback<(u64, Result<Rc<Results>, AppError>)>,
    on_read: Callback<(u64, u64, Result<Rc<Survey>, ReadError>)>,
    on_ready: Callback<bool>,
    on_progress: Callback<(Job, Progress)>,
    on_preliminary: Callback<(u64, Rc<Results>)>,
}

/// The callbacks of a [`Bridge`]: where the worker's answers go.
pub struct Answers {
    /// A run's results, or why there are none.
    pub done: Callback<(u64, Result<Rc<Results>, AppError>)>,
    /// A reading: the file's key, the reading's number, the survey or why not.
    pub read: Callback<(u64, u64, Result<Rc<Survey>, ReadError>)>,
    /// `true` once the worker has its module running; `false` if it cannot start or fails later.
    pub ready: Callback<bool>,
    /// How far a reading or a run is.
    pub progress: Callback<(Job, Progress)>,
    /// A run's results as soon as its pairs are known.
    pub preliminary: Callback<(u64, Rc<Results>)>,
}

impl Bridge {
    /// A bridge whose answers go to `answers`; `None` when this browser cannot start the worker. Files and
    /// runs may be sent only once `answers.ready` heard `true` (the single-file page over `file://` gets
    /// `false`: its browser refuses a worker there).
    pub fn new(answers: Answers) -> Option<Rc<Bridge>> {
        let bridge = Rc::new(Bridge {
            worker: RefCell::new(None),
            crashed: RefCell::new(false),
            warm_up: std::cell::Cell::new(true),
            sent: RefCell::new(BTreeSet::new()),
            handler: RefCell::new(None),
            error_handler: RefCell::new(None),
            ahead: RefCell::new(Ahead::default()),
            on_done: answers.done,
            on_read: answers.read,
            on_ready: answers.ready,
            on_progress: answers.progress,
            on_preliminary: answers.preliminary,
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
        self.sent.borrow_mut().clear();
        // A new worker has not done the run ahead.
        self.ahead.borrow_mut().forget();
        self.let_go_later();
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
        let _ = js_sys::Reflect::set(&init, &JsValue::from_str("warm"), &JsValue::from_bool(self.warm_up.get()));
        if worker.post_message(&init).is_err() {
            return false;
        }
        let me = Rc::downgrade(self);
        let handler = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            let Some(me) = me.upgrade() else { return };
            me.answer(&e.data());
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

    /// One message from the worker: ready, a reading, or a run's answer.
    fn answer(&self, data: &JsValue) {
        let get = |k: &str| js_sys::Reflect::get(data, &JsValue::from_str(k)).ok().filter(|v| !v.is_undefined());
        if let Some(ready) = get("ready") {
            self.on_ready.emit(ready.is_truthy());
            return;
        }
        let crashed = get("crashed").is_some_and(|v| v.is_truthy());
        if let Some(warm) = get("warm").and_then(|v| v.as_string()) {
            self.warmed(match warm.as_str() {
                "step" => {
                    WarmAnswer::Step { read: get("read").and_then(bytes_of), results: get("json").and_then(bytes_of) }
                }
                "done" => WarmAnswer::Done,
                _ => WarmAnswer::Failed { crashed },
            });
            return;
        }
        let number = |k: &str| get(k).and_then(|v| v.as_f64()).map(|x| x as u64);
        if let Some(progress) = get("progress") {
            if let Some(p) = progress.as_string().and_then(|json| serde_json::from_str::<Progress>(&json).ok()) {
                match (number("key"), number("gen")) {
                    (Some(key), Some(gen)) => self.on_progress.emit((Job::Read { key, gen }, p)),
                    _ => self.run_answer(number("id").unwrap_or(0), RunAnswer::Progress(p)),
                }
            }
            return;
        }
        if let Some(json) = get("preliminary").and_then(bytes_of) {
            if let Ok(r) = from_worker(&json) {
                self.run_answer(number("id").unwrap_or(0), RunAnswer::Preliminary(Rc::new(r)));
            }
            return;
        }
        if crashed {
            // Replaced before the next message: this handler belongs to the worker and cannot drop itself.
            *self.crashed.borrow_mut() = true;
        }
        if let (Some(key), Some(gen)) = (number("key"), number("gen")) {
            match get("read").and_then(bytes_of).and_then(|json| read_answer(&json)) {
                // Shown in a task of its own: reading the answer and drawing it do not add up to one long
                // task on the page's thread.
                Some(read) => later(self.on_read.clone(), (key, gen, read)),
                // Cannot happen short of a bug: the page reads its files itself from now on.
                None => self.on_ready.emit(false),
            }
            return;
        }
        if crashed && number("key").is_some() {
            self.on_ready.emit(false);
            return;
        }
        let id = number("id").unwrap_or(0);
        let outcome = match (get("json").and_then(bytes_of), get("error").and_then(|v| v.as_string())) {
            (Some(json), _) => {
                from_worker(&json).map(Rc::new).map_err(|error| AppError::Results { file: String::new(), error })
            }
            _ if crashed => Err(AppError::WorkerCrashed),
            (_, Some(err)) => {
                Err(serde_json::from_str::<RunError>(&err).map_or(AppError::WorkerCrashed, AppError::Run))
            }
            _ => Err(AppError::WorkerUnreachable),
        };
        let routed = self.ahead.borrow_mut().route(id, RunAnswer::Done(outcome));
        match routed {
            // The final results in the task of their message when every answer before them is heard: on a page
            // that shows the run's preliminary results they change little, and a task of their own would wait
            // behind the drawing of the table's last rows.
            Some((id, RunAnswer::Done(d))) if WAITING.with(|w| w.get()) == 0 => self.on_done.emit((id, d)),
            Some((id, answer)) => self.give(id, answer),
            // A run ahead that trapped before a click took it over is forgotten: the click's run goes to the
            // new worker.
            None if crashed => self.ahead.borrow_mut().forget(),
            None => {}
        }
        self.let_go_later();
    }

    /// A step of the worker's warm-up (`workerWarmUp`): its answer read as the page reads the worker's others,
    /// so that the page's code for them is compiled too, and let go of. The page's root element says when it is
    /// done or failed (`data-warm`, for tests and benchmarks). A failure is a bug (the example is built in): the
    /// next worker does not warm up, and a trapped one is replaced before the next message.
    fn warmed(&self, answer: WarmAnswer) {
        let crashed = match answer {
            // A step whose answer does not read as the others' do is a failure too.
            WarmAnswer::Step { read, results } => {
                let read_fine = read.is_none_or(|json| matches!(read_answer(&json), Some(Ok(_))));
                let run_fine = results.is_none_or(|json| from_worker(&json).is_ok());
                if read_fine && run_fine {
                    return;
                }
                false
            }
            WarmAnswer::Done => {
                // Not after a step of this warm-up failed: the page says failed.
                if self.warm_up.get() {
                    mark("data-warm", "done");
                }
                return;
            }
            WarmAnswer::Failed { crashed } => crashed,
        };
        self.warm_up.set(false);
        if crashed {
            *self.crashed.borrow_mut() = true;
        }
        mark("data-warm", "failed");
    }

    /// A run's answer: to the page (in a task of its own: reading the answer and drawing it do not add up to
    /// one long task), unless it belongs to the run ahead and no click took that over yet ([`Ahead::route`]).
    fn run_answer(&self, id: u64, answer: RunAnswer) {
        let routed = self.ahead.borrow_mut().route(id, answer);
        if let Some((id, answer)) = routed {
            self.give(id, answer);
        }
        self.let_go_later();
    }

    /// Gives the page an answer to its run `id`, in a task of its own (also when a click's run takes over the
    /// run ahead: the page is then in the middle of a change).
    fn give(&self, id: u64, answer: RunAnswer) {
        match answer {
            RunAnswer::Progress(p) => later_progress(self.on_progress.clone(), (Job::Run(id), p)),
            RunAnswer::Preliminary(r) => later(self.on_preliminary.clone(), (id, r)),
            RunAnswer::Done(d) => later(self.on_done.clone(), (id, d)),
        }
    }

    /// Sends the run "Run matching" would ask for now ([`crate::app::State::ahead_request`]) for the worker to
    /// do after the readings sent before it. Not while an end-to-end test slows the worker down or makes it
    /// trap: those tests watch the run the click starts.
    pub fn ahead(self: &Rc<Self>, req: &RunRequest) {
        if self_test_slow().as_f64().is_some_and(|ms| ms > 0.0) || self_test_panic_in_worker() {
            return;
        }
        let request = self.ahead.borrow_mut().start(req);
        if self.send(&request) {
            mark_ahead("sent");
        } else {
            self.ahead.borrow_mut().forget();
        }
        self.let_go_later();
    }

    /// Frees the runs ahead let go of in a task of their own, not in the task of the correction that let them go
    /// (a national result takes milliseconds to free).
    fn let_go_later(&self) {
        if let Some(retired) = self.ahead.borrow_mut().let_go() {
            gloo::timers::callback::Timeout::new(0, move || drop(retired)).forget();
        }
    }

    /// The worker, replaced first if it trapped.
    fn worker(self: &Rc<Self>) -> Option<Worker> {
        if self.crashed.replace(false) {
            if let Some(w) = self.worker.borrow_mut().take() {
                w.terminate();
            }
            self.spawn();
        }
        self.worker.borrow().clone()
    }

    /// Stops whatever the worker is doing (a reading, a run): the worker is ended and a new one started, to
    /// which the page sends again what it still wants.
    pub fn cancel(self: &Rc<Self>) {
        if let Some(w) = self.worker.borrow_mut().take() {
            // Nothing it had posted is heard after this.
            w.set_onmessage(None);
            w.set_onerror(None);
            w.terminate();
        }
        *self.crashed.borrow_mut() = false;
        self.ahead.borrow_mut().forget();
        self.let_go_later();
        if !self.spawn() {
            later(self.on_ready.clone(), false);
        }
    }

    /// The file's bytes as a fresh buffer for the worker (transferred, not copied again), the first time the
    /// current worker hears of the file; `None` after that.
    fn bytes_once(&self, key: u64, bytes: &[u8], transfer: &js_sys::Array) -> JsValue {
        if !self.sent.borrow_mut().insert(key) {
            return JsValue::NULL;
        }
        let array = js_sys::Uint8Array::from(bytes);
        transfer.push(&array.buffer());
        array.into()
    }

    /// Sends readings; the worker forgets files that are not in `keep`.
    pub fn read(self: &Rc<Self>, jobs: &[ReadJob], keep: &[u64]) {
        let Some(w) = self.worker() else { return };
        let keys: js_sys::Array = keep.iter().map(|&k| JsValue::from_f64(k as f64)).collect();
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &JsValue::from_str("keep"), &keys);
        let _ = w.post_message(&msg);
        self.sent.borrow_mut().retain(|k| keep.contains(k));
        for job in jobs {
            let transfer = js_sys::Array::new();
            let read = js_sys::Object::new();
            let set = |k: &str, v: &JsValue| {
                let _ = js_sys::Reflect::set(&read, &JsValue::from_str(k), v);
            };
            set("key", &JsValue::from_f64(job.key as f64));
            set("gen", &JsValue::from_f64(job.gen as f64));
            set("name", &JsValue::from_str(&job.name));
            set("side", &JsValue::from_str(side_name(job.side)));
            set("preset", &JsValue::from_str(&serde_json::to_string(&job.preset).unwrap_or_default()));
            set("bytes", &self.bytes_once(job.key, &job.bytes, &transfer));
            let msg = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&msg, &JsValue::from_str("read"), &read);
            let _ = js_sys::Reflect::set(&msg, &JsValue::from_str("selfTestSlow"), &self_test_slow());
            if w.post_message_with_transfer(&msg, &transfer).is_err() {
                later(self.on_ready.clone(), false);
                return;
            }
        }
    }

    /// Sends a run, or takes over the run ahead when it is the same. Answers to earlier runs still come, and
    /// the page drops them as stale.
    pub fn post(self: &Rc<Self>, req: &RunRequest) {
        // A test that makes the worker trap watches the run the click sends.
        let taken = if self_test_panic_in_worker() {
            self.ahead.borrow_mut().forget();
            None
        } else {
            self.ahead.borrow_mut().adopt(req)
        };
        mark_ahead(if taken.is_some() { "taken" } else { "none" });
        self.let_go_later();
        if let Some(answers) = taken {
            for answer in answers {
                self.give(req.id, answer);
            }
            return;
        }
        if !self.send(req) {
            later(self.on_done.clone(), (req.id, Err(AppError::WorkerUnreachable)));
        }
    }

    /// Sends a run to the worker; `false` when there is none or it cannot take the message.
    fn send(self: &Rc<Self>, req: &RunRequest) -> bool {
        let Some(w) = self.worker() else { return false };
        let (keys, names, sides, files) =
            (js_sys::Array::new(), js_sys::Array::new(), js_sys::Array::new(), js_sys::Array::new());
        let transfer = js_sys::Array::new();
        for f in &req.files {
            keys.push(&JsValue::from_f64(f.key as f64));
            names.push(&JsValue::from_str(&f.name));
            sides.push(&JsValue::from_str(side_name(f.side)));
            files.push(&self.bytes_once(f.key, &f.bytes, &transfer));
        }
        let msg = js_sys::Object::new();
        let set = |k: &str, v: &JsValue| {
            let _ = js_sys::Reflect::set(&msg, &JsValue::from_str(k), v);
        };
        set("id", &JsValue::from_f64(req.id as f64));
        set("keys", &keys);
        set("names", &names);
        set("sides", &sides);
        set("files", &files);
        set("preset", &JsValue::from_str(&serde_json::to_string(&req.preset).unwrap_or_default()));
        set("settings", &JsValue::from_str(&serde_json::to_string(&req.settings).unwrap_or_default()));
        // Earlier rounds: copied (the page keeps them), small beside the surveys.
        let previous = js_sys::Array::new();
        for (name, bytes) in &req.previous {
            previous.push(&js_sys::Array::of2(&JsValue::from_str(name), &js_sys::Uint8Array::from(bytes.as_slice())));
        }
        set("previous", &previous);
        set("selfTestPanic", &JsValue::from_bool(self_test_panic_in_worker()));
        set("selfTestSlow", &self_test_slow());
        w.post_message_with_transfer(&msg, &transfer).is_ok()
    }
}

/// For tests and for anyone looking: whether the last run was sent ahead of a click (`sent`), and whether the
/// click's run took it over (`taken`) or was sent itself (`none`), on the page's root element as `data-ahead`.
fn mark_ahead(state: &str) {
    mark("data-ahead", state);
}

/// Sets an attribute of the page's root element (for tests and benchmarks).
fn mark(attribute: &str, value: &str) {
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = el.set_attribute(attribute, value);
    }
}

thread_local! {
    /// How many answers given [`later`] are still to come: an answer is given at once only when none is, so that
    /// the page hears every answer in the order the worker gave them.
    static WAITING: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Emits `value` in a task of its own (a zero-delay timeout), after the current one.
fn later<T: 'static>(to: Callback<T>, value: T) {
    WAITING.with(|w| w.set(w.get() + 1));
    gloo::timers::callback::Timeout::new(0, move || {
        WAITING.with(|w| w.set(w.get().saturating_sub(1)));
        to.emit(value)
    })
    .forget();
}

/// [`later`] for progress, which may be heard after what follows it: the page takes a run's progress only
/// while the run is in flight, and a reading's only while that reading is awaited.
fn later_progress(to: Callback<(Job, Progress)>, value: (Job, Progress)) {
    gloo::timers::callback::Timeout::new(0, move || to.emit(value)).forget();
}

/// A setting of the end-to-end tests (`kommunematchSelfTest.<name>` in the page), if set.
fn self_test(name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("kommunematchSelfTest"))
        .and_then(|o| js_sys::Reflect::get(&o, &JsValue::from_str(name)))
        .ok()
        .filter(|v| !v.is_undefined())
}

/// Whether an end-to-end test asked the worker to panic on its next run (`kommunematchSelfTest.panicInWorker`).
fn self_test_panic_in_worker() -> bool {
    self_test("panicInWorker").is_some_and(|v| v.is_truthy())
}

/// How long the worker waits at each progress report, when an end-to-end test asks it to be slow
/// (`kommunematchSelfTest.slowWorker`, in milliseconds; 0 otherwise).
fn self_test_slow() -> JsValue {
    JsValue::from_f64(self_test("slowWorker").and_then(|v| v.as_f64()).unwrap_or(0.0))
}
