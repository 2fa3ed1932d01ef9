//! The map of a result, prepared for drawing: the outlines of Norway and Ukraine (and faintly their
//! neighbours) in two panels side by side, every municipality and community of the run as a point at its
//! gazetteer coordinates, and every pair as a curve between the panels. Pure: no web imports, so it is tested
//! natively; `web::map` draws it.
//!
//! Layout: two panels, Norway on the left and Ukraine at the bottom right, each at its own scale (Mercator),
//! rather than one map of the whole corridor. On one map Norway's 357 municipalities, most of them in the
//! south, would share a few square centimetres; side by side each country fills its panel, the points can be
//! told apart, and the curves still show who is paired with whom and which regions are left out.
//!
//! The outlines (`static/outlines.json`) come from Natural Earth (public domain) through the npm package
//! `world-atlas`, made by `scripts/make_map.mjs`, which also lists the few centres that lie just off the
//! generalised coast: they are drawn at the nearest point inside the outline (at most 2.8 km away), and islands
//! too small for the outline are drawn as specks of land.

use super::i18n::{t, Lang};
use crate::engine::comparison::Which;
use crate::engine::gazetteer;
use crate::engine::model::Category;
use crate::engine::results::PairOut;
use crate::engine::Results;
use crate::key;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

/// One panel of the map.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Panel {
    /// `no` or `ua`.
    pub id: String,
    lon0: f64,
    lon1: f64,
    lat0: f64,
    lat1: f64,
    /// Its place and size in the map's units.
    pub x: f64,
    /// Top.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

impl Panel {
    /// Mercator, in degrees.
    fn merc(lat: f64) -> f64 {
        (std::f64::consts::FRAC_PI_4 + lat.to_radians() / 2.0).tan().ln().to_degrees()
    }

    /// Where a coordinate is drawn.
    pub fn project(&self, lon: f64, lat: f64) -> (f64, f64) {
        let scale = self.w / (self.lon1 - self.lon0);
        (self.x + (lon - self.lon0) * scale, self.y + (Self::merc(self.lat1) - Self::merc(lat)) * scale)
    }

    /// Whether a point of the map is in this panel.
    pub fn contains(&self, (x, y): (f64, f64)) -> bool {
        x >= self.x && x <= self.x + self.w && y >= self.y && y <= self.y + self.h
    }
}

/// A country's outline.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Country {
    /// ISO 3166 numeric code.
    pub iso: String,
    /// English name (Natural Earth's).
    pub name: String,
    /// The panel it is drawn in.
    pub panel: String,
    /// Norway or Ukraine (the others are drawn faintly).
    pub main: bool,
    /// Rings as flat lists of x, y in tenths of the map's units.
    rings: Vec<Vec<i32>>,
}

impl Country {
    /// The outline as SVG path data.
    pub fn path(&self) -> String {
        let mut d = String::new();
        for ring in &self.rings {
            for (k, xy) in ring.chunks_exact(2).enumerate() {
                if let [x, y] = xy {
                    d.push_str(&format!(
                        "{}{:.1} {:.1}",
                        if k == 0 { "M" } else { "L" },
                        f64::from(*x) / 10.0,
                        f64::from(*y) / 10.0
                    ));
                }
            }
            d.push('Z');
        }
        d
    }

    /// Whether a point is inside the outline (even–odd over every ring).
    pub fn contains(&self, (x, y): (f64, f64)) -> bool {
        let mut inside = false;
        for ring in &self.rings {
            let pts: Vec<(f64, f64)> = ring
                .chunks_exact(2)
                .filter_map(|c| match c {
                    [a, b] => Some((f64::from(*a) / 10.0, f64::from(*b) / 10.0)),
                    _ => None,
                })
                .collect();
            let mut j = pts.len().wrapping_sub(1);
            for (i, &(xi, yi)) in pts.iter().enumerate() {
                if let Some(&(xj, yj)) = pts.get(j) {
                    if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi {
                        inside = !inside;
                    }
                }
                j = i;
            }
        }
        inside
    }
}

/// The outlines and panels.
#[derive(Debug, Clone, PartialEq, Deserialize, Default)]
pub struct Outlines {
    /// Where the data comes from.
    pub source: String,
    /// Norway's panel and Ukraine's.
    pub panels: Vec<Panel>,
    /// Every country drawn.
    pub countries: Vec<Country>,
    /// Centres drawn at the nearest point inside the outline, by id, in tenths of the map's units.
    moved: BTreeMap<String, [i32; 2]>,
}

impl Outlines {
    /// The map's width and height.
    pub fn size(&self) -> (f64, f64) {
        let w = self.panels.iter().map(|p| p.x + p.w).fold(0.0, f64::max);
        let h = self.panels.iter().map(|p| p.y + p.h).fold(0.0, f64::max);
        (w, h)
    }

    /// Norway's or Ukraine's panel.
    pub fn panel(&self, id: &str) -> Option<&Panel> {
        self.panels.iter().find(|p| p.id == id)
    }

    /// Norway's or Ukraine's outline.
    pub fn main(&self, panel: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.main && c.panel == panel)
    }

    /// Where an entity of the gazetteer is drawn: its coordinates, or the nearest point inside the outline
    /// for the few that lie just off it.
    fn place(&self, panel: &str, id: &str, lon: f32, lat: f32) -> Option<(f64, f64)> {
        if let Some([x, y]) = self.moved.get(id) {
            return Some((f64::from(*x) / 10.0, f64::from(*y) / 10.0));
        }
        self.panel(panel).map(|p| p.project(f64::from(lon), f64::from(lat)))
    }
}

/// The map's width and height, known before its outlines arrive (the frame it waits in has the map's size;
/// checked against the file by the tests).
pub const SIZE: (f64, f64) = (1000.0, 549.3);

static OUTLINES: OnceLock<Outlines> = OnceLock::new();

/// The outlines, once given ([`give_outlines`]). They are not part of the program: the page fetches
/// `static/outlines.json` (about 21 KB as brotli) when the first map is wanted, so the first visit does not wait
/// for a map it has not asked for yet.
pub fn outlines() -> Option<&'static Outlines> {
    OUTLINES.get()
}

/// Takes the outlines from the text of `static/outlines.json`; the first given stay.
pub fn give_outlines(json: &str) -> Result<(), serde_json::Error> {
    let o: Outlines = serde_json::from_str(json)?;
    let _ = OUTLINES.set(o);
    Ok(())
}

/// The outlines of `static/outlines.json`, given as the page gives them, for the tests.
#[cfg(test)]
pub(crate) fn outlines_given() -> &'static Outlines {
    give_outlines(include_str!("../../../static/outlines.json")).expect("static/outlines.json reads");
    outlines().expect("given")
}

/// The kind of a point, told apart by shape and by colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mark {
    /// A Norwegian municipality: a circle.
    Kommune,
    /// A community in the war zone: a triangle.
    WarZone,
    /// A community outside it: a square.
    Outside,
    /// A community of unknown category: a diamond.
    Unknown,
}

impl Mark {
    fn of(c: Category) -> Mark {
        match c {
            Category::WarZone => Mark::WarZone,
            Category::Outside => Mark::Outside,
            Category::Unknown => Mark::Unknown,
        }
    }

    /// The CSS class.
    pub fn class(self) -> &'static str {
        match self {
            Mark::Kommune => "kommune",
            Mark::WarZone => "war-zone",
            Mark::Outside => "outside",
            Mark::Unknown => "unknown",
        }
    }
}

/// A municipality or community on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    /// Kommunenummer or KATOTTG code.
    pub id: String,
    /// Whether it is a municipality (else a community).
    pub offer: bool,
    /// Its kind.
    pub mark: Mark,
    /// Whether it has a partner in this result.
    pub paired: bool,
    /// Where it is drawn.
    pub at: (f64, f64),
    /// What hovering or focusing it says: name, place, category, partners.
    pub label: String,
}

// Positions are projected from the gazetteer's finite coordinates (`Outlines::place`), never NaN: equality is
// reflexive. Being `Eq` lets an `Rc<MapView>` compare by pointer first, as Yew compares props at every drawing.
impl Eq for Point {}

/// A pair on the map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// On the map of two results' difference: the result the pair is only in.
    pub only: Option<Which>,
    /// The municipality's id.
    pub offer_id: String,
    /// The community's id.
    pub need_id: String,
    /// The community's kind (the curve's colour).
    pub mark: Mark,
    /// SVG path data of the curve.
    pub d: String,
    /// What hovering or focusing it says: both names, score and category.
    pub label: String,
}

/// What the map shows for a result (and the table's filter).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MapView {
    /// Municipalities and communities, municipalities first.
    pub points: Vec<Point>,
    /// The pairs shown (the table's rows).
    pub lines: Vec<Line>,
    /// Entities of the run that have no coordinates (not resolved to the official lists), not drawn.
    pub not_drawn: usize,
    /// Pairs per oblast and per county, for the text summary: (place, pairs), most first.
    pub by_oblast: Vec<(String, usize)>,
    /// Pairs per county.
    pub by_county: Vec<(String, usize)>,
}

/// A Ukrainian name in Latin letters (national system, simplified), each word capitalised.
pub fn latin(name: &str) -> String {
    crate::engine::text::latinize(name)
        .split_inclusive([' ', '-'])
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_uppercase().chain(c).collect::<String>()).unwrap_or_default()
        })
        .collect()
}

/// A Ukrainian place name as the interface shows it: in Cyrillic, with the Latin form beside it for the
/// Norwegian and English interfaces.
pub fn ua_name(lang: Lang, name: &str) -> String {
    let cyrillic = name.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
    if lang == Lang::Uk || !cyrillic {
        name.to_string()
    } else {
        format!("{name} ({})", latin(name))
    }
}

impl MapView {
    /// The map of `r`: the pairs in `rows` (the table's, filtered), and the entities of those pairs; with no
    /// filter (`filtered` false) every entity of the run, paired or not. `matches` says whether an unpaired
    /// entity (id, name, place) fits the filter.
    pub fn new(
        r: &Results,
        rows: &[PairOut],
        filtered: bool,
        matches: &dyn Fn(&[&str]) -> bool,
        lang: Lang,
    ) -> Option<MapView> {
        let o = outlines()?;
        let shown_offers: BTreeSet<&str> = rows.iter().map(|p| p.offer_id.as_str()).collect();
        let shown_needs: BTreeSet<&str> = rows.iter().map(|p| p.need_id.as_str()).collect();
        let mut view = MapView::default();
        let mut at: BTreeMap<(bool, &str), (f64, f64)> = BTreeMap::new();
        let partners = |x: u32, of: u32| format!("{x}/{of}");
        for offer in &r.offers {
            let shown = !filtered
                || shown_offers.contains(offer.id.as_str())
                || (offer.used == 0 && matches(&[&offer.id, &offer.name, &offer.county]));
            if !shown {
                continue;
            }
            let Some(k) = gazetteer::kommune_by_number(&offer.id) else {
                view.not_drawn += 1;
                continue;
            };
            let Some(p) = o.place("no", k.number, k.lon, k.lat) else { continue };
            at.insert((true, offer.id.as_str()), p);
            view.points.push(Point {
                id: offer.id.clone(),
                offer: true,
                mark: Mark::Kommune,
                paired: offer.used > 0,
                at: p,
                label: format!(
                    "{} ({}) · {} {}",
                    offer.name,
                    k.county,
                    t(lang, key!("map.partners")),
                    partners(offer.used, offer.capacity)
                ),
            });
        }
        for need in &r.needs {
            let shown = !filtered
                || shown_needs.contains(need.id.as_str())
                || (need.got == 0
                    && matches(&[&need.id, &need.name, &need.oblast, super::i18n::category(lang, need.category)]));
            if !shown {
                continue;
            }
            let Some(h) = gazetteer::hromada_by_code(&need.id) else {
                view.not_drawn += 1;
                continue;
            };
            let Some(p) = o.place("ua", h.code, h.lon, h.lat) else { continue };
            at.insert((false, need.id.as_str()), p);
            view.points.push(Point {
                id: need.id.clone(),
                offer: false,
                mark: Mark::of(need.category),
                paired: need.got > 0,
                at: p,
                label: format!(
                    "{} ({}) · {} · {} {}",
                    ua_name(lang, &need.name),
                    ua_name(lang, h.oblast),
                    super::i18n::category(lang, need.category),
                    t(lang, key!("map.partners")),
                    partners(need.got, need.partners_wanted)
                ),
            });
        }
        let category: BTreeMap<&str, Category> = r.needs.iter().map(|n| (n.id.as_str(), n.category)).collect();
        let oblast: BTreeMap<&str, &str> = r.needs.iter().map(|n| (n.id.as_str(), n.oblast.as_str())).collect();
        let county: BTreeMap<&str, &str> = r.offers.iter().map(|o| (o.id.as_str(), o.county.as_str())).collect();
        let mut by_oblast: BTreeMap<String, usize> = BTreeMap::new();
        let mut by_county: BTreeMap<String, usize> = BTreeMap::new();
        for p in rows {
            let place = |m: &BTreeMap<&str, &str>, id: &str| {
                m.get(id).filter(|s| !s.is_empty()).map_or_else(|| "—".to_string(), |s| s.to_string())
            };
            *by_oblast.entry(ua_name(lang, &place(&oblast, &p.need_id))).or_default() += 1;
            *by_county.entry(place(&county, &p.offer_id)).or_default() += 1;
            let (Some(&a), Some(&b)) = (at.get(&(true, p.offer_id.as_str())), at.get(&(false, p.need_id.as_str())))
            else {
                continue;
            };
            let c = category.get(p.need_id.as_str()).copied().unwrap_or_default();
            // A gentle arc over the gap between the panels.
            let (mx, my) = ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0 - 0.12 * (b.0 - a.0).abs());
            view.lines.push(Line {
                offer_id: p.offer_id.clone(),
                need_id: p.need_id.clone(),
                mark: Mark::of(c),
                d: format!("M{:.1} {:.1}Q{mx:.1} {my:.1} {:.1} {:.1}", a.0, a.1, b.0, b.1),
                only: None,
                label: format!(
                    "{} – {} · {} {} · {}",
                    p.offer_name,
                    ua_name(lang, &p.need_name),
                    t(lang, key!("table.score")),
                    p.score,
                    super::i18n::category(lang, c)
                ),
            });
        }
        let most = |m: BTreeMap<String, usize>| {
            let mut v: Vec<(String, usize)> = m.into_iter().collect();
            v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            v
        };
        view.by_oblast = most(by_oblast);
        view.by_county = most(by_county);
        Some(view)
    }

    /// The map of what differs between two results of the same inputs: the pairs only in A (`only_a`, as A
    /// has them) and only in B, each line marked with its result, with their municipalities and communities
    /// (as B has them; A's for those B does not show).
    pub fn difference(a: &Results, b: &Results, only_a: &[PairOut], only_b: &[PairOut], lang: Lang) -> Option<MapView> {
        let none = |_: &[&str]| false;
        let (mut va, mut vb) =
            (MapView::new(a, only_a, true, &none, lang)?, MapView::new(b, only_b, true, &none, lang)?);
        for (view, which, word) in
            [(&mut va, Which::A, key!("scenarios.only_a")), (&mut vb, Which::B, key!("scenarios.only_b"))]
        {
            for l in &mut view.lines {
                l.only = Some(which);
                l.label = format!("{}: {}", t(lang, word), l.label);
            }
        }
        let shown: BTreeSet<(bool, String)> = vb.points.iter().map(|p| (p.offer, p.id.clone())).collect();
        vb.points.extend(va.points.into_iter().filter(|p| !shown.contains(&(p.offer, p.id.clone()))));
        vb.lines.extend(va.lines);
        vb.not_drawn += va.not_drawn;
        let sum = |x: Vec<(String, usize)>, y: Vec<(String, usize)>| {
            let mut m: BTreeMap<String, usize> = BTreeMap::new();
            for (k, n) in x.into_iter().chain(y) {
                *m.entry(k).or_default() += n;
            }
            let mut v: Vec<(String, usize)> = m.into_iter().collect();
            v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            v
        };
        vb.by_oblast = sum(vb.by_oblast, va.by_oblast);
        vb.by_county = sum(vb.by_county, va.by_county);
        Some(vb)
    }
}

#[cfg(test)]
mod tests;
