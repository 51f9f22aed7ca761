//! Part 1's provided code: the types of the tape, and the methods you do not
//! write. `src/tape.rs` declares this module and writes the rest of `Tape`.

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
}

/// The refusal of [`Tape::node`], in a function of its own.
#[cold]
#[inline(never)]
fn not_on_tape(v: Var, len: usize) -> ! {
    panic!("{v:?} is not on this tape (it has {len} nodes): a Var belongs to the tape that made it")
}
