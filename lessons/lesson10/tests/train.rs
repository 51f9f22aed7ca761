//! Part 6: the network learns to read — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson10 --test train`. The course's own test suite runs
//! this very file against the reference solution, so do not edit it: the runner
//! notices.

use check::{Tol, assert_all_close, assert_claim, assert_close_naming, show};
use lesson10::loss::accuracy;
use lesson10::net::Net;
use lesson10::steps::Sgd;
use lesson10::train::{Epoch, LESSON, Schedule, epoch, lesson_digits, lesson_run, train};
use rand::SeedableRng;
use rand::rngs::ChaCha8Rng;

#[path = "support/earlier.rs"]
mod earlier;
#[path = "support/own_training.rs"]
mod own;
use own::{Way, agree, own_epoch, own_training, small};

/// Your `train` on the small set-up: SGD (η = 0.5) for 3 epochs in batches of
/// 4, shuffled from seed 5; the network after it, and what each epoch did.
fn trained_small() -> (Net, Vec<Epoch>) {
    let (mut net, train_digits, test_digits) = small();
    let schedule = Schedule {
        epochs: 3,
        batch_size: 4,
        seed: 5,
    };
    let epochs = train(
        &mut net,
        &mut Sgd { lr: 0.5 },
        schedule,
        &train_digits,
        &test_digits,
    );
    (net, epochs)
}

#[test]
fn an_epoch_steps_once_per_batch_in_the_shuffled_order() {
    earlier::lesson_9_works();
    let (mut net, digits, _) = small();
    let start = net.clone();
    let mut optimizer = Sgd { lr: 0.5 };
    epoch(
        &mut net,
        &mut optimizer,
        &digits,
        4,
        &mut ChaCha8Rng::seed_from_u64(5),
    );
    let after = |way: Way| {
        let mut own = start.clone();
        own_epoch(&mut own, &digits, 4, &mut ChaCha8Rng::seed_from_u64(5), way);
        own.params
    };
    let expected = after(Way::Right);
    let rule = check::think(
        "for each batch of batches(digits.len(), batch_size, rng), in turn: its \
         batch_loss_and_gradient on the network as it is now, then optimizer.step(&mut \
         net.params, &grads) — one step per batch, so an epoch of 10 digits in batches of 4 \
         makes 3",
        &[
            (
                agree(&net.params, &after(Way::InOrder)),
                "batches of the rows in their own order: use batches(…, rng), which shuffles",
            ),
            (
                agree(&net.params, &after(Way::OneStep)),
                "one step for the whole epoch: step after every batch",
            ),
            (
                agree(&net.params, &start.params),
                "no step at all: optimizer.step(&mut net.params, &grads) moves the network",
            ),
        ],
    );
    // Three SGD steps on the same numbers, in the same order: equal to within
    // a few roundings, far below 1e-12.
    assert_all_close(
        "the network's parameters after an epoch of SGD (η = 0.5) over 10 digits in batches of 4, \
         shuffled from seed 5",
        &net.params,
        &expected,
        Tol::abs(1e-12),
        &rule,
    );
}

#[test]
fn an_epoch_reports_the_mean_loss_over_its_digits() {
    let (mut net, digits, _) = small();
    let mut own = net.clone();
    let got = epoch(
        &mut net,
        &mut Sgd { lr: 0.5 },
        &digits,
        4,
        &mut ChaCha8Rng::seed_from_u64(5),
    );
    let seen = own_epoch(
        &mut own,
        &digits,
        4,
        &mut ChaCha8Rng::seed_from_u64(5),
        Way::Right,
    );
    let weighted: f64 = seen.iter().map(|&(l, n)| l * n as f64).sum::<f64>() / 10.0;
    let unweighted: f64 = seen.iter().map(|&(l, _)| l).sum::<f64>() / seen.len() as f64;
    let summed: f64 = seen.iter().map(|&(l, _)| l).sum();
    // The same three losses, weighted and added in order: within rounding.
    assert_close_naming(
        "the loss epoch() returns, for 10 digits in batches of 4, 4 and 2",
        got,
        weighted,
        Tol::abs(1e-12),
        "each batch's loss (taken as the batch is stepped on) times its size, added up and \
         divided by the number of digits: the mean loss over the epoch's digits",
        &[
            (
                unweighted,
                "the mean of the batches' losses: the last batch has 2 digits, not 4, so it \
                 counts for less; weight each batch's loss by its size",
            ),
            (
                summed,
                "the sum of the batches' losses: divide by the number of digits",
            ),
            (seen[seen.len() - 1].0, "the last batch's loss alone"),
        ],
    );
}

#[test]
fn training_shuffles_anew_each_epoch_from_one_generator_seeded_once() {
    let (net, got) = trained_small();
    let (expected_net, expected) = own_training(false, false);
    let losses = |epochs: &[Epoch]| epochs.iter().map(|e| e.loss).collect::<Vec<f64>>();
    let rule = check::think(
        "ChaCha8Rng::seed_from_u64(schedule.seed) once, before the first epoch; then each epoch \
         calls epoch(…, &mut rng) with that same generator, which moves on, so every epoch has \
         its own shuffle",
        &[(
            agree(&losses(&got), &losses(&own_training(true, false).1)),
            "the same shuffle every epoch: a generator seeded inside the loop starts over each \
             time, so every epoch sees the very same batches in the same order",
        )],
    );
    assert_all_close(
        "the mean loss of each of 3 epochs of train(SGD η = 0.5, 10 digits, batches of 4, seed 5)",
        &losses(&got),
        &losses(&expected),
        Tol::abs(1e-12),
        &rule,
    );
    assert_all_close(
        "the network's parameters after train(3 epochs)",
        &net.params,
        &expected_net.params,
        Tol::abs(1e-12),
        &rule,
    );
}

#[test]
fn training_measures_the_test_digits_after_each_epoch() {
    let (_, got) = trained_small();
    let (_, expected) = own_training(false, false);
    let accuracies =
        |epochs: &[Epoch]| epochs.iter().map(|e| e.test_accuracy).collect::<Vec<f64>>();
    let (got, expected) = (accuracies(&got), accuracies(&expected));
    let on_train = accuracies(&own_training(false, true).1);
    let before: Vec<f64> = {
        let (start, _, test) = small();
        let (_, own) = own_training(false, false);
        std::iter::once(accuracy(&start, &test))
            .chain(own.iter().map(|e| e.test_accuracy).take(2))
            .collect()
    };
    let rule = check::think(
        "after each epoch, accuracy(net, test): the test digits are never learned from, so they \
         tell how well the network reads digits it has not seen",
        &[
            (
                agree(&got, &on_train) && !agree(&on_train, &expected),
                "the accuracy on the training digits: those the network learned from flatter it",
            ),
            (
                agree(&got, &before) && !agree(&before, &expected),
                "the accuracy measured before each epoch: measure it after the epoch's steps",
            ),
        ],
    );
    assert_all_close(
        "the test accuracy after each of 3 epochs of train(SGD η = 0.5, 10 digits to learn, 10 \
         others to test, seed 5)",
        &got,
        &expected,
        Tol::EXACT,
        &rule,
    );
}

#[test]
fn the_network_reads_at_least_97_percent_of_the_test_digits() {
    // Adam is the lesson's third optimizer (OPTIMIZERS[2]).
    let adam = lesson_run(2);
    let (_, test) = lesson_digits();
    let measured = accuracy(&adam.net, &test);
    let reported = adam.epochs[LESSON.epochs - 1].test_accuracy;
    assert_claim(
        measured >= 0.97 && measured == reported,
        &format!(
            "the test accuracy of the lesson's network after {} epochs of Adam (η = 0.01, batches \
             of {})",
            LESSON.epochs, LESSON.batch_size
        ),
        format!(
            "{} (the last epoch reported {})",
            show(measured),
            show(reported)
        ),
        "at least 0.97, as reported by the last epoch",
        "with every part right, the lesson's seed gives 0.978: a network far below that \
         usually has a slip the small checks cannot see, such as the test digits used for \
         training, or an epoch that skips its last batch",
    );
}

// The story and its text pictures (modules of src/main.rs) are compiled in for this check only.
#[path = "../src/plot.rs"]
mod plot;
#[path = "../src/story.rs"]
mod story;

#[test]
fn the_story_trains_three_ways_and_reads_the_test_digits() {
    check::story_snapshot!("lesson10_story", story::render());
}
