//! The matching settings: mode, proposing side, weights and presets, category shares, tie locks, and the
//! locks and vetoes made from the results.

use crate::app::i18n::{self, t, tf, Lang};
use crate::app::Action;
use crate::engine::score::Weights;
use crate::engine::{Mode, Objective, Settings, Side, WeightPreset};
use crate::key;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub settings: Settings,
    pub weight_preset: Option<WeightPreset>,
    /// Earlier rounds the run builds on.
    pub rounds: usize,
    pub dispatch: Callback<Action>,
    pub lang: Lang,
}

fn pct(v: &str) -> Option<u32> {
    v.trim().trim_end_matches('%').parse::<u32>().ok().map(|p| p.min(100))
}

#[function_component(SettingsPanel)]
pub fn settings_panel(props: &Props) -> Html {
    let lang = props.lang;
    let s = &props.settings;
    let on_mode = props.dispatch.reform(|e: Event| {
        Action::SetMode(match e.target_unchecked_into::<HtmlInputElement>().value().as_str() {
            "stable" => Mode::Stable,
            "greedy" => Mode::Greedy,
            _ => Mode::Optimal,
        })
    });
    let on_objective = props.dispatch.reform(|e: Event| {
        Action::SetObjective(match e.target_unchecked_into::<HtmlInputElement>().value().as_str() {
            "coverage" => Objective::Coverage,
            _ => Objective::Total,
        })
    });
    let on_proposing = props.dispatch.reform(|e: Event| {
        Action::SetProposing(if e.target_unchecked_into::<HtmlSelectElement>().value() == "needs" {
            Side::Needs
        } else {
            Side::Offers
        })
    });
    let current = s.weights;
    let on_preset = props.dispatch.reform(move |e: Event| {
        let v = e.target_unchecked_into::<HtmlSelectElement>().value();
        WeightPreset::ALL
            .into_iter()
            .find(|p| p.name() == v)
            .map_or(Action::SetWeights(current), Action::SetWeightPreset)
    });
    let shares = s.shares;
    let on_war = props.dispatch.reform(move |e: Event| {
        Action::SetShares(pct(&e.target_unchecked_into::<HtmlInputElement>().value()), shares.outside)
    });
    let on_outside = props.dispatch.reform(move |e: Event| {
        Action::SetShares(shares.war_zone, pct(&e.target_unchecked_into::<HtmlInputElement>().value()))
    });
    let on_ties =
        props.dispatch.reform(|e: Event| Action::SetTieLocks(e.target_unchecked_into::<HtmlInputElement>().checked()));
    let on_kept = props
        .dispatch
        .reform(|e: Event| Action::SetKeptInCapacity(e.target_unchecked_into::<HtmlInputElement>().checked()));
    let preset_value = props.weight_preset.map_or("custom", WeightPreset::name);
    html! {
        <section aria-labelledby="settings-h" class="card no-print" id="settings">
            <h2 id="settings-h">{ t(lang, key!("step.settings")) }</h2>
            <div class="settings-grid">
                <fieldset>
                    <legend>{ t(lang, key!("settings.mode")) }</legend>
                    { for [(Mode::Optimal, "optimal", key!("mode.optimal")), (Mode::Stable, "stable", key!("mode.stable")), (Mode::Greedy, "greedy", key!("mode.greedy"))].iter().map(|(m, v, k)| html! {
                        <label class="radio">
                            <input type="radio" name="mode" value={*v} checked={s.mode == *m} onchange={on_mode.clone()} />
                            { t(lang, *k) }
                        </label>
                    }) }
                    if s.mode == Mode::Optimal {
                        <fieldset class="objective">
                            <legend>{ t(lang, key!("settings.objective")) }</legend>
                            { for [(Objective::Total, key!("objective.total")), (Objective::Coverage, key!("objective.coverage"))].iter().map(|(o, k)| html! {
                                <label class="radio">
                                    <input type="radio" name="objective" value={o.name()} checked={s.objective == *o} onchange={on_objective.clone()} />
                                    { t(lang, *k) }
                                </label>
                            }) }
                        </fieldset>
                    }
                    if s.mode == Mode::Stable {
                        <label for="proposing">{ t(lang, key!("settings.proposing")) }</label>
                        <select id="proposing" onchange={on_proposing}>
                            <option value="offers" selected={s.proposing == Side::Offers}>{ t(lang, key!("proposing.offers")) }</option>
                            <option value="needs" selected={s.proposing == Side::Needs}>{ t(lang, key!("proposing.needs")) }</option>
                        </select>
                    }
                </fieldset>
                <fieldset>
                    <legend>{ t(lang, key!("settings.weights")) }</legend>
                    <select id="weight-preset" aria-label={t(lang, key!("settings.weights"))} onchange={on_preset}>
                        { for WeightPreset::ALL.iter().map(|p| html! {
                            <option value={p.name()} selected={preset_value == p.name()}>{ i18n::t_named(lang, &format!("preset.{}", p.name())) }</option>
                        }) }
                        if props.weight_preset.is_none() {
                            <option value="custom" selected=true disabled=true>{ t(lang, key!("preset.custom")) }</option>
                        }
                    </select>
                    <details>
                        <summary>{ t(lang, key!("preset.custom")) }</summary>
                        { weight_inputs(&props.dispatch, lang, s.weights) }
                    </details>
                </fieldset>
                <fieldset>
                    <legend>{ t(lang, key!("settings.shares")) }</legend>
                    <div class="weight">
                        <label for="share-war">{ t(lang, key!("share.war_zone")) }</label>
                        <input id="share-war" type="number" min="0" max="100" placeholder={t(lang, key!("share.none"))}
                            value={s.shares.war_zone.map(|p| p.to_string()).unwrap_or_default()} onchange={on_war} />
                    </div>
                    <div class="weight">
                        <label for="share-outside">{ t(lang, key!("share.outside")) }</label>
                        <input id="share-outside" type="number" min="0" max="100" placeholder={t(lang, key!("share.none"))}
                            value={s.shares.outside.map(|p| p.to_string()).unwrap_or_default()} onchange={on_outside} />
                    </div>
                    <label class="check">
                        <input type="checkbox" id="tie-locks" checked={s.lock_mutual_ties} onchange={on_ties} />
                        { t(lang, key!("settings.tie_locks")) }
                    </label>
                    if props.rounds > 0 || s.kept_in_capacity {
                        <label class="check">
                            <input type="checkbox" id="kept-in-capacity" checked={s.kept_in_capacity} onchange={on_kept} />
                            { t(lang, key!("settings.kept_in_capacity")) }
                        </label>
                    }
                </fieldset>
            </div>
            <div class="settings-grid">
                { pair_list(&props.dispatch, lang, &s.locks, "locks", t(lang, key!("settings.locks"))) }
                { pair_list(&props.dispatch, lang, &s.vetoes, "vetoes", t(lang, key!("settings.vetoes"))) }
            </div>
        </section>
    }
}

/// The locks or the vetoes, each with a button that releases it.
fn pair_list(dispatch: &Callback<Action>, lang: Lang, pairs: &[crate::engine::PairId], id: &str, title: &str) -> Html {
    html! {
        <div class="pair-list" id={id.to_string()}>
            <h3>{ title.to_string() }</h3>
            if pairs.is_empty() {
                <p class="meta">{ t(lang, key!("settings.none")) }</p>
            } else {
                <ul>
                    { for pairs.iter().map(|p| {
                        let release = dispatch.reform({ let p = p.clone(); move |_: MouseEvent| Action::Release(p.clone()) });
                        html! {
                            <li>{ format!("{} – {} ", p.offer_id, p.need_id) }
                                <button type="button" class="link" onclick={release}
                                    aria-label={tf(lang, key!("release.pair"), &[&p.offer_id, &p.need_id])}>{ t(lang, key!("release")) }</button>
                            </li>
                        }
                    }) }
                </ul>
            }
        </div>
    }
}

/// One number input per weight, each setting that weight alone.
fn weight_inputs(dispatch: &Callback<Action>, lang: Lang, weights: Weights) -> Html {
    html! {
        <div class="weights">
            { for Weights::NAMES.iter().map(|name| {
                let w = weights;
                let onchange = dispatch.reform(move |e: Event| {
                    let max = crate::engine::settings::MAX_WEIGHT;
                    let typed = e.target_unchecked_into::<HtmlInputElement>().value().trim().parse::<i64>();
                    Action::SetWeights(w.with(name, typed.map_or(w.get(name).unwrap_or(0), |v| v.clamp(-max, max))))
                });
                let id = format!("weight-{name}");
                html! {
                    <div class="weight">
                        <label for={id.clone()}>{ i18n::t_named(lang, &format!("weight.{name}")) }</label>
                        <input id={id} type="number" inputmode="numeric" value={weights.get(name).unwrap_or(0).to_string()} {onchange} />
                    </div>
                }
            }) }
        </div>
    }
}
