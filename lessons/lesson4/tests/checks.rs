//! Lesson 4's checks, in the order you meet the ideas.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson4` (all of them). The course's own test suite runs
//! this very file against the reference solution, so do not edit it: the runner
//! notices.

use std::panic::{AssertUnwindSafe, catch_unwind};

use check::{Tol, assert_claim, assert_close, fail};
use lesson4::*;

/// The peak B of the lesson's hill f, and the points A and C on either side.
const A: f64 = 0.0;
const B: f64 = 2.0;
const C: f64 = 4.0;

/// How close an adaptive climb must end to a peak. Near the top f is flat to
/// the last bit of an f64: 4 − e² rounds to the same number for every e below
/// a few times 1e−8, so no comparison of f can place the peak closer. 1e−7 is
/// that limit with room to spare, and a million times closer than any start.
const PEAK_TOL: f64 = 1e-7;

/// The tries an adaptive climb gets in the checks: enough to halve h = 1e6
/// twenty times and then close a distance of 1000 down to 1e−8 at the slowest
/// rate a halved h leaves here (each step times 0.953), about 500 tries.
const BUDGET: usize = 1000;

/// A trajectory shown in a failure message: its first points, how many there
/// are, and whether it ran away.
fn show(trajectory: &[f64]) -> String {
    let shown: Vec<String> = trajectory.iter().take(8).map(|x| format!("{x}")).collect();
    let more = if trajectory.len() > 8 { ", …" } else { "" };
    let ran_away = match trajectory.iter().position(|x| !x.is_finite()) {
        Some(k) => format!(" — ran away: point {k} is {}", trajectory[k]),
        None => String::new(),
    };
    format!(
        "[{}{more}] ({} points){ran_away}",
        shown.join(", "),
        trajectory.len()
    )
}

/// Runs `call`, which must panic with a message containing `text`; fails the
/// check otherwise. A `todo!()` panics too, but with "not yet implemented",
/// so only the documented message counts.
#[track_caller]
fn expect_panic(quantity: &str, call: impl FnOnce(), text: &str, rule: &str) {
    match catch_unwind(AssertUnwindSafe(call)) {
        Ok(()) => fail(
            quantity,
            "it returned normally",
            format!("a panic: \"{text}…\""),
            rule,
        ),
        Err(payload) => {
            let message = payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            assert_claim(
                message.contains(text),
                quantity,
                format!("a panic: \"{message}\""),
                format!("a panic whose message contains \"{text}\""),
                rule,
            );
        }
    }
}

#[test]
fn f_is_4_minus_the_square_of_the_distance_to_2() {
    // Whole numbers in, whole numbers out: exact in f64, so EXACT.
    for (x, expected) in [(A, 0.0), (B, 4.0), (C, 0.0), (3.0, 3.0), (-1.0, -5.0)] {
        assert_close(
            &format!("f({x})"),
            f(x),
            expected,
            Tol::EXACT,
            "f(x) = 4 − (x − 2)²: square the distance from the peak at 2, take it from 4",
        );
    }
}

#[test]
fn f_prime_is_minus_twice_the_distance_to_2() {
    // Whole numbers again: EXACT.
    for (x, expected) in [(A, 4.0), (B, 0.0), (C, -4.0), (3.0, -2.0), (-1.0, 6.0)] {
        let got = f_prime(x);
        let rule = if got == -expected {
            "the sign is flipped: left of the peak f rises, so f′ must be positive there"
        } else {
            "f′(x) = −2(x − 2): positive left of the peak, zero at it, negative right of it"
        };
        assert_close(&format!("f′({x})"), got, expected, Tol::EXACT, rule);
    }
}

#[test]
fn step_moves_uphill_by_h_times_the_slope() {
    // One multiply and one add on exact inputs: EXACT.
    for (x, h, expected) in [(A, 0.1, 0.4), (C, 0.1, 3.6), (1.0, 0.25, 1.5), (B, 0.6, B)] {
        let got = step(f_prime, x, h);
        let rule = if got == x - h * f_prime(x) && got != expected {
            "this steps downhill (x − h·f′): ascent adds h·f′(x)"
        } else if got == x + h * f(x) && got != expected {
            "this looks like x + h·f(x): the step follows the slope f′, not the height f"
        } else if got == x + f_prime(x) && got != expected {
            "the step forgot h: move by h·f′(x), not by f′(x)"
        } else {
            "one ascent step is x + h·f′(x)"
        };
        assert_close(
            &format!("step(f_prime, x = {x}, h = {h})"),
            got,
            expected,
            Tol::EXACT,
            rule,
        );
    }
    // The slope is a parameter: any hill's slope must be used as given.
    assert_close(
        "step(|_| 10.0, x = 1, h = 0.1)",
        step(|_| 10.0, 1.0, 0.1),
        2.0,
        Tol::EXACT,
        "call the slope you were given, f_prime(x), not a fixed formula",
    );
}

#[test]
fn climb_returns_the_start_then_one_point_per_step() {
    // With slope 1 everywhere each step adds exactly h = 0.5: EXACT.
    let trajectory = climb(|_| 1.0, 0.0, 0.5, 3);
    assert_claim(
        trajectory == [0.0, 0.5, 1.0, 1.5],
        "climb(|_| 1.0, start = 0, h = 0.5, steps = 3)",
        show(&trajectory),
        "[0, 0.5, 1, 1.5] (4 points)",
        "the trajectory is the start, then the point after each step: steps + 1 points",
    );
}

#[test]
fn climb_from_a_follows_the_five_trajectories_of_the_lesson() {
    // The lesson's numbers, each a few + − × ÷ from A: EXACT (1e−12) leaves
    // only the rounding of the decimal values.
    let expected: [(f64, [f64; 4]); 5] = [
        (0.1, [0.0, 0.4, 0.72, 0.976]),
        (0.5, [0.0, 2.0, 2.0, 2.0]),
        (0.6, [0.0, 2.4, 1.92, 2.016]),
        (1.0, [0.0, 4.0, 0.0, 4.0]),
        (1.1, [0.0, 4.4, -0.88, 5.456]),
    ];
    for (h, points) in expected {
        let trajectory = climb(f_prime, A, h, 3);
        let right = trajectory.len() == 4
            && trajectory
                .iter()
                .zip(points)
                .all(|(&x, p)| Tol::EXACT.accepts(x, p));
        assert_claim(
            right,
            &format!("climb(f_prime, A = 0, h = {h}, steps = 3)"),
            show(&trajectory),
            format!("{points:?}"),
            "each point is step(f_prime, previous point, h); from A the slope is +4, so \
             the climb starts to the right",
        );
    }
}

#[test]
fn climb_from_c_moves_left_towards_the_peak() {
    // As above, from C: EXACT.
    let trajectory = climb(f_prime, C, 0.1, 3);
    let right = trajectory.len() == 4
        && trajectory
            .iter()
            .zip([4.0, 3.6, 3.28, 3.024])
            .all(|(&x, p)| Tol::EXACT.accepts(x, p));
    assert_claim(
        right,
        "climb(f_prime, C = 4, h = 0.1, steps = 3)",
        show(&trajectory),
        "[4.0, 3.6, 3.28, 3.024]",
        "right of the peak f′ is negative, so x + h·f′(x) moves left, uphill",
    );
}

#[test]
fn climb_refuses_a_step_size_that_is_not_positive_and_finite() {
    for h in [0.0, -0.1, f64::NAN, f64::INFINITY] {
        expect_panic(
            &format!("climb(f_prime, 0, h = {h}, 3)"),
            || {
                let _ = climb(f_prime, 0.0, h, 3);
            },
            "h must be positive and finite",
            "h = 0 never moves, a negative h climbs down, and NaN or ∞ poison every point: \
             refuse them with assert!(h > 0.0 && h.is_finite(), \"h must be positive and \
             finite, got {h}\")",
        );
    }
    // Even a climb of zero steps checks h: the promise is about the input.
    expect_panic(
        "climb(f_prime, 0, h = -0.1, 0)",
        || {
            let _ = climb(f_prime, 0.0, -0.1, 0);
        },
        "h must be positive and finite",
        "check h before the loop, so that it is checked even when there are no steps",
    );
}

#[test]
fn climb_refuses_a_start_that_is_not_finite() {
    for start in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        expect_panic(
            &format!("climb(f_prime, start = {start}, 0.1, 3)"),
            || {
                let _ = climb(f_prime, start, 0.1, 3);
            },
            "start must be finite",
            "from NaN or ∞ no step means anything: refuse it with \
             assert!(start.is_finite(), \"start must be finite, got {start}\")",
        );
    }
}

#[test]
fn climb_with_zero_steps_is_just_the_start() {
    let trajectory = climb(f_prime, 1.5, 0.1, 0);
    assert_claim(
        trajectory == [1.5],
        "climb(f_prime, start = 1.5, h = 0.1, steps = 0)",
        show(&trajectory),
        "[1.5]",
        "zero steps is not an error: the trajectory is the start alone",
    );
}

#[test]
fn a_runaway_climb_stops_at_its_first_point_that_is_not_finite() {
    let budget = 10_000;
    let trajectory = climb(f_prime, A, 1.1, budget);
    let last = trajectory[trajectory.len() - 1];
    assert_claim(
        trajectory.len() < budget + 1 && last.is_infinite(),
        "climb(f_prime, A, h = 1.1, steps = 10000)",
        format!(
            "{} points, ending […, {}]",
            trajectory.len(),
            trajectory[trajectory.len().saturating_sub(3)..]
                .iter()
                .map(|x| x.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        "a trajectory that ends early, at its first infinite point",
        "at h = 1.1 every step multiplies the distance to B by −1.2, and after a few \
         thousand steps x overflows to ∞; stop there: the next step would give NaN",
    );
    for (k, pair) in trajectory[..trajectory.len() - 1].windows(2).enumerate() {
        let (before, after) = (pair[0] - B, pair[1] - B);
        // Each distance is −1.2 times the last, up to the rounding of one step,
        // a few units in the last place of x: 1e−12 relative is far above that.
        assert_close(
            &format!("distance to B after step {}, over the one before", k + 1),
            after / before,
            -1.2,
            Tol::rel(1e-12),
            "a diverging climb grows without bound: every point is a step of h = 1.1 from \
             the one before",
        );
    }
}

#[test]
fn a_step_overshoots_when_it_moves_x_but_f_does_not_rise() {
    let cases = [
        (
            A,
            4.4,
            true,
            "f fell from 0 to −1.76: the step jumped far past B",
        ),
        (
            A,
            C,
            true,
            "f stayed at 0: the step bounced to the same height beyond B",
        ),
        (
            A,
            2.4,
            false,
            "the step passed B, but f still rose from 0 to 3.84",
        ),
        (C, 3.6, false, "x went down, but f went up: a good step"),
        (C, -0.4, true, "x went down and f fell to −1.76"),
        (
            B,
            B,
            false,
            "the step did not move: at the peak there is nothing to overshoot",
        ),
        (
            A,
            f64::NAN,
            true,
            "f(NaN) is NaN, which is not above f(0): f did not rise",
        ),
    ];
    for (x, x_next, expected, why) in cases {
        let got = overshoots(f, x, x_next);
        assert_claim(
            got == expected,
            &format!("overshoots(f, x = {x}, x_next = {x_next})"),
            got,
            format!("{expected}: {why}"),
            "a step overshoots when x_next ≠ x and f(x_next) is not above f(x); compare \
             the heights f, not the positions x",
        );
    }
}

#[test]
fn classify_names_the_outcome_of_each_step_size() {
    let cases = [
        (0.01, Outcome::Creeps),
        (0.1, Outcome::Creeps),
        (0.25, Outcome::Creeps),
        (0.5, Outcome::Lands),
        (0.6, Outcome::Oscillates),
        (0.75, Outcome::Oscillates),
        (1.0, Outcome::Bounces),
        (1.1, Outcome::Diverges),
        (2.0, Outcome::Diverges),
        (1e6, Outcome::Diverges),
    ];
    for (h, expected) in cases {
        let got = classify(h);
        assert_claim(
            got == expected,
            &format!("classify({h})"),
            format!("{got:?}"),
            format!("{expected:?}"),
            "one step multiplies the distance to B by 1 − 2h: in (0, 1) it creeps, 0 lands, \
             in (−1, 0) it oscillates in, −1 bounces, below −1 it diverges",
        );
    }
}

#[test]
fn classify_gives_h_0_5_and_h_1_cases_of_their_own() {
    let cases = [
        (
            0.5_f64.next_down(),
            Outcome::Creeps,
            "just below 0.5 the factor is still positive",
        ),
        (
            0.5,
            Outcome::Lands,
            "at exactly 0.5 the factor 1 − 2h is exactly 0",
        ),
        (
            0.5_f64.next_up(),
            Outcome::Oscillates,
            "just above 0.5 the factor is negative",
        ),
        (
            1.0_f64.next_down(),
            Outcome::Oscillates,
            "just below 1 the factor is above −1",
        ),
        (
            1.0,
            Outcome::Bounces,
            "at exactly 1 the factor 1 − 2h is exactly −1",
        ),
        (
            1.0_f64.next_up(),
            Outcome::Diverges,
            "just above 1 the factor is below −1",
        ),
    ];
    for (h, expected, why) in cases {
        let got = classify(h);
        assert_claim(
            got == expected,
            &format!("classify({h})"),
            format!("{got:?}"),
            format!("{expected:?}: {why}"),
            "the boundaries are single points: test factor == 0.0 and factor == -1.0 on \
             their own, and use strict < or > for the ranges between them",
        );
    }
}

#[test]
fn classify_refuses_a_step_size_that_is_not_positive_and_finite() {
    for h in [0.0, -0.5, f64::NAN, f64::INFINITY] {
        expect_panic(
            &format!("classify({h})"),
            || {
                let _ = classify(h);
            },
            "h must be positive and finite",
            "the five outcomes are for h > 0; refuse the rest as climb does, with \
             \"h must be positive and finite\"",
        );
    }
}

#[test]
fn classify_agrees_with_what_the_climb_does() {
    // Every h = k/16 is exact in binary, and so is every point of these climbs
    // from A: the distances below are exact, and compared exactly.
    for k in 1..=24 {
        let h = k as f64 / 16.0;
        let e: Vec<f64> = climb(f_prime, A, h, 3).iter().map(|x| x - B).collect();
        let seen = if e.len() < 4 {
            "a trajectory of the wrong length"
        } else if e[1] == 0.0 {
            "lands on B"
        } else if e[2].abs() > e[1].abs() {
            "moves away from B"
        } else if e[2].abs() == e[1].abs() {
            "bounces between two points"
        } else if e[1] * e[2] < 0.0 {
            "zigzags in to B"
        } else {
            "creeps in to B from one side"
        };
        let predicted = match classify(h) {
            Outcome::Creeps => "creeps in to B from one side",
            Outcome::Lands => "lands on B",
            Outcome::Oscillates => "zigzags in to B",
            Outcome::Bounces => "bounces between two points",
            Outcome::Diverges => "moves away from B",
        };
        assert_claim(
            seen == predicted,
            &format!("what climb(f_prime, A, h = {h}, 3) does"),
            seen,
            format!("{predicted}, as classify({h}) says"),
            "classify must describe the climb: read the outcome from the factor 1 − 2h",
        );
    }
}

#[test]
fn adaptive_climb_keeps_h_while_no_step_overshoots() {
    // From A with h = 0.1 no step overshoots, so the adaptive climb is the plain
    // one, step for step: the same arithmetic, so EXACT.
    let plain = climb(f_prime, A, 0.1, 20);
    let end = adaptive_climb(f, f_prime, A, 0.1, 20);
    let rule = if end.x == A {
        "the climb never left A, where f = 0 but f′ = 4: does your step use f instead of f′?"
    } else if end.h < 0.1 {
        "h shrank although no step overshot: halve h only when a step overshoots"
    } else {
        "while no step overshoots, an adaptive climb is a plain climb with the same h"
    };
    assert_close(
        "adaptive_climb(f, f_prime, A, h = 0.1, 20).x",
        end.x,
        plain[20],
        Tol::EXACT,
        rule,
    );
    assert_close(
        "adaptive_climb(f, f_prime, A, h = 0.1, 20).h",
        end.h,
        0.1,
        Tol::EXACT,
        "halve h only when a step overshoots; here none does",
    );
    assert_claim(
        end.kept == 20 && end.halvings == 0,
        "(kept, halvings) of adaptive_climb(f, f_prime, A, h = 0.1, 20)",
        format!("({}, {})", end.kept, end.halvings),
        "(20, 0)",
        "every step that does not overshoot is kept and counted",
    );
    // From x = 1 with h = 0.1 a step by f would go to 1.3, a step by f′ to 1.2.
    let end = adaptive_climb(f, f_prime, 1.0, 0.1, 1);
    assert_close(
        "adaptive_climb(f, f_prime, 1, h = 0.1, 1).x",
        end.x,
        1.2,
        Tol::EXACT,
        if end.x == 1.3 {
            "that is 1 + h·f(1): step with the slope f_prime, and use f only to compare heights"
        } else {
            "one kept step from 1 is 1 + h·f′(1) = 1 + 0.1·2"
        },
    );
}

#[test]
fn adaptive_climb_undoes_an_overshooting_step_and_halves_h() {
    // From A with h = 1.1 the first step goes to 4.4, where f fell to −1.76.
    let after_one = adaptive_climb(f, f_prime, A, 1.1, 1);
    let rule = if after_one.x == 4.4 {
        "the climb kept the overshooting step: undo it (stay at x) and halve h instead"
    } else {
        "an overshooting step is undone: x stays where it was, and h is halved"
    };
    // Halving is exact in binary, and x must not move at all: EXACT.
    assert_close(
        "adaptive_climb(f, f_prime, A, h = 1.1, 1).x",
        after_one.x,
        A,
        Tol::EXACT,
        rule,
    );
    assert_close(
        "adaptive_climb(f, f_prime, A, h = 1.1, 1).h",
        after_one.h,
        0.55,
        Tol::EXACT,
        "an overshoot halves h: 1.1 becomes 0.55",
    );
    // The second try, with h = 0.55, goes to 2.2 and raises f: kept, h unchanged.
    let after_two = adaptive_climb(f, f_prime, A, 1.1, 2);
    assert_claim(
        Tol::EXACT.accepts(after_two.x, 2.2)
            && after_two.h == 0.55
            && after_two.kept == 1
            && after_two.halvings == 1,
        "adaptive_climb(f, f_prime, A, h = 1.1, 2)",
        format!("{after_two:?}"),
        "Climb { x: 2.2, h: 0.55, kept: 1, halvings: 1 }",
        "undo and halve only on an overshoot; a step that raises f is kept, with h unchanged",
    );
    // From C with h = 4: −12 and −4 fall, 0 only bounces level, then 2 lands on B.
    let end = adaptive_climb(f, f_prime, C, 4.0, 4);
    assert_claim(
        end.x == B && end.h == 0.5 && end.kept == 1 && end.halvings == 3,
        "adaptive_climb(f, f_prime, C, h = 4, 4)",
        format!("{end:?}"),
        "Climb { x: 2.0, h: 0.5, kept: 1, halvings: 3 }",
        "h = 4, 2 and 1 all overshoot from C; h = 1 lands at the same height, f = 0, \
         which is an overshoot too (f did not rise): use overshoots, not f(x_next) < f(x)",
    );
}

#[test]
fn adaptive_climb_reaches_the_peak_from_any_start_and_any_h() {
    let starts = [A, C, 1.75, B, 2.5, -100.0, 1000.0, -1000.0];
    let step_sizes = [
        0.1, 0.3, 0.5, 0.6, 0.9, 1.0, 1.1, 1.5, 2.0, 3.0, 4.0, 10.0, 1e3, 1e6,
    ];
    for start in starts {
        for h in step_sizes {
            let end = adaptive_climb(f, f_prime, start, h, BUDGET);
            assert_claim(
                end.kept + end.halvings == BUDGET,
                &format!("kept + halvings of adaptive_climb(f, f_prime, {start}, {h}, {BUDGET})"),
                end.kept + end.halvings,
                BUDGET,
                "every try is either kept or undone (one halving), never both and never neither",
            );
            if (end.x - B).abs() <= PEAK_TOL {
                continue;
            }
            let got = format!("x = {} (h = {:e}, {} halvings)", end.x, end.h, end.halvings);
            let one_try_before = adaptive_climb(f, f_prime, start, h, BUDGET - 1).x;
            let rule = if !end.x.is_finite() || (end.x - B).abs() > (start - B).abs() {
                "the climb ran away: undo every overshooting step and halve h, so that f \
                 never falls"
            } else if end.x != one_try_before && end.x - B == B - one_try_before {
                "the climb is stuck bouncing across B: a step that lands level, f \
                 unchanged, overshot too and must be undone"
            } else if end.x == start {
                "the climb never left its start: do its steps follow f′, and are they kept \
                 when they raise f?"
            } else {
                "halve h on every overshoot, and keep every other step, until the budget is spent"
            };
            fail(
                &format!("adaptive_climb(f, f_prime, start = {start}, h = {h}, {BUDGET})"),
                got,
                format!("x within {PEAK_TOL:e} of B = 2"),
                rule,
            );
        }
    }
}

#[test]
fn adaptive_climb_refuses_bad_input_and_takes_zero_steps_as_none() {
    for h in [0.0, -1.0, f64::NAN, f64::INFINITY] {
        expect_panic(
            &format!("adaptive_climb(f, f_prime, 0, h = {h}, 10)"),
            || {
                let _ = adaptive_climb(f, f_prime, 0.0, h, 10);
            },
            "h must be positive and finite",
            "check h first, as climb does: halving a bad h never makes it good",
        );
    }
    for start in [f64::NAN, f64::NEG_INFINITY] {
        expect_panic(
            &format!("adaptive_climb(f, f_prime, start = {start}, 0.1, 10)"),
            || {
                let _ = adaptive_climb(f, f_prime, start, 0.1, 10);
            },
            "start must be finite",
            "check the start, as climb does",
        );
    }
    let end = adaptive_climb(f, f_prime, 1.5, 0.3, 0);
    assert_claim(
        end == (Climb {
            x: 1.5,
            h: 0.3,
            kept: 0,
            halvings: 0,
        }),
        "adaptive_climb(f, f_prime, 1.5, 0.3, 0)",
        format!("{end:?}"),
        "Climb { x: 1.5, h: 0.3, kept: 0, halvings: 0 }",
        "zero tries is not an error: the climb ends where it started, with h unchanged",
    );
}

#[test]
fn two_peaks_is_minus_3x4_plus_4x3_plus_12x2() {
    // Small whole numbers and halves: exact in f64, so EXACT.
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
            Tol::EXACT,
            "g(x) = −3x⁴ + 4x³ + 12x²",
        );
    }
}

#[test]
fn two_peaks_prime_is_zero_at_both_peaks_and_at_the_valley() {
    // Exact again: EXACT.
    for (x, expected) in [
        (-1.0, 0.0),
        (0.0, 0.0),
        (2.0, 0.0),
        (1.0, 24.0),
        (-0.5, -7.5),
        (3.0, -144.0),
    ] {
        assert_close(
            &format!("two_peaks_prime({x})"),
            two_peaks_prime(x),
            expected,
            Tol::EXACT,
            "differentiate term by term: (xⁿ)′ = n·xⁿ⁻¹, so g′(x) = −12x³ + 12x² + 24x",
        );
    }
}

#[test]
fn the_climb_stops_at_the_nearer_peak_even_when_it_is_lower() {
    // From −0.5 the slope points left, to the peak at −1 (g = 5), away from the
    // higher peak at 2 (g = 32).
    let plain = climb(two_peaks_prime, -0.5, 0.01, 200);
    let adaptive = adaptive_climb(two_peaks, two_peaks_prime, -0.5, 1.0, BUDGET);
    for (how, x) in [
        (
            "climb(two_peaks_prime, -0.5, h = 0.01, 200)",
            plain[plain.len() - 1],
        ),
        (
            "adaptive_climb(two_peaks, two_peaks_prime, -0.5, h = 1, 1000)",
            adaptive.x,
        ),
    ] {
        // The plain climb closes the distance by 0.64 a step near −1: after 200
        // steps it is at −1 to the last bit. The adaptive one stops where g is
        // flat in f64, within PEAK_TOL (see its comment).
        assert_close(
            &format!("where {how} ends"),
            x,
            -1.0,
            Tol::abs(PEAK_TOL),
            "gradient ascent only ever goes uphill from where it is: it stops at the first \
             peak it reaches",
        );
        assert_claim(
            two_peaks(x) < two_peaks(2.0),
            &format!("g where {how} ends"),
            two_peaks(x),
            format!("less than g(2) = {}", two_peaks(2.0)),
            "the nearer peak is lower: a climb can end on a peak that is not the highest",
        );
    }
}

#[test]
fn the_printed_story_matches_the_snapshot() {
    // The snapshot is lessons/lesson4/tests/snapshots/lesson4_story.snap: what
    // `cargo run -p lesson4` prints once every function above is right.
    insta::with_settings!({ prepend_module_to_snapshot => false }, {
        insta::assert_snapshot!("lesson4_story", story::render());
    });
}
