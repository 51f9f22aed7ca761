//! Part 1: a neuron scores a point, and a hinge says how wrong it is — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson7 --test neuron`. The course's own test suite runs this
//! very file against the reference solution, so do not edit it: the runner notices.

use check::{
    Tol, assert_all_close, assert_close_naming, assert_equal, assert_panics, fail, panic_message,
};
use lesson7::{Tape, hinge, neuron};

#[test]
fn neuron_starts_from_its_bias_and_adds_each_product_in_order() {
    lesson6_engine_works();
    let mut tape = Tape::new();
    let w = [tape.leaf(2.0), tape.leaf(-1.0)];
    let b = tape.leaf(0.5);
    let x = [tape.leaf(3.0), tape.leaf(4.0)];
    let act = neuron(&mut tape, &w, b, &x);
    // 0.5 + 2·3 + (−1)·4 = 2.5: whole numbers and halves, exact in binary.
    assert_close_naming(
        "neuron(w = [2, −1], b = 0.5, x = [3, 4])",
        tape.value(act),
        2.5,
        Tol::ROUNDING,
        "the activation is b + w₀·x₀ + w₁·x₁",
        &[
            (2.0, "the bias left out"),
            (5.5, "each weight paired with the other input"),
            (
                -3.5,
                "each product added to the bias instead of to the running sum",
            ),
            (
                -4.0,
                "the running sum replaced by each product (= where it needs +)",
            ),
        ],
    );
    assert_equal(
        "nodes neuron(..) added to a tape holding its 5 leaves",
        tape.len() - 5,
        4,
        "one mul and one add per input, as micrograd records it: 2 inputs, 4 nodes",
    );
    let grads = tape.backward(act);
    let got: Vec<f64> = [w[0], w[1], b, x[0], x[1]].map(|v| grads[v]).to_vec();
    assert_all_close(
        "the gradient of the activation with respect to w₀, w₁, b, x₀, x₁",
        &got,
        &[3.0, 4.0, 1.0, 2.0, -1.0],
        Tol::ROUNDING,
        "each weight's gradient is its input, the bias's is 1: record every product and sum \
         with tape.mul and tape.add, never as a number computed aside (a leaf has no inputs)",
    );

    // 0.1, 0.2 and 0.3 are not exact in binary, so the order of the additions
    // shows in the last bit: (0.1 + 0.2) + 0.3 and (0.2 + 0.3) + 0.1 differ.
    let mut tape = Tape::new();
    let w = [tape.leaf(1.0), tape.leaf(1.0)];
    let b = tape.leaf(0.1);
    let x = [tape.leaf(0.2), tape.leaf(0.3)];
    let act = neuron(&mut tape, &w, b, &x);
    let in_order = (0.1 + 1.0 * 0.2) + 1.0 * 0.3;
    let bias_last = (1.0 * 0.2 + 1.0 * 0.3) + 0.1;
    // Exactly: the same additions in the same order give the same bits.
    assert_close_naming(
        "neuron(w = [1, 1], b = 0.1, x = [0.2, 0.3])",
        tape.value(act),
        in_order,
        Tol::abs(0.0),
        "floating-point addition rounds after every step, so the order matters in the last \
         bit: start from the bias, then add w₀·x₀, then w₁·x₁, as micrograd does, and your \
         network will compute micrograd's numbers exactly",
        &[(bias_last, "the bias added last")],
    );
}

#[test]
fn neuron_refuses_weights_that_do_not_match_its_inputs() {
    let mut tape = Tape::new();
    let [w0, w1, w2, b, x0, x1] = [1.0, 2.0, 3.0, 0.5, 1.0, 1.0].map(|v| tape.leaf(v));
    let rule = "a neuron has one weight per input: refuse the call instead of zipping the \
                shorter list away";
    assert_panics(
        "neuron with 3 weights and 2 inputs",
        || neuron(&mut tape.clone(), &[w0, w1, w2], b, &[x0, x1]),
        "one weight per input",
        rule,
    );
    assert_panics(
        "neuron with 1 weight and 2 inputs",
        || neuron(&mut tape.clone(), &[w0], b, &[x0, x1]),
        "one weight per input",
        rule,
    );
}

#[test]
fn hinge_is_zero_beyond_the_margin_and_grows_on_the_wrong_side() {
    let rule = "the hinge is relu(1 − y·score): 0 once y·score ≥ 1, and 1 − y·score before";
    for (score, y, expected) in [
        (0.5, 1.0, 0.5),
        (2.0, 1.0, 0.0),
        (0.5, -1.0, 1.5),
        (-3.0, -1.0, 0.0),
    ] {
        let mut tape = Tape::new();
        let s = tape.leaf(score);
        let h = hinge(&mut tape, s, y);
        // Halves and whole numbers: exact.
        assert_close_naming(
            &format!("hinge(score = {score}, y = {y})"),
            tape.value(h),
            expected,
            Tol::ROUNDING,
            rule,
            &[
                (
                    f64::max(1.0 + y * score, 0.0),
                    "a sign slip: relu(1 + y·score)",
                ),
                (1.0 - y * score, "the relu left out"),
            ],
        );
        assert_equal(
            &format!("nodes hinge(score = {score}, y = {y}) added"),
            tape.len() - 1,
            5,
            "record it as micrograd records (1 + -y*score).relu(): a leaf −y, its product with \
             the score, a leaf 1, their sum, the relu (tape.sub would add a neg and an add)",
        );
        let slope = if expected > 0.0 { -y } else { 0.0 };
        assert_close_naming(
            &format!("∂hinge/∂score at score = {score}, y = {y}"),
            tape.backward(h)[s],
            slope,
            Tol::ROUNDING,
            "on the wrong side of the margin the hinge falls by y per unit of score; beyond \
             the margin it is flat",
            &[(-slope, "a sign slip in 1 − y·score")],
        );
    }
}

/// Lesson 7 trains with your lesson 6 engine: this runs it once, first, so that
/// an unfinished lesson 6 says so instead of failing deep inside lesson 7.
fn lesson6_engine_works() {
    let quantity =
        "your lesson 6 engine, which lesson 7 trains with: relu(2·3 + (−1)) and its gradient";
    let expected = "relu = 5, gradient (∂/∂a, ∂/∂b, ∂/∂c) = (3, 2, 1), 6 nodes";
    let mut got = None;
    let panicked = panic_message(|| {
        let mut tape = Tape::new();
        let (a, b, c) = (tape.leaf(2.0), tape.leaf(3.0), tape.leaf(-1.0));
        let ab = tape.mul(a, b);
        let sum = tape.add(ab, c);
        let out = tape.relu(sum);
        let grads = tape.backward(out);
        got = Some((tape.value(out), grads[a], grads[b], grads[c], tape.len()));
    });
    match (panicked, got) {
        (Some(message), _) if message.contains("not yet implemented") => fail(
            quantity,
            format!("a todo!() of lesson 6 panicked: \"{message}\""),
            expected,
            "finish lesson 6 first: lesson 7 trains with your Tape (leaf, add, mul, relu, \
             backward); run cargo xtask next until lesson 6 is done, then come back",
        ),
        (Some(message), _) => fail(
            quantity,
            format!("a panic: \"{message}\""),
            expected,
            "fix lesson 6 first: cargo test -p lesson6",
        ),
        (None, Some(values)) if values != (5.0, 3.0, 2.0, 1.0, 6) => fail(
            quantity,
            format!("{values:?}"),
            expected,
            "fix lesson 6 first: cargo test -p lesson6",
        ),
        _ => {}
    }
}
