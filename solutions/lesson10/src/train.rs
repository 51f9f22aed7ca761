//! Part 6: the network learns to read.
//!
//! An epoch is one pass over the training digits, batch by batch, a step
//! after each; training is epochs, one after another, each with a new shuffle
//! from one generator seeded once. After each epoch the network reads the test
//! digits, which it never learns from: that is how well it reads digits it has
//! not seen.

use std::sync::OnceLock;

use rand::rngs::ChaCha8Rng;

use crate::digits::Digit;
use crate::net::Net;
use crate::steps::Optimizer;

/// How a network is trained: for how long, in batches of what size, shuffled
/// from which seed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Schedule {
    /// How many passes over the training digits.
    pub epochs: usize,
    /// How many digits per step (the last batch of an epoch may have fewer).
    pub batch_size: usize,
    /// The seed of the one generator that shuffles every epoch.
    pub seed: u64,
}

/// What one epoch did.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Epoch {
    /// The mean cross-entropy over the epoch's training digits, each batch's
    /// loss taken as the batch was stepped on, weighted by its size.
    pub loss: f64,
    /// The fraction of the test digits read right after the epoch.
    pub test_accuracy: f64,
}

/// One epoch: the [`batches`](crate::batches::batches) of `digits` from `rng`, and for each batch its
/// [`batch_loss_and_gradient`](crate::loss::batch_loss_and_gradient) and one `optimizer` step on `net.params`.
/// Returns the mean loss over the epoch's digits: Σ (batch loss × batch size) / n.
///
/// # Panics
///
/// If `digits` is empty ("no digits"), or as [`batches`](crate::batches::batches).
pub fn epoch(
    net: &mut Net,
    optimizer: &mut dyn Optimizer,
    digits: &[Digit],
    batch_size: usize,
    rng: &mut ChaCha8Rng,
) -> f64 {
    // STUB: // TODO: refuse no digits; for each batch, its loss and gradient, then one step; the mean loss over the digits.
    // STUB: let _ = (net, optimizer, rng); // Delete this line: it only keeps the unused-variable warning away.
    // STUB: todo!(
    // STUB:     "an epoch over {} digits in batches of {batch_size}",
    // STUB:     digits.len()
    // STUB: )
    // BEGIN SOLUTION
    use crate::batches::batches;
    use crate::loss::batch_loss_and_gradient;

    assert!(
        !digits.is_empty(),
        "an epoch over no digits teaches nothing: give it at least one"
    );
    let mut total = 0.0;
    for batch in batches(digits.len(), batch_size, rng) {
        let (loss, grads) = batch_loss_and_gradient(net, digits, &batch);
        optimizer.step(&mut net.params, &grads);
        total += loss * batch.len() as f64;
    }
    total / digits.len() as f64
    // END SOLUTION
}

/// Trains `net` on `train` for `schedule.epochs` epochs, with one generator,
/// `ChaCha8Rng::seed_from_u64(schedule.seed)`, made once and shuffling every
/// epoch; after each epoch, the network's [`accuracy`](crate::loss::accuracy) on `test`.
///
/// Returns what each epoch did, in order.
pub fn train(
    net: &mut Net,
    optimizer: &mut dyn Optimizer,
    schedule: Schedule,
    train: &[Digit],
    test: &[Digit],
) -> Vec<Epoch> {
    // STUB: // TODO: one generator from the seed, made once; then each epoch and the test accuracy after it.
    // STUB: let _ = (net, optimizer); // Delete this line: it only keeps the unused-variable warning away.
    // STUB: todo!(
    // STUB:     "{} epochs on {} digits, tested on {}",
    // STUB:     schedule.epochs,
    // STUB:     train.len(),
    // STUB:     test.len()
    // STUB: )
    // BEGIN SOLUTION
    use crate::loss::accuracy;
    use rand::SeedableRng;

    let mut rng = ChaCha8Rng::seed_from_u64(schedule.seed);
    (0..schedule.epochs)
        .map(|_| {
            let loss = epoch(net, optimizer, train, schedule.batch_size, &mut rng);
            Epoch {
                loss,
                test_accuracy: accuracy(net, test),
            }
        })
        .collect()
    // END SOLUTION
}

/// The seed of the lesson's first weights (`Net::he`).
pub const SEED: u64 = 10;

/// The lesson's network: 64 pixels → 64 relu units → 10 scores.
pub const HIDDEN: usize = 64;

/// The lesson's schedule: 20 epochs in batches of 32, shuffled from seed 11.
pub const LESSON: Schedule = Schedule {
    epochs: 20,
    batch_size: 32,
    seed: SEED + 1,
};

/// The learning rate of the lesson's SGD.
pub const SGD_LR: f64 = 0.1;

/// The learning rate and μ of the lesson's momentum: SGD's rate, so that what
/// differs is the velocity, which adds up about 1/(1 − μ) = 10 recent gradients.
pub const MOMENTUM: (f64, f64) = (0.1, 0.9);

/// The learning rate of the lesson's Adam (PyTorch's default is 0.001; this
/// network learns in fewer epochs with 0.01).
pub const ADAM_LR: f64 = 0.01;

/// One of the lesson's trainings: which optimizer, the trained network, and
/// what each epoch did.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    /// The optimizer's name: "SGD", "momentum" or "Adam".
    pub name: &'static str,
    /// The network after the last epoch.
    pub net: Net,
    /// What each epoch did.
    pub epochs: Vec<Epoch>,
}

/// The training and test digits, read with your `read_digits` and `split` from
/// the shipped bytes.
pub fn lesson_digits() -> (Vec<Digit>, Vec<Digit>) {
    let digits = crate::digits::read_digits(crate::data::DIGITS);
    crate::digits::split(&digits, &crate::data::TEST_ROWS)
}

/// The names of the lesson's three optimizers, in the order of [`lesson_run`].
pub const OPTIMIZERS: [&str; 3] = ["SGD", "momentum", "Adam"];

/// The lesson's training with optimizer `k` of [`OPTIMIZERS`] (0 SGD, 1
/// momentum, 2 Adam), from He's first weights of seed [`SEED`] with the
/// [`LESSON`] schedule, trained with your [`train`] once per program: the story
/// and the checks share it.
///
/// # Panics
///
/// If `k` is not 0, 1 or 2 ("optimizer").
pub fn lesson_run(k: usize) -> &'static Run {
    static RUNS: [OnceLock<Run>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    assert!(
        k < RUNS.len(),
        "there is no optimizer {k}: 0 SGD, 1 momentum, 2 Adam"
    );
    RUNS[k].get_or_init(|| {
        use crate::steps::{Adam, Momentum, Sgd};
        use rand::SeedableRng;

        let (train_digits, test_digits) = lesson_digits();
        let mut net = Net::he(HIDDEN, &mut ChaCha8Rng::seed_from_u64(SEED));
        let n = net.params.len();
        let mut optimizer: Box<dyn Optimizer> = match k {
            0 => Box::new(Sgd { lr: SGD_LR }),
            1 => Box::new(Momentum::new(n, MOMENTUM.0, MOMENTUM.1)),
            _ => Box::new(Adam::new(n, ADAM_LR)),
        };
        let epochs = train(
            &mut net,
            optimizer.as_mut(),
            LESSON,
            &train_digits,
            &test_digits,
        );
        Run {
            name: OPTIMIZERS[k],
            net,
            epochs,
        }
    })
}

/// The lesson's three trainings, SGD, momentum and Adam: [`lesson_run`] of 0, 1 and 2.
pub fn lesson_runs() -> [&'static Run; 3] {
    [lesson_run(0), lesson_run(1), lesson_run(2)]
}
