//! Lesson 7's training step on your lesson 6 tape: what the replay and the
//! matrices are held to.

use lesson6::{Tape, Var};
use lesson7::moons::{X, Y};
use lesson7::{SIZES, loss, score};

/// One step of micrograd's demo at `params`, recorded with your lesson 7
/// network: the tape, the parameters' leaves, the scores and the loss.
pub fn record_step(params: &[f64]) -> (Tape, Vec<Var>, Vec<Var>, Var) {
    let mut tape = Tape::new();
    let p: Vec<Var> = params.iter().map(|&v| tape.leaf(v)).collect();
    let scores: Vec<Var> = X.iter().map(|x| score(&mut tape, &SIZES, &p, x)).collect();
    let total = loss(&mut tape, &scores, &Y, &p);
    (tape, p, scores, total)
}

/// The scores of every moons point and the gradient of the loss with respect
/// to every parameter, from your lesson 7 network on your lesson 6 tape.
pub fn by_tape(params: &[f64]) -> (Vec<f64>, Vec<f64>) {
    let (tape, p, scores, total) = record_step(params);
    let grads = tape.backward(total);
    (
        scores.iter().map(|&s| tape.value(s)).collect(),
        p.iter().map(|&v| grads[v]).collect(),
    )
}
