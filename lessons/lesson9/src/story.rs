//! What `cargo run -p lesson9` prints: the lesson's story, told by your
//! functions, your lesson 6 engine and your lesson 7 network.
//!
//! It is part of the program (`src/main.rs`), not of your library: a save
//! rebuilds your checks without it, and only the story's own snapshot check
//! compiles it in.
//!
//! You do not need to edit this file. Everything it computes is + × and relu,
//! every number is printed at fixed precision, and it prints no time it
//! measured: the speed ladder is a table recorded once (see the lesson text),
//! so the output is the same on every machine (a snapshot test checks it).

use std::fmt::Write;

use lesson6::{Tape, Var};
use lesson7::moons::{INIT, X, Y};
use lesson7::reference::{ACCURACY, LOSS, NODES_PER_STEP};
use lesson7::{SIZES, STEPS, loss, score};
use lesson9::speed::multiply_adds;
use lesson9::train::demo;
use lesson9::{Matrix, Recording, affine, forward, layers, replay, transpose};

use super::plot::ladder;

/// The speed ladder of the lesson text: the demo's 100 steps, measured once
/// side by side on a quiet 2-core machine (release builds, the fastest of 5
/// trainings, median of 7 rounds), in seconds.
pub const LADDER: [(&str, f64); 6] = [
    ("micrograd 0.1.0, Python, gc off", 14.7),
    ("lesson 7: the lesson 6 tape, rebuilt", 0.0284),
    ("recorded once, replayed in place", 0.0223),
    ("numpy, vectorised by hand", 0.0073),
    ("JAX on CPU, jitted step", 0.0060),
    ("plain Rust loops over matrices", 0.00079),
];

/// The lesson's story as text.
pub fn render() -> String {
    let mut out = String::new();
    let mut line = |text: String| writeln!(out, "{text}").unwrap();

    line("Lesson 9: the same network, in matrices".into());
    line(String::new());

    // Part 1: one step of lesson 7, recorded once and replayed.
    let mut tape = Tape::new();
    let p: Vec<Var> = INIT.iter().map(|&v| tape.leaf(v)).collect();
    let scores: Vec<Var> = X.iter().map(|x| score(&mut tape, &SIZES, &p, x)).collect();
    let total = loss(&mut tape, &scores, &Y, &p);
    let (first_loss, first_grad) = (tape.value(total), tape.backward(total));
    line(format!(
        "Part 1: one step of lesson 7 records {} nodes on your tape ({NODES_PER_STEP} in micrograd's)",
        tape.len()
    ));
    let mut recording = Recording::new(tape, &p, total);
    let (replayed, grad) = replay(&mut recording, &INIT);
    let same = grad
        .iter()
        .zip(&p)
        .filter(|&(&g, &v)| g == first_grad[v])
        .count();
    line(format!(
        "  replayed at the initial parameters: loss {replayed:.12} (recorded {first_loss:.12}), \
         {same} of {} gradients the same to the last bit",
        p.len()
    ));
    let moved: Vec<f64> = INIT.iter().zip(&grad).map(|(w, g)| w - g).collect();
    let (after, _) = replay(&mut recording, &moved);
    line(format!(
        "  replayed after one step: loss {after:.12} (micrograd's step 1: {:.12})",
        LOSS[1]
    ));
    // An `if` on a value: the replay follows the recorded branch.
    let mut branchy = Tape::new();
    let x = branchy.leaf(3.0);
    let f = if branchy.value(x) > 0.0 {
        branchy.mul(x, x)
    } else {
        branchy.neg(x)
    };
    let mut recorded_if = Recording::new(branchy, &[x], f);
    let (at_minus_2, _) = replay(&mut recorded_if, &[-2.0]);
    line(format!(
        "  f(x) = x·x if x > 0 else −x, recorded at x = 3: replayed at x = −2 it gives \
         {at_minus_2:.1}, the recorded branch; f(−2) is 2.0"
    ));
    line(String::new());

    // Parts 2 to 4: the layers as matrices, and the shapes of their gradients.
    let net = layers(&SIZES, &INIT);
    let x = Matrix::from_rows(&X);
    let first = affine(&x, &net[0].w, &net[0].b);
    let mut tape = Tape::new();
    let p: Vec<Var> = INIT.iter().map(|&v| tape.leaf(v)).collect();
    let equal = (0..X.len())
        .filter(|&n| {
            let inputs: Vec<Var> = X[n].iter().map(|&v| tape.leaf(v)).collect();
            (0..SIZES[1]).all(|j| {
                let w = &p[j * 3..j * 3 + 2];
                let act = lesson7::neuron(&mut tape, w, p[j * 3 + 2], &inputs);
                tape.value(act) == first.data()[n * SIZES[1] + j]
            })
        })
        .count();
    line(format!(
        "Part 2: Y = X·Wᵀ + b for the first layer: X {} · Wᵀ {} + b ({}) = Y {}; \
         {equal} of {} points' rows equal lesson 7's neurons to the last bit",
        x.shape(),
        transpose(&net[0].w).shape(),
        net[0].b.len(),
        first.shape(),
        X.len()
    ));
    line("Parts 3 and 4: every gradient has the shape of what it is the gradient of".into());
    line(format!(
        "  {:>5} {:>8} {:>8} {:>8} {:>12} {:>12} {:>8}",
        "layer", "X", "W", "G", "∂L/∂X = G·W", "∂L/∂W = GᵀX", "∂L/∂b"
    ));
    let activations = forward(&net, &x);
    for (l, layer) in net.iter().enumerate() {
        let input = activations[l].shape();
        line(format!(
            "  {:>5} {:>8} {:>8} {:>8} {:>12} {:>12} {:>8}",
            l + 1,
            input.to_string(),
            layer.w.shape().to_string(),
            activations[l + 1].shape().to_string(),
            if l == 0 {
                "not needed".to_string()
            } else {
                input.to_string()
            },
            layer.w.shape().to_string(),
            layer.b.len()
        ));
    }
    line(String::new());

    // Part 5: the training, beside micrograd's run.
    let (_, steps) = demo();
    line(format!(
        "Part 5: {STEPS} full-batch steps in matrices, beside micrograd's own run"
    ));
    line(format!(
        "{:>4} {:>14} {:>9} {:>15} {:>19}",
        "step", "loss", "accuracy", "micrograd loss", "micrograd accuracy"
    ));
    for (k, step) in steps.iter().enumerate() {
        if k % 10 == 0 || k + 1 == steps.len() {
            line(format!(
                "{k:>4} {:>14.10} {:>9.2} {:>15.10} {:>19.2}",
                step.loss, step.accuracy, LOSS[k], ACCURACY[k]
            ));
        }
    }
    let worst = steps
        .iter()
        .zip(LOSS)
        .map(|(step, theirs)| ((step.loss - theirs) / theirs).abs())
        .fold(0.0, f64::max);
    line(format!(
        "  the largest relative difference from micrograd's loss over the {STEPS} steps: {}",
        if worst < 1e-12 {
            "below 1e-12"
        } else {
            "1e-12 or more"
        }
    ));
    line(String::new());

    // Part 6: what a step costs, counted, and the ladder as recorded.
    let (forward_adds, backward_adds) = multiply_adds(&SIZES, X.len());
    line(format!(
        "Part 6: a step is {NODES_PER_STEP} nodes in micrograd, {} on your tape, and {} \
         multiply-adds in matrices ({forward_adds} forward, {backward_adds} backward)",
        recording.tape.len(),
        forward_adds + backward_adds
    ));
    line(
        "The demo's 100 steps, measured once side by side on a quiet 2-core machine \
         (recorded, not timed by this program; `cargo run --release -p lesson9 -- bench` times \
         yours):"
            .into(),
    );
    line(ladder(&LADDER, 1e-4, 6));
    out
}
