//! `cargo run -p lesson7`: prints the lesson's story, computed by your functions,
//! and writes its pictures as SVG files under `target/pictures/lesson7/`.
//!
//! `cargo run --release -p lesson7 -- bench` (or without `--release`, the profile
//! your checks run in) times the demo's 100 training steps on your engine, and
//! how long one step's forward and backward take per node. Timings depend on the
//! machine and on what else it runs; they are never checked.

use std::hint::black_box;
use std::time::{Duration, Instant};

use lesson7::moons::{INIT, X, Y};
use lesson7::{SIZES, STEPS, Tape, Var, learning_rate, loss, score, train};

mod pictures;
mod plot;
mod story;

/// How long micrograd 0.1.0 took for the same 100 steps, with Python's garbage
/// collector off, measured once (see `reference/README.md`).
const MICROGRAD_SECONDS: f64 = 22.5;

fn main() {
    match std::env::args().nth(1).as_deref() {
        Some("bench") => bench(),
        _ => {
            print!("{}", story::render());
            let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
            println!();
            println!("{}", svg::save(&root, "lesson7", &pictures::all()));
        }
    }
}

/// Times `train` for the demo's 100 steps, then one step split into forward and
/// backward, and prints both.
fn bench() {
    let profile = if cfg!(debug_assertions) {
        "dev (the checks' profile)"
    } else {
        "release"
    };
    let whole = fastest(5, || black_box(train(&INIT, &X, &Y, STEPS)));
    println!("micrograd's demo, {STEPS} steps on your engine, {profile} profile:");
    println!(
        "  train: {:.1} ms for {STEPS} steps; micrograd took {MICROGRAD_SECONDS} s, {:.0} times as long",
        whole.as_secs_f64() * 1e3,
        MICROGRAD_SECONDS / whole.as_secs_f64()
    );

    // One step again, by hand, with a clock around each half.
    let mut tape = Tape::new();
    let mut params = INIT.to_vec();
    let (mut forward, mut backward) = (Duration::ZERO, Duration::ZERO);
    let mut nodes = 0;
    for k in 0..STEPS {
        let start = Instant::now();
        tape.clear();
        let p: Vec<Var> = params.iter().map(|&v| tape.leaf(v)).collect();
        let scores: Vec<Var> = X.iter().map(|x| score(&mut tape, &SIZES, &p, x)).collect();
        let total = loss(&mut tape, &scores, &Y, &p);
        let middle = Instant::now();
        let grads = tape.backward(total);
        for (value, &v) in params.iter_mut().zip(&p) {
            *value -= learning_rate(k) * grads[v];
        }
        forward += middle - start;
        backward += middle.elapsed();
        nodes += tape.len();
    }
    let per_node = |d: Duration| d.as_nanos() as f64 / nodes as f64;
    println!(
        "  per step: {} nodes; forward {:.1} ns per node, backward and update {:.1} ns per node",
        nodes / STEPS,
        per_node(forward),
        per_node(backward)
    );
}

/// The fastest of `runs` timed runs of `run`, after one to warm up.
fn fastest<T>(runs: usize, mut run: impl FnMut() -> T) -> Duration {
    run();
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}
