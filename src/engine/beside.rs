//! Work done beside other work: natively on a scoped thread of its own, in the browser (one thread, in the
//! worker) when its answer is taken. What is computed is the same either way; only when it is computed
//! differs, so results do not depend on it.

/// The answer of work started by [`beside`], taken once.
pub(crate) struct Later<'a, T>(Work<'a, T>);

enum Work<'a, T> {
    #[cfg(not(target_arch = "wasm32"))]
    Thread(std::thread::ScopedJoinHandle<'a, T>),
    #[cfg(target_arch = "wasm32")]
    Lazy(Box<dyn FnOnce() -> T + 'a>),
}

impl<T> Later<'_, T> {
    /// The work's answer: waits for it natively, does it now in the browser. A panic in the work (a bug)
    /// goes on here, where it shows.
    pub(crate) fn take(self) -> T {
        match self.0 {
            #[cfg(not(target_arch = "wasm32"))]
            Work::Thread(handle) => handle.join().unwrap_or_else(|e| std::panic::resume_unwind(e)),
            #[cfg(target_arch = "wasm32")]
            Work::Lazy(work) => work(),
        }
    }
}

/// Runs `main` with `work` started beside it; `main` takes `work`'s answer when it needs it.
pub(crate) fn beside<'a, T: Send + 'a, R>(
    work: impl FnOnce() -> T + Send + 'a,
    main: impl FnOnce(Later<'_, T>) -> R,
) -> R {
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::thread::scope(|scope| main(Later(Work::Thread(scope.spawn(work)))))
    }
    #[cfg(target_arch = "wasm32")]
    {
        main(Later(Work::Lazy(Box::new(work))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_work_is_done_once_and_its_answer_taken() {
        let data = [1, 2, 3];
        let runs = std::sync::atomic::AtomicUsize::new(0);
        let sum = beside(
            || {
                runs.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                data.iter().sum::<i32>()
            },
            |later| 10 * later.take(),
        );
        assert_eq!((sum, runs.into_inner()), (60, 1));
    }

    #[test]
    #[should_panic(expected = "a bug in the work")]
    fn a_panic_in_the_work_goes_on_where_the_answer_is_taken() {
        beside(|| -> i32 { panic!("a bug in the work") }, |later| later.take());
    }
}
