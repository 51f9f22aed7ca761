//! How the lessons' programs time their benches (lessons 9 and 10 share this file
//! by `#[path]`): the fastest of several runs, since a busy machine only ever adds.

use std::time::{Duration, Instant};

/// The fastest of `runs` timed runs of `run`, after one to warm up.
pub fn fastest<T>(runs: usize, mut run: impl FnMut() -> T) -> Duration {
    run();
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}
