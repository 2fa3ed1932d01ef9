//! The municipalities and communities left without a partner, each with why and its best candidate.

use super::explain_button;
use crate::app::i18n::{self, tf, Lang};
use crate::app::{Action, Entity};
use crate::engine::results::Unmatched;
use crate::engine::{messages, Results, Side};
use crate::key;
use std::rc::Rc;
use yew::prelude::*;

/// Lists longer than this are filled a task after the rest of the results.
const LONG_LIST: usize = 100;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub results: Rc<Results>,
    pub dispatch: Callback<Action>,
    pub lang: Lang,
}

#[function_component(UnmatchedLists)]
pub fn unmatched_lists(props: &Props) -> Html {
    let (r, lang, d) = (&props.results, props.lang, &props.dispatch);
    let n = |x: i64| i18n::num(lang, x);
    // Long lists (closed at first) are filled a task after the rest of the results.
    let later = crate::web::use_after_first_drawing();
    let list = |title: String, list: &[Unmatched], side: Side| {
        html! {
            <details class="unmatched-list">
                <summary>{ title }</summary>
                <ul>
                    { for list.iter().take(if later || list.len() <= LONG_LIST { usize::MAX } else { 0 }).map(|u| {
                        let entity = if side == Side::Offers { Entity::Offer(u.id.clone()) } else { Entity::Need(u.id.clone()) };
                        html! {
                            <li key={u.id.clone()} data-reason={u.reason_code.code()}>
                                { explain_button(d, lang, entity, &u.name) }{ format!(" ({}): {}", u.id, messages::unplaced(lang, side, u.reason_code)) }
                                { u.best_alternative.as_ref().map(|a| format!(" {}", tf(lang, key!("unmatched.best"), &[&a.name, &n(a.score)]))).unwrap_or_default() }
                            </li>
                        }
                    }) }
                </ul>
            </details>
        }
    };
    html! {
        <div class="unmatched">
            { list(tf(lang, key!("unmatched.offers"), &[&r.unmatched_offers.len().to_string()]), &r.unmatched_offers, Side::Offers) }
            { list(tf(lang, key!("unmatched.needs"), &[&r.unmatched_needs.len().to_string()]), &r.unmatched_needs, Side::Needs) }
        </div>
    }
}
