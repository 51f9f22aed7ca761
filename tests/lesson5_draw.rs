//! The circuit drawings of lesson 5's story (`lessons/lesson5/src/draw.rs`, a
//! module of the lesson's program), tested on their own.

use check::panic_message;

#[path = "../lessons/lesson5/src/draw.rs"]
mod draw;
use draw::{Wire, render};

/// Karpathy's circuit (x + y)·z at x = −2, y = 5, z = −4, with its gradients
/// worked out by hand: ∂f/∂q = z, ∂f/∂z = q, ∂f/∂x = ∂f/∂y = ∂f/∂q.
fn karpathy() -> Wire {
    let q = Wire::gate(
        '+',
        vec![Wire::input("x", -2.0, -4.0), Wire::input("y", 5.0, -4.0)],
        "q",
        3.0,
        -4.0,
    );
    Wire::gate('×', vec![q, Wire::input("z", -4.0, 3.0)], "f", -12.0, 1.0)
}

#[test]
fn two_inputs_turn_towards_their_gate_and_meet_halfway() {
    insta::assert_snapshot!(render(&karpathy(), 2), @r"
        -2.00
    x ───────────┐
        -4.00    │    3.00
                (+)─ q ─────┐
         5.00    │   -4.00  │
    y ───────────┘          │  -12.00
        -4.00              (×)─ f ─────
                            │    1.00
        -4.00               │
    z ──────────────────────┘
         3.00
    ");
}

#[test]
fn a_drawing_ends_with_the_last_gradient_and_one_newline() {
    let drawing = render(&karpathy(), 2);
    // Three inputs take four rows each, without the blank row after the last.
    assert_eq!(drawing.lines().count(), 11, "{drawing}");
    assert!(drawing.ends_with("\n     3.00\n"), "{drawing:?}");
}

#[test]
fn one_input_runs_straight_into_its_gate() {
    let out = Wire::gate('σ', vec![Wire::input("t", 2.0, 0.105)], "out", 0.881, 1.0);
    insta::assert_snapshot!(render(&out, 3), @r"
       2.000       0.881
    t ─────────(σ)─ out ──
       0.105       1.000
    ");
}

#[test]
fn a_circuit_that_is_one_input_is_one_wire() {
    insta::assert_snapshot!(render(&Wire::input("x", 1.5, 1.0), 1), @r"
       1.5
    x ────────
       1.0
    ");
}

#[test]
fn minus_zero_prints_as_zero_and_an_unnamed_wire_is_bare() {
    let max = Wire::gate(
        'm',
        vec![Wire::input("a", -0.0, -0.0), Wire::input("b", -1.0, 0.0)],
        "",
        0.0,
        -0.0,
    );
    insta::assert_snapshot!(render(&max, 1), @r"
        0.0
    a ─────────┐
        0.0    │   0.0
              (m)───────
       -1.0    │   0.0
    b ─────────┘
        0.0
    ");
}

#[test]
fn long_names_and_numbers_widen_the_columns_and_each_gate_sits_at_its_depth() {
    let sum = Wire::gate(
        '+',
        vec![Wire::input("x₂", 1.0, 0.5), Wire::input("long", 2.0, 0.5)],
        "sum",
        3.0,
        0.25,
    );
    let product = Wire::gate(
        '×',
        vec![Wire::input("x₁", -123.456, 2.0), sum],
        "product",
        -370.368,
        1.0,
    );
    insta::assert_snapshot!(render(&product, 3), @r"
          -123.456
      x₁ ──────────────────────────┐
             2.000                 │
                                   │  -370.368
             1.000                (×)─ product ─
      x₂ ─────────────┐            │     1.000
             0.500    │     3.000  │
                     (+)─ sum ─────┘
             2.000    │     0.250
    long ─────────────┘
             0.500
    ");
}

#[test]
fn depth_counts_the_gates_on_the_longest_path() {
    assert_eq!(Wire::input("x", 1.0, 1.0).depth(), 0);
    assert_eq!(karpathy().depth(), 2);
    let lopsided = Wire::gate(
        '+',
        vec![Wire::input("w", 0.0, 1.0), karpathy()],
        "",
        0.0,
        1.0,
    );
    assert_eq!(lopsided.depth(), 3);
}

#[test]
fn a_gate_takes_one_or_two_inputs() {
    for count in [0, 3] {
        let inputs = vec![Wire::input("x", 1.0, 1.0); count];
        let message = panic_message(|| Wire::gate('+', inputs, "", 0.0, 0.0));
        assert!(
            message
                .as_deref()
                .is_some_and(|m| m.contains("a gate has one or two inputs")),
            "a gate with {count} inputs should be refused, got {message:?}"
        );
    }
}
