//! The page's one state, and what the views and the worker read from it.

use super::action::*;
use super::error::*;
use super::i18n;
use super::i18n::Lang;
use super::loaded::*;
use super::view::*;
use crate::engine::progress::Progress;
use crate::engine::results::PairOut;
use crate::engine::{self, Dataset, PairId, Preset, Results, Settings, Survey, WeightPreset};
use std::rc::Rc;

/// Everything the page shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    /// The interface language.
    pub lang: Lang,
    /// Files in the order given. A file with the same name as an earlier one replaces it.
    pub files: Vec<Rc<LoadedFile>>,
    /// Results of earlier rounds given beside the survey files, in the order given.
    pub rounds: Vec<Rc<RoundFile>>,
    /// The coordinator's corrections to how files are read, applied to every file.
    pub preset: Preset,
    /// Matching settings.
    pub settings: Settings,
    /// The latest results, cleared when the inputs change.
    pub results: Option<Rc<Results>>,
    /// The results before the latest run, to show what changed.
    pub previous: Option<Rc<Results>>,
    /// Whether the results came from a loaded results file (no survey files behind them).
    pub from_file: Option<String>,
    /// That file's bytes, kept so that it can be made an earlier round instead.
    pub(super) opened: Option<Rc<Vec<u8>>>,
    /// Whether downloads include contact persons (personal data).
    pub include_personal_data: bool,
    /// The map's outlines did not arrive ([`Action::Outlines`]): the map says so in its place.
    pub map_unavailable: bool,
    /// How the introductions are made.
    pub letters: LettersView,
    /// The scenarios kept to weigh side by side.
    pub scenarios: Scenarios,
    /// How the results table is shown.
    pub table: TableView,
    /// The municipality or community whose explanation is open.
    pub selected: Option<Entity>,
    /// The pair picked in the table or on the map, shown on both.
    pub highlight: Option<PairId>,
    /// Why the latest run, results file or preset failed.
    pub error: Option<AppError>,
    /// Whether runs go to a background worker (the page sets this when it has one); otherwise they run
    /// at once.
    pub background: bool,
    /// The run in flight in the background, by number; a newer run makes older answers stale.
    pub running: Option<u64>,
    /// How far the run in flight is, once the worker says.
    pub progress: Option<Progress>,
    /// The results shown are the run's preliminary ones: the pairs, before the exact explanations (not for
    /// downloading).
    pub preliminary: bool,
    /// How many times the coordinator stopped the background work: the page ends the worker on each.
    pub stops: u64,
    /// What the last "Stop" stopped, to say so.
    pub stopped: Option<Stopped>,
    /// The number of the last run asked for.
    pub last_run: u64,
    /// The number of the last reading asked of the background worker (see [`LoadedFile::waiting`]).
    pub read_gen: u64,
    /// The key the next file gets.
    pub(super) next_key: u64,
    /// What the results view shows, kept up to date by [`State::apply`].
    pub prepared: Option<Rc<Prepared>>,
    pub(super) prepared_for: Option<PreparedFor>,
    /// Results a change took away while files are being read again (a correction, a side, a new file): still
    /// shown, with a note over them and their downloads off, until the readings are in, then let go of
    /// ([`Action::Retire`]), so that taking a
    /// national result off the page (tens of milliseconds) comes after the corrected file is shown. A run, or
    /// new results, end it at once.
    pub outgoing: Option<(Rc<Results>, Rc<Prepared>)>,
    /// Surveys a new reading replaced, kept until [`Action::Retire`], so that freeing them is not part of the
    /// task that shows the file read again (the page asks for `Retire` in a task of its own).
    pub(super) retired: Vec<Rc<Survey>>,
}

impl State {
    /// What the background worker needs for the run in flight.
    pub fn run_request(&self) -> Option<RunRequest> {
        Some(self.request(self.running?))
    }

    /// The run "Run matching" would ask for now, for the worker to do ahead of the click
    /// (`web::worker::Bridge::ahead`): while the first files are being read and there are no results yet (after
    /// that, every change runs again by itself). `None` otherwise. The click's request is compared with it:
    /// only the very same run is taken over.
    pub fn ahead_request(&self) -> Option<RunRequest> {
        let first = self.background
            && self.running.is_none()
            && self.results.is_none()
            && self.from_file.is_none()
            && self.files.len() >= 2;
        first.then(|| self.request(0))
    }

    pub(super) fn request(&self, id: u64) -> RunRequest {
        RunRequest {
            id,
            // The files that were read, as `dataset()` takes them: one that cannot be read is shown with its
            // message and left out, in the worker as on the page.
            files: self
                .files
                .iter()
                .filter(|f| f.error().is_none())
                .map(|f| RunFile { key: f.key, name: f.name.clone(), bytes: f.bytes.clone(), side: f.side })
                .collect(),
            preset: self.preset.clone(),
            settings: self.settings.clone(),
            previous: self.used_rounds().map(|r| (r.name.clone(), r.bytes.clone())).collect(),
        }
    }

    /// The earlier rounds runs build on: given, readable and chosen.
    pub fn used_rounds(&self) -> impl Iterator<Item = &RoundFile> + '_ {
        self.rounds.iter().filter(|r| r.used && r.round.is_ok()).map(|r| r.as_ref())
    }

    /// The results JSON to download: with contact persons only when chosen.
    pub fn results_json(&self) -> Option<String> {
        self.shared_results(Results::to_json)
    }

    /// The result as GeoJSON for GIS tools (`engine::export::geojson`): with contact persons only when chosen.
    pub fn results_geojson(&self) -> Option<String> {
        self.shared_results(engine::export::geojson)
    }

    /// The results as shared, written by `write`: with contact persons only when chosen.
    pub(super) fn shared_results(&self, write: impl Fn(&Results) -> String) -> Option<String> {
        // Preliminary results are for showing: a download waits for the run's answer.
        let r = self.results.as_ref().filter(|_| !self.preliminary)?;
        let personal = self.include_personal_data && self.from_file.is_none();
        let weighed = !self.scenarios.list.is_empty();
        if personal || weighed {
            let mut with = (**r).clone();
            if personal {
                with.add_personal_data(self.dataset().contacts());
            }
            if weighed {
                with.weighed = self.weighed();
            }
            Some(write(&with))
        } else {
            Some(write(r))
        }
    }

    /// The pairs of the results table, filtered and sorted as chosen.
    pub fn table_rows(&self) -> Vec<PairOut> {
        let Some(r) = &self.results else { return Vec::new() };
        let f = self.table.filter.to_lowercase();
        // Where each side is: the county, the oblast and the category (in the interface's words) filter too
        // (looked up only when there is a filter).
        let (mut county, mut place) = (std::collections::BTreeMap::new(), std::collections::BTreeMap::new());
        if !f.is_empty() {
            county.extend(r.offers.iter().map(|o| (o.id.as_str(), o.county.as_str())));
            place.extend(
                r.needs.iter().map(|n| (n.id.as_str(), (n.oblast.as_str(), i18n::category(self.lang, n.category)))),
            );
        }
        let mut rows: Vec<PairOut> = r
            .pairs
            .iter()
            .filter(|p| {
                if f.is_empty() {
                    return true;
                }
                let (oblast, category) = place.get(p.need_id.as_str()).copied().unwrap_or_default();
                let county = county.get(p.offer_id.as_str()).copied().unwrap_or_default();
                [&p.offer_name, &p.offer_id, &p.need_name, &p.need_id].iter().any(|x| x.to_lowercase().contains(&f))
                    || [oblast, category, county].iter().any(|x| x.to_lowercase().contains(&f))
                    || p.urgent_needs_met.iter().chain(&p.long_term_needs_met).any(|c| {
                        engine::taxonomy::by_code(c).is_some_and(|a| {
                            [a.en, a.nb, a.nn, a.uk, a.code].iter().any(|l| l.to_lowercase().contains(&f))
                        })
                    })
            })
            .cloned()
            .collect();
        match self.table.sort {
            SortKey::Offer => rows.sort_by(|a, b| (&a.offer_name, &a.need_name).cmp(&(&b.offer_name, &b.need_name))),
            SortKey::Need => rows.sort_by(|a, b| (&a.need_name, &a.offer_name).cmp(&(&b.need_name, &b.offer_name))),
            SortKey::Score => {
                rows.sort_by(|a, b| (a.score, &a.offer_id, &a.need_id).cmp(&(b.score, &b.offer_id, &b.need_id)))
            }
        }
        if self.table.descending {
            rows.reverse();
        }
        rows
    }

    /// What the background worker has to read: every file waiting for a reading, with the corrections.
    pub fn read_jobs(&self) -> Vec<ReadJob> {
        self.files
            .iter()
            .filter_map(|f| {
                Some(ReadJob {
                    key: f.key,
                    gen: f.waiting?,
                    name: f.name.clone(),
                    bytes: f.bytes.clone(),
                    side: f.side,
                    preset: self.preset.clone(),
                })
            })
            .collect()
    }

    /// Whether surveys replaced by new readings, or results taken away once the readings are in, wait to be
    /// let go of ([`Action::Retire`]).
    pub fn has_retired(&self) -> bool {
        !self.retired.is_empty() || (self.outgoing.is_some() && !self.reading())
    }

    /// Whether a file is being read (in the background worker).
    pub(super) fn reading(&self) -> bool {
        self.files.iter().any(|f| f.waiting.is_some())
    }

    /// The surveys that could be read.
    pub fn surveys(&self) -> impl Iterator<Item = &Survey> + Clone {
        self.files.iter().filter_map(|f| f.survey().map(|s| s.as_ref()))
    }

    /// All readable records, one per id, as the matching sees them, building on the earlier rounds used.
    pub fn dataset(&self) -> Dataset {
        Dataset::from_surveys(self.surveys()).with_previous(self.used_rounds().filter_map(|r| r.round.as_deref().ok()))
    }

    /// The weight preset the weights are exactly, if any.
    pub fn weight_preset(&self) -> Option<WeightPreset> {
        WeightPreset::ALL.into_iter().find(|p| p.weights() == self.settings.weights)
    }

    /// What changed since the previous run, if there was one.
    pub fn diff(&self) -> Option<Diff> {
        Some(diff(self.previous.as_ref()?, self.results.as_ref()?))
    }

    /// Whether downloads may carry personal data: only when the coordinator ticked the box.
    pub fn personal_data(&self) -> crate::engine::report::PersonalData {
        if self.include_personal_data {
            crate::engine::report::PersonalData::Included
        } else {
            crate::engine::report::PersonalData::LeftOut
        }
    }

    /// Whether the matching can run: at least one offer and one need were read, or files are still being
    /// read for the first time in the background (the worker reads them before it runs, and says so if one
    /// side is missing after all).
    pub fn can_run(&self) -> bool {
        (self.surveys().any(|s| !s.offers.is_empty()) && self.surveys().any(|s| !s.needs.is_empty()))
            || self.files.iter().any(|f| f.read.is_none())
    }
}
