//! From what a row says to an official entity: by its code, else by its name in any form, narrowed by the
//! region given; a name several entities share is ambiguous, with every candidate. Searches are remembered
//! by their words.
// Names are whatever people typed: no indexing that could panic on them.
#![cfg_attr(not(test), deny(clippy::indexing_slicing))]

use super::entities::*;
use super::index::*;
use super::names::*;
use crate::engine::text::{fold, latinize};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Look-ups by name already made, by their words: a name search is a pure function of them, so a file
/// interpreted again after a correction (or the same name in many rows) costs one hash look-up, not a
/// search. Bounded: emptied when it holds more names than any pair of surveys has.
pub(super) struct Searches<E: 'static> {
    pub(super) found: std::cell::RefCell<HashMap<[String; 3], Resolved<E>>>,
}

// By hand: the entities are `'static` references, so a copy needs no `E: Clone`.
impl<E> Clone for Resolved<E> {
    fn clone(&self) -> Self {
        Resolved {
            entity: self.entity,
            how: self.how,
            candidates: self.candidates.clone(),
            unknown_code: self.unknown_code,
            name_says: self.name_says,
        }
    }
}

impl<E> Default for Searches<E> {
    fn default() -> Self {
        // Room for a national file's rows at once: grown step by step, the table was made again each time.
        Searches { found: std::cell::RefCell::new(HashMap::with_capacity(1024)) }
    }
}

impl<E> Searches<E> {
    pub(super) const MAX: usize = 100_000;

    pub(super) fn get(&self, key: [&str; 3], find: impl FnOnce() -> Resolved<E>) -> Resolved<E> {
        let key = key.map(str::to_string);
        if let Some(r) = self.found.borrow().get(&key) {
            return r.clone();
        }
        let r = find();
        let mut found = self.found.borrow_mut();
        if found.len() >= Self::MAX {
            found.clear();
        }
        found.insert(key, r.clone());
        r
    }
}

/// What resolving a row gave.
#[derive(Debug, PartialEq)]
pub struct Resolved<E: 'static> {
    /// The entity, when one was found.
    pub entity: Option<&'static E>,
    /// How it was found.
    pub how: Option<How>,
    /// When the name fits several entities and nothing tells them apart: all of them (and no entity).
    pub candidates: Vec<&'static E>,
    /// A code was given that is not in the list.
    pub unknown_code: bool,
    /// The code found one entity and the name another: the name's.
    pub name_says: Option<&'static E>,
}

impl<E> Default for Resolved<E> {
    fn default() -> Self {
        Resolved { entity: None, how: None, candidates: Vec::new(), unknown_code: false, name_says: None }
    }
}

/// Looks `keys` up in `maps` tier by tier; the first tier that finds any entity `keep` accepts wins. The tiers
/// come lazily: one is made only when those before found none.
pub(super) fn look_up<'a>(
    tiers: impl Iterator<Item = Tier<'a>>,
    keep: &dyn Fn(usize) -> bool,
) -> Option<(Vec<usize>, How)> {
    for (map, keys, how) in tiers {
        let mut found: Vec<usize> = Vec::new();
        for k in keys {
            for i in map.get(&k) {
                if !found.contains(&i) {
                    found.push(i);
                }
            }
        }
        let kept: Vec<usize> = found.into_iter().filter(|&i| keep(i)).collect();
        if !kept.is_empty() {
            return Some((kept, how));
        }
    }
    None
}

pub(super) fn finish<E>(list: &'static [E], found: Option<(Vec<usize>, How)>) -> Resolved<E> {
    match found {
        Some((ids, how)) if ids.len() == 1 => {
            Resolved { entity: ids.first().and_then(|&i| list.get(i)), how: Some(how), ..Resolved::default() }
        }
        Some((ids, _)) => {
            Resolved { candidates: ids.iter().filter_map(|&i| list.get(i)).collect(), ..Resolved::default() }
        }
        None => Resolved::default(),
    }
}

/// The community of a KATOTTG code (normalised: `UA` and 17 digits).
pub fn hromada_by_code(code: &str) -> Option<&'static Hromada> {
    HROMADY.binary_search_by(|h| h.code.cmp(code)).ok().and_then(|i| HROMADY.get(i))
}

/// The municipality of a kommunenummer (four digits).
pub fn kommune_by_number(number: &str) -> Option<&'static Kommune> {
    KOMMUNER.iter().find(|k| k.number == number)
}

/// Finds a community by its name in any form, narrowed by `oblast` and `raion` when given (in any form; empty
/// when not).
pub fn find_hromada(name: &str, oblast: &str, raion: &str) -> Resolved<Hromada> {
    thread_local! {
        static SEARCHES: Searches<Hromada> = Searches::default();
    }
    SEARCHES.with(|m| m.get([name, oblast, raion], || find_hromada_now(name, oblast, raion)))
}

pub(super) fn find_hromada_now(name: &str, oblast: &str, raion: &str) -> Resolved<Hromada> {
    let p = parse(name, UA_KIND_WORDS, UA_OBLAST_WORDS, UA_RAION_WORDS);
    if p.core.is_empty() {
        return Resolved::default();
    }
    let oblast = if oblast.trim().is_empty() { p.region.clone().unwrap_or_default() } else { oblast.to_string() };
    let raion_written = if raion.trim().is_empty() { p.raion.clone().unwrap_or_default() } else { raion.to_string() };
    let raion_core = fold(&strip_raion_suffix(&raion_written));
    // The written oblast and raion in the forms they are compared by, made once, not per candidate.
    let oblast = (!oblast.trim().is_empty()).then(|| WrittenOblast::new(&oblast));
    // The loose key only when a candidate's raion is not one of the written forms (rarely: made then, once).
    let raion = (!raion_core.is_empty()).then(|| (ua_forms(&raion_core), std::cell::OnceCell::new()));
    let keep = |i: usize| {
        HROMADY.get(i).is_some_and(|h| {
            p.kind.is_none_or(|k| k.allows(h.kind))
                && oblast.as_ref().is_none_or(|w| w.as_ref().is_some_and(|w| w.is(h.oblast)))
                && raion.as_ref().is_none_or(|(forms, loose_raion)| {
                    let own = fold(h.raion);
                    forms.contains(&own)
                        || *loose_raion.get_or_init(|| loose(&latinize(&raion_core))) == loose(&latinize(&own))
                })
        })
    };
    let forms = ua_forms(&p.core);
    // Each tier's keys (and the loose tiers' index) are made only when the tiers before found none.
    let latin = std::cell::OnceCell::new();
    let latin = || latin.get_or_init(|| forms.iter().map(|f| alias(&latinize(f))).collect::<Vec<String>>());
    let loose_keys = std::cell::OnceCell::new();
    let loose_keys = || loose_keys.get_or_init(|| latin().iter().map(|l| loose(l)).collect::<Vec<String>>()).clone();
    let ix = hromada_index();
    let tiers = (0..5).map(|tier| -> Tier {
        match tier {
            0 => (&ix.name, forms.clone(), How::Name),
            1 => (&ix.latin, latin().clone(), How::Latin),
            2 => (&ix.centre, forms.iter().chain(latin()).cloned().collect(), How::Centre),
            3 => (&hromada_loose_index().loose, loose_keys(), How::Latin),
            _ => (&hromada_loose_index().centre_loose, loose_keys(), How::Centre),
        }
    });
    finish(HROMADY, look_up(tiers, &keep))
}

/// Finds a municipality by its name in any form (official, parallel Sami or Kven names, any case, with or
/// without "kommune", Norwegian letters written as `ae`, `o`, `aa`), narrowed by `county` when given.
pub fn find_kommune(name: &str, county: &str) -> Resolved<Kommune> {
    thread_local! {
        static SEARCHES: Searches<Kommune> = Searches::default();
    }
    SEARCHES.with(|m| m.get([name, county, ""], || find_kommune_now(name, county)))
}

pub(super) fn find_kommune_now(name: &str, county: &str) -> Resolved<Kommune> {
    static COUNTIES: OnceLock<Vec<String>> = OnceLock::new();
    let counties = COUNTIES.get_or_init(|| {
        let mut c: Vec<String> = KOMMUNER.iter().map(|k| fold(k.county)).collect();
        c.sort_unstable();
        c.dedup();
        c
    });
    // A county written inside the name: "Herøy (Nordland)", "Våler i Innlandet".
    let folded = fold(name);
    let mut words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    let mut county_written = fold(county);
    for n in 1..=3 {
        if words.len() > n {
            let tail = words.get(words.len() - n..).map(|t| t.join(" ")).unwrap_or_default();
            if counties.contains(&tail) {
                county_written = tail;
                words.truncate(words.len() - n);
                break;
            }
        }
    }
    let whole = parse(&folded, NO_KIND_WORDS, &[], &[]).core;
    let p = parse(&words.join(" "), NO_KIND_WORDS, &[], &[]);
    if p.core.is_empty() {
        return Resolved::default();
    }
    // A name that ends in a county's name ("Indre Østfold", "Midt-Telemark") is the whole name when the
    // list has it.
    let ix = kommune_index();
    let (p, county_written) = if whole != p.core && ix.name.contains_key(&whole) {
        (Parsed { core: whole, region: None, raion: None, kind: None }, fold(county))
    } else {
        (p, county_written)
    };
    let county_core = parse(&county_written, NO_KIND_WORDS, &[], &[]).core;
    let keep = |i: usize| {
        county_core.is_empty()
            || KOMMUNER.get(i).is_some_and(|k| {
                let own = fold(k.county);
                own == county_core || loose(&own) == loose(&county_core)
            })
    };
    // Each tier's keys (and the loose tiers' index) are made only when the tiers before found none.
    let loose_core = std::cell::OnceCell::new();
    let loose_core = || vec![loose_core.get_or_init(|| loose(&p.core)).clone()];
    let tiers = (0..4).map(|tier| -> Tier {
        match tier {
            0 => (&ix.name, vec![p.core.clone()], How::Name),
            1 => (&kommune_loose_index().loose, loose_core(), How::Name),
            2 => (&ix.centre, vec![p.core.clone()], How::Centre),
            _ => (&kommune_loose_index().centre_loose, loose_core(), How::Centre),
        }
    });
    finish(KOMMUNER, look_up(tiers, &keep))
}

/// Resolves a municipality's row: by its number (normalised, four digits) when given and known, else by its
/// name; says when the number is unknown and when the name points to another municipality.
pub fn resolve_kommune(number: Option<&str>, name: &str, county: &str) -> Resolved<Kommune> {
    let by_name = || find_kommune(name, county);
    match number {
        Some(n) => match kommune_by_number(n) {
            Some(k) => {
                let named = by_name();
                let name_says = named.entity.filter(|other| other.number != k.number);
                Resolved { entity: Some(k), how: Some(How::Code), name_says, ..Resolved::default() }
            }
            None => Resolved { unknown_code: true, ..by_name() },
        },
        None => by_name(),
    }
}

/// Resolves a community's row: by its KATOTTG code when given and known, else by its name (with oblast and
/// raion); says when the code is unknown and when the name points to another community.
pub fn resolve_hromada(code: Option<&str>, name: &str, oblast: &str, raion: &str) -> Resolved<Hromada> {
    let by_name = || find_hromada(name, oblast, raion);
    match code {
        Some(c) => match hromada_by_code(c) {
            Some(h) => {
                let named = by_name();
                let name_says = named.entity.filter(|other| other.code != h.code);
                Resolved { entity: Some(h), how: Some(How::Code), name_says, ..Resolved::default() }
            }
            None => Resolved { unknown_code: true, ..by_name() },
        },
        None => by_name(),
    }
}
