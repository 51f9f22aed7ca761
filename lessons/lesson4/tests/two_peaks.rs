//! Part 4: two peaks — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson4 --test two_peaks`. The course's own test suite
//! runs this very file against the reference solution, so do not edit it: the
//! runner notices.

use check::{Calls, Tol, assert_close};
use lesson4::*;

/// How close an adaptive climb must end to a peak: g is flat to the last bit of
/// an f64 within a few times 1e−8 of it, so no comparison of g can place the
/// peak closer (see the adaptive climb's checks).
const PEAK_TOL: f64 = 1e-7;

#[test]
fn two_peaks_is_minus_3x4_plus_4x3_plus_12x2() {
    // Small whole numbers and halves: exact in f64, so ROUNDING.
    for (x, expected) in [
        (-1.0, 5.0),
        (0.0, 0.0),
        (1.0, 13.0),
        (2.0, 32.0),
        (-0.5, 2.3125),
        (3.0, -27.0),
    ] {
        assert_close(
            &format!("two_peaks({x})"),
            two_peaks(x),
            expected,
            Tol::ROUNDING,
            "g(x) = −3x⁴ + 4x³ + 12x²",
        );
    }
}

#[test]
fn two_peaks_prime_is_zero_at_both_peaks_and_at_the_valley() {
    // Exact again: ROUNDING.
    for (x, expected) in [
        (-1.0, 0.0),
        (0.0, 0.0),
        (2.0, 0.0),
        (1.0, 24.0),
        (-0.5, -7.5),
        (3.0, -144.0),
    ] {
        let rule = "differentiate term by term: (xⁿ)′ = n·xⁿ⁻¹, so g′(x) = −12x³ + 12x² + 24x";
        assert_close(
            &format!("two_peaks_prime({x})"),
            two_peaks_prime(x),
            expected,
            Tol::ROUNDING,
            rule,
        );
    }
}

#[test]
fn the_climb_stops_at_the_nearer_peak_even_when_it_is_lower() {
    // From −0.5 the slope points left, to the peak at −1 (g = 5), away from the
    // higher peak at 2 (g = 32).
    // The slope counts its calls: a climb that runs past its steps is stopped.
    let rule = "a climb takes exactly `steps` steps (or tries), then stops";
    let calls = Calls::limited(10_000, "a climb on two_peaks", rule);
    let slope = |x| {
        calls.record(x);
        two_peaks_prime(x)
    };
    let plain = climb(slope, -0.5, 0.01, 200);
    let adaptive = adaptive_climb(two_peaks, slope, -0.5, 1.0, 1000);
    for (how, x) in [
        (
            "climb(two_peaks_prime, -0.5, η = 0.01, 200)",
            plain[plain.len() - 1],
        ),
        (
            "adaptive_climb(two_peaks, two_peaks_prime, -0.5, η = 1, 1000)",
            adaptive.x,
        ),
    ] {
        // The plain climb closes the distance by 0.64 a step near −1: after 200
        // steps it is at −1 to the last bit. The adaptive one stops where g is
        // flat in f64, within PEAK_TOL (see its comment).
        let rule = "gradient ascent only ever goes uphill from where it is: it stops at the first \
                    peak it reaches, here the lower one (g = 5 against g(2) = 32)";
        assert_close(
            &format!("where {how} ends"),
            x,
            -1.0,
            Tol::abs(PEAK_TOL),
            rule,
        );
    }
}

// The story and its pictures (modules of src/main.rs) are compiled in for this check only.
#[path = "../src/plot.rs"]
mod plot;
#[path = "../src/story.rs"]
mod story;

#[test]
fn the_printed_story_matches_the_snapshot() {
    // lessons/lesson4/tests/snapshots/lesson4_story.snap holds what
    // `cargo run -p lesson4` prints once every part is right.
    check::story_snapshot!("lesson4_story", story::render());
}
