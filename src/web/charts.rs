//! The summary charts, drawn in the page from figures the app prepared (`app::charts`): places used,
//! communities paired by category and by oblast, needs met by area, places by county. Bars are HTML at the size
//! shown, their figures text.

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

/// A horizontal bar chart: label, value, and the total the value is out of when known. Drawn in HTML at the
/// size shown (a grid of label, bar and figure), so its text is the page's text size on any screen, never an
/// SVG scaled down; the figures are text, read by screen readers in order.
fn bars(id: &str, title: &str, rows: &[Bar], drawn: bool, lang: Lang) -> Html {
    let max = rows.iter().map(|r| r.total.unwrap_or(0).max(r.value)).max().unwrap_or(1).max(1);
    let n = |x: u32| i18n::num(lang, i64::from(x));
    let len = |x: u32| format!("{:.1}", 1000.0 * f64::from(x) / f64::from(max));
    html! {
        <figure class="chart" id={id.to_string()}>
            <figcaption>{ title.to_string() }</figcaption>
            <ul class="bars">
                { for rows.iter().map(|bar| {
                    let figure = match bar.total {
                        Some(total) => tf(lang, key!("charts.of"), &[&n(bar.value), &n(total)]),
                        None => n(bar.value),
                    };
                    html! {
                        <li data-value={bar.value.to_string()} data-total={bar.total.map(|t| t.to_string())}>
                            <span class="bar-label">{ bar.label.clone() }</span>
                            // The bars are drawn in SVG (its lengths are attributes: the page's security policy
                            // allows no inline style), stretched to the column; the text around them is HTML.
                            // Until then an empty track of the same size holds their place.
                            if drawn {
                                <svg class="bar-track" viewBox="0 0 1000 10" preserveAspectRatio="none" aria-hidden="true">
                                    if let Some(total) = bar.total {
                                        <rect class="bar-total" x="0" y="0" height="10" width={len(total)} />
                                    }
                                    <rect class="bar-value" x="0" y="0" height="10" width={len(bar.value)} />
                                </svg>
                            } else {
                                <span class="bar-track"></span>
                            }
                            <span class="bar-figure">{ figure }</span>
                        </li>
                    }
                }) }
            </ul>
        </figure>
    }
}

#[function_component(ChartsView)]
pub fn charts_view(props: &Props) -> Html {
    let (c, lang) = (&props.charts, props.lang);
    let charts = [
        ("chart-capacity", key!("charts.capacity"), &c.capacity),
        ("chart-category", key!("charts.category"), &c.categories),
        ("chart-areas", key!("charts.areas"), &c.areas),
        ("chart-oblast", key!("charts.oblast"), &c.oblasts),
        ("chart-county", key!("charts.county"), &c.counties),
    ];
    // Every chart's text at once, so that the charts take their whole place at once and nothing below them moves
    // again; then one chart's bars more in each task: the five at once (about 340 elements) can make a task over
    // 50 ms in a fresh browser.
    let shown = use_state(|| 1usize);
    {
        let shown = shown.clone();
        let all = charts.len();
        use_effect_with(*shown, move |&n| {
            let later = (n < all).then(|| gloo::timers::callback::Timeout::new(0, move || shown.set(n + 1)));
            move || drop(later)
        });
    }
    html! {
        <section class="charts" aria-labelledby="charts-h" aria-busy={(*shown < charts.len()).to_string()}>
            <h3 id="charts-h">{ t(lang, key!("charts.title")) }</h3>
            { for charts.iter().enumerate().map(|(i, &(id, title, rows))| bars(id, t(lang, title), rows, i < *shown, lang)) }
        </section>
    }
}

/// The charts' place while their figures are made (a task after the pairs are drawn,
/// `app::Prepared::charts`).
#[function_component(ChartsWaiting)]
pub fn charts_waiting(props: &super::map::WaitingProps) -> Html {
    html! {
        <section class="charts" aria-labelledby="charts-h" aria-busy="true">
            <h3 id="charts-h">{ t(props.lang, key!("charts.title")) }</h3>
        </section>
    }
}
