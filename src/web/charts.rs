//! The summary charts, drawn as SVG in the page from figures the app prepared (`app::charts`): places used,
//! communities paired by category and by oblast, needs met by area, places by county. Each chart also has
//! its figures as text for screen readers.

use crate::app::charts::{Bar, Charts};
use crate::app::i18n::{self, t, tf, Lang};
use crate::key;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub charts: Rc<Charts>,
    pub lang: Lang,
}

/// A horizontal bar chart: label, value, and the total the value is out of when known.
fn bars(id: &str, title: &str, rows: &[Bar], lang: Lang) -> Html {
    let height = 22 * rows.len() as u32 + 4;
    let max = rows.iter().map(|r| r.total.unwrap_or(0).max(r.value)).max().unwrap_or(1).max(1);
    let n = |x: u32| i18n::num(lang, i64::from(x));
    html! {
        <figure class="chart" id={id.to_string()}>
            <figcaption>{ title.to_string() }</figcaption>
            <svg viewBox={format!("0 0 640 {height}")} width="100%" role="img" aria-label={title.to_string()}>
                { for rows.iter().enumerate().map(|(i, bar)| {
                    let y = 4 + 22 * i as u32;
                    let w_total = bar.total.map_or(0, |t| 360 * t / max);
                    let w = 360 * bar.value / max;
                    let figure = match bar.total {
                        Some(total) => tf(lang, key!("charts.of"), &[&n(bar.value), &n(total)]),
                        None => n(bar.value),
                    };
                    html! {
                        <g>
                            <text x="0" y={(y + 14).to_string()} class="chart-label">{ bar.label.chars().take(38).collect::<String>() }</text>
                            if bar.total.is_some() {
                                <rect x="250" y={y.to_string()} width={w_total.to_string()} height="16" class="bar-total" />
                            }
                            <rect x="250" y={y.to_string()} width={w.to_string()} height="16" class="bar" />
                            <text x={(256 + w_total.max(w)).to_string()} y={(y + 13).to_string()} class="chart-value">{ figure }</text>
                        </g>
                    }
                }) }
            </svg>
        </figure>
    }
}

#[function_component(ChartsView)]
pub fn charts_view(props: &Props) -> Html {
    let (c, lang) = (&props.charts, props.lang);
    html! {
        <section class="charts" aria-labelledby="charts-h">
            <h3 id="charts-h">{ t(lang, key!("charts.title")) }</h3>
            { bars("chart-capacity", t(lang, key!("charts.capacity")), &c.capacity, lang) }
            { bars("chart-category", t(lang, key!("charts.category")), &c.categories, lang) }
            { bars("chart-areas", t(lang, key!("charts.areas")), &c.areas, lang) }
            { bars("chart-oblast", t(lang, key!("charts.oblast")), &c.oblasts, lang) }
            { bars("chart-county", t(lang, key!("charts.county")), &c.counties, lang) }
        </section>
    }
}
