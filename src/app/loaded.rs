//! The files the coordinator gave: each with its bytes and how it was read, and earlier rounds' results.

use crate::engine::progress::Progress;
use crate::engine::results::ResultsError;
use crate::engine::rounds::PreviousRound;
use crate::engine::table::ReadErrorKind;
use crate::engine::{ParsedFile, Preset, ReadError, Side, Survey};
use std::rc::Rc;

/// One file the coordinator gave, and how it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadedFile {
    /// Its number while the page is open: how the background worker knows it.
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
    pub(super) parsed: Option<Result<Rc<ParsedFile>, ReadError>>,
}

impl LoadedFile {
    /// Read on the page: parsed once, interpreted with the corrections.
    pub(super) fn read_here(key: u64, name: String, bytes: Rc<Vec<u8>>, side: Option<Side>, preset: &Preset) -> Self {
        let parsed = ParsedFile::parse(&name, &bytes).map(Rc::new);
        let mut f =
            LoadedFile { key, name, bytes, side, read: None, waiting: None, progress: None, parsed: Some(parsed) };
        f.interpret_here(preset);
        f
    }

    /// Interprets the parsed file again (parsing it first if it never was on the page).
    pub(super) fn interpret_here(&mut self, preset: &Preset) {
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
    pub(super) fn unread(&self) -> bool {
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

/// Whether bytes are a results JSON (rather than a survey or a preset).
pub fn looks_like_results(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(bytes.get(..400).unwrap_or(bytes));
    head.trim_start_matches('\u{feff}').trim_start().starts_with('{') && head.contains("\"schema_version\"")
}
