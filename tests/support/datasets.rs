//! Random datasets for property tests: a few municipalities and communities with areas from a small pool
//! (so that pairs overlap), capacities, categories and preferences. Ids depend on the position only, so two
//! datasets drawn one after the other share some ids: a municipality can answer two rounds.

use kommunematch::engine::model::{Category, Need, Offer, Preference};
use kommunematch::engine::Dataset;
use proptest::prelude::*;

/// A random dataset: offers and needs with random areas (from a small pool so that pairs overlap),
/// capacities, categories and preferences.
pub fn datasets() -> impl Strategy<Value = Dataset> {
    let offer = (prop::collection::btree_set(0usize..8, 1..4), 1u32..4, 0u8..3);
    let need = (
        prop::collection::btree_set(0usize..8, 0..3),
        prop::collection::btree_set(0usize..8, 0..3),
        1u32..3,
        any::<bool>(),
    );
    (prop::collection::vec(offer, 1..7), prop::collection::vec(need, 1..9)).prop_map(|(os, ns)| Dataset {
        offers: os
            .into_iter()
            .enumerate()
            .map(|(i, (areas, capacity, pref))| Offer {
                id: format!("{:04}", 100 + i),
                name: format!("Kommune {i}"),
                areas,
                capacity,
                preference: [Preference::WarZone, Preference::Outside, Preference::NoPreference][pref as usize],
                ..Offer::default()
            })
            .collect(),
        needs: ns
            .into_iter()
            .enumerate()
            .map(|(i, (urgent, long_term, partners_wanted, war))| Need {
                id: format!("UA{:017}", i),
                name: format!("Громада {i}"),
                long_term: long_term.difference(&urgent).copied().collect(),
                urgent,
                partners_wanted,
                category: if war { Category::WarZone } else { Category::Outside },
                ..Need::default()
            })
            .collect(),
        ..Dataset::default()
    })
}
