//! A run's answer taken in, runs made again after a change, and what the results view shows prepared.

use super::action::*;
use super::error::*;
use super::state::*;
use super::view::*;
use super::{charts, map};
use crate::engine::results::PairOut;
use crate::engine::Results;
use std::rc::Rc;

impl State {
    /// Brings [`State::prepared`] up to date: made again only when the results, the previous results, the
    /// table view or the language changed; the charts and the map as [`Prepared::charts`] says.
    pub(super) fn prepare(&mut self) {
        if self.results.is_some() || self.running.is_some() {
            self.outgoing = None;
        }
        self.prepare_compared();
        let Some(r) = self.results.clone() else {
            (self.prepared, self.prepared_for) = (None, None);
            return;
        };
        let ptr = |x: &Option<Rc<Results>>| x.as_ref().map_or(0, |r| Rc::as_ptr(r) as usize);
        let key = PreparedFor(ptr(&self.results), ptr(&self.previous), self.table.clone(), self.lang);
        if self.prepared_for.as_ref() == Some(&key) {
            return;
        }
        let same_results = matches!(&self.prepared_for,
            Some(PreparedFor(results, previous, _, lang)) if (*results, *previous, *lang) == (key.0, key.1, key.3));
        let rows = Rc::new(self.table_rows());
        let prepared = match self.prepared.take() {
            // Only the table's filter or order changed: what changed and the charts stay, the map follows
            // the rows now (typing in the filter never shows a map of other rows).
            Some(p) if same_results => {
                let map = if p.map_current { self.map_view(&r, &rows).map(Rc::new) } else { p.map.clone() };
                Prepared { rows, diff: p.diff.clone(), map, ..(*p).clone() }
            }
            // New results or another language: the figures before stay until the view asks for new ones.
            old => Prepared {
                rows,
                diff: self.diff().map(Rc::new),
                charts: old.as_ref().and_then(|p| p.charts.clone()),
                map: old.as_ref().and_then(|p| p.map.clone()),
                charts_current: false,
                map_current: false,
            },
        };
        self.prepared = Some(Rc::new(prepared));
        self.prepared_for = Some(key);
    }

    /// Makes the next figure of the results shown that is not made yet: the charts, then the map
    /// ([`Action::DrawFigures`]); not for a run's preliminary results, whose final ones follow with the same
    /// pairs (made once, and the page's thread free for the final results when they come).
    pub(super) fn draw_figures(&mut self) {
        if self.preliminary {
            return;
        }
        let (Some(r), Some(p)) = (self.results.clone(), self.prepared.clone()) else { return };
        let next = if !p.charts_current {
            let data = self.from_file.is_none().then(|| self.dataset());
            let charts = Some(Rc::new(charts::Charts::new(&r, data.as_ref(), self.lang)));
            Prepared { charts, charts_current: true, ..(*p).clone() }
        } else if !p.map_current {
            // Not before the outlines are there ([`Action::Outlines`] asks again).
            let Some(map) = self.map_view(&r, &p.rows) else { return };
            Prepared { map: Some(Rc::new(map)), map_current: true, ..(*p).clone() }
        } else {
            return;
        };
        self.prepared = Some(Rc::new(next));
    }

    /// The map of `rows` (the table's pairs), with the entities the table's filter names; none before the
    /// map's outlines are there.
    pub(super) fn map_view(&self, r: &Results, rows: &[PairOut]) -> Option<map::MapView> {
        let f = self.table.filter.to_lowercase();
        let matches = |xs: &[&str]| xs.iter().any(|x| x.to_lowercase().contains(&f));
        map::MapView::new(r, rows, !f.is_empty(), &matches, self.lang)
    }

    pub(super) fn finish(&mut self, outcome: Result<Rc<Results>, AppError>) {
        match outcome {
            Ok(r) => {
                self.previous = self.results.take().or(self.previous.take());
                self.results = Some(r);
                self.from_file = None;
                self.error = None;
            }
            Err(e) => {
                self.results = None;
                self.error = Some(e);
            }
        }
        self.scenario_finished();
    }

    /// Runs again when there are results to compare with; otherwise only marks them stale.
    pub(super) fn rerun(mut self) -> State {
        if (self.results.is_some() || self.running.is_some()) && self.can_run() {
            self.apply(Action::Run)
        } else {
            self.stale();
            self
        }
    }
}
