//! The pairs table: filter, sort by municipality, community or score, and lock or forbid a pair.

use super::parts::{areas, components, lock_veto, name_button};
use crate::app::i18n::{self, t, tf, Lang};
use crate::app::{Action, Entity, SortKey, TableView};
use crate::engine::results::PairOut;
use crate::key;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Rows drawn with the table: few, as a fresh browser draws its first results slowly (25 rows made a task over
/// 50 ms on a slow machine). The others follow in steps as large as fit in a task on this machine
/// (`use_drawn_in_steps`), about `ROWS_PER_TASK` usually.
const FIRST_ROWS: usize = 8;
const ROWS_PER_TASK: usize = 100;

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
    /// Told, with the rows' address, when every row of these rows is drawn.
    #[prop_or_default]
    pub on_complete: Callback<usize>,
}

#[function_component(PairsTable)]
pub fn pairs_table(props: &Props) -> Html {
    let (lang, d) = (props.lang, &props.dispatch);
    // The first rows at once, the rest in steps (the national table has some six hundred).
    let shown = crate::web::steps::use_drawn_in_steps(props.rows.len(), FIRST_ROWS, ROWS_PER_TASK);
    {
        let (complete, rows, on_complete) =
            (shown >= props.rows.len(), Rc::as_ptr(&props.rows) as usize, props.on_complete.clone());
        use_effect_with((complete, rows), move |&(complete, rows)| {
            if complete {
                on_complete.emit(rows);
            }
        });
    }
    let on_filter = d.reform(|e: InputEvent| Action::SetFilter(e.target_unchecked_into::<HtmlInputElement>().value()));
    let on_click = {
        let d = d.clone();
        move |e: MouseEvent| row_actions(e.target(), true).into_iter().for_each(|a| d.emit(a))
    };
    let on_focus = {
        let d = d.clone();
        move |e: FocusEvent| row_actions(e.target(), false).into_iter().for_each(|a| d.emit(a))
    };
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
                // Busy while rows are still being drawn in steps: screen readers (and the tests) know the table is
                // not whole yet.
                <table id="pairs" aria-busy={(shown < props.rows.len()).to_string()}>
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
                    <tbody onclick={on_click} onfocusin={on_focus}>
                        { for props.rows.iter().take(shown).map(|p| {
                            let id = crate::engine::PairId { offer_id: p.offer_id.clone(), need_id: p.need_id.clone() };
                            let picked = props.highlight.as_ref() == Some(&id);
                            html! {
                                <PairRow key={format!("{}|{}", p.offer_id, p.need_id)} pair={p.clone()} {picked}
                                    can_adjust={props.can_adjust} {lang} />
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
    lang: Lang,
}

/// What a click (`clicked`) or the keyboard's focus moving in the table's body asks for: a row's lock, forbid
/// or explanation button's action, then the row's pair picked (shown on the map too). One listener for the
/// table's rows, found by their data attributes, not six on each row to add and take away.
fn row_actions(target: Option<web_sys::EventTarget>, clicked: bool) -> Vec<Action> {
    use wasm_bindgen::JsCast;
    let Some(el) = target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return Vec::new() };
    let Some(row) = el.closest("tr[data-offer]").ok().flatten() else { return Vec::new() };
    let (Some(offer_id), Some(need_id)) = (row.get_attribute("data-offer"), row.get_attribute("data-need")) else {
        return Vec::new();
    };
    let pair = crate::engine::PairId { offer_id, need_id };
    let mut out = Vec::new();
    if let Some(button) = el.closest("button").ok().flatten().filter(|_| clicked) {
        match (button.get_attribute("data-action").as_deref(), button.get_attribute("data-explain").as_deref()) {
            (Some("lock"), _) => out.push(Action::Lock(pair.clone())),
            (Some("veto"), _) => out.push(Action::Veto(pair.clone())),
            (_, Some("offer")) => out.push(Action::Select(Some(Entity::Offer(pair.offer_id.clone())))),
            (_, Some("need")) => out.push(Action::Select(Some(Entity::Need(pair.need_id.clone())))),
            _ => {}
        }
    }
    out.push(Action::Highlight(Some(pair)));
    out
}

/// One pair: drawn again only when it changes (picking a pair redraws two rows, not the table).
#[function_component(PairRow)]
fn pair_row(props: &RowProps) -> Html {
    let (p, lang) = (&props.pair, props.lang);
    let mut met = p.urgent_needs_met.clone();
    met.extend(p.long_term_needs_met.iter().cloned());
    let lock_note = match p.lock_source.as_deref() {
        Some("mutual_tie") => Some(t(lang, key!("locked.tie"))),
        Some(_) => Some(t(lang, key!("locked"))),
        None if p.existing_tie => Some(t(lang, key!("tie"))),
        None => None,
    };
    // Picking a row (a click, or moving the keyboard focus into it) shows the pair on the map: heard by the
    // table's body ([`row_actions`]).
    html! {
        <tr data-offer={p.offer_id.clone()} data-need={p.need_id.clone()} data-locked={p.locked.to_string()}
            data-highlighted={props.picked.to_string()} class={classes!(props.picked.then_some("picked"))}>
            <td>{ name_button(lang, &p.offer_name, Some("offer"), None) }<span class="id">{ format!(" {}", p.offer_id) }</span></td>
            <td>{ name_button(lang, &p.need_name, Some("need"), None) }<span class="id">{ format!(" {}", p.need_id) }</span>
                { lock_note.map(|l| html! { <span class="badge">{ l }</span> }).unwrap_or_default() }</td>
            <td class="num">{ i18n::num(lang, p.score) }</td>
            <td>{ areas(lang, &met) }</td>
            <td class="components">{ components(lang, p) }</td>
            if props.can_adjust {
                <td class="no-print">
                    if !p.locked { { lock_veto(lang, (&p.offer_name, &p.need_name), None, None) } }
                </td>
            }
        </tr>
    }
}
