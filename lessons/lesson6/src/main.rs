//! `cargo run -p lesson6`: prints the lesson's story, computed by your tape.
//!
//! `cargo run --release -p lesson6 -- bench` (or without `--release`, the profile
//! your checks run in) times your tape on the graph lesson 7 trains: micrograd's
//! network MLP(2, [16, 16, 1]) and its loss on 100 points, 65,818 nodes. Timings
//! depend on the machine and on what else it runs; they are never checked.

use std::hint::black_box;
use std::time::{Duration, Instant};

use lesson6::{Tape, Var};

mod story;

fn main() {
    match std::env::args().nth(1).as_deref() {
        Some("bench") => bench(),
        _ => print!("{}", story::render()),
    }
}

/// The layers of micrograd's network: (inputs, neurons), relu on all but the last.
const LAYERS: [(usize, usize); 3] = [(2, 16), (16, 16), (16, 1)];

/// Builds one training step's graph as micrograd does: the parameters, then per
/// point its two inputs, the network and the hinge loss relu(1 − y·score); then
/// the mean loss plus 1e−4 times the sum of the squared parameters.
fn build(tape: &mut Tape, parameters: &[f64], points: &[([f64; 2], f64)]) -> Var {
    tape.clear();
    let p: Vec<Var> = parameters.iter().map(|&w| tape.leaf(w)).collect();
    let mut losses = vec![tape.leaf(0.0)];
    for &(x, y) in points {
        let mut inputs: Vec<Var> = x.iter().map(|&xi| tape.leaf(xi)).collect();
        let mut next = 0;
        for (layer, &(fan_in, width)) in LAYERS.iter().enumerate() {
            let mut outputs = Vec::with_capacity(width);
            for _ in 0..width {
                let (w, b) = (&p[next..next + fan_in], p[next + fan_in]);
                next += fan_in + 1;
                let mut terms = vec![b];
                terms.extend(w.iter().zip(&inputs).map(|(&wi, &xi)| tape.mul(wi, xi)));
                let act = tape.sum(&terms);
                outputs.push(if layer + 1 < LAYERS.len() {
                    tape.relu(act)
                } else {
                    act
                });
            }
            inputs = outputs;
        }
        let minus_y = tape.leaf(-y);
        let margin = tape.mul(inputs[0], minus_y);
        let one = tape.leaf(1.0);
        let hinge = tape.add(margin, one);
        losses.push(tape.relu(hinge));
    }
    let total = tape.sum(&losses);
    let mean = tape.leaf(1.0 / points.len() as f64);
    let data_loss = tape.mul(total, mean);
    let mut squares = vec![tape.leaf(0.0)];
    squares.extend(p.iter().map(|&w| tape.mul(w, w)));
    let squares = tape.sum(&squares);
    let alpha = tape.leaf(1e-4);
    let reg_loss = tape.mul(squares, alpha);
    tape.add(data_loss, reg_loss)
}

/// Times building the graph (with its forward values) and backpropagating it.
fn bench() {
    // Fixed pseudo-random numbers in [−1, 1): no generator needed to time a tape.
    let number = |i: usize| ((i * 7919 + 13) % 2000) as f64 / 1000.0 - 1.0;
    let count: usize = LAYERS
        .iter()
        .map(|&(fan_in, width)| (fan_in + 1) * width)
        .sum();
    let parameters: Vec<f64> = (0..count).map(number).collect();
    let points: Vec<([f64; 2], f64)> = (0..100)
        .map(|i| {
            (
                [number(3 * i + 5000), number(3 * i + 5001)],
                if i % 2 == 0 { 1.0 } else { -1.0 },
            )
        })
        .collect();
    let mut tape = Tape::new();
    let loss = build(&mut tape, &parameters, &points);
    let nodes = tape.len();
    let forward = time(|| black_box(build(&mut tape, &parameters, &points)));
    let backward = time(|| black_box(tape.backward(loss)));
    let per_node = |d: Duration| d.as_nanos() as f64 / nodes as f64;
    let profile = if cfg!(debug_assertions) {
        "dev (the checks' profile; your lesson 6 at opt-level 1)"
    } else {
        "release"
    };
    println!(
        "micrograd's MLP(2, [16, 16, 1]) on 100 points: {nodes} nodes, loss {:.6}, {profile} profile",
        tape.value(loss)
    );
    println!(
        "  build + forward: {:>8.1} ns per node ({:.2} ms per graph)",
        per_node(forward),
        forward.as_secs_f64() * 1e3
    );
    println!(
        "  backward:        {:>8.1} ns per node ({:.2} ms per graph)",
        per_node(backward),
        backward.as_secs_f64() * 1e3
    );
}

/// The fastest of several timed runs of `run`, after one to warm up.
fn time<T>(mut run: impl FnMut() -> T) -> Duration {
    run();
    let started = Instant::now();
    let mut fastest = Duration::MAX;
    while started.elapsed() < Duration::from_secs(1) {
        let start = Instant::now();
        run();
        fastest = fastest.min(start.elapsed());
    }
    fastest
}
