//! The introductions step: contacts by choice, the copy address, the coordinator's words checked as they
//! are typed, which pairs get a letter (each with its "write e-mail" link), and the downloads: the e-mail
//! drafts and the letters to print. The letters themselves are the app's (`State::letters`).

use crate::app::i18n::{t, tf, Lang};
use crate::app::{Action, LetterLink, LettersAction, LettersProblem, LettersView, State};
use crate::engine::letter_text::{self, LetterText, Placeholder, TextPart};
use crate::engine::messages::letters as words;
use crate::engine::results::Results;
use crate::engine::PairId;
use crate::key;
use std::collections::BTreeMap;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The letters' summary, and their links when the list is open.
pub type Made = (Result<(usize, usize), LettersProblem>, Option<Result<Vec<LetterLink>, LettersProblem>>);

#[derive(Properties, PartialEq)]
pub struct Props {
    pub results: Rc<Results>,
    pub view: LettersView,
    pub text: LetterText,
    /// How many letters and recipients left out, or why there are none; and while the list of pairs is open,
    /// each letter's link.
    pub made: Rc<Made>,
    pub on_zip: Callback<()>,
    pub on_print: Callback<()>,
    /// Saves the preset (the corrections and these words) as JSON.
    pub on_save: Callback<()>,
    pub dispatch: Callback<Action>,
    pub lang: Lang,
}

/// The letters' summary, and their links while the list of pairs is open, made again only when what they are
/// made from changes (the summary is cheap; the links write every letter).
#[hook]
pub fn use_letters_made(state: &State) -> Rc<Made> {
    let deps = (
        state.results.as_ref().map(|r| Rc::as_ptr(r) as usize),
        state.preliminary,
        state.from_file.clone(),
        state.files.iter().map(|f| Rc::as_ptr(f) as usize).collect::<Vec<_>>(),
        state.letters.clone(),
        state.preset.letters.clone(),
    );
    use_memo(deps, |_| (state.letters_summary(), state.letters.list_open.then(|| state.letter_links())))
}

#[function_component(LettersStep)]
pub fn letters_step(props: &Props) -> Html {
    let lang = props.lang;
    let d = &props.dispatch;
    let summary = &props.made.0;
    if matches!(summary, Err(LettersProblem::NoSurveys)) {
        return html! {
            <section class="card letters" aria-labelledby="letters-title">
                <h2 id="letters-title">{ t(lang, key!("step.letters")) }</h2>
                <p class="meta">{ t(lang, key!("letters.results_file")) }</p>
            </section>
        };
    }
    let on_contacts = d.reform(|e: Event| {
        Action::Letters(LettersAction::Contacts(e.target_unchecked_into::<HtmlInputElement>().checked()))
    });
    let on_cc = d.reform(|e: InputEvent| {
        Action::Letters(LettersAction::Cc(e.target_unchecked_into::<HtmlInputElement>().value()))
    });
    let cc_bad = matches!(summary, Err(LettersProblem::Cc));
    let text_bad = matches!(summary, Err(LettersProblem::Text(_)));
    let (n, left_out) = summary.clone().unwrap_or((0, 0));
    let total = props.results.pairs.len();
    let on_zip = props.on_zip.reform(|_: MouseEvent| ());
    let on_print = props.on_print.reform(|_: MouseEvent| ());
    html! {
        <section class="card letters" aria-labelledby="letters-title">
            <h2 id="letters-title">{ t(lang, key!("step.letters")) }</h2>
            <p class="lede-small">{ t(lang, key!("letters.lede")) }</p>
            <label class="check">
                <input type="checkbox" id="letters-contacts" checked={props.view.contacts} onchange={on_contacts} />
                { t(lang, key!("letters.contacts")) }
            </label>
            if props.view.contacts {
                <p class="warning" role="alert">{ t(lang, key!("letters.contacts_warning")) }</p>
            } else {
                <p class="meta">{ t(lang, key!("letters.no_contacts")) }</p>
            }
            <p class="field">
                <label for="letters-cc">{ t(lang, key!("letters.cc")) }</label>
                <input type="email" id="letters-cc" autocomplete="email" value={props.view.cc.clone()} oninput={on_cc}
                    aria-invalid={cc_bad.to_string()} aria-describedby={cc_bad.then_some("letters-cc-error")} />
                if cc_bad {
                    <span class="error" id="letters-cc-error" role="alert">{ tf(lang, key!("letters.cc_bad"), &[props.view.cc.trim()]) }</span>
                }
            </p>
            <TextEditor text={props.text.clone()} on_save={props.on_save.clone()} dispatch={d.clone()} {lang} />
            <div class="row">
                <button type="button" id="letters-zip" disabled={summary.is_err() || n == 0} onclick={on_zip}>{ t(lang, key!("letters.zip")) }</button>
                <button type="button" id="letters-print" class="secondary" disabled={text_bad || n == 0} onclick={on_print}>{ t(lang, key!("letters.print")) }</button>
            </div>
            if summary.is_ok() {
                <p class="meta" id="letters-summary" role="status">{ tf(lang, key!("letters.summary"), &[&n.to_string(), &total.to_string(), &left_out.to_string()]) }</p>
            }
            <PairList results={props.results.clone()} view={props.view.clone()} made={props.made.clone()} dispatch={d.clone()} {lang} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct TextProps {
    text: LetterText,
    on_save: Callback<()>,
    dispatch: Callback<Action>,
    lang: Lang,
}

/// The greeting, first step and signature of each language, each checked as it is typed.
#[function_component(TextEditor)]
fn text_editor(props: &TextProps) -> Html {
    let lang = props.lang;
    let placeholders: Vec<String> = Placeholder::ALL.iter().map(|p| format!("{{{}}}", p.name())).collect();
    let problems = !props.text.errors().is_empty();
    html! {
        <details id="letters-text" open={problems}>
            <summary>{ t(lang, key!("letters.edit")) }</summary>
            <p class="meta">{ t(lang, key!("letters.placeholders")) }{ " " }<code>{ placeholders.join(" ") }</code></p>
            <div class="letters-texts">
            { for [Lang::Nb, Lang::Nn, Lang::Uk, Lang::En].into_iter().map(|written| html! {
                <fieldset lang={written.code()}>
                    <legend>{ written.name() }</legend>
                    { for TextPart::ALL.into_iter().map(|part| part_field(&props.text, written, part, lang, &props.dispatch)) }
                </fieldset>
            }) }
            </div>
            <p class="row">
                <button type="button" class="secondary small" id="letters-save" onclick={props.on_save.reform(|_: MouseEvent| ())}>{ t(lang, key!("letters.save")) }</button>
            </p>
        </details>
    }
}

fn part_field(text: &LetterText, written: Lang, part: TextPart, lang: Lang, dispatch: &Callback<Action>) -> Html {
    let value = text.get(written, part).unwrap_or_else(|| words::default_text(written, part)).to_string();
    let id = format!("letters-text-{}-{}", written.code(), part_name(part));
    let error = letter_text::parse(&value).err().map(|e| words::text_error(lang, &e));
    let error_id = format!("{id}-error");
    let on_input = dispatch.reform(move |e: InputEvent| {
        Action::Letters(LettersAction::Text(written, part, e.target_unchecked_into::<HtmlTextAreaElement>().value()))
    });
    let rows = if part == TextPart::FirstStep { "3" } else { "4" };
    html! {
        <p class="field">
            <label for={id.clone()}>{ words::text_part(lang, part) }</label>
            <textarea id={id} {rows} value={value} oninput={on_input} aria-invalid={error.is_some().to_string()}
                aria-describedby={error.is_some().then(|| error_id.clone())} />
            if let Some(e) = error {
                <span class="error" id={error_id} role="alert">{ e }</span>
            }
        </p>
    }
}

fn part_name(part: TextPart) -> &'static str {
    match part {
        TextPart::Greeting => "greeting",
        TextPart::FirstStep => "first-step",
        TextPart::Signature => "signature",
    }
}

#[derive(Properties, PartialEq)]
struct PairProps {
    results: Rc<Results>,
    view: LettersView,
    made: Rc<Made>,
    dispatch: Callback<Action>,
    lang: Lang,
}

/// Every pair with a box to tick and, when it gets a letter, its "write e-mail" link; drawn when opened.
#[function_component(PairList)]
fn pair_list(props: &PairProps) -> Html {
    let lang = props.lang;
    let open = props.view.list_open;
    let on_toggle = props.dispatch.reform(|e: Event| {
        Action::Letters(LettersAction::List(e.target_unchecked_into::<web_sys::HtmlDetailsElement>().open()))
    });
    let total = props.results.pairs.len();
    let ticked = total - props.view.unticked.len().min(total);
    let links: BTreeMap<&PairId, &LetterLink> = match &props.made.1 {
        Some(Ok(l)) => l.iter().map(|x| (&x.pair, x)).collect(),
        _ => BTreeMap::new(),
    };
    let all = props.dispatch.reform(|_: MouseEvent| Action::Letters(LettersAction::All(true)));
    let none = props.dispatch.reform(|_: MouseEvent| Action::Letters(LettersAction::All(false)));
    html! {
        <details id="letters-pairs" {open} ontoggle={on_toggle}>
            <summary>{ tf(lang, key!("letters.pairs"), &[&ticked.to_string(), &total.to_string()]) }</summary>
            if open {
                <div class="row">
                    <button type="button" class="small secondary" id="letters-all" onclick={all}>{ t(lang, key!("letters.all")) }</button>
                    <button type="button" class="small secondary" id="letters-none" onclick={none}>{ t(lang, key!("letters.none")) }</button>
                </div>
                <ul class="letters-pairs">
                { for props.results.pairs.iter().map(|p| {
                    let pair = PairId { offer_id: p.offer_id.clone(), need_id: p.need_id.clone() };
                    let on = !props.view.unticked.contains(&pair);
                    let name = format!("{} – {}", p.offer_name, p.need_name);
                    let link = links.get(&pair).copied();
                    let toggle = {
                        let pair = pair.clone();
                        props.dispatch.reform(move |e: Event| Action::Letters(LettersAction::Pair(pair.clone(), e.target_unchecked_into::<HtmlInputElement>().checked())))
                    };
                    html! {
                        <li key={format!("{}|{}", p.offer_id, p.need_id)}>
                            <label class="check"><input type="checkbox" checked={on} onchange={toggle} />{ name.clone() }</label>
                            if let Some(l) = link {
                                { " " }<a class="mailto" href={l.mailto.clone()} aria-label={tf(lang, key!("letters.write_for"), &[&name])}>{ t(lang, key!("letters.write")) }</a>
                                if l.left_out > 0 {
                                    { " " }<span class="warning">{ tf(lang, key!("letters.left_out"), &[&l.left_out.to_string()]) }</span>
                                }
                            }
                        </li>
                    }
                }) }
                </ul>
            }
        </details>
    }
}
