//! Part 5: the loss of a batch, and how often the network is right.
//!
//! A batch's loss is the mean of its digits' cross-entropies, so its gradient
//! is the mean of theirs: each digit's p − onehot(y), divided by the batch's
//! size, flows back through the network (the provided `Net::backward`). The
//! mean, not the sum, keeps a step's size the same whatever the batch's size.

use crate::digits::Digit;
use crate::net::Net;

/// The mean cross-entropy of the digits `digits[i]` for each i of `batch`, and
/// its gradient with respect to every parameter of `net` (in the order of
/// `net.params`): the forward pass of the batch, each digit's
/// [`cross_entropy_gradient`](crate::softmax::cross_entropy_gradient) divided by the batch's size as ∂L/∂scores, and
/// the provided backward pass.
///
/// A batch of one digit whose scores are all 0: `-> (ln 10 = 2.3026, …)`
///
/// # Panics
///
/// If `batch` is empty ("empty batch").
pub fn batch_loss_and_gradient(net: &Net, digits: &[Digit], batch: &[usize]) -> (f64, Vec<f64>) {
    // STUB: // TODO: refuse an empty batch; forward the batch, then the mean loss and each row of ∂L/∂scores divided by the batch size, then backward.
    // STUB: todo!(
    // STUB:     "the loss and gradient of {} hidden units on the batch {batch:?} of {} digits",
    // STUB:     net.hidden,
    // STUB:     digits.len()
    // STUB: )
    // BEGIN SOLUTION
    use crate::net::CLASSES;
    use crate::softmax::{cross_entropy, cross_entropy_gradient};

    assert!(
        !batch.is_empty(),
        "an empty batch has no mean loss: give it at least one digit"
    );
    let n = batch.len() as f64;
    let forward = net.forward(batch.iter().map(|&i| digits[i].pixels).collect());
    let mut loss = 0.0;
    let mut d_scores = Vec::with_capacity(batch.len());
    for (z, &i) in forward.scores.iter().zip(batch) {
        let y = digits[i].label;
        loss += cross_entropy(z, y);
        let mut d = [0.0; CLASSES];
        for (dc, gc) in d.iter_mut().zip(cross_entropy_gradient(z, y)) {
            *dc = gc / n;
        }
        d_scores.push(d);
    }
    (loss / n, net.backward(&forward, &d_scores))
    // END SOLUTION
}

/// The digit `net` reads in `digit`: the class with the largest score (the
/// first of them, if several tie).
///
/// A network whose scores are all 0 `-> 0`
pub fn predict(net: &Net, digit: &Digit) -> usize {
    // STUB: // TODO: the forward pass of the one digit, then the first class with the largest score.
    // STUB: todo!(
    // STUB:     "the digit {} hidden units read in a {}",
    // STUB:     net.hidden,
    // STUB:     digit.label
    // STUB: )
    // BEGIN SOLUTION
    let forward = net.forward(vec![digit.pixels]);
    let scores = forward.scores[0];
    let mut best = 0;
    for (c, &z) in scores.iter().enumerate() {
        if z > scores[best] {
            best = c;
        }
    }
    best
    // END SOLUTION
}

/// The fraction of `digits` that `net` reads right, 0..1: those whose
/// [`predict`]ion is their label. (One forward pass of all the digits gives the
/// same scores as one pass per digit, for a fraction of the work.)
///
/// # Panics
///
/// If `digits` is empty ("no digits").
pub fn accuracy(net: &Net, digits: &[Digit]) -> f64 {
    // STUB: // TODO: refuse no digits; the fraction whose prediction is their label.
    // STUB: todo!(
    // STUB:     "the accuracy of {} hidden units on {} digits",
    // STUB:     net.hidden,
    // STUB:     digits.len()
    // STUB: )
    // BEGIN SOLUTION
    assert!(
        !digits.is_empty(),
        "the accuracy of no digits means nothing: give it at least one"
    );
    // One forward pass for all the digits: the same scores as one digit at a
    // time, for a fraction of the work.
    let forward = net.forward(digits.iter().map(|d| d.pixels).collect());
    let right = forward
        .scores
        .iter()
        .zip(digits)
        .filter(|(z, d)| {
            let best = (0..z.len()).fold(0, |best, c| if z[c] > z[best] { c } else { best });
            best == d.label
        })
        .count();
    right as f64 / digits.len() as f64
    // END SOLUTION
}
