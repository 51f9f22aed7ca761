//! Part 2: the step size — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson4 --test step_size`. The course's own test suite
//! runs this very file against the reference solution, so do not edit it: the
//! runner notices.

use check::{Calls, assert_claim, assert_equal, assert_panics, slips_giving_every, think};
use lesson4::*;

/// The peak B of the lesson's hill f, and the points A and C on either side.
const A: f64 = 0.0;
const B: f64 = 2.0;
const C: f64 = 4.0;

#[test]
fn a_step_overshoots_when_it_moves_x_but_f_does_not_rise() {
    let cases = [
        (A, 4.4, true, "f fell from 0 to −1.76: far past B"),
        (A, C, true, "f stayed 0: a bounce to the same height"),
        (A, 2.4, false, "past B, but f rose from 0 to 3.84"),
        (C, 3.6, false, "x went down, but f went up"),
        (C, -0.4, true, "x went down and f fell to −1.76"),
        (B, B, false, "no move: at the peak nothing overshoots"),
        (
            A,
            f64::NAN,
            true,
            "f(NaN) is not above f(0): f did not rise",
        ),
    ];
    // A known slip is named only if it gives every answer so far, the wrong one
    // included.
    let mut answers = Vec::new();
    for (x, x_next, expected, why) in cases {
        let got = overshoots(hill, x, x_next);
        answers.push((x, x_next, got));
        let named = slips_giving_every(&SLIPS, &answers, |k, &(x, n, g)| slip(k, x, n) == g);
        let rule = "a step overshoots when x_next ≠ x and f(x_next) is not above f(x): compare the \
                    heights f, not the positions x";
        let (q, expected) = (
            format!("overshoots(f, x = {x}, x_next = {x_next})"),
            (expected, why),
        );
        let shown = format!("{}: {}", expected.0, expected.1);
        assert_claim(got == expected.0, &q, got, shown, &think(rule, &named));
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
    let factor_slip = factor_one_minus_eta(&cases.map(|(eta, _)| eta));
    for (eta, expected) in cases {
        let got = classify(eta);
        let rule = "one step multiplies the distance to B by 1 − 2η: in (0, 1) it creeps, 0 lands, \
                    in (−1, 0) it oscillates in, −1 bounces, below −1 it diverges";
        let rule = think(
            rule,
            &[
                (factor_slip, FACTOR_SLIP),
                (!factor_slip && swallowed(expected, got), SWALLOWED),
            ],
        );
        let q = format!("classify({eta})");
        assert_equal(&q, format!("{got:?}"), format!("{expected:?}"), &rule);
    }
}

#[test]
fn classify_gives_eta_0_5_and_eta_1_cases_of_their_own() {
    let cases = [
        (
            0.5_f64.next_down(),
            Outcome::Creeps,
            "just below 0.5 the factor is still positive",
        ),
        (
            0.5,
            Outcome::Lands,
            "at exactly 0.5 the factor 1 − 2η is exactly 0",
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
            "at exactly 1 the factor 1 − 2η is exactly −1",
        ),
        (
            1.0_f64.next_up(),
            Outcome::Diverges,
            "just above 1 the factor is below −1",
        ),
    ];
    let factor_slip = factor_one_minus_eta(&cases.map(|(eta, _, _)| eta));
    for (eta, expected, why) in cases {
        let got = classify(eta);
        let rule = "the boundaries are single points: test factor == 0.0 and factor == -1.0 on \
                    their own, and use strict < or > for the ranges between them";
        let rule = think(
            rule,
            &[
                (factor_slip, FACTOR_SLIP),
                (!factor_slip && swallowed(expected, got), SWALLOWED),
            ],
        );
        let quantity = format!("classify({eta})");
        assert_claim(
            got == expected,
            &quantity,
            format!("{got:?}"),
            format!("{expected:?}: {why}"),
            &rule,
        );
    }
}

#[test]
fn classify_refuses_a_step_size_that_is_not_positive_and_finite() {
    for eta in [0.0, -0.5, f64::NAN, f64::INFINITY] {
        assert_panics(
            &format!("classify({eta})"),
            || classify(eta),
            "the step size must be positive and finite",
            "the five outcomes are for η > 0; refuse the rest as climb does, with \"the step size \
             must be positive and finite\"",
        );
    }
}

#[test]
fn classify_agrees_with_what_the_climb_does() {
    // Every η = k/16 is exact in binary, and so is every point of these climbs
    // from A: the distances below are exact, and compared exactly.
    for k in 1..=24 {
        let eta = k as f64 / 16.0;
        let q = format!("what climb(f_prime, A, η = {eta}, 3) does");
        let e: Vec<f64> = budgeted_climb(&q, eta).iter().map(|x| x - B).collect();
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
        let predicted = match classify(eta) {
            Outcome::Creeps => "creeps in to B from one side",
            Outcome::Lands => "lands on B",
            Outcome::Oscillates => "zigzags in to B",
            Outcome::Bounces => "bounces between two points",
            Outcome::Diverges => "moves away from B",
        };
        assert_claim(
            seen == predicted,
            &q,
            seen,
            format!("{predicted}, as classify({eta}) says"),
            "classify must describe the climb: read the outcome from the factor 1 − 2η",
        );
    }
}

/// The common slips of an overshoot test, and what slip `k` answers for a step
/// from x to n.
const SLIPS: [&str; 5] = [
    "the heights compared the wrong way round",
    "a level step not counted, but f did not rise",
    "NaN let through: f(NaN) <= f(x) is false; ask whether f rose, f(x_next) > f(x), which \
     NaN fails, and negate that",
    "a step that does not move counted as an overshoot",
    "passing B taken for an overshoot",
];
fn slip(k: usize, x: f64, n: f64) -> bool {
    let moved = n != x;
    [
        moved && hill(x) <= hill(n),
        moved && hill(n) < hill(x),
        moved && hill(n) <= hill(x),
        hill(n) <= hill(x),
        (x - B) * (n - B) < 0.0,
    ][k]
}

/// The factor 1 − η in place of 1 − 2η: at 0.5 it creeps where the climb
/// lands, at 1 it lands where the climb bounces.
const FACTOR_SLIP: &str = "the factor 1 − η: a step moves x by η·f′(x) = −2η·(x − 2), so the \
                           distance to B is multiplied by 1 − 2η, and the boundaries are at \
                           η = 0.5 and η = 1";

/// Whether `classify` answered, at every step size of `etas`, what it would
/// with the factor 1 − η (and only then is that slip named).
fn factor_one_minus_eta(etas: &[f64]) -> bool {
    // The factor 1 − η is 0 at η = 1 and −1 at η = 2: the outcomes come in
    // the order below, a range below each boundary and the boundary itself.
    let order = [
        Outcome::Creeps,
        Outcome::Lands,
        Outcome::Oscillates,
        Outcome::Bounces,
        Outcome::Diverges,
    ];
    let boundaries = [1.0, 2.0];
    etas.iter().all(|&eta| {
        let passed = boundaries.iter().filter(|&&b| eta > b).count();
        let on = boundaries.contains(&eta);
        classify(eta) == order[2 * passed + usize::from(on)]
    })
}

/// A boundary step size (0.5 or 1) classified as the range next to it.
const SWALLOWED: &str =
    "a boundary swallowed by the range next to it: >= or <= where > or < belongs";
fn swallowed(expected: Outcome, got: Outcome) -> bool {
    use Outcome::*;
    matches!(
        (expected, got),
        (Lands, Creeps | Oscillates) | (Bounces, Oscillates | Diverges)
    )
}

/// The lesson's hill, written here so that the checks of overshoots do not
/// depend on your `f`.
fn hill(x: f64) -> f64 {
    4.0 - (x - B) * (x - B)
}

/// Three steps of a climb from A with your slope, which a climb that runs past
/// its number of steps cannot ignore: it is stopped with a message.
fn budgeted_climb(q: &str, eta: f64) -> Vec<f64> {
    let calls = Calls::limited(1000, q, "a climb takes exactly `steps` steps, then stops");
    climb(calls.recording(f_prime), A, eta, 3)
}
