//! The explanation of one municipality or community: its partners with the score by component and the
//! needs met, and its best alternatives with why they were not chosen and by how much they would enter.

use super::parts::{areas, components, pair_buttons, shown_name};
use crate::app::i18n::{self, t, tf, Lang};
use crate::app::{Action, Entity};
use crate::engine::results::{Alternative, PairOut};
use crate::engine::{messages, Results};
use crate::key;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub results: Rc<Results>,
    pub selected: Entity,
    pub can_adjust: bool,
    /// The run's preliminary results: the alternatives come with the exact explanations.
    pub preliminary: bool,
    pub dispatch: Callback<Action>,
    pub lang: Lang,
}

#[function_component(Detail)]
pub fn detail(props: &Props) -> Html {
    let (r, lang, d) = (&props.results, props.lang, &props.dispatch);
    let n = |x: i64| i18n::num(lang, x);
    let alternative = |a: &Alternative, offer: (&str, &str), need: (&str, &str)| {
        html! {
            <li data-id={a.id.clone()} data-reason={a.reason_code.code()}>
                <strong>{ &a.name }</strong>{ format!(" ({}) · {} ", a.id, tf(lang, key!("charts.of"), &[&n(a.score), ""]).trim_end_matches(' ').trim_end_matches(|c: char| !c.is_numeric())) }
                { format!("{} ", t(lang, key!("table.score")).to_lowercase()) }
                <span>{ messages::why_not(lang, a.reason_code) }</span>
                { a.rise_needed.map(|x| format!(" — {}", tf(lang, key!("explain.rise"), &[&x.to_string()]))).unwrap_or_default() }
                { " " }{ pair_buttons(d, lang, props.can_adjust, offer, need) }
            </li>
        }
    };
    let close = d.reform(|_: MouseEvent| Action::Select(None));
    let ties_outside = match &props.selected {
        Entity::Offer(id) => r.offers.iter().find(|o| &o.id == id).map(|o| o.ties_outside.clone()),
        Entity::Need(id) => r.needs.iter().find(|x| &x.id == id).map(|x| x.ties_outside.clone()),
    }
    .unwrap_or_default();
    // What changed since the earlier rounds: its standing, partners kept and ended (by name where known).
    let round = match &props.selected {
        Entity::Offer(id) => r.offers.iter().find(|o| &o.id == id).and_then(|o| o.round.clone()),
        Entity::Need(id) => r.needs.iter().find(|x| &x.id == id).and_then(|x| x.round.clone()),
    };
    let name_of = |id: &String| -> String {
        r.offers
            .iter()
            .find(|o| &o.id == id)
            .map(|o| o.name.clone())
            .or_else(|| r.needs.iter().find(|x| &x.id == id).map(|x| shown_name(lang, &x.name)))
            .unwrap_or_else(|| id.clone())
    };
    let names = |ids: &[String]| ids.iter().map(name_of).collect::<Vec<_>>().join(", ");
    let (title, meta, pairs, alts): (String, String, Vec<&PairOut>, Html) = match &props.selected {
        Entity::Offer(id) => {
            let Some(o) = r.offers.iter().find(|o| &o.id == id) else { return html! {} };
            let alts = html! { <ul>{ for o.alternatives.iter().map(|a| alternative(a, (&o.id, &o.name), (&a.id, &a.name))) }</ul> };
            (
                o.name.clone(),
                tf(lang, key!("explain.capacity"), &[&o.capacity.to_string(), &o.used.to_string()]),
                r.pairs.iter().filter(|p| &p.offer_id == id).collect(),
                alts,
            )
        }
        Entity::Need(id) => {
            let Some(x) = r.needs.iter().find(|x| &x.id == id) else { return html! {} };
            let alts = html! { <ul>{ for x.alternatives.iter().map(|a| alternative(a, (&a.id, &a.name), (&x.id, &x.name))) }</ul> };
            (
                x.name.clone(),
                tf(lang, key!("explain.wanted"), &[&x.partners_wanted.to_string(), &x.got.to_string()]),
                r.pairs.iter().filter(|p| &p.need_id == id).collect(),
                alts,
            )
        }
    };
    html! {
        <section class="detail card" aria-labelledby="detail-h" id="detail">
            <div class="file-head">
                <h3 id="detail-h">{ shown_name(lang, &title) }</h3>
                <button type="button" class="secondary" onclick={close}>{ t(lang, key!("explain.close")) }</button>
            </div>
            <p class="meta">{ meta }</p>
            if let Some(round) = &round {
                <p class="round-standing" data-standing={serde_json::to_string(&round.standing).unwrap_or_default().trim_matches('"').to_string()}>
                    { i18n::standing(lang, round.standing) }
                    if !round.kept.is_empty() { <br/>{ tf(lang, key!("explain.kept"), &[&names(&round.kept)]) } }
                    if !round.ended.is_empty() { <br/>{ tf(lang, key!("explain.ended"), &[&names(&round.ended)]) } }
                </p>
            }
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
            if props.preliminary {
                <p class="meta" data-waiting="alternatives">{ t(lang, key!("explain.alternatives_later")) }</p>
            } else {
                { alts }
            }
            if !ties_outside.is_empty() {
                <p class="ties-outside">
                    { t(lang, key!("explain.ties_outside")) }{ " " }
                    { ties_outside.iter().map(|x| format!("{} ({})", shown_name(lang, &x.name), x.id)).collect::<Vec<_>>().join(", ") }
                </p>
            }
        </section>
    }
}
