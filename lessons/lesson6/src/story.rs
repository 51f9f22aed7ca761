//! What `cargo run -p lesson6` prints: small expressions recorded on your tape,
//! drawn as tables with every node's value and gradient, then the two
//! expressions of micrograd's engine tests and a long chain.
//!
//! It is part of the program (`src/main.rs`), not of your library: a save
//! rebuilds your checks without it, and only the story's own snapshot check
//! compiles it in.
//!
//! You do not need to edit this file. Every number is printed at fixed precision
//! (four decimals), far coarser than the last-bit differences that `exp` may
//! have between machines, so the output is the same everywhere (a snapshot test
//! checks it).

use std::fmt::Write;

use lesson6::{Gradients, Op, Tape, Var};

/// The nodes of the long chain at the end of the story.
pub const CHAIN_NODES: usize = 50_000;

/// The lesson's story as text.
pub fn render() -> String {
    let mut out = String::new();
    let mut line = |text: String| writeln!(out, "{text}").unwrap();

    line("Lesson 6: backpropagation through any graph".into());
    line(String::new());

    // Karpathy's sigmoid neuron, from lesson 5, now recorded on a tape.
    line("Karpathy's neuron f = σ(a·x + b·y + c) at a = 1, x = −1, b = 2, y = 3, c = −3:".into());
    let mut tape = Tape::new();
    let a = tape.leaf(1.0);
    let x = tape.leaf(-1.0);
    let b = tape.leaf(2.0);
    let y = tape.leaf(3.0);
    let c = tape.leaf(-3.0);
    let ax = tape.mul(a, x);
    let by = tape.mul(b, y);
    let sum = tape.add(ax, by);
    let total = tape.add(sum, c);
    let f = tape.sigmoid(total);
    let names = [
        ("a", a),
        ("x", x),
        ("b", b),
        ("y", y),
        ("c", c),
        ("a·x", ax),
        ("b·y", by),
        ("sum", sum),
        ("sum + c", total),
        ("f", f),
    ];
    line(table(&tape, &tape.backward(f), &names));
    line("every input has a smaller index than its user: the tape's order is a topological".into());
    line("order, so one loop from f back to node 0 meets each node after all of its users.".into());
    line(String::new());

    // The diamond: a value used twice receives the sum of its two shares.
    line("a value used twice, b = 2·a and c = 3·b + 5·b, at a = 1.5:".into());
    let mut tape = Tape::new();
    let a = tape.leaf(1.5);
    let two = tape.leaf(2.0);
    let b = tape.mul(two, a);
    let three = tape.leaf(3.0);
    let three_b = tape.mul(three, b);
    let five = tape.leaf(5.0);
    let five_b = tape.mul(five, b);
    let c = tape.add(three_b, five_b);
    let names = [
        ("a", a),
        ("2", two),
        ("b", b),
        ("3", three),
        ("3·b", three_b),
        ("5", five),
        ("5·b", five_b),
        ("c", c),
    ];
    line(table(&tape, &tape.backward(c), &names));
    line(
        "b's two users hand it 3 and 5, and it passes on their sum: ∂c/∂a = 2·(3 + 5) = 16.".into(),
    );
    line(String::new());

    // micrograd's two engine tests (test/test_engine.py), on this tape.
    let (tape, x, y) = micrograd_sanity_check();
    let grads = tape.backward(y);
    line(format!(
        "micrograd's test_sanity_check, {} nodes: y = {:.4}, ∂y/∂x = {:.4}",
        tape.len(),
        tape.value(y),
        grads[x]
    ));
    let (tape, a, b, g) = micrograd_more_ops();
    let grads = tape.backward(g);
    line(format!(
        "micrograd's test_more_ops, {} nodes: g = {:.4}, ∂g/∂a = {:.4}, ∂g/∂b = {:.4}",
        tape.len(),
        tape.value(g),
        grads[a],
        grads[b]
    ));
    line(String::new());

    // A long chain: one loop, whatever the depth; a recursion would need a
    // stack frame per node.
    let mut tape = Tape::with_capacity(CHAIN_NODES);
    let x = tape.leaf(0.5);
    let one = tape.leaf(1.0);
    let mut y = x;
    for _ in 2..CHAIN_NODES {
        y = tape.add(y, one);
    }
    let grads = tape.backward(y);
    line(format!(
        "a chain of {} nodes, y = x + 1 + 1 + … at x = 0.5: y = {:.1}, ∂y/∂x = {:.4}, ∂y/∂1 = {:.1}",
        tape.len(),
        tape.value(y),
        grads[x],
        grads[one]
    ));
    out
}

/// The tape as a table, one row per named node, in the order given: its index,
/// its name, its operation, its inputs' indices, its value and its gradient.
pub fn table(tape: &Tape, gradients: &Gradients, names: &[(&str, Var)]) -> String {
    let mut out = format!(
        "  {:>4}  {:<7} {:<8} {:<7} {:>9} {:>10}\n",
        "node", "name", "op", "inputs", "value", "gradient"
    );
    for &(name, v) in names {
        let index = v.index();
        let (op, inputs) = describe(tape.op(v));
        writeln!(
            out,
            "  {index:>4}  {name:<7} {op:<8} {inputs:<7} {:>9.4} {:>10.4}",
            tape.value(v),
            gradients[v]
        )
        .unwrap();
    }
    out
}

/// An operation's name and its inputs' indices, as the table prints them.
fn describe(op: Op) -> (String, String) {
    let one = |name: &str, a: Var| (name.to_string(), a.index().to_string());
    let two =
        |name: &str, a: Var, b: Var| (name.to_string(), format!("{}, {}", a.index(), b.index()));
    match op {
        Op::Leaf => ("leaf".to_string(), String::new()),
        Op::Add(a, b) => two("add", a, b),
        Op::Mul(a, b) => two("mul", a, b),
        Op::Neg(a) => one("neg", a),
        Op::Pow(a, k) => (format!("pow {k}"), a.index().to_string()),
        Op::Exp(a) => one("exp", a),
        Op::Tanh(a) => one("tanh", a),
        Op::Relu(a) => one("relu", a),
        Op::Sigmoid(a) => one("sigmoid", a),
    }
}

/// micrograd's `test_sanity_check` expression at x = −4, built as micrograd
/// builds it (`2 * x` is x·2 with a leaf 2): the tape, x and y.
fn micrograd_sanity_check() -> (Tape, Var, Var) {
    let mut tape = Tape::new();
    let x = tape.leaf(-4.0);
    let two = tape.leaf(2.0);
    let two_x = tape.mul(x, two);
    let two_again = tape.leaf(2.0);
    let z = tape.add(two_x, two_again);
    let z = tape.add(z, x);
    let relu_z = tape.relu(z);
    let z_x = tape.mul(z, x);
    let q = tape.add(relu_z, z_x);
    let z_z = tape.mul(z, z);
    let h = tape.relu(z_z);
    let h_q = tape.add(h, q);
    let q_x = tape.mul(q, x);
    let y = tape.add(h_q, q_x);
    (tape, x, y)
}

/// micrograd's `test_more_ops` expression at a = −4, b = 2, built as micrograd
/// builds it: the tape, a, b and g.
fn micrograd_more_ops() -> (Tape, Var, Var, Var) {
    let mut tape = Tape::new();
    let a = tape.leaf(-4.0);
    let b = tape.leaf(2.0);
    let c = tape.add(a, b);
    let ab = tape.mul(a, b);
    let b3 = tape.pow(b, 3.0);
    let d = tape.add(ab, b3);
    // c += c + 1
    let one = tape.leaf(1.0);
    let c_1 = tape.add(c, one);
    let c = tape.add(c, c_1);
    // c += 1 + c + (−a), where 1 + c is c + 1 in micrograd
    let one = tape.leaf(1.0);
    let one_c = tape.add(c, one);
    let minus_a = tape.neg(a);
    let rest = tape.add(one_c, minus_a);
    let c = tape.add(c, rest);
    // d += d * 2 + (b + a).relu()
    let two = tape.leaf(2.0);
    let d2 = tape.mul(d, two);
    let b_a = tape.add(b, a);
    let relu = tape.relu(b_a);
    let rest = tape.add(d2, relu);
    let d = tape.add(d, rest);
    // d += 3 * d + (b − a).relu()
    let three = tape.leaf(3.0);
    let d3 = tape.mul(d, three);
    let b_minus_a = tape.sub(b, a);
    let relu = tape.relu(b_minus_a);
    let rest = tape.add(d3, relu);
    let d = tape.add(d, rest);
    // e = c − d, f = e², g = f / 2 + 10 / f
    let e = tape.sub(c, d);
    let f = tape.pow(e, 2.0);
    let two = tape.leaf(2.0);
    let half_f = tape.div(f, two);
    let ten = tape.leaf(10.0);
    let ten_over_f = tape.div(ten, f);
    let g = tape.add(half_f, ten_over_f);
    (tape, a, b, g)
}
