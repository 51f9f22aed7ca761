//! Part 6's provided code: how a training is scheduled, what an epoch did, and
//! the lesson's own three trainings, which the story and the checks share.
//! `src/train.rs` declares this module and writes `epoch` and `train`.

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
/// [`LESSON`] schedule, trained with your [`train`](super::train) once per program: the story
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
        let epochs = super::train(
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
