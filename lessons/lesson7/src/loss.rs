//! Part 4: the loss says how wrong the network is, and how big.
//!
//! The data loss is the mean of the points' hinge losses: 0 when every point is
//! beyond the margin on its side. The regularisation α·Σp² adds a little for
//! every large parameter, so that among the networks that fit the points the
//! step prefers small weights. The accuracy, the fraction of points on their
//! side, is what we want; the loss is what the gradient can improve.

use lesson6::{Tape, Var};

/// The weight α of the regularisation term α·Σp² in the loss.
pub const ALPHA: f64 = 1e-4;

/// The loss of micrograd's demo, recorded on the tape op for op as micrograd
/// builds it, from the scores of the points, their labels and the parameters:
///
/// - the data loss: a leaf 0, plus each point's [`hinge`](crate::neuron::hinge)
///   in order, times a leaf 1/n (micrograd: `sum(losses) * (1.0 / len(losses))`);
/// - the regularisation: a leaf 0, plus each p·p in order, times a leaf α
///   (micrograd: `alpha * sum((p*p for p in model.parameters()))`);
/// - the total: data loss + regularisation.
///
/// Scores 2 and −0.5 with labels +1 and +1, one parameter 10:
/// -> (0 + 1.5)·½ + 1e−4·100 = 0.76
///
/// # Panics
///
/// If there are no scores ("at least one score"), or not one label per score
/// ("one label per score").
pub fn loss(tape: &mut Tape, scores: &[Var], ys: &[f64], params: &[Var]) -> Var {
    // TODO: record the mean hinge plus α·Σp², node for node as micrograd does.
    todo!(
        "the loss of {} scores, {} labels and {} parameters, on a tape of {} nodes",
        scores.len(),
        ys.len(),
        params.len(),
        tape.len()
    )
}

/// The fraction of points on the right side: those whose score is positive
/// exactly when their label is (micrograd: `(yi > 0) == (scorei.data > 0)`, so
/// a score of exactly 0 counts as the −1 side).
///
/// scores `[0.5, -2.0, 0.0, 3.0]`, labels `[1, -1, -1, -1]` -> 0.75
///
/// # Panics
///
/// If there are no scores ("at least one score"), or not one label per score
/// ("one label per score").
pub fn accuracy(scores: &[f64], ys: &[f64]) -> f64 {
    // TODO: the fraction of points where (y > 0) == (score > 0).
    todo!(
        "the accuracy of {} scores with {} labels",
        scores.len(),
        ys.len()
    )
}
