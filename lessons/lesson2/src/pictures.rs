//! The story's picture as an SVG file, to open in a browser: the error of the
//! two difference quotients against the step h, on log scales, where the fall
//! and the rise of each formula make a V.
//!
//! You do not need to edit this file. It draws the same error tables as the
//! story (f(x) = 1/x at x = 1.7, computed by your `error_table`), with the
//! course's small SVG writer (`lessons/svg`), which only the program builds.

use lesson2::{Difference, STEPS, best_step, error_table};
use svg::{Anchor, Axis, Chart, Mark, log_range};

/// Every picture of the lesson: (file name without `.svg`, the SVG text).
pub fn all() -> Vec<(&'static str, String)> {
    vec![("error-against-h", error_against_h())]
}

/// The error of f′(1.7) for f(x) = 1/x against h, forward and central, each
/// formula's best h ringed.
fn error_against_h() -> String {
    let x = 1.7;
    let exact = -1.0 / (x * x);
    let f = |x: f64| 1.0 / x;
    let forward = error_table(f, x, exact, Difference::Forward, &STEPS);
    let central = error_table(f, x, exact, Difference::Central, &STEPS);
    let errors: Vec<f64> = forward
        .iter()
        .chain(&central)
        .map(|row| row.error)
        .collect();
    let (low, high) = log_range(&errors);
    let hs = log_range(&STEPS);
    let mut chart = Chart::new(
        "Lesson 2: the error of a difference quotient against its step h",
        "f(x) = 1/x at x = 1.7: forward (f(x+h) − f(x)) / h, central (f(x+h) − f(x−h)) / 2h",
        Axis::log("step h (log scale)", hs, 1),
        Axis::log(
            "absolute error |estimate − exact| (log scale)",
            (low, high),
            1,
        ),
    );
    for (name, table) in [
        ("forward difference", &forward),
        ("central difference", &central),
    ] {
        let colour = chart.next_colour();
        let points: Vec<(f64, f64)> = table.iter().map(|row| (row.h, row.error)).collect();
        chart.series(name, &points, Mark::LineAndDots);
        let best = best_step(table);
        let kind = name.split(' ').next().unwrap_or(name);
        chart.mark(
            &format!("best-{kind}"),
            (best.h, best.error),
            (
                &format!("best {kind} h = {:.0e}: error {:.1e}", best.h, best.error),
                Anchor::Start,
            ),
            colour,
        );
    }
    chart.finish()
}
