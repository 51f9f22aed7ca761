//! Part 2: the step size. How to see an overshoot without knowing where the
//! peak is, and what each step size does to a climb on the hill f.
//!
//! The `Outcome` that `classify` returns is provided in `src/step_size/provided.rs`.

// BEGIN SOLUTION
#[path = "../../../lessons/lesson4/src/step_size/provided.rs"]
// END SOLUTION
mod provided;
pub use provided::Outcome;

/// Whether the step from `x` to `x_next` overshot on the hill `f`: it moved x,
/// but f did not rise.
///
/// A small enough step uphill always raises f. So a step that moves and ends no
/// higher went too far: past the peak and down the other side (f fell), or to
/// exactly the same height on the other side (f level: the bounce). A step that
/// does not move (at the peak itself, where f′ = 0) is not an overshoot. When f
/// at `x_next` is not a number, f did not rise: an overshoot.
///
/// `overshoots(f, 0.0, 4.4) -> true` (f fell from 0 to −1.76),
/// `overshoots(f, 0.0, 2.4) -> false` (past B, yet f rose from 0 to 3.84)
pub fn overshoots(f: impl Fn(f64) -> f64, x: f64, x_next: f64) -> bool {
    // STUB: // TODO: did the step move x without raising f?
    // STUB: let _ = f; // Delete this line: it only keeps the unused-variable warning away.
    // STUB: todo!("whether the step from x={x} to x_next={x_next} overshot")
    // BEGIN SOLUTION
    let rose = f(x_next) > f(x);
    x_next != x && !rose
    // END SOLUTION
}

/// The outcome of climbing [`f`](crate::f) with step size `eta` (η), read from
/// the factor 1 − 2η.
///
/// One step maps the distance to the peak, e = x − 2, to (1 − 2η)·e. Between 0
/// and 1 the factor shrinks e and keeps its sign; exactly 0 lands on B; between
/// −1 and 0 it shrinks e and flips its sign; exactly −1 flips it and keeps its
/// size; below −1 it grows.
///
/// `classify(0.1) -> Outcome::Creeps`, `classify(0.5) -> Outcome::Lands`,
/// `classify(1.1) -> Outcome::Diverges`
///
/// # Panics
///
/// If `eta` is not positive and finite ("the step size must be positive and finite").
pub fn classify(eta: f64) -> Outcome {
    // STUB: // TODO: check η, then name the outcome from the factor 1 − 2η.
    // STUB: todo!("the outcome of climbing f with η={eta}")
    // BEGIN SOLUTION
    assert!(
        eta > 0.0 && eta.is_finite(),
        "the step size must be positive and finite, got η = {eta}"
    );
    let factor = 1.0 - 2.0 * eta;
    if factor > 0.0 {
        Outcome::Creeps
    } else if factor == 0.0 {
        Outcome::Lands
    } else if factor > -1.0 {
        Outcome::Oscillates
    } else if factor == -1.0 {
        Outcome::Bounces
    } else {
        Outcome::Diverges
    }
    // END SOLUTION
}
