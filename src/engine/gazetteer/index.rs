//! The look-up tables from names to entities: built by `build.rs` natively, made once at run time in the
//! browser, and the loose keys made when first needed.
// Names are whatever people typed: no indexing that could panic on them.
#![cfg_attr(not(test), deny(clippy::indexing_slicing))]

use super::entities::*;
use super::names::*;
use crate::engine::text::{fold, latinize};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Names to the positions of the entities that have them: made at build time (`build.rs`, with the same
/// folding and transliteration) as sorted pairs, or made at run time (the loose keys, seldom needed).
pub(super) enum Names {
    #[cfg(not(target_arch = "wasm32"))]
    Built(&'static [(&'static str, u16)]),
    Made(HashMap<String, Vec<usize>>),
}

impl Default for Names {
    fn default() -> Self {
        Names::Made(HashMap::new())
    }
}

impl Names {
    /// The positions named `key`, in increasing order (borrowed: a look-up allocates nothing).
    pub(super) fn get<'a>(&'a self, key: &str) -> impl Iterator<Item = usize> + use<'a> {
        #[cfg(not(target_arch = "wasm32"))]
        let built: &[(&str, u16)] = match self {
            Names::Built(pairs) => {
                let from = pairs.partition_point(|&(k, _)| k < key);
                let pairs = pairs.get(from..).unwrap_or_default();
                pairs.get(..pairs.partition_point(|&(k, _)| k == key)).unwrap_or_default()
            }
            Names::Made(_) => &[],
        };
        #[cfg(target_arch = "wasm32")]
        let built: &[(&str, u16)] = &[];
        let made = match self {
            Names::Made(map) => map.get(key).map_or(&[][..], Vec::as_slice),
            #[cfg(not(target_arch = "wasm32"))]
            Names::Built(_) => &[],
        };
        built.iter().map(|&(_, i)| usize::from(i)).chain(made.iter().copied())
    }

    pub(super) fn contains_key(&self, key: &str) -> bool {
        self.get(key).next().is_some()
    }
}

/// A tier of the look-up: where to look, the keys to look for, and how a hit was found.
pub(super) type Tier<'a> = (&'a Names, Vec<String>, How);

/// Index of names to entity positions: the exact folded name, its Latin form, the centre.
#[derive(Default)]
pub(super) struct Index {
    pub(super) name: Names,
    pub(super) latin: Names,
    pub(super) centre: Names,
}

/// The loose keys of names and centres ([`loose`]): the last tiers of a look-up, made on the first look-up
/// that gets that far (most names are found before, and these keys are the dearest to make).
#[derive(Default)]
pub(super) struct LooseIndex {
    pub(super) loose: Names,
    pub(super) centre_loose: Names,
}

#[cfg_attr(target_arch = "wasm32", allow(clippy::infallible_destructuring_match, reason = "one variant there"))]
pub(super) fn push(map: &mut Names, key: String, i: usize) {
    let map = match map {
        Names::Made(map) => map,
        #[cfg(not(target_arch = "wasm32"))]
        Names::Built(_) => return,
    };
    if key.is_empty() {
        return;
    }
    let v = map.entry(key).or_default();
    if !v.contains(&i) {
        v.push(i);
    }
}

/// The exact tiers' keys: natively made at build time (no work on the first look-up of a run); in the browser
/// made on the worker's first look-up instead, once per worker (the built keys would add 160 KB to the
/// download). [`made_hromada_index`] makes them as the build script does (a test holds the two equal).
pub(super) fn hromada_index() -> &'static Index {
    #[cfg(not(target_arch = "wasm32"))]
    {
        static I: Index = Index {
            name: Names::Built(HROMADA_NAMES),
            latin: Names::Built(HROMADA_LATIN),
            centre: Names::Built(HROMADA_CENTRES),
        };
        &I
    }
    #[cfg(target_arch = "wasm32")]
    {
        static I: OnceLock<Index> = OnceLock::new();
        I.get_or_init(made_hromada_index)
    }
}

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code, reason = "natively the built keys; tests compare"))]
pub(super) fn made_hromada_index() -> Index {
    let mut ix = Index::default();
    for (i, h) in HROMADY.iter().enumerate() {
        let name = fold(h.name);
        push(&mut ix.latin, latinize(&name), i);
        push(&mut ix.name, name, i);
        let centre = fold(h.centre);
        push(&mut ix.centre, latinize(&centre), i);
        push(&mut ix.centre, centre, i);
    }
    ix
}

/// Each community's loose keys ([`loose`]): of its name and of its centre. Made once, for the look-up's last
/// tiers and for the nearest names.
pub(super) fn hromada_loose_keys() -> &'static [[String; 2]] {
    static K: OnceLock<Vec<[String; 2]>> = OnceLock::new();
    K.get_or_init(|| {
        HROMADY.iter().map(|h| [loose(&latinize(&fold(h.name))), loose(&latinize(&fold(h.centre)))]).collect()
    })
}

pub(super) fn hromada_loose_index() -> &'static LooseIndex {
    static I: OnceLock<LooseIndex> = OnceLock::new();
    I.get_or_init(|| {
        let mut ix = LooseIndex::default();
        for (i, [name, centre]) in hromada_loose_keys().iter().enumerate() {
            push(&mut ix.loose, name.clone(), i);
            push(&mut ix.centre_loose, centre.clone(), i);
        }
        ix
    })
}

/// Like [`hromada_index`], for the municipalities.
pub(super) fn kommune_index() -> &'static Index {
    #[cfg(not(target_arch = "wasm32"))]
    {
        static I: Index = Index {
            name: Names::Built(KOMMUNE_NAMES),
            latin: Names::Built(&[]),
            centre: Names::Built(KOMMUNE_CENTRES),
        };
        &I
    }
    #[cfg(target_arch = "wasm32")]
    {
        static I: OnceLock<Index> = OnceLock::new();
        I.get_or_init(made_kommune_index)
    }
}

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code, reason = "natively the built keys; tests compare"))]
pub(super) fn made_kommune_index() -> Index {
    let mut ix = Index::default();
    for (i, k) in KOMMUNER.iter().enumerate() {
        for n in std::iter::once(&k.name).chain(k.other_names) {
            push(&mut ix.name, fold(n), i);
        }
        push(&mut ix.centre, fold(k.centre), i);
    }
    ix
}

/// Each municipality's loose keys ([`loose`]) of its names (official, Sami, Kven). Made once, for the look-up's
/// last tiers and for the nearest names.
pub(super) fn kommune_loose_names() -> &'static [Vec<String>] {
    static K: OnceLock<Vec<Vec<String>>> = OnceLock::new();
    K.get_or_init(|| {
        KOMMUNER
            .iter()
            .map(|k| std::iter::once(&k.name).chain(k.other_names).map(|x| loose(&fold(x))).collect())
            .collect()
    })
}

pub(super) fn kommune_loose_index() -> &'static LooseIndex {
    static I: OnceLock<LooseIndex> = OnceLock::new();
    I.get_or_init(|| {
        let mut ix = LooseIndex::default();
        for (i, (k, names)) in KOMMUNER.iter().zip(kommune_loose_names()).enumerate() {
            for n in names {
                push(&mut ix.loose, n.clone(), i);
            }
            push(&mut ix.centre_loose, loose(&fold(k.centre)), i);
        }
        ix
    })
}

/// How an entity was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum How {
    /// By its official code (kommunenummer, KATOTTG).
    Code,
    /// By its name (official or parallel, in any form).
    Name,
    /// By its name in Latin letters.
    Latin,
    /// By its centre's name.
    Centre,
    /// Chosen by the coordinator (a correction, kept in the preset).
    Chosen,
}
