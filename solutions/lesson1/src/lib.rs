//! Lesson 1: the random nudge.
//!
//! A node multiplies its two inputs, f(a, b) = a·b, and we want its output to be
//! larger. The blind way: push each input up by a small random amount and look.
//! Read `lessons/lesson1/README.md`, then fill in each `todo!()` in order.
//! Check with `cargo xtask next`; stuck? `cargo xtask hint`.

use rand::{Rng, RngExt};

// The provided modules have one copy, in lessons/lesson1/src/, shared with the
// lesson. The path holds here and in the lesson's folder alike, so copying this
// file over the lesson's still solves it.
#[path = "../../../lessons/lesson1/src/story.rs"]
pub mod story;

/// The node: f(a, b) = a·b.
///
/// `product(4.0, 3.0) -> 12.0`
pub fn product(a: f64, b: f64) -> f64 {
    a * b
}

/// Both inputs pushed up by a random fraction of `h`: (a + h·u, b + h·v).
///
/// u and v are uniform in [0, 1), drawn with `rng.random::<f64>()`, u first
/// (for a), then v (for b). A negative `h` pushes down instead.
///
/// `nudge(4.0, 3.0, 0.01, rng) -> (4.00xx, 3.00xx)`
pub fn nudge(a: f64, b: f64, h: f64, rng: &mut impl Rng) -> (f64, f64) {
    let u: f64 = rng.random();
    let v: f64 = rng.random();
    (a + h * u, b + h * v)
}

/// How much the output changed after one nudge: f(nudged a, nudged b) − f(a, b).
///
/// Positive means the nudge helped. Draws exactly as [`nudge`] does.
///
/// `change_after_nudge(4.0, 3.0, 0.01, rng) -> 0.04xx`
pub fn change_after_nudge(a: f64, b: f64, h: f64, rng: &mut impl Rng) -> f64 {
    let (a2, b2) = nudge(a, b, h, rng);
    product(a2, b2) - product(a, b)
}

/// What a random search found, and what it cost.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Search {
    /// The best input found, (a, b).
    pub best: (f64, f64),
    /// f at `best`.
    pub best_value: f64,
    /// How many times f was called, counting the first call at `start`.
    pub evaluations: usize,
}

/// Random local search: try `tries` random tweaks and keep the best.
///
/// Start by evaluating f at `start`. Then, `tries` times: move each input of the
/// best point so far by h·(2u − 1), a random amount in [−h, h) (u for a first,
/// then for b, as in [`nudge`]); evaluate f there; keep the new point only if f
/// is strictly larger. Count every call of f.
///
/// With `tries = 0` the search returns `start` after one evaluation.
pub fn random_search(
    f: impl Fn(f64, f64) -> f64,
    start: (f64, f64),
    h: f64,
    tries: usize,
    rng: &mut impl Rng,
) -> Search {
    let mut best = start;
    let mut best_value = f(start.0, start.1);
    let mut evaluations = 1;
    for _ in 0..tries {
        let u: f64 = rng.random();
        let v: f64 = rng.random();
        let candidate = (best.0 + h * (2.0 * u - 1.0), best.1 + h * (2.0 * v - 1.0));
        let value = f(candidate.0, candidate.1);
        evaluations += 1;
        if value > best_value {
            best = candidate;
            best_value = value;
        }
    }
    Search {
        best,
        best_value,
        evaluations,
    }
}
