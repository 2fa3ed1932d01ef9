//! The result: summary and charts, what changed, sharing, the pairs table (filter, sort, lock, forbid),
//! the explanation of a municipality or community, and the unmatched with reasons.

use crate::app::i18n::{self, t, tf, Lang};
use crate::app::{Action, Entity, Prepared, SortKey, TableView};
use crate::engine::results::{Alternative, PairOut};
use crate::engine::{export, messages, PairId, Results, Side};
use crate::key;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub results: Rc<Results>,
    /// Charts, table rows and what changed, prepared by the app.
    pub prepared: Rc<Prepared>,
    pub table: TableView,
    pub selected: Option<Entity>,
    pub include_personal: bool,
    /// Downloads the results JSON (made at the click).
    pub on_json: Callback<()>,
    pub can_adjust: bool,
    pub dispatch: Callback<Action>,
    pub lang: Lang,
}

fn areas(lang: Lang, codes: &[String]) -> String {
    codes.iter().map(|c| i18n::area(lang, c)).collect::<Vec<_>>().join(", ")
}

fn components(lang: Lang, p: &PairOut) -> String {
    p.components
        .iter()
        .map(|c| format!("{} {:+}", i18n::t_named(lang, &format!("component.{}", c.name)), c.points))
        .collect::<Vec<_>>()
        .join(" · ")
}

#[function_component(ResultsView)]
pub fn results_view(props: &Props) -> Html {
    let r = &props.results;
    let lang = props.lang;
    let d = &props.dispatch;
    let capacity: i64 = r.offers.iter().map(|o| i64::from(o.capacity)).sum();
    let wanted: i64 = r.needs.iter().map(|n| i64::from(n.partners_wanted)).sum();
    let n = |x: i64| i18n::num(lang, x);
    let on_json = props.on_json.reform(|_: MouseEvent| ());
    let on_csv = {
        let r = r.clone();
        Callback::from(move |_: MouseEvent| {
            super::download("kommunematch-pairs.csv", "text/csv", &export::pairs_csv(&r, lang))
        })
    };
    let on_xlsx = {
        let r = r.clone();
        Callback::from(move |_: MouseEvent| match export::results_xlsx(&r, lang) {
            Ok(bytes) => super::download_bytes(
                "kommunematch-results.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                &bytes,
            ),
            Err(e) => web_sys::console::error_1(&e.into()),
        })
    };
    let on_print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let on_personal =
        d.reform(|e: Event| Action::SetIncludePersonalData(e.target_unchecked_into::<HtmlInputElement>().checked()));
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
    let pair_buttons = |offer_id: &str, need_id: &str, offer_name: &str, need_name: &str| {
        if !props.can_adjust {
            return html! {};
        }
        let id = PairId { offer_id: offer_id.into(), need_id: need_id.into() };
        let lock = d.reform({
            let id = id.clone();
            move |_: MouseEvent| Action::Lock(id.clone())
        });
        let veto = d.reform(move |_: MouseEvent| Action::Veto(id.clone()));
        html! {
            <span class="actions">
                <button type="button" class="small" onclick={lock} aria-label={tf(lang, key!("lock.pair"), &[offer_name, need_name])}>{ t(lang, key!("lock")) }</button>
                <button type="button" class="small secondary" onclick={veto} aria-label={tf(lang, key!("veto.pair"), &[offer_name, need_name])}>{ t(lang, key!("veto")) }</button>
            </span>
        }
    };
    let explain_button = |entity: Entity, name: &str| {
        let onclick = d.reform(move |_: MouseEvent| Action::Select(Some(entity.clone())));
        html! { <button type="button" class="link name" {onclick} aria-label={tf(lang, key!("explain.open"), &[name])}>{ name.to_string() }</button> }
    };
    let alternative = |a: &Alternative, offer: (&str, &str), need: (&str, &str)| {
        html! {
            <li data-id={a.id.clone()} data-reason={a.reason_code.code()}>
                <strong>{ &a.name }</strong>{ format!(" ({}) · {} ", a.id, tf(lang, key!("charts.of"), &[&n(a.score), ""]).trim_end_matches(' ').trim_end_matches(|c: char| !c.is_numeric())) }
                { format!("{} ", t(lang, key!("table.score")).to_lowercase()) }
                <span>{ messages::why_not(lang, a.reason_code) }</span>
                { a.rise_needed.map(|x| format!(" — {}", tf(lang, key!("explain.rise"), &[&n(x)]))).unwrap_or_default() }
                { " " }{ pair_buttons(offer.0, need.0, offer.1, need.1) }
            </li>
        }
    };
    let detail = props.selected.as_ref().map(|sel| {
        let close = d.reform(|_: MouseEvent| Action::Select(None));
        let (title, meta, pairs, alts): (String, String, Vec<&PairOut>, Html) = match sel {
            Entity::Offer(id) => {
                let Some(o) = r.offers.iter().find(|o| &o.id == id) else { return html! {} };
                let alts = html! { <ul>{ for o.alternatives.iter().map(|a| alternative(a, (&o.id, &o.name), (&a.id, &a.name))) }</ul> };
                (o.name.clone(), tf(lang, key!("explain.capacity"), &[&o.capacity.to_string(), &o.used.to_string()]), r.pairs.iter().filter(|p| &p.offer_id == id).collect(), alts)
            }
            Entity::Need(id) => {
                let Some(x) = r.needs.iter().find(|x| &x.id == id) else { return html! {} };
                let alts = html! { <ul>{ for x.alternatives.iter().map(|a| alternative(a, (&a.id, &a.name), (&x.id, &x.name))) }</ul> };
                (x.name.clone(), tf(lang, key!("explain.wanted"), &[&x.partners_wanted.to_string(), &x.got.to_string()]), r.pairs.iter().filter(|p| &p.need_id == id).collect(), alts)
            }
        };
        html! {
            <section class="detail card" aria-labelledby="detail-h" id="detail">
                <div class="file-head">
                    <h3 id="detail-h">{ title }</h3>
                    <button type="button" class="secondary" onclick={close}>{ t(lang, key!("explain.close")) }</button>
                </div>
                <p class="meta">{ meta }</p>
                <h4>{ t(lang, key!("explain.partners")) }</h4>
                if pairs.is_empty() { <p>{ t(lang, key!("explain.none")) }</p> }
                <ul>
                    { for pairs.iter().map(|p| html! {
                        <li>
                            <strong>{ format!("{} – {}", p.offer_name, p.need_name) }</strong>{ format!(": {} {} · ", n(p.score), t(lang, key!("table.score")).to_lowercase()) }
                            { components(lang, p) }
                            <br/><span class="meta">{ areas(lang, &p.urgent_needs_met.iter().chain(&p.long_term_needs_met).cloned().collect::<Vec<_>>()) }</span>
                        </li>
                    }) }
                </ul>
                <h4>{ t(lang, key!("explain.alternatives")) }</h4>
                { alts }
            </section>
        }
    });
    let unmatched = |title: String, list: &[crate::engine::results::Unmatched], offer: bool| {
        html! {
            <details class="unmatched-list">
                <summary>{ title }</summary>
                <ul>
                    { for list.iter().map(|u| {
                        let entity = if offer { Entity::Offer(u.id.clone()) } else { Entity::Need(u.id.clone()) };
                        html! {
                            <li data-reason={u.reason_code.code()}>
                                { explain_button(entity, &u.name) }{ format!(" ({}): {}", u.id, messages::unplaced(lang, if offer { Side::Offers } else { Side::Needs }, u.reason_code)) }
                                { u.best_alternative.as_ref().map(|a| format!(" {}", tf(lang, key!("unmatched.best"), &[&a.name, &n(a.score)]))).unwrap_or_default() }
                            </li>
                        }
                    }) }
                </ul>
            </details>
        }
    };
    html! {
        <section aria-labelledby="results-h" class="card" id="results">
            <h2 id="results-h">{ t(lang, key!("step.results")) }</h2>
            <p class="summary">
                { tf(lang, key!("summary"), &[&r.pairs.len().to_string(), &n(r.objective),
                    &(r.offers.len() - r.unmatched_offers.len()).to_string(), &r.offers.len().to_string(),
                    &(r.needs.len() - r.unmatched_needs.len()).to_string(), &r.needs.len().to_string(),
                    &n(capacity), &n(wanted)]) }
            </p>
            <p class="meta" id="comparison">{ tf(lang, key!("comparison"), &[&n(r.comparison.optimal_objective), &n(r.comparison.given_up), &r.comparison.blocking_pairs.to_string()]) }</p>
            if let Some(diff) = &props.prepared.diff {
                <details class="diff" open=true id="diff">
                    <summary>{ t(lang, key!("diff.title")) }</summary>
                    <p>{ tf(lang, key!("diff.summary"), &[&diff.added.len().to_string(), &diff.removed.len().to_string(), &format!("{:+}", diff.objective_change)]) }</p>
                    <ul>
                        { for diff.added.iter().map(|p| html! { <li class="added">{ format!("{}: {} – {} ({})", t(lang, key!("diff.added")), p.offer_name, p.need_name, n(p.score)) }</li> }) }
                        { for diff.removed.iter().map(|p| html! { <li class="removed">{ format!("{}: {} – {} ({})", t(lang, key!("diff.removed")), p.offer_name, p.need_name, n(p.score)) }</li> }) }
                    </ul>
                </details>
            }
            <div class="share no-print">
                <h3>{ t(lang, key!("share.title")) }</h3>
                <div class="row">
                    <button type="button" id="download" onclick={on_json}>{ t(lang, key!("share.json")) }</button>
                    <button type="button" id="download-csv" class="secondary" onclick={on_csv}>{ t(lang, key!("share.csv")) }</button>
                    <button type="button" id="download-xlsx" class="secondary" onclick={on_xlsx}>{ t(lang, key!("share.xlsx")) }</button>
                    <button type="button" id="print" class="secondary" onclick={on_print}>{ t(lang, key!("share.print")) }</button>
                </div>
                if props.can_adjust {
                    <label class="check">
                        <input type="checkbox" id="include-personal" checked={props.include_personal} onchange={on_personal} />
                        { t(lang, key!("share.personal")) }
                    </label>
                }
                if props.include_personal {
                    <p class="warning" role="alert">{ t(lang, key!("share.personal_warning")) }</p>
                }
            </div>
            <super::charts::ChartsView charts={props.prepared.charts.clone()} lang={lang} />
            { detail.unwrap_or_default() }
            <div class="table-tools no-print">
                <label for="filter">{ t(lang, key!("table.filter")) }</label>
                <input id="filter" type="search" value={props.table.filter.clone()} oninput={on_filter} />
                <span class="meta" aria-live="polite">{ tf(lang, key!("table.shown"), &[&props.prepared.rows.len().to_string(), &r.pairs.len().to_string()]) }</span>
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
                        { for props.prepared.rows.iter().map(|p| {
                            let mut met = p.urgent_needs_met.clone();
                            met.extend(p.long_term_needs_met.iter().cloned());
                            let lock_note = match p.lock_source.as_deref() {
                                Some("mutual_tie") => Some(t(lang, key!("locked.tie"))),
                                Some(_) => Some(t(lang, key!("locked"))),
                                None if p.existing_tie => Some(t(lang, key!("tie"))),
                                None => None,
                            };
                            html! {
                                <tr data-offer={p.offer_id.clone()} data-need={p.need_id.clone()} data-locked={p.locked.to_string()}>
                                    <td>{ explain_button(Entity::Offer(p.offer_id.clone()), &p.offer_name) }<span class="id">{ format!(" {}", p.offer_id) }</span></td>
                                    <td>{ explain_button(Entity::Need(p.need_id.clone()), &p.need_name) }<span class="id">{ format!(" {}", p.need_id) }</span>
                                        { lock_note.map(|l| html! { <span class="badge">{ l }</span> }).unwrap_or_default() }</td>
                                    <td class="num">{ n(p.score) }</td>
                                    <td>{ areas(lang, &met) }</td>
                                    <td class="components">{ components(lang, p) }</td>
                                    if props.can_adjust {
                                        <td class="no-print">
                                            if !p.locked { { pair_buttons(&p.offer_id, &p.need_id, &p.offer_name, &p.need_name) } }
                                        </td>
                                    }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            <div class="unmatched">
                { unmatched(tf(lang, key!("unmatched.offers"), &[&r.unmatched_offers.len().to_string()]), &r.unmatched_offers, true) }
                { unmatched(tf(lang, key!("unmatched.needs"), &[&r.unmatched_needs.len().to_string()]), &r.unmatched_needs, false) }
            </div>
        </section>
    }
}
