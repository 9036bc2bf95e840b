//! A fetch's answer as a signal: `None` while it runs, then what it gave; `refetch` asks again.
//! Leptos's `LocalResource` does this too, with the machinery of async signals (Suspense,
//! transitions, async locks) that nothing here uses, and that every page would load.

use leptos::prelude::*;
use leptos::task::spawn_local;
use std::future::Future;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

pub struct Fetched<T: 'static> {
    answer: RwSignal<Option<T>>,
    start: StoredValue<Arc<dyn Fn() + Send + Sync>>,
}

impl<T> Clone for Fetched<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Fetched<T> {}

impl<T: Clone + Send + Sync + 'static> Fetched<T> {
    /// Starts `fetch` now.
    pub fn new<F>(fetch: impl Fn() -> F + Send + Sync + 'static) -> Self
    where
        F: Future<Output = T> + 'static,
    {
        let answer = RwSignal::new(None);
        let runs = Arc::new(AtomicUsize::new(0));
        let start: Arc<dyn Fn() + Send + Sync> = Arc::new(move || {
            let run = runs.fetch_add(1, Ordering::Relaxed) + 1;
            answer.set(None);
            let (future, runs) = (fetch(), runs.clone());
            spawn_local(async move {
                let value = future.await;
                // The answer of a fetch asked again meanwhile is not the one to show; nor is
                // any once the page that asked has gone (the signal with it).
                if runs.load(Ordering::Relaxed) == run {
                    answer.try_set(Some(value));
                }
            });
        });
        start();
        Fetched {
            answer,
            start: StoredValue::new(start),
        }
    }

    /// An answer already here (a pre-rendered page's data): nothing to fetch, ever.
    pub fn ready(value: T) -> Self {
        Fetched {
            answer: RwSignal::new(Some(value)),
            start: StoredValue::new(Arc::new(|| {})),
        }
    }

    pub fn get(&self) -> Option<T> {
        self.answer.get()
    }

    pub fn with<R>(&self, f: impl FnOnce(&Option<T>) -> R) -> R {
        self.answer.with(f)
    }

    /// Fetches again, showing `None` until the new answer.
    pub fn refetch(&self) {
        if let Some(start) = self.start.try_get_value() {
            start();
        }
    }
}
