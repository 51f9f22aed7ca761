//! What `cargo run -p lesson7` prints: the lesson's story, told by your functions
//! and your lesson 6 engine.
//!
//! You do not need to edit this file. The networks compute with + × and relu
//! only (no exp or sin, whose last bit may differ between machines), and every
//! number is printed at fixed precision, so the output is the same on every
//! machine (a snapshot test checks it).

use std::fmt::Write;

use lesson6::{Tape, Var};

use crate::learn::{LABELS, POINTS, START, neuron_loss, train_neuron};
use crate::moons::{INIT, X, Y};
use crate::plot::{boundary, chart};
use crate::reference::{ACCURACY, LOSS, NODES_PER_STEP};
use crate::train::demo;
use crate::{SIZES, STEPS, loss, parameter_count, score};

/// The learning rate of part 1's neuron.
pub const NEURON_RATE: f64 = 0.5;

/// The most steps part 1's neuron may take.
pub const NEURON_BUDGET: usize = 100;

/// The lesson's story as text.
pub fn render() -> String {
    let mut out = String::new();
    let mut line = |text: String| writeln!(out, "{text}").unwrap();

    line("Lesson 7: a neuron learns, then micrograd's network learns the moons".into());
    line(String::new());
    line(format!(
        "Part 1: one neuron, {} points, mean hinge loss, learning rate {NEURON_RATE}",
        POINTS.len()
    ));
    line(format!(
        "{:>4} {:>10} {:>10} {:>10} {:>10} {:>11}",
        "step", "w₀", "w₁", "b", "loss", "wrong side"
    ));
    let history = train_neuron(START, &POINTS, &LABELS, NEURON_RATE, NEURON_BUDGET);
    for (step, &params) in history.iter().enumerate() {
        let [w0, w1, b] = params;
        let wrong = POINTS
            .iter()
            .zip(LABELS)
            .filter(|(x, y)| y * (b + w0 * x[0] + w1 * x[1]) <= 0.0)
            .count();
        let (loss, _) = neuron_loss(params, &POINTS, &LABELS);
        line(format!(
            "{step:>4} {w0:>10.6} {w1:>10.6} {b:>10.6} {loss:>10.6} {wrong:>11}"
        ));
    }
    let [w0, w1, b] = history[history.len() - 1];
    line(String::new());
    line(format!(
        "After {} steps every point is on its side of the line w₀·x₀ + w₁·x₁ + b = 0:",
        history.len() - 1
    ));
    line(boundary(
        |x| b + w0 * x[0] + w1 * x[1],
        &POINTS,
        &LABELS,
        (32, 12),
        (-3.0, 5.0),
        (-3.0, 4.0),
    ));

    let count = parameter_count(&SIZES);
    let mut tape = Tape::new();
    let params: Vec<Var> = INIT.iter().map(|&p| tape.leaf(p)).collect();
    let scores: Vec<Var> = X
        .iter()
        .map(|x| score(&mut tape, &SIZES, &params, x))
        .collect();
    let total = loss(&mut tape, &scores, &Y, &params);
    line(format!(
        "Part 2: micrograd's MLP({}, {:?}), {count} parameters; at the start it scores point 0 {:.6}",
        SIZES[0],
        &SIZES[1..],
        tape.value(scores[0])
    ));
    line(format!(
        "Part 3: the loss at the start {:.6} (micrograd's {:.6}); one step's graph has {} nodes on \
         your tape, {NODES_PER_STEP} in micrograd's",
        tape.value(total),
        LOSS[0],
        tape.len()
    ));
    line(String::new());

    let (trained, steps) = demo();
    line(format!(
        "Part 4: {STEPS} full-batch steps on the {} moons points, beside micrograd's own run",
        X.len()
    ));
    line(format!(
        "{:>4} {:>10} {:>9} {:>15} {:>19}",
        "step", "loss", "accuracy", "micrograd loss", "micrograd accuracy"
    ));
    for (k, step) in steps.iter().enumerate() {
        if k % 10 == 0 || k + 1 == steps.len() {
            line(format!(
                "{k:>4} {:>10.6} {:>9.2} {:>15.6} {:>19.2}",
                step.loss, step.accuracy, LOSS[k], ACCURACY[k]
            ));
        }
    }
    line(String::new());
    let losses: Vec<f64> = steps.iter().map(|step| step.loss).collect();
    let accuracies: Vec<f64> = steps.iter().map(|step| step.accuracy).collect();
    line(chart(
        "loss, two steps a column (rows: 1-2-5 bands, a log scale)",
        &losses,
        &[2.0, 1.0, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01],
        2,
    ));
    line(chart(
        "accuracy, two steps a column",
        &accuracies,
        &[1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5],
        2,
    ));
    line(format!(
        "The trained network's sides of the plane after {STEPS} steps:"
    ));
    let mut tape = Tape::new();
    let params: Vec<Var> = trained.iter().map(|&p| tape.leaf(p)).collect();
    let mut side = |x: [f64; 2]| {
        let s = score(&mut tape, &SIZES, &params, &x);
        tape.value(s)
    };
    line(boundary(
        &mut side,
        &X,
        &Y,
        (64, 20),
        (-1.5, 2.5),
        (-1.0, 1.5),
    ));
    out
}
