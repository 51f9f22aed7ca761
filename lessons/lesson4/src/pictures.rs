//! The story's pictures as SVG files, to open in a browser: the climbs of each
//! step size, the hill with a climb drawn on it, and the hill with two peaks.
//!
//! You do not need to edit this file. It draws what the story draws, computed
//! by your functions, with the course's small SVG writer (`lessons/svg`), which
//! only the program builds.

use lesson4::{Outcome, adaptive_climb, classify, climb, f, f_prime, two_peaks, two_peaks_prime};
use svg::{Anchor, Axis, Chart, Mark};

/// The step sizes of the climbs, one per outcome (the story's tables').
const STEP_SIZES: [f64; 5] = [0.1, 0.5, 0.6, 1.0, 1.1];

/// How many steps the climbs picture shows.
const STEPS: usize = 8;

/// Every picture of the lesson: (file name without `.svg`, the SVG text).
pub fn all() -> Vec<(&'static str, String)> {
    vec![
        ("climbs", climbs()),
        (
            "hill-eta-0.6",
            hill_with_climb(0.6, 3, ((-1.0, 5.0), (-5.0, 4.0))),
        ),
        (
            "hill-eta-1.1",
            hill_with_climb(1.1, 4, ((-3.0, 6.0), (-14.0, 4.0))),
        ),
        ("two-peaks", two_peaks_climb()),
    ]
}

/// What `classify` says of a step size, in words.
fn outcome(eta: f64) -> &'static str {
    match classify(eta) {
        Outcome::Creeps => "creeps",
        Outcome::Lands => "lands",
        Outcome::Oscillates => "oscillates in",
        Outcome::Bounces => "bounces",
        Outcome::Diverges => "diverges",
    }
}

/// x after each step from A, one series per step size.
fn climbs() -> String {
    let mut chart = Chart::new(
        "Lesson 4: climbing f(x) = 4 − (x − 2)² from A (x = 0) with five step sizes η",
        "each step x ← x + η·f′(x) multiplies the distance to the peak B (x = 2) by 1 − 2η",
        Axis::linear("step k", (0.0, STEPS as f64), 1.0, 0),
        Axis::linear("x after k steps", (-8.0, 10.0), 2.0, 0),
    );
    chart.horizontal(2.0, "B, the peak: x = 2");
    for eta in STEP_SIZES {
        let points: Vec<(f64, f64)> = climb(f_prime, 0.0, eta, STEPS)
            .into_iter()
            .enumerate()
            .map(|(k, x)| (k as f64, x))
            .collect();
        chart.series(
            &format!("η = {eta:.1}: {}", outcome(eta)),
            &points,
            Mark::LineAndDots,
        );
    }
    chart.finish()
}

/// `curve` sampled at `samples` + 1 evenly spaced x from `from` to `to`.
fn sampled(curve: impl Fn(f64) -> f64, (from, to): (f64, f64), samples: usize) -> Vec<(f64, f64)> {
    (0..=samples)
        .map(|i| {
            let x = from + (to - from) * i as f64 / samples as f64;
            (x, curve(x))
        })
        .collect()
}

/// The points of a climb as a series, each numbered with its step k.
fn numbered_climb(chart: &mut Chart, name: &str, points: &[(f64, f64)]) {
    chart.series(name, points, Mark::LineAndDots);
    for (k, &(x, y)) in points.iter().enumerate() {
        let (px, py) = chart.at(x, y);
        chart.svg().text(
            (px, py + 20.0),
            Anchor::Middle,
            12.0,
            "step",
            &k.to_string(),
        );
    }
}

/// The hill with A, B and C ringed, and the first `steps` steps of a climb
/// from A with step size `eta`, over the ranges `(xs, ys)` that hold them.
fn hill_with_climb(eta: f64, steps: usize, (xs, ys): ((f64, f64), (f64, f64))) -> String {
    let mut chart = Chart::new(
        &format!("Lesson 4: a climb from A with step size η = {eta:.1}"),
        "the hill f(x) = 4 − (x − 2)², each step x ← x + η·f′(x) drawn as its number k",
        Axis::linear("x", xs, 1.0, 0),
        Axis::linear("f(x)", ys, if ys.0 < -10.0 { 2.0 } else { 1.0 }, 0),
    );
    chart.series("the hill f(x)", &sampled(f, xs, 180), Mark::Line);
    let points: Vec<(f64, f64)> = climb(f_prime, 0.0, eta, steps)
        .into_iter()
        .map(|x| (x, f(x)))
        .collect();
    numbered_climb(
        &mut chart,
        &format!("η = {eta:.1}: {}", outcome(eta)),
        &points,
    );
    for (name, x) in [("A", 0.0), ("B", 2.0), ("C", 4.0)] {
        chart.mark(
            &format!("point-{name}"),
            (x, f(x)),
            (&format!("{name}: x = {x}"), Anchor::End),
            "#555555",
        );
    }
    chart.finish()
}

/// The hill with two peaks, L and H ringed, a climb from x = −0.5 that stops
/// at L, and where the adaptive climbs from −0.5 and 0.5 end.
fn two_peaks_climb() -> String {
    let mut chart = Chart::new(
        "Lesson 4: two peaks, g(x) = −3x⁴ + 4x³ + 12x²",
        "η = 0.02 from x = −0.5, step k drawn as k: the climb goes to the nearer peak L, not to H",
        Axis::linear("x", (-1.5, 2.5), 0.5, 1),
        Axis::linear("g(x)", (-4.0, 36.0), 4.0, 0),
    );
    chart.series(
        "the hill g(x)",
        &sampled(two_peaks, (-1.5, 2.5), 160),
        Mark::Line,
    );
    let points: Vec<(f64, f64)> = climb(two_peaks_prime, -0.5, 0.02, 4)
        .into_iter()
        .map(|x| (x, two_peaks(x)))
        .collect();
    numbered_climb(&mut chart, "climb, η = 0.02", &points);
    // The adaptive climbs of the story: from −0.5 it ends at L, from 0.5 at H.
    let ends = [-0.5, 0.5].map(|start| {
        let end = adaptive_climb(two_peaks, two_peaks_prime, start, 1.0, 1000);
        format!("the adaptive climb from {start} ends at x = {:.3}", end.x)
    });
    for ((name, x), end) in [("L", -1.0), ("H", 2.0)].into_iter().zip(ends) {
        chart.mark(
            &format!("peak-{name}"),
            (x, two_peaks(x)),
            (
                &format!("{name}: g({x}) = {:.0}", two_peaks(x)),
                Anchor::Middle,
            ),
            "#555555",
        );
        let (px, py) = chart.at(x, two_peaks(x));
        let anchor = if x < 0.0 { Anchor::Start } else { Anchor::End };
        chart.svg().text((px, py - 28.0), anchor, 11.0, "end", &end);
    }
    chart.finish()
}
