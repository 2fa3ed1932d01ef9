use super::entities::*;
#[cfg(not(target_arch = "wasm32"))]
use super::index::*;
use super::names::*;
use super::resolve::*;
use super::suggest::*;
#[cfg(not(target_arch = "wasm32"))]
use crate::engine::text::fold;

/// The build script's keys against the index made at run time (the browser's, and the oracle): every
/// entity's folded name, Latin name and centre, each (key, position) once, in the same order of positions.
#[test]
#[cfg(not(target_arch = "wasm32"))]
fn the_built_name_keys_are_those_made_at_run_time() {
    let pairs = |names: &Names| -> Vec<(String, usize)> {
        let Names::Made(map) = names else { panic!("made at run time") };
        let mut all: Vec<(String, usize)> =
            map.iter().flat_map(|(k, v)| v.iter().map(move |&i| (k.clone(), i))).collect();
        all.sort();
        all
    };
    let built = |pairs: &[(&str, u16)]| -> Vec<(String, usize)> {
        pairs.iter().map(|&(k, i)| (k.to_string(), usize::from(i))).collect()
    };
    let (h, k) = (made_hromada_index(), made_kommune_index());
    assert_eq!(built(HROMADA_NAMES), pairs(&h.name));
    assert_eq!(built(HROMADA_LATIN), pairs(&h.latin));
    assert_eq!(built(HROMADA_CENTRES), pairs(&h.centre));
    assert_eq!(built(KOMMUNE_NAMES), pairs(&k.name));
    assert_eq!(built(KOMMUNE_CENTRES), pairs(&k.centre));
    assert!(pairs(&k.latin).is_empty());
    for (made, built) in [(&h.name, &hromada_index().name), (&k.centre, &kommune_index().centre)] {
        let Names::Made(map) = made else { panic!("made at run time") };
        for (key, positions) in map {
            assert_eq!(&built.get(key).collect::<Vec<_>>(), positions, "{key}");
        }
    }
    let names = |h: &Hromada| fold(h.name);
    // Looked up by halves, a key gives its positions in increasing order, a missing one none.
    let ix = hromada_index();
    for (i, h) in HROMADY.iter().enumerate() {
        let found: Vec<usize> = ix.name.get(&names(h)).collect();
        assert!(found.contains(&i) && found.windows(2).all(|w| w[0] < w[1]), "{}", h.name);
    }
    assert!(ix.name.get("").next().is_none() && ix.name.get("no such name").next().is_none());
}

#[test]
fn reference_lists_are_complete() {
    assert_eq!(KOMMUNER.len(), 357);
    assert_eq!(HROMADY.len(), 1469);
    assert_eq!(OBLASTS.len(), 24);
    assert!(HROMADY.windows(2).all(|w| w[0].code < w[1].code), "sorted by code (binary search)");
    assert_eq!(kommune_by_number("0301").map(|k| k.name), Some("Oslo"));
    assert_eq!(hromada_by_code("UA32080070000050759").map(|h| h.name), Some("Бучанська"));
    assert_eq!(kommune_by_number("0000"), None);
}

#[test]
fn names_as_people_write_them() {
    let h = |n: &str, o: &str| find_hromada(n, o, "").entity.map(|h| h.name);
    assert_eq!(h("БІЛИЦЬКА СЕЛИЩНА ГРОМАДА", ""), Some("Білицька"));
    assert_eq!(h("Кременчуцька МТГ", ""), Some("Кременчуцька"));
    assert_eq!(h("Bucha", ""), Some("Бучанська"));
    assert_eq!(h("Boratynska hromada", ""), Some("Боратинська"));
    assert_eq!(h("Stryzhavka settlement territorial community", ""), Some("Стрижавська"));
    assert_eq!(h("Бучанської міської територіальної громади", ""), Some("Бучанська"));
    assert_eq!(h("Бучанська громада Київської області", ""), Some("Бучанська"));
    assert_eq!(h("м. Буча", ""), Some("Бучанська"));
    assert_eq!(h("Бучанская городская территориальная община", ""), Some("Бучанська"));
    assert_eq!(h("Buchanska MTH", ""), Some("Бучанська"));
    let k = |n: &str, c: &str| find_kommune(n, c).entity.map(|k| k.number);
    assert_eq!(k("TINGVOLL", ""), Some("1560"));
    assert_eq!(k("Vefsn kommune", ""), Some("1824"));
    assert_eq!(k("Karasjok", ""), Some("5610"));
    assert_eq!(k("Baerum", ""), Some("3201"));
    assert_eq!(k("Herøy (Nordland)", ""), Some("1818"));
    assert_eq!(k("Herøy", "Møre og Romsdal"), Some("1515"));
    assert_eq!(find_kommune("Herøy", "").candidates.len(), 2, "two Herøy: ambiguous");
    assert_eq!(find_hromada("Миколаївська", "", "").candidates.len(), 8);
    // A misspelling finds no entity, but the nearest names are suggested.
    assert!(find_kommune("Tingvoll", "").entity.is_some() && find_kommune("Tingvold", "").entity.is_none());
    assert_eq!(nearest_kommuner("Tingvold", 3).first().map(|k| k.number), Some("1560"));
    assert_eq!(nearest_hromady("Бучанскька громада", 3).first().map(|h| h.name), Some("Бучанська"));
    assert!(nearest_kommuner("Zzzzzzzz", 3).is_empty());
}

#[test]
fn written_suffixes_come_off() {
    assert_eq!(strip_municipality_suffix("Bergen kommune"), "Bergen");
    assert_eq!(strip_community_suffix("Бучанська міська громада"), "Бучанська");
    assert_eq!(strip_raion_suffix("Бучанський район"), "Бучанський");
    assert_eq!(strip_oblast_suffix("Київська область"), "Київська");
}
