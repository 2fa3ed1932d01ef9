//! The worker's side: reading files (each `ParsedFile` and its `Memo` kept), running the matching with
//! progress and preliminary results posted, and warming up on the built-in example before the first message.

use crate::engine::matching::RunObserver;
use crate::engine::progress::{Observer, Progress, Quiet, Stage};
use crate::engine::rounds::PreviousRound;
use crate::engine::survey::Memo;
use crate::engine::{run_observed, Dataset, ParsedFile, Preset, ReadError, Results, RunError, Settings, Side, Survey};
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    /// The worker's files, by the page's key. Only in this worker's memory.
    static FILES: RefCell<BTreeMap<u64, Cached>> = const { RefCell::new(BTreeMap::new()) };
}

thread_local! {
    /// The example's surveys while the worker warms up ([`worker_warm_up`]).
    static WARM: RefCell<Vec<Rc<Survey>>> = const { RefCell::new(Vec::new()) };
}

/// A file the worker was sent: parsed once, and its latest interpretation.
struct Cached {
    parsed: Result<Rc<ParsedFile>, ReadError>,
    /// The side and corrections (as JSON) of the latest survey, and the survey.
    last: Option<(Option<Side>, String, Rc<Survey>)>,
    /// What its rows' texts were found to mean, for the next interpretation (after a correction).
    memo: Memo,
}

fn side_of(v: &str) -> Option<Side> {
    match v {
        "offers" => Some(Side::Offers),
        "needs" => Some(Side::Needs),
        _ => None,
    }
}

/// Posts progress to the page through a function of the worker's script: at most every
/// [`Reporter::EVERY_MS`] within a stage, and at once when the stage changes.
struct Reporter<'a> {
    post: &'a js_sys::Function,
    last: Option<(Stage, f64)>,
}

impl Reporter<'_> {
    const EVERY_MS: f64 = 50.0;

    fn new(post: &js_sys::Function) -> Reporter<'_> {
        Reporter { post, last: None }
    }
}

impl Observer for Reporter<'_> {
    fn progress(&mut self, p: Progress) {
        let now = js_sys::Date::now();
        if self.last.is_some_and(|(stage, at)| stage == p.stage && now - at < Self::EVERY_MS) {
            return;
        }
        self.last = Some((p.stage, now));
        if let Ok(json) = serde_json::to_string(&p) {
            let _ = self.post.call1(&JsValue::NULL, &JsValue::from_str(&json));
        }
    }
}

/// A run's reporter: progress, and the preliminary results as soon as the pairs are known.
struct RunReporter<'a> {
    progress: Reporter<'a>,
    preliminary: &'a js_sys::Function,
}

impl Observer for RunReporter<'_> {
    fn progress(&mut self, p: Progress) {
        self.progress.progress(p);
    }
}

impl RunObserver for RunReporter<'_> {
    fn wants_preliminary(&self) -> bool {
        true
    }
    fn preliminary(&mut self, results: &Results) {
        let json = js_sys::Uint8Array::from(results.to_json().as_bytes());
        let _ = self.preliminary.call1(&JsValue::NULL, &json);
    }
}

/// The survey of file `key` as `side` with `preset` (its JSON text `preset_json`), parsing `bytes` when they
/// come (a new file, or a new worker) and interpreting again only when the side or corrections changed.
fn survey_of(
    key: u64,
    name: &str,
    bytes: Option<js_sys::Uint8Array>,
    side: Option<Side>,
    preset: &Preset,
    preset_json: &str,
    observer: &mut dyn Observer,
) -> Option<Result<Rc<Survey>, ReadError>> {
    FILES.with(|files| {
        let mut files = files.borrow_mut();
        if let Some(b) = bytes {
            observer.progress(Progress::start(Stage::Parsing));
            let parsed = ParsedFile::parse(name, &b.to_vec()).map(Rc::new);
            files.insert(key, Cached { parsed, last: None, memo: Memo::default() });
        }
        let cached = files.get_mut(&key)?;
        let parsed = match &cached.parsed {
            Ok(p) => p.clone(),
            Err(e) => return Some(Err(e.clone())),
        };
        if let Some((s, p, survey)) = &cached.last {
            if *s == side && p == preset_json {
                return Some(Ok(survey.clone()));
            }
        }
        let survey = Rc::new(parsed.survey_with(side, preset, &mut cached.memo, observer));
        cached.last = Some((side, preset_json.to_string(), survey.clone()));
        Some(Ok(survey))
    })
}

/// Reads a file in the worker (parsing `bytes` when given, else using the table kept) and returns the
/// survey or the read error as JSON (`{"Ok": survey}` / `{"Err": error}`), in UTF-8 bytes: the worker posts
/// them to the page as they are (transferred), and the page reads them without a text conversion either way.
#[wasm_bindgen(js_name = workerRead)]
pub fn worker_read(
    key: f64,
    name: &str,
    bytes: Option<js_sys::Uint8Array>,
    side: &str,
    preset: &str,
    progress: &js_sys::Function,
) -> Result<Vec<u8>, JsValue> {
    let preset_value: Preset = serde_json::from_str(preset).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let read = survey_of(key as u64, name, bytes, side_of(side), &preset_value, preset, &mut Reporter::new(progress))
        .ok_or_else(|| JsValue::from_str("the worker does not have this file"))?;
    serde_json::to_vec(&read.as_deref()).map_err(|e| JsValue::from_str(&e.to_string()))
}

/// One step of a fresh worker's warm-up on the built-in example ([`crate::engine::example_inputs`]), through the
/// calls a reading and a run make here: step `i` < the number of example files reads file `i` (parsed, interpreted
/// with a memo, its survey to JSON) and returns `{read}` as a reading's answer has it; the next [`WARM_RUNS`] steps
/// run the matching on them (with every explanation) and return `{json}` as a run's answer has it; then
/// `undefined`, the warm-up done and its surveys let go of. The page reads each answer as it reads the worker's
/// others. Nothing of it is kept, and nothing of the coordinator's is touched: the browser compiles the module's
/// code lazily, at its first call, so the coordinator's first file would otherwise wait for that compiling
/// (docs/benchmarks.md).
#[wasm_bindgen(js_name = workerWarmUp)]
pub fn worker_warm_up(step: u32) -> JsValue {
    let (field, json) = match warm_step(step as usize) {
        Some(WarmStep::Read(json)) => ("read", json),
        Some(WarmStep::Run(json)) => ("json", json),
        None => return JsValue::UNDEFINED,
    };
    let answer = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&answer, &JsValue::from_str(field), &js_sys::Uint8Array::from(json.as_slice()));
    answer.into()
}

/// What a step of the warm-up made, as the worker's answers carry it.
enum WarmStep {
    /// A reading's JSON (`{"Ok": survey}` / `{"Err": error}`).
    Read(Vec<u8>),
    /// A run's results JSON.
    Run(Vec<u8>),
}

/// How many times the warm-up runs the example. Each run leaves the browser more of the run's code optimised (it
/// optimises a function once it has run long enough); beyond four, a fresh browser's first run was no faster
/// (`node bench/cold.mjs`, docs/benchmarks.md).
const WARM_RUNS: usize = 4;

fn warm_step(step: usize) -> Option<WarmStep> {
    let inputs = crate::engine::example_inputs();
    if let Some(input) = inputs.get(step) {
        let read = ParsedFile::parse(&input.name, &input.bytes)
            .map(|p| p.survey_with(input.side, &Preset::default(), &mut Memo::default(), &mut Quiet));
        let json = serde_json::to_vec(&read.as_ref()).ok()?;
        if let Ok(survey) = read {
            WARM.with(|w| w.borrow_mut().push(Rc::new(survey)));
        }
        return Some(WarmStep::Read(json));
    }
    let run = step - inputs.len();
    let surveys = if run + 1 < WARM_RUNS { WARM.with(|w| w.borrow().clone()) } else { WARM.take() };
    if run >= WARM_RUNS || surveys.is_empty() {
        return None;
    }
    let results = run_observed(&dataset_of(&surveys), &Settings::default(), &mut Quiet).ok()?;
    Some(WarmStep::Run(results.to_json().into_bytes()))
}

/// Ends a warm-up a message stopped: its surveys are let go of.
#[wasm_bindgen(js_name = workerWarmEnd)]
pub fn worker_warm_end() {
    WARM.take();
}

/// Forgets every file but these keys.
#[wasm_bindgen(js_name = workerKeep)]
pub fn worker_keep(keys: Vec<f64>) {
    let keep: BTreeSet<u64> = keys.into_iter().map(|k| k as u64).collect();
    FILES.with(|files| files.borrow_mut().retain(|k, _| keep.contains(k)));
}

/// Runs the engine on the files the worker has (and any sent along), building on the earlier rounds' results
/// sent (`previous`: `[name, bytes]` each): the worker's entry point for a run. Files that cannot be read are left
/// out, as on the page (the page sends only rounds it could read). Progress goes to `progress` (as JSON), the
/// preliminary results to `preliminary` (results JSON, UTF-8 bytes) as soon as the pairs are known. Returns the
/// results JSON (UTF-8 bytes, posted to the page as they are), or the [`RunError`](crate::engine::RunError) as
/// JSON text.
#[wasm_bindgen(js_name = matchFiles)]
#[allow(clippy::too_many_arguments)] // the message's fields, as the worker's script passes them
pub fn match_files(
    keys: Vec<f64>,
    names: js_sys::Array,
    sides: js_sys::Array,
    files: js_sys::Array,
    preset: &str,
    settings: &str,
    previous: js_sys::Array,
    progress: &js_sys::Function,
    preliminary: &js_sys::Function,
) -> Result<Vec<u8>, JsValue> {
    let preset_value: Preset = serde_json::from_str(preset).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let settings: Settings = serde_json::from_str(settings).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let mut rounds = Vec::new();
    for entry in previous.iter() {
        let entry = js_sys::Array::from(&entry);
        let name = entry.get(0).as_string().unwrap_or_default();
        let bytes = entry.get(1).dyn_into::<js_sys::Uint8Array>().map(|b| b.to_vec()).unwrap_or_default();
        if let Ok(round) = PreviousRound::from_json(&name, &bytes) {
            rounds.push(round);
        }
    }
    let mut observer = RunReporter { progress: Reporter::new(progress), preliminary };
    let mut surveys = Vec::new();
    for (i, key) in keys.into_iter().enumerate() {
        let i = i as u32;
        let name = names.get(i).as_string().unwrap_or_default();
        let bytes = files.get(i).dyn_into::<js_sys::Uint8Array>().ok();
        let side = side_of(&sides.get(i).as_string().unwrap_or_default());
        if let Some(Ok(s)) = survey_of(key as u64, &name, bytes, side, &preset_value, preset, &mut observer.progress) {
            surveys.push(s);
        }
    }
    // The error goes back as a value (JSON), so that the page says it in whatever language it shows then.
    run_observed(&dataset_of(&surveys).with_previous(&rounds), &settings, &mut observer)
        .map(|r| r.to_json().into_bytes())
        .map_err(|e| JsValue::from_str(&serde_json::to_string(&RunError::Match(e)).unwrap_or_default()))
}

/// The dataset of the worker's surveys (one function for a run and the warm-up: the same code is compiled).
fn dataset_of(surveys: &[Rc<Survey>]) -> Dataset {
    Dataset::from_surveys(surveys.iter().map(|s| s.as_ref()))
}
