//! Part 3: operations of one input and their local derivatives —
//! the checks.
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

#[test]
fn neg_records_minus_a_with_derivative_minus_1() {
    for a in [3.0, -0.5] {
        let rule = "−a moves down by 1 when a moves up by 1: ∂(−a)/∂a = −1";
        let sign = "the sign lost: neg's local derivative is −1";
        one_input(
            "neg(a)",
            a,
            Op::Neg,
            Tape::neg,
            (-a, -1.0),
            rule,
            &[(1.0, sign)],
        );
    }
}

#[test]
fn pow_has_derivative_k_times_a_to_the_k_minus_1() {
    // (a, k, aᵏ, k·aᵏ⁻¹): every one exact in f64.
    for (a, k, value, slope) in [
        (3.0_f64, 2.0, 9.0, 6.0),
        (-2.0, 3.0, -8.0, 12.0),
        (2.0, -1.0, 0.5, -0.25),
        (4.0, 0.5, 2.0, 0.25),
    ] {
        let rule = "the power rule: ∂(aᵏ)/∂a = k·aᵏ⁻¹, for any fixed k (f64::powf takes a float k)";
        let wrong = [
            (k * a.powf(k), "k·aᵏ: lower the exponent by one"),
            (a.powf(k - 1.0), "aᵏ⁻¹ without the factor k"),
        ];
        let (name, op) = (format!("pow(a, {k})"), |v| Op::Pow(v, k));
        one_input(
            &name,
            a,
            op,
            |tape, v| tape.pow(v, k),
            (value, slope),
            rule,
            &wrong,
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
fn backward_starts_at_the_output_even_when_a_later_node_has_an_infinite_slope() {
    // y = 3·a at a = 0, then √a recorded after y: its local derivative at 0 is
    // ½·0^(−½) = ∞. A loop from the output never meets it; a loop from the
    // tape's last node hands a 0·∞ = NaN, which a finite slope (0·k = 0) hides.
    let mut tape = Tape::new();
    let a = tape.leaf(0.0);
    let three = tape.leaf(3.0);
    let y = tape.mul(three, a);
    tape.pow(a, 0.5);
    let got = tape.backward(y)[a];
    let rule = check::think(
        "backward(y) walks from y down to node 0: nodes recorded after y cannot change y, so \
         they are never visited and hand nothing to anyone",
        &[(
            got.is_nan(),
            "a loop that starts from the tape's last node instead of the output: the node √a \
             after y has gradient 0 and local derivative ∞ at a = 0, and 0·∞ is NaN",
        )],
    );
    check::assert_close(
        "∂y/∂a for y = 3·a at a = 0, with √a recorded after y",
        got,
        3.0,
        Tol::ROUNDING,
        &rule,
    );
}

#[test]
fn a_value_used_by_two_one_input_nodes_gets_both_shares() {
    // y = −a + a² at a = 3: ∂y/∂a = −1 + 2·3 = 5, whole numbers, exact.
    let mut tape = Tape::new();
    let a = tape.leaf(3.0);
    let (minus_a, square) = (tape.neg(a), tape.pow(a, 2.0));
    let y = tape.add(minus_a, square);
    let overwrote = "= in place of += in backward's arm for one-input nodes";
    assert_close_naming(
        "∂(−a + a²)/∂a at a = 3",
        tape.backward(y)[a],
        5.0,
        Tol::ROUNDING,
        "a is the input of two one-input nodes, and each hands it a share, −1 and 2a = 6: \
         the arm of backward for one-input nodes adds (+=) like the others",
        &[(-1.0, overwrote), (6.0, overwrote)],
    );
}

#[test]
fn exp_has_derivative_equal_to_its_value() {
    for a in [1.5, -2.0] {
        let rule = "∂(eᵃ)/∂a = eᵃ: the local derivative of exp is its own value, out";
        let wrong = [(a, "the input a instead of the value eᵃ"), (1.0, "1")];
        one_input(
            "exp(a)",
            a,
            Op::Exp,
            Tape::exp,
            (a.exp(), a.exp()),
            rule,
            &wrong,
        );
    }
}

#[test]
fn tanh_has_derivative_1_minus_its_value_squared() {
    for a in [0.5_f64, -2.0] {
        let out = a.tanh();
        let rule = "∂tanh(a)/∂a = 1 − tanh(a)² = 1 − out², with out the node's value";
        let wrong = [
            (
                1.0 - a * a,
                "1 − a² with a the input: square the value out, not a",
            ),
            (out * out - 1.0, "out² − 1: the sign flipped"),
            (1.0 - out, "1 − out: square out"),
        ];
        one_input(
            "tanh(a)",
            a,
            Op::Tanh,
            Tape::tanh,
            (out, 1.0 - out * out),
            rule,
            &wrong,
        );
    }
}

#[test]
fn relu_passes_the_gradient_only_where_it_is_positive() {
    for (a, value, slope) in [(2.0, 2.0, 1.0), (-3.0, 0.0, 0.0)] {
        let rule = "relu(a) is a where a > 0 and 0 elsewhere: where it is a, it passes the \
                    gradient whole (1); where it is flat at 0, it passes nothing (0)";
        let wrong = [(
            1.0,
            "(out >= 0) where it is (out > 0): out is 0 at every negative a",
        )];
        one_input(
            "relu(a)",
            a,
            Op::Relu,
            Tape::relu,
            (value, slope),
            rule,
            &wrong,
        );
    }
}

#[test]
fn relu_at_exactly_0_has_gradient_0() {
    let rule = "relu has no derivative at 0; micrograd (and this engine) takes (out > 0): \
                at exactly 0 nothing passes";
    let wrong = [(1.0, "(a >= 0) where it is (out > 0)")];
    one_input(
        "relu(a)",
        0.0,
        Op::Relu,
        Tape::relu,
        (0.0, 0.0),
        rule,
        &wrong,
    );
}

#[test]
fn sigmoid_has_derivative_value_times_1_minus_value() {
    for a in [0.0_f64, 1.0, -2.0] {
        let out = 1.0 / (1.0 + (-a).exp());
        let rule = "σ′(a) = σ(a)·(1 − σ(a)) = out·(1 − out), with out the node's value";
        let wrong = [
            (
                a * (1.0 - a),
                "a·(1 − a) with a the input: use the value out",
            ),
            (out * (out - 1.0), "out·(out − 1): the sign flipped"),
        ];
        // Tol::ROUNDING's 1e-12 also accepts σ written another way, e.g. eᵃ/(1 + eᵃ).
        let expected = (out, out * (1.0 - out));
        one_input(
            "sigmoid(a)",
            a,
            Op::Sigmoid,
            Tape::sigmoid,
            expected,
            rule,
            &wrong,
        );
    }
}

/// Records `record` on a leaf a on a new tape and checks it: exactly one new
/// node, `op(a)`; then its value and ∂out/∂a (from `backward`) against
/// `expected`, within Tol::ROUNDING, naming the `wrong` slopes when they match.
#[track_caller]
fn one_input(
    name: &str,
    a: f64,
    op: impl Fn(Var) -> Op,
    record: impl FnOnce(&mut Tape, Var) -> Var,
    (value, slope): (f64, f64),
    rule: &str,
    wrong: &[(f64, &str)],
) {
    let mut tape = Tape::new();
    let input = tape.leaf(a);
    let out = record(&mut tape, input);
    let got = match out.index() < tape.len() {
        true => format!(
            "{} new node(s), out = {}",
            tape.len() - 1,
            format!("{:?}", tape.op(out)).replace(&format!("{input:?}"), "a")
        ),
        false => format!(
            "{} new node(s), out = {out:?} not on the tape",
            tape.len() - 1
        ),
    };
    assert_claim(
        tape.len() == 2 && out.index() == 1 && tape.op(out) == op(input),
        &format!("the nodes recorded by {name} on a tape holding the leaf a = {a}"),
        got,
        format!(
            "1 new node, {}",
            format!("{:?}", op(input)).replace(&format!("{input:?}"), "a")
        ),
        "an operation pushes one node that records its input",
    );
    let kept = [(a, "the input a passed on unchanged")];
    assert_close_naming(
        &format!("{name} at a = {a}"),
        tape.value(out),
        value,
        Tol::ROUNDING,
        rule,
        &kept,
    );
    let nothing = "nothing reaching a through the one-input node: does backward add \
                   local_derivative(op, a, out)·upstream into the input for Neg, Pow, Exp, Tanh, \
                   Relu and Sigmoid?";
    let wrong = [wrong, &[(0.0, nothing)]].concat();
    let quantity = format!("∂out/∂a for out = {name} at a = {a}");
    assert_close_naming(
        &quantity,
        tape.backward(out)[input],
        slope,
        Tol::ROUNDING,
        rule,
        &wrong,
    );
}
