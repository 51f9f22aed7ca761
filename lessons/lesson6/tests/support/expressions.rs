//! Random expressions for part 4's check against central differences: a seeded
//! generator, a plain evaluation in f64 (no tape involved), and the same
//! expression recorded on the tape under test.

use lesson6::{Tape, Var};
use rand::RngExt;
use rand::rngs::ChaCha8Rng;

/// One operation of a random expression, on earlier values by index: the leaves
/// are values 0, 1, 2, and step k makes value 3 + k.
#[derive(Clone, Copy, Debug)]
pub enum Step {
    Add(usize, usize),
    Mul(usize, usize),
    Sub(usize, usize),
    Div(usize, usize),
    Neg(usize),
    Pow(usize, f64),
    Exp(usize),
    Tanh(usize),
    Relu(usize),
    Sigmoid(usize),
}

/// Every value of the expression at `leaves`, in plain f64: no tape involved.
pub fn evaluate(leaves: &[f64], steps: &[Step]) -> Vec<f64> {
    let mut v = leaves.to_vec();
    for &step in steps {
        v.push(match step {
            Step::Add(a, b) => v[a] + v[b],
            Step::Mul(a, b) => v[a] * v[b],
            Step::Sub(a, b) => v[a] - v[b],
            Step::Div(a, b) => v[a] / v[b],
            Step::Neg(a) => -v[a],
            Step::Pow(a, k) => v[a].powf(k),
            Step::Exp(a) => v[a].exp(),
            Step::Tanh(a) => v[a].tanh(),
            Step::Relu(a) => v[a].max(0.0),
            Step::Sigmoid(a) => 1.0 / (1.0 + (-v[a]).exp()),
        });
    }
    v
}

/// The expression on the tape; returns its last value.
pub fn record(tape: &mut Tape, leaves: &[Var], steps: &[Step]) -> Var {
    let mut v = leaves.to_vec();
    for &step in steps {
        v.push(match step {
            Step::Add(a, b) => tape.add(v[a], v[b]),
            Step::Mul(a, b) => tape.mul(v[a], v[b]),
            Step::Sub(a, b) => tape.sub(v[a], v[b]),
            Step::Div(a, b) => tape.div(v[a], v[b]),
            Step::Neg(a) => tape.neg(v[a]),
            Step::Pow(a, k) => tape.pow(v[a], k),
            Step::Exp(a) => tape.exp(v[a]),
            Step::Tanh(a) => tape.tanh(v[a]),
            Step::Relu(a) => tape.relu(v[a]),
            Step::Sigmoid(a) => tape.sigmoid(v[a]),
        });
    }
    *v.last().unwrap()
}

/// A random expression: three leaves in [−2, 2], then twelve steps, each on the
/// value before it (and, for two inputs, on any earlier value, so values are
/// used many times). A step is redrawn until its value stays within ±10 and
/// away from the places where a central difference would mislead: a relu input
/// near 0, a division by nearly 0, a flat tanh or sigmoid.
pub fn generate(rng: &mut ChaCha8Rng) -> (Vec<f64>, Vec<Step>) {
    let leaves: Vec<f64> = (0..3).map(|_| rng.random_range(-2.0..2.0)).collect();
    let mut steps = Vec::new();
    while steps.len() < 12 {
        let values = evaluate(&leaves, &steps);
        let (a, b) = (values.len() - 1, rng.random_range(0..values.len()));
        let (x, y) = (values[a], values[b]);
        let k = [2.0, 3.0, -1.0, 0.5, 1.5, -2.0][rng.random_range(0..6)];
        let (step, fine) = match rng.random_range(0..10) {
            0 => (Step::Add(a, b), true),
            1 => (Step::Mul(a, b), true),
            2 => (Step::Sub(b, a), b != a),
            3 => (Step::Div(a, b), b != a && y.abs() > 0.3),
            4 => (Step::Neg(a), true),
            5 => (
                Step::Pow(a, k),
                x.abs() > 0.3 && (k.fract() == 0.0 || x > 0.3),
            ),
            6 => (Step::Exp(a), x < 2.0),
            7 => (Step::Tanh(a), x.abs() < 2.5),
            8 => (Step::Relu(a), x.abs() > 0.1),
            _ => (Step::Sigmoid(a), x.abs() < 4.0),
        };
        let value = *evaluate(&leaves, &[steps.as_slice(), &[step]].concat())
            .last()
            .unwrap();
        if fine && value.abs() < 10.0 {
            steps.push(step);
        }
    }
    (leaves, steps)
}

/// An expression as text: "v0 = 0.5, …; v3 = tanh(v2), v4 = v3·v0, …".
pub fn describe(leaves: &[f64], steps: &[Step]) -> String {
    let leaves: Vec<String> = leaves
        .iter()
        .enumerate()
        .map(|(i, x)| format!("v{i} = {x:.4}"))
        .collect();
    let steps: Vec<String> = steps
        .iter()
        .enumerate()
        .map(|(k, step)| format!("v{} = {step:?}", k + 3))
        .collect();
    format!("{}; {}", leaves.join(", "), steps.join(", "))
}
