//! Part 1: the tape records every operation — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson6 --test tape`. The course's own test suite runs this
//! very file against the reference solution, so do not edit it: the runner notices.

use check::{Tol, assert_claim, assert_close, assert_equal, assert_panics, fail};
use lesson6::{Op, Tape, Var};

#[test]
fn a_leaf_is_a_new_node_whose_var_is_its_index() {
    let mut tape = Tape::new();
    assert_equal(
        "Tape::new().is_empty()",
        tape.is_empty(),
        true,
        "a new tape holds no node",
    );
    let rule = "a node's Var is its position: the length of the tape before it was pushed, \
                so the first node is 0, the next 1, and so on";
    for (index, value) in [2.5, -1.0, 0.0].into_iter().enumerate() {
        let v = tape.leaf(value);
        assert_equal(
            &format!("the Var of leaf number {index} on a new tape"),
            format!("Var({})", v.index()),
            format!("Var({index})"),
            rule,
        );
        assert_equal(
            &format!("the length of the tape after {} leaves", index + 1),
            tape.len(),
            index + 1,
            "each leaf pushes exactly one node",
        );
        assert_claim(
            tape.op(v) == Op::Leaf,
            &format!("tape.op(Var({index})) for a leaf"),
            format!("{:?}", tape.op(v)),
            "Op::Leaf",
            "a number given from outside is recorded as Op::Leaf",
        );
        // A value stored and read back, no arithmetic: exact.
        assert_close(
            &format!("tape.value(Var({index})) after tape.leaf({value})"),
            tape.value(v),
            value,
            Tol::ROUNDING,
            "value(v) reads back the number node v holds",
        );
    }
    // Provided for lesson 9's replay, not yours to write: `set_value` rewrites
    // a node's value in place, recording nothing, and `vars` walks the tape.
    let provided = "set_value and vars are provided (lesson 9 replays a tape with them): if this \
                    fails, the provided src/tape/provided.rs was changed";
    let last = tape.vars().last();
    if let Some(last) = last {
        tape.set_value(last, 4.0);
    }
    assert_equal(
        "the last Var of tape.vars() on a tape of 3 leaves, and the length after set_value",
        format!("{last:?} on a tape of {}", tape.len()),
        "Some(Var(2)) on a tape of 3",
        provided,
    );
    // A value stored and read back: exact.
    assert_close(
        "tape.value(Var(2)) after tape.set_value(Var(2), 4.0)",
        last.map_or(f64::NAN, |v| tape.value(v)),
        4.0,
        Tol::ROUNDING,
        provided,
    );
    assert_equal(
        "tape.is_empty() after three leaves",
        tape.is_empty(),
        false,
        "a tape with nodes is not empty",
    );
    tape.clear();
    let v = tape.leaf(7.0);
    assert_equal(
        "the Var and the length after clear() and one leaf",
        format!("Var({}) on a tape of {}", v.index(), tape.len()),
        "Var(0) on a tape of 1",
        "clear() empties the tape: count positions on the tape, not leaves ever made",
    );
}

#[test]
fn add_and_mul_record_one_node_after_their_inputs() {
    let mut tape = Tape::new();
    let x = tape.leaf(2.0);
    let y = tape.leaf(-3.0);
    // (name, op recorded, expected op, expected value): small integers, exact.
    let sum = tape.add(x, y);
    let product = tape.mul(x, y);
    let twice = tape.add(x, x);
    let square = tape.mul(y, y);
    let built = [
        ("add(x, y)", sum, Op::Add(x, y), -1.0),
        ("mul(x, y)", product, Op::Mul(x, y), -6.0),
        ("add(x, x)", twice, Op::Add(x, x), 4.0),
        ("mul(y, y)", square, Op::Mul(y, y), 9.0),
    ];
    for (k, (name, v, op, value)) in built.into_iter().enumerate() {
        assert_equal(
            &format!(
                "the Var of {name}, the operation number {} after x, y",
                k + 1
            ),
            format!("Var({})", v.index()),
            format!("Var({})", 2 + k),
            "each operation pushes exactly one node, at the end: after its inputs",
        );
        let names = [(x, "x"), (y, "y")];
        assert_equal(
            &format!("tape.op of {name} at x = 2, y = −3 (x and y are the first two leaves)"),
            named(tape.op(v), &names),
            named(op, &names),
            "an operation records its inputs as given, in order: add(a, b) is Op::Add(a, b)",
        );
        assert_close(
            &format!("tape.value of {name} at x = 2, y = −3"),
            tape.value(v),
            value,
            Tol::ROUNDING,
            "an operation computes its value from its inputs' values when it is recorded",
        );
    }
    assert_equal(
        "the length of the tape after 2 leaves and 4 operations",
        tape.len(),
        6,
        "one node per operation, no more",
    );
}

#[test]
fn sum_adds_the_terms_in_order() {
    let mut tape = Tape::new();
    let terms: Vec<Var> = [0.1, 0.2, 0.3].iter().map(|&t| tape.leaf(t)).collect();
    let s = tape.sum(&terms);
    let names = [(terms[0], "t0"), (terms[1], "t1"), (terms[2], "t2")];
    // The slips give different sums of 0.1, 0.2 and 0.3, so each is named by
    // its value and length; the right sum is 0.6000000000000001 on 5 nodes.
    let value = tape.value(s);
    let rule = check::think(
        "sum(&[t0, t1, t2]) is (t0 + t1) + t2: one add per term after the first, in order, \
         starting from t0 itself, so its rounding is Python's (0.1 + 0.2) + 0.3 = \
         0.6000000000000001",
        &[
            (
                (value - 0.5).abs() < 1e-12,
                "the first term dropped (0.2 + 0.3): the loop adds terms[1..] to something \
                 that is not t0",
            ),
            (
                (value - 0.7).abs() < 1e-12,
                "the first term counted twice (0.1 + 0.1 + 0.2 + 0.3): start from t0, then \
                 add terms[1..] only",
            ),
            (
                value == (0.1 + 0.2) + 0.3 && tape.len() == 7,
                "a sum that starts from a new leaf 0: that is micrograd's graph, which lesson 7 \
                 builds by passing a leaf 0 as the first term; sum itself starts from t0",
            ),
        ],
    );
    let first = match tape.op(s) {
        Op::Add(first, last) if last == terms[2] => first,
        other => fail(
            "the last node of sum(&[t0, t1, t2]), with t0, t1, t2 the leaves 0.1, 0.2, 0.3",
            named(other, &names),
            "Add(t0 + t1, t2)",
            &rule,
        ),
    };
    assert_claim(
        tape.op(first) == Op::Add(terms[0], terms[1]) && tape.len() == 5,
        "the adds sum(&[t0, t1, t2]) records, with t0, t1, t2 the leaves 0.1, 0.2, 0.3",
        format!(
            "{}, then {}, tape length {}",
            named(tape.op(first), &names),
            named(tape.op(s), &names),
            tape.len()
        ),
        "Add(t0, t1), then Add(that, t2): tape length 5",
        &rule,
    );
    // Compared bit for bit: the order of the adds shows only in the last bit.
    assert_equal(
        "sum of 0.1, 0.2, 0.3",
        format!("{value:?}"),
        "0.6000000000000001",
        &rule,
    );
    let one = tape.sum(&terms[..1]);
    assert_claim(
        one == terms[0] && tape.len() == 5,
        "sum(&[t0]), with t0 the leaf 0.1",
        format!("{}, tape length {}", named_var(one, &names), tape.len()),
        "t0 itself, tape length 5",
        "one term is its own sum: no add, no new node",
    );
}

/// An operation as the message shows it: each Var the check knows by its
/// name (`Add(t0, t1)`), any other as its index on the tape (`node 4`).
fn named(op: Op, names: &[(Var, &str)]) -> String {
    let mut shown = format!("{op:?}");
    for &(var, name) in names {
        shown = shown.replace(&format!("{var:?}"), name);
    }
    shown
}

/// One Var as the message shows it: its name if the check knows it.
fn named_var(var: Var, names: &[(Var, &str)]) -> String {
    names
        .iter()
        .find(|(v, _)| *v == var)
        .map_or(format!("{var:?}"), |(_, name)| name.to_string())
}

#[test]
fn sum_of_nothing_is_refused() {
    let mut tape = Tape::new();
    assert_panics(
        "sum(&[])",
        || tape.sum(&[]),
        "sum needs at least one term",
        "the sum of no terms has no node to return: refuse it before the loop, which would not run",
    );
}

#[test]
fn a_var_from_another_tape_is_refused() {
    let mut long = Tape::new();
    let far: Vec<Var> = (0..5).map(|i| long.leaf(f64::from(i))).collect();
    let mut short = Tape::new();
    let x = short.leaf(1.0);
    let rule = "a Var is an index into the tape that made it; on a shorter tape it points \
                past the end: read nodes through self.node(v), which says so";
    let text = "is not on this tape";
    // Var(1) is just past the end of a tape of 1 node; Var(4) is far past it.
    for foreign in [far[1], far[4]] {
        let k = foreign.index();
        let on_short = "on a tape of 1 node";
        assert_panics(
            &format!("value(Var({k})) {on_short}"),
            || short.value(foreign),
            text,
            rule,
        );
        assert_panics(
            &format!("set_value(Var({k}), 2.0) {on_short}"),
            || short.set_value(foreign, 2.0),
            text,
            rule,
        );
        assert_panics(
            &format!("add(x, Var({k})) {on_short}"),
            || short.add(x, foreign),
            text,
            rule,
        );
        assert_panics(
            &format!("add(Var({k}), x) {on_short}"),
            || short.add(foreign, x),
            text,
            rule,
        );
        assert_panics(
            &format!("mul(x, Var({k})) {on_short}"),
            || short.mul(x, foreign),
            text,
            rule,
        );
        assert_panics(
            &format!("mul(Var({k}), x) {on_short}"),
            || short.mul(foreign, x),
            text,
            rule,
        );
    }
    assert_equal(
        "the length of the tape after the refused operations",
        short.len(),
        1,
        "a refused operation records nothing: read the inputs before you push",
    );
}
