//! Part 1: the nudge — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson1 --test nudge`. The course's own test suite runs
//! this very file against the reference solution, so do not edit it: the runner
//! notices.

use check::{Tol, assert_claim, assert_close_naming, fail, same_point, show, show_point, think};
use lesson1::*;
use rand::rngs::ChaCha8Rng;
use rand::{RngExt, SeedableRng};

/// How many seeds the "never" claims are tried on: enough that a wrong sign or a
/// wrong range shows up many times over, while the check stays instant.
const SEEDS: u64 = 1000;

#[test]
fn product_multiplies_its_two_inputs() {
    // Products of small whole numbers (and halves) are exact in f64: ROUNDING.
    for (a, b, f) in [(4.0, 3.0, 12.0), (-4.0, -3.0, 12.0), (2.5, -2.0, -5.0)] {
        assert_close_naming(
            &format!("product({a}, {b})"),
            product(a, b),
            f,
            Tol::ROUNDING,
            "the node's output is f(a, b) = a·b",
            &[(a + b, "a + b: the node multiplies its inputs")],
        );
    }
}

#[test]
fn nudge_moves_a_by_h_times_the_first_draw_and_b_by_h_times_the_second() {
    // h = 0.5 as well as the post's 0.01, so that an h written into the code shows;
    // h = −0.5 because the doc promises that a negative h pushes down.
    for (h, seed) in [(0.01, 0), (0.5, 1), (-0.5, 2)] {
        let mut given = rng(seed);
        let got = nudge(4.0, 3.0, h, &mut given);
        // The check's own draws, from a generator with the same seed.
        let mut draws = rng(seed);
        let (u, v, third): (f64, f64, f64) = (draws.random(), draws.random(), draws.random());
        let moved = |du: f64, dv: f64| (4.0 + du, 3.0 + dv);
        let mistakes = [
            (
                same_point(got, moved(h * v, h * u)),
                "the two draws swapped: the first draw moves a, the second b",
            ),
            (
                same_point(got, (3.0 + h * v, 4.0 + h * u)),
                "the pair returned in the wrong order: return (a, b), a first",
            ),
            (
                same_point(got, moved(h * u, h * u)),
                "one draw shared by both inputs: b needs a draw of its own",
            ),
            (
                same_point(got, moved(h * u, h * third)),
                "a draw too many between u and v: draw u, then v, and nothing else",
            ),
            (
                h != 0.01 && same_point(got, moved(0.01 * u, 0.01 * v)),
                "h = 0.01 written into the code: use the h you are given",
            ),
            (
                same_point(got, moved(-h * u, -h * v)),
                "h·u subtracted: add it, so that a positive h pushes up and a negative one down",
            ),
        ];
        let quantity = format!("nudge(4, 3, h = {h}) with seed {seed}");
        let rule = "a moves to a + h·u and b to b + h·v, with u = rng.random() drawn first and \
                    v second";
        if !same_point(got, moved(h * u, h * v)) {
            fail(
                &quantity,
                show_point(got),
                format!(
                    "{} (u = {u:.5}, v = {v:.5}; {})",
                    show_point(moved(h * u, h * v)),
                    Tol::ROUNDING
                ),
                &think(rule, &mistakes),
            );
        }
        // Nothing else is drawn: the next number the generator gives is the third.
        let next: f64 = given.random();
        assert_claim(
            next == third,
            &format!("the next draw of the generator after {quantity}"),
            show(next),
            format!("{} (the third draw of seed {seed})", show(third)),
            "nudge draws exactly two numbers, u and v: a draw more shifts every draw after it",
        );
    }
}

#[test]
fn change_after_nudge_is_f_after_minus_f_before() {
    for (h, seed) in [(0.01, 0), (0.5, 1)] {
        // The expected change, from the check's own replay of the two draws (not from
        // your `nudge`, so a wrong nudge cannot make this check agree with itself).
        let mut draws = rng(seed);
        let (u, v): (f64, f64) = (draws.random(), draws.random());
        let after = (4.0 + h * u) * (3.0 + h * v);
        let small_h = (4.0 + 0.01 * u) * (3.0 + 0.01 * v) - 12.0;
        let mut given = rng(seed);
        let quantity = format!("change_after_nudge(4, 3, h = {h}) with seed {seed}");
        // The same two products and one subtraction: ROUNDING.
        assert_close_naming(
            &quantity,
            change_after_nudge(4.0, 3.0, h, &mut given),
            after - 12.0,
            Tol::ROUNDING,
            "nudge (a, b) once with the rng given, then subtract: f(after) − f(before)",
            &[
                (
                    12.0 - after,
                    "f(before) − f(after), the subtraction reversed",
                ),
                (after, "f after the nudge alone: subtract f before it"),
                (
                    small_h,
                    "h = 0.01 written into the code: use the h you are given",
                ),
            ],
        );
        let (next, third): (f64, f64) = (given.random(), draws.random());
        assert_claim(
            next == third,
            &format!("the next draw of the generator after {quantity}"),
            show(next),
            format!("{} (the third draw of seed {seed})", show(third)),
            "change_after_nudge draws exactly as nudge does, two numbers: call nudge once",
        );
    }
}

#[test]
fn nudging_4_and_3_never_lowers_f() {
    // (4 + h·u)(3 + h·v) − 12 = h·(3u + 4v) + h²·uv, which lies in [0, 0.0701) for
    // u, v in [0, 1) and h = 0.01.
    for seed in 0..SEEDS {
        let change = change_after_nudge(4.0, 3.0, 0.01, &mut rng(seed));
        assert_claim(
            (0.0..0.0701).contains(&change),
            &format!("change of a·b after nudging (4, 3) by h = 0.01, seed {seed}"),
            show(change),
            "a value in [0, 0.0701)",
            "with both inputs positive, pushing either one up can only raise a·b",
        );
    }
}

#[test]
fn nudging_minus_4_and_minus_3_never_raises_f() {
    // (−4 + h·u)(−3 + h·v) − 12 = −h·(3u + 4v) + h²·uv, which lies in (−0.0699, 0].
    for seed in 0..SEEDS {
        let change = change_after_nudge(-4.0, -3.0, 0.01, &mut rng(seed));
        assert_claim(
            change > -0.0699 && change <= 0.0,
            &format!("change of a·b after nudging (-4, -3) by h = 0.01, seed {seed}"),
            show(change),
            "a value in (-0.0699, 0]",
            "with both inputs negative, pushing them up moves them towards zero, so a·b \
             shrinks: the same nudge has the opposite effect",
        );
    }
}

fn rng(seed: u64) -> ChaCha8Rng {
    ChaCha8Rng::seed_from_u64(seed)
}
