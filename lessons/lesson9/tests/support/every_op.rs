//! A function that uses every operation of lesson 6, recorded on your tape.

use lesson6::{Tape, Var};

/// Records f(x, y, z) = relu(x·y + 1) + tanh(x)·e^(−z) + σ(y)·z² − 1/x on a
/// fresh tape at the given inputs: every operation of lesson 6, and two
/// constants (1 and the 1 of the relu) that a replay must keep.
pub fn record_every_op(at: [f64; 3]) -> (Tape, Vec<Var>, Var) {
    let mut tape = Tape::new();
    let [x, y, z] = at.map(|v| tape.leaf(v));
    let xy = tape.mul(x, y);
    let one = tape.leaf(1.0);
    let shifted = tape.add(xy, one);
    let kinked = tape.relu(shifted);
    let t = tape.tanh(x);
    let minus_z = tape.neg(z);
    let e = tape.exp(minus_z);
    let te = tape.mul(t, e);
    let s = tape.sigmoid(y);
    let z2 = tape.pow(z, 2.0);
    let sz = tape.mul(s, z2);
    let inverse = tape.pow(x, -1.0);
    let sum = tape.sum(&[kinked, te, sz]);
    let f = tape.sub(sum, inverse);
    (tape, vec![x, y, z], f)
}

/// The value of f and its gradient with respect to the inputs, from a fresh
/// recording: what a replay must give.
pub fn fresh(at: [f64; 3]) -> (f64, Vec<f64>) {
    let (tape, inputs, f) = record_every_op(at);
    let grads = tape.backward(f);
    (tape.value(f), inputs.iter().map(|&v| grads[v]).collect())
}
