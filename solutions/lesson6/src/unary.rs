//! Part 3: operations of one input and their local derivatives.
//!
//! Each operation records its node and value like `add` and `mul` do, and
//! [`local_derivative`] says how fast its value moves with its input:
//! `backward` multiplies that by the node's gradient and adds the product into
//! the input's gradient. Write each operation's value and its derivative side
//! by side: `out` is the node's own value, `a` its input's.

use crate::tape::{Op, Tape, Var};

impl Tape {
    /// Records −a.
    ///
    /// With a = 3 on the tape: `tape.neg(a)` is a new node, `Op::Neg(a)`, value −3.
    ///
    /// # Panics
    ///
    /// If `a` is not on this tape.
    pub fn neg(&mut self, a: Var) -> Var {
        // STUB: // TODO: record Op::Neg(a) with the value −a.
        // STUB: todo!("record −{a:?}")
        // BEGIN SOLUTION
        let value = -self.value(a);
        self.push(Op::Neg(a), value)
        // END SOLUTION
    }

    /// Records aᵏ, for a fixed number k.
    ///
    /// With a = 3 on the tape: `tape.pow(a, 2.0)` is a new node, `Op::Pow(a, 2.0)`,
    /// value 9. Use `f64::powf`.
    ///
    /// # Panics
    ///
    /// If `k` is not finite ("the exponent of pow must be finite"), or if `a` is
    /// not on this tape.
    pub fn pow(&mut self, a: Var, k: f64) -> Var {
        // STUB: // TODO: refuse an exponent that is not finite, then record Op::Pow(a, k) with the value aᵏ.
        // STUB: todo!("record {a:?} to the power {k}")
        // BEGIN SOLUTION
        assert!(k.is_finite(), "the exponent of pow must be finite, got {k}");
        let value = self.value(a).powf(k);
        self.push(Op::Pow(a, k), value)
        // END SOLUTION
    }

    /// Records eᵃ.
    ///
    /// With a = 0 on the tape: `tape.exp(a)` is a new node, `Op::Exp(a)`, value 1.
    ///
    /// # Panics
    ///
    /// If `a` is not on this tape.
    pub fn exp(&mut self, a: Var) -> Var {
        // STUB: // TODO: record Op::Exp(a) with the value eᵃ.
        // STUB: todo!("record e to the power {a:?}")
        // BEGIN SOLUTION
        let value = self.value(a).exp();
        self.push(Op::Exp(a), value)
        // END SOLUTION
    }

    /// Records tanh(a).
    ///
    /// With a = 0 on the tape: `tape.tanh(a)` is a new node, `Op::Tanh(a)`, value 0.
    ///
    /// # Panics
    ///
    /// If `a` is not on this tape.
    pub fn tanh(&mut self, a: Var) -> Var {
        // STUB: // TODO: record Op::Tanh(a) with the value tanh(a).
        // STUB: todo!("record tanh({a:?})")
        // BEGIN SOLUTION
        let value = self.value(a).tanh();
        self.push(Op::Tanh(a), value)
        // END SOLUTION
    }

    /// Records relu(a): a where a is positive, 0 where it is not (as micrograd:
    /// `0 if a < 0 else a`).
    ///
    /// With a = −2 on the tape: `tape.relu(a)` is a new node, `Op::Relu(a)`, value 0.
    ///
    /// # Panics
    ///
    /// If `a` is not on this tape.
    #[inline]
    pub fn relu(&mut self, a: Var) -> Var {
        // STUB: // TODO: record Op::Relu(a) with the value a, or 0 where a < 0.
        // STUB: todo!("record relu({a:?})")
        // BEGIN SOLUTION
        let a_value = self.value(a);
        let value = if a_value < 0.0 { 0.0 } else { a_value };
        self.push(Op::Relu(a), value)
        // END SOLUTION
    }

    /// Records σ(a) = 1 / (1 + e⁻ᵃ).
    ///
    /// With a = 0 on the tape: `tape.sigmoid(a)` is a new node, `Op::Sigmoid(a)`,
    /// value 0.5.
    ///
    /// # Panics
    ///
    /// If `a` is not on this tape.
    pub fn sigmoid(&mut self, a: Var) -> Var {
        // STUB: // TODO: record Op::Sigmoid(a) with the value 1 / (1 + e⁻ᵃ).
        // STUB: todo!("record sigmoid({a:?})")
        // BEGIN SOLUTION
        let value = 1.0 / (1.0 + (-self.value(a)).exp());
        self.push(Op::Sigmoid(a), value)
        // END SOLUTION
    }
}

/// ∂out/∂a for a node made by `op` from one input: `a` is the input's value and
/// `out` the node's own. `backward` multiplies it by the node's gradient before
/// adding it into the input's.
///
/// `Neg`: −1. `Pow(_, k)`: k·aᵏ⁻¹. `Exp`: eᵃ, which is `out`. `Tanh`: 1 − out².
/// `Relu`: 1 where out > 0, else 0 (also at exactly 0, as micrograd).
/// `Sigmoid`: out·(1 − out).
///
/// For tanh at a = 0.5, out = 0.4621:
/// `local_derivative(Op::Tanh(input), 0.5, 0.4621) -> 0.7864` (= 1 − 0.4621²).
///
/// It reads nothing but its arguments (the `Var` inside `op` plays no part).
/// Only `backward` calls it, and only for these six operations: a leaf, an add
/// or a mul has no single input, and `backward` handles them itself.
// STUB: // Unused until you write `backward` (part 2), which calls it.
// STUB: #[allow(dead_code)]
#[inline]
pub(crate) fn local_derivative(op: Op, a: f64, out: f64) -> f64 {
    // STUB: // TODO: ∂out/∂a for each one-input operation, from out or from a.
    // STUB: todo!("the local derivative of {op:?} at a = {a}, out = {out}")
    // BEGIN SOLUTION
    match op {
        Op::Neg(_) => -1.0,
        Op::Pow(_, k) => k * a.powf(k - 1.0),
        Op::Exp(_) => out,
        Op::Tanh(_) => 1.0 - out * out,
        Op::Relu(_) => {
            if out > 0.0 {
                1.0
            } else {
                0.0
            }
        }
        Op::Sigmoid(_) => out * (1.0 - out),
        Op::Leaf | Op::Add(..) | Op::Mul(..) => {
            unreachable!("backward handles {op:?} itself: it has no single input")
        }
    }
    // END SOLUTION
}
