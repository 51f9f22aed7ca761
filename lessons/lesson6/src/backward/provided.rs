//! Part 2's provided code: the gradients `backward` returns, and how they are
//! read (`grads.of(v)`, `grads[v]`). `src/backward.rs` declares this module.

use std::ops::Index;

use crate::tape::Var;

/// The gradient of one output with respect to every node of a tape:
/// `grads[v]` (or `grads.of(v)`) is ∂output/∂v.
#[derive(Clone, Debug, PartialEq)]
pub struct Gradients(pub(crate) Vec<f64>);

impl Gradients {
    /// ∂output/∂v, the same as `grads[v]`.
    ///
    /// # Panics
    ///
    /// If `v` was not on the tape when these gradients were computed.
    pub fn of(&self, v: Var) -> f64 {
        self[v]
    }
}

impl Index<Var> for Gradients {
    type Output = f64;

    /// ∂output/∂v.
    ///
    /// # Panics
    ///
    /// If `v` was not on the tape when these gradients were computed.
    fn index(&self, v: Var) -> &f64 {
        match self.0.get(v.0) {
            Some(gradient) => gradient,
            None => panic!(
                "{v:?} is not on the tape these gradients came from (it had {} nodes)",
                self.0.len()
            ),
        }
    }
}
