//! What `cargo run -p lesson4` prints: the lesson's story, told by your functions.
//!
//! It is part of the program (`src/main.rs`), not of your library: a save
//! rebuilds your checks without it, and only the story's own snapshot check
//! compiles it in.
//!
//! You do not need to edit this file. It computes with + − × ÷ only (no sin, exp
//! or powf, whose last bit may differ between machines) and prints every number
//! at fixed precision, so the output is the same on every machine (a snapshot
//! test checks it).

use std::fmt::Write;

use super::plot::Plot;
use lesson4::{
    Outcome, adaptive_climb, classify, climb, f, f_prime, overshoots, step, two_peaks,
    two_peaks_prime,
};

/// The step sizes of the trajectory tables, one per outcome.
pub const STEP_SIZES: [f64; 5] = [0.1, 0.5, 0.6, 1.0, 1.1];

/// How many steps each table row shows.
pub const STEPS: usize = 6;

/// The lesson's story as text.
pub fn render() -> String {
    let mut out = String::new();
    let mut line = |text: String| writeln!(out, "{text}").unwrap();

    line("Lesson 4: step size and overshoot on the hill f(x) = 4 − (x − 2)²".into());
    line(format!(
        "A: x = 0, f′ = {:.0}, uphill is right | B: x = 2, the peak, f = {:.0} | \
         C: x = 4, f′ = {:.0}, uphill is left",
        f_prime(0.0),
        f(2.0),
        f_prime(4.0)
    ));
    line(
        "one step x ← x + η·f′(x), with step size η, multiplies the distance to B by 1 − 2η."
            .into(),
    );
    line("in the tables, ! marks a step that overshot: it moved x, but f did not rise.".into());
    for (name, start) in [("from A", 0.0), ("from C", 4.0), ("near B", 1.75)] {
        line(String::new());
        let mut header = format!("{name:<6} η  {:<10}", "outcome");
        for k in 0..=STEPS {
            header.push_str(&format!("{:>9}", format!("x{k}")));
        }
        line(header);
        for eta in STEP_SIZES {
            line(table_row(start, eta));
        }
    }
    line(String::new());

    let budget = 10_000;
    let runaway = climb(f_prime, 0.0, 1.1, budget);
    line(format!(
        "η = 1.1 from A with a budget of {budget} steps: x = {} after {} steps, \
         where the climb stops.",
        runaway[runaway.len() - 1],
        runaway.len() - 1
    ));
    line(String::new());

    line("η = 0.6 from A, step k drawn as k: the first step jumps past B".into());
    line(hill_with_climb(0.6, 3));
    line("η = 1.1 from A: points that leave the picture are drawn on its edge".into());
    line(hill_with_climb(1.1, 4));

    line("adaptive climb: undo a step that overshoots, and halve η".into());
    for (start, eta, tries) in [(4.0, 4.0, 5), (0.0, 1.1, 4)] {
        line(format!("from x = {start} with η = {eta}:"));
        line(format!("{:>7}{:>9}{:>9}{:>9}", "tries", "x", "f(x)", "η"));
        for k in 0..=tries {
            let now = adaptive_climb(f, f_prime, start, eta, k);
            let mut row = format!("{k:>7}{:>9.4}{:>9.4}{:>9.4}", now.x, f(now.x), now.eta);
            if k > 0 {
                let before = adaptive_climb(f, f_prime, start, eta, k - 1);
                if now.halvings > before.halvings {
                    let tried = step(f_prime, before.x, before.eta);
                    row.push_str(&format!(
                        "   undone: f({tried:.4}) = {:.4} is not above {:.4}",
                        f(tried),
                        f(before.x)
                    ));
                }
            }
            line(row);
        }
    }
    let (start, eta) = (-100.0, 1000.0);
    line(format!("from x = {start} with η = {eta}:"));
    line(format!("{:>7}{:>12}", "tries", "x"));
    for tries in [100, 300, 1000] {
        let end = adaptive_climb(f, f_prime, start, eta, tries);
        line(format!("{tries:>7}{:>12.6}", end.x));
    }
    let settled = adaptive_climb(f, f_prime, start, eta, 100);
    line(format!(
        "after {} halvings η = {}, just below 1: each step multiplies the distance",
        settled.halvings, settled.eta
    ));
    line(format!(
        "to B by {:.4}, so the climb zigzags in slowly, but f rises every time.",
        1.0 - 2.0 * settled.eta
    ));
    line(String::new());

    line("two peaks: g(x) = −3x⁴ + 4x³ + 12x², with L at x = −1, H at x = 2".into());
    line(format!(
        "g(L) = {:.0}, g(H) = {:.0}: H is higher. η = 0.02 from x = −0.5, step k drawn as k:",
        two_peaks(-1.0),
        two_peaks(2.0)
    ));
    let mut plot = Plot::new(49, 19, (-1.5, 2.5), (-4.0, 32.0));
    plot.curve(two_peaks, '·');
    for (x, name) in [(-1.0, 'L'), (2.0, 'H')] {
        plot.label(x, name);
    }
    for (k, x) in climb(two_peaks_prime, -0.5, 0.02, 4)
        .into_iter()
        .enumerate()
    {
        plot.point(x, two_peaks(x), digit(k));
    }
    line(plot.render());
    for start in [-0.5, 0.5] {
        let end = adaptive_climb(two_peaks, two_peaks_prime, start, 1.0, 1000);
        line(format!(
            "adaptive climb from x = {start:>4}: ends at x = {:>9.6}, g = {:.6}",
            end.x,
            two_peaks(end.x)
        ));
    }
    line("from −0.5 the climb stops at the nearer peak L: it never sees the higher one.".into());
    out
}

/// Step k of a climb as a mark in a plot: its digit, or + from step 10 on.
fn digit(k: usize) -> char {
    char::from_digit(k as u32, 10).unwrap_or('+')
}

/// One row of a trajectory table: η, its outcome, and the climb's points.
fn table_row(start: f64, eta: f64) -> String {
    let outcome = match classify(eta) {
        Outcome::Creeps => "creeps",
        Outcome::Lands => "lands",
        Outcome::Oscillates => "oscillates",
        Outcome::Bounces => "bounces",
        Outcome::Diverges => "diverges",
    };
    let mut row = format!("{eta:>8.1}  {outcome:<10}");
    let trajectory = climb(f_prime, start, eta, STEPS);
    for (k, x) in trajectory.iter().enumerate() {
        let flag = if k > 0 && overshoots(f, trajectory[k - 1], *x) {
            "!"
        } else {
            " "
        };
        row.push_str(&format!("{x:>8.4}{flag}"));
    }
    row.trim_end().to_string()
}

/// The hill with A, B and C marked under it, and the first steps of a climb
/// from A with step size `eta` (η), step k drawn as the digit k.
fn hill_with_climb(eta: f64, steps: usize) -> String {
    let mut plot = Plot::new(49, 19, (-1.0, 5.0), (-5.0, 4.0));
    plot.curve(f, '·');
    for (x, name) in [(0.0, 'A'), (2.0, 'B'), (4.0, 'C')] {
        plot.label(x, name);
    }
    for (k, x) in climb(f_prime, 0.0, eta, steps).into_iter().enumerate() {
        plot.point(x, f(x), digit(k));
    }
    plot.render()
}
