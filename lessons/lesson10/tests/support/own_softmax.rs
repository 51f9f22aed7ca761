//! Part 1's checks work out softmax themselves: for the scores they know, and
//! with your lesson 6 engine; and they name what a number that is not finite
//! says about a softmax.

use check::Tol;
use lesson6::Tape;

/// What a list of numbers looks like when something in it is not finite, for
/// the `think:` line: NaN and inf each have their own cause.
pub fn non_finite(xs: &[f64]) -> Option<&'static str> {
    if xs.iter().any(|x| x.is_nan()) {
        Some(
            "a NaN: e^1000 overflows to inf and inf/inf is NaN (or e^−1000 underflows to 0 and \
             0/0 is NaN); subtract the largest score from every score before e^",
        )
    } else if xs.iter().any(|x| x.is_infinite()) {
        Some(
            "an inf: e^z overflowed; subtract the largest score (not the smallest, nor the \
             mean) from every score before e^, so every exponent is at most 0",
        )
    } else {
        None
    }
}

/// The checks' own softmax, safe for the small scores they use it on.
pub fn softmax_of(z: &[f64]) -> Vec<f64> {
    let total: f64 = z.iter().map(|x| x.exp()).sum();
    z.iter().map(|x| x.exp() / total).collect()
}

/// −∂(−ln p_y)/∂z by the learner's lesson 6 engine: p_y recorded on a tape
/// from e^(zⱼ − m) and a division, its gradient by backward, then the chain
/// rule for −ln (whose derivative is −1/p): ∂L/∂zⱼ = −(∂p_y/∂zⱼ) / p_y.
pub fn engine_gradient(z: &[f64], y: usize) -> Vec<f64> {
    let mut tape = Tape::new();
    let leaves: Vec<_> = z.iter().map(|&zj| tape.leaf(zj)).collect();
    let m = tape.leaf(z.iter().copied().fold(f64::NEG_INFINITY, f64::max));
    let exps: Vec<_> = leaves
        .iter()
        .map(|&zj| {
            let shifted = tape.sub(zj, m);
            tape.exp(shifted)
        })
        .collect();
    let total = tape.sum(&exps);
    let p_y = tape.div(exps[y], total);
    let grads = tape.backward(p_y);
    let p = tape.value(p_y);
    leaves.iter().map(|&zj| -grads[zj] / p).collect()
}

/// Whether `wrong` is `got` to the last roundings (`Tol::EXACT`), number for
/// number: a slip's answer recognised.
pub fn exactly(wrong: &[f64], got: &[f64]) -> bool {
    wrong.len() == got.len()
        && wrong
            .iter()
            .zip(got)
            .all(|(&w, &g)| Tol::EXACT.accepts(g, w))
}
