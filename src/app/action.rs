//! What the page can be asked to do ([`Action`]), and the work it hands the worker: readings and runs.

use super::error::*;
use super::i18n::Lang;
use super::view::*;
use crate::engine::letter_text::TextPart;
use crate::engine::progress::Progress;
use crate::engine::score::Weights;
use crate::engine::survey::Field;
use crate::engine::{self, Input, Mode, PairId, Preset, ReadError, Results, Settings, Side, Survey, WeightPreset};
use std::rc::Rc;

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
    /// A change to the introductions step.
    Letters(LettersAction),
    /// A change to the scenarios weighed.
    Scenario(ScenarioAction),
    /// Make the next figure of the results shown that is not made yet ([`Prepared::charts`], then
    /// [`Prepared::map`]): sent by the view a task after it drew the rest, once a task while one is waiting.
    DrawFigures,
    /// The map's outlines arrived and were given to [`crate::app::map::give_outlines`] (`true`), or could not be
    /// had (`false`): the map waiting for them is made, or says why there is none.
    Outlines(bool),
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

/// A change to the scenarios weighed.
#[derive(Debug, Clone, PartialEq)]
pub enum ScenarioAction {
    /// The name typed for the next scenario.
    Name(String),
    /// Keep the results shown as a scenario (named as typed, or as suggested).
    Keep,
    /// Remove the scenario at this index.
    Remove(usize),
    /// Run the scenario at this index again (its settings, the files and corrections as they are now).
    RunAgain(usize),
    /// Continue with the scenario at this index: its settings and results become the page's (run again
    /// first when the files or corrections changed since).
    Choose(usize),
    /// Compare this scenario as A.
    CompareA(usize),
    /// Compare this scenario as B.
    CompareB(usize),
}

/// A change to the letters step.
#[derive(Debug, Clone, PartialEq)]
pub enum LettersAction {
    /// Address and name the contact persons, or not.
    Contacts(bool),
    /// The copy address as typed.
    Cc(String),
    /// Tick or untick a pair.
    Pair(PairId, bool),
    /// Tick or untick every pair.
    All(bool),
    /// The coordinator's text of a language and part (the default text again when it is the same).
    Text(Lang, TextPart, String),
    /// The list of pairs opened or closed.
    List(bool),
}
