//! Part 2: one loop backward gives every gradient — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson6 --test backward`. The course's own test suite runs
//! this very file against the reference solution, so do not edit it.
//!
//! Every expected gradient here is worked out by hand, and every input is a small
//! number, so the gradients are exact (Tol::ROUNDING).

use check::{Tol, assert_close, assert_close_naming, assert_panics, fail, on_thread};
use lesson6::{Tape, Var};

#[test]
fn the_output_has_gradient_1_and_a_product_hands_each_input_the_other() {
    // Karpathy's circuit f = (x + y)·z at x = −2, y = 5, z = −4: q = 3, f = −12.
    let (tape, [x, y, z, q, f]) = karpathy_circuit();
    let grads = tape.backward(f);
    let at = "for f = q·z, q = x + y, at x = −2, y = 5, z = −4 (q = 3, f = −12)";
    assert_close_naming(
        &format!("∂f/∂f {at}"),
        grads[f],
        1.0,
        Tol::ROUNDING,
        "the output moves one for one with itself: start its gradient at 1, every other at 0",
        &[(0.0, "the output's gradient left at 0 (the seed)")],
    );
    let rule = "a product hands each input the upstream gradient times the OTHER input: \
                ∂(q·z)/∂q = z = −4 and ∂(q·z)/∂z = q = 3";
    let swapped = "mul's inputs swapped (each input got its own value times upstream)";
    let like_add = "mul handing on the upstream gradient unchanged, as add does";
    let skipped = "the output's own node skipped: start the loop at the output, \
                   (0..=output.0).rev(), so that f hands on its gradient";
    assert_close_naming(
        &format!("∂f/∂q {at}"),
        grads[q],
        -4.0,
        Tol::ROUNDING,
        rule,
        &[(3.0, swapped), (1.0, like_add), (0.0, skipped)],
    );
    assert_close_naming(
        &format!("∂f/∂z {at}"),
        grads[z],
        3.0,
        Tol::ROUNDING,
        rule,
        &[(-4.0, swapped)],
    );
    for (name, input) in [("∂f/∂x", x), ("∂f/∂y", y)] {
        assert_close_naming(
            &format!("{name} {at}"),
            grads[input],
            -4.0,
            Tol::ROUNDING,
            "a sum hands its upstream gradient, ∂f/∂q = −4, unchanged to each input; q must \
             have its gradient before it passes it on, so walk from the output back to node 0",
            &[
                (
                    0.0,
                    "a loop from node 0 forward: q passed on its gradient before it had one",
                ),
                (1.0, "add handing on 1 instead of the upstream gradient"),
            ],
        );
    }
}

#[test]
fn a_value_used_twice_gets_the_sum_of_its_gradients() {
    let mut tape = Tape::new();
    let a = tape.leaf(3.0);
    let twice = tape.add(a, a);
    assert_close_naming(
        "∂(a + a)/∂a at a = 3",
        tape.backward(twice)[a],
        2.0,
        Tol::ROUNDING,
        "a + a = 2a: each use of a hands it 1, and the two shares add up; use +=, never =",
        &[(
            1.0,
            "= in place of += (the second share overwrote the first)",
        )],
    );
}

#[test]
fn a_times_a_has_gradient_2a() {
    let mut tape = Tape::new();
    let a = tape.leaf(3.0);
    let square = tape.mul(a, a);
    assert_close_naming(
        "∂(a·a)/∂a at a = 3",
        tape.backward(square)[a],
        6.0,
        Tol::ROUNDING,
        "a·a = a²: each use of a gets the other, a = 3, and the shares add up to 2a = 6",
        &[(
            3.0,
            "= in place of += (the second share overwrote the first)",
        )],
    );
}

#[test]
fn the_diamond_sums_both_paths() {
    // b = 2·a, c = 3·b + 5·b at a = 1.5: ∂c/∂b = 3 + 5 = 8, ∂c/∂a = 2·8 = 16.
    let mut tape = Tape::new();
    let a = tape.leaf(1.5);
    let two = tape.leaf(2.0);
    let b = tape.mul(two, a);
    let three = tape.leaf(3.0);
    let three_b = tape.mul(three, b);
    let five = tape.leaf(5.0);
    let five_b = tape.mul(five, b);
    let c = tape.add(three_b, five_b);
    let grads = tape.backward(c);
    let rule = "b has two users, 3·b and 5·b: it must collect both shares (3 + 5) before it \
                passes 8·2 on to a; in tape order, from the output back, every user of b \
                comes before b";
    let one_path = "only one path counted (= for +=, or b passing on its gradient before all \
                    its users had added theirs)";
    assert_close_naming(
        "∂c/∂b",
        grads[b],
        8.0,
        Tol::ROUNDING,
        rule,
        &[(5.0, one_path), (3.0, one_path)],
    );
    assert_close_naming(
        "∂c/∂a",
        grads[a],
        16.0,
        Tol::ROUNDING,
        rule,
        &[(10.0, one_path), (6.0, one_path)],
    );
}

#[test]
fn backward_twice_gives_the_same_gradients() {
    let (tape, vars) = karpathy_circuit();
    let f = vars[4];
    let first = tape.backward(f);
    let second = tape.backward(f);
    for (name, v) in ["x", "y", "z", "q", "f"].into_iter().zip(vars) {
        assert_close(
            &format!("∂f/∂{name} from a second backward(f)"),
            second[v],
            first[v],
            Tol::ROUNDING,
            "the same tape and output gave another answer the second time, so something \
             stayed from the first call: backward starts from a fresh buffer of zeros, every call",
        );
    }
}

#[test]
fn backward_from_an_inner_node_leaves_later_nodes_at_0() {
    let (tape, [x, y, z, q, f]) = karpathy_circuit();
    let grads = tape.backward(q);
    let rule = "backward(q) seeds q, the output it is given, not the last node; nodes made \
                after q cannot change q, so their gradients stay 0";
    assert_close_naming(
        "∂q/∂q for q = x + y, with f = q·z after it",
        grads[q],
        1.0,
        Tol::ROUNDING,
        rule,
        &[(
            0.0,
            "the seed put on the tape's last node instead of on the output given",
        )],
    );
    for (name, v, expected) in [("x", x, 1.0), ("y", y, 1.0), ("z", z, 0.0), ("f", f, 0.0)] {
        assert_close(
            &format!("∂q/∂{name} for q = x + y, with f = q·z after it"),
            grads[v],
            expected,
            Tol::ROUNDING,
            rule,
        );
    }
}

#[test]
fn backward_refuses_a_var_from_another_tape() {
    let (_, [.., f]) = karpathy_circuit();
    let mut short = Tape::new();
    let one = short.leaf(1.0);
    assert_panics(
        "backward(Var(4)) on a tape of 1 node",
        || short.backward(f),
        "is not on this tape",
        "a Var belongs to the tape that made it: check the output with self.node(output) \
         before you make the buffer",
    );
    // Reading a gradient is provided: it refuses a Var the same way.
    let grads = short.backward(one);
    assert_panics(
        "grads[Var(4)] from backward on a tape of 1 node",
        || grads[f],
        "is not on the tape these gradients came from",
        "there is one gradient per node of the tape that was backpropagated",
    );
}

#[test]
fn a_chain_of_50000_nodes_backpropagates_without_recursion() {
    // y = x + 1 + 1 + … (49,998 adds of one leaf): ∂y/∂x = 1, ∂y/∂one = 49,998.
    // It runs on a thread with a 2 MiB stack, the size of a test's own thread, so
    // the outcome does not depend on how the tests are run. A recursion needs a
    // stack frame per node and overflows after 10,000 to 20,000 of them (it
    // depends on the frame's size): then the whole test program aborts with
    // "thread 'backward on a chain of 50,000 nodes' has overflowed its stack",
    // before any check can report.
    let rule = "one loop over the tape, from the output back, needs no stack: no recursion";
    let (dx, d_one) = on_thread("backward on a chain of 50,000 nodes", 2 << 20, || {
        let mut tape = Tape::new();
        let x = tape.leaf(0.5);
        let one = tape.leaf(1.0);
        let mut y = x;
        for _ in 2..50_000 {
            y = tape.add(y, one);
        }
        let grads = tape.backward(y);
        (grads.of(x), grads.of(one))
    })
    .unwrap_or_else(|panicked| {
        fail(
            "backward on a chain of 50,000 nodes",
            format!("a panic: {panicked}"),
            "∂y/∂x = 1",
            rule,
        )
    });
    assert_close(
        "∂y/∂x for y = x + 1 + 1 + … (50,000 nodes)",
        dx,
        1.0,
        Tol::ROUNDING,
        rule,
    );
    // 49,998 additions of 1.0 into one sum, all exact in f64.
    assert_close(
        "∂y/∂1 for y = x + 1 + 1 + … (the leaf 1 is used 49,998 times)",
        d_one,
        49_998.0,
        Tol::ROUNDING,
        rule,
    );
}

/// Karpathy's circuit f = (x + y)·z at x = −2, y = 5, z = −4, recorded in the
/// order x, y, q = x + y, z, f = q·z: the tape and [x, y, z, q, f].
fn karpathy_circuit() -> (Tape, [Var; 5]) {
    let mut tape = Tape::new();
    let x = tape.leaf(-2.0);
    let y = tape.leaf(5.0);
    let q = tape.add(x, y);
    let z = tape.leaf(-4.0);
    let f = tape.mul(q, z);
    (tape, [x, y, z, q, f])
}
