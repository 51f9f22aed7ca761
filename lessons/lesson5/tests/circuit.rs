//! Part 1: the circuit (x + y)·z, forward and backward by hand — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson5 --test circuit`. The course's own test suite runs
//! this very file against the reference solution, so do not edit it: the runner
//! notices.

use check::{Tol, assert_close_naming, assert_equal, assert_gradient_agrees};
use lesson5::circuit::*;

#[test]
fn circuit_forward_keeps_q_and_f() {
    // (x, y, z, q = x + y, f = q·z), by hand: Karpathy's point, and one where
    // every input differs in size from the others.
    for (x, y, z, q, f) in [(-2.0, 5.0, -4.0, 3.0, -12.0), (1.5, 2.0, -2.5, 3.5, -8.75)] {
        let got = circuit_forward(x, y, z);
        let at = format!("circuit_forward({x}, {y}, {z})");
        // Sums and products of halves are exact in f64: ROUNDING.
        assert_close_naming(
            &format!("{at}.q"),
            got.q,
            q,
            Tol::ROUNDING,
            "q is the add node's output, x + y",
            &[(x * y, "x·y: the add node sums its inputs")],
        );
        assert_close_naming(
            &format!("{at}.f"),
            got.f,
            f,
            Tol::ROUNDING,
            "f is the mul node's output, q·z: the sum first, then the product",
            &[(
                x + y * z,
                "x + y·z: the sum q = x + y comes first, then f = q·z",
            )],
        );
        assert_equal(
            &format!("the inputs kept by {at}"),
            format!("x = {}, y = {}, z = {}", got.x, got.y, got.z),
            format!("x = {x}, y = {y}, z = {z}"),
            "the forward pass keeps its inputs: the backward pass needs them",
        );
    }
}

#[test]
fn circuit_backward_gives_q_the_gradient_z_and_z_the_gradient_q() {
    for (x, y, z) in POINTS {
        // The forward pass, written here so that this check does not depend on yours.
        let (q, f) = (x + y, (x + y) * z);
        let got = circuit_backward(&Circuit { x, y, z, q, f });
        let at = format!("circuit_backward at (x, y, z) = ({x}, {y}, {z}), where q = {q}");
        let rule = "the mul node f = q·z: a nudge of q moves f by z per unit, a nudge of z \
                    moves it by q, so ∂f/∂q = z and ∂f/∂z = q";
        // One input copied: ROUNDING.
        assert_close_naming(
            &format!("∂f/∂q from {at}"),
            got.dq,
            z,
            Tol::ROUNDING,
            rule,
            &[
                (q, "mul's swap: ∂f/∂q is the OTHER input z, not q itself"),
                (-z, "a sign slip"),
                (1.0, "the derivative of an add node: this node multiplies"),
            ],
        );
        assert_close_naming(
            &format!("∂f/∂z from {at}"),
            got.dz,
            q,
            Tol::ROUNDING,
            rule,
            &[
                (z, "mul's swap: ∂f/∂z is the OTHER input q, not z itself"),
                (-q, "a sign slip"),
            ],
        );
        assert_gradient_agrees(
            &at,
            &["∂f/∂q", "∂f/∂z"],
            &[got.dq, got.dz],
            |v| v[0] * v[1],
            &[q, z],
            rule,
        );
    }
}

#[test]
fn circuit_backward_multiplies_the_gradient_from_above_into_x_and_y() {
    for (x, y, z) in POINTS {
        let (q, f) = (x + y, (x + y) * z);
        let got = circuit_backward(&Circuit { x, y, z, q, f });
        let at = format!("circuit_backward at (x, y, z) = ({x}, {y}, {z})");
        let rule = "the chain rule: ∂f/∂x = ∂f/∂q · ∂q/∂x, the gradient arriving at the add \
                    node from above (∂f/∂q = z) times its local derivative (∂q/∂x = 1)";
        let mistakes = [
            (
                1.0,
                "the add node's local derivative ∂q/∂x = 1 alone: the upstream gradient \
                 ∂f/∂q was not multiplied in",
            ),
            (
                z + 1.0,
                "∂f/∂q + ∂q/∂x: the chain rule multiplies, it does not add",
            ),
            (q, "∂f/∂q taken as q (mul's swap), carried down to x and y"),
            (-z, "a sign slip"),
        ];
        // ∂f/∂q · 1 = z, one input copied: ROUNDING.
        for (name, partial) in [("∂f/∂x", got.dx), ("∂f/∂y", got.dy)] {
            assert_close_naming(
                &format!("{name} from {at}"),
                partial,
                z,
                Tol::ROUNDING,
                rule,
                &mistakes,
            );
        }
        assert_gradient_agrees(
            &at,
            &["∂f/∂x", "∂f/∂y", "∂f/∂z"],
            &[got.dx, got.dy, got.dz],
            |v| (v[0] + v[1]) * v[2],
            &[x, y, z],
            rule,
        );
    }
}

/// Karpathy's point, and one where the right gradients and every wrong one
/// named here differ from each other.
const POINTS: [(f64, f64, f64); 2] = [(-2.0, 5.0, -4.0), (1.5, 2.0, -2.5)];
