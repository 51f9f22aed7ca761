//! Part 6: the gradient check, and its kinks — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson8 --test grad_check`. The course's own test suite
//! runs this very file against the reference solution, so do not edit it: the
//! runner notices.

use check::{Tol, assert_claim, assert_close_naming, assert_equal, assert_panics, show, think};
use lesson6::{Tape, Var};
use lesson8::grad_check::{Band, band, check_gradient, relative_error};

#[path = "support/earlier.rs"]
mod earlier;

#[test]
fn bands_read_an_error_as_cs231n_does() {
    earlier::earlier_lessons_work();
    use Band::*;
    for (error, expected) in [
        (0.5, Wrong),
        (1e-3, Uncomfortable),
        (1e-5, FineOnlyWithKinks),
        (1e-9, Agreement),
        (0.0, Agreement),
        (f64::NAN, Wrong),
        (f64::INFINITY, Wrong),
        (1e-2, Uncomfortable),
        (1.0000001e-2, Wrong),
        (1e-4, Uncomfortable),
        (0.99e-4, FineOnlyWithKinks),
        (1e-7, FineOnlyWithKinks),
        (0.99e-7, Agreement),
    ] {
        let got = band(error);
        let rule = think(
            "above 1e-2 Wrong; from 1e-4 to 1e-2, both included, Uncomfortable; from 1e-7, \
             included, to 1e-4 FineOnlyWithKinks; below 1e-7, where lesson 3's agrees(error) \
             holds, Agreement; NaN Wrong",
            &[
                (
                    error.is_nan() && got == Agreement,
                    "NaN fell through every comparison (they are all false for NaN): test it \
                     first",
                ),
                (
                    error == 1e-7 && got == Agreement,
                    "a second boundary for agreement: exactly 1e-7 does not agree in lesson 3 \
                     (agrees is strict), so it cannot be Agreement here; ask agrees(error)",
                ),
                (
                    [1e-2, 1e-4].contains(&error),
                    "a boundary on the wrong side: 1e-2 and 1e-4 are both Uncomfortable, so \
                     use <= at the top and >= at the bottom",
                ),
            ],
        );
        assert_equal(
            &format!("band({})", show(error)),
            format!("{got:?}"),
            format!("{expected:?}"),
            &rule,
        );
    }
}

#[test]
fn check_gradient_puts_backward_beside_a_central_difference() {
    let cube = |tape: &mut Tape, x: Var| tape.pow(x, 3.0);
    let (analytic, numeric) = check_gradient(cube, 2.0, 0.01);
    // ∂x³/∂x = 3x² = 12; the central difference of a cube is 3x² + h² = 12.0001,
    // up to the roundings of x³ near 8 (1e-15), divided by 2h: 1e-9 is plenty.
    // The forward difference would be 12.0601, the backward one 11.9401.
    assert_close_naming(
        "the numeric half of check_gradient(x³, x = 2, h = 0.01)",
        numeric,
        12.0001,
        Tol::abs(1e-9),
        "the central difference (f(x + h) − f(x − h)) / (2h), each value recorded on a fresh \
         tape",
        &[
            (12.0601, "a forward difference (f(x + h) − f(x)) / h"),
            (11.9401, "a backward difference (f(x) − f(x − h)) / h"),
            (24.0002, "a division by h, not 2h"),
            (analytic, "the analytic gradient returned twice"),
        ],
    );
    assert_close_naming(
        "the analytic half of check_gradient(x³, x = 2, h = 0.01)",
        analytic,
        12.0,
        Tol::ROUNDING,
        "record f on a tape from a leaf x, take backward from f's output, and read the leaf's \
         gradient: 3·2² = 12",
        &[
            (numeric, "the numeric difference returned twice"),
            (8.0, "the value f(2), not ∂f/∂x"),
            (
                1.0,
                "the gradient of f's output itself (always 1), not of the leaf x",
            ),
        ],
    );
}

#[test]
fn check_gradient_refuses_a_step_that_is_not_positive_and_finite() {
    for h in [0.0, -1e-5, f64::NAN, f64::INFINITY] {
        assert_panics(
            &format!("check_gradient(x³, x = 2, h = {h})"),
            || check_gradient(|tape: &mut Tape, x: Var| tape.pow(x, 3.0), 2.0, h),
            "h must be positive",
            "a difference over h = 0 is 0/0, a negative h flips the difference's direction, and ∞ \
             or NaN is no step at all",
        );
    }
}

#[test]
fn at_a_kink_the_check_fails_though_backward_is_right() {
    let relu = |tape: &mut Tape, x: Var| tape.relu(x);
    let tanh = |tape: &mut Tape, x: Var| tape.tanh(x);
    // Each case by hand, with h = 1e-5: relu at 1 is x on both sides of it, slope
    // 1 both ways; tanh at 0.5 is smooth, and its central difference is off by
    // about h², far below 1e-7. At 0 your relu says 0 (micrograd's choice at the
    // kink) while the difference sees (h − 0)/(2h) = 1/2; at 3e-6, within h of
    // the kink, backward says 1 and the difference (1.3e-5 − 0)/2e-5 = 0.65.
    for (name, x, error, expected) in [
        ("relu at 1", 1.0, 0.0, Band::Agreement),
        ("tanh at 0.5", 0.5, 0.0, Band::Agreement),
        ("relu at 0", 0.0, 1.0, Band::Wrong),
        ("relu at 3e-6", 3e-6, 0.35, Band::Wrong),
    ] {
        let (analytic, numeric) = if name.starts_with("relu") {
            check_gradient(relu, x, 1e-5)
        } else {
            check_gradient(tanh, x, 1e-5)
        };
        let got = relative_error(analytic, numeric);
        // Roundings of the differences: 1e-9 absolute is far from every band.
        assert_close_naming(
            &format!("the relative error of check_gradient({name}, h = 1e-5)"),
            got,
            error,
            Tol::abs(1e-9),
            "away from a kink backward and the difference agree; at a kink they need not, \
             though both are right: the difference straddles the corner",
            &[],
        );
        assert_claim(
            band(got) == expected,
            &format!("the band of check_gradient({name}, h = 1e-5)"),
            format!("{:?} (error {})", band(got), show(got)),
            format!("{expected:?}"),
            "an error of 1 at a relu's kink reads Wrong, yet the engine is right: that is why \
             CS231n trusts errors up to 1e-4 only where there are kinks, and why a check should \
             avoid points within h of one",
        );
    }
}

// The story and its pictures (modules of src/main.rs) are compiled in for this check only.
#[path = "../src/plot.rs"]
mod plot;
#[path = "../src/story.rs"]
mod story;

#[test]
fn the_story_makes_each_failure_happen_measures_it_and_fixes_it() {
    check::story_snapshot!("lesson8_story", story::render());
}
