//! Part 4: a value used twice — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson5 --test fan_out`. The course's own test suite runs
//! this very file against the reference solution, so do not edit it: the runner
//! notices.

use check::{Tol, assert_close_naming, assert_equal, assert_gradient_agrees, think};
use lesson5::fan_out::*;

#[test]
fn fan_out_forward_keeps_q_and_f() {
    // (x, y, q = x + y, f = q·x) by hand.
    for (x, y, q, f) in [(-2.0, 5.0, 3.0, -6.0), (3.0, -1.0, 2.0, 6.0)] {
        let got = fan_out_forward(x, y);
        let at = format!("fan_out_forward({x}, {y})");
        // Small whole numbers: ROUNDING.
        assert_close_naming(
            &format!("{at}.q"),
            got.q,
            q,
            Tol::ROUNDING,
            "q is the add gate's output, x + y",
            &[],
        );
        assert_close_naming(
            &format!("{at}.f"),
            got.f,
            f,
            Tol::ROUNDING,
            "f = q·x: x goes into the product too, a second time",
            &[(q * y, "q·y: the product takes x, not y")],
        );
        assert_equal(
            &format!("the inputs kept by {at}"),
            format!("x = {}, y = {}", got.x, got.y),
            format!("x = {x}, y = {y}"),
            "the forward pass keeps its inputs: the backward pass needs them",
        );
    }
}

#[test]
fn fan_out_backward_adds_the_gradients_of_both_uses_of_x() {
    // At (x, y): the mul gate f = q·x hands x (its second use) q, and q the
    // gradient x; the add gate hands that x on to x (its first use) and to y.
    // So ∂f/∂x = q + x and ∂f/∂y = x, by hand (and f = x² + x·y agrees:
    // ∂f/∂x = 2x + y, ∂f/∂y = x).
    let points = [(-2.0, 5.0), (3.0, -1.0)];
    let answers = points.map(|(x, y)| {
        let q = x + y;
        fan_out_backward(&FanOut { x, y, q, f: q * x })
    });
    // The points are chosen so that each slip of ∂f/∂x gives a different pair
    // of answers: the mul gate's share q is 3, then 2; the add gate's share x is
    // −2, then 3; the larger of the two is 3 both times. A slip is named only if
    // it gives the answer got at both points.
    let cases: Vec<((f64, f64), f64)> = points
        .iter()
        .zip(&answers)
        .map(|(&p, a)| (p, a.0))
        .collect();
    let slips = check::slips_giving_every(
        &[
            "fan-out gradients overwritten instead of added: only the mul gate's share q is \
             left (`=` where `+=` belongs)",
            "fan-out gradients overwritten instead of added: only the add gate's share \
             ∂f/∂q = x is left (`=` where `+=` belongs)",
            "the larger of the two shares kept, not their sum: a value used twice is not a \
             max gate",
            "a sign slip",
        ],
        &cases,
        |k, &((x, y), got)| {
            let q = x + y;
            Tol::ROUNDING.accepts(got, [q, x, q.max(x), -(q + x)][k])
        },
    );
    for ((x, y), got) in points.into_iter().zip(answers) {
        let q = x + y;
        let (dx, dy) = (q + x, x);
        let at = format!("fan_out_backward at (x, y) = ({x}, {y}), where q = {q}");
        // A swapped pair puts ∂f/∂y = x first, which would also look like an
        // overwritten ∂f/∂x: name the swap alone then.
        let swapped = Tol::ROUNDING.accepts(got.0, dy) && Tol::ROUNDING.accepts(got.1, dx);
        let rule = think(
            "a value used twice receives the SUM of its uses' gradients: start ∂f/∂x at 0 \
             and add (+=) the share from the mul gate (q) and the share from the add gate \
             (∂f/∂q = x)",
            &[(
                swapped,
                "the pair returned the wrong way round: it is (∂f/∂x, ∂f/∂y)",
            )],
        );
        let slips_of_dx = if swapped {
            String::new()
        } else {
            think(&rule, &slips)
        };
        // Sums of small whole numbers: ROUNDING.
        check::assert_close(
            &format!("∂f/∂x from {at}"),
            got.0,
            dx,
            Tol::ROUNDING,
            if swapped { &rule } else { &slips_of_dx },
        );
        assert_close_naming(
            &format!("∂f/∂y from {at}"),
            got.1,
            dy,
            Tol::ROUNDING,
            &rule,
            &[
                (
                    q,
                    "mul's swap: q gets the OTHER input of the product, x, and the add gate \
                     passes that on to y",
                ),
                (
                    1.0,
                    "the add gate's local derivative 1 alone: ∂f/∂q = x was not multiplied in",
                ),
            ],
        );
        assert_gradient_agrees(
            &at,
            &["∂f/∂x", "∂f/∂y"],
            &[got.0, got.1],
            |v| (v[0] + v[1]) * v[0],
            &[x, y],
            &rule,
        );
    }
}
