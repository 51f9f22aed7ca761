//! What `cargo run -p lesson1` prints: the lesson's story, told by your functions.
//!
//! It is part of the program (`src/main.rs`), not of your library: a save
//! rebuilds your checks without it, and only the story's own snapshot check
//! compiles it in.
//!
//! You do not need to edit this file. Every number is printed at fixed precision
//! and every random draw comes from a seeded ChaCha8 generator, so the output is
//! the same on every machine (a snapshot test checks it).

use std::fmt::Write;

use rand::SeedableRng;
use rand::rngs::ChaCha8Rng;

use lesson1::{change_after_nudge, nudge, product, random_search};

/// The seed of every random draw in the story.
pub const SEED: u64 = 2;

/// The size of every nudge in the story (and of the random search's range [−h, h)).
pub const H: f64 = 0.01;

/// The lesson's story as text.
pub fn render() -> String {
    let mut out = String::new();
    let mut line = |text: String| writeln!(out, "{text}").unwrap();

    line(format!(
        "Lesson 1: the random nudge of f(a, b) = a·b, h = {H}, seed {SEED}"
    ));
    line(String::new());
    for (a, b) in [(4.0, 3.0), (-4.0, -3.0)] {
        let mut rng = ChaCha8Rng::seed_from_u64(SEED);
        let (a2, b2) = nudge(a, b, H, &mut rng);
        let (before, after) = (product(a, b), product(a2, b2));
        let arrow = if after > before { "↑" } else { "↓" };
        line(format!(
            "nudge ({a:>2}, {b:>2}) to ({a2:.4}, {b2:.4}): f {before:.4} → {after:.4} {arrow}"
        ));
    }
    line(String::new());

    let seeds = 1000;
    for (a, b) in [(4.0, 3.0), (-4.0, -3.0)] {
        let (mut up, mut down) = (0, 0);
        for seed in 0..seeds {
            let change = change_after_nudge(a, b, H, &mut ChaCha8Rng::seed_from_u64(seed));
            if change > 0.0 {
                up += 1;
            } else if change < 0.0 {
                down += 1;
            }
        }
        line(format!(
            "over {seeds} seeds, nudging ({a:>2}, {b:>2}) raised f {up:>4} times, lowered it {down:>4} times"
        ));
    }
    line("same nudge, opposite effect: the right direction depends on the inputs.".into());
    line(String::new());

    let tries = 100;
    let mut rng = ChaCha8Rng::seed_from_u64(SEED);
    let search = random_search(product, (-4.0, -3.0), H, tries, &mut rng);
    line(format!(
        "random search from (-4, -3), {tries} tries in [-h, h): best f = {:.4} at ({:.4}, {:.4})",
        search.best_value, search.best.0, search.best.1
    ));
    line(format!(
        "it called f {} times: every try costs one evaluation, for every input at once.",
        search.evaluations
    ));
    out
}
