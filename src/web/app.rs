//! The page: one state and its reducer (`Store`), the work it hands the worker after each change
//! (`send_work`), and the app's cards.

use super::download::download;
use super::{dropzone, files, letters, progress, questionnaire, results, scenarios, settings, worker};
use crate::app::i18n::{t, tf, Lang};
use crate::app::{Action, State};
use crate::key;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Moves the keyboard focus to the element `id` once the page is drawn again.
fn focus_later(id: &'static str) {
    gloo::timers::callback::Timeout::new(0, move || {
        let el = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
        if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    })
    .forget();
}

/// The browser's preferred languages.
fn browser_languages() -> Vec<String> {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else { return Vec::new() };
    let mut out: Vec<String> = nav.languages().iter().filter_map(|v| v.as_string()).collect();
    out.extend(nav.language());
    out
}

/// The state as Yew holds it.
#[derive(Default, PartialEq)]
pub struct Store(pub State);

impl Reducible for Store {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.0.clone().apply(action);
        send_work(&self.0, &next);
        Rc::new(Store(next))
    }
}

thread_local! {
    /// The page's side of the background worker, once it is started (none when this browser cannot start one).
    static BRIDGE: RefCell<Option<Rc<worker::Bridge>>> = const { RefCell::new(None) };
}

/// Sends the worker what a change of the state asks of it, as soon as the change is made: before the page
/// draws it (drawing a change can take tens of milliseconds at national scale, as when a correction takes the
/// results away, and the worker would wait for it). In this order: "Stop" (the worker is replaced, before
/// the readings asked again are sent), the files to read (the first ones followed by the run "Run matching"
/// would ask for, which the worker does while the coordinator looks at the files), the run asked for. Every
/// answer comes back in a task of its own, never inside this change.
fn send_work(before: &State, after: &State) {
    let Some(bridge) = BRIDGE.with(|b| b.borrow().clone()) else { return };
    if after.stops != before.stops {
        bridge.cancel();
    }
    if after.read_gen != before.read_gen {
        let jobs = after.read_jobs();
        if !jobs.is_empty() {
            let keep: Vec<u64> = after.files.iter().map(|f| f.key).collect();
            bridge.read(&jobs, &keep);
            if let Some(req) = after.ahead_request() {
                bridge.ahead(&req);
            }
        }
    }
    if after.running != before.running {
        if let Some(req) = after.run_request() {
            bridge.post(&req);
        }
    }
}

/// Files given: those that cannot be read listed with why, the others read.
fn files_given(dispatch: &Callback<Action>) -> Callback<Vec<Result<crate::engine::Input, crate::engine::ReadError>>> {
    let dispatch = dispatch.clone();
    Callback::from(move |all: Vec<Result<crate::engine::Input, crate::engine::ReadError>>| {
        let (read, unread): (Vec<_>, Vec<_>) = all.into_iter().partition(Result::is_ok);
        let unread: Vec<_> = unread.into_iter().filter_map(Result::err).collect();
        if !unread.is_empty() {
            dispatch.emit(Action::AddUnread(unread));
        }
        if !read.is_empty() {
            dispatch.emit(Action::AddFiles(read.into_iter().filter_map(Result::ok).collect()));
        }
    })
}

/// A download of what `make` writes from the state as it is at the click (nothing when it cannot).
type Download = Option<(&'static str, &'static str, Vec<u8>)>;
fn download_of(store: &UseReducerHandle<Store>, make: fn(&State) -> Download) -> Callback<()> {
    let store = store.clone();
    Callback::from(move |_: ()| {
        if let Some((name, mime, bytes)) = make(&store.0) {
            super::download::download_bytes(name, mime, &bytes);
        }
    })
}

/// The root component: owns the state; children get data and callbacks.
#[function_component(App)]
pub fn app() -> Html {
    let store =
        use_reducer(|| Store(State::default().apply(Action::SetLang(Lang::from_browser(&browser_languages())))));
    let state = &store.0;
    let lang = state.lang;
    // One callback for the page's whole life: a new one on every render would make every component that
    // takes it draw again on every change (the national table and map: tens of milliseconds each time).
    let dispatch = {
        let dispatcher = store.dispatcher();
        (*use_memo((), move |_| Callback::from(move |a: Action| dispatcher.dispatch(a)))).clone()
    };
    use_worker(dispatch.clone());
    use_retire(dispatch.clone(), state.has_retired());
    use_page_lang(lang);
    let on_files = files_given(&dispatch);
    let on_example = dispatch.reform(|_: MouseEvent| Action::LoadExample);
    let on_run = dispatch.reform(|_: MouseEvent| Action::Run);
    // The Stop button goes away with what it stopped: the keyboard focus moves on to what comes next.
    let stop_then = |next: &'static str| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::Stop);
            focus_later(next);
        })
    };
    let (on_stop, on_stop_reading) = (stop_then("run"), stop_then("file-input"));
    let first_reading = state.background && state.files.iter().any(|f| f.read.is_none());
    let stopped = stopped_text(state, lang);
    let on_clear = dispatch.reform(|_: MouseEvent| Action::Clear);
    let on_lang = dispatch.reform(|e: Event| {
        let v = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
        Action::SetLang(Lang::from_code(&v).unwrap_or_default())
    });
    let on_clear_preset = dispatch.reform(|_: MouseEvent| Action::ClearPreset);
    let save_preset = download_of(&store, |s| {
        Some(("kommunematch-mapping-preset.json", "application/json", s.preset.to_json().into_bytes()))
    });
    let on_save_preset = save_preset.reform(|_: MouseEvent| ());
    let corrections = state.preset.columns.len() + state.preset.answers.len();
    // The results JSON is made when it is asked for, not on every render; the callbacks change only with what
    // the downloads are made from (so the results view is not drawn again for nothing).
    let made_from = (
        state.results.as_ref().map(|r| Rc::as_ptr(r) as usize),
        state.include_personal_data,
        state.preliminary,
        state.files.iter().map(|f| Rc::as_ptr(f) as usize).collect::<Vec<_>>(),
    );
    let on_json = {
        let store = store.clone();
        use_callback(made_from.clone(), move |_: (), _| {
            if let Some(json) = store.0.results_json() {
                download("kommunematch-results.json", "application/json", &json);
            }
        })
    };
    let on_geojson = {
        let store = store.clone();
        use_callback(made_from, move |_: (), _| {
            if let Some(json) = store.0.results_geojson() {
                download("kommunematch-map.geojson", "application/geo+json", &json);
            }
        })
    };
    let letters_made = letters::use_letters_made(state);
    let on_letters_zip =
        download_of(&store, |s| Some(("kommunematch-letters.zip", "application/zip", s.letters_zip().ok()?)));
    let on_letters_print =
        download_of(&store, |s| Some(("kommunematch-letters.html", "text/html", s.letters_print().ok()?.into_bytes())));
    let status = status_text(state, lang);
    let error = state.error.as_ref().map(|e| e.message(lang));
    // The results, or those a change took away while files are read again (with a note): in the same place,
    // so the view is the same component and going outdated draws nothing again.
    let shown = match (&state.results, &state.prepared) {
        (Some(r), Some(p)) => Some((r, p, false)),
        _ => state.outgoing.as_ref().map(|(r, p)| (r, p, true)),
    };
    html! {
        <>
            { header(lang, on_lang) }
            <section aria-labelledby="load-h" class="card no-print">
                <h2 id="load-h">{ t(lang, key!("step.load")) }</h2>
                <dropzone::DropZone on_files={on_files} lang={lang} />
                <div class="row">
                    <button type="button" id="example" onclick={on_example}>{ t(lang, key!("example")) }</button>
                    if !state.files.is_empty() || !state.rounds.is_empty() {
                        <button type="button" id="clear" class="secondary" onclick={on_clear}>{ t(lang, key!("clear")) }</button>
                    }
                </div>
                <files::FileList files={state.files.clone()} dispatch={dispatch.clone()} lang={lang} personal={state.personal_data()} />
                if first_reading {
                    <div class="row">
                        <button type="button" id="stop-reading" class="secondary" onclick={on_stop_reading}>{ t(lang, key!("stop.reading")) }</button>
                    </div>
                }
                <files::RoundList rounds={state.rounds.clone()} dispatch={dispatch.clone()} lang={lang} />
                if corrections > 0 {
                    <div class="row preset">
                        <span>{ tf(lang, key!("preset.count"), &[&corrections.to_string()]) }</span>
                        <button type="button" class="secondary" onclick={on_save_preset}>{ t(lang, key!("preset.save")) }</button>
                        <button type="button" class="link" onclick={on_clear_preset}>{ t(lang, key!("preset.drop")) }</button>
                    </div>
                }
            </section>
            <settings::SettingsPanel settings={state.settings.clone()} weight_preset={state.weight_preset()} rounds={state.used_rounds().count()} dispatch={dispatch.clone()} lang={lang} />
            <section aria-labelledby="run-h" class="card no-print" aria-busy={state.running.is_some().to_string()}>
                <h2 id="run-h">{ t(lang, key!("step.run")) }</h2>
                <div class="row">
                    <button type="button" id="run" onclick={on_run} disabled={!state.can_run()}>{ t(lang, key!("run")) }</button>
                    if state.running.is_some() {
                        <progress::ProgressLine id="running" progress={state.progress} label={t(lang, key!("run.running"))} lang={lang} />
                        <button type="button" id="stop" class="secondary" onclick={on_stop}>{ t(lang, key!("stop")) }</button>
                    }
                </div>
                if let Some(text) = stopped {
                    <p class="meta" id="stopped" role="status">{ text }</p>
                }
                if let Some(f) = &state.from_file {
                    <p class="meta run-from-file">{ tf(lang, key!("run.from_file"), &[f]) }{ " " }
                        <button type="button" id="use-as-round" class="small secondary" onclick={dispatch.reform(|_: MouseEvent| Action::UseOpenedAsRound)}>{ t(lang, key!("round.use_opened")) }</button>
                    </p>
                }
                if let Some(e) = error {
                    <p class="error" role="alert">{ e }</p>
                }
            </section>
            <p class="visually-hidden" role="status" aria-live="polite">{ status }</p>
            if let Some((r, prepared, outdated)) = shown {
                <results::ResultsView results={r.clone()} prepared={prepared.clone()} table={state.table.clone()}
                    selected={state.selected.clone()} highlight={state.highlight.clone()} include_personal={state.include_personal_data}
                    on_json={on_json} on_geojson={on_geojson} can_adjust={state.from_file.is_none()} preliminary={state.preliminary}
                    {outdated} map_unavailable={state.map_unavailable} dispatch={dispatch.clone()} lang={lang} />
            }
            { scenarios::step(state, &dispatch) }
            if let (Some(r), false) = (&state.results, state.preliminary) {
                <letters::LettersStep results={r.clone()} view={state.letters.clone()} text={state.preset.letters.clone()}
                    made={letters_made} on_zip={on_letters_zip} on_print={on_letters_print} on_save={save_preset} dispatch={dispatch.clone()} {lang} />
            }
            <questionnaire::Questionnaires {lang} />
            { about(lang) }
        </>
    }
}

/// Matching runs in a background worker when the browser can start one; `send_work` gives it its work.
#[hook]
fn use_worker(dispatch: Callback<Action>) {
    use_effect_with((), move |_| {
        let done = dispatch.reform(|(id, outcome)| Action::RunFinished(id, outcome));
        let ready = dispatch.reform(|ok: bool| {
            // For tests and for anyone looking: where the matching runs.
            if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
                let _ = el.set_attribute("data-worker", if ok { "ready" } else { "none" });
            }
            Action::UseBackground(ok)
        });
        let read = dispatch.reform(|(key, gen, read)| Action::FileRead(key, gen, read));
        let bridge = worker::Bridge::new(worker::Answers {
            done,
            read,
            ready,
            progress: dispatch.reform(|(job, p)| Action::Progress(job, p)),
            preliminary: dispatch.reform(|(id, r)| Action::Preliminary(id, r)),
        });
        BRIDGE.with(|b| *b.borrow_mut() = bridge);
    });
}

/// Surveys that new readings replaced, and results outdated by them, are let go of in a task of their own,
/// after the page shows the readings (that the coordinator need not wait for).
#[hook]
fn use_retire(dispatch: Callback<Action>, retired: bool) {
    use_effect_with(retired, move |&retired| {
        let later = retired.then(|| gloo::timers::callback::Timeout::new(0, move || dispatch.emit(Action::Retire)));
        move || drop(later)
    });
}

/// The page's language attribute follows the interface language (screen readers pronounce by it), and so
/// does the hidden message for a stopped app, ready for `static/boot.js` to show after a trap.
#[hook]
fn use_page_lang(lang: Lang) {
    use_effect_with(lang, |lang| {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
        if let Some(el) = doc.document_element() {
            let _ = el.set_attribute("lang", lang.code());
        }
        for (id, key) in [
            ("fatal-text", key!("panic")),
            ("reload", key!("reload")),
            ("update-text", key!("update")),
            ("update-now", key!("update.now")),
        ] {
            if let Some(el) = doc.get_element_by_id(id) {
                el.set_text_content(Some(t(*lang, key)));
            }
        }
    });
}

/// The title, and the language switch.
fn header(lang: Lang, on_lang: Callback<Event>) -> Html {
    html! {
        <header class="top">
            <div class="top-row">
                <h1>{ t(lang, key!("title")) }</h1>
                <div class="lang">
                    <label for="lang">{ t(lang, key!("language")) }</label>
                    <select id="lang" onchange={on_lang}>
                        { for Lang::ALL.iter().map(|l| html! { <option value={l.code()} selected={*l == lang} lang={l.code()}>{ l.name() }</option> }) }
                    </select>
                </div>
            </div>
            <p class="lede">{ t(lang, key!("lede")) }</p>
        </header>
    }
}

/// Where the lists and outlines come from, and what the page never does.
fn about(lang: Lang) -> Html {
    html! {
        <footer class="about no-print">
            <details>
                <summary>{ t(lang, key!("about.title")) }</summary>
                <p>{ t(lang, key!("about.lists")) }</p>
                <p>{ t(lang, key!("about.no")) }</p>
                <p>{ t(lang, key!("about.ua")) }</p>
                <p>{ t(lang, key!("about.map")) }</p>
            </details>
        </footer>
    }
}

/// What a Stop stopped, in a sentence: the run, the files whose first reading it stopped.
fn stopped_text(state: &State, lang: Lang) -> Option<String> {
    state.stopped.as_ref().map(|s| {
        let mut lines = Vec::new();
        if s.run {
            lines.push(t(lang, key!("stopped.run")).to_string());
        }
        if !s.files.is_empty() {
            lines.push(tf(lang, key!("stopped.files"), &[&s.files.join(", ")]));
        }
        lines.join(" ")
    })
}

/// The status the screen reader hears: running, the pairs found, or the files loaded.
fn status_text(state: &State, lang: Lang) -> String {
    match (&state.results, &state.error) {
        _ if state.running.is_some() => t(lang, key!("run.running")).to_string(),
        (Some(r), _) => {
            tf(lang, key!("run.done"), &[&r.pairs.len().to_string(), &crate::app::i18n::num(lang, r.objective)])
        }
        (None, Some(_)) => String::new(),
        (None, None) if state.files.is_empty() => String::new(),
        (None, None) => tf(lang, key!("run.files"), &[&state.files.len().to_string()]),
    }
}
