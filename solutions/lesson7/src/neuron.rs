//! Part 1: a neuron scores a point, and a hinge says how wrong it is.
//!
//! A neuron scores a point x as b + w₀·x₀ + w₁·x₁; the line where the score is 0
//! splits the plane in two, positive on one side and negative on the other. The
//! hinge loss relu(1 − y·score) of a point labelled y (+1 or −1) is 0 when the
//! point is well on its side (y·score ≥ 1) and grows the closer it comes to the
//! line, and the further it is across it.

use lesson6::{Tape, Var};

/// A neuron's activation b + w₀·x₀ + w₁·x₁ + …, recorded on the tape.
///
/// Start from the bias and add each wᵢ·xᵢ in order, one `mul` and one `add` per
/// input, as micrograd does: `((b + w₀·x₀) + w₁·x₁) + …`.
///
/// With w = [2, −1], b = 0.5, x = [3, 4] as leaves: `neuron(..) -> ` a node
/// whose value is 0.5 + 6 − 4 = 2.5, four nodes after the leaves.
///
/// # Panics
///
/// If `w` and `x` have different lengths ("one weight per input").
pub fn neuron(tape: &mut Tape, w: &[Var], b: Var, x: &[Var]) -> Var {
    // STUB: // TODO: refuse mismatched lengths, then record b + w₀·x₀ + w₁·x₁ + … in that order.
    // STUB: todo!(
    // STUB:     "the activation of weights {w:?}, bias {b:?}, inputs {x:?} on a tape of {} nodes",
    // STUB:     tape.len()
    // STUB: )
    // BEGIN SOLUTION
    assert_eq!(
        w.len(),
        x.len(),
        "a neuron needs one weight per input: got {} weights for {} inputs",
        w.len(),
        x.len()
    );
    let mut act = b;
    for (&wi, &xi) in w.iter().zip(x) {
        let product = tape.mul(wi, xi);
        act = tape.add(act, product);
    }
    act
    // END SOLUTION
}

/// The hinge loss relu(1 − y·score) of one point with label `y` (+1 or −1),
/// recorded on the tape as micrograd records `(1 + -y*score).relu()`: a leaf
/// −y, its product with `score`, a leaf 1, their sum, and the relu: 5 nodes.
///
/// score 0.5, y = +1 -> 0.5;  score 2, y = +1 -> 0;  score 0.5, y = −1 -> 1.5
pub fn hinge(tape: &mut Tape, score: Var, y: f64) -> Var {
    // STUB: // TODO: record relu(1 + (−y)·score) with −y and 1 as leaves: 5 nodes.
    // STUB: todo!(
    // STUB:     "the hinge loss of {score:?} with label {y} on a tape of {} nodes",
    // STUB:     tape.len()
    // STUB: )
    // BEGIN SOLUTION
    let minus_y = tape.leaf(-y);
    let margin = tape.mul(minus_y, score);
    let one = tape.leaf(1.0);
    let distance = tape.add(one, margin);
    tape.relu(distance)
    // END SOLUTION
}
