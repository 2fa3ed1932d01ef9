//! How each file was read: side, sheet, the column mapping (correctable), answers not recognised
//! (mappable), row counts and every issue.

use crate::app::{Action, ColumnChoice, LoadedFile};
use crate::engine::report::FileReport;
use crate::engine::survey::{Field, Severity, Survey};
use crate::engine::{taxonomy, Side};
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub files: Vec<Rc<LoadedFile>>,
    pub dispatch: Callback<Action>,
}

/// Issues listed per file before "and N more" (all are in the downloadable report).
const SHOWN: usize = 200;

fn select_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlSelectElement>().value()
}

fn side_name(side: Side) -> &'static str {
    match side {
        Side::Offers => "Offers (Norwegian municipalities)",
        Side::Needs => "Needs (Ukrainian communities)",
    }
}

#[function_component(FileList)]
pub fn file_list(props: &Props) -> Html {
    if props.files.is_empty() {
        return html! {};
    }
    html! {
        <ul class="files" aria-label="Loaded files">
            { for props.files.iter().enumerate().map(|(i, f)| html! {
                <FileItem index={i} file={f.clone()} dispatch={props.dispatch.clone()} />
            }) }
        </ul>
    }
}

#[derive(Properties, PartialEq)]
struct ItemProps {
    index: usize,
    file: Rc<LoadedFile>,
    dispatch: Callback<Action>,
}

#[function_component(FileItem)]
fn file_item(props: &ItemProps) -> Html {
    let i = props.index;
    let f = &props.file;
    let remove = props.dispatch.reform(move |_: MouseEvent| Action::RemoveFile(i));
    let body = match &f.read {
        Err(e) => html! { <p class="error" role="alert">{ e.to_string() }</p> },
        Ok(s) => {
            html! { <SurveyView index={i} survey={Rc::new(s.clone())} chosen_side={f.side} dispatch={props.dispatch.clone()} /> }
        }
    };
    html! {
        <li class="file">
            <div class="file-head">
                <strong class="file-name">{ &f.name }</strong>
                <button type="button" class="link" onclick={remove} aria-label={format!("Remove {}", f.name)}>{ "Remove" }</button>
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
}

#[function_component(SurveyView)]
fn survey_view(props: &SurveyProps) -> Html {
    let s = &props.survey;
    let i = props.index;
    let c = s.counts;
    let errors = s.issues.iter().filter(|x| x.severity == Severity::Error).count();
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
    let detected = s.detected_side.map_or("not recognised".to_string(), |d| side_name(d).to_string());
    let report_download = {
        let s = s.clone();
        Callback::from(move |_: MouseEvent| {
            let json = serde_json::to_string_pretty(&FileReport::from_survey(&s)).unwrap_or_default();
            super::download(&format!("{}-report.json", s.file), "application/json", &json);
        })
    };
    html! {
        <>
            <p class="meta">
                <span class={classes!("side", format!("side-{}", s.side))}>{ side_name(s.side) }</span>
                { s.sheet.as_ref().map(|sh| format!(" · sheet “{sh}”")) }
                { format!(" · header in row {} · {}", s.header_row, s.format) }
            </p>
            <p class="counts" data-rows={c.rows.to_string()}>
                { format!("{} rows: ", c.rows) }
                <span class="ok">{ format!("{} accepted", c.accepted) }</span>{ ", " }
                <span class="warning">{ format!("{} with warnings", c.warnings) }</span>{ ", " }
                <span class="error">{ format!("{} rejected", c.rejected) }</span>
            </p>
            <div class="side-choice">
                <label for={side_id.clone()}>{ "Read as" }</label>
                <select id={side_id} onchange={on_side}>
                    <option value="auto" selected={props.chosen_side.is_none()}>{ format!("As recognised ({detected})") }</option>
                    <option value="offers" selected={props.chosen_side == Some(Side::Offers)}>{ side_name(Side::Offers) }</option>
                    <option value="needs" selected={props.chosen_side == Some(Side::Needs)}>{ side_name(Side::Needs) }</option>
                </select>
            </div>
            <details class="mapping">
                <summary>{ format!("Columns: {} of {} understood", s.columns.iter().filter(|c| c.field.is_some()).count(), s.columns.len()) }</summary>
                <ColumnTable survey={s.clone()} dispatch={props.dispatch.clone()} />
            </details>
            if !s.unknown_labels.is_empty() {
                <details class="labels" open=true>
                    <summary>{ format!("Answers not recognised: {}", s.unknown_labels.len()) }</summary>
                    <LabelTable survey={s.clone()} dispatch={props.dispatch.clone()} />
                </details>
            }
            if !s.issues.is_empty() {
                <details class="report" open={errors > 0}>
                    <summary>{ format!("Issues: {} ({} errors)", s.issues.len(), errors) }</summary>
                    <ul class="issues">
                        { for s.issues.iter().take(SHOWN).map(|x| html! {
                            <li class={classes!(if x.severity == Severity::Error { "error" } else { "warning" })} data-code={x.code}>
                                <span class="sev">{ if x.severity == Severity::Error { "Error" } else { "Warning" } }</span>{ " · " }
                                <span class="where">{ x.location.to_string() }</span>{ ": " }{ &x.message }
                            </li>
                        }) }
                        if s.issues.len() > SHOWN {
                            <li>{ format!("… and {} more in the report", s.issues.len() - SHOWN) }</li>
                        }
                    </ul>
                    <button type="button" class="secondary" onclick={report_download}>{ "Download this file's report (JSON)" }</button>
                </details>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct TableProps {
    survey: Rc<Survey>,
    dispatch: Callback<Action>,
}

#[function_component(ColumnTable)]
fn column_table(props: &TableProps) -> Html {
    let s = &props.survey;
    let fields: Vec<Field> = Field::for_side(s.side).collect();
    html! {
        <table class="columns">
            <caption class="visually-hidden">{ format!("Columns of {}", s.file) }</caption>
            <thead><tr>
                <th scope="col">{ "Column" }</th><th scope="col">{ "Header" }</th>
                <th scope="col">{ "Meaning" }</th><th scope="col">{ "First answer" }</th>
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
                    let label = format!("Meaning of column {} “{}”", c.letter, c.header);
                    let current = if c.by_user { c.field.map_or("ignore", Field::name) } else { "auto" };
                    html! {
                        <tr class={classes!(c.field.is_none().then_some("unmapped"), c.by_user.then_some("by-user"))}>
                            <td>{ &c.letter }</td>
                            <th scope="row">{ &c.header }</th>
                            <td>
                                <select aria-label={label} {onchange}>
                                    <option value="auto" selected={current == "auto"}>
                                        { format!("Automatic: {}", c.field.map_or("not used", Field::describe)) }
                                        { c.option.as_ref().map(|o| format!(" [{o}]")) }
                                    </option>
                                    <option value="ignore" selected={current == "ignore"}>{ "Not used" }</option>
                                    { for fields.iter().map(|f| html! {
                                        <option value={f.name()} selected={current == f.name()}>{ f.describe() }</option>
                                    }) }
                                </select>
                                if c.personal { <span class="personal">{ " personal data" }</span> }
                            </td>
                            <td class="sample">{ &c.sample }</td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}

#[function_component(LabelTable)]
fn label_table(props: &TableProps) -> Html {
    let s = &props.survey;
    html! {
        <table class="labels">
            <caption class="visually-hidden">{ format!("Answers not recognised in {}", s.file) }</caption>
            <thead><tr>
                <th scope="col">{ "Answer" }</th><th scope="col">{ "Question" }</th>
                <th scope="col" class="num">{ "Rows" }</th><th scope="col">{ "Means" }</th>
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
                            <td>{ u.field.describe() }</td>
                            <td class="num">{ u.count }</td>
                            <td>
                                <select aria-label={format!("Area meant by “{}”", u.label)} {onchange}>
                                    <option value="" selected=true>{ "Not recognised: left out" }</option>
                                    <option value="ignore">{ "Ignore this answer" }</option>
                                    { for taxonomy::areas().iter().map(|a| html! {
                                        <option value={a.code}>{ format!("{} ({})", a.en, a.code) }</option>
                                    }) }
                                </select>
                            </td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}
