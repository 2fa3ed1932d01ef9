//! Random datasets for property tests: a few municipalities and communities with areas from a small pool
//! (so that pairs overlap), capacities, categories and preferences. Ids depend on the position only, so two
//! datasets drawn one after the other share some ids: a municipality can answer two rounds.

use kommunematch::engine::model::{Category, Need, Offer, Preference};
use kommunematch::engine::Dataset;
use proptest::prelude::*;

/// The shape of random datasets: how many of each side, how many areas there are and each answer names, the
/// largest capacity and number of partners wanted, the categories drawn.
#[derive(Debug, Clone)]
pub struct Shape {
    /// How many municipalities.
    pub offers: std::ops::Range<usize>,
    /// How many communities.
    pub needs: std::ops::Range<usize>,
    /// Areas are drawn from `0..pool`.
    pub pool: usize,
    /// How many areas a municipality offers.
    pub offered: std::ops::Range<usize>,
    /// How many urgent and long-term needs a community names.
    pub urgent: std::ops::Range<usize>,
    pub long_term: std::ops::Range<usize>,
    /// Capacities from 1 to this.
    pub capacity: u32,
    /// Partners wanted from 1 to this.
    pub wanted: u32,
    /// The categories drawn.
    pub categories: &'static [Category],
}

impl Default for Shape {
    fn default() -> Self {
        Shape {
            offers: 1..7,
            needs: 1..9,
            pool: 8,
            offered: 1..4,
            urgent: 0..3,
            long_term: 0..3,
            capacity: 3,
            wanted: 2,
            categories: &[Category::WarZone, Category::Outside],
        }
    }
}

/// A random dataset: offers and needs with random areas (from a small pool so that pairs overlap),
/// capacities, categories and preferences.
#[allow(dead_code)] // each test crate includes this file and uses what it needs
pub fn datasets() -> impl Strategy<Value = Dataset> {
    shaped(Shape::default())
}

/// A random dataset of this shape.
pub fn shaped(shape: Shape) -> impl Strategy<Value = Dataset> {
    let offer = (prop::collection::btree_set(0..shape.pool, shape.offered.clone()), 1..=shape.capacity, 0u8..3);
    let need = (
        prop::collection::btree_set(0..shape.pool, shape.urgent.clone()),
        prop::collection::btree_set(0..shape.pool, shape.long_term.clone()),
        1..=shape.wanted,
        prop::sample::select(shape.categories),
    );
    (prop::collection::vec(offer, shape.offers), prop::collection::vec(need, shape.needs)).prop_map(|(os, ns)| {
        Dataset {
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
                .map(|(i, (urgent, long_term, partners_wanted, category))| Need {
                    id: format!("UA{:017}", i),
                    name: format!("Громада {i}"),
                    long_term: long_term.difference(&urgent).copied().collect(),
                    urgent,
                    partners_wanted,
                    category,
                    ..Need::default()
                })
                .collect(),
            ..Dataset::default()
        }
    })
}
