//! The slips of part 5's backward and update, computed to be named.

use check::{catch_known, fail, think};
use lesson7::moons::INIT;
use lesson7::{ALPHA, learning_rate};
use lesson9::{
    Layer, Matrix, backward, bias_gradient, input_gradient, parameters, relu_backward,
    weight_gradient,
};

/// backward's gradient, in micrograd's order, if the G entering each hidden
/// layer's sum were masked by `mask(l)` (None: not masked), from your functions
/// of parts 3 and 4: the slips of the relu's mask.
pub fn masked_by(
    net: &[Layer],
    activations: &[Matrix],
    g: &Matrix,
    mask: impl Fn(usize) -> Option<usize>,
) -> Vec<f64> {
    let mut g = g.clone();
    let mut grads = Vec::new();
    for l in (0..net.len()).rev() {
        grads.push(Layer {
            w: weight_gradient(&g, &activations[l]),
            b: bias_gradient(&g),
        });
        if l > 0 {
            let dx = input_gradient(&g, &net[l].w);
            g = match mask(l) {
                Some(m) if activations[m].shape() == dx.shape() => {
                    relu_backward(&activations[m], &dx)
                }
                Some(_) => relu_backward(&activations[l], &dx),
                None => dx,
            };
        }
    }
    grads.reverse();
    parameters(&grads)
}

/// backward's gradient under each slip of the relu's mask, with the slip's name.
pub fn mask_slips(
    net: &[Layer],
    activations: &[Matrix],
    g: &Matrix,
) -> [(Vec<f64>, &'static str); 2] {
    [
        (
            masked_by(net, activations, g, |l| Some(l + 1)),
            "the relu's mask taken from the wrong side: the G of layer l − 1's sum is masked by \
             that layer's relu output, activations[l] (the input of layer l), not by layer l's \
             own output",
        ),
        (
            masked_by(net, activations, g, |_| None),
            "no relu mask at all: G·W passes through the hidden relus only where their output is \
             positive",
        ),
    ]
}

/// The parameters after step 0 under each slip of the update, from `grad` (your
/// tape's gradient at INIT), with the slip's name.
pub fn step_slips(grad: &[f64]) -> [(Vec<f64>, &'static str); 4] {
    [
        (
            stepped(grad, -1.0, ALPHA),
            "a step up the loss: p + η·∂L/∂p",
        ),
        (
            stepped(grad, 1.0, 0.0),
            "the regularisation's 2α·p left out of the gradient",
        ),
        (
            stepped(grad, learning_rate(1), ALPHA),
            "the rate of step k + 1 (0.991) used at step k",
        ),
        (INIT.to_vec(), "no update: the parameters did not move"),
    ]
}

/// The parameters after one step from INIT at `rate`, from `grad` (your tape's
/// gradient, which includes the regularisation's 2α·p) with the
/// regularisation's α replaced by `alpha`: the right step and its slips.
pub fn stepped(grad: &[f64], rate: f64, alpha: f64) -> Vec<f64> {
    INIT.iter()
        .zip(grad)
        .map(|(p, g)| p - rate * (g - 2.0 * ALPHA * p + 2.0 * alpha * p))
        .collect()
}

/// Your `backward(net, activations, g)`; but when your `relu_backward` refuses
/// the 100×1 scores as the mask of the last hidden layer's 100×16 G, a failure
/// that names the slip behind it. Any other panic goes on as it was.
#[track_caller]
pub fn backward_or_the_mask_slip(net: &[Layer], activations: &[Matrix], g: &Matrix) -> Vec<Layer> {
    let refusal = "Y is 100×1 and G is 100×16";
    let message = match catch_known(|| backward(net, activations, g), |m| m.contains(refusal)) {
        Ok(grads) => return grads,
        Err(message) => message,
    };
    fail(
        "backward(layers of [2, 16, 16, 1], their activations at INIT, G of the hinge loss)",
        format!(
            "your relu_backward refused its shapes: \"{}\"",
            message.lines().next().unwrap_or_default()
        ),
        "the three layers' gradients",
        &think(
            "the G of layer l − 1's sum is G·W through that layer's relu, masked by its \
             output: activations[l], the input of layer l",
            &[(
                true,
                "the relu's mask taken from the wrong side: activations[l + 1] is layer l's \
                 own output (for the last layer, the 100×1 scores)",
            )],
        ),
    );
}
