//! How each file was read: side, sheet, row counts and the issues found.

use crate::app::LoadedFile;
use crate::engine::survey::Severity;
use crate::engine::Side;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub files: Vec<LoadedFile>,
    pub on_remove: Callback<usize>,
}

/// Issues shown per file before "and N more".
const SHOWN: usize = 20;

#[function_component(FileList)]
pub fn file_list(props: &Props) -> Html {
    if props.files.is_empty() {
        return html! {};
    }
    html! {
        <ul class="files" aria-label="Loaded files">
            { for props.files.iter().enumerate().map(|(i, f)| {
                let remove = props.on_remove.reform(move |_: MouseEvent| i);
                let body = match &f.read {
                    Err(e) => html! { <p class="error">{ e.to_string() }</p> },
                    Ok(s) => {
                        let side = match s.side { Side::Offers => "Offers (Norwegian municipalities)", Side::Needs => "Needs (Ukrainian communities)" };
                        let c = s.counts;
                        let errors = s.issues.iter().filter(|i| i.severity == Severity::Error).count();
                        html! {
                            <>
                                <p class="meta">
                                    <span class={classes!("side", format!("side-{}", s.side))}>{ side }</span>
                                    { s.sheet.as_ref().map(|sh| format!(" · sheet {sh}")) }
                                    { format!(" · {} rows: {} accepted, {} with warnings, {} rejected", c.rows, c.accepted, c.warnings, c.rejected) }
                                </p>
                                if !s.issues.is_empty() {
                                    <details open={errors > 0}>
                                        <summary>{ format!("{} issue(s)", s.issues.len()) }</summary>
                                        <ul class="issues">
                                            { for s.issues.iter().take(SHOWN).map(|i| html! {
                                                <li class={classes!(if i.severity == Severity::Error { "error" } else { "warning" })}>
                                                    <span class="where">{ i.location.to_string() }</span>{ ": " }{ &i.message }
                                                </li>
                                            }) }
                                            if s.issues.len() > SHOWN {
                                                <li>{ format!("… and {} more", s.issues.len() - SHOWN) }</li>
                                            }
                                        </ul>
                                    </details>
                                }
                            </>
                        }
                    }
                };
                html! {
                    <li class="file">
                        <div class="file-head">
                            <strong>{ &f.name }</strong>
                            <button type="button" class="link" onclick={remove} aria-label={format!("Remove {}", f.name)}>{ "Remove" }</button>
                        </div>
                        { body }
                    </li>
                }
            }) }
        </ul>
    }
}
