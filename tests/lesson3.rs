//! Lesson 3's own checks (lessons/lesson3/tests/, one file per part), run against
//! the reference solution: the `lesson3` dependency of this package is
//! `solutions/lesson3`, renamed.

#[path = "../lessons/lesson3/tests/rules.rs"]
mod rules;

#[path = "../lessons/lesson3/tests/step.rs"]
mod step;

#[path = "../lessons/lesson3/tests/gradient_check.rs"]
mod gradient_check;

#[path = "../lessons/lesson3/tests/product_gradient.rs"]
mod product_gradient;
