//! The page's state and its pure reducer: no web imports, so the page's logic is tested natively.
//! The Yew views in `web` hold one [`State`] and send it [`Action`]s.

use crate::engine::survey::Field;
use crate::engine::{self, read_survey, run, Dataset, Input, Preset, ReadError, Results, Settings, Side, Survey};
use std::rc::Rc;

/// One file the coordinator gave, and how it was read.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedFile {
    /// File name.
    pub name: String,
    /// Its bytes, kept to read it again when the coordinator corrects the mapping. Only in memory.
    pub bytes: Rc<Vec<u8>>,
    /// The side the coordinator chose, if any.
    pub side: Option<Side>,
    /// The survey read from it, or why it could not be read.
    pub read: Result<Survey, ReadError>,
}

impl LoadedFile {
    fn new(name: String, bytes: Rc<Vec<u8>>, side: Option<Side>, preset: &Preset) -> Self {
        let read = read_survey(&name, &bytes, side, preset);
        LoadedFile { name, bytes, side, read }
    }
}

/// What a column should mean, as the coordinator chooses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnChoice {
    /// As the dictionary recognises it.
    Auto,
    /// Not used.
    Ignore,
    /// This field.
    Field(Field),
}

/// Everything the page shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    /// Files in the order given. A file with the same name as an earlier one replaces it.
    pub files: Vec<Rc<LoadedFile>>,
    /// The coordinator's corrections to how files are read, applied to every file.
    pub preset: Preset,
    /// Matching settings.
    pub settings: Settings,
    /// The latest results, cleared when the inputs change.
    pub results: Option<Results>,
    /// Why the latest run or the latest preset failed.
    pub error: Option<String>,
}

/// What the coordinator does.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Files dropped or picked. A mapping preset among them is applied rather than read as a survey.
    AddFiles(Vec<Input>),
    /// "Try with example data".
    LoadExample,
    /// Remove the file at this index.
    RemoveFile(usize),
    /// Start again (keeps the corrections and settings).
    Clear,
    /// Read the file at this index as this side (`None`: as recognised).
    SetSide(usize, Option<Side>),
    /// Give every column with this header text this meaning.
    SetColumn(String, ColumnChoice),
    /// Map an answer text to an area code (`None`: ignore the answer); `Auto` removes the correction.
    MapAnswer(String, Option<Option<String>>),
    /// Drop all corrections.
    ClearPreset,
    /// Run the matching.
    Run,
}

impl State {
    /// Applies an action. Pure: the same state and action always give the same state.
    pub fn apply(mut self, action: Action) -> State {
        match action {
            Action::AddFiles(inputs) => {
                let (presets, surveys): (Vec<Input>, Vec<Input>) =
                    inputs.into_iter().partition(|i| Preset::looks_like(&i.bytes));
                for p in presets {
                    match Preset::from_json(&p.bytes) {
                        Ok(preset) => {
                            self.preset = preset;
                            self.error = None;
                        }
                        Err(e) => self.error = Some(format!("{}: {e}", p.name)),
                    }
                }
                self.add(surveys);
                self.reread();
            }
            Action::LoadExample => {
                self = State { settings: self.settings, preset: self.preset, ..State::default() };
                self.add(engine::example_inputs());
                self = self.apply(Action::Run);
            }
            Action::RemoveFile(i) => {
                if i < self.files.len() {
                    self.files.remove(i);
                    self.stale();
                }
            }
            Action::Clear => self = State { settings: self.settings, preset: self.preset, ..State::default() },
            Action::SetSide(i, side) => {
                if let Some(f) = self.files.get_mut(i) {
                    *f = Rc::new(LoadedFile::new(f.name.clone(), f.bytes.clone(), side, &self.preset));
                    self.stale();
                }
            }
            Action::SetColumn(header, choice) => {
                let header = header.trim().to_string();
                match choice {
                    ColumnChoice::Auto => self.preset.columns.remove(&header),
                    ColumnChoice::Ignore => self.preset.columns.insert(header, None),
                    ColumnChoice::Field(f) => self.preset.columns.insert(header, Some(f)),
                };
                self.reread();
            }
            Action::MapAnswer(label, choice) => {
                match choice {
                    None => self.preset.answers.remove(&label),
                    Some(code) => self.preset.answers.insert(label, code),
                };
                self.reread();
            }
            Action::ClearPreset => {
                self.preset = Preset::default();
                self.reread();
            }
            Action::Run => {
                if !self.can_run() {
                    self.results = None;
                    self.error = Some("Load at least one offers file (Norwegian municipalities) and one needs file (Ukrainian communities) with readable rows.".into());
                } else {
                    match run(&self.dataset(), &self.settings) {
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
            let file = Rc::new(LoadedFile::new(i.name.clone(), Rc::new(i.bytes), i.side, &self.preset));
            match self.files.iter_mut().find(|f| f.name == i.name) {
                Some(old) => *old = file,
                None => self.files.push(file),
            }
        }
        self.stale();
    }

    /// Reads every file again with the current corrections.
    fn reread(&mut self) {
        for f in &mut self.files {
            *f = Rc::new(LoadedFile::new(f.name.clone(), f.bytes.clone(), f.side, &self.preset));
        }
        self.stale();
    }

    fn stale(&mut self) {
        self.results = None;
        if self.error.as_deref().is_some_and(|e| e.starts_with("Load at least")) {
            self.error = None;
        }
    }

    /// The surveys that could be read.
    pub fn surveys(&self) -> impl Iterator<Item = &Survey> {
        self.files.iter().filter_map(|f| f.read.as_ref().ok())
    }

    /// All readable records, one per id, as the matching sees them.
    pub fn dataset(&self) -> Dataset {
        Dataset::from_surveys(&self.surveys().cloned().collect::<Vec<_>>())
    }

    /// Whether the matching can run: at least one offer and one need were read.
    pub fn can_run(&self) -> bool {
        self.surveys().any(|s| !s.offers.is_empty()) && self.surveys().any(|s| !s.needs.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(name: &str, bytes: &[u8]) -> Input {
        Input { name: name.into(), bytes: bytes.to_vec(), side: None }
    }

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
        let s = State::default().apply(Action::AddFiles(vec![input("empty.csv", b"")]));
        assert!(s.files[0].read.is_err());
        let s = s.apply(Action::RemoveFile(0));
        assert!(s.files.is_empty());
    }

    const OFFERS: &[u8] = "Kommune,Kapasitet?,Hva kan dere?\nBergen,2,Vann og avløp;Romfart\n".as_bytes();

    #[test]
    fn correcting_a_column_reads_the_file_again() {
        let s = State::default().apply(Action::AddFiles(vec![input("o.csv", OFFERS)]));
        let survey = s.files[0].read.as_ref().expect("read");
        assert_eq!(survey.offers[0].areas.len(), 0, "the dictionary does not know the question");
        let s = s.apply(Action::SetColumn("Hva kan dere?".into(), ColumnChoice::Field(Field::Areas)));
        let survey = s.files[0].read.as_ref().expect("read");
        assert_eq!(survey.offers[0].areas.len(), 1);
        assert_eq!(survey.unknown_labels[0].label, "Romfart");
        let s = s.apply(Action::MapAnswer("Romfart".into(), Some(Some("GOV-DGS".into()))));
        assert_eq!(s.files[0].read.as_ref().expect("read").offers[0].areas.len(), 2);
        let s = s.apply(Action::SetColumn("Hva kan dere?".into(), ColumnChoice::Auto));
        assert_eq!(s.files[0].read.as_ref().expect("read").offers[0].areas.len(), 0);
    }

    #[test]
    fn a_dropped_preset_is_applied_not_read_as_a_survey() {
        let mut p = Preset::default();
        p.columns.insert("Hva kan dere?".into(), Some(Field::Areas));
        let s = State::default()
            .apply(Action::AddFiles(vec![input("o.csv", OFFERS), input("preset.json", p.to_json().as_bytes())]));
        assert_eq!(s.files.len(), 1);
        assert_eq!(s.preset.columns.len(), 1);
        assert_eq!(s.files[0].read.as_ref().expect("read").offers[0].areas.len(), 1);
        let s = s.apply(Action::ClearPreset);
        assert_eq!(s.files[0].read.as_ref().expect("read").offers[0].areas.len(), 0);
        let bad = input("bad.json", br#"{"kommunematch_preset": 7}"#);
        let s = s.apply(Action::AddFiles(vec![bad]));
        assert!(s.error.as_deref().unwrap_or("").starts_with("bad.json"));
    }

    #[test]
    fn the_side_can_be_overridden() {
        let s = State::default().apply(Action::AddFiles(vec![input("o.csv", OFFERS)]));
        let s = s.apply(Action::SetSide(0, Some(Side::Needs)));
        let survey = s.files[0].read.as_ref().expect("read");
        assert_eq!(survey.side, Side::Needs);
        assert_eq!(survey.detected_side, Some(Side::Offers));
        assert!(survey.issues.iter().any(|i| i.code == "identity_column_missing"));
    }
}
