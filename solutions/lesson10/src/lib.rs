//! Lesson 10: your engine reads handwriting.
//!
//! Everything so far, put to work on real data with ten classes: 1,797
//! handwritten digits of 8×8 pixels. Scores become probabilities with softmax,
//! cross-entropy says how wrong they are, mini-batches make many steps per pass,
//! and momentum and Adam choose a step for each parameter. Finish lessons 6
//! and 9 first (your engine checks your gradient; your matrices carry the
//! network). Read `lessons/lesson10/README.md`, then fill in each part's
//! `todo!()`s in order. Check with `cargo xtask next`; stuck? `cargo xtask hint`.

// The parts, in the order you write them (each `src/S.rs` has its own checks in
// `tests/S.rs`), then the provided modules: the data and the network.
// The story that `cargo run -p lesson10` prints and its pictures are
// src/story.rs, src/plot.rs (in the terminal) and src/pictures.rs (SVG files):
// part of the program (src/main.rs), not of this library, so a save does not
// rebuild them with your checks.

/// Part 1: scores become probabilities, and a loss says how surprised we are.
pub mod softmax;

/// Part 2: the digits, read from bytes and split.
pub mod digits;

/// Part 3: mini-batches, a new shuffle each epoch.
pub mod batches;

/// Part 4: a step size for each parameter: SGD, momentum and Adam.
pub mod steps;

/// Part 5: the loss of a batch, and how often the network is right.
pub mod loss;

/// Part 6: the network learns to read.
pub mod train;

/// The 1,797 digits as bytes, and the rows of the fixed test set.
// BEGIN SOLUTION
#[path = "../../../lessons/lesson10/src/data.rs"]
// END SOLUTION
pub mod data;

/// The network 64 → hidden → 10, forward and backward over a batch, on your lesson 9 matrices.
// BEGIN SOLUTION
#[path = "../../../lessons/lesson10/src/net.rs"]
// END SOLUTION
pub mod net;
