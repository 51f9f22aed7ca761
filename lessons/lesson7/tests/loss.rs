//! Part 4: the loss says how wrong the network is, and how big — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson7 --test loss`. The course's own test suite runs this
//! very file against the reference solution, so do not edit it: the runner notices.

use check::{
    Tol, assert_all_close, assert_close, assert_close_naming, assert_equal, assert_panics, think,
};
use lesson7::moons::{INIT, X, Y};
use lesson7::reference::{ACCURACY, LOSS, NODES_PER_STEP};
use lesson7::{ALPHA, SIZES, Tape, Var, accuracy, loss, score};

/// Four scores with their labels, and two parameters: a loss small enough to
/// work out by hand.
const SCORES: [f64; 4] = [2.0, -0.5, 0.25, -3.0];
const LABELS: [f64; 4] = [1.0, 1.0, -1.0, -1.0];
const PARAMS: [f64; 2] = [10.0, -20.0];

#[test]
fn loss_is_the_mean_hinge_plus_alpha_times_the_sum_of_squares() {
    let mut tape = Tape::new();
    let s: Vec<Var> = SCORES.iter().map(|&v| tape.leaf(v)).collect();
    let p: Vec<Var> = PARAMS.iter().map(|&v| tape.leaf(v)).collect();
    let total = loss(&mut tape, &s, &LABELS, &p);
    // The hinges relu(1 − y·score) are 0, 1.5, 1.25 and 0: their mean is
    // 2.75/4 = 0.6875. The squares add up to 100 + 400 = 500.
    let reg = ALPHA * 500.0;
    assert_close_naming(
        "loss(scores [2, −0.5, 0.25, −3], labels [+1, +1, −1, −1], parameters [10, −20])",
        tape.value(total),
        0.6875 + reg,
        // A few roundings of numbers below 1: 1e-12 is far below any mistake.
        Tol::ROUNDING,
        "the loss is the mean of the hinges relu(1 − y·score), plus α·Σp² with α = 1e−4",
        &[
            (2.75 + reg, "the sum of the hinges, not their mean"),
            (0.6875, "the regularisation α·Σp² left out"),
            (0.6875 + ALPHA * -10.0, "α·Σp instead of α·Σp²"),
            (0.6875 + 1e-3 * 500.0, "α = 1e−3 instead of 1e−4"),
            (
                8.25 / 4.0 + reg,
                "a sign slip in the hinge: relu(1 + y·score)",
            ),
            ((2.75 + reg) / 4.0, "the regularisation inside the mean"),
        ],
    );
    let grads = tape.backward(total);
    let got: Vec<f64> = s.iter().chain(&p).map(|&v| grads[v]).collect();
    // ∂/∂scoreᵢ is −yᵢ/4 where the hinge is active, else 0; ∂/∂p = 2α·p.
    let expected = [
        0.0,
        -0.25,
        0.25,
        0.0,
        2.0 * ALPHA * 10.0,
        2.0 * ALPHA * -20.0,
    ];
    let rule = think(
        "record every part of the loss on the tape, so that backward reaches each score \
         (−y/n where the hinge is active) and each parameter (2α·p)",
        &[
            (
                got[4] == 0.0 && got[5] == 0.0,
                "the regularisation recorded as a number, not on the tape: its gradient never reaches the parameters",
            ),
            (
                got[1] == -1.0,
                "the gradient of the sum of the hinges, not of their mean",
            ),
        ],
    );
    assert_all_close(
        "the gradient of that loss with respect to the 4 scores and the 2 parameters",
        &got,
        &expected,
        Tol::ROUNDING,
        &rule,
    );
}

#[test]
fn loss_records_micrograd_s_graph_node_for_node() {
    let mut tape = Tape::new();
    let s: Vec<Var> = SCORES.iter().map(|&v| tape.leaf(v)).collect();
    let p: Vec<Var> = PARAMS.iter().map(|&v| tape.leaf(v)).collect();
    loss(&mut tape, &s, &LABELS, &p);
    // 5 nodes per hinge; the data sum: a leaf 0 and an add per hinge; the mean:
    // a leaf 1/n and a mul; a mul per square; their sum: a leaf 0 and an add per
    // square; a leaf α and a mul; the total: an add. That is 6n + 2m + 7.
    let (n, m) = (s.len(), p.len());
    let expected = 6 * n + 2 * m + 7;
    let got = tape.len() - n - m;
    let rule = think(
        "build it as micrograd does: 5 nodes per hinge; sums that start from a leaf 0 (Python's \
         sum starts from 0) and add in order; the mean as a product with a leaf 1/n; α·Σp² with \
         p·p (a mul) for each square and a leaf α",
        &[
            (
                got + 2 == expected,
                "sums that start from their first term instead of a leaf 0",
            ),
            (
                got == expected + n,
                "hinges recorded with tape.sub (a neg and an add) instead of a leaf −y",
            ),
            (
                got == expected + 1,
                "the mean recorded with tape.div (a pow and a mul) instead of a leaf 1/n",
            ),
        ],
    );
    assert_equal(
        "nodes loss(..) added for 4 scores and 2 parameters",
        got,
        expected,
        &rule,
    );

    let mut tape = Tape::new();
    let p: Vec<Var> = INIT.iter().map(|&v| tape.leaf(v)).collect();
    let scores: Vec<Var> = X.iter().map(|x| score(&mut tape, &SIZES, &p, x)).collect();
    loss(&mut tape, &scores, &Y, &p);
    assert_equal(
        "nodes of one training step's graph: 337 parameters, 100 scores and the loss",
        tape.len(),
        NODES_PER_STEP,
        "micrograd's graph of one step, counted in micrograd itself, has 65,818 nodes; yours \
         records the same operations, so it has as many",
    );
}

#[test]
fn loss_at_micrograd_s_start_is_micrograd_s_first_loss() {
    let mut tape = Tape::new();
    let p: Vec<Var> = INIT.iter().map(|&v| tape.leaf(v)).collect();
    let scores: Vec<Var> = X.iter().map(|x| score(&mut tape, &SIZES, &p, x)).collect();
    let total = loss(&mut tape, &scores, &Y, &p);
    assert_close(
        "the loss of micrograd's network at its initial parameters on the 100 moons points",
        tape.value(total),
        LOSS[0],
        // micrograd's forward pass does the same operations in the same order, so
        // the bits agree; 1e-12 would still let another order of the 100 hinges
        // through (about 1e-16), but no missing or extra term (above 1e-6 here).
        Tol::ROUNDING,
        "this is micrograd's own first loss, recorded by running micrograd 0.1.0 once: the \
         mean hinge over the 100 points plus 1e−4 times the sum of the 337 squared parameters",
    );
}

#[test]
fn accuracy_counts_the_points_whose_score_has_the_sign_of_their_label() {
    let got = accuracy(&[0.5, -2.0, 0.0, 3.0], &[1.0, -1.0, -1.0, -1.0]);
    // Right: 0.5 (+1), −2 (−1), 0 (−1: not above 0); wrong: 3 (−1). 3 of 4.
    assert_close_naming(
        "accuracy(scores [0.5, −2, 0, 3], labels [+1, −1, −1, −1])",
        got,
        0.75,
        Tol::ROUNDING,
        "a point is right when (y > 0) == (score > 0), as micrograd counts it, so a score of \
         exactly 0 is on the −1 side; the accuracy is the fraction of points that are right",
        &[
            (
                0.5,
                "a score of exactly 0 counted as wrong (y·score > 0, or score ≥ 0)",
            ),
            (3.0, "the count of right points, not their fraction"),
            (0.25, "the fraction of wrong points"),
        ],
    );
    let mut tape = Tape::new();
    let p: Vec<Var> = INIT.iter().map(|&v| tape.leaf(v)).collect();
    let scores: Vec<Var> = X.iter().map(|x| score(&mut tape, &SIZES, &p, x)).collect();
    let scores: Vec<f64> = scores.iter().map(|&s| tape.value(s)).collect();
    assert_close(
        "the accuracy of micrograd's network at its initial parameters",
        accuracy(&scores, &Y),
        ACCURACY[0],
        Tol::ROUNDING,
        "micrograd's own first accuracy: half of the points are right before any training",
    );
}

#[test]
fn loss_and_accuracy_refuse_scores_without_one_label_each() {
    let rule = "every score needs its label, and a mean needs at least one point: refuse \
                instead of zipping the longer list short or dividing by zero";
    let mut tape = Tape::new();
    let s: Vec<Var> = SCORES.iter().map(|&v| tape.leaf(v)).collect();
    assert_panics(
        "loss with 4 scores and 3 labels",
        || loss(&mut tape.clone(), &s, &LABELS[..3], &[]),
        "one label per score",
        rule,
    );
    assert_panics(
        "loss with no scores",
        || loss(&mut tape.clone(), &[], &[], &[]),
        "at least one score",
        rule,
    );
    assert_panics(
        "accuracy with 4 scores and 3 labels",
        || accuracy(&SCORES, &LABELS[..3]),
        "one label per score",
        rule,
    );
    assert_panics(
        "accuracy with no scores",
        || accuracy(&[], &[]),
        "at least one score",
        rule,
    );
}
