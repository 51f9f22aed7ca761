//! Part 1: record once, replay.
//!
//! Lesson 7 records a new tape at every training step, yet every step records
//! the same operations in the same order: only the numbers in the leaves
//! change. relu is a node of the graph, not an `if` of the program, so even the
//! points where it cuts off do not change the graph's shape. A [`Recording`]
//! keeps the tape of one step; [`replay`] sets new values in its input leaves,
//! recomputes every other node's value in place, in tape order, and runs
//! backward over the same tape: no node is recorded again, and the code that
//! built the graph does not run. This is what CppAD and ADOL-C call taping, and
//! what JAX's tracing does. It cannot serve a computation whose graph depends on
//! its values (an `if` on a value): a replay follows the branch that was
//! recorded.

// STUB: #[allow(unused_imports)] // You will need `Op` in `replay`.
use lesson6::Op;

// The type `Recording` is provided, in src/replay/provided.rs.
// BEGIN SOLUTION
#[path = "../../../lessons/lesson9/src/replay/provided.rs"]
// END SOLUTION
mod provided;
pub use provided::Recording;

/// Runs `recording` again with `inputs` as the new values of its input leaves:
/// the output's value and the gradient of the output with respect to each
/// input, in the order of `recording.inputs`.
///
/// Set each input leaf's new value (`tape.set_value`). Then one loop over the
/// tape in order (`tape.vars()`), the mirror of lesson 6's `backward`: match
/// each node's op and set its value from its inputs' values, computed exactly as
/// lesson 6's `add`, `mul`, `neg`, `pow`, `exp`, `tanh`, `relu` and `sigmoid`
/// compute theirs (a leaf keeps its value). Every input of a node comes before
/// it, so it has its new value already. Then one `backward` from the output.
/// Nothing is recorded: the tape keeps its length.
///
/// Recorded: x·y + x at x = 2, y = 3 (inputs x, y).
/// `replay(&mut recording, &[4.0, 5.0]) -> (24.0, vec![6.0, 4.0])`.
///
/// # Panics
///
/// If `inputs` does not hold one value per input of the recording ("input
/// values").
pub fn replay(recording: &mut Recording, inputs: &[f64]) -> (f64, Vec<f64>) {
    // STUB: // TODO: set the input leaves, recompute every node's value in tape order, then one backward from the output.
    // STUB: todo!(
    // STUB:     "replay a tape of {} nodes with the inputs {inputs:?}",
    // STUB:     recording.tape.len()
    // STUB: )
    // BEGIN SOLUTION
    assert_eq!(
        inputs.len(),
        recording.inputs.len(),
        "this recording has {} inputs: a replay needs that many input values, got {}",
        recording.inputs.len(),
        inputs.len()
    );
    let tape = &mut recording.tape;
    for (&input, &value) in recording.inputs.iter().zip(inputs) {
        tape.set_value(input, value);
    }
    for v in tape.vars() {
        let value = match tape.op(v) {
            Op::Leaf => continue,
            Op::Add(a, b) => tape.value(a) + tape.value(b),
            Op::Mul(a, b) => tape.value(a) * tape.value(b),
            Op::Neg(a) => -tape.value(a),
            Op::Pow(a, k) => tape.value(a).powf(k),
            Op::Exp(a) => tape.value(a).exp(),
            Op::Tanh(a) => tape.value(a).tanh(),
            Op::Relu(a) => {
                let a_value = tape.value(a);
                if a_value < 0.0 { 0.0 } else { a_value }
            }
            Op::Sigmoid(a) => 1.0 / (1.0 + (-tape.value(a)).exp()),
        };
        tape.set_value(v, value);
    }
    let grads = tape.backward(recording.output);
    let gradient = recording.inputs.iter().map(|&v| grads[v]).collect();
    (tape.value(recording.output), gradient)
    // END SOLUTION
}
