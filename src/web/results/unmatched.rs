//! The municipalities and communities left without a partner, each with why and its best candidate.

use super::parts::explain_button;
use crate::app::i18n::{tf, Lang};
use crate::app::{Action, Entity};
use crate::engine::results::Unmatched;
use crate::engine::{messages, Results, Side};
use crate::key;
use std::rc::Rc;
use yew::prelude::*;

/// Lists longer than this are filled after the rest of the results and the pairs table, in steps (the
/// national lists have hundreds of entries), the municipalities' first.
const LONG_LIST: usize = 100;
const ITEMS_PER_TASK: usize = 200;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub results: Rc<Results>,
    /// The pairs table is still being drawn: long lists wait for it (closed at first, they are not what the
    /// coordinator reads first, and their steps would slow the table's).
    pub wait: bool,
    pub dispatch: Callback<Action>,
    pub lang: Lang,
}

#[function_component(UnmatchedLists)]
pub fn unmatched_lists(props: &Props) -> Html {
    let (r, lang, d) = (&props.results, props.lang, &props.dispatch);
    // Long lists (closed at first) are filled after the rest of the results and the pairs table, in steps.
    let first = |n: usize| if n <= LONG_LIST { n } else { 0 };
    let (offers, needs) = (r.unmatched_offers.len(), r.unmatched_needs.len());
    let step = |after: bool| if after { 0 } else { ITEMS_PER_TASK };
    let offers_drawn = crate::web::steps::use_drawn_in_steps(offers, first(offers), step(props.wait));
    let needs_drawn =
        crate::web::steps::use_drawn_in_steps(needs, first(needs), step(props.wait || offers_drawn < offers));
    let list = |title: String, list: &[Unmatched], drawn: usize, side: Side| {
        html! {
            <details class="unmatched-list">
                <summary>{ title }</summary>
                <ul>
                    { for list.iter().take(drawn).map(|u| {
                        let entity = if side == Side::Offers { Entity::Offer(u.id.clone()) } else { Entity::Need(u.id.clone()) };
                        html! {
                            <li key={u.id.clone()} data-reason={u.reason_code.code()}>
                                { explain_button(d, lang, entity, &u.name) }{ format!(" ({}): {}", u.id, messages::unplaced(lang, side, u.reason_code)) }
                                { u.best_alternative.as_ref().map(|a| format!(" {}", tf(lang, key!("unmatched.best"), &[&a.name, &a.score.to_string()]))).unwrap_or_default() }
                            </li>
                        }
                    }) }
                </ul>
            </details>
        }
    };
    html! {
        <div class="unmatched">
            { list(tf(lang, key!("unmatched.offers"), &[&r.unmatched_offers.len().to_string()]), &r.unmatched_offers, offers_drawn, Side::Offers) }
            { list(tf(lang, key!("unmatched.needs"), &[&r.unmatched_needs.len().to_string()]), &r.unmatched_needs, needs_drawn, Side::Needs) }
        </div>
    }
}
