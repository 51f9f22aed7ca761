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
mod timing;

use timing::fastest;

/// How long micrograd 0.1.0 took for the same 100 steps, with Python's garbage
/// collector off, measured on a quiet 2-core machine, not the one the bench runs
/// on (see `reference/README.md`).
const MICROGRAD_SECONDS: f64 = 14.7;

fn main() {
    let mut args = std::env::args().skip(1);
    match args.next().as_deref() {
        Some("bench") => match args.next().map(|s| s.parse::<f64>()) {
            None => bench(None),
            Some(Ok(seconds)) if seconds > 0.0 && seconds.is_finite() => bench(Some(seconds)),
            Some(_) => {
                eprintln!(
                    "bench takes micrograd's time on this machine in seconds, such as \
                     `bench 14.7`, or nothing"
                );
                std::process::exit(2);
            }
        },
        _ => {
            print!("{}", story::render());
            svg::show(env!("CARGO_MANIFEST_DIR"), "lesson7", &pictures::all());
        }
    }
}

/// Times `train` for the demo's 100 steps, then one step split into forward and
/// backward, and prints both. A ratio to micrograd is printed only for a time
/// of micrograd's measured on this machine (`micrograd_here`, in seconds).
fn bench(micrograd_here: Option<f64>) {
    let profile = if cfg!(debug_assertions) {
        "dev (the checks' profile)"
    } else {
        "release"
    };
    let whole = fastest(5, || black_box(train(&INIT, &X, &Y, STEPS)));
    println!("micrograd's demo, {STEPS} steps on your engine, {profile} profile:");
    println!(
        "  train: {:.1} ms for {STEPS} steps on this machine (the fastest of 5 runs)",
        whole.as_secs_f64() * 1e3
    );
    match micrograd_here {
        Some(seconds) => println!(
            "  micrograd on this machine, as you measured it: {seconds} s, {:.0} times as long",
            seconds / whole.as_secs_f64()
        ),
        None => println!(
            "  micrograd 0.1.0 took {MICROGRAD_SECONDS} s for the same steps on another machine \
             (a quiet 2-core one, Python's garbage collector off, one run): no ratio, the \
             machines differ. Time it here as lessons/lesson7/reference/README.md says, then \
             run bench SECONDS for a ratio"
        ),
    }

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
