//! Provided for part 5: a [`Layer`], and the layers of a network from its list
//! of parameters and back. You write [`hinge_loss`](super::hinge_loss),
//! [`forward`](super::forward), [`backward`](super::backward) and
//! [`train`](super::train) in `src/train.rs`.

use crate::matrix::Matrix;

/// One layer of neurons: the weights W (one row per neuron, out×in) and the
/// biases b (one per neuron). The same type holds a layer's gradients.
#[derive(Clone, Debug, PartialEq)]
pub struct Layer {
    /// One row per neuron, one column per input.
    pub w: Matrix,
    /// One bias per neuron.
    pub b: Vec<f64>,
}

/// The layers of a network of these sizes, from its parameters in micrograd's
/// order (layer by layer, neuron by neuron, each neuron's weights then its
/// bias, as lesson 7's `score` reads them).
///
/// Sizes `[2, 1]`, params `[2, -1, 0.5]` -> one layer, W = `[[2, -1]]`, b = `[0.5]`.
///
/// # Panics
///
/// If `params` does not hold lesson 7's `parameter_count(sizes)` parameters.
pub fn layers(sizes: &[usize], params: &[f64]) -> Vec<Layer> {
    let count = lesson7::parameter_count(sizes);
    assert_eq!(
        params.len(),
        count,
        "a network of sizes {sizes:?} has {count} parameters, got {}",
        params.len()
    );
    let mut rest = params;
    sizes
        .windows(2)
        .map(|pair| {
            let (inputs, out) = (pair[0], pair[1]);
            let (mut w, mut b) = (Vec::new(), Vec::new());
            for _ in 0..out {
                w.extend_from_slice(&rest[..inputs]);
                b.push(rest[inputs]);
                rest = &rest[inputs + 1..];
            }
            Layer {
                w: Matrix::new(out, inputs, w),
                b,
            }
        })
        .collect()
}

/// The parameters of `layers` as one list in micrograd's order: the inverse of
/// [`layers`].
pub fn parameters(layers: &[Layer]) -> Vec<f64> {
    let mut params = Vec::new();
    for layer in layers {
        for (row, &b) in layer.w.data().chunks_exact(layer.w.cols()).zip(&layer.b) {
            params.extend_from_slice(row);
            params.push(b);
        }
    }
    params
}
