//! Progress on standard error while the CLI works, drawn only when standard error is a terminal: piped or
//! redirected, nothing but the summary lines is written there.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use kommunematch::app::i18n::Lang;
use kommunematch::engine::matching::RunObserver;
use kommunematch::engine::messages;
use kommunematch::engine::progress::{Observer, Progress, Stage};
use std::io::IsTerminal;

/// Steps of a bar: its position is the job's fraction in thousandths.
const STEPS: u64 = 1000;

/// A progress bar on standard error, or nothing when standard error is not a terminal.
pub struct Bar {
    bar: ProgressBar,
    lang: Lang,
}

impl Bar {
    /// A bar in `lang`, visible only when standard error is a terminal.
    pub fn new(lang: Lang) -> Bar {
        let target = if std::io::stderr().is_terminal() {
            ProgressDrawTarget::stderr_with_hz(15)
        } else {
            ProgressDrawTarget::hidden()
        };
        let bar = ProgressBar::with_draw_target(Some(STEPS), target);
        if let Ok(style) = ProgressStyle::with_template("{bar:30} {msg}") {
            bar.set_style(style.progress_chars("█▌ "));
        }
        Bar { bar, lang }
    }

    /// Runs `f` with the bar out of the way (for lines written to standard error meanwhile).
    pub fn suspend<R>(&self, f: impl FnOnce() -> R) -> R {
        self.bar.suspend(f)
    }

    /// Removes the bar.
    pub fn done(&self) {
        self.bar.finish_and_clear();
    }
}

impl Observer for Bar {
    fn progress(&mut self, p: Progress) {
        self.bar.set_position((p.fraction() * STEPS as f64).round() as u64);
        self.bar.set_message(messages::progress(self.lang, &p));
        if p.stage == Stage::Parsing {
            self.bar.tick();
        }
    }
}

/// A run's bar: its progress only (the preliminary results are for the page).
impl RunObserver for Bar {}

impl Drop for Bar {
    fn drop(&mut self) {
        self.done();
    }
}
