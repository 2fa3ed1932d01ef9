//! Long lists drawn in steps: the first items at once, then as many a task as the step before shows fit,
//! so that no task keeps the page's thread busy long.

use yew::prelude::*;

/// How many of `total` items to draw: `first` at once, then more in each following task (a long list drawn in
/// one go would keep the page's thread busy in one long task, layout included): each step as many as the step
/// before shows fit in a task on this machine ([`crate::app::pace::next_step`]; a step timed from its start to
/// the next step's). The first drawing counts as a
/// step (timed with whatever was drawn with it, so the next step errs small); with no step timed (nothing drawn
/// at first, a list that waited, or a list whose length changed after it was drawn: a filter, new results), the
/// next step is the smallest (an eighth of `step`) and the steps grow from there: an untimed full `step` can
/// make a task over 50 ms in a fresh browser. A `step` of 0 waits (for another list drawn before this one).
#[hook]
pub fn use_drawn_in_steps(total: usize, first: usize, step: usize) -> usize {
    let drawn = use_state(|| first);
    // The step asked for last: when it started and how many items it added (timed once it is drawn).
    let asked = use_mut_ref(|| Some((now_ms(), first)));
    {
        let (drawn, asked) = (drawn.clone(), asked.clone());
        use_effect_with((*drawn, total, step), move |&(now, total, step)| {
            let next = (now < total && step > 0).then(|| {
                gloo::timers::callback::Timeout::new(0, move || {
                    // The step before, timed from its start to this one's: its drawing, and whatever the page
                    // did with it meanwhile (a list that lays out its step at once, as the pairs table does).
                    let last = asked.borrow_mut().take();
                    let (n, took) = last.map_or((0, f64::NAN), |(at, n)| (n, now_ms() - at));
                    let size = crate::app::pace::next_step(n, took, step);
                    *asked.borrow_mut() = Some((now_ms(), size));
                    drawn.set(now + size);
                })
            });
            move || drop(next)
        });
    }
    (*drawn).min(total)
}

/// The page's clock, in milliseconds.
pub fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}
