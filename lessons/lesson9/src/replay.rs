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

#[allow(unused_imports)] // You will need `Op` in `replay`.
use lesson6::Op;

// The type `Recording` is provided, in src/replay/provided.rs.
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
    // TODO: set the input leaves, recompute every node's value in tape order, then one backward from the output.
    todo!(
        "replay a tape of {} nodes with the inputs {inputs:?}",
        recording.tape.len()
    )
}
