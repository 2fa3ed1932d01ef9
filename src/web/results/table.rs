//! The pairs table: filter, sort by municipality, community or score, and lock or forbid a pair.

use crate::app::i18n::{t, tf, Lang};
use crate::app::table_rows::{row_edits, rows_html, RowEdit};
use crate::app::{Action, Entity, SortKey, TableView};
use crate::engine::results::PairOut;
use crate::key;
use std::rc::Rc;
use wasm_bindgen::JsCast;
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
    // The rows shown, set as HTML text in the table's body: a step adds its rows to those there, and the picked
    // pair's row is marked where it is (the rows are not set again for it: the keyboard's focus stays).
    let body = use_node_ref();
    let drawn = use_mut_ref(Drawn::default);
    {
        let (body, drawn) = (body.clone(), drawn.clone());
        let (rows, can_adjust) = (props.rows.clone(), props.can_adjust);
        // The picked pair's place among the rows shown, if it is shown.
        let picked = props
            .highlight
            .as_ref()
            .and_then(|p| rows.iter().take(shown).position(|r| r.offer_id == p.offer_id && r.need_id == p.need_id));
        use_effect(move || {
            if let Some(el) = body.cast::<web_sys::Element>() {
                drawn.borrow_mut().update(&el, Shown { rows, count: shown, lang, can_adjust });
                mark_picked(&el, picked);
                // Laid out now, in this step's task (and timed with it): left to the browser's next frame, the
                // layout of steps that came before it would add up to one long task.
                let _ = el.client_height();
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
            <th scope="col" role="columnheader" class={class.to_string()} aria-sort={aria}>
                <button type="button" class="sort" {onclick} aria-label={tf(lang, key!("table.sort"), &[label])}>
                    { label.to_string() }{ if active { if props.table.descending { " ▼" } else { " ▲" } } else { "" } }
                </button>
                // Printed instead of the button: the header a printed table repeats on each page leaves a button's
                // text out (Chromium). Not shown on screen, nor read (`display: none`).
                <span class="print-label">{ label.to_string() }</span>
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
                <table id="pairs" role="table" aria-busy={(shown < props.rows.len()).to_string()} onclick={on_click} onfocusin={on_focus}>
                    <caption>{ t(lang, key!("table.caption")) }</caption>
                    // The roles said, as the rows' (`rows_html`) are: on screen the table is laid out as grids.
                    <thead role="rowgroup">
                        <tr role="row">
                            { sort_header(SortKey::Offer, t(lang, key!("table.offer")), "") }
                            { sort_header(SortKey::Need, t(lang, key!("table.need")), "") }
                            { sort_header(SortKey::Score, t(lang, key!("table.score")), "num") }
                            <th scope="col" role="columnheader">{ t(lang, key!("table.needs_met")) }</th>
                            <th scope="col" role="columnheader">{ t(lang, key!("table.components")) }</th>
                            if props.can_adjust { <th scope="col" role="columnheader" class="no-print">{ t(lang, key!("table.actions")) }</th> }
                        </tr>
                    </thead>
                    // Its rows are set as HTML text (`Drawn::update`), not drawn by Yew.
                    <tbody role="rowgroup" ref={body.clone()}></tbody>
                </table>
            </div>
        </>
    }
}

/// What a click (`clicked`) or the keyboard's focus moving in the table's body asks for: a row's lock, forbid
/// or explanation button's action, then the row's pair picked (shown on the map too). One listener for the
/// table's rows, found by their data attributes, not six on each row to add and take away.
fn row_actions(target: Option<web_sys::EventTarget>, clicked: bool) -> Vec<Action> {
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

/// What the table's body shows: the first `count` of `rows`, in `lang`, with or without the buttons that adjust.
#[derive(Default)]
struct Shown {
    rows: Rc<Vec<PairOut>>,
    count: usize,
    lang: Lang,
    can_adjust: bool,
}

/// The rows the table's body holds now.
#[derive(Default)]
struct Drawn(Option<Shown>);

impl Drawn {
    /// Makes `body` show `next`: the rows it lacks added when it holds the first of them already (the next step
    /// of the same rows, or the final results of a run whose preliminary ones it shows: the same rows), the rows
    /// that changed changed one by one when few did (a veto, a lock: [`row_edits`]), and everything set again
    /// otherwise (another order, a filter, a language).
    fn update(&mut self, body: &web_sys::Element, next: Shown) {
        let next_rows = next.rows.get(..next.count.min(next.rows.len())).unwrap_or_default();
        let html = |rows: &[PairOut]| rows_html(next.lang, rows, next.can_adjust);
        let had = self.0.take().filter(|n| (n.lang, n.can_adjust) == (next.lang, next.can_adjust));
        let had = had.as_ref().and_then(|n| n.rows.get(..n.count.min(n.rows.len())));
        match had {
            Some(had) if next_rows.starts_with(had) => {
                if let Some(more) = next_rows.get(had.len()..).filter(|more| !more.is_empty()) {
                    let _ = body.insert_adjacent_html("beforeend", &html(more));
                }
            }
            Some(had) if edit(body, had, next_rows, &html) => {}
            _ => body.set_inner_html(&html(next_rows)),
        }
        self.0 = Some(next);
    }
}

/// Changes the rows of `body`, which shows `had`, one by one to show `next`; `false` when that is not the way
/// ([`row_edits`]) and nothing was changed.
fn edit(body: &web_sys::Element, had: &[PairOut], next: &[PairOut], html: &dyn Fn(&[PairOut]) -> String) -> bool {
    let Some(edits) = row_edits(had, next) else { return false };
    let Ok(rows) = body.query_selector_all("tr[data-offer]") else { return false };
    if rows.length() as usize != had.len() {
        return false;
    }
    let row = |i: usize| rows.get(i as u32).and_then(|n| n.dyn_into::<web_sys::Element>().ok());
    let one = |n: usize| html(next.get(n..=n).unwrap_or_default());
    for e in edits {
        let _ = match e {
            RowEdit::Remove(i) => row(i).map(|r| r.remove()).ok_or(()),
            RowEdit::Replace(i, n) => row(i).map(|r| r.set_outer_html(&one(n))).ok_or(()),
            RowEdit::Insert { before, new } => match row(before) {
                Some(r) => r.insert_adjacent_html("beforebegin", &one(new)).map_err(|_| ()),
                None => body.insert_adjacent_html("beforeend", &one(new)).map_err(|_| ()),
            },
        };
    }
    true
}

/// Marks the row at `picked` in `body` (and no other) as picked: its class and `data-highlighted`.
fn mark_picked(body: &web_sys::Element, picked: Option<usize>) {
    // A row has no other class.
    let mark = |row: &web_sys::Element, is: bool| {
        let _ = row.set_attribute("data-highlighted", if is { "true" } else { "false" });
        let _ = if is { row.set_attribute("class", "picked") } else { row.remove_attribute("class") };
    };
    let element = |n: web_sys::Node| n.dyn_into::<web_sys::Element>().ok();
    if let Ok(marked) = body.query_selector_all("tr[data-highlighted=\"true\"]") {
        (0..marked.length()).filter_map(|i| marked.get(i).and_then(element)).for_each(|row| mark(&row, false));
    }
    let rows = body.query_selector_all("tr[data-offer]").ok();
    if let Some(row) = picked.and_then(|i| rows?.get(i as u32)).and_then(element) {
        mark(&row, true);
    }
}
