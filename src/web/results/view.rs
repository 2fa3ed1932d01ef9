//! The results card: each part in its place, the map and charts once they are made.

use super::{detail, rounds, share, summary, table, unmatched};
use crate::app::i18n::{t, Lang};
use crate::app::{Action, Entity, Prepared, TableView};
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
    /// The map's outlines could not be had ([`crate::app::State::map_unavailable`]).
    #[prop_or_default]
    pub map_unavailable: bool,
    pub dispatch: Callback<Action>,
    pub lang: Lang,
}

#[function_component(ResultsView)]
pub fn results_view(props: &Props) -> Html {
    let (r, lang, d) = (&props.results, props.lang, &props.dispatch);
    // The charts and the map of new results are made once the pairs table is drawn whole and the results are
    // final, one a task (`Prepared::charts`): the pairs never wait for them, nor share their tasks with them.
    let table_drawn = use_state(|| 0usize);
    let on_table_drawn = {
        let table_drawn = table_drawn.clone();
        Callback::from(move |rows: usize| table_drawn.set(rows))
    };
    // The pairs table shows these rows whole.
    let table_whole = *table_drawn == Rc::as_ptr(&props.prepared.rows) as usize;
    // The map's outlines are had when results are first shown, while their table is drawn.
    {
        let d = d.clone();
        use_effect_with((), move |_| crate::web::outlines::want(&d));
    }
    {
        let d = d.clone();
        let wanted = !props.preliminary && props.prepared.figures_waiting() && table_whole;
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
                <crate::web::map::MapFigure map={map.clone()} highlight={props.highlight.clone()} dispatch={d.clone()} lang={lang} />
            } else {
                <crate::web::map::MapWaiting {lang} unknown={r.needs.iter().any(|n| n.category == crate::engine::model::Category::Unknown)}
                    unavailable={props.map_unavailable} />
            }
            if let Some(charts) = &props.prepared.charts {
                <crate::web::charts::ChartsView charts={charts.clone()} lang={lang} />
            } else {
                <crate::web::charts::ChartsWaiting {lang} />
            }
            if let Some(selected) = &props.selected {
                <detail::Detail results={r.clone()} selected={selected.clone()} can_adjust={props.can_adjust} preliminary={props.preliminary} dispatch={d.clone()} lang={lang} />
            }
            <table::PairsTable rows={props.prepared.rows.clone()} total={r.pairs.len()} table={props.table.clone()} highlight={props.highlight.clone()}
                can_adjust={props.can_adjust} dispatch={d.clone()} lang={lang} on_complete={on_table_drawn} />
            <unmatched::UnmatchedLists results={r.clone()} wait={!table_whole}
                dispatch={d.clone()} lang={lang} />
        </section>
    }
}
