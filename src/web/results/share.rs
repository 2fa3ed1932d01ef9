//! Sharing: the results JSON, the pairs as CSV or XLSX (in the page's language), printing, and whether the
//! downloads carry contact persons.

use crate::app::i18n::{t, Lang};
use crate::app::Action;
use crate::engine::{export, Results};
use crate::key;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub results: Rc<Results>,
    pub on_json: Callback<()>,
    pub on_geojson: Callback<()>,
    pub include_personal: bool,
    pub can_adjust: bool,
    /// Whether the results are final (preliminary ones are not for downloading).
    pub ready: bool,
    pub dispatch: Callback<Action>,
    pub lang: Lang,
}

#[function_component(ShareBar)]
pub fn share_bar(props: &Props) -> Html {
    let lang = props.lang;
    let on_json = props.on_json.reform(|_: MouseEvent| ());
    let on_geojson = props.on_geojson.reform(|_: MouseEvent| ());
    let on_csv = {
        let r = props.results.clone();
        Callback::from(move |_: MouseEvent| {
            crate::web::download::download("kommunematch-pairs.csv", "text/csv", &export::pairs_csv(&r, lang))
        })
    };
    let on_xlsx = {
        let r = props.results.clone();
        Callback::from(move |_: MouseEvent| match export::results_xlsx(&r, lang) {
            Ok(bytes) => crate::web::download::download_bytes(
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
    let on_personal = props
        .dispatch
        .reform(|e: Event| Action::SetIncludePersonalData(e.target_unchecked_into::<HtmlInputElement>().checked()));
    html! {
        <div class="share no-print">
            <h3>{ t(lang, key!("share.title")) }</h3>
            <div class="row">
                <button type="button" id="download" disabled={!props.ready} onclick={on_json}>{ t(lang, key!("share.json")) }</button>
                <button type="button" id="download-csv" disabled={!props.ready} class="secondary" onclick={on_csv}>{ t(lang, key!("share.csv")) }</button>
                <button type="button" id="download-xlsx" disabled={!props.ready} class="secondary" onclick={on_xlsx}>{ t(lang, key!("share.xlsx")) }</button>
                <button type="button" id="download-geojson" disabled={!props.ready} class="secondary" onclick={on_geojson}>{ t(lang, key!("share.geojson")) }</button>
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
    }
}
