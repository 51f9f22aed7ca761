//! Part 1: the climb — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson4 --test climb`. The course's own test suite runs
//! this very file against the reference solution, so do not edit it: the runner
//! notices.

use check::{Calls, Tol, assert_all_close, assert_claim, assert_close, assert_close_naming};
use check::{assert_panics, show, show_all, think};
use lesson4::*;

/// The peak B of the lesson's hill f, and the points A and C on either side.
const A: f64 = 0.0;
const B: f64 = 2.0;
const C: f64 = 4.0;

#[test]
fn f_is_4_minus_the_square_of_the_distance_to_2() {
    // Whole numbers in, whole numbers out: exact in f64, so ROUNDING.
    for (x, expected) in [(A, 0.0), (B, 4.0), (C, 0.0), (3.0, 3.0), (-1.0, -5.0)] {
        let rule = "f(x) = 4 − (x − 2)²: square the distance from the peak at 2, take it from 4";
        assert_close(&format!("f({x})"), f(x), expected, Tol::ROUNDING, rule);
    }
}

#[test]
fn f_prime_is_minus_twice_the_distance_to_2() {
    // Whole numbers again: ROUNDING.
    for (x, expected) in [(A, 4.0), (B, 0.0), (C, -4.0), (3.0, -2.0), (-1.0, 6.0)] {
        let rule = "f′(x) = −2(x − 2): positive left of the peak, zero at it, negative right of it";
        let flipped = [(
            -expected,
            "a flipped sign: left of the peak f rises, so f′ > 0 there",
        )];
        let q = format!("f′({x})");
        assert_close_naming(&q, f_prime(x), expected, Tol::ROUNDING, rule, &flipped);
    }
}

#[test]
fn step_moves_uphill_by_eta_times_the_slope() {
    // One multiply and one add on exact inputs: ROUNDING. The last case has η < 0:
    // the bare step checks nothing (climb does), so it steps downhill as told.
    let cases = [
        (A, 0.1, 0.4),
        (C, 0.1, 3.6),
        (1.0, 0.25, 1.5),
        (B, 0.6, B),
        (A, 0.6, 2.4),
        (1.0, -0.5, 0.0),
    ];
    for (x, eta, expected) in cases {
        let (slope, height) = (-2.0 * (x - B), 4.0 - (x - B) * (x - B));
        let slips = [
            (
                x - eta * slope,
                "a step downhill (x − η·f′): ascent adds η·f′(x)",
            ),
            (
                x + eta * height,
                "x + η·f(x): the step follows the slope f′, not the height f",
            ),
            (x + slope, "a step without η: move by η·f′(x), not by f′(x)"),
            (x + 0.1 * slope, "a fixed step size of 0.1, not the η given"),
        ];
        let (q, rule) = (
            format!("step(f_prime, x = {x}, η = {eta})"),
            "one ascent step is x + η·f′(x)",
        );
        assert_close_naming(
            &q,
            step(f_prime, x, eta),
            expected,
            Tol::ROUNDING,
            rule,
            &slips,
        );
    }
    // The slope is a parameter: any hill's slope must be used as given.
    let rule = "call the slope you were given, f_prime(x), not a fixed formula";
    let got = step(|_| 10.0, 1.0, 0.1);
    assert_close(
        "step(|_| 10.0, x = 1, η = 0.1)",
        got,
        2.0,
        Tol::ROUNDING,
        rule,
    );
}

#[test]
fn climb_returns_the_start_then_one_point_per_step() {
    // With slope 1 everywhere each step adds exactly η = 0.5: ROUNDING.
    let q = "climb(slope = 1, start = 0, η = 0.5, steps = 3)";
    let (trajectory, seen) = recorded_climb(q, |_| 1.0, 0.0, 0.5, 3);
    let slips: [(&[f64], &str); 5] = [
        (
            &[0.0, 0.5, 1.0, 1.5, 2.0],
            "one step too many: 0..steps runs steps times",
        ),
        (&[0.0, 0.5, 1.0], "one step too few"),
        (
            &[0.0, 0.5, 0.5, 0.5],
            "every step made from the start, not from the point before",
        ),
        (
            &[0.0, 0.0, 0.5, 1.0],
            "the start pushed twice: push the point after each step",
        ),
        (&[0.5, 1.0, 1.5], "a trajectory without its start"),
    ];
    let rule = "the trajectory is the start, then the point after each step, each made from the \
                point before: steps + 1 points";
    let rule = think(
        rule,
        &slips.map(|(wrong, slip)| (trajectory == wrong, slip)),
    );
    assert_all_close(q, &trajectory, &[0.0, 0.5, 1.0, 1.5], Tol::ROUNDING, &rule);
    let q = format!("the points where {q} asked for the slope");
    assert_all_close(&q, &seen, &[0.0, 0.5, 1.0], Tol::ROUNDING, &rule);
}

#[test]
fn climb_from_a_follows_the_five_trajectories_of_the_lesson() {
    // The lesson's numbers, each a few + − × ÷ from A: ROUNDING (1e−12) leaves
    // only the rounding of the decimal values.
    let expected: [(f64, [f64; 4]); 5] = [
        (0.1, [0.0, 0.4, 0.72, 0.976]),
        (0.5, [0.0, 2.0, 2.0, 2.0]),
        (0.6, [0.0, 2.4, 1.92, 2.016]),
        (1.0, [0.0, 4.0, 0.0, 4.0]),
        (1.1, [0.0, 4.4, -0.88, 5.456]),
    ];
    for (eta, points) in expected {
        let q = format!("climb(f_prime, A = 0, η = {eta}, steps = 3)");
        let (trajectory, _) = recorded_climb(&q, f_prime, A, eta, 3);
        let rule = "each point is step(f_prime, previous point, η); from A the slope is +4, so \
                    the climb starts to the right";
        assert_all_close(&q, &trajectory, &points, Tol::ROUNDING, rule);
    }
}

#[test]
fn climb_from_c_moves_left_towards_the_peak() {
    // As above, from C: ROUNDING.
    let q = "climb(f_prime, C = 4, η = 0.1, steps = 3)";
    let (trajectory, _) = recorded_climb(q, f_prime, C, 0.1, 3);
    let rule = "right of the peak f′ is negative, so x + η·f′(x) moves left, uphill";
    assert_all_close(
        q,
        &trajectory,
        &[4.0, 3.6, 3.28, 3.024],
        Tol::ROUNDING,
        rule,
    );
}

#[test]
fn climb_refuses_a_step_size_that_is_not_positive_and_finite() {
    // Zero steps too: a check inside the loop would never run.
    for (eta, steps) in [
        (0.0, 3),
        (-0.1, 3),
        (f64::NAN, 3),
        (f64::INFINITY, 3),
        (-0.1, 0),
    ] {
        assert_panics(
            &format!("climb(f_prime, 0, η = {eta}, steps = {steps})"),
            || climb(f_prime, 0.0, eta, steps),
            "the step size must be positive and finite",
            "η = 0 never moves, a negative η climbs down, and NaN or ∞ poison every point: refuse \
             them before the loop (so that zero steps check η too) with the documented message",
        );
    }
}

#[test]
fn climb_refuses_a_start_that_is_not_finite() {
    // Zero steps too: a check inside the loop would never run.
    for (start, steps) in [
        (f64::NAN, 3),
        (f64::INFINITY, 3),
        (-f64::INFINITY, 3),
        (f64::NAN, 0),
    ] {
        assert_panics(
            &format!("climb(f_prime, start = {start}, η = 0.1, steps = {steps})"),
            || climb(f_prime, start, 0.1, steps),
            "start must be finite",
            "from NaN or ∞ no step means anything: refuse it before the loop (so that zero steps \
             check it too) with assert!(start.is_finite(), \"start must be finite, got {start}\")",
        );
    }
}

#[test]
fn climb_with_zero_steps_is_just_the_start() {
    let rule = "zero steps is not an error: the trajectory is the start alone";
    let q = "climb(f_prime, start = 1.5, η = 0.1, steps = 0)";
    let (trajectory, _) = recorded_climb(q, f_prime, 1.5, 0.1, 0);
    assert_all_close(q, &trajectory, &[1.5], Tol::ROUNDING, rule);
}

#[test]
fn a_runaway_climb_stops_at_its_first_point_that_is_not_finite() {
    let budget = 10_000;
    let trajectory = climb(f_prime, A, 1.1, budget);
    let last = trajectory[trajectory.len() - 1];
    let end = &trajectory[trajectory.len().saturating_sub(3)..];
    assert_claim(
        trajectory.len() < budget + 1 && last.is_infinite(),
        "climb(f_prime, A, η = 1.1, steps = 10000)",
        format!("{} points, ending with {}", trajectory.len(), show_all(end)),
        "a trajectory that ends early, at its first infinite point",
        "at η = 1.1 every step multiplies the distance to B by −1.2, and after a few thousand \
         steps x overflows to ∞; stop there: the next step would give NaN",
    );
    for (k, pair) in trajectory[..trajectory.len() - 1].windows(2).enumerate() {
        // Each distance is −1.2 times the last, up to the rounding of one step,
        // a few units in the last place of x: 1e−12 relative is far above that.
        let (before, after) = (show(pair[0]), show(pair[1]));
        let q = format!(
            "distance to B after step {} (x = {after}), over the one before (x = {before})",
            k + 1
        );
        let rule =
            "a diverging climb grows without bound: each point is a step of η = 1.1 from the last";
        assert_close(
            &q,
            (pair[1] - B) / (pair[0] - B),
            -1.2,
            Tol::rel(1e-12),
            rule,
        );
    }
}

/// Runs a climb whose slope records where it is asked, and returns the
/// trajectory and those points. A climb that runs on past its number of steps
/// is stopped with a message instead of running until the runner's timeout.
fn recorded_climb(
    q: &str,
    slope: fn(f64) -> f64,
    start: f64,
    eta: f64,
    steps: usize,
) -> (Vec<f64>, Vec<f64>) {
    let calls = Calls::limited(1000, q, "a climb takes exactly `steps` steps, then stops");
    let trajectory = climb(calls.recording(slope), start, eta, steps);
    (trajectory, calls.seen())
}
