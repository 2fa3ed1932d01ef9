//! A progress bar for long work in the background worker: what it is doing, how far, and a Stop button.

use crate::app::i18n::Lang;
use crate::engine::messages;
use crate::engine::progress::Progress;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// How far the work is; `None` until the worker first says (the bar then moves without a value).
    pub progress: Option<Progress>,
    /// What the work is, until the worker says more.
    pub label: AttrValue,
    /// The element's id.
    pub id: AttrValue,
    pub lang: Lang,
}

/// The bar and what the work is doing. Not a live region: the counts change many times a second; the page's
/// status line says when work starts and ends.
#[function_component(ProgressLine)]
pub fn progress_line(props: &Props) -> Html {
    let text = props.progress.map_or_else(|| props.label.to_string(), |p| messages::progress(props.lang, &p));
    let value = props.progress.map(|p| format!("{:.0}", p.fraction() * 1000.0));
    html! {
        <span class="progress-line" id={props.id.clone()} data-stage={props.progress.map(|p| stage_code(&p))}>
            <progress max="1000" value={value} aria-label={text.clone()}></progress>
            <span class="progress-text">{ text }</span>
        </span>
    }
}

/// The stage's code, for tests and styles.
fn stage_code(p: &Progress) -> String {
    serde_json::to_value(p.stage).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}
