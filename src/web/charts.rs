//! The summary charts, drawn as SVG in the page: needs met by area, communities paired by category and by
//! oblast, places used. Each chart also has its figures as text for screen readers.

use crate::app::i18n::{self, t, tf, Lang};
use crate::engine::model::Category;
use crate::engine::Results;
use crate::key;
use std::collections::BTreeMap;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub results: std::rc::Rc<Results>,
    pub lang: Lang,
}

/// A horizontal bar chart: label, value, and the total the value is out of.
fn bars(id: &str, title: &str, rows: &[(String, u32, u32)], lang: Lang) -> Html {
    let height = 22 * rows.len() as u32 + 4;
    let max = rows.iter().map(|r| r.2.max(r.1)).max().unwrap_or(1).max(1);
    html! {
        <figure class="chart" id={id.to_string()}>
            <figcaption>{ title.to_string() }</figcaption>
            <svg viewBox={format!("0 0 640 {height}")} width="100%" role="img" aria-label={title.to_string()}>
                { for rows.iter().enumerate().map(|(i, (label, value, total))| {
                    let y = 4 + 22 * i as u32;
                    let w_total = 360 * total / max;
                    let w = 360 * value / max;
                    html! {
                        <g>
                            <text x="0" y={(y + 14).to_string()} class="chart-label">{ label.chars().take(38).collect::<String>() }</text>
                            <rect x="250" y={y.to_string()} width={w_total.to_string()} height="16" class="bar-total" />
                            <rect x="250" y={y.to_string()} width={w.to_string()} height="16" class="bar" />
                            <text x={(256 + w_total.max(w)).to_string()} y={(y + 13).to_string()} class="chart-value">
                                { tf(lang, key!("charts.of"), &[&i18n::num(lang, i64::from(*value)), &i18n::num(lang, i64::from(*total))]) }
                            </text>
                        </g>
                    }
                }) }
            </svg>
        </figure>
    }
}

#[function_component(Charts)]
pub fn charts(props: &Props) -> Html {
    let r = &props.results;
    let lang = props.lang;
    // Needs met by area: pairs that meet it, against communities that have it.
    let mut met: BTreeMap<&str, u32> = BTreeMap::new();
    for p in &r.pairs {
        for c in p.urgent_needs_met.iter().chain(&p.long_term_needs_met) {
            *met.entry(c.as_str()).or_default() += 1;
        }
    }
    let mut areas: Vec<(String, u32, u32)> = met.iter().map(|(c, n)| (i18n::area(lang, c), *n, *n)).collect();
    areas.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    areas.truncate(12);
    let by = |key: &dyn Fn(&crate::engine::results::NeedOut) -> String| {
        let mut m: BTreeMap<String, (u32, u32)> = BTreeMap::new();
        for n in &r.needs {
            let e = m.entry(key(n)).or_default();
            e.1 += 1;
            if n.got > 0 {
                e.0 += 1;
            }
        }
        m.into_iter().map(|(k, (a, b))| (k, a, b)).collect::<Vec<_>>()
    };
    let categories = by(&|n| {
        t(
            lang,
            match n.category {
                Category::WarZone => key!("category.war_zone"),
                Category::Outside => key!("category.outside"),
                Category::Unknown => key!("category.unknown"),
            },
        )
        .to_string()
    });
    let mut oblasts = by(&|n| if n.oblast.is_empty() { "—".to_string() } else { n.oblast.clone() });
    oblasts.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
    let mut counties: BTreeMap<String, (u32, u32)> = BTreeMap::new();
    for o in &r.offers {
        let e = counties
            .entry(if o.county.is_empty() { t(lang, key!("charts.no_county")).to_string() } else { o.county.clone() })
            .or_default();
        e.0 += o.used;
        e.1 = e.1.saturating_add(o.capacity);
    }
    let mut counties: Vec<(String, u32, u32)> = counties.into_iter().map(|(k, (a, b))| (k, a, b)).collect();
    counties.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
    let places: u32 = r.offers.iter().fold(0u32, |all, o| all.saturating_add(o.capacity));
    let used: u32 = r.offers.iter().map(|o| o.used).sum();
    html! {
        <section class="charts" aria-labelledby="charts-h">
            <h3 id="charts-h">{ t(lang, key!("charts.title")) }</h3>
            { bars("chart-capacity", t(lang, key!("charts.capacity")), &[(t(lang, key!("charts.capacity")).to_string(), used, places)], lang) }
            { bars("chart-category", t(lang, key!("charts.category")), &categories, lang) }
            { bars("chart-areas", t(lang, key!("charts.areas")), &areas, lang) }
            { bars("chart-oblast", t(lang, key!("charts.oblast")), &oblasts, lang) }
            { bars("chart-county", t(lang, key!("charts.county")), &counties, lang) }
        </section>
    }
}
