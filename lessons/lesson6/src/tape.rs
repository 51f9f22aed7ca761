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

/// A handle to a node on a [`Tape`]: its index there, 0 for the first node.
///
/// A `Var` is a plain number you can copy and keep. It means something only on
/// the tape that made it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Var(pub(crate) usize);

impl Var {
    /// The node's position on its tape: 0 for the first node recorded.
    pub fn index(self) -> usize {
        self.0
    }
}

/// What made a node: a leaf, or an operation and its inputs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    /// A number given from outside: an input, a weight, a constant.
    Leaf,
    /// a + b.
    Add(Var, Var),
    /// a·b.
    Mul(Var, Var),
    /// −a.
    Neg(Var),
    /// aᵏ, for a fixed number k.
    Pow(Var, f64),
    /// eᵃ.
    Exp(Var),
    /// tanh(a).
    Tanh(Var),
    /// relu(a) = max(a, 0).
    Relu(Var),
    /// σ(a) = 1 / (1 + e⁻ᵃ).
    Sigmoid(Var),
}

/// One recorded operation and the value it computed: 32 bytes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Node {
    pub(crate) op: Op,
    pub(crate) value: f64,
}

/// The record of a computation: every node, in the order it was made.
#[derive(Clone, Debug, Default)]
pub struct Tape {
    pub(crate) nodes: Vec<Node>,
}

impl Tape {
    /// An empty tape.
    pub fn new() -> Tape {
        Tape { nodes: Vec::new() }
    }

    /// An empty tape with room for `nodes` nodes before it allocates again.
    pub fn with_capacity(nodes: usize) -> Tape {
        Tape {
            nodes: Vec::with_capacity(nodes),
        }
    }

    /// How many nodes the tape holds.
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// Whether the tape holds no node.
    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// Forgets every node but keeps the memory, for the next training step.
    /// The `Var`s made before are no longer valid.
    pub fn clear(&mut self) {
        self.nodes.clear();
    }

    /// What made node `v`.
    ///
    /// # Panics
    ///
    /// If `v` is not on this tape (as [`Tape::node`] says).
    #[inline]
    pub fn op(&self, v: Var) -> Op {
        self.node(v).op
    }

    /// The handle of every node, in tape order: `Var(0)`, `Var(1)`, … up to the
    /// last node. It is a plain range of numbers that does not borrow the tape,
    /// so the loop that walks it may change the values it meets.
    ///
    /// On a tape of 3 nodes: `tape.vars()` yields `Var(0)`, `Var(1)`, `Var(2)`.
    #[inline]
    pub fn vars(&self) -> impl Iterator<Item = Var> + use<> {
        (0..self.nodes.len()).map(Var)
    }

    /// Overwrites the value node `v` holds and keeps what made it. Lesson 9's
    /// replay sets the new values of its input leaves with it, then recomputes
    /// every later node's value in place, in tape order. Nothing else changes:
    /// the nodes that used `v` keep their old values until they are recomputed.
    ///
    /// `let x = tape.leaf(2.0); tape.set_value(x, 5.0); tape.value(x) -> 5.0`
    ///
    /// # Panics
    ///
    /// If `v` is not on this tape ("is not on this tape").
    #[inline]
    pub fn set_value(&mut self, v: Var, value: f64) {
        let len = self.nodes.len();
        match self.nodes.get_mut(v.0) {
            Some(node) => node.value = value,
            None => not_on_tape(v, len),
        }
    }

    /// Node `v` itself: read every node through here, so that a `Var` from
    /// another tape is refused with a clear message.
    ///
    /// # Panics
    ///
    /// If `v` is not on this tape: "Var(7) is not on this tape (it has 3 nodes)".
    #[inline]
    pub(crate) fn node(&self, v: Var) -> &Node {
        let nodes: &[Node] = &self.nodes;
        if v.0 < nodes.len() {
            &nodes[v.0]
        } else {
            not_on_tape(v, nodes.len())
        }
    }

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

/// The refusal of [`Tape::node`], in a function of its own.
#[cold]
#[inline(never)]
fn not_on_tape(v: Var, len: usize) -> ! {
    panic!("{v:?} is not on this tape (it has {len} nodes): a Var belongs to the tape that made it")
}
