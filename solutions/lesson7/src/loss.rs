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
    // STUB: // TODO: record the mean hinge plus α·Σp², node for node as micrograd does.
    // STUB: todo!(
    // STUB:     "the loss of {} scores, {} labels and {} parameters, on a tape of {} nodes",
    // STUB:     scores.len(),
    // STUB:     ys.len(),
    // STUB:     params.len(),
    // STUB:     tape.len()
    // STUB: )
    // BEGIN SOLUTION
    assert!(
        !scores.is_empty() && scores.len() == ys.len(),
        "one label per score, and at least one score: got {} scores and {} labels",
        scores.len(),
        ys.len()
    );
    let mut total = tape.leaf(0.0);
    for (&s, &y) in scores.iter().zip(ys) {
        let h = crate::neuron::hinge(tape, s, y);
        total = tape.add(total, h);
    }
    let one_over_n = tape.leaf(1.0 / scores.len() as f64);
    let data_loss = tape.mul(total, one_over_n);
    let mut squares = tape.leaf(0.0);
    for &p in params {
        let square = tape.mul(p, p);
        squares = tape.add(squares, square);
    }
    let alpha = tape.leaf(ALPHA);
    let reg_loss = tape.mul(squares, alpha);
    tape.add(data_loss, reg_loss)
    // END SOLUTION
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
    // STUB: // TODO: the fraction of points where (y > 0) == (score > 0).
    // STUB: todo!(
    // STUB:     "the accuracy of {} scores with {} labels",
    // STUB:     scores.len(),
    // STUB:     ys.len()
    // STUB: )
    // BEGIN SOLUTION
    assert!(
        !scores.is_empty() && scores.len() == ys.len(),
        "one label per score, and at least one score: got {} scores and {} labels",
        scores.len(),
        ys.len()
    );
    let right = scores
        .iter()
        .zip(ys)
        // A label is +1 or −1, so y == 1 says y > 0.
        .filter(|&(&s, &y)| (y == 1.0) == (s > 0.0))
        .count();
    right as f64 / scores.len() as f64
    // END SOLUTION
}
