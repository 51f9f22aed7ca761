//! Part 6: the gradient check, and its kinks.
//!
//! A gradient check compares backward's answer with a central difference: their
//! relative error says how far to trust backward. The bands of Stanford's CS231n
//! course read it; a kink (relu at 0) can fail the check when the engine is
//! right, which is why one band is fine "only with kinks".
//!
//! The bands (`Band`) are provided in `src/grad_check/provided.rs`.

use lesson6::{Tape, Var};

/// Your relative error and verdict from lesson 3, used here as they are: one
/// definition, |a − n| / max(|a|, |n|) (0 when both are 0, refusing a value that
/// is not finite), and one boundary, agreement strictly below 1e-7. This part
/// adds only the finer reading of CS231n's bands above that boundary.
pub use lesson3::gradient_check::{agrees, relative_error};

// BEGIN SOLUTION
#[path = "../../../lessons/lesson8/src/grad_check/provided.rs"]
// END SOLUTION
mod provided;
pub use provided::Band;

/// The band of a relative error: above 1e−2 [`Band::Wrong`]; 1e−4 up to 1e−2
/// (both included) [`Band::Uncomfortable`]; 1e−7 (included) up to 1e−4
/// [`Band::FineOnlyWithKinks`]; below 1e−7 [`Band::Agreement`], the boundary of
/// lesson 3's [`agrees`], which decides it. An error that is not a number (NaN)
/// is [`Band::Wrong`]: nothing agrees with it.
///
/// `0.5 -> Wrong`;  `1e-3 -> Uncomfortable`;  `1e-5 -> FineOnlyWithKinks`;
/// `1e-7 -> FineOnlyWithKinks`;  `1e-9 -> Agreement`
pub fn band(error: f64) -> Band {
    // STUB: // TODO: the band of CS231n the error falls in.
    // STUB: todo!("the band of a relative error of {error}")
    // BEGIN SOLUTION
    if error.is_nan() || error > 1e-2 {
        Band::Wrong
    } else if error >= 1e-4 {
        Band::Uncomfortable
    } else if agrees(error) {
        Band::Agreement
    } else {
        Band::FineOnlyWithKinks
    }
    // END SOLUTION
}

/// Checks the gradient of a function of one variable at `x`: `f` records the
/// function on a tape from the leaf it is given and returns its output. Returns
/// (analytic, numeric): the analytic derivative from your tape's `backward` on
/// one tape, and the central difference (f(x + h) − f(x − h)) / (2h), each value
/// recorded on a fresh tape.
///
/// f = x³ at x = 2, h = 0.01: `-> (12, 12.0001)` (the central difference of a
/// cube is off by h² exactly)
///
/// # Panics
///
/// If `h` is not positive and finite ("h must be positive").
pub fn check_gradient(f: impl Fn(&mut Tape, Var) -> Var, x: f64, h: f64) -> (f64, f64) {
    // STUB: // TODO: refuse a bad h; backward on one tape, the central difference from two fresh tapes.
    // STUB: let _ = f; // Delete this line: it only keeps the unused-variable warning away.
    // STUB: todo!("the gradient check at x = {x} with h = {h}")
    // BEGIN SOLUTION
    assert!(
        h > 0.0 && h.is_finite(),
        "h must be positive and finite, got {h}"
    );
    let value = |at: f64| {
        let mut tape = Tape::new();
        let leaf = tape.leaf(at);
        let out = f(&mut tape, leaf);
        tape.value(out)
    };
    let mut tape = Tape::new();
    let leaf = tape.leaf(x);
    let out = f(&mut tape, leaf);
    let analytic = tape.backward(out)[leaf];
    let numeric = (value(x + h) - value(x - h)) / (2.0 * h);
    (analytic, numeric)
    // END SOLUTION
}
