//! Lesson 8's own checks (lessons/lesson8/tests/, one file per part), run against
//! the reference solution: the `lesson8` dependency of this package is
//! `solutions/lesson8`, renamed (and it runs `solutions/lesson6` and
//! `solutions/lesson7`).

// Each part's first check runs the same support file (are lessons 6 and 7
// done?): here, where all the parts meet, it is compiled once per part.
#![allow(clippy::duplicate_mod)]

#[path = "../lessons/lesson8/tests/dying.rs"]
mod dying;
#[path = "../lessons/lesson8/tests/exploding.rs"]
mod exploding;
#[path = "../lessons/lesson8/tests/grad_check.rs"]
mod grad_check;
#[path = "../lessons/lesson8/tests/init.rs"]
mod init;
#[path = "../lessons/lesson8/tests/scale.rs"]
mod scale;
#[path = "../lessons/lesson8/tests/vanishing.rs"]
mod vanishing;
