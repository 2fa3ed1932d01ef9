//! Scenarios: runs kept by name to weigh side by side (each its settings, locks, vetoes and results, as the
//! run gave them), run again after a change of the files or corrections (and marked until then), two compared
//! pair by pair with the map of the difference, and one chosen to continue with. The results JSON shared
//! records every scenario weighed ([`State::weighed`]).

use super::action::*;
use super::i18n::{t, tf, Lang};
use super::map::{self, MapView};
use super::state::State;
pub use super::view::{ComparedView, MadeFrom, Scenario, Scenarios, MAX_SCENARIOS};
use crate::engine::compare;
use crate::engine::results::PairOut;
use crate::engine::scenario::{Figures, Weighed};
use crate::engine::{Mode, Objective, Preset, Results, Settings, WeightPreset};
use crate::key;
use std::rc::Rc;

impl MadeFrom {
    pub(super) fn of(r: &Results, preset: &Preset) -> MadeFrom {
        let preset = Preset { letters: Default::default(), ..preset.clone() };
        MadeFrom { inputs: r.inputs.clone(), rounds: r.previous_rounds.clone(), preset }
    }
}

impl State {
    pub(super) fn on_scenario(mut self, action: Action) -> State {
        let Action::Scenario(a) = action else { return self };
        let n = self.scenarios.list.len();
        match a {
            ScenarioAction::Name(name) => self.scenarios.name = name,
            ScenarioAction::Keep if self.can_keep() => {
                let Some(r) = self.results.clone() else { return self };
                let typed = self.scenarios.name.trim();
                let name = if typed.is_empty() { self.suggested_name() } else { typed.to_string() };
                let made_from = MadeFrom::of(&r, &self.preset);
                self.scenarios.list.push(Scenario { name, figures: Rc::new(Figures::of(&r)), results: r, made_from });
                self.scenarios.name.clear();
                // The newest is compared with the one before it.
                let last = self.scenarios.list.len() - 1;
                (self.scenarios.a, self.scenarios.b) = (last.saturating_sub(1), last);
            }
            ScenarioAction::Remove(i) if i < n => {
                self.scenarios.list.remove(i);
                let shift = |x: usize| if x > i { x - 1 } else { x };
                let s = &mut self.scenarios;
                s.chosen = s.chosen.filter(|&c| c != i).map(shift);
                s.rerun = s.rerun.filter(|&c| c != i).map(shift);
                let last = s.list.len().saturating_sub(1);
                (s.a, s.b) = (shift(s.a).min(last), shift(s.b).min(last));
            }
            ScenarioAction::RunAgain(i) if i < n => {
                let Some(s) = self.scenarios.list.get(i) else { return self };
                self.settings = s.results.settings.clone();
                self.scenarios.rerun = Some(i);
                return self.apply(Action::Run);
            }
            ScenarioAction::Choose(i) if i < n => {
                self.scenarios.chosen = Some(i);
                if self.scenario_outdated(i) {
                    return self.on_scenario(Action::Scenario(ScenarioAction::RunAgain(i)));
                }
                let Some(s) = self.scenarios.list.get(i) else { return self };
                self.settings = s.results.settings.clone();
                // A run in flight would replace the choice: its answer is dropped.
                (self.running, self.progress, self.preliminary, self.error) = (None, None, false, None);
                self.previous = self.results.take().or(self.previous.take());
                self.results = Some(s.results.clone());
            }
            ScenarioAction::CompareA(i) if i < n => self.scenarios.a = i,
            ScenarioAction::CompareB(i) if i < n => self.scenarios.b = i,
            _ => {}
        }
        self
    }

    /// Whether the results shown can be kept as a new scenario: a run's final results (not a results file
    /// opened to view), not kept already, and room for one more.
    pub fn can_keep(&self) -> bool {
        self.results.as_ref().is_some_and(|r| !self.scenarios.list.iter().any(|s| Rc::ptr_eq(&s.results, r)))
            && !self.preliminary
            && self.from_file.is_none()
            && self.scenarios.list.len() < MAX_SCENARIOS
    }

    /// The scenario the results shown are, if they were kept.
    pub fn shown_scenario(&self) -> Option<usize> {
        let r = self.results.as_ref()?;
        self.scenarios.list.iter().position(|s| Rc::ptr_eq(&s.results, r))
    }

    /// Whether a scenario was made before a change of the files, previous rounds or corrections that the
    /// results shown were made after (without results: before a change of the corrections).
    pub fn scenario_outdated(&self, i: usize) -> bool {
        let Some(s) = self.scenarios.list.get(i) else { return false };
        match self.results.as_ref().filter(|_| self.from_file.is_none() && !self.preliminary) {
            Some(r) => s.made_from != MadeFrom::of(r, &self.preset),
            None => s.made_from.preset != MadeFrom::of(&s.results, &self.preset).preset,
        }
    }

    /// A name for the next scenario: its number and [`settings_summary`].
    pub fn suggested_name(&self) -> String {
        format!("{}. {}", self.scenarios.list.len() + 1, settings_summary(self.lang, &self.settings))
    }

    /// The scenarios weighed, as the results JSON records them.
    pub fn weighed(&self) -> Vec<Weighed> {
        let s = &self.scenarios;
        s.list
            .iter()
            .enumerate()
            .map(|(i, x)| Weighed {
                name: x.name.clone(),
                chosen: s.chosen == Some(i),
                settings: x.results.settings.clone(),
                inputs_sha256: x.results.inputs_sha256(),
                figures: (*x.figures).clone(),
            })
            .collect()
    }

    /// A run's results came in: the scenario run again takes them, when they are its settings' results.
    pub(super) fn scenario_finished(&mut self) {
        let Some(i) = self.scenarios.rerun.take() else { return };
        let Some(r) = self.results.clone() else { return };
        let made_from = MadeFrom::of(&r, &self.preset);
        if let Some(s) = self.scenarios.list.get_mut(i).filter(|s| s.results.settings == r.settings) {
            (s.figures, s.results, s.made_from) = (Rc::new(Figures::of(&r)), r, made_from);
        }
    }

    /// Brings the comparison of the two scenarios chosen up to date: made again only when they or the
    /// language changed.
    pub(super) fn prepare_compared(&mut self) {
        let s = &self.scenarios;
        let (Some(a), Some(b)) = (s.list.get(s.a), s.list.get(s.b)) else {
            self.scenarios.compared = None;
            return;
        };
        // Made again too once the map's outlines are there: the comparison's map waits for them.
        let key =
            (Rc::as_ptr(&a.results) as usize, Rc::as_ptr(&b.results) as usize, self.lang, map::outlines().is_some());
        if s.compared.as_ref().is_some_and(|c| c.key == key && (c.a, c.b) == (s.a, s.b)) {
            return;
        }
        let compared = compare::compare(&a.results, &b.results).ok();
        let map = compared.as_ref().and_then(|c| {
            let rows = |r: &Results, keys: &[crate::engine::comparison::PairKey]| -> Vec<PairOut> {
                let wanted: std::collections::BTreeSet<(&str, &str)> =
                    keys.iter().map(|k| (k.offer.as_str(), k.need.as_str())).collect();
                r.pairs
                    .iter()
                    .filter(|p| wanted.contains(&(p.offer_id.as_str(), p.need_id.as_str())))
                    .cloned()
                    .collect()
            };
            let (ra, rb) = (rows(&a.results, &c.only_a), rows(&b.results, &c.only_b));
            MapView::difference(&a.results, &b.results, &ra, &rb, self.lang).map(Rc::new)
        });
        let view = ComparedView { a: s.a, b: s.b, compared, map, key };
        self.scenarios.compared = Some(Rc::new(view));
    }
}

/// Settings in a few words: the aim or the solver, the weights (unless balanced), the shares, how many pairs
/// are locked and forbidden.
pub fn settings_summary(lang: Lang, s: &Settings) -> String {
    let k = match (s.mode, s.objective) {
        (Mode::Optimal, Objective::Total) => key!("scenario.total"),
        (Mode::Optimal, Objective::Coverage) => key!("scenario.coverage"),
        (Mode::Stable, _) => key!("scenario.stable"),
        (Mode::Greedy, _) => key!("scenario.greedy"),
    };
    let mut parts = vec![t(lang, k).to_string()];
    match WeightPreset::ALL.into_iter().find(|p| p.weights() == s.weights) {
        Some(WeightPreset::Balanced) => {}
        Some(p) => parts.push(super::i18n::t_named(lang, &format!("preset.{}", p.name())).to_lowercase()),
        None => parts.push(t(lang, key!("preset.custom")).to_lowercase()),
    }
    if let Some(p) = s.shares.war_zone {
        parts.push(tf(lang, key!("scenario.war_zone"), &[&p.to_string()]));
    }
    if let Some(p) = s.shares.outside {
        parts.push(tf(lang, key!("scenario.outside"), &[&p.to_string()]));
    }
    if !s.locks.is_empty() {
        parts.push(tf(lang, key!("scenario.locks"), &[&s.locks.len().to_string()]));
    }
    if !s.vetoes.is_empty() {
        parts.push(tf(lang, key!("scenario.vetoes"), &[&s.vetoes.len().to_string()]));
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::ColumnChoice;
    use crate::engine::Shares;

    fn keep(s: State) -> State {
        s.apply(Action::Scenario(ScenarioAction::Keep))
    }

    /// The example with three scenarios kept: the largest total, coverage first, a war-zone share of 30 %.
    fn three() -> State {
        let s = keep(State::default().apply(Action::LoadExample));
        let s = keep(s.apply(Action::SetObjective(Objective::Coverage)).apply(Action::Run));
        let s = s.apply(Action::SetObjective(Objective::Total));
        keep(s.apply(Action::SetShares(Some(30), None)).apply(Action::Run))
    }

    #[test]
    fn every_scenario_is_a_single_run_with_its_settings_byte_for_byte() {
        let s = three();
        assert_eq!(s.scenarios.list.len(), 3);
        let names: Vec<&str> = s.scenarios.list.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, ["1. Largest total", "2. Most communities first", "3. Largest total, war zone ≤ 30 %"]);
        for x in &s.scenarios.list {
            let alone = crate::engine::run(&s.dataset(), &x.results.settings).expect("run");
            assert_eq!(x.results.to_json(), alone.to_json(), "{}", x.name);
            assert_eq!(*x.figures, Figures::of(&alone));
        }
        assert_eq!(s.scenarios.list[2].results.settings.shares, Shares { war_zone: Some(30), outside: None });
        // The last two are compared.
        let c = s.scenarios.compared.as_ref().expect("compared");
        assert_eq!((c.a, c.b), (1, 2));
    }

    #[test]
    fn choosing_one_continues_with_it_and_the_download_records_all_three() {
        let s = three().apply(Action::Scenario(ScenarioAction::Choose(1)));
        let chosen = &s.scenarios.list[1];
        assert!(Rc::ptr_eq(s.results.as_ref().expect("results"), &chosen.results));
        assert_eq!(s.settings, chosen.results.settings);
        assert_eq!(s.shown_scenario(), Some(1));
        let json = s.results_json().expect("json");
        let back = Results::from_json(json.as_bytes()).expect("reads back");
        assert_eq!(back.weighed.len(), 3);
        assert_eq!(back.weighed.iter().map(|w| w.chosen).collect::<Vec<_>>(), [false, true, false]);
        assert_eq!(back.weighed[1].settings.objective, Objective::Coverage);
        assert!(back.weighed.iter().all(|w| w.inputs_sha256 == back.inputs_sha256()));
        // Without the record, the file is the run's, byte for byte.
        let cut = json.find(",\n  \"weighed\": [").expect("weighed last");
        assert_eq!(format!("{}\n}}\n", &json[..cut]), chosen.results.to_json());
        // Adjusting goes on from it; the record stays.
        let p = &chosen.results.pairs[0];
        let pair = crate::engine::PairId { offer_id: p.offer_id.clone(), need_id: p.need_id.clone() };
        let s = s.apply(Action::Veto(pair));
        assert_eq!(s.settings.objective, Objective::Coverage);
        assert_eq!(s.results.as_ref().expect("results").settings.vetoes.len(), 1);
        assert_eq!(s.scenarios.chosen, Some(1));
    }

    #[test]
    fn a_correction_marks_scenarios_until_run_again() {
        let s = three();
        assert!((0..3).all(|i| !s.scenario_outdated(i)));
        let s = s.apply(Action::SetColumn("Hva kan dere?".into(), ColumnChoice::Ignore));
        assert!((0..3).all(|i| s.scenario_outdated(i)), "marked before the run");
        let s = s.apply(Action::Run);
        assert!((0..3).all(|i| s.scenario_outdated(i)));
        let before = s.scenarios.list[0].results.clone();
        let s = s.apply(Action::Scenario(ScenarioAction::RunAgain(0)));
        assert!(!s.scenario_outdated(0) && s.scenario_outdated(1));
        assert!(!Rc::ptr_eq(&before, &s.scenarios.list[0].results));
        assert_eq!(
            s.scenarios.list[0].results.to_json(),
            crate::engine::run(&s.dataset(), &before.settings).expect("run").to_json()
        );
        // Choosing an outdated one runs it first.
        let s = s.apply(Action::Scenario(ScenarioAction::Choose(2)));
        assert!(!s.scenario_outdated(2) && s.scenarios.chosen == Some(2));
        assert!(Rc::ptr_eq(s.results.as_ref().expect("results"), &s.scenarios.list[2].results));
    }

    #[test]
    fn keeping_removing_and_what_cannot_be_kept() {
        let s = three();
        assert!(!s.can_keep(), "the results shown are kept already");
        let s = s.apply(Action::Scenario(ScenarioAction::Name("  Mitt valg ".into())));
        let s = keep(s.apply(Action::SetShares(None, Some(50))).apply(Action::Run));
        assert_eq!(s.scenarios.list[3].name, "Mitt valg");
        let s = s.apply(Action::Scenario(ScenarioAction::Choose(3)));
        let s = s.apply(Action::Scenario(ScenarioAction::Remove(1)));
        assert_eq!(s.scenarios.list.len(), 3);
        assert_eq!(s.scenarios.chosen, Some(2), "the chosen one moves up");
        let s = s.apply(Action::Scenario(ScenarioAction::Remove(2)));
        assert_eq!(s.scenarios.chosen, None);
        assert!(s.scenarios.a < 2 && s.scenarios.b < 2);
        let mut s = s;
        for share in 40..45 {
            s = keep(s.apply(Action::SetShares(Some(share), None)).apply(Action::Run));
        }
        assert_eq!(s.scenarios.list.len(), MAX_SCENARIOS);
        assert!(s.clone().apply(Action::Clear).scenarios.list.is_empty(), "starting again forgets them");
        assert!(!keep(s.apply(Action::SetShares(Some(60), None)).apply(Action::Run)).can_keep());
    }

    #[test]
    fn the_comparison_shown_is_the_engines_with_the_difference_on_the_map() {
        let s = three();
        let s =
            s.apply(Action::Scenario(ScenarioAction::CompareA(0))).apply(Action::Scenario(ScenarioAction::CompareB(1)));
        let view = s.scenarios.compared.clone().expect("compared");
        let (a, b) = (&s.scenarios.list[0].results, &s.scenarios.list[1].results);
        let c = view.compared.as_ref().expect("same inputs");
        assert_eq!(c, &compare::compare(a, b).expect("same inputs"));
        let map = view.map.as_ref().expect("map");
        let only = |w| map.lines.iter().filter(|l| l.only == Some(w)).count();
        use crate::engine::comparison::Which;
        assert_eq!((only(Which::A), only(Which::B)), (c.only_a.len(), c.only_b.len()));
        assert!(map.lines.iter().filter(|l| l.only == Some(Which::A)).all(|l| l.label.starts_with("only in A: ")));
        // Unchanged, it is not made again.
        let again = s.clone().apply(Action::SetFilter("x".into()));
        assert!(Rc::ptr_eq(&view, again.scenarios.compared.as_ref().expect("kept")));
    }
}
