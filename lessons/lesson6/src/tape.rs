//! Part 1: the tape records every operation.
//!
//! A tape is a `Vec` of nodes in the order they were made. A node holds what
//! made it (an [`Op`]: a leaf, or an operation and the `Var`s of its inputs)
//! and the value it computed. A [`Var`] is a node's index: a plain number,
//! `Copy`, with no pointer and no borrow. An operation's inputs exist before
//! the operation does, so every node comes after its inputs on the tape.
//!
//! Some methods are marked `#[inline]`: leave the marks where they are (lessons 7
//! to 10 call these methods across crates, many times a step).
//!
//! The types (`Var`, `Op`, `Tape` and its nodes) and the methods you do not
//! write are provided in `src/tape/provided.rs`.

mod provided;
pub use provided::{Op, Tape, Var};

impl Tape {
    /// Appends a node and returns its handle: its index, which is the length of
    /// the tape before the push.
    ///
    /// On an empty tape: `tape.push(Op::Leaf, 2.0) -> Var(0)`, then
    /// `tape.push(Op::Leaf, 5.0) -> Var(1)`.
    // Unused until you write `leaf`, `add` and `mul`, which call it.
    #[allow(dead_code)]
    #[inline]
    pub(crate) fn push(&mut self, op: Op, value: f64) -> Var {
        // TODO: remember the index the node will have, push the node, return its Var.
        todo!("push {op:?} with value {value} as the next node")
    }

    /// Records a number given from outside (an input, a weight, a constant).
    ///
    /// On an empty tape: `tape.leaf(2.0) -> Var(0)`, and `tape.value(Var(0)) -> 2.0`.
    #[inline]
    pub fn leaf(&mut self, value: f64) -> Var {
        // TODO: record a leaf node holding the value.
        todo!("record a leaf holding {value}")
    }

    /// The value node `v` holds.
    ///
    /// `tape.value(tape.leaf(2.0)) -> 2.0`
    ///
    /// # Panics
    ///
    /// If `v` is not on this tape ("is not on this tape"): read it through
    /// [`Tape::node`], which refuses it for you.
    #[inline]
    pub fn value(&self, v: Var) -> f64 {
        // TODO: the value stored in node v, read through self.node(v).
        todo!("the value of node {v:?}")
    }

    /// Records a + b.
    ///
    /// With a = 2, b = −3 on the tape: `tape.add(a, b)` is a new node,
    /// `Op::Add(a, b)`, whose value is −1.
    ///
    /// # Panics
    ///
    /// If `a` or `b` is not on this tape (read them with [`Tape::value`]).
    #[inline]
    pub fn add(&mut self, a: Var, b: Var) -> Var {
        // TODO: record Op::Add(a, b) with the value a + b.
        todo!("record {a:?} + {b:?}")
    }

    /// Records a·b.
    ///
    /// With a = 2, b = −3 on the tape: `tape.mul(a, b)` is a new node,
    /// `Op::Mul(a, b)`, whose value is −6.
    ///
    /// # Panics
    ///
    /// If `a` or `b` is not on this tape (read them with [`Tape::value`]).
    #[inline]
    pub fn mul(&mut self, a: Var, b: Var) -> Var {
        // TODO: record Op::Mul(a, b) with the value a·b.
        todo!("record {a:?} · {b:?}")
    }

    /// Records the sum of `terms`, adding them in order: ((t₀ + t₁) + t₂) + …,
    /// one new `Op::Add` node per term after the first. It starts from t₀
    /// itself, not from 0, and adds t₀ once. One term is its own sum: no new
    /// node. A network's neurons need it. (Python's `sum` starts from 0: a
    /// caller who wants micrograd's graph node for node, as lesson 7's loss
    /// does, passes a leaf 0 as the first term; `sum` itself records no 0.)
    ///
    /// With t₀ = 0.1, t₁ = 0.2, t₂ = 0.3 on the tape: `tape.sum(&[t0, t1, t2])`
    /// records `Op::Add(t0, t1)` (0.30000000000000004), then `Op::Add(that, t2)`,
    /// value 0.6000000000000001 (in this order, to the last bit).
    ///
    /// # Panics
    ///
    /// If `terms` is empty ("sum needs at least one term"); and, through `add`,
    /// if a term it adds is not on this tape.
    pub fn sum(&mut self, terms: &[Var]) -> Var {
        // TODO: refuse no terms; otherwise add the terms one after another, in order.
        todo!("record the sum of {terms:?}")
    }
}
