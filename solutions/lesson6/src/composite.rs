//! Part 4: subtraction and division from the others, and proof it all works.
//!
//! a − b is a + (−b) and a / b is a·b⁻¹. Built from recorded operations, they
//! need no backward code of their own: `backward` already knows every node they
//! leave on the tape. (micrograd builds them the same way, so its tests run
//! unchanged on your tape.)

use crate::tape::{Tape, Var};

impl Tape {
    /// Records a − b as a + (−b): two new nodes, `Op::Neg(b)` and then
    /// `Op::Add(a, that)`.
    ///
    /// With a = 5, b = 3 on the tape: `tape.sub(a, b)` has value 2.
    ///
    /// # Panics
    ///
    /// If `a` or `b` is not on this tape.
    pub fn sub(&mut self, a: Var, b: Var) -> Var {
        // STUB: // TODO: record a + (−b) with the operations you have.
        // STUB: todo!("record {a:?} − {b:?}")
        // BEGIN SOLUTION
        let minus_b = self.neg(b);
        self.add(a, minus_b)
        // END SOLUTION
    }

    /// Records a / b as a·b⁻¹: two new nodes, `Op::Pow(b, -1.0)` and then
    /// `Op::Mul(a, that)`.
    ///
    /// With a = 6, b = 3 on the tape: `tape.div(a, b)` has value 2.
    ///
    /// # Panics
    ///
    /// If `a` or `b` is not on this tape.
    pub fn div(&mut self, a: Var, b: Var) -> Var {
        // STUB: // TODO: record a·b⁻¹ with the operations you have.
        // STUB: todo!("record {a:?} / {b:?}")
        // BEGIN SOLUTION
        let inverse_b = self.pow(b, -1.0);
        self.mul(a, inverse_b)
        // END SOLUTION
    }
}
