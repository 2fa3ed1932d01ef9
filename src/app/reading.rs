//! Files given, read again after a correction, and let go of.

use super::error::*;
use super::loaded::*;
use super::state::*;
use crate::engine::{Input, Survey};
use std::rc::Rc;

impl State {
    /// No files and no results, but the same settings, corrections, language and worker; run numbers go on,
    /// so an answer to a run from before is still known to be stale.
    pub(super) fn emptied(self) -> State {
        State {
            settings: self.settings,
            preset: self.preset,
            lang: self.lang,
            background: self.background,
            map_unavailable: self.map_unavailable,
            last_run: self.last_run,
            stops: self.stops,
            read_gen: self.read_gen,
            next_key: self.next_key,
            ..State::default()
        }
    }

    /// The number of a new reading by the background worker, if there is one (`None`: read on the page).
    pub(super) fn next_gen(&mut self) -> Option<u64> {
        self.background.then(|| {
            self.read_gen += 1;
            self.read_gen
        })
    }

    pub(super) fn add(&mut self, inputs: Vec<Input>) {
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
    pub(super) fn reread(&mut self) {
        self.reread_where(|_| true);
    }

    /// Like [`State::reread`], for the files whose survey `affected` says the change concerns.
    pub(super) fn reread_where(&mut self, affected: impl Fn(&Survey) -> bool) {
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

    pub(super) fn stale(&mut self) {
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
}
