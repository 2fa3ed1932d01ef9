//! How each file was read: side, sheet, the column mapping (correctable), answers not recognised
//! (mappable), row counts and every issue.

use crate::app::i18n::{self, t, tf, Lang};
use crate::app::{Action, ColumnChoice, LoadedFile, RoundFile};
use crate::engine::report::{FileReport, PersonalData};
use crate::engine::survey::{Field, FoundBy, IssueKind, Severity, Survey};
use crate::engine::{taxonomy, Side};
use crate::key;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub files: Vec<Rc<LoadedFile>>,
    pub dispatch: Callback<Action>,
    pub lang: Lang,
    /// Whether downloads may carry personal data (the box under Share).
    pub personal: PersonalData,
}

/// Issues listed per file before "and N more" (all are in the downloadable report).
const SHOWN: usize = 200;

fn select_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlSelectElement>().value()
}

fn side_name(lang: Lang, side: Side) -> &'static str {
    match side {
        Side::Offers => t(lang, key!("side.offers")),
        Side::Needs => t(lang, key!("side.needs")),
    }
}

#[function_component(FileList)]
pub fn file_list(props: &Props) -> Html {
    if props.files.is_empty() {
        return html! {};
    }
    let lang = props.lang;
    html! {
        <ul class="files" aria-label={t(lang, key!("files"))}>
            { for props.files.iter().enumerate().map(|(i, f)| html! {
                <FileItem index={i} file={f.clone()} dispatch={props.dispatch.clone()} lang={lang} personal={props.personal} />
            }) }
        </ul>
    }
}

#[derive(Properties, PartialEq)]
pub struct RoundProps {
    pub rounds: Vec<Rc<RoundFile>>,
    pub dispatch: Callback<Action>,
    pub lang: Lang,
}

/// Results files given beside the surveys: earlier rounds to build on, each with its check and the choice to
/// use it.
#[function_component(RoundList)]
pub fn round_list(props: &RoundProps) -> Html {
    if props.rounds.is_empty() {
        return html! {};
    }
    let lang = props.lang;
    html! {
        <ul class="files rounds" aria-label={t(lang, key!("rounds.title"))}>
            { for props.rounds.iter().enumerate().map(|(i, f)| {
                let remove = props.dispatch.reform(move |_: MouseEvent| Action::RemoveRound(i));
                let on_use = props.dispatch.reform(move |e: Event| Action::UseRound(i, e.target_unchecked_into::<web_sys::HtmlInputElement>().checked()));
                let id = format!("round-use-{i}");
                html! {
                    <li class="file round" data-used={f.used.to_string()}>
                        <div class="file-head">
                            <strong class="file-name">{ &f.name }</strong>
                            <button type="button" class="link" onclick={remove} aria-label={tf(lang, key!("remove.file"), &[&f.name])}>{ t(lang, key!("remove")) }</button>
                        </div>
                        { match &f.round {
                            Err(e) => html! { <p class="error" role="alert">{ crate::engine::messages::results_error(lang, e) }</p> },
                            Ok(r) => html! {
                                <>
                                    <p class="meta">{ tf(lang, key!("round.file"), &[&(r.results.pairs.len() + r.results.kept.len()).to_string(), &r.results.engine.version, r.sha256.get(..12).unwrap_or(&r.sha256)]) }</p>
                                    <label class="check" for={id.clone()}>
                                        <input type="checkbox" id={id} checked={f.used} onchange={on_use} />
                                        { t(lang, key!("round.use")) }
                                    </label>
                                    if !f.used { <p class="meta">{ t(lang, key!("round.unused")) }</p> }
                                </>
                            },
                        } }
                    </li>
                }
            }) }
        </ul>
    }
}

#[derive(Properties, PartialEq)]
struct ItemProps {
    index: usize,
    file: Rc<LoadedFile>,
    dispatch: Callback<Action>,
    lang: Lang,
    personal: PersonalData,
}

#[function_component(FileItem)]
fn file_item(props: &ItemProps) -> Html {
    let i = props.index;
    let f = &props.file;
    let lang = props.lang;
    let remove = props.dispatch.reform(move |_: MouseEvent| Action::RemoveFile(i));
    let body = match &f.read {
        None => html! {
            <p class="reading" aria-busy="true">
                <crate::web::progress::ProgressLine id={format!("reading-{i}")} progress={f.progress} label={t(lang, key!("file.reading"))} lang={lang} />
            </p>
        },
        Some(Err(e)) => html! { <p class="error" role="alert">{ i18n::read_error(lang, e) }</p> },
        Some(Ok(s)) => html! {
            <SurveyView index={i} survey={s.clone()} chosen_side={f.side} dispatch={props.dispatch.clone()} lang={lang} personal={props.personal} />
        },
    };
    html! {
        <li class="file" aria-busy={f.waiting.is_some().to_string()} data-reading={f.waiting.is_some().to_string()}>
            <div class="file-head">
                <strong class="file-name">{ &f.name }</strong>
                <button type="button" class="link" onclick={remove} aria-label={tf(lang, key!("remove.file"), &[&f.name])}>{ t(lang, key!("remove")) }</button>
            </div>
            { body }
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct SurveyProps {
    index: usize,
    survey: Rc<Survey>,
    chosen_side: Option<Side>,
    dispatch: Callback<Action>,
    lang: Lang,
    personal: PersonalData,
}

#[function_component(SurveyView)]
fn survey_view(props: &SurveyProps) -> Html {
    let s = &props.survey;
    let i = props.index;
    let lang = props.lang;
    let c = s.counts;
    let errors = s.issues.iter().filter(|x| x.severity() == Severity::Error).count();
    let on_side = props.dispatch.reform(move |e: Event| {
        Action::SetSide(
            i,
            match select_value(&e).as_str() {
                "offers" => Some(Side::Offers),
                "needs" => Some(Side::Needs),
                _ => None,
            },
        )
    });
    let side_id = format!("side-{i}");
    // The column table (a choice of meaning per column: at national scale some forty lists of fifty choices) is
    // made when its section is opened, not with every reading: the file's report is drawn at once.
    let columns_open = use_state(|| false);
    let on_columns = {
        let open = columns_open.clone();
        Callback::from(move |e: Event| open.set(e.target_unchecked_into::<web_sys::Element>().has_attribute("open")))
    };
    let res = s.resolution();
    let detected = s.detected_side.map_or(t(lang, key!("side.unknown")), |d| side_name(lang, d));
    let report_download = {
        let (s, personal) = (s.clone(), props.personal);
        Callback::from(move |_: MouseEvent| {
            let json = FileReport::from_survey(&s, personal).to_json();
            super::download::download(&format!("{}-report.json", s.file), "application/json", &json);
        })
    };
    html! {
        <>
            <p class="meta">
                <span class={classes!("side", format!("side-{}", s.side))}>{ side_name(lang, s.side) }</span>
                { s.sheet.as_ref().map(|sh| tf(lang, key!("meta.sheet"), &[sh])) }
                { tf(lang, key!("meta.header"), &[&s.header_row.to_string(), &s.format]) }
                { s.questionnaire.map(|q| {
                    let key = if q.marked { key!("meta.questionnaire") } else { key!("meta.questionnaire_questions") };
                    html! { <span class="questionnaire" data-version={q.version.to_string()}>{ tf(lang, key, &[&q.version.to_string()]) }</span> }
                }) }
            </p>
            <p class="counts" data-rows={c.rows.to_string()}>
                { tf(lang, key!("counts.rows"), &[&c.rows.to_string()]) }
                <span class="ok">{ tf(lang, key!("counts.accepted"), &[&c.accepted.to_string()]) }</span>{ ", " }
                <span class="warning">{ tf(lang, key!("counts.warnings"), &[&c.warnings.to_string()]) }</span>{ ", " }
                <span class="error">{ tf(lang, key!("counts.rejected"), &[&c.rejected.to_string()]) }</span>
                if c.set_aside > 0 {
                    { ", " }<span class="set-aside">{ tf(lang, key!("counts.set_aside"), &[&c.set_aside.to_string()]) }</span>
                }
            </p>
            <p class="resolution meta" data-unresolved={res.unresolved.to_string()}>
                { tf(lang, key!("resolution.line"), &[&res.by_code.to_string(), &res.by_name.to_string(), &res.chosen.to_string(), &res.unresolved.to_string(), &res.ambiguous.to_string()]) }
            </p>
            <div class="side-choice">
                <label for={side_id.clone()}>{ t(lang, key!("read.as")) }</label>
                <select id={side_id} onchange={on_side}>
                    <option value="auto" selected={props.chosen_side.is_none()}>{ tf(lang, key!("read.auto"), &[detected]) }</option>
                    <option value="offers" selected={props.chosen_side == Some(Side::Offers)}>{ side_name(lang, Side::Offers) }</option>
                    <option value="needs" selected={props.chosen_side == Some(Side::Needs)}>{ side_name(lang, Side::Needs) }</option>
                </select>
            </div>
            <details class="mapping" ontoggle={on_columns}>
                <summary>{ tf(lang, key!("columns.summary"), &[&s.columns.iter().filter(|c| c.field.is_some() || c.found_by == Some(FoundBy::Questionnaire)).count().to_string(), &s.columns.len().to_string()]) }</summary>
                if *columns_open {
                    <ColumnTable survey={s.clone()} dispatch={props.dispatch.clone()} lang={lang} />
                }
            </details>
            if !s.unknown_labels.is_empty() {
                <details class="labels" open=true>
                    <summary>{ tf(lang, key!("labels.summary"), &[&s.unknown_labels.len().to_string()]) }</summary>
                    <LabelTable survey={s.clone()} dispatch={props.dispatch.clone()} lang={lang} />
                </details>
            }
            if !s.issues.is_empty() {
                <details class="report" open={errors > 0}>
                    <summary>{ tf(lang, key!("issues.summary"), &[&s.issues.len().to_string(), &errors.to_string()]) }</summary>
                    <ul class="issues">
                        { for s.issues.iter().take(SHOWN).map(|x| html! {
                            <li class={classes!(if x.severity() == Severity::Error { "error" } else { "warning" })} data-code={x.code()}>
                                <span class="sev">{ if x.severity() == Severity::Error { t(lang, key!("severity.error")) } else { t(lang, key!("severity.warning")) } }</span>{ " · " }
                                <span class="where">{ i18n::location(lang, &x.location) }</span>{ ": " }{ i18n::issue(lang, x) }
                                { entity_choice(lang, &x.kind, &props.dispatch, i, x.location.row.unwrap_or(0)) }
                            </li>
                        }) }
                        if s.issues.len() > SHOWN {
                            <li>{ tf(lang, key!("issues.more"), &[&(s.issues.len() - SHOWN).to_string()]) }</li>
                        }
                    </ul>
                </details>
            }
            <div class="row report-download">
                <button type="button" class="secondary" onclick={report_download} aria-describedby={format!("report-note-{i}")}>{ t(lang, key!("issues.download")) }</button>
                <span class={classes!("note", (props.personal == PersonalData::Included).then_some("warning"))} id={format!("report-note-{i}")}>{ t(lang, if props.personal == PersonalData::Included { key!("issues.download_personal") } else { key!("issues.download_note") }) }</span>
            </div>
        </>
    }
}

/// For a name that fits several entities: a choice among them, kept in the preset.
fn entity_choice(lang: Lang, kind: &IssueKind, dispatch: &Callback<Action>, file: usize, row: usize) -> Html {
    let IssueKind::NameAmbiguous { name, candidates, .. } = kind else { return html! {} };
    let id = format!("entity-{file}-{row}");
    let name = name.clone();
    let onchange = dispatch.reform(move |e: Event| {
        let v = select_value(&e);
        Action::ChooseEntity(name.clone(), (!v.is_empty()).then_some(v))
    });
    html! {
        <span class="entity-choice">
            { " " }<label for={id.clone()}>{ t(lang, key!("entity.choose")) }</label>{ " " }
            <select id={id} {onchange}>
                <option value="" selected=true>{ t(lang, key!("entity.pick")) }</option>
                { for candidates.iter().map(|c| html! {
                    <option value={c.id.clone()}>{ format!("{} — {} ({})", c.name, c.place, c.id) }</option>
                }) }
            </select>
        </span>
    }
}

#[derive(Properties, PartialEq)]
struct TableProps {
    survey: Rc<Survey>,
    dispatch: Callback<Action>,
    lang: Lang,
}

#[function_component(ColumnTable)]
fn column_table(props: &TableProps) -> Html {
    let s = &props.survey;
    let lang = props.lang;
    let fields: Vec<Field> = Field::for_side(s.side).collect();
    html! {
        <div class="scroll-x">
        <table class="columns">
            <caption class="visually-hidden">{ tf(lang, key!("columns.caption"), &[&s.file]) }</caption>
            <thead><tr>
                <th scope="col">{ t(lang, key!("columns.column")) }</th><th scope="col">{ t(lang, key!("columns.header")) }</th>
                <th scope="col">{ t(lang, key!("columns.meaning")) }</th><th scope="col">{ t(lang, key!("columns.why")) }</th>
                <th scope="col">{ t(lang, key!("columns.first")) }</th>
            </tr></thead>
            <tbody>
                { for s.columns.iter().map(|c| {
                    let header = c.header.clone();
                    let onchange = props.dispatch.reform(move |e: Event| {
                        let v = select_value(&e);
                        let choice = match v.as_str() {
                            "auto" => ColumnChoice::Auto,
                            "ignore" => ColumnChoice::Ignore,
                            name => Field::from_name(name).map_or(ColumnChoice::Auto, ColumnChoice::Field),
                        };
                        Action::SetColumn(header.clone(), choice)
                    });
                    let label = tf(lang, key!("columns.label"), &[&c.letter, &c.header]);
                    let current = if c.by_user { c.field.map_or("ignore", Field::name) } else { "auto" };
                    html! {
                        <tr class={classes!(c.field.is_none().then_some("unmapped"), c.by_user.then_some("by-user"))}>
                            <td>{ &c.letter }</td>
                            <th scope="row">{ &c.header }</th>
                            <td>
                                <select aria-label={label} {onchange}>
                                    <option value="auto" selected={current == "auto"}>
                                        { tf(lang, key!("columns.auto"), &[c.field.map_or(t(lang, key!("columns.unused")), |f| i18n::field(lang, f))]) }
                                        { c.option.as_ref().map(|o| format!(" [{o}]")) }
                                    </option>
                                    <option value="ignore" selected={current == "ignore"}>{ t(lang, key!("columns.ignore")) }</option>
                                    { for fields.iter().map(|f| html! {
                                        <option value={f.name()} selected={current == f.name()}>{ i18n::field(lang, *f) }</option>
                                    }) }
                                </select>
                                if c.personal { <span class="personal">{ t(lang, key!("columns.personal")) }</span> }
                            </td>
                            <td class="why">{ found_by(lang, c.found_by.as_ref()) }</td>
                            <td class="sample">{ &c.sample }</td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
        </div>
    }
}

/// How a column's meaning was found, and how sure it is, in `lang`.
fn found_by(lang: Lang, f: Option<&FoundBy>) -> Html {
    match f {
        None => html! { <span class="meta">{ "—" }</span> },
        Some(FoundBy::Coordinator) => html! { t(lang, key!("columns.by_you")) },
        Some(FoundBy::Dictionary) => html! { t(lang, key!("columns.by_dictionary")) },
        Some(FoundBy::OptionColumn) => html! { t(lang, key!("columns.by_option")) },
        Some(FoundBy::Questionnaire) => html! { t(lang, key!("columns.by_questionnaire")) },
        Some(FoundBy::Tool { tool }) => {
            html! {
                <span class="tool-column" title={t(lang, key!("columns.by_tool.title"))}>
                    { tf(lang, key!("columns.by_tool"), &[tool.name()]) }
                </span>
            }
        }
        Some(FoundBy::Meaning { words, score }) => {
            let sure = if *score >= 8 { t(lang, key!("columns.sure")) } else { t(lang, key!("columns.likely")) };
            let words = words.iter().map(|w| format!("«{w}»")).collect::<Vec<_>>().join(", ");
            html! {
                <span class={classes!("meaning", (*score < 8).then_some("likely"))} title={score.to_string()}>
                    { tf(lang, key!("columns.by_meaning"), &[&words, sure]) }
                </span>
            }
        }
    }
}

#[function_component(LabelTable)]
fn label_table(props: &TableProps) -> Html {
    let s = &props.survey;
    let lang = props.lang;
    html! {
        <div class="scroll-x">
        <table class="labels">
            <caption class="visually-hidden">{ tf(lang, key!("labels.caption"), &[&s.file]) }</caption>
            <thead><tr>
                <th scope="col">{ t(lang, key!("labels.answer")) }</th><th scope="col">{ t(lang, key!("labels.question")) }</th>
                <th scope="col" class="num">{ t(lang, key!("labels.rows")) }</th><th scope="col">{ t(lang, key!("labels.means")) }</th>
            </tr></thead>
            <tbody>
                { for s.unknown_labels.iter().map(|u| {
                    let label = u.label.clone();
                    let onchange = props.dispatch.reform(move |e: Event| {
                        let v = select_value(&e);
                        let choice = match v.as_str() {
                            "" => None,
                            "ignore" => Some(None),
                            code => Some(Some(code.to_string())),
                        };
                        Action::MapAnswer(label.clone(), choice)
                    });
                    html! {
                        <tr>
                            <th scope="row">{ &u.label }</th>
                            <td>{ i18n::field(lang, u.field) }</td>
                            <td class="num" title={u.rows.iter().map(usize::to_string).collect::<Vec<_>>().join(", ")}>
                                { u.count }
                                <span class="rows meta">{ tf(lang, key!("labels.in_rows"), &[&u.rows.iter().take(8).map(usize::to_string).collect::<Vec<_>>().join(", ")]) }</span>
                            </td>
                            <td>
                                <select aria-label={tf(lang, key!("labels.label"), &[&u.label])} {onchange}>
                                    <option value="" selected=true>{ t(lang, key!("labels.left_out")) }</option>
                                    <option value="ignore">{ t(lang, key!("labels.ignore")) }</option>
                                    { for taxonomy::areas().iter().map(|a| html! {
                                        <option value={a.code}>{ format!("{} ({})", a.label(lang.code()), a.code) }</option>
                                    }) }
                                </select>
                            </td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
        </div>
    }
}
