//! Part 6: the network learns to read.
//!
//! An epoch is one pass over the training digits, batch by batch, a step
//! after each; training is epochs, one after another, each with a new shuffle
//! from one generator seeded once. After each epoch the network reads the test
//! digits, which it never learns from: that is how well it reads digits it has
//! not seen.
//!
//! The schedule, what an epoch did, and the lesson's own trainings (its
//! settings, `lesson_run` and `lesson_runs`) are provided in
//! `src/train/provided.rs`.

use rand::rngs::ChaCha8Rng;

use crate::digits::Digit;
use crate::net::Net;
use crate::steps::Optimizer;

mod provided;
pub use provided::{
    ADAM_LR, Epoch, HIDDEN, LESSON, MOMENTUM, OPTIMIZERS, Run, SEED, SGD_LR, Schedule,
    lesson_digits, lesson_run, lesson_runs,
};

/// One epoch: the [`batches`](crate::batches::batches) of `digits` from `rng`, and for each batch its
/// [`batch_loss_and_gradient`](crate::loss::batch_loss_and_gradient) and one `optimizer` step on `net.params`.
/// Returns the mean loss over the epoch's digits: Σ (batch loss × batch size) / n.
///
/// # Panics
///
/// If `digits` is empty ("no digits"), or as [`batches`](crate::batches::batches).
pub fn epoch(
    #[allow(unused_variables)] net: &mut Net,
    #[allow(unused_variables)] optimizer: &mut dyn Optimizer,
    digits: &[Digit],
    batch_size: usize,
    #[allow(unused_variables)] rng: &mut ChaCha8Rng,
) -> f64 {
    // TODO: refuse no digits; for each batch, its loss and gradient, then one step; the mean loss over the digits.
    todo!(
        "an epoch over {} digits in batches of {batch_size}",
        digits.len()
    )
}

/// Trains `net` on `train` for `schedule.epochs` epochs, with one generator,
/// `ChaCha8Rng::seed_from_u64(schedule.seed)`, made once and shuffling every
/// epoch; after each epoch, the network's [`accuracy`](crate::loss::accuracy) on `test`.
///
/// Returns what each epoch did, in order.
pub fn train(
    #[allow(unused_variables)] net: &mut Net,
    #[allow(unused_variables)] optimizer: &mut dyn Optimizer,
    schedule: Schedule,
    train: &[Digit],
    test: &[Digit],
) -> Vec<Epoch> {
    // TODO: one generator from the seed, made once; then each epoch and the test accuracy after it.
    todo!(
        "{} epochs on {} digits, tested on {}",
        schedule.epochs,
        train.len(),
        test.len()
    )
}
