//! Part 2: random search — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson1 --test search`. The course's own test suite runs
//! this very file against the reference solution, so do not edit it: the runner
//! notices.
//!
//! Most checks record every point at which your search calls f, replay the
//! search by hand with the same seed, and stop at the first point that differs.

use check::{Calls, Tol, assert_claim, assert_panics, fail, same_point, show_point, think};
use lesson1::*;
use rand::rngs::ChaCha8Rng;
use rand::{RngExt, SeedableRng};

type Point = (f64, f64);

#[test]
fn a_search_with_no_tries_returns_the_start_after_one_evaluation() {
    let (search, _, _) = replay_search("a·b", |a, b| a * b, (-4.0, -3.0), 0.01, 0, 7);
    assert_result("tries = 0", search, (-4.0, -3.0), 12.0, 1);
}

#[test]
fn every_try_moves_the_best_point_so_far_by_h_times_2u_minus_1_in_each_input() {
    // From (−4, −3) about half the tries of a·b raise it, so the best point moves
    // often. h = 0.5 rather than the story's 0.01, so that an h written into the
    // code shows.
    replay_search("a·b", |a, b| a * b, (-4.0, -3.0), 0.5, 30, 7);
}

#[test]
fn a_try_that_only_ties_the_best_value_is_not_kept() {
    // On flat ground every try ties with the start, so every try moves from the start.
    replay_search("f = 1 (flat)", |_, _| 1.0, (4.0, 3.0), 0.5, 10, 7);
}

#[test]
fn the_search_returns_the_best_point_it_found_and_counts_every_call_of_f() {
    // The story's search (h = 0.01, 100 tries, seed 2), and a short one.
    for (h, tries, seed) in [(0.01, 100, 2), (0.5, 7, 7)] {
        let (search, best, best_value) =
            replay_search("a·b", |a, b| a * b, (-4.0, -3.0), h, tries, seed);
        let run = format!("h = {h}, tries = {tries}, seed {seed}");
        assert_result(&run, search, best, best_value, tries + 1);
    }
}

#[test]
fn the_search_refuses_a_step_that_is_not_positive_and_finite() {
    for h in [0.0, -0.01, f64::NAN, f64::INFINITY] {
        // With tries = 0 the loop never runs: a refusal placed inside it is not reached.
        for tries in [3, 0] {
            let rule = if tries == 0 {
                "this looks like the refusal placed inside the loop, which never runs when \
                 tries = 0: check h before the loop"
            } else {
                "h is the size of the range [−h, h) each try moves in: refuse a bad h first, \
                 e.g. assert!(h > 0.0 && h.is_finite(), \"h must be positive and finite, got {h}\")"
            };
            assert_panics(
                &format!("random_search(a·b, start (-4, -3), h = {h}, tries = {tries})"),
                || random_search(|a, b| a * b, (-4.0, -3.0), h, tries, &mut rng(7)),
                "h must be positive and finite",
                rule,
            );
        }
    }
}

// The story, a module of the program (src/main.rs), is compiled in for this check only.
#[path = "../src/story.rs"]
mod story;

#[test]
fn the_printed_story_matches_the_snapshot() {
    // lessons/lesson1/tests/snapshots/lesson1_story.snap: what `cargo run -p lesson1`
    // prints once every function of both parts is right.
    check::story_snapshot!("lesson1_story", story::render());
}

/// Runs `random_search` on `f` with every call recorded, replays the search by hand
/// with the same seed, and fails at the first point that differs, naming the mistake
/// when the point matches one. Returns the search, and the replay's best point and value.
#[track_caller]
fn replay_search(
    name: &str,
    f: fn(f64, f64) -> f64,
    start: Point,
    h: f64,
    tries: usize,
    seed: u64,
) -> (Search, Point, f64) {
    let run = format!(
        "random_search({name}, start {}, h = {h}, tries = {tries}, seed {seed})",
        show_point(start)
    );
    let count = format!("calls of f made by {run}");
    let expected_count = format!("{}: one at the start, then one per try", tries + 1);
    // Ten calls per try let a search that calls f too often finish and be told so,
    // and stop one that ignores `tries` instead of letting it run forever.
    let calls = Calls::limited(
        10 * (tries + 1),
        &count,
        "a loop that ignores `tries` never ends",
    );
    let search = random_search(
        |a, b| {
            calls.record((a, b));
            f(a, b)
        },
        start,
        h,
        tries,
        &mut rng(seed),
    );
    let seen = calls.seen();
    if seen.first().is_none_or(|&first| !same_point(first, start)) {
        fail(
            &format!("the first point where {run} called f"),
            seen.first()
                .map_or("no call at all".into(), |&p| show_point(p)),
            show_point(start),
            "evaluate f at the start first: it is the first best point",
        );
    }
    let mut draws = rng(seed);
    let (mut best, mut best_value) = (start, f(start.0, start.1));
    for k in 1..=tries {
        let Some(&got) = seen.get(k) else {
            fail(
                &count,
                seen.len(),
                expected_count,
                "evaluate f once for each try",
            );
        };
        let (u, v): (f64, f64) = (draws.random(), draws.random());
        let step = |w: f64| h * (2.0 * w - 1.0);
        let moved = |from: Point, du: f64, dv: f64| (from.0 + du, from.1 + dv);
        if !same_point(got, moved(best, step(u), step(v))) {
            let last = seen[k - 1];
            let f_last = f(last.0, last.1);
            // A wrong point named only when it is the one the mistake gives.
            let only_if = |holds: bool, p: Point| if holds { p } else { (f64::NAN, f64::NAN) };
            let from_last = |holds: bool| {
                only_if(
                    holds && !same_point(last, best),
                    moved(last, step(u), step(v)),
                )
            };
            let small = |w: f64| 0.01 * (2.0 * w - 1.0);
            #[rustfmt::skip] // A table: each wrong point beside the mistake that gives it.
            let named = [
                (last, "f called twice at one point: call it once per try"),
                (moved(best, step(v), step(u)), "the two draws swapped: u moves a, v moves b"),
                (moved(best, step(u), step(u)), "one draw shared by both inputs: b needs its own"),
                (moved(best, h * u, h * v), "steps of h·u, in [0, h): only up, half of [−h, h)"),
                (moved(best, h * (u - 0.5), h * (v - 0.5)), "steps of h·(u − 0.5): half of [−h, h)"),
                (only_if(h != 0.01, moved(best, small(u), small(v))),
                    "h = 0.01 written into the code: use the h given"),
                (only_if(!same_point(best, start), moved(start, step(u), step(v))),
                    "a try moved from the start, though an earlier try raised f and became the best point"),
                (from_last(f_last == best_value),
                    "a tie kept: the try before only matched the best value, and a tie is no improvement"),
                (from_last(f_last < best_value), "a worse point kept: the try before had a smaller f"),
            ];
            let mistakes: Vec<(bool, &str)> = named
                .iter()
                .map(|&(p, m)| (same_point(got, p), m))
                .collect();
            fail(
                &format!("the point of try {k} of {run}"),
                show_point(got),
                format!(
                    "{} = best so far {} + (h·(2u − 1), h·(2v − 1)), with this try's draws \
                     u = {u:.5}, v = {v:.5}",
                    show_point(moved(best, step(u), step(v))),
                    show_point(best)
                ),
                &think(
                    "each try draws u, then v, moves the best point so far by h·(2u − 1) in a and \
                     h·(2v − 1) in b, and keeps the new point only if f there is strictly larger",
                    &mistakes,
                ),
            );
        }
        let value = f(got.0, got.1);
        if value > best_value {
            (best, best_value) = (got, value);
        }
    }
    if seen.len() > tries + 1 {
        let (u, v): (f64, f64) = (draws.random(), draws.random());
        let one_more = (best.0 + h * (2.0 * u - 1.0), best.1 + h * (2.0 * v - 1.0));
        let last = seen[seen.len() - 1];
        let mistakes = [
            (
                same_point(last, one_more),
                "one try too many: 0..=tries runs tries + 1 times",
            ),
            (
                same_point(last, best),
                "one more call of f at the best point: keep its value instead",
            ),
        ];
        let rule = "evaluate f once at the start and once per try, and no more";
        fail(&count, seen.len(), expected_count, &think(rule, &mistakes));
    }
    (search, best, best_value)
}

/// Checks what a search from (−4, −3) returned: the best point, f there, and the count.
#[track_caller]
fn assert_result(run: &str, search: Search, best: Point, best_value: f64, evaluations: usize) {
    let expected = Search {
        best,
        best_value,
        evaluations,
    };
    let mistakes = [
        (
            same_point(search.best, (best.1, best.0)),
            "the pair in the wrong order: (a, b), a first",
        ),
        (
            same_point(search.best, (-4.0, -3.0)) && !same_point(best, (-4.0, -3.0)),
            "the start returned instead of the best point found",
        ),
        (
            search.evaluations + 1 == evaluations,
            "the call at the start left out of the count",
        ),
        (
            search.evaluations == 1 && evaluations > 2,
            "the count set (=) on each try instead of added to (+=)",
        ),
    ];
    assert_claim(
        same_point(search.best, best)
            && Tol::ROUNDING.accepts(search.best_value, best_value)
            && search.evaluations == evaluations,
        &format!("random_search(a·b, start (-4, -3), {run})"),
        format!("{search:?}"),
        format!("{expected:?} ({})", Tol::ROUNDING),
        &think(
            "return the best point found, f there, and every call of f counted as it happens: \
             the one at the start, then one per try",
            &mistakes,
        ),
    );
}

fn rng(seed: u64) -> ChaCha8Rng {
    ChaCha8Rng::seed_from_u64(seed)
}
