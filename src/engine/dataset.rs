//! All surveys of a run as one set of records: each municipality and community once, sorted by id.

use super::model::*;
use super::results::{ContactOut, InputInfo};
use super::rounds::{add_previous, History, PreviousRound};
use super::survey::{settle_resubmissions, Counts, Issue, Survey};

/// All offers and needs of several surveys, each id once (a later answer from the same municipality or
/// community replaces an earlier one, with a warning), sorted by id.
#[derive(Debug, Clone, Default)]
pub struct Dataset {
    /// Offers, sorted by id.
    pub offers: Vec<Offer>,
    /// Needs, sorted by id.
    pub needs: Vec<Need>,
    /// Issues found while combining.
    pub issues: Vec<Issue>,
    /// The files, for the results' `inputs`.
    pub inputs: Vec<InputInfo>,
    /// The partnerships of previous rounds this one builds on (empty: a first round).
    pub history: History,
}

impl Dataset {
    /// Combines surveys in the order given. The same id in two files is settled as within one file: the
    /// answer submitted last wins and the other is reported.
    pub fn from_surveys<'a, I>(surveys: I) -> Dataset
    where
        I: IntoIterator<Item = &'a Survey>,
        I::IntoIter: Clone,
    {
        let surveys = surveys.into_iter();
        let mut offers: Vec<Offer> = surveys.clone().flat_map(|s| s.offers.iter().cloned()).collect();
        let mut needs: Vec<Need> = surveys.clone().flat_map(|s| s.needs.iter().cloned()).collect();
        let mut issues = Vec::new();
        settle_resubmissions(&mut offers, |o| (&o.id, &o.name, &o.submitted, &o.source), &mut issues);
        settle_resubmissions(&mut needs, |n| (&n.id, &n.name, &n.submitted, &n.source), &mut issues);
        offers.sort_by(|a, b| a.id.cmp(&b.id));
        needs.sort_by(|a, b| a.id.cmp(&b.id));
        let inputs = surveys.map(input_info).collect();
        Dataset { offers, needs, issues, inputs, history: History::default() }
    }

    /// Builds on previous rounds: their partnerships are kept, and a municipality or community in one of them
    /// that did not answer this round is added so that its partnership shows (see [`super::rounds`]).
    pub fn with_previous<'a>(mut self, rounds: impl IntoIterator<Item = &'a PreviousRound>) -> Dataset {
        let rounds: Vec<&PreviousRound> = rounds.into_iter().collect();
        if !rounds.is_empty() {
            self.history = add_previous(&mut self.offers, &mut self.needs, &rounds);
        }
        self
    }

    /// The contact person of every municipality and community, for results that include personal data.
    pub fn contacts(&self) -> impl Iterator<Item = ContactOut> + '_ {
        let contact = |id: &str, name: &str, c: &Contact| ContactOut {
            id: id.into(),
            name: name.into(),
            contact: c.name.clone(),
            role: c.role.clone(),
            email: c.email.clone(),
            phone: c.phone.clone(),
        };
        self.offers
            .iter()
            .map(move |o| contact(&o.id, &o.name, &o.contact))
            .chain(self.needs.iter().map(move |n| contact(&n.id, &n.name, &n.contact)))
    }
}

/// How a survey was read, for the results' `inputs`.
pub fn input_info(s: &Survey) -> InputInfo {
    let Counts { rows, accepted, warnings, rejected, set_aside } = s.counts;
    InputInfo {
        file: s.file.clone(),
        sheet: s.sheet.clone(),
        sha256: s.sha256.clone(),
        side: s.side,
        rows,
        accepted,
        warnings,
        rejected,
        set_aside,
    }
}
