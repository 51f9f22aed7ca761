//! Part 5: the loss of a batch, and how often the network is right — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson10 --test loss`. The course's own test suite runs
//! this very file against the reference solution, so do not edit it: the runner
//! notices.

use check::{Tol, assert_all_close, assert_close_naming, assert_equal, assert_panics};
use lesson10::data::{DIGITS, TEST_ROWS};
use lesson10::digits::{Digit, read_digits};
use lesson10::loss::{accuracy, batch_loss_and_gradient, predict};
use lesson10::net::CLASSES;

#[path = "support/earlier.rs"]
mod earlier;
#[path = "support/own_loss.rs"]
mod own;
use own::{BATCH, Reader, own_batch, own_loss_and_gradient, saying, small_net};

#[test]
fn a_batch_s_loss_is_the_mean_of_its_digits_cross_entropies() {
    earlier::lesson_9_works();
    let digits = read_digits(DIGITS);
    let net = small_net();
    let n = BATCH.len() as f64;
    let (got, _) = batch_loss_and_gradient(&net, &digits, &BATCH);
    let (expected, _) = own_batch(&net, &digits, &BATCH, n);
    // The last digit's loss alone: what `loss = …` in place of `loss += …` leaves.
    let last = {
        let forward = net.forward(vec![digits[BATCH[4]].pixels]);
        own_loss_and_gradient(&forward.scores[0], digits[BATCH[4]].label).0
    };
    // The same cross-entropies added in the same order: only the rounding of
    // another way of writing logsumexp can differ, far below 1e-12.
    assert_close_naming(
        &format!("batch_loss_and_gradient(a 5-unit network, shipped digits {BATCH:?}): the loss"),
        got,
        expected,
        Tol::abs(1e-12),
        "the forward pass of the whole batch, then each digit's cross_entropy of its 10 scores \
         for its own label, and their mean: the sum divided by the batch's size",
        &[
            (
                expected * n,
                "the sum of the cross-entropies: the mean over the batch is forgotten",
            ),
            (
                own_batch(&net, &digits, &BATCH, 32.0).0,
                "the sum divided by 32: divide by the batch's own size (the last batch of an \
                 epoch is smaller)",
            ),
            (
                last,
                "the last digit's loss alone: `=` where `+=` adds each digit's, and no mean",
            ),
            (
                last / n,
                "the last digit's loss divided by the batch's size: `=` where `+=` adds each \
                 digit's",
            ),
        ],
    );
}

#[test]
fn a_batch_s_gradient_is_the_mean_of_its_digits_gradients() {
    let digits = read_digits(DIGITS);
    let net = small_net();
    let n = BATCH.len() as f64;
    let (_, got) = batch_loss_and_gradient(&net, &digits, &BATCH);
    let (_, expected) = own_batch(&net, &digits, &BATCH, n);
    let matches = |wrong: &[f64]| {
        wrong.len() == got.len()
            && wrong
                .iter()
                .zip(&got)
                .all(|(&w, &g)| Tol::abs(1e-12).accepts(g, w))
    };
    let rule = check::think(
        "∂L/∂scores is one row per digit, each its cross_entropy_gradient divided by the batch's \
         size (the loss is a mean); then net.backward(&forward, &rows) gives every parameter's \
         gradient",
        &[
            (
                matches(&own_batch(&net, &digits, &BATCH, 1.0).1),
                "the gradient of the sum: the rows are not divided by the batch's size, so a \
                 batch of 32 would step 32 times too far",
            ),
            (
                matches(&own_batch(&net, &digits, &BATCH, 32.0).1),
                "the rows divided by 32: divide by the batch's own size (the last batch of an \
                 epoch is smaller)",
            ),
            (
                matches(&own_batch(&net, &digits, &BATCH, n * n).1),
                "the rows divided by the batch's size twice",
            ),
        ],
    );
    // Sums of a few products of numbers below 10, in the provided backward:
    // the same rows give the same gradient to within rounding, far below 1e-12.
    assert_all_close(
        &format!(
            "batch_loss_and_gradient(a 5-unit network, shipped digits {BATCH:?}): the gradient \
             (W₁, b₁, W₂, b₂ in one list)"
        ),
        &got,
        &expected,
        Tol::abs(1e-12),
        &rule,
    );
}

#[test]
fn a_batch_s_gradient_is_the_mean_of_the_gradients_of_its_halves() {
    // The mean over a batch is the mean of the means of its parts, weighted by
    // their sizes: the gradient of [a, b, c, d] is the mean of those of [a, b]
    // and [c, d]. Sums of the same products in another order: 1e-12.
    let digits = read_digits(DIGITS);
    let net = small_net();
    let (_, whole) = batch_loss_and_gradient(&net, &digits, &[3, 17, 400, 1200]);
    let (_, first) = batch_loss_and_gradient(&net, &digits, &[3, 17]);
    let (_, second) = batch_loss_and_gradient(&net, &digits, &[400, 1200]);
    let halves: Vec<f64> = first
        .iter()
        .zip(&second)
        .map(|(a, b)| (a + b) / 2.0)
        .collect();
    assert_all_close(
        "the gradient of the batch [3, 17, 400, 1200], beside the mean of those of [3, 17] and [400, 1200]",
        &whole,
        &halves,
        Tol::abs(1e-12),
        "a batch's gradient estimates the gradient of the mean loss over all the digits, \
         whatever the batch's size: so each digit's share is divided by the size of its batch",
    );
}

#[test]
fn predict_reads_the_class_with_the_largest_score() {
    let digit = read_digits(DIGITS)[0];
    let mut cases = Vec::new();
    for (scores, expected) in [
        ([0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 5.0, 0.0, 0.0], 7),
        (
            [-5.0, -1.0, -3.0, -4.0, -2.0, -6.0, -7.0, -8.0, -9.0, -3.0],
            1,
        ),
        ([0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0], 9),
        ([1.0, 0.0, 3.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0], 2),
        ([4.0, 0.0, 3.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0], 0),
    ] {
        cases.push((scores, expected, predict(&saying(scores), &digit)));
    }
    // Each slip's answer for every case: a slip is named only if it gives
    // every answer got.
    let slips: [(&str, Reader); 4] = [
        ("the class of the smallest score", |s| {
            (0..CLASSES).fold(0, |best, c| if s[c] < s[best] { c } else { best })
        }),
        (
            "a search that starts from a best score of 0: scores may all be below 0",
            |s| {
                let mut best = (0, 0.0);
                for (c, &z) in s.iter().enumerate() {
                    if z > best.1 {
                        best = (c, z);
                    }
                }
                best.0
            },
        ),
        ("class 9 left out of the search (0..9 stops at 8)", |s| {
            (0..CLASSES - 1).fold(0, |best, c| if s[c] > s[best] { c } else { best })
        }),
        ("the last of two tied scores: the first wins", |s| {
            (0..CLASSES).fold(0, |best, c| if s[c] >= s[best] { c } else { best })
        }),
    ];
    let names: Vec<&str> = slips.iter().map(|(name, _)| *name).collect();
    let known = check::slips_giving_every(&names, &cases, |k, (scores, _, got)| {
        slips[k].1(scores) == *got
    });
    let rule = check::think(
        "the network reads the class of its largest score (argmax), the first of them if \
         several tie; every class from 0 to 9 is a candidate, and scores may all be negative",
        &known,
    );
    for &(scores, expected, got) in &cases {
        assert_equal(
            &format!("predict(a network that scores every digit {scores:?})"),
            got,
            expected,
            &rule,
        );
    }
}

#[test]
fn accuracy_is_the_fraction_of_digits_read_right() {
    let digits = read_digits(DIGITS);
    let test: Vec<Digit> = TEST_ROWS.iter().map(|&r| digits[r]).collect();
    let mut threes = [0.0; CLASSES];
    threes[3] = 1.0;
    let always_3 = saying(threes);
    let right = test.iter().filter(|d| d.label == 3).count();
    let expected = right as f64 / 360.0;
    let got = accuracy(&always_3, &test);
    assert_close_naming(
        "accuracy(a network that reads every digit as 3, the 360 test digits)",
        got,
        expected,
        Tol::EXACT,
        "the number of digits whose prediction is their label, divided by the number of digits: \
         a fraction from 0 to 1",
        &[
            (
                right as f64,
                "the count of digits read right, not the fraction",
            ),
            (1.0 - expected, "the fraction read wrong, the error rate"),
            (
                100.0 * expected,
                "a percentage: the accuracy is a fraction from 0 to 1",
            ),
        ],
    );
    // A network that scores 0 and 3 alike, above every other class, reads 0:
    // the first of tied scores, as predict does.
    let mut tied = [0.0; CLASSES];
    tied[0] = 1.0;
    tied[3] = 1.0;
    let zeros = test.iter().filter(|d| d.label == 0).count();
    let got = accuracy(&saying(tied), &test);
    assert_close_naming(
        "accuracy(a network that scores 0 and 3 alike for every digit, the 360 test digits)",
        got,
        zeros as f64 / 360.0,
        Tol::EXACT,
        "a digit is read right when predict(net, digit) is its label, and predict takes the \
         first of tied scores: this network reads every digit as 0",
        &[(
            right as f64 / 360.0,
            "the last of tied scores, 3: read each digit as predict does, the first wins",
        )],
    );
}

#[test]
fn the_loss_and_the_accuracy_refuse_to_average_nothing() {
    let digits = read_digits(DIGITS);
    assert_panics(
        "batch_loss_and_gradient(a network, the digits, an empty batch)",
        || batch_loss_and_gradient(&small_net(), &digits, &[]),
        "empty batch",
        "the mean of no losses is 0/0: an empty batch is a mistake upstream, so refuse it with a \
         message that says \"empty batch\"",
    );
    assert_panics(
        "accuracy(a network, no digits)",
        || accuracy(&small_net(), &[]),
        "no digits",
        "the fraction of no digits read right is 0/0: refuse it with a message that says \"no \
         digits\"",
    );
}
