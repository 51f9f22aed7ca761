//! `cargo run -p lesson9`: prints the lesson's story, computed by your functions,
//! and writes its pictures as SVG files under `target/pictures/lesson9/`.
//!
//! `cargo run --release -p lesson9 -- bench` times, in one run on this machine,
//! the demo's 100 training steps four ways, taking turns: lesson 7's tape
//! (rebuilt every step), the same graph recorded once and replayed (part 1),
//! the matrices (part 5), and the same training as bare loops with no `Matrix`
//! (src/plain.rs, the yardstick the matrices are held to); then the two loop
//! orders of a product (part 6). It prints the times and their ratios. Timings depend on the machine and on what else it
//! runs; they are never checked, and the story prints none.

use std::hint::black_box;
use std::time::{Duration, Instant};

use lesson7::moons::{INIT, X, Y};
use lesson7::{SIZES, STEPS, Tape, Var, learning_rate, loss, score};
use lesson9::speed::matmul_ijk;
use lesson9::{Matrix, Recording, matmul, replay, train};

#[path = "../../lesson7/src/timing.rs"]
mod timing;

mod pictures;
mod plain;
mod plot;
mod story;

use timing::fastest;

fn main() {
    match std::env::args().nth(1).as_deref() {
        Some("bench") => bench(),
        _ => {
            print!("{}", story::render());
            svg::show(
                env!("CARGO_MANIFEST_DIR"),
                "lesson9",
                &pictures::all(&story::LADDER),
            );
        }
    }
}

/// The demo's 100 steps by replay: one step recorded with your lesson 7
/// network at the initial parameters, then replayed at each step's parameters.
/// Returns the final parameters and the loss of every step.
fn train_by_replay() -> (Vec<f64>, Vec<f64>) {
    let mut tape = Tape::new();
    let p: Vec<Var> = INIT.iter().map(|&v| tape.leaf(v)).collect();
    let scores: Vec<Var> = X.iter().map(|x| score(&mut tape, &SIZES, &p, x)).collect();
    let total = loss(&mut tape, &scores, &Y, &p);
    let mut recording = Recording::new(tape, &p, total);
    let mut params = INIT.to_vec();
    let mut losses = Vec::with_capacity(STEPS);
    for k in 0..STEPS {
        let (value, grad) = replay(&mut recording, &params);
        losses.push(value);
        for (p, dp) in params.iter_mut().zip(grad) {
            *p -= learning_rate(k) * dp;
        }
    }
    (params, losses)
}

/// Times the four trainings and the two loop orders, and prints them.
fn bench() {
    let profile = if cfg!(debug_assertions) {
        "the dev profile (the checks')"
    } else {
        "the release profile"
    };
    let rounds = 21;
    println!(
        "micrograd's demo, {STEPS} steps, {profile}; each time the fastest of {rounds} \
         rounds, the four taking turns:"
    );
    let [tape, replayed, matrices, plain_loops] = fastest_in_turn(
        rounds,
        &mut [
            &mut || {
                black_box(lesson7::train(&INIT, &X, &Y, STEPS));
            },
            &mut || {
                black_box(train_by_replay());
            },
            &mut || {
                black_box(train(&INIT, &X, &Y, STEPS));
            },
            &mut || {
                black_box(plain::train(&INIT, &X, &Y, STEPS));
            },
        ],
    );
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let times = |slow: Duration, fast: Duration| slow.as_secs_f64() / fast.as_secs_f64();
    println!(
        "  lesson 7's tape, rebuilt every step   {:>9.3} ms",
        ms(tape)
    );
    println!(
        "  recorded once, replayed (part 1)      {:>9.3} ms   {:>6.2}× as fast as the tape",
        ms(replayed),
        times(tape, replayed)
    );
    println!(
        "  matrices (part 5)                     {:>9.3} ms   {:>6.1}× as fast as the tape, {:.1}× as the replay",
        ms(matrices),
        times(tape, matrices),
        times(replayed, matrices)
    );
    println!(
        "  plain loops, no Matrix (src/plain.rs) {:>9.3} ms   the matrices take {:.2}× its time",
        ms(plain_loops),
        times(matrices, plain_loops)
    );

    // The three trainings must be the same training.
    let (_, tape_steps) = lesson7::train(&INIT, &X, &Y, STEPS);
    let (_, replay_losses) = train_by_replay();
    let (_, matrix_steps) = train(&INIT, &X, &Y, STEPS);
    let (_, plain_losses) = plain::train(&INIT, &X, &Y, STEPS);
    let worst = (0..STEPS)
        .map(|k| {
            let reference = tape_steps[k].loss;
            let apart = (replay_losses[k] - reference)
                .abs()
                .max((matrix_steps[k].loss - reference).abs())
                .max((plain_losses[k] - reference).abs());
            apart / reference.abs()
        })
        .fold(0.0, f64::max);
    println!("  the four losses agree at every step within {worst:.1e} relative");
    println!(
        "  (micrograd 0.1.0 took 14.7 s for the same steps, garbage collector off, measured once \
         on a quiet 2-core machine beside lesson 7's tape: recorded, not timed here)"
    );

    // Loop order: the same sums, the same numbers, on a product large enough
    // that memory decides.
    let size = 256;
    let entries = |seed: usize| -> Vec<f64> {
        (0..size * size)
            .map(|i| ((i * seed) % 17) as f64 / 17.0 - 0.5)
            .collect()
    };
    let a = Matrix::new(size, size, entries(7));
    let b = Matrix::new(size, size, entries(13));
    let ikj = fastest(7, || black_box(matmul(&a, &b)));
    let ijk = fastest(7, || black_box(matmul_ijk(&a, &b)));
    println!();
    println!("A·B for two {size}×{size} matrices, the fastest of 7 runs:");
    println!(
        "  i-k-j (matmul, innermost loop along rows)       {:>8.3} ms",
        ms(ikj)
    );
    println!(
        "  i-j-k (matmul_ijk, innermost loop down columns) {:>8.3} ms   {:.2}× the i-k-j time",
        ms(ijk),
        times(ijk, ikj)
    );
    println!(
        "  the same numbers to the last bit: {}",
        matmul(&a, &b) == matmul_ijk(&a, &b)
    );
}

/// The fastest of `rounds` timed runs of each of `runs`, after one of each to
/// warm up. In each round every run takes its turn, so that a machine busy for
/// a while slows them all alike.
fn fastest_in_turn<const K: usize>(
    rounds: usize,
    runs: &mut [&mut dyn FnMut(); K],
) -> [Duration; K] {
    let mut best = [Duration::MAX; K];
    for round in 0..=rounds {
        for (run, best) in runs.iter_mut().zip(&mut best) {
            let start = Instant::now();
            run();
            if round > 0 {
                *best = (*best).min(start.elapsed());
            }
        }
    }
    best
}
