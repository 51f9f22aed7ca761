//! Part 1: scores become probabilities, and a loss says how surprised we are.
//!
//! The network gives ten scores z, one per digit. Softmax turns them into
//! probabilities, pⱼ = e^zⱼ / Σₖ e^zₖ, and cross-entropy charges −ln p_y for
//! the true class y. Subtracting the largest score first changes nothing in
//! the mathematics and keeps every e^z between 0 and 1, so logits of ±1000 give
//! finite answers where the textbook form gives inf or NaN.

/// The probabilities pⱼ = e^zⱼ / Σₖ e^zₖ of the scores `z`, computed with the
/// largest score subtracted from each first (e^(zⱼ − m) / Σₖ e^(zₖ − m) is the
/// same fraction, with both parts divided by e^m), so no e^z overflows.
///
/// `[0, 0] -> [0.5, 0.5]`;  `[1000, 1000] -> [0.5, 0.5]`;  `[ln 3, 0] -> [0.75, 0.25]`
pub fn softmax(z: &[f64]) -> Vec<f64> {
    // TODO: e^(zⱼ − m) / Σₖ e^(zₖ − m) for each score, with m the largest score.
    todo!("the softmax of {z:?}")
}

/// The cross-entropy of the scores `z` for the true class `y`: −ln p_y, which
/// is logsumexp(z) − z_y, with logsumexp(z) = m + ln Σₖ e^(zₖ − m) and m the
/// largest score. 0 when the network is sure and right; large when it is sure
/// and wrong.
///
/// `([0, 0, 0], 1) -> ln 3 = 1.0986`;  `([1000, -1000], 1) -> 2000`
///
/// # Panics
///
/// If `y` is not a class of `z` ("class").
pub fn cross_entropy(z: &[f64], y: usize) -> f64 {
    // TODO: refuse a class that is not a score; then logsumexp(z) − z_y, with the largest score taken out first.
    todo!("the cross-entropy of {z:?} for y = {y}")
}

/// The gradient of [`cross_entropy`]`(z, y)` with respect to each score:
/// ∂L/∂zⱼ = pⱼ − [j = y], the probabilities with 1 taken from the true class.
///
/// `([0, 0], 0) -> [-0.5, 0.5]`;  `([ln 3, 0], 1) -> [0.75, -0.75]`
///
/// # Panics
///
/// If `y` is not a class of `z` ("class").
pub fn cross_entropy_gradient(z: &[f64], y: usize) -> Vec<f64> {
    // TODO: refuse a class that is not a score; then the softmax with 1 taken from the true class.
    todo!("the gradient of the cross-entropy of {z:?} for y = {y}")
}
