//! What `cargo run -p lesson3` prints: the lesson's story, told by your functions.
//!
//! It is part of the program (`src/main.rs`), not of your library: a save
//! rebuilds your checks without it, and only the story's own snapshot check
//! compiles it in.
//!
//! You do not need to edit this file. Every number is printed at fixed precision
//! and computed with + − × ÷ only, which round the same way on every machine (no
//! sin, exp or powf, whose last bit may differ). The one power, x³ through
//! `powi`, is x·(x·x) on every platform. So the output, even the rounding errors
//! in the gradient check, is the same everywhere (a snapshot test checks it).

use std::fmt::Write;

use lesson3::numeric::{central_gradient, forward_gradient};
use lesson3::{
    AGREE_BELOW, H_CHECK, Node1, Node2, agrees, difference, gradient_step, max, power, product,
    product_gradient, scale, sequential_step, sum, worst_relative_error,
};

/// The step size η of every update in the story, as in the post (which calls it h).
pub const ETA: f64 = 0.01;

/// Passes over the inputs that [`product_gradient`] makes: one forward for the
/// prefix products, one back for the suffix products.
pub const ANALYTIC_PASSES: usize = 2;

/// A rule of two inputs, and one of one input, as the tables hold them.
type Rule2 = fn(f64, f64) -> Node2;
type Rule1 = fn(f64) -> Node1;

/// The lesson's story as text.
pub fn render() -> String {
    let mut out = String::new();
    let mut line = |text: String| writeln!(out, "{text}").unwrap();

    line("Lesson 3: the analytic derivative of f(a, b) = a·b: ∂f/∂a = b, ∂f/∂b = a".into());
    line(String::new());

    // One step from the post's start, three ways.
    let start = (-4.0, -3.0);
    let f = |(a, b): (f64, f64)| product(a, b).value;
    line(format!(
        "one step from (a, b) = ({}, {}), f = {:.6}, step size η = {ETA}:",
        start.0,
        start.1,
        f(start)
    ));
    let both = gradient_step(product, start, ETA);
    let a_first = sequential_step(product, start, ETA);
    // The same sequential update with the inputs listed the other way round:
    // b moves first, then a with the new b.
    let (b2, a2) = sequential_step(product, (start.1, start.0), ETA);
    let b_first = (a2, b2);
    for (name, (a, b)) in [
        ("gradient step, both partials at the start ", both),
        ("sequential, a first, b with the new a     ", a_first),
        ("sequential, b first, a with the new b     ", b_first),
    ] {
        line(format!(
            "  {name} a = {a:.4}, b = {b:.4}, f = {:.6}",
            f((a, b))
        ));
    }
    line("only the first is gradient ascent: the sequential result depends on the order.".into());
    let at_start = product(start.0, start.1);
    let predicted = ETA * (at_start.da * at_start.da + at_start.db * at_start.db);
    line(format!(
        "first-order gain η·((∂f/∂a)² + (∂f/∂b)²) = {predicted:.4}; the gradient step gained {:.4}",
        f(both) - f(start)
    ));
    line(String::new());

    let karpathy = (-2.0, 3.0);
    line(format!(
        "Karpathy's start (x, y) = ({}, {}), f = {:.4}: one gradient step with η = {ETA} gives f = {:.4}",
        karpathy.0,
        karpathy.1,
        f(karpathy),
        f(gradient_step(product, karpathy, ETA))
    ));
    line(String::new());

    // The gradient check of every rule, and of one deliberate bug.
    line(format!(
        "gradient check: central differences with h = {H_CHECK:.0e}, agree below {AGREE_BELOW:.0e}"
    ));
    line(format!(
        "  {:<18} {:<10} {:<20} {:<20} {:>7}  verdict",
        "node", "at", "analytic", "numeric", "error"
    ));
    let swapped = |a: f64, b: f64| Node2 {
        value: a * b,
        da: a,
        db: b,
    };
    let two_inputs: [(&str, Rule2, (f64, f64)); 7] = [
        ("a + b", sum, (-4.0, -3.0)),
        ("a − b", difference, (-4.0, -3.0)),
        ("a·b", product, (-4.0, -3.0)),
        ("max(a, b)", max, (2.0, -1.0)),
        ("max(a, b), tie", max, (2.0, 2.0)),
        ("a·b, bug: swapped", swapped, (-4.0, -3.0)),
        ("a·b", product, (0.0, 0.0)),
    ];
    for (name, node, (a, b)) in two_inputs {
        let at = node(a, b);
        let measured = central_gradient(|x| node(x[0], x[1]).value, &[a, b], H_CHECK);
        let analytic = [at.da, at.db];
        line(check_row(
            name,
            &format!("({a}, {b})"),
            &analytic,
            &measured.gradient,
        ));
    }
    let one_input: [(&str, Rule1, f64); 3] = [
        ("3·x", |x| scale(3.0, x), 2.0),
        ("x³", |x| power(x, 3), 3.0),
        ("x⁰", |x| power(x, 0), 0.0),
    ];
    for (name, node, x) in one_input {
        let measured = central_gradient(|x| node(x[0]).value, &[x], H_CHECK);
        line(check_row(
            name,
            &format!("{x}"),
            &[node(x).dx],
            &measured.gradient,
        ));
    }
    line(String::new());

    // A product of many inputs: zeros, then the cost.
    let with_zero = [2.0, 0.0, 4.0];
    line(format!(
        "the gradient of x₀·x₁·x₂ at (2, 0, 4) is {}: no division, so no 0/0 = NaN",
        list(&product_gradient(&with_zero))
    ));
    line(String::new());
    line("the gradient of f = x₀·x₁·…·x_(N−1), N inputs near 1, in passes over the inputs:".into());
    line(
        "a call of f is one pass (the numeric gradients count theirs); product_gradient makes two"
            .into(),
    );
    line(format!(
        "  {:>5} {:>12} {:>12} {:>9} {:>20} {:>13}",
        "N", "forward N+1", "central 2N", "analytic", "central / analytic", "worst error"
    ));
    for n in [1, 10, 100, 1000] {
        let xs = inputs(n);
        let f = |x: &[f64]| x.iter().product::<f64>();
        let forward = forward_gradient(f, &xs, H_CHECK);
        let central = central_gradient(f, &xs, H_CHECK);
        let analytic = product_gradient(&xs);
        line(format!(
            "  {n:>5} {:>12} {:>12} {:>9} {:>20} {:>13.1e}",
            forward.evaluations,
            central.evaluations,
            ANALYTIC_PASSES,
            central.evaluations / ANALYTIC_PASSES,
            worst_relative_error(&analytic, &central.gradient)
        ));
    }
    out
}

/// One row of the gradient-check table.
fn check_row(name: &str, at: &str, analytic: &[f64], numeric: &[f64]) -> String {
    let error = worst_relative_error(analytic, numeric);
    let verdict = if agrees(error) { "agree" } else { "DISAGREE" };
    format!(
        "  {name:<18} {at:<10} {:<20} {:<20} {error:>7.1e}  {verdict}",
        list(analytic),
        list(numeric)
    )
}

/// Numbers as `[1.0000, -3.0000]`.
fn list(values: &[f64]) -> String {
    let items: Vec<String> = values.iter().map(|v| format!("{v:.4}")).collect();
    format!("[{}]", items.join(", "))
}

/// N inputs between 0.95 and 1.05, so that the product of a thousand of them
/// neither overflows nor vanishes.
fn inputs(n: usize) -> Vec<f64> {
    (0..n)
        .map(|i| 1.0 + ((7 * i) % 11) as f64 / 100.0 - 0.05)
        .collect()
}
