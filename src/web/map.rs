//! The map of the result, drawn as SVG in the page from what the app prepared (`app::map`): no tile server, no
//! request. Norway and Ukraine side by side, every municipality and community a mark (kind by shape and colour,
//! filled when paired), every pair a curve. Hovering a mark or curve shows what it is; choosing a mark opens
//! its explanation, choosing a curve picks the pair (shown in the table too). From the keyboard the map is one
//! stop: the arrow keys go through the pairs shown, Enter opens the community's explanation, Escape lets go;
//! a live region says which pair is picked. A text summary (pairs per oblast and county) follows the map.

use crate::app::i18n::{t, tf, Lang};
use crate::app::map::{self, Line, MapView, Mark, Point};
use crate::app::{Action, Entity};
use crate::engine::model::Category;
use crate::engine::PairId;
use crate::key;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The figure's id; its parts' ids start with it (two maps on the page stay apart).
    #[prop_or(AttrValue::Static("map"))]
    pub id: AttrValue,
    pub map: Rc<MapView>,
    pub highlight: Option<PairId>,
    pub dispatch: Callback<Action>,
    pub lang: Lang,
}

/// A mark's shape at `(x, y)` with half-size `r`: circle, triangle, square or diamond.
fn shape(mark: Mark, (x, y): (f64, f64), r: f64) -> String {
    match mark {
        Mark::Kommune => {
            format!("M{:.1} {y:.1}a{r:.1} {r:.1} 0 1 0 {:.1} 0a{r:.1} {r:.1} 0 1 0 {:.1} 0Z", x - r, 2.0 * r, -2.0 * r)
        }
        Mark::WarZone => {
            let r = r * 1.25;
            format!("M{x:.1} {:.1}L{:.1} {:.1}L{:.1} {:.1}Z", y - r, x + r, y + r * 0.8, x - r, y + r * 0.8)
        }
        Mark::Outside => format!("M{:.1} {:.1}h{:.1}v{:.1}h{:.1}Z", x - r, y - r, 2.0 * r, 2.0 * r, -2.0 * r),
        Mark::Unknown => {
            let r = r * 1.3;
            format!("M{x:.1} {:.1}L{:.1} {y:.1}L{x:.1} {:.1}L{:.1} {y:.1}Z", y - r, x + r, y + r, x - r)
        }
    }
}

/// More points than this are drawn a task after the rest of the map.
const MANY_POINTS: usize = 300;

#[derive(Properties, PartialEq)]
struct PointProps {
    point: Point,
}

/// A municipality or community: drawn again only when it changes. Its click is heard by the map
/// ([`map_click`]): one listener for all, not one each to add and take away.
#[function_component(MapPoint)]
fn map_point(props: &PointProps) -> Html {
    point(&props.point)
}

#[derive(Properties, PartialEq)]
struct LineProps {
    line: Line,
    picked: bool,
}

/// A pair: drawn again only when it changes (picking a pair redraws two lines, not the map).
#[function_component(MapLine)]
fn map_line(props: &LineProps) -> Html {
    line(&props.line, props.picked)
}

/// What a click on the map asks for: the pair of the curve clicked (shown in the table too), or the
/// explanation of the municipality or community of the mark clicked; found by the element's data attributes
/// in the map's own lists.
fn map_click(m: &MapView, target: Option<web_sys::EventTarget>) -> Option<Action> {
    use wasm_bindgen::JsCast;
    let el = target?.dyn_into::<web_sys::Element>().ok()?;
    let path = el.closest("path[data-pair], path[data-entity]").ok().flatten()?;
    if let Some(pair) = path.get_attribute("data-pair") {
        let l = m.lines.iter().find(|l| {
            pair.strip_prefix(l.offer_id.as_str()).and_then(|rest| rest.strip_prefix('|')) == Some(l.need_id.as_str())
        })?;
        return Some(Action::Highlight(Some(PairId { offer_id: l.offer_id.clone(), need_id: l.need_id.clone() })));
    }
    let (id, offer) = (path.get_attribute("data-entity")?, path.get_attribute("data-side")? == "offers");
    let p = m.points.iter().find(|p| p.offer == offer && p.id == id)?;
    Some(Action::Select(Some(if p.offer { Entity::Offer(p.id.clone()) } else { Entity::Need(p.id.clone()) })))
}

/// The sea and the land of the two panels, and the countries' names: drawn once per language.
#[function_component(Land)]
fn land(props: &LandProps) -> Html {
    // A map is made only once its outlines are there ([`crate::app::map::MapView::new`]).
    let Some(o) = map::outlines() else { return Html::default() };
    let (no, ua) = (o.panel("no"), o.panel("ua"));
    let lang = props.lang;
    html! {
        <>
            { for o.panels.iter().map(|p| html! {
                <rect x={format!("{:.1}", p.x)} y={format!("{:.1}", p.y)} width={format!("{:.1}", p.w)} height={format!("{:.1}", p.h)} class="sea" data-panel={p.id.clone()} />
            }) }
            { for o.countries.iter().map(|c| html! {
                <path d={c.path()} class={classes!("land", if c.main { "main" } else { "neighbour" })} data-country={c.main.then(|| c.panel.clone())} />
            }) }
            if let Some(p) = no {
                <text x={format!("{:.1}", p.x + 14.0)} y={format!("{:.1}", p.y + 30.0)} class="country-name">{ t(lang, key!("map.norway")) }</text>
            }
            if let Some(p) = ua {
                <text x={format!("{:.1}", p.x + p.w - 14.0)} y={format!("{:.1}", p.y + 30.0)} class="country-name" text-anchor="end">{ t(lang, key!("map.ukraine")) }</text>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct LandProps {
    lang: Lang,
}

fn point(p: &Point) -> Html {
    let r = if p.offer { 3.0 } else { 2.4 };
    html! {
        <path d={shape(p.mark, p.at, r)} class={classes!("point", p.mark.class(), if p.paired { "paired" } else { "unpaired" })}
            data-entity={p.id.clone()} data-side={if p.offer { "offers" } else { "needs" }} data-paired={p.paired.to_string()}
            data-x={format!("{:.1}", p.at.0)} data-y={format!("{:.1}", p.at.1)}>
            <title>{ p.label.clone() }</title>
        </path>
    }
}

fn line(l: &Line, picked: bool) -> Html {
    let only = l.only.map(|w| match w {
        crate::engine::comparison::Which::A => "only-a",
        crate::engine::comparison::Which::B => "only-b",
    });
    html! {
        <path d={l.d.clone()} class={classes!("pair", l.mark.class(), only, picked.then_some("picked"))}
            data-pair={format!("{}|{}", l.offer_id, l.need_id)} data-highlighted={picked.to_string()}>
            <title>{ l.label.clone() }</title>
        </path>
    }
}

/// The legend, in HTML (the page's text size on any screen): each kind of mark, filled and hollow.
fn legend(lang: Lang, unknown: bool, difference: bool) -> Html {
    let mut items = vec![
        (Mark::Kommune, t(lang, key!("map.kommune"))),
        (Mark::WarZone, crate::app::i18n::category(lang, Category::WarZone)),
        (Mark::Outside, crate::app::i18n::category(lang, Category::Outside)),
    ];
    if unknown {
        items.push((Mark::Unknown, crate::app::i18n::category(lang, Category::Unknown)));
    }
    let icon = |m: Mark, paired: bool| {
        html! {
            <svg class="legend-icon" viewBox="0 0 14 14" aria-hidden="true">
                <path d={shape(m, (7.0, 7.5), 5.0)} class={classes!("point", m.class(), if paired { "paired" } else { "unpaired" })} />
            </svg>
        }
    };
    html! {
        <ul class="map-legend">
            { for items.iter().map(|(m, label)| html! {
                <li>{ icon(*m, true) }{ icon(*m, false) }{ *label }</li>
            }) }
            <li class="legend-note">{ format!("{} · {}", t(lang, key!("map.with_partner")), t(lang, key!("map.without_partner"))) }</li>
            if difference {
                { for [("only-a", key!("scenarios.only_a")), ("only-b", key!("scenarios.only_b"))].into_iter().map(|(class, k)| html! {
                    <li><svg class="legend-icon legend-line" viewBox="0 0 28 14" aria-hidden="true"><path d="M2 7H26" class={classes!("pair", "outside", class)} /></svg>{ t(lang, k) }</li>
                }) }
            }
        </ul>
    }
}

#[function_component(MapFigure)]
pub fn map_figure(props: &Props) -> Html {
    let (m, lang, d) = (&props.map, props.lang, &props.dispatch);
    // Many lines and points (the national map) follow the rest of the map and the table's first rows, in steps
    // of a few hundred a task.
    let first = |n: usize| if n <= MANY_POINTS { n } else { 0 };
    let lines_drawn = crate::web::steps::use_drawn_in_steps(m.lines.len(), first(m.lines.len()), 2 * MANY_POINTS);
    let points_drawn = crate::web::steps::use_drawn_in_steps(
        m.points.len(),
        first(m.points.len()),
        if lines_drawn < m.lines.len() { 0 } else { 2 * MANY_POINTS },
    );
    let (w, h) = map::SIZE;
    let picked =
        |l: &Line| props.highlight.as_ref().is_some_and(|p| p.offer_id == l.offer_id && p.need_id == l.need_id);
    let current = m.lines.iter().position(&picked);
    let onkeydown = {
        let (lines, d) = (m.lines.clone(), d.clone());
        move |e: KeyboardEvent| {
            let n = lines.len();
            let next = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" => Some(current.map_or(0, |i| (i + 1) % n.max(1))),
                "ArrowLeft" | "ArrowUp" => Some(current.map_or(n.saturating_sub(1), |i| (i + n - 1) % n.max(1))),
                "Home" => Some(0),
                "End" => Some(n.saturating_sub(1)),
                "Enter" => {
                    if let Some(l) = current.and_then(|i| lines.get(i)) {
                        e.prevent_default();
                        d.emit(Action::Select(Some(Entity::Need(l.need_id.clone()))));
                    }
                    None
                }
                "Escape" => {
                    d.emit(Action::Highlight(None));
                    None
                }
                _ => None,
            };
            if let Some(l) = next.and_then(|i| lines.get(i)) {
                e.prevent_default();
                d.emit(Action::Highlight(Some(PairId { offer_id: l.offer_id.clone(), need_id: l.need_id.clone() })));
            }
        }
    };
    let onclick = {
        let (m, d) = (m.clone(), d.clone());
        move |e: MouseEvent| {
            if let Some(action) = map_click(&m, e.target()) {
                d.emit(action);
            }
        }
    };
    let offers = m.points.iter().filter(|p| p.offer).count();
    let needs = m.points.len() - offers;
    let caption = tf(lang, key!("map.caption"), &[&m.lines.len().to_string(), &offers.to_string(), &needs.to_string()]);
    let live = current
        .and_then(|i| {
            m.lines
                .get(i)
                .map(|l| tf(lang, key!("map.pair_of"), &[&(i + 1).to_string(), &m.lines.len().to_string(), &l.label]))
        })
        .unwrap_or_default();
    let unknown = m.points.iter().any(|p| p.mark == Mark::Unknown);
    let id = &props.id;
    let ids = |part: &str| format!("{id}-{part}");
    html! {
        // Busy while its marks are still coming in steps (for screen readers, and for tests that count them).
        <figure class="map" id={id.clone()} aria-busy={(lines_drawn < m.lines.len() || points_drawn < m.points.len()).to_string()}>
            <figcaption id={ids("caption")}><span class="map-title">{ t(lang, key!("map.title")) }</span><span class="map-caption">{ caption.clone() }</span></figcaption>
            { legend(lang, unknown, m.lines.iter().any(|l| l.only.is_some())) }
            <div class="map-frame" tabindex="0" role="group" aria-label={t(lang, key!("map.title"))} aria-describedby={ids("help")} {onkeydown}>
                <svg viewBox={format!("0 0 {w:.0} {h:.0}")} role="img" aria-labelledby={ids("caption")} aria-describedby={ids("words")} onclick={onclick}>
                    <Land {lang} />
                    <g class="pairs">{ for m.lines.iter().take(lines_drawn).filter(|l| !picked(l)).map(|l| html! {
                        <MapLine key={format!("{}|{}", l.offer_id, l.need_id)} line={l.clone()} picked={false} />
                    }) }</g>
                    <g class="points">{ for m.points.iter().take(points_drawn).map(|p| html! {
                        <MapPoint key={format!("{}|{}", if p.offer { "o" } else { "n" }, p.id)} point={p.clone()} />
                    }) }</g>
                    // The picked pair on top of everything, with its two ends (in a group of its own: the drawing's
                    // structure stays the same, so picking a pair redraws that pair only).
                    <g class="picked-pair">{ for m.lines.iter().filter(|l| picked(l)).map(|l| html! {
                        <MapLine key={format!("{}|{}", l.offer_id, l.need_id)} line={l.clone()} picked={true} />
                    }) }</g>
                </svg>
            </div>
            <p id={ids("help")} class="meta no-print">{ t(lang, key!("map.help")) }</p>
            <p id={ids("live")} class="map-live" aria-live="polite">{ live }</p>
            <details id={ids("words")} class="map-words">
                <summary>{ t(lang, key!("map.summary")) }</summary>
                <p>{ caption.clone() }</p>
                if m.not_drawn > 0 {
                    <p>{ tf(lang, key!("map.not_drawn"), &[&m.not_drawn.to_string()]) }</p>
                }
                <div class="map-lists">
                    <div>
                        <h4>{ t(lang, key!("map.by_oblast")) }</h4>
                        <ul>{ for m.by_oblast.iter().map(|(place, n)| html! { <li>{ format!("{place}: {n}") }</li> }) }</ul>
                    </div>
                    <div>
                        <h4>{ t(lang, key!("map.by_county")) }</h4>
                        <ul>{ for m.by_county.iter().map(|(place, n)| html! { <li>{ format!("{place}: {n}") }</li> }) }</ul>
                    </div>
                </div>
                <p class="meta">{ t(lang, key!("map.source")) }</p>
            </details>
        </figure>
    }
}

/// What the placeholders of the figures need.
#[derive(Properties, PartialEq)]
pub struct WaitingProps {
    pub lang: Lang,
    /// Whether the map will show communities of unknown category (a line more in its legend).
    #[prop_or_default]
    pub unknown: bool,
    /// The map's outlines could not be had: said in its place, instead of waiting.
    #[prop_or_default]
    pub unavailable: bool,
}

/// The map's place while its figure is made (a task after the pairs are drawn, `app::Prepared::map`, once its
/// outlines are fetched, [`crate::web::outlines`]): the map's own parts at their own size, empty, so that
/// nothing below moves when it comes.
#[function_component(MapWaiting)]
pub fn map_waiting(props: &WaitingProps) -> Html {
    let (w, h) = map::SIZE;
    let lang = props.lang;
    if props.unavailable {
        return html! {
            <figure class="map" id="map" aria-busy="false">
                <figcaption id="map-caption"><span class="map-title">{ t(lang, key!("map.title")) }</span></figcaption>
                <p class="meta" id="map-unavailable" role="status">{ t(lang, key!("map.unavailable")) }</p>
            </figure>
        };
    }
    html! {
        <figure class="map" id="map" aria-busy="true">
            <figcaption id="map-caption"><span class="map-title">{ t(lang, key!("map.title")) }</span><span class="map-caption">{ t(lang, key!("map.waiting")) }</span></figcaption>
            { legend(lang, props.unknown, false) }
            <div class="map-frame"><svg viewBox={format!("0 0 {w:.0} {h:.0}")} aria-hidden="true"></svg></div>
            <p class="meta no-print">{ t(lang, key!("map.help")) }</p>
            <p class="map-live"></p>
            <details class="map-words"><summary>{ t(lang, key!("map.summary")) }</summary></details>
        </figure>
    }
}
