//! Lesson 4's own checks (lessons/lesson4/tests/, one file per part), run against
//! the reference solution: the `lesson4` dependency of this package is
//! `solutions/lesson4`, renamed.

#[path = "../lessons/lesson4/tests/climb.rs"]
mod climb;

#[path = "../lessons/lesson4/tests/step_size.rs"]
mod step_size;

#[path = "../lessons/lesson4/tests/adaptive.rs"]
mod adaptive;

#[path = "../lessons/lesson4/tests/two_peaks.rs"]
mod two_peaks;
