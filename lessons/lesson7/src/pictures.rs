//! The story's pictures as SVG files, to open in a browser: which side of the
//! boundary each part of the plane is on, with the points on it (the neuron
//! before and after it learns, then micrograd's network after its 100 steps),
//! and the loss and the accuracy over the training steps beside micrograd's.
//!
//! You do not need to edit this file. It draws what the story draws, computed
//! by your functions and your lesson 6 engine, with the course's small SVG
//! writer (`lessons/svg`), which only the program builds.

use lesson6::{Tape, Var};
use lesson7::learn::{LABELS, POINTS, START, train_neuron};
use lesson7::moons::{X, Y};
use lesson7::reference::{ACCURACY, LOSS};
use lesson7::train::demo;
use lesson7::{SIZES, STEPS, neuron, score};
use svg::{Axis, Chart, Mark, log_range};

/// The learning rate and the step budget of part 1's neuron (the story's).
const NEURON_RATE: f64 = 0.5;
const NEURON_BUDGET: usize = 100;

/// The side of a cell of the boundary pictures, in the plane's units: 160 × 100
/// cells for the moons, fine enough that the field's edge looks smooth.
const CELL: f64 = 0.025;

/// The two sides' colours: pale, under the points' saturated ones.
const POSITIVE_SIDE: &str = "#cfe4f4";
const NEGATIVE_SIDE: &str = "#fbe6c8";

/// Every picture of the lesson: (file name without `.svg`, the SVG text).
pub fn all() -> Vec<(&'static str, String)> {
    let history = train_neuron(START, &POINTS, &LABELS, NEURON_RATE, NEURON_BUDGET);
    let last = history[history.len() - 1];
    let (trained, steps) = demo();
    let mut tape = Tape::new();
    let network = |x: [f64; 2]| {
        // A fresh tape for every point, so that it does not grow.
        tape.clear();
        let params: Vec<Var> = trained.iter().map(|&p| tape.leaf(p)).collect();
        let s = score(&mut tape, &SIZES, &params, &x);
        tape.value(s)
    };
    let losses: Vec<(f64, f64)> = steps
        .iter()
        .enumerate()
        .map(|(k, step)| (k as f64, step.loss))
        .collect();
    let accuracies: Vec<(f64, f64)> = steps
        .iter()
        .enumerate()
        .map(|(k, step)| (k as f64, step.accuracy))
        .collect();
    vec![
        (
            "neuron-start",
            boundary(
                "Lesson 7, part 2: the neuron at the start, (w₀, w₁, b) = (1, 0, 0.5)",
                |x| neuron_score(START, x),
                (&POINTS, &LABELS),
                ((-3.125, 4.875), (-3.0, 4.0)),
                0.05,
            ),
        ),
        (
            "neuron-trained",
            boundary(
                &format!(
                    "Lesson 7, part 2: the neuron after {} steps of learning rate {NEURON_RATE}",
                    history.len() - 1
                ),
                |x| neuron_score(last, x),
                (&POINTS, &LABELS),
                ((-3.125, 4.875), (-3.0, 4.0)),
                0.05,
            ),
        ),
        (
            "boundary",
            boundary(
                &format!("Lesson 7: micrograd's network after {STEPS} steps on the moons"),
                network,
                (&X, &Y),
                ((-1.5, 2.5), (-1.0, 1.5)),
                CELL,
            ),
        ),
        (
            "loss",
            curves(
                "Lesson 7: the loss at each training step",
                Axis::log("loss (log scale)", log_range(&LOSS), 1),
                "loss: mean hinge max(0, 1 − y·score) + 1e-4·Σp², before the step's update",
                &losses,
                &LOSS,
            ),
        ),
        (
            "accuracy",
            curves(
                "Lesson 7: the accuracy at each training step",
                Axis::linear("accuracy (fraction of the 100 points)", (0.4, 1.02), 0.1, 1),
                "a point counts when its score has the sign of its label, before the step's update",
                &accuracies,
                &ACCURACY,
            ),
        ),
    ]
}

/// The score of `x` by the neuron (w₀, w₁, b) = `params`, from your `neuron`.
fn neuron_score([w0, w1, b]: [f64; 3], x: [f64; 2]) -> f64 {
    let mut tape = Tape::new();
    let [w0, w1, b, x0, x1] = [w0, w1, b, x[0], x[1]].map(|v| tape.leaf(v));
    let s = neuron(&mut tape, &[w0, w1], b, &[x0, x1]);
    tape.value(s)
}

/// The plane `x0_range` × `x1_range` in square cells of side `cell`, each
/// filled with the side its centre's `score` puts it on (above 0 the +1 side; at
/// or below 0 the −1 side, as micrograd counts a score of exactly 0), and the
/// points `xs` on it in their labels' colours.
fn boundary(
    title: &str,
    mut score: impl FnMut([f64; 2]) -> f64,
    (xs, ys): (&[[f64; 2]], &[f64]),
    (x0_range, x1_range): ((f64, f64), (f64, f64)),
    cell: f64,
) -> String {
    // Ticks every 0.5 on the moons' plane, every 1 on the neuron's wider one.
    let (step, decimals) = if x0_range.1 - x0_range.0 > 5.0 {
        (1.0, 0)
    } else {
        (0.5, 1)
    };
    let mut chart = Chart::new(
        title,
        "blue: the score is above 0 there (the +1 side); orange: at or below 0 (the −1 side)",
        Axis::linear("x₀", x0_range, step, decimals),
        Axis::linear("x₁", x1_range, step, decimals),
    );
    let columns = ((x0_range.1 - x0_range.0) / cell).round() as usize;
    let rows = ((x1_range.1 - x1_range.0) / cell).round() as usize;
    // One rectangle for each run of cells of a row on the same side: a few
    // hundred shapes instead of one per cell.
    let mut runs: [Vec<(usize, usize, usize)>; 2] = [Vec::new(), Vec::new()];
    for row in 0..rows {
        let x1 = x1_range.0 + (row as f64 + 0.5) * cell;
        let mut start = 0;
        let mut side = None;
        for column in 0..=columns {
            let here = (column < columns).then(|| {
                let x0 = x0_range.0 + (column as f64 + 0.5) * cell;
                usize::from(score([x0, x1]) <= 0.0)
            });
            if here != side {
                if let Some(side) = side {
                    runs[side].push((row, start, column));
                }
                start = column;
                side = here;
            }
        }
    }
    for (side, (id, colour)) in [
        ("field-positive", POSITIVE_SIDE),
        ("field-negative", NEGATIVE_SIDE),
    ]
    .into_iter()
    .enumerate()
    {
        let corners: Vec<((f64, f64), (f64, f64))> = runs[side]
            .iter()
            .map(|&(row, from, to)| {
                let bottom = x1_range.0 + row as f64 * cell;
                let left = x0_range.0 + from as f64 * cell;
                let right = x0_range.0 + to as f64 * cell;
                (chart.at(left, bottom + cell), chart.at(right, bottom))
            })
            .collect();
        let svg = chart.svg();
        svg.open(id);
        for ((left, top), (right, bottom)) in corners {
            // Half a pixel more each way, so that no seam shows between rows.
            svg.rect(
                left,
                top,
                right - left + 0.5,
                bottom - top + 0.5,
                &format!("fill=\"{colour}\""),
            );
        }
        svg.close();
    }
    for (label, name) in [(1.0, "points labelled +1"), (-1.0, "points labelled −1")] {
        let points: Vec<(f64, f64)> = xs
            .iter()
            .zip(ys)
            .filter(|&(_, &y)| y == label)
            .map(|(x, _)| (x[0], x[1]))
            .collect();
        chart.series(name, &points, Mark::Dots);
    }
    chart.finish()
}

/// Your training's values at each step and micrograd's, on one chart.
fn curves(title: &str, y: Axis, note: &str, yours: &[(f64, f64)], micrograd: &[f64]) -> String {
    let mut chart = Chart::new(
        title,
        note,
        Axis::linear("training step k", (0.0, STEPS as f64), 10.0, 0),
        y,
    );
    chart.series("your network", yours, Mark::Line);
    let theirs: Vec<(f64, f64)> = micrograd
        .iter()
        .enumerate()
        .map(|(k, &v)| (k as f64, v))
        .collect();
    chart.series("micrograd's own run", &theirs, Mark::Dashed);
    chart.finish()
}
