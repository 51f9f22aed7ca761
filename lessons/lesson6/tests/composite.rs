//! Part 4: subtraction and division from the others, and proof it all works —
//! the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson6 --test composite`. The course's own test suite runs
//! this very file against the reference solution, so do not edit it.

use check::{
    Tol, assert_claim, assert_close, assert_close_naming, assert_gradient_agrees_above, fail,
};
use lesson6::{Op, Tape, Var};
use rand::SeedableRng;
use rand::rngs::ChaCha8Rng;

// The random expressions of the last checks but two, and their plain evaluation.
#[path = "support/expressions.rs"]
mod expressions;
use expressions::{describe, evaluate, generate, record};

#[test]
fn sub_is_a_plus_minus_b() {
    let mut tape = Tape::new();
    let (a, b) = (tape.leaf(5.0), tape.leaf(3.0));
    let d = tape.sub(a, b);
    let rule = "a − b = a + (−b): record neg(b), then add(a, that), as micrograd does";
    assert_close_naming(
        "sub(a, b) at a = 5, b = 3",
        tape.value(d),
        2.0,
        Tol::ROUNDING,
        rule,
        &[(-2.0, "b − a")],
    );
    let names = [(a, "a"), (b, "b")];
    let minus_b = match tape.op(d) {
        Op::Add(first, minus_b) if first == a => minus_b,
        other => fail(
            "the node sub(a, b) records, with a and b the leaves 5 and 3",
            named(other, &names),
            "Add(a, neg(b))",
            rule,
        ),
    };
    let names = [(a, "a"), (b, "b"), (minus_b, "neg(b)")];
    assert_claim(
        tape.op(minus_b) == Op::Neg(b) && tape.len() == 4,
        "the nodes sub(a, b) records, with a and b the leaves 5 and 3",
        format!(
            "{} and {}, tape length {}",
            named(tape.op(minus_b), &names),
            named(tape.op(d), &names),
            tape.len()
        ),
        "Neg(b), then Add(a, neg(b)): tape length 4",
        rule,
    );
    let grads = tape.backward(d);
    // Exact: a sum and a negation hand on ±1 unchanged.
    assert_close(
        "∂(a − b)/∂a at a = 5, b = 3",
        grads[a],
        1.0,
        Tol::ROUNDING,
        rule,
    );
    assert_close(
        "∂(a − b)/∂b at a = 5, b = 3",
        grads[b],
        -1.0,
        Tol::ROUNDING,
        rule,
    );
}

/// An operation as the message shows it: each Var the check knows by its
/// name (`Add(a, neg(b))`), any other as it is (`Var(4)`).
fn named(op: Op, names: &[(Var, &str)]) -> String {
    let mut shown = format!("{op:?}");
    for &(var, name) in names {
        shown = shown.replace(&format!("{var:?}"), name);
    }
    shown
}

#[test]
fn div_is_a_times_b_to_the_minus_1() {
    let mut tape = Tape::new();
    let (a, b) = (tape.leaf(6.0), tape.leaf(3.0));
    let q = tape.div(a, b);
    let rule = "a / b = a·b⁻¹: record pow(b, −1), then mul(a, that), so that b keeps its \
                gradient ∂(a/b)/∂b = −a/b² (a leaf 1/b would be a constant)";
    // 6·(1/3) rounds to 2 exactly; the gradients are a few roundings from 1/3 and −2/3.
    assert_close_naming(
        "div(a, b) at a = 6, b = 3",
        tape.value(q),
        2.0,
        Tol::ROUNDING,
        rule,
        &[(0.5, "b / a")],
    );
    let names = [(a, "a"), (b, "b")];
    let inverse = match tape.op(q) {
        Op::Mul(first, inverse) if first == a => inverse,
        other => fail(
            "the node div(a, b) records, with a and b the leaves 6 and 3",
            named(other, &names),
            "Mul(a, pow(b, −1))",
            rule,
        ),
    };
    assert_claim(
        tape.op(inverse) == Op::Pow(b, -1.0),
        "the node div(a, b) multiplies a by, with a and b the leaves 6 and 3",
        named(tape.op(inverse), &names),
        "Pow(b, -1.0)",
        rule,
    );
    let grads = tape.backward(q);
    let (da, db) = (
        "∂(a/b)/∂a = 1/b at a = 6, b = 3",
        "∂(a/b)/∂b = −a/b² at a = 6, b = 3",
    );
    assert_close(da, grads[a], 1.0 / 3.0, Tol::ROUNDING, rule);
    assert_close(db, grads[b], -2.0 / 3.0, Tol::ROUNDING, rule);
}

#[test]
fn random_expressions_agree_with_central_differences() {
    let mut rng = ChaCha8Rng::seed_from_u64(6);
    for expression in 0..200 {
        let (leaves, steps) = generate(&mut rng);
        let mut tape = Tape::new();
        let inputs: Vec<Var> = leaves.iter().map(|&x| tape.leaf(x)).collect();
        let out = record(&mut tape, &inputs, &steps);
        let f = |x: &[f64]| *evaluate(x, &steps).last().unwrap();
        let described = describe(&leaves, &steps);
        // The tape and the plain evaluation do the same operations in the same
        // order; 1e-9 leaves room only for another way to write σ or tanh.
        assert_close(
            &format!("the value of expression {expression}: {described}"),
            tape.value(out),
            f(&leaves),
            Tol {
                abs: 1e-9,
                rel: 1e-9,
            },
            "each operation computes its value from its inputs' values",
        );
        let grads = tape.backward(out);
        let names: Vec<String> = (0..inputs.len()).map(|i| format!("∂out/∂v{i}")).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let got: Vec<f64> = inputs.iter().map(|&input| grads[input]).collect();
        // Central differences with h = 1e−5 (lesson 2): their error, about
        // h²·f‴ + ε·|f|/h ≈ 1e−10 here, stays below 1e−7 relative on these
        // expressions, which keep every relu input 0.1 or more from its kink
        // (the worst is 2e−8). Relative to at least 1e−3: a gradient smaller
        // than that would drown in the ε·|f|/h of the differences.
        assert_gradient_agrees_above(
            &format!("expression {expression}: {described}"),
            &names,
            &got,
            f,
            &leaves,
            1e-3,
            "some operation here hands its input the wrong share; each adds local \
             derivative × upstream (+=) into its input",
        );
    }
}

#[test]
fn micrograd_sanity_check_gives_y_minus_20_and_dy_dx_46() {
    // micrograd's test_sanity_check at x = −4: z = 2x + 2 + x = −10,
    // q = relu(z) + z·x = 40, h = relu(z·z) = 100, y = h + q + q·x = −20.
    // By hand: z < 0 so q = z·x, dq/dx = 3x + z = −22, dh/dx = 2z·3 = −60;
    // dy/dx = −60 + (−22) + (−22·x + q) = −60 − 22 + 128 = 46.
    let mut tape = Tape::new();
    let x = tape.leaf(-4.0);
    let (two, two_again) = (tape.leaf(2.0), tape.leaf(2.0));
    let two_x = tape.mul(x, two);
    let z = tape.add(two_x, two_again);
    let z = tape.add(z, x);
    let (relu_z, z_x) = (tape.relu(z), tape.mul(z, x));
    let q = tape.add(relu_z, z_x);
    let z_z = tape.mul(z, z);
    let h = tape.relu(z_z);
    let (h_q, q_x) = (tape.add(h, q), tape.mul(q, x));
    let y = tape.add(h_q, q_x);
    let rule = "every node hands each input its local derivative × upstream, added (+=)";
    // Whole numbers all along: exact.
    assert_close(
        "y in micrograd's test_sanity_check",
        tape.value(y),
        -20.0,
        Tol::ROUNDING,
        rule,
    );
    assert_close(
        "∂y/∂x in micrograd's test_sanity_check",
        tape.backward(y)[x],
        46.0,
        Tol::ROUNDING,
        rule,
    );
}

#[test]
fn micrograd_more_ops_gives_its_known_gradients() {
    // micrograd's test_more_ops at a = −4, b = 2. By hand: c = 3a + 4b + 3 = −1,
    // d = 12(ab + b³) + 4·relu(a + b) + relu(b − a) = 6, e = c − d = −7, f = e²,
    // g = f/2 + 10/f = 2421/98. dg/de = 2e·(1/2 − 10/f²) = −16667/2401, and
    // (∂c, ∂d) are (3, 12b − 1 = 23) for a, (4, 12(a + 3b²) + 1 = 97) for b:
    // dg/da = (16667/2401)·20 = 333340/2401, dg/db = (16667/2401)·93 = 1550031/2401.
    let mut tape = Tape::new();
    let (a, b) = (tape.leaf(-4.0), tape.leaf(2.0));
    let mut c = tape.add(a, b);
    let (ab, b3) = (tape.mul(a, b), tape.pow(b, 3.0));
    let mut d = tape.add(ab, b3);
    let one = tape.leaf(1.0);
    let c_1 = tape.add(c, one);
    c = tape.add(c, c_1); // c += c + 1
    let c_1 = tape.add(c, one);
    let minus_a = tape.neg(a);
    let rest = tape.add(c_1, minus_a);
    c = tape.add(c, rest); // c += 1 + c + (−a)
    let (two, three) = (tape.leaf(2.0), tape.leaf(3.0));
    let (d2, b_a) = (tape.mul(d, two), tape.add(b, a));
    let relu = tape.relu(b_a);
    let rest = tape.add(d2, relu);
    d = tape.add(d, rest); // d += d·2 + relu(b + a)
    let (d3, b_minus_a) = (tape.mul(three, d), tape.sub(b, a));
    let relu = tape.relu(b_minus_a);
    let rest = tape.add(d3, relu);
    d = tape.add(d, rest); // d += 3·d + relu(b − a)
    let e = tape.sub(c, d);
    let f = tape.pow(e, 2.0);
    let ten = tape.leaf(10.0);
    let (half_f, ten_over_f) = (tape.div(f, two), tape.div(ten, f));
    let g = tape.add(half_f, ten_over_f);
    let rule = "every node hands each input its local derivative × upstream, added (+=)";
    // A few dozen roundings of numbers below 1e4, none cancelling: 1e-12 relative.
    let tol = Tol::rel(1e-12);
    assert_close(
        "g in micrograd's test_more_ops",
        tape.value(g),
        2421.0 / 98.0,
        tol,
        rule,
    );
    let grads = tape.backward(g);
    assert_close(
        "∂g/∂a in micrograd's test_more_ops",
        grads[a],
        333_340.0 / 2401.0,
        tol,
        rule,
    );
    assert_close(
        "∂g/∂b in micrograd's test_more_ops",
        grads[b],
        1_550_031.0 / 2401.0,
        tol,
        rule,
    );
}

// The story, a module of the program (src/main.rs), is compiled in for this check only.
#[path = "../src/story.rs"]
mod story;

#[test]
fn the_story_prints_the_tapes_with_their_gradients() {
    check::story_snapshot!("lesson6_story", story::render());
}
