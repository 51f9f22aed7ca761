//! Part 2: random search. Many random tries, the best one kept, and the bill counted.
//!
//! The `Search` it returns is provided in `src/search/provided.rs`.

use rand::Rng;
// STUB: #[allow(unused_imports)] // You will need `RngExt` for `rng.random()`.
use rand::RngExt;

// BEGIN SOLUTION
#[path = "../../../lessons/lesson1/src/search/provided.rs"]
// END SOLUTION
mod provided;
pub use provided::Search;

/// Random local search: try `tries` random tweaks and keep the best.
///
/// Start by evaluating f at `start`, the first best point. Then, `tries` times:
/// draw u, then v (`rng.random::<f64>()`, as in part 1); move the best point so
/// far by h·(2u − 1) in a and h·(2v − 1) in b, random amounts in [−h, h);
/// evaluate f there, once; keep the new point only if f is strictly larger (a tie
/// keeps the old one). Count every call of f.
///
/// With `tries = 0` the search returns `start` after one evaluation.
///
/// With `rng = ChaCha8Rng::seed_from_u64(2)`:
/// `random_search(|a, b| a * b, (-4.0, -3.0), 0.01, 100, &mut rng)
///     -> Search { best: (-4.1317…, -3.2275…), best_value: 13.3351…, evaluations: 101 }`
///
/// # Panics
///
/// If `h` is not positive and finite, with the message `h must be positive and
/// finite`, whatever `tries` is (0 included).
pub fn random_search(
    // STUB: #[allow(unused_variables)] f: impl Fn(f64, f64) -> f64,
    // BEGIN SOLUTION
    f: impl Fn(f64, f64) -> f64,
    // END SOLUTION
    start: (f64, f64),
    h: f64,
    tries: usize,
    // STUB: #[allow(unused_variables)] rng: &mut impl Rng,
    // BEGIN SOLUTION
    rng: &mut impl Rng,
    // END SOLUTION
) -> Search {
    // STUB: // TODO: refuse a bad h; keep the best point and its value, try `tries` tweaks, count every call of f.
    // STUB: todo!("search from {start:?} with {tries} tries of size up to h={h}")
    // BEGIN SOLUTION
    assert!(
        h > 0.0 && h.is_finite(),
        "h must be positive and finite, got {h}"
    );
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
    // END SOLUTION
}
