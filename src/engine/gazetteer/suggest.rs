//! Suggestions for a name not found: the nearest official names, and the entities named inside a longer text.
// Names are whatever people typed: no indexing that could panic on them.
#![cfg_attr(not(test), deny(clippy::indexing_slicing))]

use super::entities::*;
use super::index::*;
use super::names::*;
use super::resolve::{find_hromada, find_kommune};
use crate::engine::text::{fold, latinize};

/// Edit distance between two strings, by characters (Levenshtein), stopping early above `limit`.
pub(super) fn distance(a: &str, b: &str, limit: usize) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > limit {
        return limit + 1;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev.get(j).copied().unwrap_or(usize::MAX) + usize::from(ca != cb);
            let del = prev.get(j + 1).copied().unwrap_or(usize::MAX) + 1;
            let ins = cur.get(j).copied().unwrap_or(usize::MAX) + 1;
            if let Some(c) = cur.get_mut(j + 1) {
                *c = sub.min(del).min(ins);
            }
        }
        if cur.iter().min().is_some_and(|&m| m > limit) {
            return limit + 1;
        }
        prev = cur;
    }
    prev.last().copied().unwrap_or(limit + 1)
}

/// The entities whose names are nearest a name no list has (a misspelling): at most `n`, closest first, within
/// a third of the name's length.
pub(super) fn nearest<E, K: AsRef<[String]>>(
    list: &'static [E],
    keys: &[K],
    written: &str,
    n: usize,
) -> Vec<&'static E> {
    let w = loose(&alias(&latinize(written)));
    let limit = (w.chars().count() / 3).max(1);
    let mut scored: Vec<(usize, usize)> = keys
        .iter()
        .enumerate()
        .filter_map(|(i, ks)| {
            ks.as_ref().iter().map(|k| distance(&w, k, limit)).min().filter(|&d| d <= limit).map(|d| (d, i))
        })
        .collect();
    scored.sort_unstable();
    scored.into_iter().take(n).filter_map(|(_, i)| list.get(i)).collect()
}

/// Communities whose names are nearest a name that resolves to none (suggestions for the coordinator).
pub fn nearest_hromady(name: &str, n: usize) -> Vec<&'static Hromada> {
    let core = parse(name, UA_KIND_WORDS, UA_OBLAST_WORDS, UA_RAION_WORDS).core;
    nearest(HROMADY, hromada_loose_keys(), &core, n)
}

/// Municipalities whose names are nearest a name that resolves to none.
pub fn nearest_kommuner(name: &str, n: usize) -> Vec<&'static Kommune> {
    let core = parse(name, NO_KIND_WORDS, &[], &[]).core;
    nearest(KOMMUNER, kommune_loose_names(), &core, n)
}

/// The parts of a free-text answer that may each name a place: split at commas, semicolons, slashes, line
/// ends and "og"/"and"/"та"/"і".
pub(super) fn parts(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in text.split([',', ';', '/', '\n', '(', ')']) {
        let folded = fold(part);
        let mut words: Vec<&str> = Vec::new();
        for w in folded.split(' ') {
            if matches!(w, "og" | "and" | "та" | "і" | "й" | "ja" | "yes" | "так" | "") {
                if !words.is_empty() {
                    out.push(words.join(" "));
                    words.clear();
                }
            } else {
                words.push(w);
            }
        }
        if !words.is_empty() {
            out.push(words.join(" "));
        }
    }
    out.retain(|p| p.chars().count() >= 3);
    out
}

/// The communities a free-text answer names unambiguously ("Ja, Bucha (Kyivska oblast) og Irpin").
pub fn hromady_named_in(text: &str) -> Vec<&'static Hromada> {
    let mut found: Vec<&'static Hromada> = parts(text).iter().filter_map(|p| find_hromada(p, "", "").entity).collect();
    found.dedup();
    found
}

/// The municipalities a free-text answer names unambiguously ("Bergen and Voss").
pub fn kommuner_named_in(text: &str) -> Vec<&'static Kommune> {
    let mut found: Vec<&'static Kommune> = parts(text).iter().filter_map(|p| find_kommune(p, "").entity).collect();
    found.dedup();
    found
}
