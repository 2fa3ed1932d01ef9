//! The gazetteer against its own lists: every community and municipality, written in every form people use
//! (generated from the reference lists, not picked by hand), resolves to itself; a name several share is
//! flagged with all of them until an oblast, raion or county tells them apart.
#![cfg(not(target_arch = "wasm32"))]

use kommunematch::engine::gazetteer::{find_hromada, find_kommune, Hromada, Kind, HROMADY, KOMMUNER};
use kommunematch::engine::text::{fold, latinize};
use std::collections::BTreeMap;

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// The ways people write a community's name, in Cyrillic and in Latin letters.
fn written_forms(h: &Hromada) -> Vec<String> {
    let (kind_uk, kind_en, kind_short) = match h.kind {
        Kind::Urban => ("міська", "city", "МТГ"),
        Kind::Settlement => ("селищна", "settlement", "СТГ"),
        Kind::Rural => ("сільська", "village", "СТГ"),
    };
    let latin = capital(&latinize(h.name));
    let mut forms = vec![
        h.name.to_string(),
        h.name.to_uppercase(),
        h.full_name(),
        h.full_name().to_uppercase(),
        format!("{} {kind_uk} громада", h.name),
        format!("{} ТГ", h.name),
        format!("{} {kind_short}", h.name),
        format!("{} {kind_uk} рада", h.name),
        latin.clone(),
        format!("{latin} hromada"),
        format!("{latin} {kind_en} territorial community"),
        format!("{latin} {kind_en} council"),
    ];
    if h.name.contains('’') {
        forms.extend(["'", "ʼ", "`"].map(|a| h.name.replace('’', a)));
    }
    forms
}

/// What tells a community apart from the others written the same (`key` of the name): nothing, the oblast,
/// the oblast and raion, or not even those (then only its kind does, or nothing).
fn discriminator<'a>(h: &'a Hromada, key: &dyn Fn(&Hromada) -> String) -> (&'a str, &'a str, bool) {
    let same: Vec<&Hromada> = HROMADY.iter().filter(|x| key(x) == key(h)).collect();
    let in_oblast = same.iter().filter(|x| x.oblast == h.oblast).count();
    let in_raion = same.iter().filter(|x| x.oblast == h.oblast && x.raion == h.raion).count();
    match (same.len(), in_oblast, in_raion) {
        (1, _, _) => ("", "", true),
        (_, 1, _) => (h.oblast, "", true),
        (_, _, 1) => (h.oblast, h.raion, true),
        _ => (h.oblast, h.raion, false),
    }
}

#[test]
fn every_community_resolves_by_its_name_in_every_form() {
    let mut failures = Vec::new();
    let mut checked = 0;
    let full_kind = ["міська", "селищна", "сільська", "city", "settlement", "village"];
    for h in HROMADY {
        let cyr = discriminator(h, &|x| fold(x.name));
        let lat = discriminator(h, &|x| latinize(&fold(x.name)));
        for form in written_forms(h) {
            checked += 1;
            let latin_form = form.is_ascii();
            let (oblast, raion, unique) = if latin_form { lat } else { cyr };
            let r = find_hromada(&form, oblast, raion);
            let says_kind = full_kind.iter().any(|k| form.to_lowercase().contains(k));
            if unique || says_kind && !latin_form {
                if r.entity.map(|e| e.code) != Some(h.code) {
                    failures.push(format!("{form:?} ({oblast} {raion}) → {:?}", r.entity.map(|e| e.name)));
                }
            } else if r.entity.is_some_and(|e| e.code != h.code)
                || r.entity.is_none() && !r.candidates.iter().any(|c| c.code == h.code)
            {
                // Written the same as another, even with oblast and raion: itself or ambiguous, never another.
                failures.push(format!("{form:?}: neither itself nor ambiguous with it"));
            }
        }
        // The oblast written in Latin letters or with "обл." tells namesakes apart too.
        if cyr.0 == h.oblast && cyr.1.is_empty() {
            let latin_oblast = format!("{} oblast", capital(&latinize(h.oblast)));
            for o in [latin_oblast, format!("{} обл.", h.oblast), format!("{} область", h.oblast)] {
                checked += 1;
                if find_hromada(h.name, &o, "").entity.map(|e| e.code) != Some(h.code) {
                    failures.push(format!("{} in {o:?}", h.name));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} of {checked} forms: {:?}", failures.len(), &failures[..failures.len().min(30)]);
    assert!(checked > 1469 * 12);
}

#[test]
fn a_name_several_communities_share_is_ambiguous_with_all_of_them() {
    let mut by_name: BTreeMap<String, Vec<&Hromada>> = BTreeMap::new();
    for h in HROMADY {
        by_name.entry(fold(h.name)).or_default().push(h);
    }
    let mut shared = 0;
    for (name, list) in by_name.iter().filter(|(_, l)| l.len() > 1) {
        shared += 1;
        let r = find_hromada(name, "", "");
        assert!(r.entity.is_none(), "{name}: never a guess");
        let mut got: Vec<&str> = r.candidates.iter().map(|h| h.code).collect();
        let mut want: Vec<&str> = list.iter().map(|h| h.code).collect();
        got.sort_unstable();
        want.sort_unstable();
        assert_eq!(got, want, "{name}: every candidate");
    }
    assert!(shared > 50, "{shared} shared names");
}

#[test]
fn every_municipality_resolves_by_its_name_in_every_form() {
    let mut failures = Vec::new();
    for k in KOMMUNER {
        let shared = KOMMUNER.iter().filter(|x| x.name == k.name).count() > 1;
        let county = if shared { k.county } else { "" };
        let plain: String = k
            .name
            .chars()
            .flat_map(|c| match c {
                'æ' => "ae".chars().collect::<Vec<_>>(),
                'Æ' => "Ae".chars().collect(),
                'ø' => vec!['o'],
                'Ø' => vec!['O'],
                'å' => "aa".chars().collect(),
                'Å' => "Aa".chars().collect(),
                c => vec![c],
            })
            .collect();
        let mut forms = vec![
            k.name.to_string(),
            k.name.to_uppercase(),
            format!("{} kommune", k.name),
            format!("{} Kommune", k.name.to_lowercase()),
            format!("{} municipality", k.name),
            plain,
        ];
        forms.extend(k.other_names.iter().map(|n| format!("{n} kommune")));
        for form in forms {
            if find_kommune(&form, county).entity.map(|e| e.number) != Some(k.number) {
                failures.push(format!("{form:?} ({county})"));
            }
        }
        if shared {
            for form in [format!("{} ({})", k.name, k.county), format!("{} i {}", k.name, k.county)] {
                if find_kommune(&form, "").entity.map(|e| e.number) != Some(k.number) {
                    failures.push(form);
                }
            }
            let r = find_kommune(k.name, "");
            assert!(r.entity.is_none() && r.candidates.len() == 2 && r.candidates.iter().any(|c| c.number == k.number));
        }
    }
    assert!(failures.is_empty(), "{failures:?}");
}
