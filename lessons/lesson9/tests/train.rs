//! Part 5: micrograd's demo in matrices, step for step with micrograd — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson9 --test train`. The course's own test suite runs
//! this very file against the reference solution, so do not edit it: the runner
//! notices.

use check::{Tol, assert_all_close, assert_claim, assert_close_naming, assert_panics, show, think};
use lesson7::moons::{INIT, X, Y};
use lesson7::reference::{ACCURACY, LOSS};
use lesson7::{ALPHA, SIZES, STEPS};
use lesson9::train::demo;
use lesson9::{Matrix, Shape, forward, hinge_loss, layers, parameters, train};

#[path = "support/earlier.rs"]
mod earlier;
#[path = "support/slips.rs"]
mod slips;
#[path = "support/step.rs"]
mod step;

use slips::{backward_or_the_mask_slip, mask_slips, step_slips, stepped};
use step::by_tape;

#[test]
fn hinge_loss_is_the_mean_hinge_with_minus_y_over_n_inside_the_margin() {
    earlier::earlier_lessons_work();
    // Hinges 0 (beyond the margin), 0.5, 0.5 and 0 (exactly on the margin).
    let scores = Matrix::from_rows(&[[2.0], [0.5], [-0.5], [1.0]]);
    let (l, g) = hinge_loss(&scores, &[1.0, 1.0, -1.0, 1.0]);
    // Quarters: exact in binary.
    assert_close_naming(
        "hinge_loss(scores [2, 0.5, −0.5, 1], labels [1, 1, −1, 1])",
        l,
        0.25,
        Tol::EXACT,
        "the mean over the batch of relu(1 − y·s): (0 + 0.5 + 0.5 + 0)/4",
        &[(1.0, "the sum of the hinges, not their mean")],
    );
    let got = g.data();
    assert_all_close(
        "its gradient ∂L/∂s for the 4 scores",
        got,
        &[0.0, -0.25, 0.25, 0.0],
        Tol::EXACT,
        &think(
            "inside the margin (1 − y·s > 0) the hinge is 1 − y·s, whose slope is −y, and the mean \
             divides it by N; elsewhere the relu is flat (also at exactly 0, as micrograd)",
            &[
                (
                    got == [0.0, -1.0, 1.0, 0.0],
                    "the gradient of the sum: the mean's 1/N left out",
                ),
                (
                    got == [0.0, 0.25, -0.25, 0.0],
                    "a sign slip: +y/N where it is −y/N",
                ),
                (
                    got == [0.0, -0.25, 0.25, -0.25],
                    "a gradient at exactly the margin (1 − y·s = 0), where micrograd's relu gives 0",
                ),
            ],
        ),
    );
    assert_claim(
        g.shape() == Shape(4, 1),
        "the shape of the gradient",
        g.shape(),
        Shape(4, 1),
        "the scores' shape: one row per point",
    );
}

#[test]
fn hinge_loss_refuses_an_empty_batch_and_a_missing_label() {
    assert_panics(
        "hinge_loss of an empty batch (scores 0×1, no labels)",
        || hinge_loss(&Matrix::zeros(0, 1), &[]),
        "empty batch",
        "the mean of no hinge is 0/0, NaN, which would spread to every parameter: refuse it (\"an \
         empty batch has no mean\")",
    );
    assert_panics(
        "hinge_loss of 3 scores with 2 labels",
        || hinge_loss(&Matrix::zeros(3, 1), &[1.0, -1.0]),
        "2 labels",
        "one label per score: refuse another count, naming the scores' shape and the number of \
         labels",
    );
}

#[test]
fn forward_gives_lesson_7_s_scores_for_every_moons_point_bit_for_bit() {
    let net = layers(&SIZES, &INIT);
    let activations = forward(&net, &Matrix::from_rows(&X));
    let shapes: Vec<String> = activations.iter().map(|a| a.shape().to_string()).collect();
    assert_claim(
        shapes == ["100×2", "100×16", "100×16", "100×1"],
        "the shapes of forward(layers of [2, 16, 16, 1], X 100×2)",
        shapes.join(", "),
        "100×2, 100×16, 100×16, 100×1",
        "the input itself first, then one activation per layer: N rows, one column per neuron",
    );
    let (expected, _) = by_tape(&INIT);
    let got = activations[3].data();
    let differ = got.iter().zip(&expected).filter(|(g, e)| g != e).count();
    let rule = think(
        "each layer is affine of the activations before it, then a relu on every layer but the \
         last: the score can be negative. Your lesson 7 network computes the same sums in the \
         same order, so every score must be its number to the last bit",
        &[
            (
                got.iter().all(|&s| s >= 0.0) && expected.iter().any(|&s| s < 0.0),
                "a relu after the last layer too: a score must be able to go negative",
            ),
            (
                activations[1].data().iter().any(|&a| a < 0.0),
                "no relu on the hidden layers: an activation of layer 1 is negative",
            ),
        ],
    );
    assert_claim(
        differ == 0,
        "forward's scores of the 100 moons points at INIT, against lesson 7's score on your tape",
        format!(
            "{differ} of 100 different (the first: {})",
            got.iter().zip(&expected).find(|(g, e)| g != e).map_or(
                "none".into(),
                |(g, e)| format!("{} for {}", show(*g), show(*e))
            )
        ),
        "every score the same to the last bit",
        &rule,
    );
}

#[test]
fn backward_gives_the_gradient_of_every_parameter_as_your_tape_does() {
    let net = layers(&SIZES, &INIT);
    let activations = forward(&net, &Matrix::from_rows(&X));
    let (_, g) = hinge_loss(&activations[3], &Y);
    let grads = backward_or_the_mask_slip(&net, &activations, &g);
    let shapes: Vec<String> = grads
        .iter()
        .map(|layer| format!("{} and {}", layer.w.shape(), layer.b.len()))
        .collect();
    assert_claim(
        shapes == ["16×2 and 16", "16×16 and 16", "1×16 and 1"],
        "the shapes of backward's gradients (∂L/∂W and the count of ∂L/∂b, layer by layer)",
        shapes.join(", "),
        "16×2 and 16, 16×16 and 16, 1×16 and 1",
        "one gradient per layer, in the layers' order, each with its layer's shapes",
    );
    // Your tape's gradient includes the regularisation's 2α·p; backward's does
    // not (train adds it). The two add the same shares in different orders:
    // measured apart by under 1e-16; every slip moves some gradient by 1e-4 or more.
    let (_, tape_grad) = by_tape(&INIT);
    let raw = parameters(&grads);
    let tol = Tol::abs(1e-12);
    let like = |other: Vec<f64>| raw.iter().zip(&other).all(|(&a, &b)| tol.accepts(a, b));
    let slips = mask_slips(&net, &activations, &g).map(|(params, slip)| (like(params), slip));
    let got: Vec<f64> = parameters(&grads)
        .iter()
        .zip(&INIT)
        .map(|(g, p)| g + 2.0 * ALPHA * p)
        .collect();
    assert_all_close(
        "backward's gradient at INIT plus 2α·p, in micrograd's order of the 337 parameters, \
         against your lesson 7 network on your tape",
        &got,
        &tape_grad,
        tol,
        &think(
            "from the last layer back: ∂L/∂W = Gᵀ·X and ∂L/∂b = the column sums of G, with X the \
             activations before the layer; then the G of the layer before is G·W masked by that \
             layer's relu output > 0. Parameters 0 to 47 are layer 1, 48 to 319 layer 2, 320 to \
             336 the output",
            &slips,
        ),
    );
}

#[test]
fn one_matrix_step_moves_every_parameter_as_lesson_7_s_step_does() {
    let (same, none) = train(&INIT, &X, &Y, 0);
    assert_claim(
        same == INIT && none.is_empty(),
        "train(INIT, X, Y, steps = 0)",
        format!("{} steps recorded", none.len()),
        "the initial parameters, unchanged, and no step",
        "zero steps means no update at all",
    );
    let (got, history) = train(&INIT, &X, &Y, 1);
    let (_, grad) = by_tape(&INIT);
    // The same gradient as your tape's to within 1e-16 (the check before), at
    // rate 1: the parameters agree far within 1e-12.
    let tol = Tol::abs(1e-12);
    let like = |other: &[f64]| {
        got.len() == other.len() && got.iter().zip(other).all(|(&g, &o)| tol.accepts(g, o))
    };
    let rule = think(
        "step 0 moves every parameter at once: p ← p − learning_rate(0)·(∂L/∂p), where ∂L/∂p is \
         backward's gradient plus the regularisation's 2α·p",
        &step_slips(&grad).map(|(params, slip)| (like(&params), slip)),
    );
    assert_all_close(
        "the parameters after train(INIT, X, Y, steps = 1)",
        &got,
        &stepped(&grad, 1.0, ALPHA),
        tol,
        &rule,
    );
    assert_close_naming(
        "the loss train recorded at step 0",
        history.first().map_or(f64::NAN, |step| step.loss),
        LOSS[0],
        Tol::rel(1e-12),
        "the hinge loss plus α·Σp² at INIT, before the update",
        &[(
            LOSS[0] - 1e-4 * INIT.iter().map(|p| p * p).sum::<f64>(),
            "α·Σp² left out of the loss",
        )],
    );
}

#[test]
fn matrix_training_follows_micrograd_s_own_run_for_100_steps() {
    // train(INIT, X, Y, 100), run once for these checks and the story.
    let (_, history) = demo();
    assert_claim(
        history.len() == STEPS,
        "the steps train(INIT, X, Y, 100) recorded",
        history.len(),
        STEPS,
        "one Step per step",
    );
    // micrograd's two recorded runs differ by up to 2.2e-14 relative (its
    // backward adds a node's shares in an order that varies from run to run),
    // and the matrices add them in yet another order: measured apart from
    // micrograd's run by under 1e-12. Any change to the network, the loss, the
    // schedule or the update moves some step's loss by 1e-4 or more. 1e-9 sits
    // far from both.
    let tol = Tol::rel(1e-9);
    for (k, step) in history.iter().enumerate() {
        if tol.accepts(step.loss, LOSS[k]) && step.accuracy == ACCURACY[k] {
            continue;
        }
        let rule = if k == 0 {
            "step 0 comes before any update: the loss and the accuracy of the forward pass at INIT"
                .to_string()
        } else {
            format!(
                "steps before {k} agree, so the update after step {} went wrong: every parameter \
                 at once, p ← p − learning_rate({})·∂L/∂p, and step {k} starts from the parameters \
                 it left",
                k - 1,
                k - 1
            )
        };
        assert_close_naming(
            &format!("the loss of step {k}"),
            step.loss,
            LOSS[k],
            tol,
            &rule,
            &[],
        );
        assert_claim(
            false,
            &format!("the accuracy of step {k}"),
            show(step.accuracy),
            show(ACCURACY[k]),
            &format!(
                "{rule}; the accuracy is lesson 7's accuracy of the step's scores, before the update"
            ),
        );
    }
}

#[test]
fn train_refuses_the_wrong_parameters_a_missing_label_and_steps_past_the_schedule() {
    assert_panics(
        "train with 3 parameters",
        || train(&[0.1, 0.2, 0.3], &X, &Y, 1),
        "micrograd's network has 337 parameters",
        "the layers take exactly 337 parameters: refuse any other count, with both numbers",
    );
    assert_panics(
        "train on 100 points with 99 labels",
        || train(&INIT, &X, &Y[..99], 1),
        "one label per point",
        "refuse it before the loss does: the message then names the points and the labels",
    );
    assert_panics(
        "train for 101 steps",
        || train(&INIT, &X, &Y, STEPS + 1),
        "the schedule has 100 steps",
        "learning_rate(k) exists for k = 0 to 99 only: refuse more steps before the first",
    );
}
