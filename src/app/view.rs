//! What the results view shows, made from the state: the pairs table's view, what changed since the last
//! run, and the charts and map prepared once per change.

use super::i18n::Lang;
use super::{charts, map};
use crate::engine::comparison::Compared;
use crate::engine::results::{InputInfo, PairOut, PreviousInfo};
use crate::engine::scenario::Figures;
use crate::engine::{PairId, Preset, Results};
use std::collections::BTreeSet;
use std::rc::Rc;

/// What the results table is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    /// Municipality name.
    #[default]
    Offer,
    /// Community name.
    Need,
    /// Pair score.
    Score,
}

/// A municipality or community opened for its explanation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entity {
    /// A municipality, by id.
    Offer(String),
    /// A community, by id.
    Need(String),
}

/// How the results table is shown.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TableView {
    /// Only pairs whose names, ids or areas contain this (case-insensitive).
    pub filter: String,
    /// Sort column.
    pub sort: SortKey,
    /// Descending.
    pub descending: bool,
}

/// What changed between two runs.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Diff {
    /// Pairs made now and not before.
    pub added: Vec<PairOut>,
    /// Pairs made before and not now.
    pub removed: Vec<PairOut>,
    /// Change of the total score.
    pub objective_change: i64,
}

/// Compares two results by their pairs.
pub fn diff(before: &Results, after: &Results) -> Diff {
    let key = |p: &PairOut| (p.offer_id.clone(), p.need_id.clone());
    let old: std::collections::BTreeSet<_> = before.pairs.iter().map(key).collect();
    let new: std::collections::BTreeSet<_> = after.pairs.iter().map(key).collect();
    Diff {
        added: after.pairs.iter().filter(|p| !old.contains(&key(p))).cloned().collect(),
        removed: before.pairs.iter().filter(|p| !new.contains(&key(p))).cloned().collect(),
        objective_change: after.objective - before.objective,
    }
}

/// What the results view shows, prepared once when what it depends on changes (the results, the previous
/// results, the table view, the language), never on a render.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prepared {
    /// The pairs of the table, filtered and sorted.
    pub rows: Rc<Vec<PairOut>>,
    /// What changed since the previous run.
    pub diff: Option<Rc<Diff>>,
    /// The charts and the map. When the results or the language change they are made after the rest, one a
    /// task ([`Action::DrawFigures`], which the view sends once it has drawn the table): until then these are
    /// those of the results before (none the first time), so that showing new results never waits for them
    /// and nothing below them moves. When only the table's view changes, the map follows it at once.
    pub charts: Option<Rc<charts::Charts>>,
    /// The map: the table's pairs and their municipalities and communities.
    pub map: Option<Rc<map::MapView>>,
    /// Whether `charts` are those of these results and this language (if not, the view asks for them).
    pub charts_current: bool,
    /// Whether `map` is that of these results, table view and language.
    pub map_current: bool,
}

impl Prepared {
    /// Whether a figure is still to be made for what is shown ([`Action::DrawFigures`]).
    pub fn figures_waiting(&self) -> bool {
        !(self.charts_current && self.map_current)
    }
}

/// What [`Prepared`] was made from: the results and previous results (by identity), the table view and the
/// language.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct PreparedFor(pub(super) usize, pub(super) usize, pub(super) TableView, pub(super) Lang);

/// How the letters are made.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LettersView {
    /// Whether the contact persons are addressed and named (personal data, only when ticked).
    pub contacts: bool,
    /// The copy address as typed.
    pub cc: String,
    /// The pairs unticked: no letter for them.
    pub unticked: BTreeSet<PairId>,
    /// Whether the list of pairs is open (its links are made only then).
    pub list_open: bool,
}

/// How many scenarios are kept at most.
pub const MAX_SCENARIOS: usize = 6;

/// What a run was made from: the files read (their digests and counts), the previous rounds, and the
/// corrections (the letters' words left out: they change no result).
#[derive(Debug, Clone, PartialEq)]
pub struct MadeFrom {
    pub(super) inputs: Vec<InputInfo>,
    pub(super) rounds: Vec<PreviousInfo>,
    pub(super) preset: Preset,
}

/// A run kept by name.
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    /// The name given.
    pub name: String,
    /// Its results, as the run gave them.
    pub results: Rc<Results>,
    /// Their headline figures.
    pub figures: Rc<Figures>,
    pub(super) made_from: MadeFrom,
}

/// Two scenarios compared, prepared once for the view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComparedView {
    /// Which scenarios, by index.
    pub a: usize,
    /// The other.
    pub b: usize,
    /// The comparison (none: they cannot be compared, their inputs differ).
    pub compared: Option<Compared>,
    /// The pairs only in A and only in B on the map.
    pub map: Option<Rc<map::MapView>>,
    pub(super) key: (usize, usize, Lang, bool),
}

/// The scenarios kept, and how they are weighed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scenarios {
    /// In the order kept.
    pub list: Vec<Scenario>,
    /// The name typed for the next one.
    pub name: String,
    /// The two compared, by index.
    pub a: usize,
    /// The other.
    pub b: usize,
    /// The one chosen to continue with.
    pub chosen: Option<usize>,
    /// The one run again, until its run finishes.
    pub(super) rerun: Option<usize>,
    /// The comparison of `a` and `b`, when there are two.
    pub compared: Option<Rc<ComparedView>>,
}
