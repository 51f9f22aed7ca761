//! Part 3: operations of one input, each with its local derivative — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson6 --test unary`. The course's own test suite runs
//! this very file against the reference solution, so do not edit it.
//!
//! Each check records one operation on a leaf a, then reads its value and ∂out/∂a
//! from `backward`. The expected values come from Rust's own `exp` and `tanh`
//! on plain numbers, never from the tape.

use check::{Tol, assert_claim, assert_close_naming, assert_panics};
use lesson6::{Op, Tape, Var};

/// Named when ∂out/∂a came out 0 where it must not.
const NOTHING_THROUGH: &str = "nothing reaching a through the one-input node: does backward \
    add local_derivative(node)·upstream into the input for Neg, Pow, Exp, Tanh, Relu and \
    Sigmoid?";

#[test]
fn neg_records_minus_a_with_derivative_minus_1() {
    for a in [3.0, -0.5] {
        let (value, slope) = through("neg", a, Op::Neg, Tape::neg);
        let rule = "−a moves down by 1 when a moves up by 1: ∂(−a)/∂a = −1";
        assert_close_naming(
            &format!("neg at a = {a}"),
            value,
            -a,
            Tol::EXACT,
            rule,
            &[(a, "a kept as it is")],
        );
        assert_close_naming(
            &format!("∂(−a)/∂a at a = {a}"),
            slope,
            -1.0,
            Tol::EXACT,
            rule,
            &[
                (1.0, "the sign lost: neg's local derivative is −1"),
                (0.0, NOTHING_THROUGH),
            ],
        );
    }
}

#[test]
fn pow_has_derivative_k_times_a_to_the_k_minus_1() {
    // (a, k, aᵏ, k·aᵏ⁻¹): every one exact in f64.
    for (a, k, value_expected, slope_expected) in [
        (3.0, 2.0, 9.0, 6.0),
        (-2.0, 3.0, -8.0, 12.0),
        (2.0, -1.0, 0.5, -0.25),
        (4.0, 0.5, 2.0, 0.25),
    ] {
        let (value, slope) = through("pow", a, |v| Op::Pow(v, k), |tape, v| tape.pow(v, k));
        let rule = "the power rule: ∂(aᵏ)/∂a = k·aᵏ⁻¹, for any fixed k (f64::powf takes a float k)";
        assert_close_naming(
            &format!("pow(a, {k}) at a = {a}"),
            value,
            value_expected,
            Tol::EXACT,
            rule,
            &[],
        );
        assert_close_naming(
            &format!("∂(aᵏ)/∂a for k = {k} at a = {a}"),
            slope,
            slope_expected,
            Tol::EXACT,
            rule,
            &[
                (k * a.powf(k), "k·aᵏ: lower the exponent by one"),
                (a.powf(k - 1.0), "aᵏ⁻¹ without the factor k"),
                (0.0, NOTHING_THROUGH),
            ],
        );
    }
}

#[test]
fn pow_refuses_an_exponent_that_is_not_finite() {
    for k in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        let mut tape = Tape::new();
        let a = tape.leaf(2.0);
        assert_panics(
            &format!("pow(a, {k})"),
            || tape.pow(a, k),
            "the exponent of pow must be finite",
            "an exponent of NaN or ±∞ would fill the value and every gradient with NaN or ∞; \
             refuse it where it comes in",
        );
    }
}

#[test]
fn exp_has_derivative_equal_to_its_value() {
    for a in [1.5, -2.0] {
        let (value, slope) = through("exp", a, Op::Exp, Tape::exp);
        let rule = "∂(eᵃ)/∂a = eᵃ: the local derivative of exp is its own value, out";
        assert_close_naming(
            &format!("exp at a = {a}"),
            value,
            a.exp(),
            Tol::EXACT,
            rule,
            &[],
        );
        assert_close_naming(
            &format!("∂(eᵃ)/∂a at a = {a}"),
            slope,
            a.exp(),
            Tol::EXACT,
            rule,
            &[
                (a, "the input a instead of the value eᵃ"),
                (1.0, "1"),
                (0.0, NOTHING_THROUGH),
            ],
        );
    }
}

#[test]
fn tanh_has_derivative_1_minus_its_value_squared() {
    for a in [0.5, -2.0] {
        let (value, slope) = through("tanh", a, Op::Tanh, Tape::tanh);
        let out = a.tanh();
        let rule = "∂tanh(a)/∂a = 1 − tanh(a)² = 1 − out², with out the node's value";
        assert_close_naming(
            &format!("tanh at a = {a}"),
            value,
            out,
            Tol::EXACT,
            rule,
            &[],
        );
        assert_close_naming(
            &format!("∂tanh(a)/∂a at a = {a}"),
            slope,
            1.0 - out * out,
            Tol::EXACT,
            rule,
            &[
                (
                    1.0 - a * a,
                    "1 − a² with a the input: square the value out, not a",
                ),
                (out * out - 1.0, "out² − 1: the sign flipped"),
                (1.0 - out, "1 − out: square out"),
                (0.0, NOTHING_THROUGH),
            ],
        );
    }
}

#[test]
fn relu_passes_the_gradient_only_where_it_is_positive() {
    for (a, value_expected, slope_expected) in [(2.0, 2.0, 1.0), (-3.0, 0.0, 0.0)] {
        let (value, slope) = through("relu", a, Op::Relu, Tape::relu);
        let rule = "relu(a) is a where a > 0 and 0 elsewhere: where it is a, it passes the \
                    gradient whole (1); where it is flat at 0, it passes nothing (0)";
        assert_close_naming(
            &format!("relu at a = {a}"),
            value,
            value_expected,
            Tol::EXACT,
            rule,
            &[(a, "a kept as it is: relu of a negative number is 0")],
        );
        assert_close_naming(
            &format!("∂relu(a)/∂a at a = {a}"),
            slope,
            slope_expected,
            Tol::EXACT,
            rule,
            &[],
        );
    }
}

#[test]
fn relu_at_exactly_0_has_gradient_0() {
    let (value, slope) = through("relu", 0.0, Op::Relu, Tape::relu);
    let rule = "relu has no derivative at 0; micrograd (and this engine) takes (out > 0): \
                at exactly 0 nothing passes";
    assert_close_naming("relu at a = 0", value, 0.0, Tol::EXACT, rule, &[]);
    assert_close_naming(
        "∂relu(a)/∂a at a = 0",
        slope,
        0.0,
        Tol::EXACT,
        rule,
        &[(1.0, "(out >= 0) where it is (out > 0)")],
    );
}

#[test]
fn sigmoid_has_derivative_value_times_1_minus_value() {
    for a in [0.0, 1.0, -2.0] {
        let (value, slope) = through("sigmoid", a, Op::Sigmoid, Tape::sigmoid);
        let out = 1.0 / (1.0 + (-a).exp());
        let rule = "σ′(a) = σ(a)·(1 − σ(a)) = out·(1 − out), with out the node's value";
        // Tol::EXACT's 1e-12 also accepts σ written another way, e.g. eᵃ/(1 + eᵃ).
        assert_close_naming(
            &format!("sigmoid at a = {a}"),
            value,
            out,
            Tol::EXACT,
            rule,
            &[],
        );
        assert_close_naming(
            &format!("∂σ(a)/∂a at a = {a}"),
            slope,
            out * (1.0 - out),
            Tol::EXACT,
            rule,
            &[
                (
                    a * (1.0 - a),
                    "a·(1 − a) with a the input: use the value out",
                ),
                (out * (out - 1.0), "out·(out − 1): the sign flipped"),
                (0.0, NOTHING_THROUGH),
            ],
        );
    }
}

/// Records `record` on a leaf a on a new tape; checks that it added exactly one
/// node, `expected(a)`; returns its value and ∂out/∂a from `backward`.
#[track_caller]
fn through(
    name: &str,
    a: f64,
    expected: impl Fn(Var) -> Op,
    record: impl FnOnce(&mut Tape, Var) -> Var,
) -> (f64, f64) {
    let mut tape = Tape::new();
    let input = tape.leaf(a);
    let out = record(&mut tape, input);
    let recorded = out.index() < tape.len();
    assert_claim(
        tape.len() == 2 && out.index() == 1 && tape.op(out) == expected(input),
        &format!("the nodes recorded by {name} on a tape holding the leaf a = {a}"),
        match recorded {
            true => format!("{} new node(s), out = {:?}", tape.len() - 1, tape.op(out)),
            false => format!(
                "{} new node(s), out = {out:?} not on the tape",
                tape.len() - 1
            ),
        },
        format!("1 new node, {:?}", expected(input)),
        "an operation pushes one node that records its input",
    );
    (tape.value(out), tape.backward(out)[input])
}
