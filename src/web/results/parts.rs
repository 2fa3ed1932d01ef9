//! The pieces the results' views share: areas and score components in words, names as the reader reads
//! them (`app::table_rows`, which the pairs table's rows are made of too), and the buttons of a pair (lock,
//! forbid, explain).

use crate::app::i18n::{t, tf, Lang};
use crate::app::{Action, Entity};
use crate::engine::PairId;
use crate::key;
use yew::prelude::*;

pub(super) use crate::app::table_rows::{areas, components, shown_name};

/// Lock and forbid buttons for a pair (none when the results were opened from a file).
pub(super) fn pair_buttons(
    d: &Callback<Action>,
    lang: Lang,
    can_adjust: bool,
    offer: (&str, &str),
    need: (&str, &str),
) -> Html {
    if !can_adjust {
        return html! {};
    }
    let id = PairId { offer_id: offer.0.into(), need_id: need.0.into() };
    let lock = d.reform({
        let id = id.clone();
        move |_: MouseEvent| Action::Lock(id.clone())
    });
    let veto = d.reform(move |_: MouseEvent| Action::Veto(id.clone()));
    let names = [offer.1, need.1];
    html! {
        <span class="actions">
            <button type="button" class="small" data-action="lock" onclick={lock} aria-label={tf(lang, key!("lock.pair"), &names)}>{ t(lang, key!("lock")) }</button>
            <button type="button" class="small secondary" data-action="veto" onclick={veto} aria-label={tf(lang, key!("veto.pair"), &names)}>{ t(lang, key!("veto")) }</button>
        </span>
    }
}

/// A name as a button that opens its explanation.
pub(super) fn explain_button(d: &Callback<Action>, lang: Lang, entity: Entity, name: &str) -> Html {
    let onclick = d.reform(move |_: MouseEvent| Action::Select(Some(entity.clone())));
    let shown = shown_name(lang, name);
    html! { <button type="button" class="link name" {onclick} aria-label={tf(lang, key!("explain.open"), &[&shown])}>{ shown.clone() }</button> }
}
