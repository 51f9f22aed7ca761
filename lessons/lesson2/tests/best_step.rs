//! Part 3: how small should h be? — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson2 --test best_step`. The course's own test suite
//! runs this very file against the reference solution, so do not edit it: the
//! runner notices.
//!
//! After the first check, the checks build the tables of the lesson text for
//! sin at x = 1 with your functions, and hold them to its numbers.

use check::{Tol, assert_claim, assert_equal, assert_panics, fail, show, show_all, think};
use lesson2::*;

#[test]
fn error_table_has_one_row_per_step_with_the_absolute_error() {
    // f(x) = 1/x at x = 1.7, slope −1/x². Its f″ = 2/x³ is positive and its
    // f‴ = −6/x⁴ negative, so the forward estimate lands above the slope and the
    // central one below: an error left signed shows in one of the two tables.
    let (x, exact, steps) = (1.7, -1.0 / (1.7 * 1.7), [0.5, 1e-2, 1e-5]);
    let f = |x: f64| 1.0 / x;
    for difference in [Difference::Forward, Difference::Central] {
        let run =
            format!("error_table(1/x, x = 1.7, exact = -1/x², {difference:?}, steps = {steps:?})");
        let table = error_table(f, x, exact, difference, &steps);
        let hs: Vec<f64> = table.iter().map(|row| row.h).collect();
        assert_claim(
            hs == steps,
            &format!("the steps of the rows of {run}"),
            show_all(&hs),
            show_all(&steps),
            "one row per step, in the order of the steps",
        );
        let errors: Vec<f64> = table.iter().map(|row| row.error).collect();
        for (&h, &got) in steps.iter().zip(&errors) {
            // The check's own quotients, written as in the doc comments: the same
            // arithmetic as yours, up to the order of rounding, far below 1e-12: ROUNDING.
            let forward = (f(x + h) - f(x)) / h;
            let central = (f(x + h) - f(x - h)) / (2.0 * h);
            let (estimate, other) = match difference {
                Difference::Forward => (forward, central),
                Difference::Central => (central, forward),
            };
            let error = (estimate - exact).abs();
            if Tol::ROUNDING.accepts(got, error) {
                continue;
            }
            let is = |value: f64| Tol::ROUNDING.accepts(got, value);
            let one_h = errors.iter().all(|&e| e == errors[0]);
            let mistakes = [
                (is(-error), "a signed error: take |estimate − exact|"),
                (
                    is(error / exact.abs()),
                    "a relative error, divided by |exact|",
                ),
                (is((other - exact).abs()), "forward and central mixed up"),
                (one_h, "the same step in every row: use each row's h"),
            ];
            fail(
                &format!("the error in the row h = {h} of {run}"),
                show(got),
                format!("{} ({})", show(error), Tol::ROUNDING),
                &think(
                    "the error is |estimate − exact|, with the estimate from derivative_forward \
                     or derivative_central at this row's h",
                    &mistakes,
                ),
            );
        }
        let empty = error_table(f, x, exact, difference, &[]);
        assert_claim(
            empty.is_empty(),
            &format!("the number of rows of error_table(1/x, .., {difference:?}, steps = [])"),
            empty.len(),
            0,
            "no steps, no rows",
        );
        assert_panics(
            &format!("error_table(1/x, .., {difference:?}, steps = [0.01, 0])"),
            || error_table(f, x, exact, difference, &[1e-2, 0.0]),
            "h must be positive and finite",
            "every step is checked, the second too: the difference quotients of part 1 \
             refuse a bad h, so use them",
        );
    }
}

#[test]
fn the_formula_error_shrinks_like_h_forward_and_like_h_squared_central() {
    // For sin at x = 1 the forward difference is off by h·|f″(1)|/2 = 0.4207·h, plus
    // h²·|f‴(1)|/6 = 0.09·h², 2% more at h = 0.1; rounding adds at most about
    // 2ε/h ≈ 4e-12 at h = 1e-4. So error/h lies within [0.41, 0.44] for h = 1e-1 …
    // 1e-4. The central difference is off by h²·|f‴(1)|/6 = 0.0901·h², plus a relative
    // h²/20 ≤ 0.05% at h = 0.1, plus rounding, 0.2% of the 9e-10 at h = 1e-4: error/h²
    // lies within [0.088, 0.092]. Each formula's errors fall far outside the other's range.
    for (difference, power, range) in [
        (Difference::Forward, 1, 0.41..=0.44),
        (Difference::Central, 2, 0.088..=0.092),
    ] {
        let (per, size, fewer) = match difference {
            Difference::Forward => ("h", "h·|f″(x)|/2, 0.4207·h here", "ten"),
            Difference::Central => ("h²", "h²·|f‴(x)|/6, 0.0901·h² here", "a hundred"),
        };
        for row in error_table(f64::sin, 1.0, 1f64.cos(), difference, &STEPS[..4]) {
            let ratio = row.error / row.h.powi(power);
            assert_claim(
                range.contains(&ratio),
                &format!(
                    "{difference:?} error / {per} for sin at x = 1, h = {:e}",
                    row.h
                ),
                format!("{ratio:.4} (error {:.2e})", row.error),
                format!("within {range:?}"),
                &format!(
                    "the {difference:?} difference's own error is about {size}: ten times \
                     smaller h, {fewer} times smaller error"
                ),
            );
        }
    }
}

#[test]
fn errors_rise_again_when_h_is_so_small_that_rounding_dominates() {
    // At h = 1e-13, f(x + h) and f(x) share all but their last few bits, so the
    // difference is mostly rounding: about ε/h ≈ 1e-3 relatively, thousands of
    // times the best error. At h = 1e-11 the lesson's sin example shows 1.2e-6 for
    // both formulas; the exact figure depends on the last bit of sin, so a
    // decade either side is allowed.
    for difference in [Difference::Forward, Difference::Central] {
        let table = error_table(f64::sin, 1.0, 1f64.cos(), difference, &STEPS);
        let smallest = table
            .iter()
            .map(|row| row.error)
            .fold(f64::INFINITY, f64::min);
        let (at_1e_11, last) = (table[10].error, table[12].error);
        assert_claim(
            last > 100.0 * smallest && (1e-7..=1e-5).contains(&at_1e_11),
            &format!("{difference:?} errors for sin at x = 1, h = 1e-11 and h = 1e-13"),
            format!("{at_1e_11:.2e} and {last:.2e} (smallest in the table {smallest:.2e})"),
            "within [1e-7, 1e-5] (near 1.2e-6), and more than 100 × the smallest error",
            "below the best h, rounding in f(x + h) − f(x) is divided by a tiny h: the error \
             grows again, like ε/h",
        );
    }
}

#[test]
fn best_step_picks_the_row_with_the_smallest_error() {
    let row = |h: f64, error: f64| ErrorRow { h, error };
    for (errors, best) in [
        (vec![3.0, 1.0, 2.0], 1),
        (vec![0.5, 1.0, 2.0], 0),
        (vec![2.0, 1.0, 0.5], 2),
        (vec![3.0, 1.0, 2.0, 1.0], 1),
        (vec![7.0], 0),
    ] {
        let table: Vec<ErrorRow> = (0..errors.len())
            .map(|i| row(STEPS[i], errors[i]))
            .collect();
        let got = best_step(&table);
        let largest = errors.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let tie = errors
            .iter()
            .rposition(|&e| e == errors[best])
            .filter(|&i| i != best);
        let later_tie = tie.is_some_and(|i| got == table[i]);
        let mistakes = [
            (got.error == largest, "the row with the largest error"),
            (
                later_tie,
                "the later of two tied rows: replace only on a smaller error (<)",
            ),
            (
                got == table[0],
                "the first row, never replaced by a better one",
            ),
        ];
        assert_equal(
            &format!(
                "best_step of the rows with errors {} (h = 1e-1, 1e-2, …)",
                show_all(&errors)
            ),
            format!("{got:?}"),
            format!("{:?}", table[best]),
            &think(
                "keep the first row, then replace it only by a row with a strictly smaller error",
                &mistakes,
            ),
        );
    }
    assert_panics(
        "best_step(&[])",
        || best_step(&[]),
        "best_step needs at least one row",
        "an empty table has no best row: panic with \"best_step needs at least one row\"",
    );
}

#[test]
fn best_forward_step_is_near_the_square_root_of_epsilon() {
    // Truncation h·|f″|/2 meets rounding ≈ ε/h near h = √ε ≈ 1.5e-8; on a grid of
    // powers of ten the best lands within a decade of it. For sin at x = 1 the
    // error is about 3.0e-9 at h = 1e-8; rounding makes the exact figure depend on
    // the last bit of sin, so [1e-10, 3e-8] is allowed, which a central
    // difference's best (about 1e-11, at h = 1e-5) misses.
    let best = best_step(&error_table(
        f64::sin,
        1.0,
        1f64.cos(),
        Difference::Forward,
        &STEPS,
    ));
    assert_claim(
        [1e-9, 1e-8, 1e-7].contains(&best.h) && (1e-10..=3e-8).contains(&best.error),
        "best step of the forward difference for sin at x = 1, over h = 1e-1 … 1e-13",
        format!("h = {:e}, error {:.2e}", best.h, best.error),
        "h = 1e-9, 1e-8 or 1e-7 (near √ε ≈ 1.5e-8), error within [1e-10, 3e-8] (near 3.0e-9)",
        "the error falls like h until rounding, growing like ε/h, takes over: they balance \
         near h = √ε, where half the digits of an f64 are lost",
    );
}

#[test]
fn best_central_step_is_near_the_cube_root_of_epsilon() {
    // Truncation h²·|f‴|/6 meets rounding ≈ ε/h near h = ∛ε ≈ 6e-6; on a grid of
    // powers of ten the best lands within a decade of it. For sin at x = 1 the
    // error is about 1.1e-11 at h = 1e-5; rounding makes the exact figure depend on
    // the last bit of sin, so [1e-13, 1e-10] is allowed, which a forward
    // difference's best (about 3e-9, at h = 1e-8) misses.
    let best = best_step(&error_table(
        f64::sin,
        1.0,
        1f64.cos(),
        Difference::Central,
        &STEPS,
    ));
    assert_claim(
        [1e-6, 1e-5, 1e-4].contains(&best.h) && (1e-13..=1e-10).contains(&best.error),
        "best step of the central difference for sin at x = 1, over h = 1e-1 … 1e-13",
        format!("h = {:e}, error {:.2e}", best.h, best.error),
        "h = 1e-6, 1e-5 or 1e-4 (near ∛ε ≈ 6e-6), error within [1e-13, 1e-10] (near 1.1e-11)",
        "the error falls like h² until rounding, growing like ε/h, takes over: they balance \
         near h = ∛ε, with an error about a thousand times smaller than forward's best",
    );
}

// The story, a module of the program (src/main.rs), is compiled in for this check only.
#[path = "../src/story.rs"]
mod story;

#[test]
fn the_printed_story_matches_the_snapshot() {
    // lessons/lesson2/tests/snapshots/lesson2_story.snap: what `cargo run -p lesson2`
    // prints once every function of the three parts is right.
    check::story_snapshot!("lesson2_story", story::render());
}
