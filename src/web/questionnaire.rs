//! "Next round's survey": the questionnaires for both sides, in the language chosen (the page's until another is
//! chosen), as a spreadsheet to fill in, a CSV, or the questions to print. Made in the page from the engine; no
//! request.

use super::download::download_bytes;
use crate::app::i18n::{t, tf, Lang};
use crate::engine::model::Side;
use crate::engine::template::{file_name, questionnaire, Format};
use crate::key;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
}

fn format_name(lang: Lang, f: Format) -> &'static str {
    match f {
        Format::Xlsx => t(lang, key!("survey.xlsx")),
        Format::Csv => t(lang, key!("survey.csv")),
        Format::Html => t(lang, key!("survey.html")),
    }
}

fn download(side: Side, lang: Lang, format: Format) {
    match questionnaire(side, lang, format) {
        Ok(bytes) => download_bytes(&file_name(side, lang, format), format.mime(), &bytes),
        Err(e) => web_sys::console::error_1(&e.into()),
    }
}

#[function_component(Questionnaires)]
pub fn questionnaires(props: &Props) -> Html {
    let lang = props.lang;
    // The questionnaire's language: the page's until the coordinator chooses another.
    let chosen = use_state(|| None::<Lang>);
    let of = chosen.unwrap_or(lang);
    let on_lang = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            chosen.set(Lang::from_code(&v));
        })
    };
    let side_group = |side: Side, label: &'static str| {
        let what = t(lang, if side == Side::Offers { key!("survey.offers") } else { key!("survey.needs") });
        html! {
            <div class="survey-side" role="group" aria-label={what}>
                <h3>{ label }</h3>
                <div class="buttons">
                    { for Format::ALL.into_iter().map(|f| {
                        let onclick = Callback::from(move |_: MouseEvent| download(side, of, f));
                        let name = format_name(lang, f);
                        html! {
                            <button type="button" class="secondary" {onclick} data-side={side.to_string()} data-format={f.code()}
                                aria-label={tf(lang, key!("survey.download"), &[what, name])}>{ name }</button>
                        }
                    }) }
                </div>
            </div>
        }
    };
    html! {
        <section class="card survey no-print" aria-labelledby="survey-h" id="survey">
            <h2 id="survey-h">{ t(lang, key!("survey.heading")) }</h2>
            <p class="meta">{ t(lang, key!("survey.lede")) }</p>
            <div class="field">
                <label for="survey-lang">{ t(lang, key!("survey.language")) }</label>
                <select id="survey-lang" onchange={on_lang}>
                    { for Lang::ALL.iter().map(|l| html! { <option value={l.code()} selected={*l == of} lang={l.code()}>{ l.name() }</option> }) }
                </select>
            </div>
            <div class="survey-sides">
                { side_group(Side::Offers, t(lang, key!("survey.offers"))) }
                { side_group(Side::Needs, t(lang, key!("survey.needs"))) }
            </div>
        </section>
    }
}
