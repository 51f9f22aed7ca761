//! Part 1: record once, replay.
//!
//! Lesson 7 records a new tape at every training step, yet every step records
//! the same operations in the same order: only the numbers in the leaves
//! change. relu is a node of the graph, not an `if` of the program, so even the
//! points where it cuts off do not change the graph's shape. A [`Recording`]
//! keeps a step's operations once; [`replay`] runs them again, forward and then
//! backward, from new values of the inputs, without running the code that
//! built them. This is what CppAD and ADOL-C call taping, and what JAX's tracing
//! does. It cannot serve a computation whose graph depends on its values (an
//! `if` on a value): a replay follows the branch that was recorded.

use lesson6::{Op, Tape, Var};

/// A computation recorded once: what made every node up to the output, the
/// value every leaf was recorded with, and which leaves are the inputs that a
/// replay sets again (the others, such as the constant 1 of a hinge, keep their
/// recorded value).
#[derive(Clone, Debug)]
pub struct Recording {
    /// What made node i, for every node from 0 to the output, in tape order.
    pub ops: Vec<Op>,
    /// The value node i was recorded with (a replay reads it for the leaves).
    pub values: Vec<f64>,
    /// The leaves a replay sets, in the order [`replay`] takes their values.
    pub inputs: Vec<Var>,
    /// The node whose value and gradient a replay computes.
    pub output: Var,
}

impl Recording {
    /// Keeps what `tape` recorded up to `output`, with `inputs` as the leaves
    /// that a replay will set.
    ///
    /// # Panics
    ///
    /// If `output` or an input is not on the tape, or an input is not a leaf
    /// ("is not a leaf").
    pub fn new(tape: &Tape, inputs: &[Var], output: Var) -> Recording {
        // A Var is its node's index, and lesson 6 hands one out only for a node
        // it records: a scratch tape of leaves gives Var(0), Var(1), … in turn,
        // one for every node of `tape` up to the output.
        let mut handles = Tape::new();
        let (mut ops, mut values) = (Vec::new(), Vec::new());
        for _ in 0..=output.index() {
            let v = handles.leaf(0.0);
            ops.push(tape.op(v));
            values.push(tape.value(v));
        }
        for &input in inputs {
            assert!(
                input.index() <= output.index() && ops[input.index()] == Op::Leaf,
                "{input:?} is not a leaf recorded before the output: a replay sets leaves only"
            );
        }
        Recording {
            ops,
            values,
            inputs: inputs.to_vec(),
            output,
        }
    }
}

/// Runs `recording` again on `tape` with `inputs` as the new values of its
/// input leaves: the output's value and the gradient of the output with
/// respect to each input, in the order of `recording.inputs`.
///
/// Clear the tape, then record every op of the recording again in order (a
/// leaf with its new value if it is an input, with its recorded value if not):
/// node i lands at index i again, so the `Var`s inside the ops name the same
/// nodes as when they were recorded. Then one backward from the output.
///
/// Recorded: x·y + x at x = 2, y = 3 (inputs x, y).
/// `replay(&recording, &mut tape, &[4.0, 5.0]) -> (24.0, vec![6.0, 4.0])`.
///
/// # Panics
///
/// If `inputs` does not hold one value per input of the recording ("input
/// values").
pub fn replay(recording: &Recording, tape: &mut Tape, inputs: &[f64]) -> (f64, Vec<f64>) {
    assert_eq!(
        inputs.len(),
        recording.inputs.len(),
        "this recording has {} inputs: a replay needs that many input values, got {}",
        recording.inputs.len(),
        inputs.len()
    );
    let mut leaves = recording.values.clone();
    for (&input, &value) in recording.inputs.iter().zip(inputs) {
        leaves[input.index()] = value;
    }
    tape.clear();
    for (i, &op) in recording.ops.iter().enumerate() {
        match op {
            Op::Leaf => tape.leaf(leaves[i]),
            Op::Add(a, b) => tape.add(a, b),
            Op::Mul(a, b) => tape.mul(a, b),
            Op::Neg(a) => tape.neg(a),
            Op::Pow(a, k) => tape.pow(a, k),
            Op::Exp(a) => tape.exp(a),
            Op::Tanh(a) => tape.tanh(a),
            Op::Relu(a) => tape.relu(a),
            Op::Sigmoid(a) => tape.sigmoid(a),
        };
    }
    let grads = tape.backward(recording.output);
    let gradient = recording.inputs.iter().map(|&v| grads[v]).collect();
    (tape.value(recording.output), gradient)
}
