//! The scenarios step: keep the run shown by name, the scenarios' headline figures side by side (the best of
//! each row marked, each figure's difference from the first), their figures per category, oblast, county and
//! area, two compared pair by pair (who gains, loses or changes partner, and why) with the map of the
//! difference, and the choice of the one to continue with. Everything shown is the app's (`app::scenarios`).

use crate::app::i18n::{t, tf, Lang};
use crate::app::map::ua_name;
use crate::app::scenarios::{settings_summary, ComparedView, Scenario, Scenarios, MAX_SCENARIOS};
use crate::app::{Action, ScenarioAction, State};
use crate::engine::compare::render::{difference_text, not_made_text, value_text};
use crate::engine::comparison::{Change, PairKey};
use crate::engine::messages::compare::{change_kind, headline};
use crate::engine::scenario::{Figures, Group, Headline};
use crate::engine::PairId;
use crate::key;
use std::collections::BTreeMap;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub scenarios: Scenarios,
    /// Whether the results shown can be kept.
    pub can_keep: bool,
    /// The name a scenario kept now gets when none is typed.
    pub suggested: String,
    /// The scenario the results shown are.
    pub shown: Option<usize>,
    /// Per scenario, whether it was made before a change of the files or corrections.
    pub outdated: Vec<bool>,
    pub highlight: Option<PairId>,
    pub dispatch: Callback<Action>,
    pub lang: Lang,
}

/// The step as the page holds it, from the state.
pub fn step(state: &State, dispatch: &Callback<Action>) -> Html {
    if state.results.is_none() && state.scenarios.list.is_empty() || state.from_file.is_some() {
        return html! {};
    }
    let outdated: Vec<bool> = (0..state.scenarios.list.len()).map(|i| state.scenario_outdated(i)).collect();
    html! {
        <ScenariosStep scenarios={state.scenarios.clone()} can_keep={state.can_keep()} suggested={state.suggested_name()}
            shown={state.shown_scenario()} {outdated} highlight={state.highlight.clone()} dispatch={dispatch.clone()} lang={state.lang} />
    }
}

#[function_component(ScenariosStep)]
pub fn scenarios_step(props: &Props) -> Html {
    let (lang, d, s) = (props.lang, &props.dispatch, &props.scenarios);
    let on_name = d.reform(|e: InputEvent| {
        Action::Scenario(ScenarioAction::Name(e.target_unchecked_into::<HtmlInputElement>().value()))
    });
    let on_keep = d.reform(|_: MouseEvent| Action::Scenario(ScenarioAction::Keep));
    let shown = props.shown.and_then(|i| s.list.get(i));
    html! {
        <section class="card scenarios no-print" aria-labelledby="scenarios-h" id="scenarios">
            <h2 id="scenarios-h">{ t(lang, key!("step.scenarios")) }</h2>
            <p class="meta">{ t(lang, key!("scenarios.lede")) }</p>
            <div class="row keep-scenario">
                <label for="scenario-name">{ t(lang, key!("scenarios.name")) }</label>
                <input id="scenario-name" type="text" maxlength="80" value={s.name.clone()} placeholder={props.suggested.clone()}
                    oninput={on_name} disabled={!props.can_keep} />
                <button type="button" id="keep-scenario" onclick={on_keep} disabled={!props.can_keep}>{ t(lang, key!("scenarios.keep")) }</button>
            </div>
            <p class="meta" role="status">
                if let Some(x) = shown {
                    { tf(lang, key!("scenarios.kept"), &[&x.name]) }
                } else if s.list.len() >= MAX_SCENARIOS {
                    { t(lang, key!("scenarios.full")) }
                }
            </p>
            if s.list.is_empty() {
                <p class="meta">{ t(lang, key!("scenarios.none")) }</p>
            } else {
                { figures_table(props) }
                { groups(lang, &s.list) }
                <p class="meta" id="scenarios-recorded">{ tf(lang, key!("scenarios.recorded"), &[&s.list.len().to_string()]) }</p>
                { comparison(props) }
            }
        </section>
    }
}

/// A scenario's name, with what it is: chosen, or made before a change.
fn scenario_head(props: &Props, i: usize, x: &Scenario) -> Html {
    let lang = props.lang;
    html! {
        <th scope="col" data-scenario={i.to_string()}>
            <span class="scenario-name">{ x.name.clone() }</span>
            if props.scenarios.chosen == Some(i) {
                <span class="badge chosen">{ t(lang, key!("scenarios.chosen")) }</span>
            }
            if props.outdated.get(i).copied().unwrap_or(false) {
                <span class="badge outdated">{ t(lang, key!("scenarios.outdated")) }</span>
            }
        </th>
    }
}

/// The buttons of a scenario: continue with it, run it again, remove it.
fn scenario_actions(props: &Props, i: usize, x: &Scenario) -> Html {
    let (lang, d) = (props.lang, &props.dispatch);
    let outdated = props.outdated.get(i).copied().unwrap_or(false);
    let on = |a: ScenarioAction| d.reform(move |_: MouseEvent| Action::Scenario(a.clone()));
    html! {
        <td>
            <div class="scenario-actions">
                <button type="button" class="small" data-action="choose" disabled={props.shown == Some(i) && !outdated}
                    onclick={on(ScenarioAction::Choose(i))}>{ tf(lang, key!("scenarios.choose"), &[&x.name]) }</button>
                if outdated {
                    <button type="button" class="small secondary" data-action="run-again" onclick={on(ScenarioAction::RunAgain(i))}>{ tf(lang, key!("scenarios.run_again"), &[&x.name]) }</button>
                }
                <button type="button" class="small link" data-action="remove" onclick={on(ScenarioAction::Remove(i))}>{ tf(lang, key!("scenarios.remove"), &[&x.name]) }</button>
            </div>
        </td>
    }
}

/// The headline figures, a column per scenario: the best of each row marked, the difference from the first.
fn figures_table(props: &Props) -> Html {
    let (lang, list) = (props.lang, &props.scenarios.list);
    let figures: Vec<&Figures> = list.iter().map(|x| x.figures.as_ref()).collect();
    let first = figures.first().copied();
    let row = |h: Headline| {
        let best = h.best(&figures);
        html! {
            <tr data-figure={format!("{h:?}")}>
                <th scope="row">{ headline(lang, h) }</th>
                { for figures.iter().enumerate().map(|(i, f)| {
                    let v = h.value(f);
                    let diff = match (i, first.and_then(|f0| h.value(f0)), v) {
                        (1.., Some(a), Some(b)) => Some(difference_text(lang, b.n - a.n)),
                        _ => None,
                    };
                    let is_best = best.contains(&i);
                    html! {
                        <td class={classes!("num", is_best.then_some("best"))} data-best={is_best.to_string()}>
                            <span class="value">{ value_text(lang, v) }</span>
                            if let Some(diff) = diff {
                                <span class="diff" title={tf(lang, key!("scenarios.vs_first"), &[&diff])}>{ format!(" ({diff})") }</span>
                            }
                            if is_best {
                                <span class="best-mark">{ format!(" ★ {}", t(lang, key!("scenarios.best"))) }</span>
                            }
                        </td>
                    }
                }) }
            </tr>
        }
    };
    html! {
        <div class="table-wrap">
            <table class="scenarios-table" id="scenarios-table">
                <caption>{ t(lang, key!("scenarios.table")) }</caption>
                <thead><tr>
                    <th scope="col">{ t(lang, key!("scenarios.figure")) }</th>
                    { for list.iter().enumerate().map(|(i, x)| scenario_head(props, i, x)) }
                </tr></thead>
                <tbody>
                    <tr data-figure="Settings">
                        <th scope="row">{ t(lang, key!("scenarios.settings")) }</th>
                        { for list.iter().map(|x| html! { <td class="scenario-settings">{ settings_summary(lang, &x.results.settings) }</td> }) }
                    </tr>
                    { for Headline::ALL.into_iter().map(row) }
                </tbody>
                <tfoot><tr>
                    <th scope="row">{ t(lang, key!("scenarios.choice")) }</th>
                    { for list.iter().enumerate().map(|(i, x)| scenario_actions(props, i, x)) }
                </tr></tfoot>
            </table>
        </div>
    }
}

/// Communities reached per category and oblast, municipalities per county, and the areas met: a table each,
/// a column per scenario, folded.
fn groups(lang: Lang, list: &[Scenario]) -> Html {
    let table = |id: &str, title: String, rows: Vec<(String, Vec<String>)>| {
        html! {
            <details class="scenario-groups" id={id.to_string()}>
                <summary>{ title.clone() }</summary>
                <div class="table-wrap">
                    <table>
                        <caption class="visually-hidden">{ title }</caption>
                        <thead><tr><th scope="col">{ t(lang, key!("scenarios.figure")) }</th>
                            { for list.iter().map(|x| html! { <th scope="col">{ x.name.clone() }</th> }) }</tr></thead>
                        <tbody>{ for rows.into_iter().map(|(name, cells)| html! {
                            <tr><th scope="row">{ name }</th>{ for cells.into_iter().map(|c| html! { <td class="num">{ c }</td> }) }</tr>
                        }) }</tbody>
                    </table>
                </div>
            </details>
        }
    };
    let share = |g: Option<&Group>| g.map_or("–".to_string(), |g| format!("{} / {}", g.reached, g.of));
    let by = |pick: fn(&Figures) -> &Vec<Group>, name: &dyn Fn(&str) -> String| -> Vec<(String, Vec<String>)> {
        let mut names: Vec<&str> = list.iter().flat_map(|x| pick(&x.figures).iter().map(|g| g.name.as_str())).collect();
        names.sort_unstable();
        names.dedup();
        names
            .into_iter()
            .map(|n| (name(n), list.iter().map(|x| share(pick(&x.figures).iter().find(|g| g.name == n))).collect()))
            .collect()
    };
    let category = |code: &str| {
        use crate::engine::model::Category::*;
        let c = match code {
            "war_zone" => WarZone,
            "outside" => Outside,
            _ => Unknown,
        };
        crate::app::i18n::category(lang, c).to_string()
    };
    let mut areas: Vec<&str> = list.iter().flat_map(|x| x.figures.needs_met.iter().map(|a| a.area.as_str())).collect();
    areas.sort_unstable();
    areas.dedup();
    let area_rows = areas
        .into_iter()
        .map(|a| {
            let cells = list.iter().map(|x| {
                x.figures
                    .needs_met
                    .iter()
                    .find(|m| m.area == a)
                    .map_or("0".to_string(), |m| (m.urgent + m.long_term).to_string())
            });
            (crate::app::i18n::area(lang, a), cells.collect())
        })
        .collect();
    html! {
        <>
            { table("scenarios-by-category", t(lang, key!("scenarios.by_category")).into(), by(|f| &f.by_category, &category)) }
            { table("scenarios-by-oblast", t(lang, key!("map.by_oblast")).into(), by(|f| &f.by_oblast, &|n| ua_name(lang, n))) }
            { table("scenarios-by-county", t(lang, key!("map.by_county")).into(), by(|f| &f.by_county, &|n| n.to_string())) }
            { table("scenarios-by-area", t(lang, key!("scenarios.by_area")).into(), area_rows) }
        </>
    }
}

/// Two scenarios compared: which, how many pairs differ, who gains, loses or changes partner and why, and the
/// map of the difference.
fn comparison(props: &Props) -> Html {
    let (lang, d, s) = (props.lang, &props.dispatch, &props.scenarios);
    if s.list.len() < 2 {
        return html! { <p class="meta">{ t(lang, key!("scenarios.pick_two")) }</p> };
    }
    let select = |id: &'static str, label: &'static str, current: usize, make: fn(usize) -> ScenarioAction| {
        let onchange = d.reform(move |e: Event| {
            let i = e.target_unchecked_into::<HtmlSelectElement>().value().parse().unwrap_or(0);
            Action::Scenario(make(i))
        });
        html! {
            <label class="compare-pick">{ label }
                <select {id} {onchange}>
                    { for s.list.iter().enumerate().map(|(i, x)| html! {
                        <option value={i.to_string()} selected={i == current}>{ x.name.clone() }</option>
                    }) }
                </select>
            </label>
        }
    };
    html! {
        <section class="compare" aria-labelledby="compare-h">
            <h3 id="compare-h">{ t(lang, key!("scenarios.compare")) }</h3>
            <div class="row">
                { select("compare-a", t(lang, key!("scenarios.a")), s.a, ScenarioAction::CompareA) }
                { select("compare-b", t(lang, key!("scenarios.b")), s.b, ScenarioAction::CompareB) }
            </div>
            if let Some(view) = &s.compared {
                { compared(props, view) }
            }
        </section>
    }
}

fn compared(props: &Props, view: &Rc<ComparedView>) -> Html {
    let (lang, list) = (props.lang, &props.scenarios.list);
    let (Some(a), Some(b)) = (list.get(view.a), list.get(view.b)) else { return html! {} };
    let Some(c) = &view.compared else { return html! {} };
    let mut names: BTreeMap<&str, String> = BTreeMap::new();
    for r in [&a.results, &b.results] {
        names.extend(r.offers.iter().map(|o| (o.id.as_str(), o.name.clone())));
        names.extend(r.needs.iter().map(|n| (n.id.as_str(), ua_name(lang, &n.name))));
    }
    let name = |id: &str| names.get(id).cloned().unwrap_or_else(|| id.to_string());
    let pair = |p: &PairKey| format!("{} – {}", name(&p.offer), name(&p.need));
    let counts = tf(
        lang,
        key!("scenarios.counts"),
        &[&c.only_a.len().to_string(), &c.only_b.len().to_string(), &c.both.len().to_string()],
    );
    let list_of = |id: &'static str, title: &'static str, pairs: &[PairKey]| {
        html! {
            <details class="compare-list" {id}>
                <summary>{ format!("{} ({})", title, pairs.len()) }</summary>
                <ul>{ for pairs.iter().map(|p| html! { <li>{ pair(p) }</li> }) }</ul>
            </details>
        }
    };
    let partners = |v: &[String]| {
        if v.is_empty() {
            crate::engine::messages::compare::compare_word(
                lang,
                crate::engine::messages::compare::CompareWord::NoPartner,
            )
            .to_string()
        } else {
            v.iter().map(|x| name(x)).collect::<Vec<_>>().join(", ")
        }
    };
    let change = |ch: &Change| {
        html! {
            <li data-change={format!("{:?}", ch.kind).to_lowercase()}>
                <strong>{ name(&ch.id) }</strong>{ format!(" {}: ", change_kind(lang, ch.kind)) }
                { tf(lang, key!("scenarios.partners"), &[&partners(&ch.partners_a), &partners(&ch.partners_b)]) }
                <ul>{ for ch.not_made.iter().map(|n| html! {
                    <li>{ format!("{}: {}", pair(&n.pair), not_made_text(lang, n)) }</li>
                }) }</ul>
            </li>
        }
    };
    html! {
        <>
            <p id="compare-counts" role="status">{ if c.only_a.is_empty() && c.only_b.is_empty() { t(lang, key!("scenarios.same")).to_string() } else { counts } }</p>
            <div class="compare-lists">
                { list_of("compare-only-a", t(lang, key!("scenarios.only_a")), &c.only_a) }
                { list_of("compare-only-b", t(lang, key!("scenarios.only_b")), &c.only_b) }
            </div>
            if !c.changes.is_empty() {
                <details class="compare-changes" id="compare-changes">
                    <summary>{ tf(lang, key!("scenarios.changes"), &[&c.changes.len().to_string()]) }</summary>
                    <ul>{ for c.changes.iter().map(change) }</ul>
                </details>
            }
            if let Some(map) = &view.map {
                <p class="meta">{ t(lang, key!("scenarios.map")) }</p>
                <crate::web::map::MapFigure id="compare-map" map={map.clone()} highlight={props.highlight.clone()} dispatch={props.dispatch.clone()} {lang} />
            }
        </>
    }
}
