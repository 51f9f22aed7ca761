//! Part 3: the adaptive climb. Undo a step that overshoots and halve the step
//! size, so that the climb always reaches the peak, whatever η it starts with.
//!
//! The `Climb` it returns is provided in `src/adaptive/provided.rs`.

mod provided;
pub use provided::Climb;

/// Gradient ascent that halves its step size whenever a step overshoots.
///
/// Try `steps` steps, one after the other. Each try computes the next point
/// with [`step`](crate::step) from the current x and η. If that step
/// [`overshoots`](crate::overshoots) on `f`, undo it: stay at x, halve η, and
/// count a halving. Otherwise move to the new point and count it as kept. So f
/// never falls, and `kept + halvings == steps`.
///
/// From any start where f is finite, and any η, it ends at a peak given enough
/// steps: each doubling of η beyond what the hill allows costs one halving. It
/// ends a few times 1e−8 from the peak, not closer (the checks allow 1e−7):
/// near the top f is flat to the last bit of an f64, so a step there no longer
/// raises f and counts as an overshoot.
///
/// `adaptive_climb(f, f_prime, 0.0, 1.1, 2) -> Climb { x: 2.2, eta: 0.55, kept: 1, halvings: 1 }`
///
/// # Panics
///
/// If `eta` is not positive and finite ("the step size must be positive and
/// finite"), or if `start` is not finite ("start must be finite"), also when
/// `steps = 0`. With `steps = 0` and good input it returns the start and η
/// unchanged.
pub fn adaptive_climb(
    #[allow(unused_variables)] f: impl Fn(f64) -> f64,
    #[allow(unused_variables)] f_prime: impl Fn(f64) -> f64,
    start: f64,
    eta: f64,
    steps: usize,
) -> Climb {
    // TODO: check η and start; then try each step, undoing it and halving η if it overshoots.
    todo!("an adaptive climb of {steps} tries from start={start}, starting with η={eta}")
}
