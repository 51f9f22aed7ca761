//! Provided for part 1: a [`Recording`], a step's tape kept with its inputs and
//! its output. You write [`replay`](super::replay) in `src/replay.rs`.

use lesson6::{Op, Tape, Var};

/// A computation recorded once: its tape, the leaves that are its inputs (a
/// replay sets them again; the other leaves, such as the constant 1 of a hinge,
/// keep their recorded value), and the node whose value and gradient a replay
/// computes.
#[derive(Clone, Debug)]
pub struct Recording {
    /// The tape, recorded once. A replay changes its values in place.
    pub tape: Tape,
    /// The leaves a replay sets, in the order [`replay`] takes their values.
    pub inputs: Vec<Var>,
    /// The node whose value and gradient a replay computes.
    pub output: Var,
}

impl Recording {
    /// Keeps `tape` as a recording, with `inputs` as the leaves that a replay
    /// will set and `output` as the node it computes.
    ///
    /// # Panics
    ///
    /// If `output` or an input is not on the tape ("is not on this tape"), or
    /// an input is not a leaf ("is not a leaf").
    pub fn new(tape: Tape, inputs: &[Var], output: Var) -> Recording {
        tape.op(output);
        for &input in inputs {
            assert!(
                tape.op(input) == Op::Leaf,
                "{input:?} is not a leaf: a replay sets leaves only, every other node gets its \
                 value from its op"
            );
        }
        Recording {
            tape,
            inputs: inputs.to_vec(),
            output,
        }
    }
}
