//! The story's four circuits as wires, computed by your forward and backward
//! passes: the story draws them in the terminal, the pictures as SVG files.
//!
//! You do not need to edit this file.

use super::draw::Wire;
use lesson5::circuit::{circuit_backward, circuit_forward};
use lesson5::cost::{chain_backward, chain_forward};
use lesson5::fan_out::{fan_out_backward, fan_out_forward};
use lesson5::gates::{add_backward, mul_backward};
use lesson5::neuron::{KARPATHY, neuron_backward, neuron_forward};

/// Part 1's circuit, (x + y)·z at Karpathy's point x = −2, y = 5, z = −4.
pub fn circuit() -> Wire {
    let c = circuit_forward(-2.0, 5.0, -4.0);
    let g = circuit_backward(&c);
    let q = Wire::gate(
        '+',
        vec![Wire::input("x", c.x, g.dx), Wire::input("y", c.y, g.dy)],
        "q",
        c.q,
        g.dq,
    );
    Wire::gate('×', vec![q, Wire::input("z", c.z, g.dz)], "f", c.f, 1.0)
}

/// Part 3's neuron at Karpathy's point, its two products named `products`
/// (the terminal has no room for names, a picture has).
pub fn neuron(products: [&str; 2]) -> Wire {
    let n = neuron_forward(KARPATHY);
    let g = neuron_backward(&n);
    let i = n.inputs;
    // A weight times a datum: every wire after the sigmoid gets σ′(t) = g.c.
    let product =
        |w: Wire, d: Wire, name: &str, value: f64| Wire::gate('×', vec![w, d], name, value, g.c);
    let (a, x) = (Wire::input("a", i.a, g.a), Wire::input("x", i.x, g.x));
    let (b, y) = (Wire::input("b", i.b, g.b), Wire::input("y", i.y, g.y));
    let ax = product(a, x, products[0], n.ax);
    let by = product(b, y, products[1], n.by);
    let sum = Wire::gate('+', vec![ax, by], "", n.sum, g.c);
    let t = Wire::gate('+', vec![sum, Wire::input("c", i.c, g.c)], "t", n.t, g.c);
    Wire::gate('σ', vec![t], "out", n.out, 1.0)
}

/// Part 4's circuit, (x + y)·x at x = −2, y = 5: x drawn once for each use,
/// each with the gradient that use sends back.
pub fn fan_out() -> Wire {
    let c = fan_out_forward(-2.0, 5.0);
    let (_, dy) = fan_out_backward(&c);
    // The share of each use of x, from the gates' rules: the mul gate hands x
    // (its second input) upstream·q, and q the gradient it passes on to the add gate.
    let (dq, dx_in_product) = mul_backward(c.q, c.x, 1.0);
    let (dx_in_sum, _) = add_backward(dq);
    let q = Wire::gate(
        '+',
        vec![Wire::input("x", c.x, dx_in_sum), Wire::input("y", c.y, dy)],
        "q",
        c.q,
        dq,
    );
    Wire::gate(
        '×',
        vec![q, Wire::input("x", c.x, dx_in_product)],
        "f",
        c.f,
        1.0,
    )
}

/// Part 5's chain of mul gates for N = 4, at 2, 3, −1, 0.5, each gate with the
/// upstream gradient the backward rule was called with.
pub fn chain() -> Wire {
    let xs = [2.0, 3.0, -1.0, 0.5];
    let products = chain_forward(&xs, |p, x| p * x);
    let upstreams = std::cell::RefCell::new(Vec::new());
    let grad = chain_backward(&xs, &products, |p, x, upstream| {
        upstreams.borrow_mut().push(upstream);
        mul_backward(p, x, upstream)
    });
    // Recorded from the last gate down: ∂f/∂p₄ = 1, then ∂f/∂p₃, ∂f/∂p₂.
    let upstreams = upstreams.into_inner();
    let names = ["x₁", "x₂", "x₃", "x₄"];
    let gate_names = ["p₂", "p₃", "f"];
    let mut wire = Wire::input(names[0], xs[0], grad[0]);
    for i in 1..xs.len() {
        let upstream = upstreams.get(xs.len() - 1 - i).copied().unwrap_or(f64::NAN);
        wire = Wire::gate(
            '×',
            vec![wire, Wire::input(names[i], xs[i], grad[i])],
            gate_names[i - 1],
            products[i],
            upstream,
        );
    }
    wire
}
