//! Lesson 4's own checks, run against its reference solution: the `lesson4`
//! dependency of this package is `solutions/lesson4`, renamed. Written by
//! `cargo xtask stubs` from the parts `solutions/lesson4/src/lib.rs` declares.

// Part 1: the climb
#[path = "../lessons/lesson4/tests/climb.rs"]
mod climb;

// Part 2: the step size
#[path = "../lessons/lesson4/tests/step_size.rs"]
mod step_size;

// Part 3: the adaptive climb
#[path = "../lessons/lesson4/tests/adaptive.rs"]
mod adaptive;

// Part 4: two peaks
#[path = "../lessons/lesson4/tests/two_peaks.rs"]
mod two_peaks;
