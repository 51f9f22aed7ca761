//! The story's pictures as SVG files, to open in a browser: the speed ladder,
//! as bars on a log scale, and the loss of your training in matrices at each
//! step beside micrograd's own run.
//!
//! You do not need to edit this file. It draws what the story draws, with the
//! course's small SVG writer (`lessons/svg`), which only the program builds.
//! The ladder's times are the story's recorded figures, handed over by
//! `main.rs`: no time is measured here.

use lesson7::STEPS;
use lesson7::reference::LOSS;
use lesson9::train::demo;
// Times are written as the story prints them.
use super::plot::time;
use svg::{Anchor, Axis, Chart, Mark, Scale, log_range};

/// Every picture of the lesson: (file name without `.svg`, the SVG text), the
/// ladder drawn from `ladder`, (what ran, seconds for the demo's 100 steps),
/// slowest first.
pub fn all(ladder: &[(&str, f64)]) -> Vec<(&'static str, String)> {
    vec![
        ("speed-ladder", speed_ladder(ladder)),
        ("loss", loss_beside_micrograd()),
    ]
}

/// One horizontal bar per row, from the axis's lowest power of ten to the
/// row's time, named above it, with its time and how many times as fast as
/// the first row at its end; the bars in a group `bars`.
fn speed_ladder(rows: &[(&str, f64)]) -> String {
    let seconds: Vec<f64> = rows.iter().map(|&(_, s)| s).collect();
    let count = rows.len().max(1) as f64;
    // The y axis counts rows from the bottom: row k of n is centred at n − k − ½.
    let y = Axis {
        label: String::new(),
        scale: Scale::Linear {
            min: 0.0,
            max: count,
        },
        ticks: Vec::new(),
    };
    let mut chart = Chart::new(
        &format!(
            "Lesson 9: micrograd's demo, its 100 training steps run {} ways",
            rows.len()
        ),
        "recorded once on a quiet 2-core machine (release builds, fastest of 5 trainings, \
         median of 7 rounds), not timed here",
        Axis::log(
            "seconds for the 100 steps (log scale); ×N: N times as fast as the first",
            log_range(&seconds),
            1,
        ),
        y,
    );
    let first = seconds.first().copied().unwrap_or(1.0);
    let (left, _, _, _) = chart.area();
    let mut labels = Vec::new();
    chart.svg().open("bars");
    for (k, &(name, s)) in rows.iter().enumerate() {
        let middle = count - k as f64 - 0.5;
        let (x0, top) = chart.at(0.0, middle + 0.15);
        let (x1, bottom) = chart.at(s, middle - 0.25);
        let colour = svg::PALETTE[k % svg::PALETTE.len()];
        chart.svg().rect(
            x0,
            top,
            x1 - x0,
            bottom - top,
            &format!("fill=\"{colour}\""),
        );
        labels.push(((left + 4.0, top - 6.0), name.to_string()));
        labels.push((
            (x1 + 6.0, (top + bottom) / 2.0 + 4.0),
            format!("{}  ×{:.0}", time(s), first / s),
        ));
    }
    chart.svg().close();
    for (k, (at, text)) in labels.into_iter().enumerate() {
        let class = if k % 2 == 0 { "bar-name" } else { "bar-time" };
        chart.svg().text(at, Anchor::Start, 12.0, class, &text);
    }
    chart.finish()
}

/// The loss before each of the demo's steps, your matrices against micrograd.
fn loss_beside_micrograd() -> String {
    let (_, steps) = demo();
    let worst = steps
        .iter()
        .zip(LOSS)
        .map(|(step, theirs)| ((step.loss - theirs) / theirs).abs())
        .fold(0.0, f64::max);
    let agree = if worst < 1e-12 {
        "the two runs agree within 1e-12 at every step"
    } else {
        "the two runs differ by 1e-12 or more at some step"
    };
    let mut chart = Chart::new(
        "Lesson 9: the loss at each training step, in matrices",
        &format!(
            "loss: mean hinge max(0, 1 − y·score) + 1e-4·Σp², before the step's update; {agree}"
        ),
        Axis::linear("training step k", (0.0, STEPS as f64), 10.0, 0),
        Axis::log("loss (log scale)", log_range(&LOSS), 1),
    );
    let yours: Vec<(f64, f64)> = steps
        .iter()
        .enumerate()
        .map(|(k, step)| (k as f64, step.loss))
        .collect();
    chart.series("your matrices", &yours, Mark::Line);
    let theirs: Vec<(f64, f64)> = LOSS
        .iter()
        .enumerate()
        .map(|(k, &loss)| (k as f64, loss))
        .collect();
    chart.series("micrograd's own run", &theirs, Mark::Dashed);
    chart.finish()
}
