//! Part 3: the adaptive climb — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson4 --test adaptive`. The course's own test suite runs
//! this very file against the reference solution, so do not edit it: the runner
//! notices.

use check::{Calls, Tol, assert_all_close, assert_claim, assert_equal, assert_panics, fail, think};
use lesson4::*;

/// The peak B of the lesson's hill, and the points A and C on either side.
const A: f64 = 0.0;
const B: f64 = 2.0;
const C: f64 = 4.0;

/// How close an adaptive climb must end to a peak. Near the top f is flat to
/// the last bit of an f64: 4 − e² rounds to the same number for every e below
/// a few times 1e−8, so no comparison of f can place the peak closer. 1e−7 is
/// that limit with room to spare, and a million times closer than any start.
const PEAK_TOL: f64 = 1e-7;

/// The tries an adaptive climb gets in the checks: enough to halve η = 1e6
/// twenty times and then close a distance of 1000 down to 1e−8 at the slowest
/// rate a halved η leaves here (each step times 0.953), about 500 tries.
const BUDGET: usize = 1000;

#[test]
fn adaptive_climb_keeps_eta_while_no_step_overshoots() {
    // From A with η = 0.1 no step overshoots (each multiplies the distance to B
    // by 0.8), so the adaptive climb is the plain one, step for step: the same
    // arithmetic as the check's own loop, so ROUNDING.
    let q = "adaptive_climb(f, f_prime, A, η = 0.1, steps = 20)";
    let (end, seen) = recorded(q, (hill, slope), A, 0.1, 20);
    let mut x = A;
    for _ in 0..20 {
        x += 0.1 * slope(x);
    }
    let undone = "every step undone and η halved, though each raised f (the first from 0 to \
                  1.44): undo only when overshoots(f, x, next) is true, x first, then the new point";
    let by_f = "steps by the height f: the slope f_prime was never called";
    let halved = "η halved though no step overshot";
    let slips = [
        (seen.is_empty(), by_f),
        (end.x == A && end.halvings > 0, undone),
        (end.eta < 0.1 && end.x != A, halved),
    ];
    let rule = "while no step overshoots, an adaptive climb is a plain climb with the same η";
    assert_climb(q, end, (x, 0.1, 20, 0), &think(rule, &slips));
    // From x = 1 with η = 0.1 a step by f would go to 1.3, a step by f′ to 1.2.
    let q = "adaptive_climb(f, f_prime, 1, η = 0.1, steps = 1)";
    let end = on_hill(q, 1.0, 0.1, 1);
    let by_f = "1 + η·f(1): step with the slope, and use f only to compare heights";
    let rule = "one kept step from 1 is 1 + η·f′(1) = 1.2";
    let rule = think(rule, &[(end.x == 1.3, by_f)]);
    assert_climb(q, end, (1.2, 0.1, 1, 0), &rule);
}

#[test]
fn adaptive_climb_undoes_an_overshooting_step_and_halves_eta() {
    // From A with η = 1.1 the first step goes to 4.4, where f fell to −1.76.
    let q = "adaptive_climb(f, f_prime, A, η = 1.1, steps = 1)";
    let end = on_hill(q, A, 1.1, 1);
    let kept = "the overshooting step kept: undo it (stay at x) and halve η instead";
    let (same, doubled) = (
        "the step undone, but η not halved",
        "η doubled: halve it, η / 2",
    );
    let slips = [
        (end.x == 4.4, kept),
        (end.x == A && end.eta == 1.1, same),
        (end.x == A && end.eta == 2.2, doubled),
    ];
    let rule = "an overshooting step is undone: x stays, η is halved";
    let rule = think(rule, &slips);
    assert_climb(q, end, (A, 0.55, 0, 1), &rule);
    // The second try, with η = 0.55, goes to 2.2 and raises f: kept, η unchanged.
    let q = "adaptive_climb(f, f_prime, A, η = 1.1, steps = 2)";
    let end = on_hill(q, A, 1.1, 2);
    let again = "a second try with the η given, not the halved one: step with climb.eta";
    let rule = "undo and halve only on an overshoot; a step that raises f is kept, η unchanged";
    let rule = think(rule, &[(end.x == A && end.eta == 0.275, again)]);
    assert_climb(q, end, (2.2, 0.55, 1, 1), &rule);
    // From C with η = 4: −12 and −4 fall, 0 only bounces level, then 2 lands on B.
    let q = "adaptive_climb(f, f_prime, C, η = 4, steps = 4)";
    let end = on_hill(q, C, 4.0, 4);
    let level = (end.kept, end.halvings) == (2, 2) && end.x == C;
    let rule = "η = 4, 2 and 1 all overshoot from C; η = 1 lands at the same height, f = 0, which \
                is an overshoot too (f did not rise): ask overshoots, not f(x_next) < f(x)";
    let rule = think(
        rule,
        &[(level, "level steps kept: from 4 to 0 and back, f stays 0")],
    );
    assert_climb(q, end, (B, 0.5, 1, 3), &rule);
}

#[test]
fn an_undone_step_leaves_the_climb_where_it_was_not_at_its_start() {
    // On the cone −|x| (peak 0, slope ∓1) from 2.25 with η = 1: two kept steps
    // to 1.25 and 0.25; then −0.75 falls and 0.25 − 0.5 ends level, both undone
    // at 0.25 (η becomes 0.5, then 0.25); then 0 is kept. Quarters are exact: ROUNDING.
    let q = "adaptive_climb(−|x|, its slope, 2.25, η = 1, steps = 5)";
    let (end, seen) = recorded(q, (cone, cone_slope), 2.25, 1.0, 5);
    let restart = "the climb went back to its start after an overshoot";
    let rule = "an undone step is only that step: the climb tries again from where it stands, \
                with half the step size";
    let above_start = "a step judged against the start's height, not the current point's: it \
                       fell from 0.25 to −0.75, yet rose above 2.25; ask overshoots(f, x, next)";
    let fourth = seen.get(3).copied();
    let slips = [
        (fourth == Some(2.25), restart),
        (fourth == Some(-0.75), above_start),
    ];
    let rule = think(rule, &slips);
    let points = format!("the points where {q} asked for the slope");
    let expected = [2.25, 1.25, 0.25, 0.25, 0.25];
    assert_all_close(&points, &seen, &expected, Tol::ROUNDING, &rule);
    assert_climb(q, end, (0.0, 0.25, 3, 2), &rule);
}

#[test]
fn adaptive_climb_reaches_the_peak_from_any_start_and_any_eta() {
    let starts = [A, C, 1.75, B, 2.5, -100.0, 1000.0, -1000.0];
    let step_sizes = [
        0.1, 0.3, 0.5, 0.6, 0.9, 1.0, 1.1, 1.5, 2.0, 3.0, 4.0, 10.0, 1e3, 1e6,
    ];
    let pairs = starts
        .into_iter()
        .flat_map(|s| step_sizes.map(|eta| (s, eta)));
    for (start, eta) in pairs {
        let q = format!("adaptive_climb(f, f_prime, start = {start}, η = {eta}, steps = {BUDGET})");
        let end = on_hill(&q, start, eta, BUDGET);
        let rule = "every try is either kept or undone (one halving), never both, never neither";
        let (tries, counts) = (end.kept + end.halvings, format!("kept + halvings of {q}"));
        assert_equal(&counts, tries, BUDGET, rule);
        if (end.x - B).abs() <= PEAK_TOL {
            continue;
        }
        let before = on_hill(&q, start, eta, BUDGET - 1).x;
        let ran_away = !end.x.is_finite() || (end.x - B).abs() > (start - B).abs();
        let slips = [
            (ran_away, RAN_AWAY),
            (end.x != before && end.x - B == B - before, BOUNCING),
            (end.x == start, "a climb that never left its start"),
        ];
        let rule = "halve η on every overshoot, keep every other step, until the budget is spent";
        let expected = format!("x within {PEAK_TOL:e} of B = 2");
        fail(&q, format!("{end:?}"), expected, &think(rule, &slips));
    }
}

#[test]
fn adaptive_climb_refuses_bad_input_even_with_zero_steps() {
    let bad = [
        (0.0, 10),
        (-1.0, 10),
        (f64::NAN, 10),
        (f64::INFINITY, 10),
        (-1.0, 0),
    ];
    for (eta, steps) in bad {
        assert_panics(
            &format!("adaptive_climb(f, f_prime, 0, η = {eta}, steps = {steps})"),
            || adaptive_climb(hill, slope, 0.0, eta, steps),
            "the step size must be positive and finite",
            "check η before the loop, as climb does (so that zero steps check it too): halving \
             a bad η never makes it good",
        );
    }
    for (start, steps) in [(f64::NAN, 10), (f64::NEG_INFINITY, 10), (f64::INFINITY, 0)] {
        assert_panics(
            &format!("adaptive_climb(f, f_prime, start = {start}, η = 0.1, steps = {steps})"),
            || adaptive_climb(hill, slope, start, 0.1, steps),
            "start must be finite",
            "check the start before the loop, as climb does (so that zero steps check it too)",
        );
    }
    let q = "adaptive_climb(f, f_prime, 1.5, η = 0.3, steps = 0)";
    let rule = "zero tries is not an error: the climb ends where it started, with η unchanged";
    assert_climb(q, on_hill(q, 1.5, 0.3, 0), (1.5, 0.3, 0, 0), rule);
}

const RAN_AWAY: &str = "a climb that ran away: undo every overshooting step, so that f never falls";
const BOUNCING: &str = "a climb bouncing across B: a step that lands level overshot too";

/// The lesson's hill and its slope, written here so that these checks do not
/// depend on your `f` and `f_prime`.
fn hill(x: f64) -> f64 {
    4.0 - (x - B) * (x - B)
}
fn slope(x: f64) -> f64 {
    -2.0 * (x - B)
}

/// The cone −|x|, whose peak is 0, and its slope: +1 left of 0, −1 right of it.
fn cone(x: f64) -> f64 {
    -x.abs()
}
fn cone_slope(x: f64) -> f64 {
    if x == 0.0 { 0.0 } else { -x.signum() }
}

/// A hill and its slope.
type Hill = (fn(f64) -> f64, fn(f64) -> f64);

/// Runs an adaptive climb on a hill and its slope, the slope recording where it
/// is asked; returns where the climb ended and those points. A climb that runs
/// on past its tries is stopped with a message, not by the runner's timeout.
fn recorded(q: &str, (f, slope): Hill, start: f64, eta: f64, steps: usize) -> (Climb, Vec<f64>) {
    let rule = "an adaptive climb makes exactly `steps` tries, then stops";
    let calls = Calls::limited(10 * BUDGET, q, rule);
    let end = adaptive_climb(f, calls.recording(slope), start, eta, steps);
    (end, calls.seen())
}

/// An adaptive climb on the lesson's hill, as [`recorded`] runs it.
fn on_hill(q: &str, start: f64, eta: f64, steps: usize) -> Climb {
    recorded(q, (hill, slope), start, eta, steps).0
}

/// Checks where an adaptive climb ended: (x, η, kept, halvings), and names
/// the counting slips its counts match. A few halvings and steps of exact
/// binary numbers, or decimals a few roundings away: ROUNDING.
#[track_caller]
fn assert_climb(q: &str, end: Climb, expected: (f64, f64, usize, usize), rule: &str) {
    let (x, eta, kept, halvings) = expected;
    let place = Tol::ROUNDING.accepts(end.x, x) && end.eta == eta;
    let slips = [
        (
            end.kept + end.halvings > kept + halvings,
            "more tries than steps: an undone step is a try too",
        ),
        (
            place && end.kept == 1 && kept > 1,
            "kept set to 1, not counted up with kept += 1",
        ),
        (
            place && end.halvings == 1 && halvings > 1,
            "halvings set to 1, not counted up with +=",
        ),
    ];
    let expected = format!("Climb {{ x: {x}, eta: {eta}, kept: {kept}, halvings: {halvings} }}");
    let right = place && (end.kept, end.halvings) == (kept, halvings);
    assert_claim(right, q, format!("{end:?}"), expected, &think(rule, &slips));
}
