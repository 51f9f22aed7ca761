//! Part 6's checks train the small set-up themselves, with your checked
//! `batches`, `batch_loss_and_gradient`, `epoch` and `accuracy`, to compare
//! with your `epoch` and `train`; and the ways an epoch could go wrong.

use check::Tol;
use lesson10::batches::batches;
use lesson10::data::DIGITS;
use lesson10::digits::{Digit, read_digits};
use lesson10::loss::{accuracy, batch_loss_and_gradient};
use lesson10::net::Net;
use lesson10::steps::Sgd;
use lesson10::train::{Epoch, epoch};
use rand::SeedableRng;
use rand::rngs::ChaCha8Rng;

/// The small set-up of the first checks: a 4-unit network with He's weights
/// from seed 2, the first 10 shipped digits to learn from, the next 10 to test
/// on, SGD at η = 0.5, batches of 4 (so 4, 4 and a last one of 2).
pub fn small() -> (Net, Vec<Digit>, Vec<Digit>) {
    let digits = read_digits(DIGITS);
    (
        Net::he(4, &mut ChaCha8Rng::seed_from_u64(2)),
        digits[..10].to_vec(),
        digits[10..20].to_vec(),
    )
}

/// SGD's step, written out by the checks.
pub fn sgd(params: &mut [f64], grads: &[f64], lr: f64) {
    for (p, g) in params.iter_mut().zip(grads) {
        *p -= lr * g;
    }
}

/// How an epoch could go: `Right` as asked; `InOrder` with batches of the rows
/// in their own order; `OneStep` with one step for the whole epoch, along the
/// mean of the batches' gradients.
#[derive(Clone, Copy, PartialEq)]
pub enum Way {
    Right,
    InOrder,
    OneStep,
}

/// One epoch of SGD as the checks do it, with the learner's checked `batches`
/// and `batch_loss_and_gradient`: the parameters after it, and each batch's
/// (loss, size).
pub fn own_epoch(
    net: &mut Net,
    digits: &[Digit],
    size: usize,
    rng: &mut ChaCha8Rng,
    way: Way,
) -> Vec<(f64, usize)> {
    let shuffled = batches(digits.len(), size, rng);
    let in_order: Vec<Vec<usize>> = (0..digits.len())
        .collect::<Vec<_>>()
        .chunks(size)
        .map(<[usize]>::to_vec)
        .collect();
    let list = if way == Way::InOrder {
        in_order
    } else {
        shuffled
    };
    let mut seen = Vec::new();
    let mut sum = vec![0.0; net.params.len()];
    for batch in &list {
        let (loss, grads) = batch_loss_and_gradient(net, digits, batch);
        seen.push((loss, batch.len()));
        if way == Way::OneStep {
            for (s, g) in sum.iter_mut().zip(&grads) {
                *s += g / list.len() as f64;
            }
        } else {
            sgd(&mut net.params, &grads, 0.5);
        }
    }
    if way == Way::OneStep {
        sgd(&mut net.params, &sum, 0.5);
    }
    seen
}

/// Whether two lists of numbers agree within `Tol::abs(1e-12)`.
pub fn agree(a: &[f64], b: &[f64]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(&x, &y)| Tol::abs(1e-12).accepts(x, y))
}

/// The checks' own training with SGD (η = 0.5) of the small set-up for 3 epochs
/// in batches of 4: with one generator of seed 5 (or a new one each epoch, if
/// `reseed`), the epochs and accuracies by the learner's checked functions.
pub fn own_training(reseed: bool, test_on_train: bool) -> (Net, Vec<Epoch>) {
    let (mut net, train_digits, test_digits) = small();
    let mut optimizer = Sgd { lr: 0.5 };
    let mut rng = ChaCha8Rng::seed_from_u64(5);
    let mut epochs = Vec::new();
    for _ in 0..3 {
        if reseed {
            rng = ChaCha8Rng::seed_from_u64(5);
        }
        let loss = epoch(&mut net, &mut optimizer, &train_digits, 4, &mut rng);
        let on = if test_on_train {
            &train_digits
        } else {
            &test_digits
        };
        epochs.push(Epoch {
            loss,
            test_accuracy: accuracy(&net, on),
        });
    }
    (net, epochs)
}
