//! Lesson 8's own checks (lessons/lesson8/tests/, one file per part), run against
//! the reference solution: the `lesson8` dependency of this package is
//! `solutions/lesson8`, renamed (and it runs `solutions/lesson6` and
//! `solutions/lesson7`).

#[path = "../lessons/lesson8/tests/dying.rs"]
mod dying;
#[path = "../lessons/lesson8/tests/exploding.rs"]
mod exploding;
#[path = "../lessons/lesson8/tests/grad_check.rs"]
mod grad_check;
#[path = "../lessons/lesson8/tests/init.rs"]
mod init;
#[path = "../lessons/lesson8/tests/vanishing.rs"]
mod vanishing;
