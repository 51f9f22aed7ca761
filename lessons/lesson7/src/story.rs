//! What `cargo run -p lesson7` prints: the lesson's story, told by your functions
//! and your lesson 6 engine.
//!
//! It is part of the program (`src/main.rs`), not of your library: a save
//! rebuilds your checks without it, and only the story's own snapshot check
//! compiles it in.
//!
//! You do not need to edit this file. The networks compute with + × and relu
//! only (no exp or sin, whose last bit may differ between machines), and every
//! number is printed at fixed precision, so the output is the same on every
//! machine (a snapshot test checks it).

use std::fmt::Write;

use lesson6::{Tape, Var};

use super::plot::{boundary, chart};
use lesson7::learn::{LABELS, POINTS, START, neuron_loss, train_neuron};
use lesson7::moons::{INIT, X, Y};
use lesson7::reference::{ACCURACY, LOSS, NODES_PER_STEP};
use lesson7::train::demo;
use lesson7::{SIZES, STEPS, accuracy, loss, neuron, parameter_count, score};

/// The learning rate of part 1's neuron.
pub const NEURON_RATE: f64 = 0.5;

/// The most steps part 1's neuron may take.
pub const NEURON_BUDGET: usize = 100;

/// The score of `x` by the neuron (w₀, w₁, b) = `params`, from your `neuron`.
fn neuron_score([w0, w1, b]: [f64; 3], x: [f64; 2]) -> f64 {
    let mut tape = Tape::new();
    let [w0, w1, b, x0, x1] = [w0, w1, b, x[0], x[1]].map(|v| tape.leaf(v));
    let score = neuron(&mut tape, &[w0, w1], b, &[x0, x1]);
    tape.value(score)
}

/// The lesson's story as text.
pub fn render() -> String {
    let mut out = String::new();
    let mut line = |text: String| writeln!(out, "{text}").unwrap();

    line("Lesson 7: a neuron learns, then micrograd's network learns the moons".into());
    line(String::new());
    line(format!(
        "Parts 1 and 2: one neuron, {} points, mean hinge loss, learning rate {NEURON_RATE}",
        POINTS.len()
    ));
    line(format!(
        "{:>4} {:>10} {:>10} {:>10} {:>10} {:>14}",
        "step", "w₀", "w₁", "b", "loss", "on their side"
    ));
    let history = train_neuron(START, &POINTS, &LABELS, NEURON_RATE, NEURON_BUDGET);
    for (step, &params) in history.iter().enumerate() {
        let [w0, w1, b] = params;
        let (loss, _) = neuron_loss(params, &POINTS, &LABELS);
        let scores: Vec<f64> = POINTS.iter().map(|&x| neuron_score(params, x)).collect();
        let right = accuracy(&scores, &LABELS);
        line(format!(
            "{step:>4} {w0:>10.6} {w1:>10.6} {b:>10.6} {loss:>10.6} {right:>14.3}"
        ));
    }
    let last = history[history.len() - 1];
    // Column 10 of the pictures is centred on x₀ = −0.5, where the starting line
    // scores exactly 0: that column stays blank.
    for (title, params) in [
        ("At the start, the line x₀ = −0.5:".to_string(), START),
        (format!("After {} steps:", history.len() - 1), last),
    ] {
        line(String::new());
        line(title);
        line(boundary(
            |x| neuron_score(params, x),
            &POINTS,
            &LABELS,
            (32, 14),
            (-3.125, 4.875),
            (-3.0, 4.0),
        ));
    }
    line(String::new());

    let count = parameter_count(&SIZES);
    let mut tape = Tape::new();
    let params: Vec<Var> = INIT.iter().map(|&p| tape.leaf(p)).collect();
    let scores: Vec<Var> = X
        .iter()
        .map(|x| score(&mut tape, &SIZES, &params, x))
        .collect();
    let total = loss(&mut tape, &scores, &Y, &params);
    line(format!(
        "Part 3: micrograd's MLP({}, {:?}), {count} parameters; at the start it scores point 0 {:.6}",
        SIZES[0],
        &SIZES[1..],
        tape.value(scores[0])
    ));
    line(format!(
        "Part 4: the loss at the start {:.6} (micrograd's {:.6}); one step's graph has {} nodes on \
         your tape, {NODES_PER_STEP} in micrograd's",
        tape.value(total),
        LOSS[0],
        tape.len()
    ));
    line(String::new());

    let (trained, steps) = demo();
    line(format!(
        "Part 5: {STEPS} full-batch steps on the {} moons points, beside micrograd's own run",
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
        "loss, two steps a column (each row from its label up to the next: a log scale)",
        &losses,
        &[2.0, 1.0, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01, 0.0],
        2,
    ));
    line(String::new());
    line(chart(
        "accuracy, two steps a column (each row from its label up to the next)",
        &accuracies,
        &[
            1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5, 0.0,
        ],
        2,
    ));
    line(String::new());
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
