//! Lesson 6's own checks (lessons/lesson6/tests/, one file per part), run against
//! the reference solution: the `lesson6` dependency of this package is
//! `solutions/lesson6`, renamed.

#[path = "../lessons/lesson6/tests/backward.rs"]
mod backward;
#[path = "../lessons/lesson6/tests/composite.rs"]
mod composite;
#[path = "../lessons/lesson6/tests/tape.rs"]
mod tape;
#[path = "../lessons/lesson6/tests/unary.rs"]
mod unary;
