//! The first check of every part runs this: lesson 9 runs your lessons 6 and 7.

use check::{fail, panic_message};
use lesson7::{SIZES, Tape, accuracy, learning_rate, neuron, parameter_count};

/// Lesson 9 replays your lesson 6 engine, checks its matrices against it, and
/// trains with your lesson 7 schedule: both must be finished, and right, first.
pub fn earlier_lessons_work() {
    let quantity = "your lessons 6 and 7, which lesson 9 runs: one neuron (w = [2, −1], b = 0.5) \
                    at x = [3, 4] with its gradient, relu(−1), lesson 7's parameter count, \
                    learning rate of step 0 and an accuracy";
    let expected = "2.5, [3, 4, 1], 0, 337, 1, 0.5";
    let mut got = None;
    let panicked = panic_message(|| {
        let mut tape = Tape::new();
        let w = [tape.leaf(2.0), tape.leaf(-1.0)];
        let b = tape.leaf(0.5);
        let x = [tape.leaf(3.0), tape.leaf(4.0)];
        let act = neuron(&mut tape, &w, b, &x);
        let grads = tape.backward(act);
        let minus_one = tape.leaf(-1.0);
        let cut = tape.relu(minus_one);
        got = Some((
            tape.value(act),
            [grads[w[0]], grads[w[1]], grads[b]],
            tape.value(cut),
            parameter_count(&SIZES),
            learning_rate(0),
            accuracy(&[1.0, -1.0], &[1.0, 1.0]),
        ));
    });
    match (panicked, got) {
        (Some(message), _) if message.contains("not yet implemented") => fail(
            quantity,
            format!("a todo!() of an earlier lesson panicked: \"{message}\""),
            expected,
            "finish lessons 6 and 7 first: lesson 9 replays your Tape and checks its matrices \
             against it; run cargo xtask next until both are done, then come back",
        ),
        (Some(message), _) => fail(
            quantity,
            format!("a panic: \"{message}\""),
            expected,
            "fix lessons 6 and 7 first: cargo test -p lesson6, then cargo test -p lesson7",
        ),
        (None, Some(got)) => {
            // Whole numbers and halves: every result is exact in binary.
            if got != (2.5, [3.0, 4.0, 1.0], 0.0, 337, 1.0, 0.5) {
                fail(
                    quantity,
                    format!("{got:?}"),
                    expected,
                    "fix lessons 6 and 7 first: cargo test -p lesson6, then cargo test -p lesson7",
                );
            }
        }
        (None, None) => unreachable!("the closure either panicked or set got"),
    }
}
