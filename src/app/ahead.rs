//! The run done ahead of the click. Right after the first files are sent to be read, the page asks
//! the worker for the run "Run matching" would ask for then ([`super::State::ahead_request`]); the worker does it
//! while the coordinator looks at how the files were read. Its answers are kept here, and the click's run takes
//! them over when it is the very same run (same files, sides, corrections, settings and earlier rounds): the
//! pairs are then shown at once. Any other run drops them. Plain bookkeeping, with no browser in it: the page's
//! bridge to the worker (`web::worker`) holds one and routes every run answer through it.

use super::{AppError, RunRequest};
use crate::engine::progress::Progress;
use crate::engine::Results;
use std::rc::Rc;

/// A run's answer from the worker.
#[derive(Debug, Clone, PartialEq)]
pub enum RunAnswer {
    /// How far it is.
    Progress(Progress),
    /// The pairs, before the exact explanations.
    Preliminary(Rc<Results>),
    /// The results, or why there are none.
    Done(Result<Rc<Results>, AppError>),
}

/// The run ahead, if any, and the numbers given to such runs.
#[derive(Debug, Default)]
pub struct Ahead {
    run: Option<AheadRun>,
    sent: u64,
    /// Runs let go of, with the answers they kept (national results take milliseconds to free): freed when the page
    /// takes them ([`Ahead::let_go`]), in a task of their own, not in the change that let them go.
    retired: Vec<AheadRun>,
}

/// Runs ahead let go of, freed when this is dropped.
#[derive(Debug)]
pub struct Retired(#[allow(dead_code)] Vec<AheadRun>);

#[derive(Debug)]
struct AheadRun {
    /// The request, with the worker's number for it (from [`Ahead::BASE`]).
    request: RunRequest,
    /// The page's number of the run that took it over.
    adopted: Option<u64>,
    /// Its answers before that (the latest progress, the preliminary results, the results).
    progress: Option<Progress>,
    preliminary: Option<Rc<Results>>,
    done: Option<Result<Rc<Results>, AppError>>,
}

impl Ahead {
    /// Runs ahead are numbered from here up; the page numbers its runs from 1 (both exact in the `f64` a
    /// message carries).
    pub const BASE: u64 = 1 << 52;

    /// A new run ahead for `req` (any earlier one is dropped): the request to send, with its number.
    pub fn start(&mut self, req: &RunRequest) -> RunRequest {
        self.sent += 1;
        let request = RunRequest { id: Self::BASE + self.sent, ..req.clone() };
        let run = AheadRun { request: request.clone(), adopted: None, progress: None, preliminary: None, done: None };
        self.retire(Some(run));
        request
    }

    /// Replaces the run ahead, keeping the one it replaces for [`Ahead::let_go`].
    fn retire(&mut self, next: Option<AheadRun>) {
        if let Some(old) = std::mem::replace(&mut self.run, next) {
            self.retired.push(old);
        }
    }

    /// The runs let go of since the last call, to free (by dropping them) where it costs nothing.
    pub fn let_go(&mut self) -> Option<Retired> {
        (!self.retired.is_empty()).then(|| Retired(std::mem::take(&mut self.retired)))
    }

    /// Forgets the run ahead: the worker that had it is gone, or it trapped.
    pub fn forget(&mut self) {
        self.retire(None);
    }

    /// Whether `id` numbers a run ahead (whether or not it is still wanted).
    pub fn is_ahead(id: u64) -> bool {
        id >= Self::BASE
    }

    /// Where the worker's answer to run `id` goes: to the page now, as the answer of the page's run returned,
    /// or nowhere (`None`): kept for a click, or no longer wanted. Answers to the page's own runs pass through.
    pub fn route(&mut self, id: u64, answer: RunAnswer) -> Option<(u64, RunAnswer)> {
        if !Self::is_ahead(id) {
            return Some((id, answer));
        }
        let run = self.run.as_mut().filter(|r| r.request.id == id)?;
        match run.adopted {
            Some(page) => {
                if matches!(answer, RunAnswer::Done(_)) {
                    self.retire(None);
                }
                Some((page, answer))
            }
            None => {
                match answer {
                    RunAnswer::Progress(p) => run.progress = Some(p),
                    RunAnswer::Preliminary(r) => run.preliminary = Some(r),
                    RunAnswer::Done(d) => run.done = Some(d),
                }
                None
            }
        }
    }

    /// The click's run `req`: when it is the run ahead, that run becomes `req`'s and its answers so far come
    /// back, to give the page as `req`'s (the results alone when they are in; else the latest progress and
    /// the preliminary results, if any); the rest will follow through [`Ahead::route`]. `None` when `req` must
    /// be sent: the run ahead, if any, is then dropped.
    pub fn adopt(&mut self, req: &RunRequest) -> Option<Vec<RunAnswer>> {
        let same = self
            .run
            .as_ref()
            .is_some_and(|r| r.adopted.is_none() && RunRequest { id: req.id, ..r.request.clone() } == *req);
        if !same {
            self.retire(None);
            return None;
        }
        let run = self.run.as_mut()?;
        run.adopted = Some(req.id);
        if let Some(done) = run.done.take() {
            self.retire(None);
            return Some(vec![RunAnswer::Done(done)]);
        }
        let progress = run.progress.take().map(RunAnswer::Progress);
        let preliminary = run.preliminary.take().map(RunAnswer::Preliminary);
        Some(progress.into_iter().chain(preliminary).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::progress::Stage;

    fn request(id: u64, mode: crate::engine::Mode) -> RunRequest {
        let settings = crate::engine::Settings { mode, ..crate::engine::Settings::default() };
        RunRequest { id, files: Vec::new(), preset: Default::default(), settings, previous: Vec::new() }
    }

    fn results() -> Rc<Results> {
        let inputs = crate::engine::example_inputs();
        Rc::new(crate::engine::match_inputs(&inputs, &Default::default(), &Default::default(), &[]).expect("example"))
    }

    #[test]
    fn answers_kept_until_the_click_then_given_as_the_clicks_run() {
        let mut a = Ahead::default();
        let sent = a.start(&request(0, crate::engine::Mode::Optimal));
        assert!(Ahead::is_ahead(sent.id));
        let r = results();
        assert_eq!(a.route(sent.id, RunAnswer::Progress(Progress::start(Stage::Solving))), None);
        assert_eq!(a.route(sent.id, RunAnswer::Progress(Progress::start(Stage::Explaining))), None);
        assert_eq!(a.route(sent.id, RunAnswer::Preliminary(r.clone())), None);
        // The click asks for the same run: the latest progress and the pairs, as its own.
        let given = a.adopt(&request(3, crate::engine::Mode::Optimal)).expect("taken over");
        assert_eq!(
            given,
            vec![RunAnswer::Progress(Progress::start(Stage::Explaining)), RunAnswer::Preliminary(r.clone())]
        );
        // The rest follows under the click's number, and the run ahead ends with its results.
        assert_eq!(a.route(sent.id, RunAnswer::Done(Ok(r.clone()))), Some((3, RunAnswer::Done(Ok(r.clone())))));
        assert_eq!(a.route(sent.id, RunAnswer::Done(Ok(r))), None, "nothing more of it");
        // The page's own runs pass through.
        assert_eq!(
            a.route(4, RunAnswer::Progress(Progress::start(Stage::Scoring))),
            Some((4, RunAnswer::Progress(Progress::start(Stage::Scoring))))
        );
    }

    #[test]
    fn results_in_before_the_click_are_given_alone() {
        let mut a = Ahead::default();
        let sent = a.start(&request(0, crate::engine::Mode::Optimal));
        let r = results();
        a.route(sent.id, RunAnswer::Preliminary(r.clone()));
        a.route(sent.id, RunAnswer::Done(Err(AppError::NeedBoth)));
        assert_eq!(
            a.adopt(&request(1, crate::engine::Mode::Optimal)),
            Some(vec![RunAnswer::Done(Err(AppError::NeedBoth))])
        );
        assert_eq!(a.adopt(&request(2, crate::engine::Mode::Optimal)), None, "taken once");
    }

    #[test]
    fn runs_let_go_of_keep_their_answers_until_taken() {
        let mut a = Ahead::default();
        let r = results();
        let first = a.start(&request(0, crate::engine::Mode::Optimal));
        a.route(first.id, RunAnswer::Preliminary(r.clone()));
        assert!(a.let_go().is_none(), "nothing let go of yet");
        // A new run ahead replaces it: its preliminary results are kept until the page takes them.
        a.start(&request(0, crate::engine::Mode::Greedy));
        assert_eq!(Rc::strong_count(&r), 2);
        let retired = a.let_go().expect("the first run");
        assert!(a.let_go().is_none(), "taken once");
        drop(retired);
        assert_eq!(Rc::strong_count(&r), 1, "freed with what was taken");
        // Every way a run ends keeps it: another run clicked, a forgotten worker.
        a.adopt(&request(1, crate::engine::Mode::Optimal));
        assert!(a.let_go().is_some());
        a.start(&request(0, crate::engine::Mode::Optimal));
        a.forget();
        assert!(a.let_go().is_some());
    }

    #[test]
    fn another_run_drops_it_and_its_late_answers() {
        let mut a = Ahead::default();
        let sent = a.start(&request(0, crate::engine::Mode::Optimal));
        assert_eq!(a.adopt(&request(1, crate::engine::Mode::Greedy)), None, "a setting changed: sent");
        assert_eq!(a.route(sent.id, RunAnswer::Done(Ok(results()))), None);
        assert_eq!(a.adopt(&request(2, crate::engine::Mode::Optimal)), None, "dropped for good");
        // A newer run ahead replaces an older one; the older one's answers are not wanted.
        let old = a.start(&request(0, crate::engine::Mode::Optimal));
        let new = a.start(&request(0, crate::engine::Mode::Optimal));
        assert_ne!(old.id, new.id);
        assert_eq!(a.route(old.id, RunAnswer::Done(Ok(results()))), None);
        assert_eq!(
            a.adopt(&request(5, crate::engine::Mode::Optimal)),
            Some(Vec::new()),
            "the newer one, nothing in yet"
        );
        // Forgotten (the worker was replaced): the click's run is sent.
        a.start(&request(0, crate::engine::Mode::Optimal));
        a.forget();
        assert_eq!(a.adopt(&request(6, crate::engine::Mode::Optimal)), None);
    }
}
