//! `cargo run -p lesson10`: prints the lesson's story, computed by your functions,
//! and writes its pictures as SVG files under `target/pictures/lesson10/`.
//!
//! `cargo run --release -p lesson10 -- bench` (or without `--release`, the
//! profile your checks run in) times the lesson's whole training with Adam on
//! your code: reading the digits, the first weights and every epoch. Timings
//! depend on the machine and on what else it runs; they are never checked.

use std::hint::black_box;

use lesson10::net::Net;
use lesson10::steps::Adam;
use lesson10::train::{ADAM_LR, HIDDEN, LESSON, SEED, lesson_digits, train};
use rand::SeedableRng;
use rand::rngs::ChaCha8Rng;

#[path = "../../lesson7/src/timing.rs"]
mod timing;

mod pictures;
mod plot;
mod story;

use timing::fastest;

fn main() {
    match std::env::args().nth(1).as_deref() {
        Some("bench") => bench(),
        _ => {
            print!("{}", story::render());
            // The pictures draw the story's trainings, done once per program.
            svg::show(env!("CARGO_MANIFEST_DIR"), "lesson10", &pictures::all());
        }
    }
}

/// Times the whole training with Adam, from the bytes to the last epoch's
/// test accuracy, and prints the fastest of several runs.
fn bench() {
    let profile = if cfg!(debug_assertions) {
        "dev (the checks' profile)"
    } else {
        "release"
    };
    let mut accuracy = 0.0;
    let whole = fastest(5, || {
        let (train_digits, test_digits) = lesson_digits();
        let mut net = Net::he(HIDDEN, &mut ChaCha8Rng::seed_from_u64(SEED));
        let mut adam = Adam::new(net.params.len(), ADAM_LR);
        let epochs = train(&mut net, &mut adam, LESSON, &train_digits, &test_digits);
        accuracy = black_box(epochs[epochs.len() - 1].test_accuracy);
    });
    println!(
        "the whole training with Adam, {} epochs in batches of {}, {profile} profile:",
        LESSON.epochs, LESSON.batch_size
    );
    println!(
        "  {:.1} ms (the fastest of 5 runs), reading {:.1} % of the test digits right",
        whole.as_secs_f64() * 1e3,
        100.0 * accuracy
    );
}
