//! What long work is doing, as it goes: reading a file, matching. The engine reports
//! [`Progress`] to an [`Observer`]; the page's worker posts it to the page (a progress bar with a Cancel
//! button), the CLI draws it on standard error when that is a terminal. A run also hands its results over as
//! soon as the pairs are known (`matching::RunObserver::preliminary`), before the exact explanations: the page shows the
//! pairs at once. Observing never changes what is computed.

use serde::{Deserialize, Serialize};

/// A step of long work. Its text, in each language, is [`super::messages::progress`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Reading a file's table: decoding, unzipping, splitting into cells.
    Parsing,
    /// Reading the answers, row by row (`done` of `of` rows).
    Interpreting,
    /// Scoring every pair.
    Scoring,
    /// Finding the pairs: the solve.
    Solving,
    /// The exact explanations (`done` of `of` municipalities).
    Explaining,
    /// The figures of the other objective (a second solve), for the comparison.
    Comparing,
}

impl Stage {
    /// Where this stage starts and ends in its whole job, as fractions (reading a file: parsing, then the
    /// rows; a run: scoring, solving, explaining, comparing).
    fn span(self) -> (f64, f64) {
        match self {
            Stage::Parsing => (0.0, 0.3),
            Stage::Interpreting => (0.3, 1.0),
            Stage::Scoring => (0.0, 0.15),
            Stage::Solving => (0.15, 0.4),
            Stage::Explaining => (0.4, 0.8),
            Stage::Comparing => (0.8, 1.0),
        }
    }
}

/// How far long work is: a stage, and within it `done` of `of` (`of == 0`: no count in this stage).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// What it is doing.
    pub stage: Stage,
    /// Done within the stage.
    pub done: u32,
    /// Of how many (0: not counted).
    pub of: u32,
}

impl Progress {
    /// The start of a stage.
    pub fn start(stage: Stage) -> Self {
        Progress { stage, done: 0, of: 0 }
    }

    /// `done` of `of` within a stage (clamped to `of`).
    pub fn counted(stage: Stage, done: usize, of: usize) -> Self {
        let of = u32::try_from(of).unwrap_or(u32::MAX);
        Progress { stage, done: u32::try_from(done).unwrap_or(u32::MAX).min(of), of }
    }

    /// How far the whole job is, from 0 to 1: for a progress bar.
    pub fn fraction(&self) -> f64 {
        let (a, b) = self.stage.span();
        let within = if self.of == 0 { 0.0 } else { f64::from(self.done) / f64::from(self.of) };
        a + (b - a) * within
    }
}

/// Hears how long work goes. Every method does nothing unless implemented.
pub trait Observer {
    /// A step began or advanced.
    fn progress(&mut self, _progress: Progress) {}
}

/// Hears nothing.
pub struct Quiet;

impl Observer for Quiet {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fractions_grow_through_a_job_and_stay_within_zero_and_one() {
        let run = [
            Progress::start(Stage::Scoring),
            Progress::start(Stage::Solving),
            Progress::counted(Stage::Explaining, 0, 357),
            Progress::counted(Stage::Explaining, 200, 357),
            Progress::counted(Stage::Explaining, 357, 357),
            Progress::start(Stage::Comparing),
        ];
        let f: Vec<f64> = run.iter().map(Progress::fraction).collect();
        assert!(f.windows(2).all(|w| w[0] <= w[1]), "{f:?}");
        assert!(f.iter().all(|x| (0.0..=1.0).contains(x)));
        let read = [Progress::start(Stage::Parsing), Progress::counted(Stage::Interpreting, 5, 10)];
        assert!(read[0].fraction() < read[1].fraction());
        assert_eq!(Progress::counted(Stage::Interpreting, 3, 3).fraction(), 1.0);
    }

    #[test]
    fn counts_are_clamped() {
        assert_eq!(
            Progress::counted(Stage::Interpreting, 12, 10),
            Progress { stage: Stage::Interpreting, done: 10, of: 10 }
        );
        assert_eq!(Progress::counted(Stage::Explaining, 1, usize::MAX).of, u32::MAX);
    }
}
