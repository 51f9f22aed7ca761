//! The first check of every part runs this: lesson 8 runs your lessons 3, 6 and 7.

use check::{Tol, fail, panic_message, show, show_all};
use lesson6::Tape;
use lesson8::net::{Activation, loss_and_gradient};

/// Lesson 8 makes your lesson 6 engine and lesson 7 network fail on purpose, and
/// reads gradient checks with your lesson 3 relative error: all three must be
/// finished, and right, first.
pub fn earlier_lessons_work() {
    let quantity = "your lessons 3, 6 and 7, which lesson 8 runs: the loss and gradient of \
                    one neuron (w = [1, −1], b = 0.5) on the point (1, 2) labelled +1, σ, tanh \
                    at 0 with their slopes, and lesson 3's relative_error(1, 4)";
    let expected =
        "loss 1.500225, gradient [-0.9998, -2.0002, -0.9999], (0.5, 0.25, 0, 1), error 0.75";
    let mut got = None;
    let panicked = panic_message(|| {
        let (loss, grad) = loss_and_gradient(
            &[2, 1],
            &[1.0, -1.0, 0.5],
            &[[1.0, 2.0]],
            &[1.0],
            Activation::Relu,
            true,
        );
        let mut tape = Tape::new();
        let zero = tape.leaf(0.0);
        let (s, t) = (tape.sigmoid(zero), tape.tanh(zero));
        let (ds, dt) = (tape.backward(s)[zero], tape.backward(t)[zero]);
        let error = lesson3::gradient_check::relative_error(1.0, 4.0);
        got = Some((loss, grad, (tape.value(s), ds, tape.value(t), dt), error));
    });
    match (panicked, got) {
        (Some(message), _) if message.contains("not yet implemented") => fail(
            quantity,
            format!("a todo!() of an earlier lesson panicked: \"{message}\""),
            expected,
            "finish lessons 3, 6 and 7 first: lesson 8 trains with your Tape and your network \
             (neuron, loss, descend) and reads gradient checks with your relative_error; run \
             cargo xtask next until they are done, then come back",
        ),
        (Some(message), _) => fail(
            quantity,
            format!("a panic: \"{message}\""),
            expected,
            "fix lessons 3, 6 and 7 first: cargo test -p lesson3, cargo test -p lesson6, then \
             cargo test -p lesson7",
        ),
        (None, Some((loss, grad, unary, error))) => {
            // hinge 1 − (0.5 + 1 − 2) = 1.5, plus 1e-4·(1 + 1 + 0.25); the gradient
            // is −y·x (and −1 for the bias) plus 2·1e-4·p.
            let tol = Tol::abs(1e-12);
            let right = tol.accepts(loss, 1.500225)
                && grad.len() == 3
                && [-0.9998, -2.0002, -0.9999]
                    .iter()
                    .zip(&grad)
                    .all(|(&e, &g)| tol.accepts(g, e))
                && unary == (0.5, 0.25, 0.0, 1.0)
                && error == 0.75;
            if !right {
                fail(
                    quantity,
                    format!(
                        "loss {}, gradient {}, {unary:?}, error {}",
                        show(loss),
                        show_all(&grad),
                        show(error)
                    ),
                    expected,
                    "fix lessons 3, 6 and 7 first: cargo test -p lesson3, cargo test -p lesson6, \
                     then cargo test -p lesson7",
                );
            }
        }
        (None, None) => unreachable!("the closure either panicked or set got"),
    }
}
