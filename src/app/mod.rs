//! The page's state and its pure reducer: no web imports, so the page's logic is tested natively.
//! The Yew views in `web` hold one [`State`] and send it [`Action`]s.

use crate::engine::{self, read_survey, run, Dataset, Input, Preset, ReadError, Results, Settings, Survey};

/// One file the coordinator gave, and how it was read.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedFile {
    /// File name.
    pub name: String,
    /// Size in bytes.
    pub size: usize,
    /// The survey read from it, or why it could not be read.
    pub read: Result<Survey, ReadError>,
}

/// Everything the page shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    /// Files in the order given. A file with the same name as an earlier one replaces it.
    pub files: Vec<LoadedFile>,
    /// Matching settings.
    pub settings: Settings,
    /// The latest results, cleared when the inputs change.
    pub results: Option<Results>,
    /// Why the latest run failed.
    pub error: Option<String>,
}

/// What the coordinator does.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Files dropped or picked.
    AddFiles(Vec<Input>),
    /// "Try with example data".
    LoadExample,
    /// Remove the file at this index.
    RemoveFile(usize),
    /// Start again.
    Clear,
    /// Run the matching.
    Run,
}

impl State {
    /// Applies an action. Pure: the same state and action always give the same state.
    pub fn apply(mut self, action: Action) -> State {
        match action {
            Action::AddFiles(inputs) => self.add(inputs),
            Action::LoadExample => {
                self = State { settings: self.settings, ..State::default() };
                self.add(engine::example_inputs());
                self = self.apply(Action::Run);
            }
            Action::RemoveFile(i) => {
                if i < self.files.len() {
                    self.files.remove(i);
                    self.results = None;
                    self.error = None;
                }
            }
            Action::Clear => self = State { settings: self.settings, ..State::default() },
            Action::Run => {
                let surveys: Vec<Survey> = self.surveys().cloned().collect();
                let has = |side| surveys.iter().any(|s| s.side == side && !(s.offers.is_empty() && s.needs.is_empty()));
                if !has(engine::Side::Offers) || !has(engine::Side::Needs) {
                    self.results = None;
                    self.error = Some("Load at least one offers file (Norwegian municipalities) and one needs file (Ukrainian communities) with readable rows.".into());
                } else {
                    match run(&Dataset::from_surveys(&surveys), &self.settings) {
                        Ok(r) => {
                            self.results = Some(r);
                            self.error = None;
                        }
                        Err(e) => {
                            self.results = None;
                            self.error = Some(e.to_string());
                        }
                    }
                }
            }
        }
        self
    }

    fn add(&mut self, inputs: Vec<Input>) {
        for i in inputs {
            let file = LoadedFile {
                name: i.name.clone(),
                size: i.bytes.len(),
                read: read_survey(&i.name, &i.bytes, i.side, &Preset::default()),
            };
            match self.files.iter_mut().find(|f| f.name == i.name) {
                Some(old) => *old = file,
                None => self.files.push(file),
            }
        }
        self.results = None;
        self.error = None;
    }

    /// The surveys that could be read.
    pub fn surveys(&self) -> impl Iterator<Item = &Survey> {
        self.files.iter().filter_map(|f| f.read.as_ref().ok())
    }

    /// Whether the matching can run.
    pub fn can_run(&self) -> bool {
        let has = |side| self.surveys().any(|s| s.side == side);
        has(engine::Side::Offers) && has(engine::Side::Needs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_data_loads_and_matches_in_one_step() {
        let s = State::default().apply(Action::LoadExample);
        assert_eq!(s.files.len(), 2);
        assert!(s.files.iter().all(|f| f.read.is_ok()));
        let r = s.results.as_ref().expect("results");
        assert!(!r.pairs.is_empty());
        assert_eq!(s.error, None);
    }

    #[test]
    fn adding_a_file_clears_stale_results_and_same_name_replaces() {
        let s = State::default().apply(Action::LoadExample);
        let again = engine::example_inputs().remove(1);
        let s = s.apply(Action::AddFiles(vec![again]));
        assert_eq!(s.files.len(), 2);
        assert_eq!(s.results, None);
    }

    #[test]
    fn run_without_both_sides_says_what_is_missing() {
        let offers = engine::example_inputs().remove(0);
        let s = State::default().apply(Action::AddFiles(vec![offers])).apply(Action::Run);
        assert!(s.results.is_none());
        assert!(s.error.as_deref().unwrap_or("").contains("needs file"));
        assert!(!s.can_run());
    }

    #[test]
    fn unreadable_file_is_kept_with_its_error() {
        let bad = Input { name: "empty.csv".into(), bytes: vec![], side: None };
        let s = State::default().apply(Action::AddFiles(vec![bad]));
        assert!(s.files[0].read.is_err());
        let s = s.apply(Action::RemoveFile(0));
        assert!(s.files.is_empty());
    }
}
