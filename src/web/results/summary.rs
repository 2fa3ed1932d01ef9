//! The summary line, the comparison with the optimum, and what changed since the previous run.

use crate::app::i18n::{self, t, tf, Lang};
use crate::app::Diff;
use crate::engine::Results;
use crate::key;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub results: Rc<Results>,
    pub diff: Option<Rc<Diff>>,
    pub lang: Lang,
}

#[function_component(Summary)]
pub fn summary(props: &Props) -> Html {
    let (r, lang) = (&props.results, props.lang);
    let n = |x: i64| i18n::num(lang, x);
    let capacity: i64 = r.offers.iter().map(|o| i64::from(o.capacity)).sum();
    let wanted: i64 = r.needs.iter().map(|n| i64::from(n.partners_wanted)).sum();
    let figures = |o| r.comparison.objectives.iter().find(|f| f.objective == o);
    html! {
        <>
            <p class="summary">
                { tf(lang, key!("summary"), &[&r.pairs.len().to_string(), &n(r.objective),
                    &(r.offers.len() - r.unmatched_offers.len()).to_string(), &r.offers.len().to_string(),
                    &(r.needs.len() - r.unmatched_needs.len()).to_string(), &r.needs.len().to_string(),
                    &capacity.to_string(), &wanted.to_string()]) }
            </p>
            <p class="meta" id="comparison">{ tf(lang, key!("comparison"), &[&n(r.comparison.optimal_objective), &n(r.comparison.given_up), &r.comparison.blocking_pairs.to_string()]) }</p>
            if let (Some(c), Some(t)) = (figures(crate::engine::Objective::Coverage), figures(crate::engine::Objective::Total)) {
                <p class="meta" id="objectives">{ tf(lang, key!("objectives.line"), &[
                    &c.reached.all.to_string(), &c.reached.war_zone.to_string(), &n(c.total_score),
                    &t.reached.all.to_string(), &t.reached.war_zone.to_string(), &n(t.total_score)]) }</p>
            }
            if !r.weighed.is_empty() {
                <p class="meta" id="weighed">{ tf(lang, key!("weighed.line"), &[&r.weighed.iter().map(|w| {
                    if w.chosen { format!("{} ({})", w.name, t(lang, key!("scenarios.chosen"))) } else { w.name.clone() }
                }).collect::<Vec<_>>().join("; ")]) }</p>
            }
            if let Some(diff) = &props.diff {
                <details class="diff" open=true id="diff">
                    <summary>{ t(lang, key!("diff.title")) }</summary>
                    <p>{ tf(lang, key!("diff.summary"), &[&diff.added.len().to_string(), &diff.removed.len().to_string(), &format!("{:+}", diff.objective_change)]) }</p>
                    <ul>
                        { for diff.added.iter().map(|p| html! { <li class="added">{ format!("{}: {} – {} ({})", t(lang, key!("diff.added")), p.offer_name, p.need_name, n(p.score)) }</li> }) }
                        { for diff.removed.iter().map(|p| html! { <li class="removed">{ format!("{}: {} – {} ({})", t(lang, key!("diff.removed")), p.offer_name, p.need_name, n(p.score)) }</li> }) }
                    </ul>
                </details>
            }
        </>
    }
}
