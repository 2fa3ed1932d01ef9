//! The page's state and its pure reducer: no web imports, so the page's logic is tested natively.
//! The Yew views in `web` hold one [`State`] and send it [`Action`]s.

pub mod ahead;
pub mod charts;
pub mod i18n;
pub mod map;
pub mod pace;

use crate::engine::progress::Progress;
use crate::engine::results::{PairOut, ResultsError};
use crate::engine::rounds::PreviousRound;
use crate::engine::score::Weights;
use crate::engine::survey::{Field, PresetError};
use crate::engine::table::ReadErrorKind;
use crate::engine::{
    self, run, Dataset, Input, Mode, PairId, ParsedFile, Preset, ReadError, Results, RunError, Settings, Side, Survey,
    WeightPreset,
};
use crate::key;
use i18n::Lang;
use std::rc::Rc;

/// One file the coordinator gave, and how it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadedFile {
    /// Its number in this session: how the background worker knows it.
    pub key: u64,
    /// File name.
    pub name: String,
    /// Its bytes, kept for the background worker (which may have to start again). Only in memory.
    pub bytes: Rc<Vec<u8>>,
    /// The side the coordinator chose, if any.
    pub side: Option<Side>,
    /// The survey read from it (shared: views take it without copying), or why it could not be read; `None`
    /// while the background worker reads it for the first time.
    pub read: Option<Result<Rc<Survey>, ReadError>>,
    /// A reading asked of the background worker and not answered yet, by number (the survey shown until
    /// then is the one before the correction).
    pub waiting: Option<u64>,
    /// How far the background worker is with the reading asked for, once it says.
    pub progress: Option<Progress>,
    /// The file parsed on the page (when there is no worker), kept so that a correction interprets it again
    /// without parsing it again.
    parsed: Option<Result<Rc<ParsedFile>, ReadError>>,
}

impl LoadedFile {
    /// Read on the page: parsed once, interpreted with the corrections.
    fn read_here(key: u64, name: String, bytes: Rc<Vec<u8>>, side: Option<Side>, preset: &Preset) -> Self {
        let parsed = ParsedFile::parse(&name, &bytes).map(Rc::new);
        let mut f =
            LoadedFile { key, name, bytes, side, read: None, waiting: None, progress: None, parsed: Some(parsed) };
        f.interpret_here(preset);
        f
    }

    /// Interprets the parsed file again (parsing it first if it never was on the page).
    fn interpret_here(&mut self, preset: &Preset) {
        let parsed = self.parsed.get_or_insert_with(|| ParsedFile::parse(&self.name, &self.bytes).map(Rc::new)).clone();
        self.read = Some(parsed.map(|p| Rc::new(p.survey(self.side, preset))));
        self.waiting = None;
        self.progress = None;
    }

    /// The survey, once read.
    pub fn survey(&self) -> Option<&Rc<Survey>> {
        self.read.as_ref().and_then(|r| r.as_ref().ok())
    }

    /// Why it could not be read, if it could not.
    pub fn error(&self) -> Option<&ReadError> {
        self.read.as_ref().and_then(|r| r.as_ref().err())
    }

    /// Never read: too large to read, or the browser could not read it.
    fn unread(&self) -> bool {
        self.bytes.is_empty()
            && self
                .error()
                .is_some_and(|e| matches!(e.kind, ReadErrorKind::TooLarge { .. } | ReadErrorKind::CannotRead { .. }))
    }
}

/// A results JSON given beside survey files: the results of an earlier round, which this one can build on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundFile {
    /// File name.
    pub name: String,
    /// Its bytes (the background worker reads them again for a run). Only in memory.
    pub bytes: Rc<Vec<u8>>,
    /// The round read and checked, or why it cannot be used.
    pub round: Result<Rc<PreviousRound>, ResultsError>,
    /// Whether runs build on it ("use as previous round").
    pub used: bool,
}

/// A reading the background worker is asked for: parse the file (its bytes go along the first time) and
/// interpret it with the corrections.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadJob {
    /// The file's key.
    pub key: u64,
    /// The reading's number: an answer to an older one is stale.
    pub gen: u64,
    /// File name.
    pub name: String,
    /// Its bytes.
    pub bytes: Rc<Vec<u8>>,
    /// The side chosen, if any.
    pub side: Option<Side>,
    /// The corrections.
    pub preset: Preset,
}

/// Long work of the background worker, as its progress reports name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Job {
    /// A run, by number.
    Run(u64),
    /// A reading: the file's key and the reading's number.
    Read {
        /// The file's key.
        key: u64,
        /// The reading's number.
        gen: u64,
    },
}

/// What the coordinator stopped with "Stop".
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Stopped {
    /// A run was stopped.
    pub run: bool,
    /// Files whose first reading was stopped (left out), by name.
    pub files: Vec<String>,
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
struct PreparedFor(usize, usize, TableView, Lang);

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
    opened: Option<Rc<Vec<u8>>>,
    /// Whether downloads include contact persons (personal data).
    pub include_personal_data: bool,
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
    next_key: u64,
    /// What the results view shows, kept up to date by [`State::apply`].
    pub prepared: Option<Rc<Prepared>>,
    prepared_for: Option<PreparedFor>,
    /// Results a change took away while files are being read again (a correction, a side, a new file): still
    /// shown, with a note over them and their downloads off, until the readings are in, then let go of
    /// ([`Action::Retire`]). Taking a
    /// national result off the page (~30 ms) came before the corrected file could be shown; now it comes
    /// after. A run, or new results, end it at once.
    pub outgoing: Option<(Rc<Results>, Rc<Prepared>)>,
    /// Surveys a new reading replaced, kept until [`Action::Retire`]: freeing a national survey took ~6 ms
    /// of the task that shows the file read again (the page asks for `Retire` in a task of its own).
    retired: Vec<Rc<Survey>>,
}

/// What went wrong, kept as a value so that the page says it in whatever language it shows.
#[derive(Debug, Clone, PartialEq)]
pub enum AppError {
    /// A results JSON that cannot be opened.
    Results {
        /// The file.
        file: String,
        /// Why.
        error: ResultsError,
    },
    /// A mapping preset that cannot be used.
    Preset {
        /// The file.
        file: String,
        /// Why.
        error: PresetError,
    },
    /// Only a results file is loaded: there is nothing to run.
    LoadedResultsOnly,
    /// Matching needs at least one offers file and one needs file that were read.
    NeedBoth,
    /// A file or the settings stopped the run.
    Run(RunError),
    /// The background worker stopped with an internal error.
    WorkerCrashed,
    /// The background worker did not answer.
    WorkerUnreachable,
}

impl AppError {
    /// What to tell the coordinator, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        use crate::engine::messages;
        match self {
            AppError::Results { file, error } => format!("{file}: {}", messages::results_error(lang, error)),
            AppError::Preset { file, error } => format!("{file}: {}", messages::preset_error(lang, error)),
            AppError::LoadedResultsOnly => i18n::t(lang, key!("run.loaded_only")).to_string(),
            AppError::NeedBoth => i18n::t(lang, key!("run.need_both")).to_string(),
            AppError::Run(e) => i18n::run_error(lang, e),
            AppError::WorkerCrashed => i18n::t(lang, key!("worker_crashed")).to_string(),
            AppError::WorkerUnreachable => i18n::t(lang, key!("worker_unreachable")).to_string(),
        }
    }
}

/// A file of a background run.
#[derive(Debug, Clone, PartialEq)]
pub struct RunFile {
    /// The file's key (the worker has its table under it).
    pub key: u64,
    /// File name.
    pub name: String,
    /// Its bytes, sent only when the worker does not have the file.
    pub bytes: Rc<Vec<u8>>,
    /// The side chosen by the coordinator, if any.
    pub side: Option<Side>,
}

/// What a background run needs: the files with their sides, the corrections and the settings.
#[derive(Debug, Clone, PartialEq)]
pub struct RunRequest {
    /// The run's number.
    pub id: u64,
    /// The files.
    pub files: Vec<RunFile>,
    /// Corrections to how files are read.
    pub preset: Preset,
    /// Matching settings.
    pub settings: Settings,
    /// The previous rounds used: file name and bytes.
    pub previous: Vec<(String, Rc<Vec<u8>>)>,
}

/// What the coordinator does.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Files dropped or picked. A mapping preset among them is applied rather than read as a survey.
    AddFiles(Vec<Input>),
    /// Files that were not read: too large to read, or the browser could not read them.
    AddUnread(Vec<ReadError>),
    /// "Try with example data".
    LoadExample,
    /// Remove the file at this index.
    RemoveFile(usize),
    /// Build on the earlier round at this index of [`State::rounds`], or not.
    UseRound(usize, bool),
    /// Remove the earlier round at this index.
    RemoveRound(usize),
    /// Whether partnerships kept from earlier rounds count inside this round's capacity.
    SetKeptInCapacity(bool),
    /// The results file opened to view becomes an earlier round to build on.
    UseOpenedAsRound,
    /// Start again (keeps the corrections and settings).
    Clear,
    /// Read the file at this index as this side (`None`: as recognised).
    SetSide(usize, Option<Side>),
    /// Give every column with this header text this meaning.
    SetColumn(String, ColumnChoice),
    /// Map an answer text to an area code (`None`: ignore the answer); `Auto` removes the correction.
    MapAnswer(String, Option<Option<String>>),
    /// The official entity (kommunenummer or KATOTTG code) meant by a name as written; `None` forgets the
    /// choice. Kept in the preset.
    ChooseEntity(String, Option<String>),
    /// Drop all corrections.
    ClearPreset,
    /// Run the matching.
    Run,
    /// Change the interface language.
    SetLang(Lang),
    /// Change the solver.
    SetMode(Mode),
    /// In stable mode, which side proposes.
    SetProposing(Side),
    /// What the optimal mode maximises: the total score, or coverage first.
    SetObjective(engine::Objective),
    /// Use a weight preset.
    SetWeightPreset(WeightPreset),
    /// Change the weights one by one.
    SetWeights(Weights),
    /// Set the category shares (percent of all places; `None`: no limit).
    SetShares(Option<u32>, Option<u32>),
    /// Whether pairs that name each other on both sides are locked.
    SetTieLocks(bool),
    /// Lock a pair (and run again when there are results).
    Lock(PairId),
    /// Forbid a pair (and run again when there are results).
    Veto(PairId),
    /// Take back a lock or a veto (and run again when there are results).
    Release(PairId),
    /// Filter the results table.
    SetFilter(String),
    /// Sort the results table by a column; the same column again flips the order.
    SortBy(SortKey),
    /// Open or close a municipality's or community's explanation.
    Select(Option<Entity>),
    /// Let go of the surveys that new readings replaced ([`State::has_retired`]).
    Retire,
    /// Pick a pair in the table or on the map (`None`: none), to see it on both.
    Highlight(Option<PairId>),
    /// Whether downloads include personal data.
    SetIncludePersonalData(bool),
    /// Make the next figure of the results shown that is not made yet ([`Prepared::charts`], then
    /// [`Prepared::map`]): sent by the view a task after it drew the rest, once a task while one is waiting.
    DrawFigures,
    /// Runs go to a background worker from now on (`true`, once the worker says it is ready), or no longer
    /// (`false`: it failed; a run in flight is then done on the page).
    UseBackground(bool),
    /// A background run finished: its number and its results or why it failed.
    RunFinished(u64, Result<Rc<Results>, AppError>),
    /// A background run's results as soon as its pairs are known (before the exact explanations).
    Preliminary(u64, Rc<Results>),
    /// How far a reading or a run in the background is.
    Progress(Job, Progress),
    /// Stop what the background worker is doing: the run in flight and first readings (those files are left
    /// out); corrections being read again are asked again.
    Stop,
    /// The background worker read a file: its key, the reading's number, and the survey or why not.
    FileRead(u64, u64, Result<Rc<Survey>, ReadError>),
}

impl State {
    /// Applies an action. Pure: the same state and action always give the same state.
    pub fn apply(mut self, action: Action) -> State {
        match action {
            Action::AddUnread(errors) => {
                for e in errors {
                    self.next_key += 1;
                    let file = Rc::new(LoadedFile {
                        key: self.next_key,
                        name: e.file.clone(),
                        bytes: Rc::new(Vec::new()),
                        side: None,
                        read: Some(Err(e)),
                        waiting: None,
                        progress: None,
                        parsed: None,
                    });
                    match self.files.iter_mut().find(|f| f.name == file.name) {
                        Some(old) => *old = file,
                        None => self.files.push(file),
                    }
                }
                self.stale();
            }
            Action::AddFiles(inputs) => {
                let (results, inputs): (Vec<Input>, Vec<Input>) =
                    inputs.into_iter().partition(|i| looks_like_results(&i.bytes));
                // Beside survey files (dropped with them), a results file is an earlier round to build on;
                // alone, it is opened to view (and can be made an earlier round from there).
                let beside = inputs.iter().any(|i| !Preset::looks_like(&i.bytes));
                if beside && !results.is_empty() {
                    for r in results {
                        let round = RoundFile {
                            round: PreviousRound::from_json(&r.name, &r.bytes).map(Rc::new),
                            name: r.name,
                            bytes: Rc::new(r.bytes),
                            used: true,
                        };
                        match self.rounds.iter_mut().find(|x| x.name == round.name) {
                            Some(old) => *old = Rc::new(round),
                            None => self.rounds.push(Rc::new(round)),
                        }
                    }
                    if self.from_file.take().is_some() {
                        self.results = None;
                    }
                    self.stale();
                } else if let Some(r) = results.last() {
                    match Results::from_json(&r.bytes) {
                        Ok(loaded) => {
                            self.settings = loaded.settings.clone();
                            self.previous = None;
                            self.results = Some(Rc::new(loaded));
                            self.from_file = Some(r.name.clone());
                            self.opened = Some(Rc::new(r.bytes.clone()));
                            self.error = None;
                        }
                        Err(error) => self.error = Some(AppError::Results { file: r.name.clone(), error }),
                    }
                    if inputs.is_empty() {
                        self.prepare();
                        return self;
                    }
                }
                let (presets, surveys): (Vec<Input>, Vec<Input>) =
                    inputs.into_iter().partition(|i| Preset::looks_like(&i.bytes));
                for p in presets {
                    match Preset::from_json(&p.bytes) {
                        Ok(preset) => {
                            self.preset = preset;
                            self.error = None;
                        }
                        Err(error) => self.error = Some(AppError::Preset { file: p.name.clone(), error }),
                    }
                }
                self.add(surveys);
                self.reread();
            }
            Action::LoadExample => {
                self = self.emptied();
                self.add(engine::example_inputs());
                self = self.apply(Action::Run);
            }
            Action::RemoveFile(i) => {
                if i < self.files.len() {
                    self.files.remove(i);
                    self.stale();
                }
            }
            Action::UseRound(i, used) => {
                if let Some(r) = self.rounds.get_mut(i) {
                    Rc::make_mut(r).used = used;
                    self.stale();
                }
            }
            Action::RemoveRound(i) => {
                if i < self.rounds.len() {
                    self.rounds.remove(i);
                    self.stale();
                }
            }
            Action::UseOpenedAsRound => {
                if let (Some(name), Some(bytes)) = (self.from_file.take(), self.opened.take()) {
                    let round = RoundFile {
                        round: PreviousRound::from_json(&name, &bytes).map(Rc::new),
                        name,
                        bytes,
                        used: true,
                    };
                    self.rounds.retain(|r| r.name != round.name);
                    self.rounds.push(Rc::new(round));
                    self.results = None;
                    self.previous = None;
                    self.stale();
                }
            }
            Action::SetKeptInCapacity(on) => {
                self.settings.kept_in_capacity = on;
                self.stale();
            }
            Action::Clear => self = self.emptied(),
            Action::SetSide(i, side) => {
                if i < self.files.len() {
                    let gen = self.next_gen();
                    if let Some(f) = self.files.get_mut(i) {
                        let f = Rc::make_mut(f);
                        f.side = side;
                        match gen {
                            Some(_) => f.waiting = gen,
                            None => f.interpret_here(&self.preset),
                        }
                    }
                    self.stale();
                }
            }
            Action::SetColumn(header, choice) => {
                let header = header.trim().to_string();
                let folded = crate::engine::text::fold(&header);
                match choice {
                    ColumnChoice::Auto => self.preset.columns.remove(&header),
                    ColumnChoice::Ignore => self.preset.columns.insert(header.clone(), None),
                    ColumnChoice::Field(f) => self.preset.columns.insert(header.clone(), Some(f)),
                };
                // Only files with a column of that header read differently (a file still being read for the
                // first time is read with the new corrections anyway).
                self.reread_where(|s| {
                    s.columns
                        .iter()
                        .any(|c| c.header.trim() == header || crate::engine::text::fold(&c.header) == folded)
                });
            }
            Action::MapAnswer(label, choice) => {
                match choice {
                    None => self.preset.answers.remove(&label),
                    Some(code) => self.preset.answers.insert(label, code),
                };
                self.reread();
            }
            Action::ChooseEntity(name, id) => {
                match id {
                    None => self.preset.entities.remove(&name),
                    Some(id) => self.preset.entities.insert(name, id),
                };
                self.reread();
            }
            Action::ClearPreset => {
                self.preset = Preset::default();
                self.reread();
            }
            Action::Run => {
                if !self.can_run() && self.from_file.is_some() {
                    self.error = Some(AppError::LoadedResultsOnly);
                } else if !self.can_run() {
                    self.results = None;
                    self.error = Some(AppError::NeedBoth);
                } else if self.background {
                    // Files still being read for the first time go along: the worker reads them first.
                    self.last_run += 1;
                    self.running = Some(self.last_run);
                    self.progress = None;
                    self.error = None;
                    self.stopped = None;
                } else {
                    let outcome = run(&self.dataset(), &self.settings)
                        .map(Rc::new)
                        .map_err(|e| AppError::Run(RunError::Match(e)));
                    self.finish(outcome);
                }
            }
            Action::RunFinished(id, outcome) => {
                // An answer to an older run than the last one asked for is stale: dropped.
                if self.running == Some(id) {
                    self.running = None;
                    self.progress = None;
                    if std::mem::take(&mut self.preliminary) {
                        // Replaced, not kept as the results before.
                        self.results = None;
                    }
                    self.finish(outcome);
                }
            }
            Action::Preliminary(id, r) => {
                if self.running == Some(id) {
                    if !self.preliminary {
                        self.previous = self.results.take().or(self.previous.take());
                    }
                    self.results = Some(r);
                    self.preliminary = true;
                    self.from_file = None;
                    self.error = None;
                }
            }
            Action::Progress(Job::Run(id), p) => {
                if self.running == Some(id) {
                    self.progress = Some(p);
                }
            }
            Action::Progress(Job::Read { key, gen }, p) => {
                if let Some(f) = self.files.iter_mut().find(|f| f.key == key && f.waiting == Some(gen)) {
                    Rc::make_mut(f).progress = Some(p);
                }
            }
            Action::Stop => {
                let run = self.running.take().is_some();
                self.progress = None;
                if std::mem::take(&mut self.preliminary) {
                    self.results = None;
                }
                let (first, rest): (Vec<_>, Vec<_>) =
                    std::mem::take(&mut self.files).into_iter().partition(|f| f.read.is_none());
                self.files = rest;
                // The worker is replaced: corrections it was reading are asked of the new one.
                if self.files.iter().any(|f| f.waiting.is_some()) {
                    let gen = self.next_gen();
                    for f in self.files.iter_mut().filter(|f| f.waiting.is_some()) {
                        let f = Rc::make_mut(f);
                        f.waiting = gen;
                        f.progress = None;
                    }
                }
                if run || !first.is_empty() {
                    self.stops += 1;
                    self.stopped = Some(Stopped { run, files: first.iter().map(|f| f.name.clone()).collect() });
                    self.stale();
                }
            }
            Action::FileRead(key, gen, read) => {
                if let Some(f) = self.files.iter_mut().find(|f| f.key == key && f.waiting == Some(gen)) {
                    let f = Rc::make_mut(f);
                    let old = f.read.replace(read);
                    f.waiting = None;
                    f.progress = None;
                    self.retired.extend(old.and_then(Result::ok));
                    self.stale();
                }
            }
            Action::Retire => {
                self.retired.clear();
                if !self.reading() {
                    self.outgoing = None;
                }
            }
            Action::UseBackground(on) => {
                self.background = on;
                // The worker is gone: what it had to read is read here.
                if !on {
                    let preset = self.preset.clone();
                    for f in self.files.iter_mut().filter(|f| f.waiting.is_some()) {
                        Rc::make_mut(f).interpret_here(&preset);
                    }
                }
                // The worker is gone: a run it had is done here instead.
                if !on && self.running.take().is_some() {
                    self = self.apply(Action::Run);
                }
            }
            Action::SetLang(lang) => self.lang = lang,
            Action::SetMode(mode) => {
                self.settings.mode = mode;
                self.stale();
            }
            Action::SetObjective(objective) => {
                self.settings.objective = objective;
                self.stale();
            }
            Action::SetProposing(side) => {
                self.settings.proposing = side;
                self.stale();
            }
            Action::SetWeightPreset(p) => {
                self.settings.weights = p.weights();
                self.stale();
            }
            Action::SetWeights(w) => {
                self.settings.weights = w;
                self.stale();
            }
            Action::SetShares(war_zone, outside) => {
                self.settings.shares = engine::Shares { war_zone, outside };
                self.stale();
            }
            Action::SetTieLocks(on) => {
                self.settings.lock_mutual_ties = on;
                self.stale();
            }
            Action::Lock(p) => {
                self.settings.vetoes.retain(|v| *v != p);
                if !self.settings.locks.contains(&p) {
                    self.settings.locks.push(p);
                }
                self = self.rerun();
            }
            Action::Veto(p) => {
                self.settings.locks.retain(|v| *v != p);
                if !self.settings.vetoes.contains(&p) {
                    self.settings.vetoes.push(p);
                }
                self = self.rerun();
            }
            Action::Release(p) => {
                self.settings.locks.retain(|v| *v != p);
                self.settings.vetoes.retain(|v| *v != p);
                self = self.rerun();
            }
            Action::SetFilter(f) => self.table.filter = f,
            Action::SortBy(k) => {
                self.table.descending = self.table.sort == k && !self.table.descending;
                self.table.sort = k;
            }
            Action::Select(e) => self.selected = e,
            Action::Highlight(p) => self.highlight = p,
            Action::SetIncludePersonalData(on) => self.include_personal_data = on,
            Action::DrawFigures => self.draw_figures(),
        }
        self.prepare();
        self
    }

    /// Brings [`State::prepared`] up to date: made again only when the results, the previous results, the
    /// table view or the language changed; the charts and the map as [`Prepared::charts`] says.
    fn prepare(&mut self) {
        if self.results.is_some() || self.running.is_some() {
            self.outgoing = None;
        }
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
                let map = if p.map_current { Some(Rc::new(self.map_view(&r, &rows))) } else { p.map.clone() };
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
    /// ([`Action::DrawFigures`]).
    fn draw_figures(&mut self) {
        let (Some(r), Some(p)) = (self.results.clone(), self.prepared.clone()) else { return };
        let next = if !p.charts_current {
            let data = self.from_file.is_none().then(|| self.dataset());
            let charts = Some(Rc::new(charts::Charts::new(&r, data.as_ref(), self.lang)));
            Prepared { charts, charts_current: true, ..(*p).clone() }
        } else if !p.map_current {
            Prepared { map: Some(Rc::new(self.map_view(&r, &p.rows))), map_current: true, ..(*p).clone() }
        } else {
            return;
        };
        self.prepared = Some(Rc::new(next));
    }

    /// The map of `rows` (the table's pairs), with the entities the table's filter names.
    fn map_view(&self, r: &Results, rows: &[PairOut]) -> map::MapView {
        let f = self.table.filter.to_lowercase();
        let matches = |xs: &[&str]| xs.iter().any(|x| x.to_lowercase().contains(&f));
        map::MapView::new(r, rows, !f.is_empty(), &matches, self.lang)
    }

    fn finish(&mut self, outcome: Result<Rc<Results>, AppError>) {
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
    }

    /// No files and no results, but the same settings, corrections, language and worker; run numbers go on,
    /// so an answer to a run from before is still known to be stale.
    fn emptied(self) -> State {
        State {
            settings: self.settings,
            preset: self.preset,
            lang: self.lang,
            background: self.background,
            last_run: self.last_run,
            stops: self.stops,
            read_gen: self.read_gen,
            next_key: self.next_key,
            ..State::default()
        }
    }

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

    fn request(&self, id: u64) -> RunRequest {
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

    /// Runs again when there are results to compare with; otherwise only marks them stale.
    fn rerun(mut self) -> State {
        if (self.results.is_some() || self.running.is_some()) && self.can_run() {
            self.apply(Action::Run)
        } else {
            self.stale();
            self
        }
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
    fn shared_results(&self, write: impl Fn(&Results) -> String) -> Option<String> {
        // Preliminary results are for showing: a download waits for the run's answer.
        let r = self.results.as_ref().filter(|_| !self.preliminary)?;
        if self.include_personal_data && self.from_file.is_none() {
            let mut with = (**r).clone();
            with.add_personal_data(self.dataset().contacts());
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
                        engine::taxonomy::by_code(c)
                            .is_some_and(|a| [a.en, a.nb, a.uk, a.code].iter().any(|l| l.to_lowercase().contains(&f)))
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

    /// The number of a new reading by the background worker, if there is one (`None`: read on the page).
    fn next_gen(&mut self) -> Option<u64> {
        self.background.then(|| {
            self.read_gen += 1;
            self.read_gen
        })
    }

    fn add(&mut self, inputs: Vec<Input>) {
        let gen = self.next_gen();
        for i in inputs {
            self.next_key += 1;
            let (key, bytes) = (self.next_key, Rc::new(i.bytes));
            let file = Rc::new(match gen {
                Some(_) => LoadedFile {
                    key,
                    name: i.name.clone(),
                    bytes,
                    side: i.side,
                    read: None,
                    waiting: gen,
                    progress: None,
                    parsed: None,
                },
                None => LoadedFile::read_here(key, i.name.clone(), bytes, i.side, &self.preset),
            });
            match self.files.iter_mut().find(|f| f.name == i.name) {
                Some(old) => *old = file,
                None => self.files.push(file),
            }
        }
        self.stale();
    }

    /// Interprets every file again with the current corrections, from its parsed table: in the background
    /// worker when there is one, else here (files never read, too large or refused by the browser, keep their
    /// message).
    fn reread(&mut self) {
        self.reread_where(|_| true);
    }

    /// Like [`State::reread`], for the files whose survey `affected` says the change concerns.
    fn reread_where(&mut self, affected: impl Fn(&Survey) -> bool) {
        // A file not read yet is read again too: the reading asked for has the corrections from before.
        let concerned = |f: &LoadedFile| !f.unread() && (f.read.is_none() || f.survey().is_some_and(|s| affected(s)));
        if !self.files.iter().any(|f| concerned(f)) {
            self.stale();
            return;
        }
        let gen = self.next_gen();
        let preset = self.preset.clone();
        for f in self.files.iter_mut().filter(|f| concerned(f)) {
            let f = Rc::make_mut(f);
            match gen {
                Some(_) => f.waiting = gen,
                None => f.interpret_here(&preset),
            }
        }
        self.stale();
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

    fn stale(&mut self) {
        if self.from_file.is_some() {
            return;
        }
        if std::mem::take(&mut self.preliminary) {
            // A run's first look is no result to compare with.
            self.results = None;
        }
        if self.reading() {
            if let (Some(r), Some(p)) = (&self.results, &self.prepared) {
                self.outgoing = Some((r.clone(), p.clone()));
            }
        }
        if let Some(r) = self.results.take() {
            self.previous = Some(r);
        }
        if self.error == Some(AppError::NeedBoth) {
            self.error = None;
        }
    }

    /// Whether surveys replaced by new readings, or results taken away once the readings are in, wait to be
    /// let go of ([`Action::Retire`]).
    pub fn has_retired(&self) -> bool {
        !self.retired.is_empty() || (self.outgoing.is_some() && !self.reading())
    }

    /// Whether a file is being read (in the background worker).
    fn reading(&self) -> bool {
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

/// Whether bytes are a results JSON (rather than a survey or a preset).
pub fn looks_like_results(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(bytes.get(..400).unwrap_or(bytes));
    head.trim_start_matches('\u{feff}').trim_start().starts_with('{') && head.contains("\"schema_version\"")
}

#[cfg(test)]
mod tests;
