use super::*;
use crate::app::{Action, State};
use crate::engine::gazetteer::{HROMADY, KOMMUNER};

/// The outlines read, with both panels side by side and both countries, at the size the map waits in.
#[test]
fn the_outlines_read() {
    let o = outlines_given();
    assert_eq!(o.size(), SIZE, "map::SIZE is the outlines' size");
    assert!(o.source.contains("Natural Earth"));
    assert_eq!(o.panels.len(), 2);
    let (no, ua) = (o.panel("no").expect("no"), o.panel("ua").expect("ua"));
    assert!(no.x + no.w < ua.x, "Norway left of Ukraine");
    assert!(o.main("no").is_some_and(|c| c.iso == "578") && o.main("ua").is_some_and(|c| c.iso == "804"));
    assert!(o.countries.len() > 10, "the neighbours too");
    assert!(o.countries.iter().all(|c| c.path().starts_with('M')));
}

/// Every municipality and community of the gazetteer is drawn inside its own country's outline and its
/// panel: an independent check of `scripts/make_map.mjs` (point in polygon here, in Rust), and the
/// projection of both agrees.
#[test]
fn every_official_entity_is_drawn_inside_its_country() {
    let o = outlines_given();
    for (panel, places) in [
        ("no", KOMMUNER.iter().map(|k| (k.number, k.lon, k.lat)).collect::<Vec<_>>()),
        ("ua", HROMADY.iter().map(|h| (h.code, h.lon, h.lat)).collect::<Vec<_>>()),
    ] {
        let (p, country) = (o.panel(panel).expect("panel"), o.main(panel).expect("country"));
        let mut moved = 0;
        for (id, lon, lat) in places {
            let at = o.place(panel, id, lon, lat).expect("placed");
            assert!(p.contains(at), "{id} in its panel");
            assert!(country.contains(at), "{id} at {at:?} inside its country's outline");
            if at != p.project(f64::from(lon), f64::from(lat)) {
                moved += 1;
            }
        }
        assert!(moved < 25, "{panel}: only a few centres off the generalised coast are moved ({moved})");
    }
}

/// The map of the example: one curve per pair, one point per entity; with a filter, the table's rows and
/// their entities only.
#[test]
fn the_map_has_one_line_per_pair_and_one_point_per_entity() {
    let s = State::default().apply(Action::LoadExample).apply(Action::DrawFigures).apply(Action::DrawFigures);
    let r = s.results.clone().expect("results");
    let map_of = |s: &State| s.prepared.as_ref().and_then(|p| p.map.clone()).expect("map");
    let map = map_of(&s);
    assert_eq!(map.lines.len(), r.pairs.len());
    assert_eq!(map.points.len() + map.not_drawn, r.offers.len() + r.needs.len());
    assert_eq!(map.not_drawn, 0, "every example entity is in the gazetteer");
    let ids: BTreeSet<(&str, &str)> = map.lines.iter().map(|l| (l.offer_id.as_str(), l.need_id.as_str())).collect();
    assert!(r.pairs.iter().all(|p| ids.contains(&(p.offer_id.as_str(), p.need_id.as_str()))));
    let paired = map.points.iter().filter(|p| p.paired).count();
    let expected = r.offers.iter().filter(|o| o.used > 0).count() + r.needs.iter().filter(|n| n.got > 0).count();
    assert_eq!(paired, expected);
    assert_eq!(map.by_oblast.iter().map(|(_, n)| n).sum::<usize>(), r.pairs.len());
    assert_eq!(map.by_county.iter().map(|(_, n)| n).sum::<usize>(), r.pairs.len());
    // Filtered by an oblast: the table's rows, and only their entities (and unpaired ones of that oblast).
    let oblast = r.needs.iter().find(|n| n.got > 0).map(|n| n.oblast.clone()).expect("a paired community");
    let s = s.apply(Action::SetFilter(oblast.clone()));
    let prepared = s.prepared.clone().expect("prepared");
    assert!(!prepared.rows.is_empty());
    let map = map_of(&s);
    assert_eq!(map.lines.len(), prepared.rows.len());
    let needs_in_oblast: BTreeSet<&str> =
        r.needs.iter().filter(|n| n.oblast == oblast).map(|n| n.id.as_str()).collect();
    assert!(map.points.iter().filter(|p| !p.offer).all(|p| needs_in_oblast.contains(p.id.as_str())));
}

/// Ukrainian names keep their Cyrillic and get the Latin form beside it in nb and en, not in uk.
#[test]
fn ukrainian_names_in_the_interfaces_script() {
    assert_eq!(latin("Бучанська"), "Buchanska");
    assert_eq!(ua_name(Lang::En, "Київська"), "Київська (Kyivska)");
    assert_eq!(ua_name(Lang::Nb, "Буча"), "Буча (Bucha)");
    assert_eq!(ua_name(Lang::Uk, "Буча"), "Буча");
}

/// Crimea is drawn as Ukraine's (Natural Earth's default draws it inside Russia; the generator moves it).
#[test]
fn crimea_is_drawn_as_part_of_ukraine() {
    let o = outlines_given();
    let p = o.panel("ua").expect("panel");
    let ukraine = o.main("ua").expect("Ukraine");
    let russia = o.countries.iter().find(|c| c.iso == "643" && c.panel == "ua").expect("Russia, faintly");
    for (lon, lat) in [(34.1, 44.95), (33.52, 44.6), (35.38, 45.03)] {
        let at = p.project(lon, lat);
        assert!(ukraine.contains(at) && !russia.contains(at), "({lon}, {lat})");
    }
}
