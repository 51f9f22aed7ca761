//! Part 3: a neuron, forward, backward and one step up — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson5 --test neuron`. The course's own test suite runs
//! this very file against the reference solution, so do not edit it: the runner
//! notices.

use check::{
    Tol, assert_claim, assert_close, assert_close_naming, assert_gradient_agrees, assert_panics,
};
use lesson5::neuron::*;

#[test]
fn neuron_forward_keeps_every_wire() {
    // (inputs, a·x, b·y, their sum, t, σ(t)) by hand; σ(2) = 1/(1 + e^−2) with
    // e^−2 = 0.1353352832366127, σ(−2.25) with e^2.25 = 9.487735836358526.
    let cases = [
        (KARPATHY, [-1.0, 6.0, 5.0, 2.0, 0.8807970779778823]),
        (OTHER, [-1.0, -1.5, -2.5, -2.25, 0.09534946489910949]),
    ];
    for (inputs, [ax, by, sum, t, out]) in cases {
        let got = neuron_forward(inputs);
        let at = format!("neuron_forward({})", show(inputs));
        assert_claim(
            got.inputs == inputs,
            &format!("the inputs kept by {at}"),
            show(got.inputs),
            show(inputs),
            "the forward pass keeps its inputs: the mul gates need them backward",
        );
        let Inputs { a, x, .. } = inputs;
        let (no_bias, no_sigmoid) = ("the bias c left out of t", "out = t: σ not applied");
        // (wire, got, expected, formula, named mistakes). Products and sums of
        // halves are exact, σ is exp and two roundings: ROUNDING.
        let wires: [(_, _, _, _, &[(f64, &str)]); 5] = [
            (
                "ax",
                got.ax,
                ax,
                "a·x",
                &[(a + x, "a + x: a mul gate multiplies")],
            ),
            ("by", got.by, by, "b·y", &[]),
            ("sum", got.sum, sum, "a·x + b·y", &[]),
            ("t", got.t, t, "a·x + b·y + c", &[(sum, no_bias)]),
            (
                "out",
                got.out,
                out,
                "σ(t)",
                &[(t, no_sigmoid), (sigma(sum), no_bias)],
            ),
        ];
        for (name, value, expected, formula, mistakes) in wires {
            let rule = format!("{name} is {formula}");
            let quantity = format!("{at}.{name}");
            assert_close_naming(&quantity, value, expected, Tol::ROUNDING, &rule, mistakes);
        }
    }
}

#[test]
fn neuron_backward_gives_c_the_sigmoids_local_derivative_at_t() {
    let got = neuron_backward(&forward(KARPATHY));
    let s = 0.8807970779778823;
    // σ(σ(2)) = 0.7069873680001046 by hand, so σ′ at the output is 0.20715622948838924.
    assert_close_naming(
        "∂out/∂c from neuron_backward at Karpathy's point, where t = 2",
        got.c,
        SIGMA_PRIME_AT_2,
        // σ′ from exp and a few roundings: ROUNDING tells the mistakes (0.1 apart) apart.
        Tol::ROUNDING,
        "the sigmoid gate hands back 1·σ′(t), σ′(t) = σ(t)·(1 − σ(t)) at its input t = 2; \
         both add gates pass it on unchanged, so c gets σ′(2)",
        &[
            (s, "σ′ taken as σ: the derivative is σ(t)·(1 − σ(t))"),
            (
                0.20715622948838924,
                "σ′ evaluated at the output σ(t) instead of the input t: pass neuron.t \
                 to sigmoid_backward",
            ),
            (
                -2.0,
                "t·(1 − t): sigmoid_backward receives t and computes σ(t) itself",
            ),
            (
                1.0,
                "the add gates' local derivative 1 alone: σ′(t) was not multiplied in",
            ),
            (-SIGMA_PRIME_AT_2, "a sign slip"),
        ],
    );
    assert_gradient_agrees(
        "neuron_backward at Karpathy's point",
        &["∂out/∂c"],
        &[got.c],
        // a·x + b·y = 1·(−1) + 2·3 = 5 at Karpathy's point.
        |v| sigma(5.0 + v[0]),
        &[-3.0],
        "c is added to t, so ∂out/∂c = σ′(t)·1",
    );
}

#[test]
fn neuron_backward_gives_each_weight_and_input_the_gradient_times_its_partner() {
    // (the forward pass, σ′(t)) by hand: σ′(2) above, σ′(−2.25) = 0.08625794444256298.
    for (inputs, sp) in [(KARPATHY, SIGMA_PRIME_AT_2), (OTHER, 0.08625794444256298)] {
        let neuron = forward(inputs);
        let got = neuron_backward(&neuron);
        let Inputs { a, b, c, x, y } = neuron.inputs;
        let at = format!(
            "neuron_backward at {}, where σ′(t) = {sp}",
            show(neuron.inputs)
        );
        let rule = "each mul gate gets σ′(t) from above (the add gates pass it on) and hands \
                    each input σ′(t) times the OTHER input: ∂out/∂a = x·σ′(t), ∂out/∂x = a·σ′(t)";
        // (name, got, partner, own value): the partner's value times σ′, to the last digit.
        let partials = [
            ("∂out/∂a", got.a, x, a),
            ("∂out/∂b", got.b, y, b),
            ("∂out/∂x", got.x, a, x),
            ("∂out/∂y", got.y, b, y),
        ];
        for (name, partial, partner, own) in partials {
            assert_close_naming(
                &format!("{name} from {at}"),
                partial,
                partner * sp,
                Tol::ROUNDING,
                rule,
                &[
                    (
                        own * sp,
                        "mul's swap: the local derivative of the wrong input",
                    ),
                    (
                        partner,
                        "the mul gate's local derivative alone: σ′(t) not multiplied in",
                    ),
                    (-partner * sp, "a sign slip"),
                ],
            );
        }
        assert_gradient_agrees(
            &at,
            &["∂out/∂a", "∂out/∂b", "∂out/∂c", "∂out/∂x", "∂out/∂y"],
            &[got.a, got.b, got.c, got.x, got.y],
            |v| sigma(v[0] * v[3] + v[1] * v[4] + v[2]),
            &[a, b, c, x, y],
            rule,
        );
    }
}

#[test]
fn neuron_step_moves_all_five_inputs_up_the_gradient() {
    let step = 0.01;
    let got = neuron_step(KARPATHY, step);
    // By hand: each input plus 0.01 × its partial (x·σ′, y·σ′, σ′, a·σ′, b·σ′
    // with σ′ = σ′(2)); the output there is σ(2.0168044854910496) = 0.8825501816218984,
    // up from 0.880797 (Karpathy's guide prints 0.8825). Against the gradient it
    // would be 0.8790225660837747.
    let sp = SIGMA_PRIME_AT_2;
    let moved = [
        ("a", got.a, 1.0, -sp),
        ("b", got.b, 2.0, 3.0 * sp),
        ("c", got.c, -3.0, sp),
        ("x", got.x, -1.0, sp),
        ("y", got.y, 3.0, 2.0 * sp),
    ];
    let rule = "one step moves every input by step × its own partial, all partials taken at \
                the start: a ← a + 0.01·∂out/∂a, and the same for b, c, x and y";
    for (name, value, before, partial) in moved {
        // One multiply-add on numbers known to the last digit: ROUNDING.
        assert_close_naming(
            &format!("{name} after neuron_step(KARPATHY, step = {step})"),
            value,
            before + step * partial,
            Tol::ROUNDING,
            rule,
            &[
                (
                    before - step * partial,
                    "a step taken against the gradient: that lowers the output",
                ),
                (
                    before,
                    "an input left where it was: the step moves all five inputs, the data x \
                     and y too (as in Karpathy's guide)",
                ),
                (
                    before + partial,
                    "a step of 1 × the partial: multiply it by step",
                ),
            ],
        );
    }
    let out = sigma(got.a * got.x + got.b * got.y + got.c);
    // σ of numbers known to the last digit: ROUNDING.
    assert_close(
        "the output σ(a·x + b·y + c) after neuron_step(KARPATHY, step = 0.01)",
        out,
        0.8825501816218984,
        Tol::ROUNDING,
        "a small step along the gradient raises the output, from 0.880797 to 0.882550",
    );
}

#[test]
fn neuron_step_refuses_a_step_that_is_not_positive_and_finite() {
    for step in [0.0, -0.01, f64::NAN, f64::INFINITY] {
        assert_panics(
            &format!("neuron_step(KARPATHY, step = {step})"),
            || neuron_step(KARPATHY, step),
            "step must be positive and finite",
            "a step of 0 goes nowhere, a negative one goes down the gradient, NaN or ∞ \
             make every input NaN or ∞: check step first and panic with the documented \
             message",
        );
    }
}

/// σ′(2) = σ(2)·(1 − σ(2)) by hand, from σ(2) = 0.8807970779778823.
const SIGMA_PRIME_AT_2: f64 = 0.10499358540350662;

/// A second point, where the inputs all differ from Karpathy's and from each other.
const OTHER: Inputs = Inputs {
    a: -0.5,
    b: 1.5,
    c: 0.25,
    x: 2.0,
    y: -1.0,
};

/// The forward pass, written here so that the checks of the backward pass do
/// not depend on yours.
fn forward(inputs: Inputs) -> Neuron {
    let Inputs { a, b, c, x, y } = inputs;
    let (ax, by) = (a * x, b * y);
    let t = ax + by + c;
    Neuron {
        inputs,
        ax,
        by,
        sum: ax + by,
        t,
        out: sigma(t),
    }
}

/// The sigmoid, written here so that no check measures with your `sigmoid`.
fn sigma(t: f64) -> f64 {
    1.0 / (1.0 + (-t).exp())
}

/// The five inputs as the messages show them.
fn show(i: Inputs) -> String {
    format!(
        "(a, b, c, x, y) = ({}, {}, {}, {}, {})",
        i.a, i.b, i.c, i.x, i.y
    )
}
