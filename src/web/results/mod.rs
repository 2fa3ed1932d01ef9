//! The result: summary and what changed, sharing, charts, the explanation of a municipality or community,
//! the pairs table (filter, sort, lock, forbid), and the unmatched with reasons. One component each; this
//! one puts them together. Every figure comes prepared from the app.

mod detail;
mod rounds;
mod share;
mod summary;
mod table;
mod unmatched;

use crate::app::i18n::{self, t, tf, Lang};
use crate::app::{Action, Entity, Prepared, TableView};
use crate::engine::results::PairOut;
use crate::engine::{PairId, Results};
use crate::key;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub results: Rc<Results>,
    /// Charts, table rows and what changed, prepared by the app.
    pub prepared: Rc<Prepared>,
    pub table: TableView,
    pub selected: Option<Entity>,
    /// The pair picked in the table or on the map.
    pub highlight: Option<PairId>,
    pub include_personal: bool,
    /// Downloads the results JSON (made at the click).
    pub on_json: Callback<()>,
    /// Downloads the result as GeoJSON (made at the click).
    pub on_geojson: Callback<()>,
    pub can_adjust: bool,
    /// The run's preliminary results: the pairs, before the exact explanations (downloads wait).
    pub preliminary: bool,
    /// Results a change took away, shown with a note over them (and their downloads off) only until the files
    /// are read again ([`crate::app::State::outgoing`]).
    #[prop_or_default]
    pub outdated: bool,
    pub dispatch: Callback<Action>,
    pub lang: Lang,
}

/// Area labels of codes, in `lang`.
fn areas(lang: Lang, codes: &[String]) -> String {
    codes.iter().map(|c| i18n::area(lang, c)).collect::<Vec<_>>().join(", ")
}

/// A name as the page shows it: a Cyrillic name with its Latin transliteration beside it in the nb and en
/// interface ("Бучанська (Buchanska)").
fn shown_name(lang: Lang, name: &str) -> String {
    crate::app::map::ua_name(lang, name)
}

/// A pair's score by component, in `lang`.
fn components(lang: Lang, p: &PairOut) -> String {
    p.components
        .iter()
        .map(|c| format!("{} {:+}", i18n::t_named(lang, &format!("component.{}", c.name)), c.points))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Lock and forbid buttons for a pair (none when the results were opened from a file).
fn pair_buttons(d: &Callback<Action>, lang: Lang, can_adjust: bool, offer: (&str, &str), need: (&str, &str)) -> Html {
    if !can_adjust {
        return html! {};
    }
    let id = PairId { offer_id: offer.0.into(), need_id: need.0.into() };
    let lock = d.reform({
        let id = id.clone();
        move |_: MouseEvent| Action::Lock(id.clone())
    });
    let veto = d.reform(move |_: MouseEvent| Action::Veto(id.clone()));
    lock_veto(lang, (offer.1, need.1), Some(lock), Some(veto))
}

/// The lock and forbid buttons of the pair of `names` (municipality, community), with their listeners, or
/// none when a listener around them hears them (the pairs table's).
fn lock_veto(
    lang: Lang,
    names: (&str, &str),
    lock: Option<Callback<MouseEvent>>,
    veto: Option<Callback<MouseEvent>>,
) -> Html {
    let (offer, need) = names;
    html! {
        <span class="actions">
            <button type="button" class="small" data-action="lock" onclick={lock} aria-label={tf(lang, key!("lock.pair"), &[offer, need])}>{ t(lang, key!("lock")) }</button>
            <button type="button" class="small secondary" data-action="veto" onclick={veto} aria-label={tf(lang, key!("veto.pair"), &[offer, need])}>{ t(lang, key!("veto")) }</button>
        </span>
    }
}

/// A name that opens its explanation.
fn explain_button(d: &Callback<Action>, lang: Lang, entity: Entity, name: &str) -> Html {
    let onclick = d.reform(move |_: MouseEvent| Action::Select(Some(entity.clone())));
    name_button(lang, name, None, Some(onclick))
}

/// A name as a button that opens its explanation: with its listener, or marked with its side (`offer` or
/// `need`) for a listener around it (the pairs table's).
fn name_button(lang: Lang, name: &str, side: Option<&'static str>, onclick: Option<Callback<MouseEvent>>) -> Html {
    let shown = shown_name(lang, name);
    html! { <button type="button" class="link name" data-explain={side} {onclick} aria-label={tf(lang, key!("explain.open"), &[&shown])}>{ shown.clone() }</button> }
}

#[function_component(ResultsView)]
pub fn results_view(props: &Props) -> Html {
    let (r, lang, d) = (&props.results, props.lang, &props.dispatch);
    // The charts and the map of new results are made after the rest is drawn, one a task
    // (`Prepared::charts`): showing the pairs never waits for them.
    {
        let d = d.clone();
        let wanted = props.prepared.figures_waiting();
        use_effect_with((wanted, Rc::as_ptr(&props.prepared) as usize), move |&(wanted, _)| {
            let later = wanted.then(|| gloo::timers::callback::Timeout::new(0, move || d.emit(Action::DrawFigures)));
            move || drop(later)
        });
    }
    html! {
        <section aria-labelledby="results-h" class="card" id="results" data-preliminary={props.preliminary.to_string()}
            data-outdated={props.outdated.to_string()}>
            <h2 id="results-h">{ t(lang, key!("step.results")) }</h2>
            if props.outdated {
                <p class="meta" id="outdated">{ t(lang, key!("results.outdated")) }</p>
            }
            if props.preliminary {
                <p class="meta" id="preliminary">{ t(lang, key!("preliminary")) }</p>
            }
            <summary::Summary results={r.clone()} diff={props.prepared.diff.clone()} lang={lang} />
            <share::ShareBar results={r.clone()} on_json={props.on_json.clone()} on_geojson={props.on_geojson.clone()} include_personal={props.include_personal}
                can_adjust={props.can_adjust} ready={!props.preliminary && !props.outdated} dispatch={d.clone()} lang={lang} />
            <rounds::Rounds results={r.clone()} can_adjust={props.can_adjust} dispatch={d.clone()} lang={lang} />
            if let Some(map) = &props.prepared.map {
                <super::map::MapFigure map={map.clone()} highlight={props.highlight.clone()} dispatch={d.clone()} lang={lang} />
            } else {
                <super::map::MapWaiting {lang} />
            }
            if let Some(charts) = &props.prepared.charts {
                <super::charts::ChartsView charts={charts.clone()} lang={lang} />
            } else {
                <super::charts::ChartsWaiting {lang} />
            }
            if let Some(selected) = &props.selected {
                <detail::Detail results={r.clone()} selected={selected.clone()} can_adjust={props.can_adjust} preliminary={props.preliminary} dispatch={d.clone()} lang={lang} />
            }
            <table::PairsTable rows={props.prepared.rows.clone()} total={r.pairs.len()} table={props.table.clone()} highlight={props.highlight.clone()}
                can_adjust={props.can_adjust} dispatch={d.clone()} lang={lang} />
            <unmatched::UnmatchedLists results={r.clone()} dispatch={d.clone()} lang={lang} />
        </section>
    }
}
