//! Lesson 1's checks, in the order you meet the ideas.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson1` (all of them). The course's own test suite runs
//! this very file against the reference solution, so do not edit it: the runner
//! notices.

use std::cell::{Cell, RefCell};

use check::{Tol, assert_claim, assert_close};
use lesson1::*;
use rand::rngs::ChaCha8Rng;
use rand::{RngExt, SeedableRng};

/// The step used throughout, as in the post.
const H: f64 = 0.01;

/// How many seeds the "never" claims are tried on: enough that a wrong sign or a
/// wrong range shows up many times over, while the check stays instant.
const SEEDS: u64 = 1000;

fn rng(seed: u64) -> ChaCha8Rng {
    ChaCha8Rng::seed_from_u64(seed)
}

#[test]
fn product_multiplies_its_two_inputs() {
    // Products of small whole numbers are exact in f64: no tolerance needed beyond EXACT.
    for (a, b, f) in [(4.0, 3.0, 12.0), (-4.0, -3.0, 12.0), (2.5, -2.0, -5.0)] {
        assert_close(
            &format!("product({a}, {b})"),
            product(a, b),
            f,
            Tol::EXACT,
            "the node's output is f(a, b) = a·b",
        );
    }
}

#[test]
fn nudge_moves_a_by_h_times_the_first_draw_and_b_by_h_times_the_second() {
    for seed in [0, 1, 2] {
        let (a2, b2) = nudge(4.0, 3.0, H, &mut rng(seed));
        // The expected draws, taken from a generator with the same seed.
        let mut draws = rng(seed);
        let (u, v): (f64, f64) = (draws.random(), draws.random());
        let swapped = (a2 - (4.0 + H * v)).abs() < 1e-12 && (b2 - (3.0 + H * u)).abs() < 1e-12;
        let rule = if swapped {
            "a and b look swapped: draw u first and give it to a, then v for b"
        } else {
            "a moves by h·u and b by h·v, with u = rng.random() drawn first and v second"
        };
        // One multiply and one add: only rounding can differ, so EXACT.
        assert_close(
            &format!("a after nudge(4, 3, h = {H}) with seed {seed}"),
            a2,
            4.0 + H * u,
            Tol::EXACT,
            rule,
        );
        assert_close(
            &format!("b after nudge(4, 3, h = {H}) with seed {seed}"),
            b2,
            3.0 + H * v,
            Tol::EXACT,
            rule,
        );
    }
}

#[test]
fn change_after_nudge_is_f_after_minus_f_before() {
    for seed in [0, 1, 2] {
        // The expected change, from the check's own replay of the two draws (not from
        // your `nudge`, so a wrong nudge cannot make this check agree with itself).
        let mut draws = rng(seed);
        let (u, v): (f64, f64) = (draws.random(), draws.random());
        let expected = (4.0 + H * u) * (3.0 + H * v) - 12.0;
        // The same two products and one subtraction: EXACT.
        assert_close(
            &format!("change_after_nudge(4, 3, h = {H}) with seed {seed}"),
            change_after_nudge(4.0, 3.0, H, &mut rng(seed)),
            expected,
            Tol::EXACT,
            "nudge (a, b) with the same rng, then subtract: f(after) − f(before)",
        );
    }
}

#[test]
fn nudging_4_and_3_never_lowers_f() {
    // (4 + h·u)(3 + h·v) − 12 = h·(3u + 4v) + h²·uv, which lies in [0, 0.0701) for
    // u, v in [0, 1) and h = 0.01.
    for seed in 0..SEEDS {
        let change = change_after_nudge(4.0, 3.0, H, &mut rng(seed));
        assert_claim(
            (0.0..0.0701).contains(&change),
            &format!("change of a·b after nudging (4, 3) by h = {H}, seed {seed}"),
            change,
            "a value in [0, 0.0701)",
            "with both inputs positive, pushing either one up can only raise a·b",
        );
    }
}

#[test]
fn nudging_minus_4_and_minus_3_never_raises_f() {
    // (−4 + h·u)(−3 + h·v) − 12 = −h·(3u + 4v) + h²·uv, which lies in (−0.0699, 0].
    for seed in 0..SEEDS {
        let change = change_after_nudge(-4.0, -3.0, H, &mut rng(seed));
        assert_claim(
            change > -0.0699 && change <= 0.0,
            &format!("change of a·b after nudging (-4, -3) by h = {H}, seed {seed}"),
            change,
            "a value in (-0.0699, 0]",
            "with both inputs negative, pushing them up moves them towards zero, so a·b shrinks: \
             the same nudge has the opposite effect",
        );
    }
}

#[test]
fn random_search_counts_every_evaluation_of_f() {
    for tries in [0, 1, 100] {
        let calls = Cell::new(0);
        let f = |a: f64, b: f64| {
            calls.set(calls.get() + 1);
            a * b
        };
        let search = random_search(f, (-4.0, -3.0), H, tries, &mut rng(7));
        assert_claim(
            search.evaluations == calls.get(),
            &format!("evaluations reported by random_search with {tries} tries"),
            search.evaluations,
            format!("{} (the calls of f actually made)", calls.get()),
            "count each call of f as it happens: once at the start, then once per try",
        );
        assert_claim(
            calls.get() == tries + 1,
            &format!("calls of f made by random_search with {tries} tries"),
            calls.get(),
            tries + 1,
            "evaluate f once at the start, then once for each try, and never more",
        );
    }
}

#[test]
fn random_search_keeps_the_best_point_it_has_seen() {
    let seen = RefCell::new(Vec::new());
    let f = |a: f64, b: f64| {
        let value = a * b;
        seen.borrow_mut().push(value);
        value
    };
    let search = random_search(f, (-4.0, -3.0), H, 200, &mut rng(7));
    let best_seen = seen
        .borrow()
        .iter()
        .copied()
        .fold(f64::NEG_INFINITY, f64::max);
    assert_close(
        "best_value of random_search on a·b from (-4, -3)",
        search.best_value,
        best_seen,
        Tol::EXACT,
        "keep a tried point only when its f is larger than the best so far, and never let a \
         worse one replace it",
    );
    assert_close(
        "a·b at the best point random_search returned",
        search.best.0 * search.best.1,
        search.best_value,
        Tol::EXACT,
        "best and best_value must belong together: store them at the same moment",
    );
    assert_claim(
        search.best_value > 12.0,
        "best_value after 200 tries from (-4, -3)",
        search.best_value,
        "more than 12, the value at the start",
        "some random tweaks raise a·b; the search must keep them",
    );
    // On flat ground every try ties with the start: a search that keeps ties
    // (>= instead of >) wanders off to wherever its last try landed.
    let flat = random_search(|_, _| 1.0, (4.0, 3.0), H, 50, &mut rng(7));
    assert_claim(
        flat.best == (4.0, 3.0),
        "best point of random_search on a flat f (f = 1 everywhere) from (4, 3), 50 tries",
        format!("({}, {})", flat.best.0, flat.best.1),
        "(4, 3), the start: no try is strictly better",
        "a tie is not an improvement: keep a tried point only when its f is strictly larger (>)",
    );
}

#[test]
fn random_search_tries_steps_down_as_well_as_up() {
    // To raise −a·b from (4, 3) the inputs must go *down*: a search that only
    // tries steps in [0, h) can never improve on the start.
    let minus_product = |a: f64, b: f64| -(a * b);
    let tries = 200;
    let search = random_search(minus_product, (4.0, 3.0), H, tries, &mut rng(7));
    assert_claim(
        search.best_value > -12.0,
        "best −a·b found from (4, 3) in 200 tries",
        search.best_value,
        "more than −12, the value at the start",
        "each try moves every input by h·(2u − 1), a random amount in [−h, h), \
         so steps go down as often as up",
    );
    let (da, db) = (search.best.0 - 4.0, search.best.1 - 3.0);
    assert_claim(
        da.abs() <= H * tries as f64 && db.abs() <= H * tries as f64,
        "how far the best point moved from (4, 3)",
        format!("({da}, {db})"),
        format!(
            "at most h per try in each input, {} in all",
            H * tries as f64
        ),
        "a try moves each input of the best point so far by less than h",
    );
}

#[test]
fn the_printed_story_matches_the_snapshot() {
    // The snapshot is lessons/lesson1/tests/snapshots/lesson1_story.snap: what
    // `cargo run -p lesson1` prints once every function above is right.
    insta::with_settings!({ prepend_module_to_snapshot => false }, {
        insta::assert_snapshot!("lesson1_story", story::render());
    });
}
