//! The first check of parts 5 and 6 runs this: the network runs on your lesson 9 matrices.

use check::{fail, panic_message, show_all};
use lesson10::net::Net;

/// Lesson 10's network goes forward and backward with your lesson 9 `affine`,
/// `relu` and their gradients: lesson 9 must be finished, and right, first.
pub fn lesson_9_works() {
    // One hidden unit: z₁ = 2·x₀ − 0.5 = 1.5 for x₀ = 1, h = relu(1.5) = 1.5;
    // scores = h·W₂ + b₂ = [1.5 + 0.1, −1.5, 0, …]. With ∂L/∂scores = [1, 0, …]:
    // ∂W₂ = [1.5, 0, …], ∂b₂ = [1, 0, …], ∂h = 1, so ∂W₁ = [1, 0, …], ∂b₁ = 1.
    let mut params = vec![0.0; 64 + 1 + 10 + 10];
    params[0] = 2.0;
    params[64] = -0.5;
    params[65] = 1.0;
    params[66] = -1.0;
    params[75] = 0.1;
    let net = Net { hidden: 1, params };
    let mut pixels = [0.0; 64];
    pixels[0] = 1.0;
    let mut d_scores = [0.0; 10];
    d_scores[0] = 1.0;
    let mut expected_grads = vec![0.0; 85];
    expected_grads[0] = 1.0;
    expected_grads[64] = 1.0;
    expected_grads[65] = 1.5;
    expected_grads[75] = 1.0;
    let quantity = "your lesson 9 matrices, which carry lesson 10's network: the scores and the \
                    gradient of a network with one hidden unit on one digit";
    let expected = "scores [1.6, -1.5, 0, …], a gradient of 1 at W₁[0], b₁, b₂[0] and 1.5 at W₂[0]";
    let mut got = None;
    let panicked = panic_message(|| {
        let forward = net.forward(vec![pixels]);
        let grads = net.backward(&forward, &[d_scores]);
        got = Some((forward.scores[0], grads));
    });
    match (panicked, got) {
        (Some(message), _) if message.contains("not yet implemented") => fail(
            quantity,
            format!("a todo!() of an earlier lesson panicked: \"{message}\""),
            expected,
            "finish lesson 9 first: lesson 10's network runs forward and backward on your affine, \
             relu, input_gradient, weight_gradient, bias_gradient and relu_backward; run cargo \
             xtask next until lesson 9 is done, then come back",
        ),
        (Some(message), _) => fail(
            quantity,
            format!("a panic: \"{message}\""),
            expected,
            "fix lesson 9 first: cargo test -p lesson9",
        ),
        (None, Some((scores, grads))) => {
            let mut expected_scores = [0.0; 10];
            expected_scores[0] = 1.6;
            expected_scores[1] = -1.5;
            // Two products and a sum of numbers with short binary forms, and 0.1:
            // within a rounding of 1.6.
            let right = scores
                .iter()
                .zip(&expected_scores)
                .all(|(g, e)| (g - e).abs() < 1e-12)
                && grads == expected_grads;
            if !right {
                fail(
                    quantity,
                    format!(
                        "scores {}, gradient {}",
                        show_all(&scores),
                        show_all(&grads)
                    ),
                    expected,
                    "fix lesson 9 first: cargo test -p lesson9",
                );
            }
        }
        (None, None) => unreachable!("the closure either panicked or set got"),
    }
}
