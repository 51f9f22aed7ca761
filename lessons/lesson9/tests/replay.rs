//! Part 1: record once, replay — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson9 --test replay`. The course's own test suite runs
//! this very file against the reference solution, so do not edit it: the runner
//! notices.

use check::{Tol, assert_all_close, assert_claim, assert_close_naming, assert_panics, think};
use lesson6::Tape;
use lesson7::moons::INIT;
use lesson7::reference::LOSS;
use lesson9::{Recording, replay};

#[path = "support/earlier.rs"]
mod earlier;
#[path = "support/every_op.rs"]
mod every_op;
#[path = "support/step.rs"]
mod step;

use every_op::{fresh, record_every_op};
use step::{by_tape, record_step};

#[test]
fn a_replay_runs_the_recorded_ops_again_from_new_input_values() {
    earlier::earlier_lessons_work();
    let mut tape = Tape::new();
    let (x, y) = (tape.leaf(2.0), tape.leaf(3.0));
    let xy = tape.mul(x, y);
    let f = tape.add(xy, x);
    let mut recording = Recording::new(tape, &[x, y], f);
    let (value, gradient) = replay(&mut recording, &[4.0, 5.0]);
    let nodes = recording.tape.len();
    assert_claim(
        nodes == 4,
        "the number of nodes on the recording's tape (x, y, x·y, x·y + x) after a replay",
        nodes,
        4,
        &think(
            "a replay records nothing: it sets the value of every node already on the tape, in \
             place, with tape.set_value",
            &[(
                nodes > 4,
                "new nodes at the end of the tape: tape.add, tape.mul, … record a node each \
                 time; compute the value yourself and set it on the node that is there",
            )],
        ),
    );
    // Whole numbers: every result is exact in binary.
    assert_close_naming(
        "replay of f = x·y + x (recorded at x = 2, y = 3) at x = 4, y = 5",
        value,
        24.0,
        Tol::EXACT,
        "a replay sets the input leaves to the new values, then recomputes every other node in \
         tape order: 4·5 + 4 = 24",
        &[
            (
                8.0,
                "a replay that keeps the first recording's values: the new input values never \
                 reached the leaves, or the nodes after them were not recomputed",
            ),
            (
                25.0,
                "the input values set in the wrong order (x = 5, y = 4)",
            ),
        ],
    );
    assert_all_close(
        "the gradient the replay returned, (∂f/∂x, ∂f/∂y) at x = 4, y = 5",
        &gradient,
        &[6.0, 4.0],
        Tol::EXACT,
        &think(
            "after the ops, one backward from the output: ∂f/∂x = y + 1 = 6, ∂f/∂y = x = 4, one \
             gradient per input of the recording, in its order",
            &[(
                gradient == [4.0, 2.0],
                "the first recording's gradients: the new input values never reached the leaves",
            )],
        ),
    );
    // A recording of one leaf, its own output: the replay returns the new value,
    // and ∂x/∂x = 1.
    let mut tape = Tape::new();
    let x = tape.leaf(2.0);
    let mut alone = Recording::new(tape, &[x], x);
    let (value, gradient) = replay(&mut alone, &[5.0]);
    assert_all_close(
        "replay at x = 5 of f = x, recorded at x = 2: the value and ∂f/∂x",
        &[value, gradient.first().copied().unwrap_or(f64::NAN)],
        &[5.0, 1.0],
        Tol::EXACT,
        "a leaf that is the output too is replayed like any other: its new value, and a gradient \
         of 1 with respect to itself",
    );
}

#[test]
fn a_replay_at_new_inputs_equals_a_fresh_recording_to_the_last_bit() {
    let (tape, inputs, f) = record_every_op([2.0, 3.0, -1.0]);
    let nodes = tape.len();
    let mut recording = Recording::new(tape, &inputs, f);
    let at = [-1.5, 0.5, 0.75];
    let (value, gradient) = replay(&mut recording, &at);
    let after = recording.tape.len();
    assert_claim(
        after == nodes,
        "the number of nodes on the recording's tape after a replay",
        after,
        nodes,
        &think(
            "a replay records nothing: it sets the value of every node already on the tape, in \
             place, with tape.set_value",
            &[(
                after > nodes,
                "new nodes at the end of the tape: tape.add, tape.mul, … record a node each \
                 time; compute the value yourself and set it on the node that is there",
            )],
        ),
    );
    let (first, first_gradient) = fresh([2.0, 3.0, -1.0]);
    let (expected, expected_gradient) = fresh(at);
    let (swapped, _) = fresh([at[1], at[0], at[2]]);
    // The same ops in the same order on the same numbers round the same way:
    // the replay and a fresh recording agree to the last bit. EXACT allows a few
    // units in the last place, far below what any slip changes.
    assert_close_naming(
        "replay of f = relu(x·y + 1) + tanh(x)·e^(−z) + σ(y)·z² − 1/x at (−1.5, 0.5, 0.75), \
         recorded at (2, 3, −1)",
        value,
        expected,
        Tol::EXACT,
        "the inputs' new values, then every node in tape order computed from its inputs as \
         lesson 6 computes it (the other leaves, the constants 1, keep their values): then it \
         is the same computation as a fresh recording",
        &[
            (
                first,
                "a replay that keeps the first recording's values: the new input values never \
                 reached the leaves, or the nodes after them were not recomputed",
            ),
            (
                swapped,
                "the input values set in the wrong order (x and y swapped)",
            ),
        ],
    );
    let same = |a: &[f64], b: &[f64]| {
        a.len() == b.len() && a.iter().zip(b).all(|(&p, &q)| Tol::EXACT.accepts(p, q))
    };
    assert_all_close(
        "the replay's gradient (∂f/∂x, ∂f/∂y, ∂f/∂z)",
        &gradient,
        &expected_gradient,
        Tol::EXACT,
        &think(
            "one backward on the replayed tape, from the output, then the gradient of each input \
             of the recording, in its order",
            &[(
                same(&gradient, &first_gradient),
                "a replay that keeps the first recording's gradients",
            )],
        ),
    );
    // A second replay, back at the recorded inputs, starts from the values the
    // first one left: it must give the first recording's numbers again.
    let (again, again_gradient) = replay(&mut recording, &[2.0, 3.0, -1.0]);
    assert_all_close(
        "a second replay, back at the recorded inputs (2, 3, −1): f and its gradient",
        &[&[again][..], &again_gradient].concat(),
        &[&[first][..], &first_gradient].concat(),
        Tol::EXACT,
        "a replay can run any number of times on the same recording: each sets every input and \
         recomputes every node, whatever the replay before it left on the tape",
    );
}

#[test]
fn a_replay_follows_the_branch_it_recorded_whatever_the_new_values() {
    // f(x) = x·x if x > 0 else −x: the program chooses the branch with an `if`,
    // so the tape holds only the branch taken when it was recorded.
    let mut tape = Tape::new();
    let x = tape.leaf(3.0);
    let f = if tape.value(x) > 0.0 {
        tape.mul(x, x)
    } else {
        tape.neg(x)
    };
    let mut recording = Recording::new(tape, &[x], f);
    let (value, gradient) = replay(&mut recording, &[-2.0]);
    // Whole numbers: exact in binary.
    assert_close_naming(
        "replay at x = −2 of f(x) = x·x if x > 0 else −x, recorded at x = 3",
        value,
        4.0,
        Tol::EXACT,
        "a replay runs the ops that were recorded, x·x, and cannot see the `if` that chose them: \
         (−2)·(−2) = 4, although f(−2) = 2. A graph whose shape depends on its values cannot be \
         replayed; lesson 7's can, because its relu is a node, not an `if`",
        &[(
            9.0,
            "a replay that keeps the first recording's values: the new input values never \
             reached the leaves, or the nodes after them were not recomputed",
        )],
    );
    assert_close_naming(
        "the gradient of that replay, ∂f/∂x",
        gradient.first().copied().unwrap_or(f64::NAN),
        -4.0,
        Tol::EXACT,
        "the recorded branch x·x has ∂f/∂x = 2x = −4 at x = −2",
        &[(6.0, "a replay that keeps the first recording's gradients")],
    );
}

#[test]
fn replay_refuses_the_wrong_number_of_input_values() {
    let (tape, inputs, f) = record_every_op([2.0, 3.0, -1.0]);
    let mut recording = Recording::new(tape, &inputs, f);
    assert_panics(
        "replay of a recording with 3 inputs, given 2 values",
        || replay(&mut recording, &[1.0, 2.0]),
        "input values",
        "a replay needs one value per input of the recording; with fewer, some input would \
         silently keep its recorded value (or the replay would stop on an index), so refuse with \
         a message that gives both counts",
    );
    let (tape, inputs, f) = record_every_op([2.0, 3.0, -1.0]);
    assert_panics(
        "Recording::new with the output, not a leaf, as an input",
        || Recording::new(tape.clone(), &[inputs[0], f], f),
        "is not a leaf",
        "a replay sets the values of leaves only: a node computed from others gets its value from \
         its op (this refusal is provided; if it fails, the file src/replay.rs was changed above \
         your function)",
    );
}

#[test]
fn replaying_lesson_7_s_step_gives_micrograd_s_next_loss() {
    // One step of micrograd's demo, recorded once with your lesson 7 network.
    let (tape, p, _, total) = record_step(&INIT);
    let grads = tape.backward(total);
    let mut recording = Recording::new(tape, &p, total);
    let first: Vec<f64> = p.iter().map(|&v| grads[v]).collect();
    // Step 0's update at learning rate 1, then the replay at the new parameters.
    let moved: Vec<f64> = INIT.iter().zip(&first).map(|(w, g)| w - g).collect();
    let (value, gradient) = replay(&mut recording, &moved);
    // micrograd's recorded loss of step 1 differs from yours only by the order
    // in which the gradients were added: well below 1e-12 relative (measured);
    // keeping step 0's values gives its loss, 0.896 instead of 1.72.
    assert_close_naming(
        "the loss of the replay of lesson 7's step at the parameters after step 0",
        value,
        LOSS[1],
        Tol::rel(1e-9),
        "the same graph at new parameters is the same step: a replay at the parameters after \
         step 0 gives micrograd's loss of step 1",
        &[(
            LOSS[0],
            "a replay that keeps the first recording's values: the new input values never \
             reached the leaves, or the nodes after them were not recomputed",
        )],
    );
    let (_, expected) = by_tape(&moved);
    // The same ops in the same order: the same bits, within EXACT.
    assert_all_close(
        "the replay's gradient of the loss with respect to the 337 parameters",
        &gradient,
        &expected,
        Tol::EXACT,
        &think(
            "the gradient of a fresh recording at the same parameters, parameter by parameter",
            &[(
                gradient == first,
                "a replay that keeps the first recording's gradients",
            )],
        ),
    );
}
