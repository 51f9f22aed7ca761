//! Lesson 9's own checks (lessons/lesson9/tests/, one file per part), run against
//! the reference solution: the `lesson9` dependency of this package is
//! `solutions/lesson9`, renamed (and it runs `solutions/lesson6` and
//! `solutions/lesson7`).

// Each part's first check runs the same support file (are lessons 6 and 7
// done?): here, where all the parts meet, it is compiled once per part.
#![allow(clippy::duplicate_mod)]

#[path = "../lessons/lesson9/tests/backward.rs"]
mod backward;
#[path = "../lessons/lesson9/tests/layer.rs"]
mod layer;
#[path = "../lessons/lesson9/tests/matrix.rs"]
mod matrix;
#[path = "../lessons/lesson9/tests/replay.rs"]
mod replay;
#[path = "../lessons/lesson9/tests/speed.rs"]
mod speed;
#[path = "../lessons/lesson9/tests/train.rs"]
mod train;
