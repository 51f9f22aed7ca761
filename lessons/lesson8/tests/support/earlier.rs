//! The first check of every part runs this: lesson 8 runs your lessons 3, 6 and 7.
//!
//! It reaches your engine only through the networks' crate (`lesson8::net`,
//! compiled once, not at every save): a part's test binary that called the
//! tape's methods itself would compile them again after every edit of yours.

use check::{Tol, fail, panic_message, show, show_all};
use lesson8::net::{Activation, loss_and_gradient};

/// Lesson 8 makes your lesson 6 engine and lesson 7 network fail on purpose, and
/// reads gradient checks with your lesson 3 relative error: all three must be
/// finished, and right, first.
pub fn earlier_lessons_work() {
    let quantity = "your lessons 3, 6 and 7, which lesson 8 runs: the loss and gradient of \
                    one neuron (w = [1, −1], b = 0.5) on the point (1, 2) labelled +1; of the \
                    network 2 → 1 → 1 with every parameter 0 but the output weight 1, its \
                    hidden unit a σ, then a tanh, on the same point; and lesson 3's \
                    relative_error(1, 4)";
    let expected = "loss 1.500225, gradient [-0.9998, -2.0002, -0.9999]; σ: loss 0.5, gradient \
                    [-0.25, -0.5, -0.25, -0.5, -1]; tanh: loss 1, gradient [-1, -2, -1, 0, -1]; \
                    error 0.75";
    let mut got = None;
    let panicked = panic_message(|| {
        let point = [[1.0, 2.0]];
        let relu = loss_and_gradient(
            &[2, 1],
            &[1.0, -1.0, 0.5],
            &point,
            &[1.0],
            Activation::Relu,
            true,
        );
        let hidden = [0.0, 0.0, 0.0, 1.0, 0.0];
        let unit =
            |activation| loss_and_gradient(&[2, 1, 1], &hidden, &point, &[1.0], activation, false);
        let (sigmoid, tanh) = (unit(Activation::Sigmoid), unit(Activation::Tanh));
        let error = lesson3::gradient_check::relative_error(1.0, 4.0);
        got = Some((relu, sigmoid, tanh, error));
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
        (None, Some((relu, sigmoid, tanh, error))) => {
            // Relu: hinge 1 − (0.5 + 1 − 2) = 1.5, plus 1e-4·(1 + 1 + 0.25); the
            // gradient is −y·x (and −1 for the bias) plus 2·1e-4·p. σ: the hidden unit
            // is σ(0) = 0.5 with slope 0.25, so the hinge is 1 − 0.5 and the hidden
            // weights' gradient −0.25·x; tanh: tanh(0) = 0 with slope 1. Every number
            // but the relu loss's is exact in binary: 1e-12 only leaves that one room.
            let tol = Tol::abs(1e-12);
            let agrees = |(loss, grad): &(f64, Vec<f64>), want: (f64, &[f64])| {
                tol.accepts(*loss, want.0)
                    && grad.len() == want.1.len()
                    && want.1.iter().zip(grad).all(|(&e, &g)| tol.accepts(g, e))
            };
            let right = agrees(&relu, (1.500225, &[-0.9998, -2.0002, -0.9999]))
                && agrees(&sigmoid, (0.5, &[-0.25, -0.5, -0.25, -0.5, -1.0]))
                && agrees(&tanh, (1.0, &[-1.0, -2.0, -1.0, 0.0, -1.0]))
                && error == 0.75;
            if !right {
                fail(
                    quantity,
                    format!(
                        "loss {}, gradient {}; σ: loss {}, gradient {}; tanh: loss {}, gradient {}; \
                         error {}",
                        show(relu.0),
                        show_all(&relu.1),
                        show(sigmoid.0),
                        show_all(&sigmoid.1),
                        show(tanh.0),
                        show_all(&tanh.1),
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
