//! The slips of part 5's backward and update, computed to be named.

use lesson7::ALPHA;
use lesson7::moons::INIT;
use lesson9::{
    Layer, Matrix, bias_gradient, input_gradient, parameters, relu_backward, weight_gradient,
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

/// The parameters after one step from INIT at `rate`, from `grad` (your tape's
/// gradient, which includes the regularisation's 2α·p) with the
/// regularisation's α replaced by `alpha`: the right step and its slips.
pub fn stepped(grad: &[f64], rate: f64, alpha: f64) -> Vec<f64> {
    INIT.iter()
        .zip(grad)
        .map(|(p, g)| p - rate * (g - 2.0 * ALPHA * p + 2.0 * alpha * p))
        .collect()
}
