//! What `cargo run -p lesson5` prints: the lesson's story, told by your functions.
//!
//! It is part of the program (`src/main.rs`), not of your library: a save
//! rebuilds your checks without it, and only the story's own snapshot check
//! compiles it in.
//!
//! You do not need to edit this file. Every number is printed at fixed
//! precision. The circuits without a sigmoid use + − × ÷ only, which round the
//! same way on every machine, so even their gradient checks' tiny errors print
//! the same everywhere. The sigmoid's `exp` may differ in its last bit from one
//! machine to another, far below the printed digits, so for the neuron the story
//! prints the gradient check's verdict, not the error's last digits. (A snapshot
//! test checks all of it.)

use std::cell::Cell;
use std::fmt::Write;

use super::circuits;
use super::draw::render as draw;
use lesson5::circuit::{circuit_backward, circuit_forward};
use lesson5::cost::{chain_backward, chain_forward};
use lesson5::fan_out::{fan_out_backward, fan_out_forward};
use lesson5::gates::{add_backward, max_backward, mul_backward, sigmoid, sigmoid_backward};
use lesson5::neuron::{Inputs, KARPATHY, neuron_backward, neuron_forward, neuron_step};

/// The step of the central differences in the gradient checks: near ∛ε, where
/// their error is smallest (lesson 2).
pub const H_CHECK: f64 = 1e-5;

/// Below this relative error a backpropagated and a numeric gradient agree
/// (lesson 3's threshold).
pub const AGREE_BELOW: f64 = 1e-7;

/// The neuron's step, as in Karpathy's guide.
pub const STEP: f64 = 0.01;

/// The lesson's story as text.
pub fn render() -> String {
    let mut out = String::new();
    out.push_str("Lesson 5: the chain rule, or backpropagation through a circuit by hand\n\n");
    out.push_str("In every drawing the number above a wire is its value (the forward pass)\n");
    out.push_str("and the number below it is the output's gradient with respect to that wire\n");
    out.push_str("(the backward pass, which starts with 1 at the output).\n\n");
    out.push_str(&circuit());
    out.push_str(&gates());
    out.push_str(&neuron());
    out.push_str(&fan_out());
    out.push_str(&cost());
    out
}

/// Part 1: (x + y)·z at Karpathy's point.
fn circuit() -> String {
    let (x, y, z) = (-2.0, 5.0, -4.0);
    let c = circuit_forward(x, y, z);
    let g = circuit_backward(&c);
    let drawing = circuits::circuit();
    let mut s = String::new();
    let _ = writeln!(
        s,
        "Part 1: f(x, y, z) = (x + y)·z at x = {x}, y = {y}, z = {z}\n"
    );
    s.push_str(&draw(&drawing, 2));
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "forward:  q = x + y = {:.2}, then f = q·z = {:.2}",
        c.q, c.f
    );
    let _ = writeln!(
        s,
        "backward: the mul node: ∂f/∂q = z = {:.2} and ∂f/∂z = q = {:.2}",
        g.dq, g.dz
    );
    let _ = writeln!(
        s,
        "          the add node: ∂f/∂x = ∂f/∂q · ∂q/∂x = {:.2} · 1 = {:.2}, and ∂f/∂y = {:.2}",
        g.dq, g.dx, g.dy
    );
    let f = |v: &[f64]| circuit_forward(v[0], v[1], v[2]).f;
    let numeric = central_gradient(f, &[x, y, z]);
    s.push_str(&check_table(
        &["∂f/∂x", "∂f/∂y", "∂f/∂z"],
        &[g.dx, g.dy, g.dz],
        &numeric,
        true,
    ));
    s.push('\n');
    s
}

/// Part 2: every gate's backward rule, with the same upstream gradient.
fn gates() -> String {
    let upstream = 2.0;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "Part 2: the gates backward, with the gradient {upstream:.2} arriving from above\n"
    );
    let _ = writeln!(
        s,
        "  {:<11} {:<15} {:<20} gradients to the inputs",
        "gate", "inputs", "local derivatives"
    );
    let pair = |(a, b): (f64, f64)| format!("{:.2}, {:.2}", a + 0.0, b + 0.0);
    type Rule = fn(f64, f64, f64) -> (f64, f64);
    let rows: [(&str, Rule, (f64, f64)); 4] = [
        ("a + b", |_, _, u| add_backward(u), (3.0, -4.0)),
        ("a·b", mul_backward, (3.0, -4.0)),
        ("max(a, b)", max_backward, (3.0, -4.0)),
        ("max, a tie", max_backward, (2.0, 2.0)),
    ];
    for (name, rule, (a, b)) in rows {
        let _ = writeln!(
            s,
            "  {name:<11} {:<15} {:<20} {}",
            format!("a = {a}, b = {b}"),
            pair(rule(a, b, 1.0)),
            pair(rule(a, b, upstream))
        );
    }
    let t = 2.0;
    let _ = writeln!(
        s,
        "  {:<11} {:<15} {:<20} {:.4}",
        "σ(t)",
        format!("t = {t}"),
        format!("{:.4}", sigmoid_backward(t, 1.0)),
        sigmoid_backward(t, upstream)
    );
    let _ = writeln!(
        s,
        "the local derivatives are the gradients for an upstream of 1; every gate multiplies them"
    );
    let _ = writeln!(
        s,
        "by what arrives from above. σ′(t) = σ(t)·(1 − σ(t)) at the input t = 2: σ(2) = {:.6}\n",
        sigmoid(t)
    );
    s
}

/// Part 3: the neuron at Karpathy's point, and one step up its gradient.
fn neuron() -> String {
    let n = neuron_forward(KARPATHY);
    let g = neuron_backward(&n);
    let i = n.inputs;
    // The terminal has no room for the products' names.
    let drawing = circuits::neuron(["", ""]);
    let mut s = String::new();
    let _ = writeln!(
        s,
        "Part 3: the neuron σ(a·x + b·y + c) at a = {}, b = {}, c = {}, x = {}, y = {}\n",
        i.a, i.b, i.c, i.x, i.y
    );
    s.push_str(&draw(&drawing, 3));
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "out = σ(t) = σ({:.1}) = {:.6}; every wire from t back gets σ′(t) = {:.6} (the add gates",
        n.t, n.out, g.c
    );
    let _ = writeln!(
        s,
        "pass it on unchanged), and each mul gate hands it to an input times the other input."
    );
    let f = |v: &[f64]| neuron_forward(inputs(v)).out;
    let at = [i.a, i.b, i.c, i.x, i.y];
    let backprop = [g.a, g.b, g.c, g.x, g.y];
    s.push_str(&check_table(
        &["∂out/∂a", "∂out/∂b", "∂out/∂c", "∂out/∂x", "∂out/∂y"],
        &backprop,
        &central_gradient(f, &at),
        false,
    ));
    let after = neuron_step(KARPATHY, STEP);
    let moved = [after.a, after.b, after.c, after.x, after.y];
    let _ = writeln!(
        s,
        "\none step of {STEP} along the gradient moves all five inputs (each by {STEP} × its partial):"
    );
    for (name, (before, now)) in ["a", "b", "c", "x", "y"].iter().zip(at.iter().zip(&moved)) {
        let _ = writeln!(s, "  {name}: {before:>6.3} -> {now:>9.6}");
    }
    let gain: f64 = backprop.iter().map(|d| STEP * d * d).sum();
    let out_after = neuron_forward(after).out;
    let _ = writeln!(
        s,
        "out: {:.6} -> {:.6}, up by {:.6} (the gradient predicts {STEP}·Σ(∂out/∂input)² = {gain:.6})\n",
        n.out,
        out_after,
        out_after - n.out
    );
    s
}

/// Part 4: (x + y)·x, where x is used twice.
fn fan_out() -> String {
    let (x, y) = (-2.0, 5.0);
    let c = fan_out_forward(x, y);
    let (dx, dy) = fan_out_backward(&c);
    // The share of each use of x, from the gates' rules: the mul gate hands x
    // (its second input) upstream·q, and q the gradient it passes on to the add gate.
    let (dq, dx_in_product) = mul_backward(c.q, c.x, 1.0);
    let (dx_in_sum, _) = add_backward(dq);
    let drawing = circuits::fan_out();
    let mut s = String::new();
    let _ = writeln!(
        s,
        "Part 4: a value used twice, f(x, y) = (x + y)·x at x = {x}, y = {y}\n"
    );
    s.push_str(&draw(&drawing, 2));
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "x is drawn once for each use. A nudge of x travels both ways to f, so its gradient is the"
    );
    let _ = writeln!(
        s,
        "sum of the two: ∂f/∂x = {:.2} (through q) + {:.2} (into the product) = {:.2};",
        dx_in_sum + 0.0,
        dx_in_product + 0.0,
        dx_in_sum + dx_in_product
    );
    let _ = writeln!(
        s,
        "keeping only one of them (`=` where `+=` belongs) gives {:.2} or {:.2}.",
        dx_in_sum + 0.0,
        dx_in_product + 0.0
    );
    let f = |v: &[f64]| fan_out_forward(v[0], v[1]).f;
    s.push_str(&check_table(
        &["∂f/∂x", "∂f/∂y"],
        &[dx, dy],
        &central_gradient(f, &[x, y]),
        true,
    ));
    s.push('\n');
    s
}

/// Part 5: the chain of mul gates, drawn for N = 4, and its cost counted.
fn cost() -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "Part 5: the cost, counted, on the chain f = x₁·x₂·…·x_N of N − 1 mul gates\n"
    );
    // N = 4, drawn: the upstream gradient of each gate is recorded from the
    // calls of the backward rule.
    let wire = circuits::chain();
    s.push_str(&draw(&wire, 2));
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "Backward, the gradient arriving at each gate is the product of all the inputs after it"
    );
    let _ = writeln!(
        s,
        "(lesson 3's suffix products), and the gate multiplies it by the product before it.\n"
    );
    let _ = writeln!(
        s,
        "Gate runs for all N partial derivatives, counted (inputs near 1):"
    );
    let _ = writeln!(
        s,
        "  {:>5} {:>6} {:>20} {:>13} {:>11} {:>7} {:>12}",
        "N", "gates", "backprop fwd + bwd", "numeric runs", "gate runs", "ratio", "worst error"
    );
    for n in [1, 10, 100, 1000] {
        let xs = near_one(n);
        let forward_runs = Cell::new(0);
        let backward_runs = Cell::new(0);
        let products = chain_forward(&xs, |p, x| {
            forward_runs.set(forward_runs.get() + 1);
            p * x
        });
        let grad = chain_backward(&xs, &products, |p, x, upstream| {
            backward_runs.set(backward_runs.get() + 1);
            mul_backward(p, x, upstream)
        });
        // The numeric gradient runs the whole chain, counted the same way.
        let numeric_gate_runs = Cell::new(0);
        let f = |v: &[f64]| {
            let products = chain_forward(v, |p, x| {
                numeric_gate_runs.set(numeric_gate_runs.get() + 1);
                p * x
            });
            products[products.len() - 1]
        };
        let (numeric, runs) = forward_gradient(f, &xs);
        let backprop_runs = forward_runs.get() + backward_runs.get();
        let ratio = if backprop_runs == 0 {
            "-".to_string()
        } else {
            format!(
                "{:.1}",
                numeric_gate_runs.get() as f64 / backprop_runs as f64
            )
        };
        let _ = writeln!(
            s,
            "  {n:>5} {:>6} {:>20} {runs:>13} {:>11} {ratio:>7} {:>12.1e}",
            n - 1,
            format!(
                "{} + {} = {backprop_runs}",
                forward_runs.get(),
                backward_runs.get()
            ),
            numeric_gate_runs.get(),
            worst_relative_error(&grad, &numeric)
        );
    }
    let _ = writeln!(
        s,
        "backprop: one run of each gate forward and one of its backward rule, for all N partials;"
    );
    let _ = writeln!(
        s,
        "the numeric gradient (forward differences, h = {H_CHECK:.0e}) runs the whole chain N + 1 times."
    );
    s
}

/// Five numbers as the neuron's inputs, in the order a, b, c, x, y.
fn inputs(v: &[f64]) -> Inputs {
    Inputs {
        a: v[0],
        b: v[1],
        c: v[2],
        x: v[3],
        y: v[4],
    }
}

/// N inputs between 0.95 and 1.05, so that the product of a thousand of them
/// neither overflows nor vanishes.
fn near_one(n: usize) -> Vec<f64> {
    (0..n)
        .map(|i| 1.0 + ((7 * i) % 11) as f64 / 100.0 - 0.05)
        .collect()
}

/// The gradient of f at `at` by central differences with step [`H_CHECK`].
fn central_gradient(f: impl Fn(&[f64]) -> f64, at: &[f64]) -> Vec<f64> {
    let mut point = at.to_vec();
    (0..at.len())
        .map(|i| {
            point[i] = at[i] + H_CHECK;
            let up = f(&point);
            point[i] = at[i] - H_CHECK;
            let down = f(&point);
            point[i] = at[i];
            (up - down) / (2.0 * H_CHECK)
        })
        .collect()
}

/// The gradient of f at `at` by forward differences with step [`H_CHECK`],
/// and how many times f ran: once at `at`, then once per input.
fn forward_gradient(f: impl Fn(&[f64]) -> f64, at: &[f64]) -> (Vec<f64>, usize) {
    let runs = Cell::new(0);
    let f = |point: &[f64]| {
        runs.set(runs.get() + 1);
        f(point)
    };
    let at_start = f(at);
    let mut point = at.to_vec();
    let gradient = (0..at.len())
        .map(|i| {
            point[i] = at[i] + H_CHECK;
            let up = f(&point);
            point[i] = at[i];
            (up - at_start) / H_CHECK
        })
        .collect();
    (gradient, runs.get())
}

/// |a − n| / max(|a|, |n|), 0 when both are 0 (lesson 3's relative error).
fn relative_error(a: f64, n: f64) -> f64 {
    let larger = a.abs().max(n.abs());
    if larger == 0.0 {
        0.0
    } else {
        (a - n).abs() / larger
    }
}

/// The largest relative error over all partials.
fn worst_relative_error(backprop: &[f64], numeric: &[f64]) -> f64 {
    backprop
        .iter()
        .zip(numeric)
        .map(|(&a, &n)| relative_error(a, n))
        .fold(0.0, f64::max)
}

/// The gradient check as a table: each partial, backpropagated and measured.
/// With `show_error`, the relative error itself; otherwise only the verdict.
fn check_table(names: &[&str], backprop: &[f64], numeric: &[f64], show_error: bool) -> String {
    let mut s = format!(
        "gradient check against central differences (h = {H_CHECK:.0e}; agree below {AGREE_BELOW:.0e}):\n"
    );
    for ((name, &a), &n) in names.iter().zip(backprop).zip(numeric) {
        let error = relative_error(a, n);
        let agree = error < AGREE_BELOW;
        let verdict = if agree { "agree" } else { "DISAGREE" };
        let shown = if agree && !show_error {
            format!("relative error below {AGREE_BELOW:.0e}")
        } else {
            format!("relative error {error:.1e}")
        };
        let _ = writeln!(
            s,
            "  {name:<8} backprop {:>10.6}  numeric {:>10.6}  {shown}  {verdict}",
            a + 0.0,
            n + 0.0
        );
    }
    s
}
