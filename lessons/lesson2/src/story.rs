//! What `cargo run -p lesson2` prints: the lesson's story, told by your functions.
//!
//! It is part of the program (`src/main.rs`), not of your library: a save
//! rebuilds your checks without it, and only the story's own snapshot check
//! compiles it in.
//!
//! You do not need to edit this file. Every number is printed at fixed precision,
//! so the output is the same on every machine (a snapshot test checks it).
//!
//! The error table uses f(x) = 1/x rather than sin: its values need only
//! division, which IEEE 754 rounds the same way everywhere, while sin may differ
//! in the last bit from one platform's maths library to another. At tiny h the
//! error *is* that last bit magnified by 1/h, so a table of sin errors could
//! change from machine to machine; this one cannot.

use std::fmt::Write;

use lesson2::{
    Difference, ErrorRow, STEPS, best_step, error_table, numeric_gradient, partial_a, partial_b,
};

/// The step of the partial derivatives in the story, as in the post.
pub const H: f64 = 0.01;

/// The node of lesson 1.
fn product(a: f64, b: f64) -> f64 {
    a * b
}

/// The function of the error table: f(x) = 1/x, whose slope is exactly −1/x².
fn reciprocal(x: f64) -> f64 {
    1.0 / x
}

/// " ◀" beside the best row of a column, blanks elsewhere (so the columns line up).
fn mark(row: ErrorRow, best: ErrorRow) -> &'static str {
    if row.h == best.h { " ◀" } else { "  " }
}

/// The power of ten of a positive number, read from its printed form: `1.9e-2`
/// gives -2. Printing is exact and the same everywhere; a logarithm might not be.
fn decade(x: f64) -> i32 {
    let printed = format!("{x:e}");
    printed
        .split_once('e')
        .and_then(|(_, exponent)| exponent.parse().ok())
        .unwrap_or(0)
}

/// The error tables as a picture: h along the bottom, the error's power of ten up
/// the side, so the fall and the rise of each formula show as a V.
fn error_chart(forward: &[ErrorRow], central: &[ErrorRow]) -> Vec<String> {
    let mut rows =
        vec!["error against h, one row per power of ten: f forward, c central, * both".to_string()];
    for exponent in (-12..=-1).rev() {
        let mut row = format!("{:>6} ┤", format!("1e{exponent}"));
        for (f_row, c_row) in forward.iter().zip(central) {
            let (f, c) = (
                decade(f_row.error) == exponent,
                decade(c_row.error) == exponent,
            );
            row.push_str(match (f, c) {
                (true, true) => "   *",
                (true, false) => "   f",
                (false, true) => "   c",
                (false, false) => "    ",
            });
        }
        rows.push(row);
    }
    rows.push(format!("       └{}", "─".repeat(4 * forward.len() + 1)));
    // Every second h, its label ending under its column of marks.
    let mut labels = String::from("     h");
    for (i, row) in forward.iter().enumerate().step_by(2) {
        let label = format!("{:.0e}", row.h);
        let end = 12 + 4 * i;
        let width = end - labels.chars().count();
        labels.push_str(&format!("{label:>width$}"));
    }
    rows.push(labels);
    rows
}

/// The lesson's story as text.
pub fn render() -> String {
    let mut out = String::new();
    let mut line = |text: String| writeln!(out, "{}", text.trim_end()).unwrap();

    line("Lesson 2: the numeric derivative".into());
    line(String::new());
    line(format!(
        "f(a, b) = a·b at (4, 3): move one input by h = {H}, hold the other fixed"
    ));
    let (a, b) = (4.0, 3.0);
    line(format!(
        "  ∂f/∂a ≈ (f(4.01, 3) − f(4, 3)) / h = {:.4}   (exactly b = 3)",
        partial_a(product, a, b, H)
    ));
    line(format!(
        "  ∂f/∂b ≈ (f(4, 3.01) − f(4, 3)) / h = {:.4}   (exactly a = 4)",
        partial_b(product, a, b, H)
    ));
    line(String::new());

    line("the whole gradient of a·b at (4, 3), counting the calls of f:".into());
    for (name, difference, cost) in [
        ("forward", Difference::Forward, "N + 1"),
        ("central", Difference::Central, "2N"),
    ] {
        let gradient = numeric_gradient(|x| product(x[0], x[1]), &[a, b], H, difference);
        line(format!(
            "  {name}: ({:.4}, {:.4}) in {} evaluations ({cost} for N = 2)",
            gradient.grad[0], gradient.grad[1], gradient.evaluations
        ));
    }
    line(String::new());

    // At x = 1.7 the rounding part grows steadily as h shrinks (at some other
    // points it stalls for a few rows, which is true but harder to read).
    let x = 1.7;
    let exact = -1.0 / (x * x);
    let forward = error_table(reciprocal, x, exact, Difference::Forward, &STEPS);
    let central = error_table(reciprocal, x, exact, Difference::Central, &STEPS);
    let (best_forward, best_central) = (best_step(&forward), best_step(&central));
    line(format!(
        "the error of f′({x}) for f(x) = 1/x (exactly -1/x² ≈ {exact:.4}) as h shrinks:"
    ));
    line("     h   forward error   central error".into());
    for (f_row, c_row) in forward.iter().zip(&central) {
        line(format!(
            "{:>6.0e}  {:>12.1e}{}  {:>12.1e}{}",
            f_row.h,
            f_row.error,
            mark(*f_row, best_forward),
            c_row.error,
            mark(*c_row, best_central),
        ));
    }
    line(format!(
        "best h: forward {:.0e} (error {:.1e}), near √ε ≈ 1.5e-8",
        best_forward.h, best_forward.error
    ));
    line(format!(
        "        central {:.0e} (error {:.1e}), near ∛ε ≈ 6.1e-6",
        best_central.h, best_central.error
    ));
    line(
        "above the best h the formula's own error shrinks with h (like h forward, h² central);"
            .into(),
    );
    line("below it rounding grows like ε/h: the error falls, then rises again.".into());
    line(String::new());
    for row in error_chart(&forward, &central) {
        line(row);
    }
    out
}
