//! The pairs table: filter, sort by municipality, community or score, and lock or forbid a pair.

use super::{areas, components, explain_button, pair_buttons};
use crate::app::i18n::{self, t, tf, Lang};
use crate::app::{Action, Entity, SortKey, TableView};
use crate::engine::results::PairOut;
use crate::key;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Rows drawn with the table; the others follow, this many more in each following task.
const FIRST_ROWS: usize = 60;
const ROWS_PER_TASK: usize = 150;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The rows shown, filtered and sorted by the app.
    pub rows: Rc<Vec<PairOut>>,
    /// All pairs.
    pub total: usize,
    pub table: TableView,
    /// The pair picked in the table or on the map.
    pub highlight: Option<crate::engine::PairId>,
    pub can_adjust: bool,
    pub dispatch: Callback<Action>,
    pub lang: Lang,
}

#[function_component(PairsTable)]
pub fn pairs_table(props: &Props) -> Html {
    let (lang, d) = (props.lang, &props.dispatch);
    // The first rows at once, the rest in steps (the national table has some six hundred).
    let shown = crate::web::use_drawn_in_steps(props.rows.len(), FIRST_ROWS, ROWS_PER_TASK);
    let on_filter = d.reform(|e: InputEvent| Action::SetFilter(e.target_unchecked_into::<HtmlInputElement>().value()));
    let sort_header = |key: SortKey, label: &str, class: &str| {
        let active = props.table.sort == key;
        let aria = if !active {
            "none"
        } else if props.table.descending {
            "descending"
        } else {
            "ascending"
        };
        let onclick = d.reform(move |_: MouseEvent| Action::SortBy(key));
        html! {
            <th scope="col" class={class.to_string()} aria-sort={aria}>
                <button type="button" class="sort" {onclick} aria-label={tf(lang, key!("table.sort"), &[label])}>
                    { label.to_string() }{ if active { if props.table.descending { " ▼" } else { " ▲" } } else { "" } }
                </button>
            </th>
        }
    };
    html! {
        <>
            <div class="table-tools no-print">
                <label for="filter">{ t(lang, key!("table.filter")) }</label>
                <input id="filter" type="search" value={props.table.filter.clone()} oninput={on_filter} />
                <span class="meta" aria-live="polite">{ tf(lang, key!("table.shown"), &[&props.rows.len().to_string(), &props.total.to_string()]) }</span>
            </div>
            <div class="table-wrap">
                <table id="pairs">
                    <caption>{ t(lang, key!("table.caption")) }</caption>
                    <thead>
                        <tr>
                            { sort_header(SortKey::Offer, t(lang, key!("table.offer")), "") }
                            { sort_header(SortKey::Need, t(lang, key!("table.need")), "") }
                            { sort_header(SortKey::Score, t(lang, key!("table.score")), "num") }
                            <th scope="col">{ t(lang, key!("table.needs_met")) }</th>
                            <th scope="col">{ t(lang, key!("table.components")) }</th>
                            if props.can_adjust { <th scope="col" class="no-print">{ t(lang, key!("table.actions")) }</th> }
                        </tr>
                    </thead>
                    <tbody>
                        { for props.rows.iter().take(shown).map(|p| {
                            let id = crate::engine::PairId { offer_id: p.offer_id.clone(), need_id: p.need_id.clone() };
                            let picked = props.highlight.as_ref() == Some(&id);
                            html! {
                                <PairRow key={format!("{}|{}", p.offer_id, p.need_id)} pair={p.clone()} {picked}
                                    can_adjust={props.can_adjust} dispatch={d.clone()} {lang} />
                            }
                        }) }
                    </tbody>
                </table>
            </div>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct RowProps {
    pair: PairOut,
    /// Picked in the table or on the map.
    picked: bool,
    can_adjust: bool,
    dispatch: Callback<Action>,
    lang: Lang,
}

/// One pair: drawn again only when it changes (picking a pair redraws two rows, not the table).
#[function_component(PairRow)]
fn pair_row(props: &RowProps) -> Html {
    let (p, lang, d) = (&props.pair, props.lang, &props.dispatch);
    let mut met = p.urgent_needs_met.clone();
    met.extend(p.long_term_needs_met.iter().cloned());
    let lock_note = match p.lock_source.as_deref() {
        Some("mutual_tie") => Some(t(lang, key!("locked.tie"))),
        Some(_) => Some(t(lang, key!("locked"))),
        None if p.existing_tie => Some(t(lang, key!("tie"))),
        None => None,
    };
    let id = crate::engine::PairId { offer_id: p.offer_id.clone(), need_id: p.need_id.clone() };
    // Picking a row (a click, or moving the keyboard focus into it) shows the pair on the map.
    let onclick = d.reform({
        let id = id.clone();
        move |_: MouseEvent| Action::Highlight(Some(id.clone()))
    });
    let onfocusin = d.reform(move |_: FocusEvent| Action::Highlight(Some(id.clone())));
    html! {
        <tr data-offer={p.offer_id.clone()} data-need={p.need_id.clone()} data-locked={p.locked.to_string()}
            data-highlighted={props.picked.to_string()} class={classes!(props.picked.then_some("picked"))} {onclick} {onfocusin}>
            <td>{ explain_button(d, lang, Entity::Offer(p.offer_id.clone()), &p.offer_name) }<span class="id">{ format!(" {}", p.offer_id) }</span></td>
            <td>{ explain_button(d, lang, Entity::Need(p.need_id.clone()), &p.need_name) }<span class="id">{ format!(" {}", p.need_id) }</span>
                { lock_note.map(|l| html! { <span class="badge">{ l }</span> }).unwrap_or_default() }</td>
            <td class="num">{ i18n::num(lang, p.score) }</td>
            <td>{ areas(lang, &met) }</td>
            <td class="components">{ components(lang, p) }</td>
            if props.can_adjust {
                <td class="no-print">
                    if !p.locked { { pair_buttons(d, lang, props.can_adjust, (&p.offer_id, &p.offer_name), (&p.need_id, &p.need_name)) } }
                </td>
            }
        </tr>
    }
}
