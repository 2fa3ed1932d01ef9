//! The reducer: each action handed to the method of its concern (files, rounds, corrections, work,
//! settings, view), then what the results view shows brought up to date.

use super::action::*;
use super::error::*;
use super::loaded::*;
use super::state::*;
use crate::engine::rounds::PreviousRound;
use crate::engine::{self, run, Input, Preset, Results, RunError};
use std::rc::Rc;

impl State {
    /// Applies an action. Pure: the same state and action always give the same state.
    pub fn apply(self, action: Action) -> State {
        let mut next = match action {
            a @ (Action::AddUnread(..)
            | Action::AddFiles(..)
            | Action::LoadExample
            | Action::RemoveFile(..)
            | Action::FileRead(..)
            | Action::Retire
            | Action::Clear) => self.on_files(a),
            a @ (Action::UseRound(..)
            | Action::RemoveRound(..)
            | Action::UseOpenedAsRound
            | Action::SetKeptInCapacity(..)) => self.on_rounds(a),
            a @ (Action::SetSide(..)
            | Action::SetColumn(..)
            | Action::MapAnswer(..)
            | Action::ChooseEntity(..)
            | Action::ClearPreset) => self.on_corrections(a),
            a @ (Action::Run
            | Action::RunFinished(..)
            | Action::Preliminary(..)
            | Action::Progress(..)
            | Action::Stop
            | Action::UseBackground(..)) => self.on_work(a),
            a @ (Action::SetMode(..)
            | Action::SetObjective(..)
            | Action::SetProposing(..)
            | Action::SetWeightPreset(..)
            | Action::SetWeights(..)
            | Action::SetShares(..)
            | Action::SetTieLocks(..)
            | Action::Lock(..)
            | Action::Veto(..)
            | Action::Release(..)) => self.on_settings(a),
            a @ (Action::SetLang(..)
            | Action::SetFilter(..)
            | Action::SortBy(..)
            | Action::Select(..)
            | Action::Highlight(..)
            | Action::SetIncludePersonalData(..)
            | Action::DrawFigures
            | Action::Outlines(..)) => self.on_view(a),
            a @ Action::Letters(..) => self.on_letters(a),
            a @ Action::Scenario(..) => self.on_scenario(a),
        };
        next.prepare();
        next
    }

    /// Files given, read, let go of.
    fn on_files(mut self, action: Action) -> State {
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
            Action::RemoveFile(i) if i < self.files.len() => {
                self.files.remove(i);
                self.stale();
            }
            Action::Clear => self = self.emptied(),
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
            // Routed here by `apply`: no other action comes.
            _ => {}
        }
        self
    }

    /// Earlier rounds' results: used, removed, kept in capacity.
    fn on_rounds(mut self, action: Action) -> State {
        match action {
            Action::UseRound(i, used) => {
                if let Some(r) = self.rounds.get_mut(i) {
                    Rc::make_mut(r).used = used;
                    self.stale();
                }
            }
            Action::RemoveRound(i) if i < self.rounds.len() => {
                self.rounds.remove(i);
                self.stale();
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
            // Routed here by `apply`: no other action comes.
            _ => {}
        }
        self
    }

    /// The coordinator's corrections of how a file was read, kept in the preset.
    fn on_corrections(mut self, action: Action) -> State {
        match action {
            Action::SetSide(i, side) if i < self.files.len() => {
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
                // The letters' words are no correction of the reading: they stay.
                self.preset = Preset { letters: std::mem::take(&mut self.preset.letters), ..Preset::default() };
                self.reread();
            }
            // Routed here by `apply`: no other action comes.
            _ => {}
        }
        self
    }

    /// Work in the worker or on the page: runs asked for, their progress and answers, and stopping.
    fn on_work(mut self, action: Action) -> State {
        match action {
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
            // An answer to an older run than the last one asked for is stale: dropped.
            Action::RunFinished(id, outcome) if self.running == Some(id) => {
                self.running = None;
                self.progress = None;
                if std::mem::take(&mut self.preliminary) {
                    // Replaced, not kept as the results before.
                    self.results = None;
                }
                self.finish(outcome);
            }
            Action::Preliminary(id, r) if self.running == Some(id) => {
                if !self.preliminary {
                    self.previous = self.results.take().or(self.previous.take());
                }
                self.results = Some(r);
                self.preliminary = true;
                self.from_file = None;
                self.error = None;
            }
            Action::Progress(Job::Run(id), p) if self.running == Some(id) => {
                self.progress = Some(p);
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
            // Routed here by `apply`: no other action comes.
            _ => {}
        }
        self
    }

    /// The matching's settings, locks and vetoes.
    fn on_settings(mut self, action: Action) -> State {
        match action {
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
            // Routed here by `apply`: no other action comes.
            _ => {}
        }
        self
    }

    /// How the page shows things: language, the table's filter and sort, what is selected, figures drawn.
    fn on_view(mut self, action: Action) -> State {
        match action {
            Action::SetLang(lang) => self.lang = lang,
            Action::SetFilter(f) => self.table.filter = f,
            Action::SortBy(k) => {
                self.table.descending = self.table.sort == k && !self.table.descending;
                self.table.sort = k;
            }
            Action::Select(e) => self.selected = e,
            Action::Highlight(p) => self.highlight = p,
            Action::SetIncludePersonalData(on) => self.include_personal_data = on,
            Action::DrawFigures => self.draw_figures(),
            // The map is the figure made after the charts: made now if the charts are (otherwise the view asks
            // for both in turn, once the table is drawn).
            Action::Outlines(arrived) => {
                self.map_unavailable = !arrived;
                if arrived && self.prepared.as_ref().is_some_and(|p| p.charts_current) {
                    self.draw_figures();
                }
            }
            // Routed here by `apply`: no other action comes.
            _ => {}
        }
        self
    }
}
