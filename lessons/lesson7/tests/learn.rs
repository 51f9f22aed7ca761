//! Part 2: one neuron learns a line — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson7 --test learn`. The course's own test suite runs this
//! very file against the reference solution, so do not edit it: the runner notices.

use check::{
    Tol, assert_all_close, assert_claim, assert_close_naming, assert_equal, assert_panics,
    show_all, think,
};
use lesson7::learn::{LABELS, POINTS, START};
use lesson7::{descend, neuron_loss, train_neuron};

#[test]
fn neuron_loss_at_the_start_is_the_mean_hinge_with_its_gradient() {
    let (loss, grad) = neuron_loss(START, &POINTS, &LABELS);
    // By hand: at w = (1, 0), b = 0.5 the score is x₀ + 0.5. Four points are
    // inside the margin or beyond it: (0, 3) +1 with hinge 0.5, (−1, 0) −1 with
    // 0.5, (0, −2) −1 with 1.5, (2, −1) −1 with 3.5; the others have 0. The
    // mean is 6/8. Each of the four adds −y·(x₀, x₁, 1) to the gradient's sum:
    // (0, −3, −1) + (−1, 0, 1) + (0, −2, 1) + (2, −1, 1) = (1, −6, 2), over 8.
    assert_close_naming(
        "neuron_loss(START) loss, at w₀ = 1, w₁ = 0, b = 0.5",
        loss,
        0.75,
        Tol::ROUNDING,
        "the loss is the mean of the eight hinge losses relu(1 − y·(b + w₀·x₀ + w₁·x₁))",
        &[
            (6.0, "the sum of the hinges, not their mean"),
            (2.0625, "a sign slip: relu(1 + y·score)"),
            (0.125, "the relu left out of the hinge"),
        ],
    );
    let expected = [0.125, -0.75, 0.25];
    let wrong = |mistake: [f64; 3]| grad == mistake;
    let rule = think(
        "∂L/∂p is the mean over the points inside the margin of −y·(x₀, x₁, 1); read each \
         gradient from backward with the Var of its own parameter",
        &[
            (
                wrong([1.0, -6.0, 2.0]),
                "the gradient of the sum, not of the mean",
            ),
            (
                wrong([-0.125, 0.75, -0.25]),
                "the gradient with its sign flipped",
            ),
            (
                wrong([-0.75, 0.125, 0.25]),
                "the gradients of w₀ and w₁ swapped",
            ),
        ],
    );
    assert_all_close(
        "neuron_loss(START) gradient (∂L/∂w₀, ∂L/∂w₁, ∂L/∂b)",
        &grad,
        &expected,
        Tol::ROUNDING,
        &rule,
    );
}

#[test]
fn descend_moves_every_parameter_against_its_gradient() {
    let mut params = [1.0, 2.0, -3.0];
    descend(&mut params, &[0.5, -1.0, 4.0], 0.25);
    // p − 0.25·g: quarters of small whole numbers, exact.
    let rule = think(
        "to make the loss smaller, step against the gradient: p ← p − η·∂L/∂p, for every \
         parameter",
        &[
            (
                params == [1.125, 1.75, -2.0],
                "a sign slip: p + η·∂L/∂p climbs the loss",
            ),
            (params == [0.5, 3.0, -7.0], "the learning rate left out"),
        ],
    );
    assert_all_close(
        "[1, 2, −3] after descend(grad = [0.5, −1, 4], η = 0.25)",
        &params,
        &[0.875, 2.25, -4.0],
        Tol::ROUNDING,
        &rule,
    );
}

#[test]
fn neuron_loss_and_descend_refuse_lists_of_different_lengths() {
    let rule = "every point needs its label and every parameter its gradient: refuse \
                instead of zipping the longer list short, or dividing by zero points";
    assert_panics(
        "neuron_loss with 8 points and 7 labels",
        || neuron_loss(START, &POINTS, &LABELS[..7]),
        "one label per point",
        rule,
    );
    assert_panics(
        "neuron_loss with no points",
        || neuron_loss(START, &[], &[]),
        "at least one point",
        rule,
    );
    assert_panics(
        "descend with 3 parameters and 2 gradients",
        || descend(&mut [1.0, 2.0, 3.0], &[0.5, 0.5], 0.1),
        "one gradient per parameter",
        rule,
    );
}

#[test]
fn train_neuron_steps_until_every_point_is_on_its_side() {
    let history = train_neuron(START, &POINTS, &LABELS, 0.5, 100);
    let expected = hand_training(0.5, 100);
    // Each step moves by multiples of 1/64 here: every number is exact in binary.
    for (k, (got, want)) in history.iter().zip(&expected).enumerate() {
        let sign_slip = (k == 1).then_some([1.0625, -0.375, 0.625]);
        let rule = think(
            "the parameters before step 0 are START; each step is descend(params, \
             ∂(mean hinge)/∂params, η)",
            &[(Some(*got) == sign_slip, "a step up the loss: p + η·∂L/∂p")],
        );
        assert_all_close(
            &format!("train_neuron(START, η = 0.5): entry {k} (w₀, w₁, b)"),
            got,
            want,
            Tol::ROUNDING,
            &rule,
        );
    }
    let last = history[history.len() - 1];
    let rule = think(
        "stop as soon as every point has y·score > 0, checked before each step, and not before",
        &[
            (
                history.len() > expected.len(),
                "a step taken after the points were already separated",
            ),
            (
                !separates(last),
                "a stop while some point is still on the wrong side (or on the line)",
            ),
        ],
    );
    assert_claim(
        history.len() == expected.len(),
        "the steps train_neuron(START, η = 0.5, max_steps = 100) took",
        format!("{} steps, ending at {}", history.len() - 1, show_all(&last)),
        format!(
            "{} steps, ending at {}",
            expected.len() - 1,
            show_all(&expected[expected.len() - 1])
        ),
        &rule,
    );
    let already = [0.0, 1.0, -0.5];
    let stay = train_neuron(already, &POINTS, &LABELS, 0.5, 100);
    assert_claim(
        stay == vec![already],
        "train_neuron from (0, 1, −0.5), the line x₁ = 0.5 that already separates the points",
        format!("{} entries", stay.len()),
        "1 entry: the start, and no step",
        "check the points before each step: a neuron that is already right takes no step",
    );
    // From w = (0.25, 1), b = −1.5 the point (2, 1), labelled +1, lies exactly on
    // the line (score 0); every other point is on its side. By hand: the hinges
    // of (2, 1) and (1, 2) are active (1 and 0.25), so the gradient is
    // −((2, 1, 1) + (1, 2, 1))/8 and one step of 0.5 gives (0.4375, 1.1875, −1.375),
    // which separates all eight points.
    let on_line = [0.25, 1.0, -1.5];
    let history = train_neuron(on_line, &POINTS, &LABELS, 0.5, 100);
    assert_claim(
        history == vec![on_line, [0.4375, 1.1875, -1.375]],
        "train_neuron from (0.25, 1, −1.5), whose line runs through the +1 point (2, 1)",
        format!("{history:?}"),
        "[[0.25, 1.0, -1.5], [0.4375, 1.1875, -1.375]]: one step",
        "a point on the line (score exactly 0) is not on its side: y·score must be above 0, \
         so this neuron takes a step",
    );
}

#[test]
fn train_neuron_takes_at_most_max_steps_steps() {
    let rule = "max_steps is a budget: take at most that many steps, even if some point is \
                still on the wrong side; the history holds the start and one entry per step";
    let expected = hand_training(0.5, 2);
    for max_steps in [2, 0] {
        let history = train_neuron(START, &POINTS, &LABELS, 0.5, max_steps);
        assert_equal(
            &format!("train_neuron(START, η = 0.5, max_steps = {max_steps})"),
            format!("{} entries: {:?}", history.len(), history),
            format!("{} entries: {:?}", max_steps + 1, &expected[..=max_steps]),
            rule,
        );
    }
}

#[test]
fn train_neuron_refuses_a_bad_learning_rate_or_labels_even_with_no_step() {
    let rule = "check the inputs before the loop: with max_steps = 0, or points already \
                separated, the loop body never runs";
    for rate in [0.0, -0.5, f64::NAN, f64::INFINITY] {
        assert_panics(
            &format!("train_neuron with η = {rate}"),
            || train_neuron(START, &POINTS, &LABELS, rate, 0),
            "learning rate",
            rule,
        );
    }
    assert_panics(
        "train_neuron with 8 points, 7 labels, max_steps = 0",
        || train_neuron(START, &POINTS, &LABELS[..7], 0.5, 0),
        "one label per point",
        rule,
    );
    assert_panics(
        "train_neuron with no points, max_steps = 0",
        || train_neuron(START, &[], &[], 0.5, 0),
        "at least one point",
        rule,
    );
}

/// Whether every point of part 2 is strictly on its side of the line.
fn separates([w0, w1, b]: [f64; 3]) -> bool {
    POINTS
        .iter()
        .zip(LABELS)
        .all(|(x, y)| y * (b + w0 * x[0] + w1 * x[1]) > 0.0)
}

/// Part 2's training, by the check's own arithmetic: the gradient of the mean
/// hinge is the mean over the points inside the margin of −y·(x₀, x₁, 1).
fn hand_training(rate: f64, max_steps: usize) -> Vec<[f64; 3]> {
    let mut history = vec![START];
    let mut p = START;
    while history.len() <= max_steps && !separates(p) {
        let mut grad = [0.0; 3];
        for (x, y) in POINTS.iter().zip(LABELS) {
            if 1.0 - y * (p[2] + p[0] * x[0] + p[1] * x[1]) > 0.0 {
                for (g, input) in grad.iter_mut().zip([x[0], x[1], 1.0]) {
                    *g -= y * input / POINTS.len() as f64;
                }
            }
        }
        p = [0, 1, 2].map(|i| p[i] - rate * grad[i]);
        history.push(p);
    }
    history
}
