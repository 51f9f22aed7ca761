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
    // TODO: refuse an empty batch; forward the batch, then the mean loss and each row of ∂L/∂scores divided by the batch size, then backward.
    todo!(
        "the loss and gradient of {} hidden units on the batch {batch:?} of {} digits",
        net.hidden,
        digits.len()
    )
}

/// The digit `net` reads in `digit`: the class with the largest score (the
/// first of them, if several tie).
///
/// A network whose scores are all 0 `-> 0`
pub fn predict(net: &Net, digit: &Digit) -> usize {
    // TODO: the forward pass of the one digit, then the first class with the largest score.
    todo!(
        "the digit {} hidden units read in a {}",
        net.hidden,
        digit.label
    )
}

/// The fraction of `digits` that `net` reads right, 0..1: those whose
/// [`predict`]ion is their label. (One forward pass of all the digits gives the
/// same scores as one pass per digit, for a fraction of the work.)
///
/// # Panics
///
/// If `digits` is empty ("no digits").
pub fn accuracy(net: &Net, digits: &[Digit]) -> f64 {
    // TODO: refuse no digits; the fraction whose prediction is their label.
    todo!(
        "the accuracy of {} hidden units on {} digits",
        net.hidden,
        digits.len()
    )
}
