//! What the run kept from earlier rounds: which results it builds on (by SHA-256), the partnerships kept
//! and ended (each can be ended, or kept after all), and who joined, returned or did not answer.

use super::parts::shown_name;
use crate::app::i18n::{self, t, tf, Lang};
use crate::app::Action;
use crate::engine::results::{KeptOut, Standing};
use crate::engine::{PairId, Results};
use crate::key;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub results: Rc<Results>,
    pub can_adjust: bool,
    pub dispatch: Callback<Action>,
    pub lang: Lang,
}

#[function_component(Rounds)]
pub fn rounds(props: &Props) -> Html {
    let (r, lang, d) = (&props.results, props.lang, &props.dispatch);
    if r.previous_rounds.is_empty() {
        return html! {};
    }
    let n = |x: i64| i18n::num(lang, x);
    let count = |s: Standing| {
        r.offers
            .iter()
            .filter_map(|o| o.round.as_ref())
            .chain(r.needs.iter().filter_map(|x| x.round.as_ref()))
            .filter(|x| x.standing == s)
            .count()
            .to_string()
    };
    // A kept partnership can be ended (a veto), an ended one kept after all (the veto released).
    let list = |pairs: &[KeptOut], ended: bool| {
        html! {
            <table class="pairs">
                <thead><tr>
                    <th scope="col">{ t(lang, key!("table.offer")) }</th>
                    <th scope="col">{ t(lang, key!("table.need")) }</th>
                    <th scope="col" class="num">{ t(lang, key!("rounds.first_score")) }</th>
                    if props.can_adjust { <th scope="col"><span class="visually-hidden">{ t(lang, key!("table.actions")) }</span></th> }
                </tr></thead>
                <tbody>
                    { for pairs.iter().map(|k| {
                        let id = PairId { offer_id: k.offer_id.clone(), need_id: k.need_id.clone() };
                        let need = shown_name(lang, &k.need_name);
                        let (action, label, aria) = if ended {
                            (Action::Release(id), key!("rounds.resume"), key!("rounds.resume.pair"))
                        } else {
                            (Action::Veto(id), key!("rounds.end"), key!("rounds.end.pair"))
                        };
                        let onclick = d.reform(move |_: MouseEvent| action.clone());
                        html! {
                            <tr data-offer={k.offer_id.clone()} data-need={k.need_id.clone()}>
                                <td>{ &k.offer_name }</td>
                                <td>{ need.clone() }</td>
                                <td class="num">{ n(k.score) }</td>
                                if props.can_adjust {
                                    <td><button type="button" class="small secondary" data-action={if ended { "resume" } else { "end" }} {onclick}
                                        aria-label={tf(lang, aria, &[&k.offer_name, &need])}>{ t(lang, label) }</button></td>
                                }
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        }
    };
    let new_pairs = r.pairs.len().to_string();
    html! {
        <section class="rounds" aria-labelledby="rounds-h" id="rounds">
            <h3 id="rounds-h">{ t(lang, key!("rounds.title")) }</h3>
            { for r.previous_rounds.iter().map(|p| html! {
                <p class="meta" data-sha256={p.sha256.clone()}>{ tf(lang, key!("rounds.builds_on"), &[&p.file, p.sha256.get(..12).unwrap_or(&p.sha256)]) }</p>
            }) }
            <p id="rounds-summary">{ tf(lang, key!("rounds.summary"), &[&r.kept.len().to_string(), &r.ended.len().to_string(), &new_pairs]) }</p>
            <p class="meta">{ tf(lang, key!("rounds.standing"), &[&count(Standing::Joined), &count(Standing::Returning), &count(Standing::NotAnswering)]) }</p>
            if !r.kept.is_empty() {
                <details id="rounds-kept">
                    <summary>{ format!("{} ({})", t(lang, key!("rounds.kept")), r.kept.len()) }</summary>
                    { list(&r.kept, false) }
                </details>
            }
            if !r.ended.is_empty() {
                <details id="rounds-ended" open=true>
                    <summary>{ format!("{} ({})", t(lang, key!("rounds.ended")), r.ended.len()) }</summary>
                    { list(&r.ended, true) }
                </details>
            }
        </section>
    }
}
