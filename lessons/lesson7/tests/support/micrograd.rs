//! micrograd's arithmetic in plain f64, with no tape and no function of yours:
//! the checks' one independent reference for the network (part 3) and for the
//! gradient of its loss (part 5). Each checks file that needs it includes it
//! with `#[path]`, and uses a part of it.
#![allow(dead_code)]

/// How a network might be laid out and computed: micrograd's way, and the
/// mistakes the checks name.
#[derive(Clone, Copy, PartialEq)]
pub enum Layout {
    Micrograd,
    BiasFirst,
    BiasSkipped,
    BiasLast,
    NoHiddenRelu,
    OutputRelu,
}
use Layout::*;

/// The values of every layer for the point `x`, the point itself first: for
/// each hidden layer its neurons after the relu, and last the one score. In
/// micrograd's order unless `layout` names a mistake.
pub fn layer_values(params: &[f64], sizes: &[usize], x: &[f64], layout: Layout) -> Vec<Vec<f64>> {
    let mut values = vec![x.to_vec()];
    let mut next = 0;
    for (layer, pair) in sizes.windows(2).enumerate() {
        let (n, last) = (pair[0], layer + 2 == sizes.len());
        let inputs = &values[layer];
        let mut outputs = Vec::new();
        for _ in 0..pair[1] {
            let (b, w) = match layout {
                BiasFirst => (params[next], &params[next + 1..next + 1 + n]),
                _ => (params[next + n], &params[next..next + n]),
            };
            next += if layout == BiasSkipped { n } else { n + 1 };
            let start = if layout == BiasLast { 0.0 } else { b };
            let mut act = start + w[0] * inputs[0];
            for (wi, xi) in w.iter().zip(inputs).skip(1) {
                act += wi * xi;
            }
            if layout == BiasLast {
                act += b;
            }
            let relu = if last {
                layout == OutputRelu
            } else {
                layout != NoHiddenRelu
            };
            outputs.push(if relu && act < 0.0 { 0.0 } else { act });
        }
        values.push(outputs);
    }
    values
}

/// The network's score of the point `x`: the one value of its last layer.
pub fn score(params: &[f64], sizes: &[usize], x: &[f64], layout: Layout) -> f64 {
    layer_values(params, sizes, x, layout).pop().unwrap()[0]
}

/// The gradient of micrograd's loss with respect to every parameter: the mean
/// over the points of the hinge relu(1 − y·score), plus `alpha`·Σp². Backward
/// by hand, layer by layer: a hinge or a relu passes its gradient on only where
/// its output is above 0 (micrograd's rule, also at exactly 0). The same
/// products as a tape's, summed in another order: equal to a few 1e-16.
pub fn loss_gradient(
    params: &[f64],
    sizes: &[usize],
    xs: &[[f64; 2]],
    ys: &[f64],
    alpha: f64,
) -> Vec<f64> {
    // Where each layer's parameters start in the flat list.
    let mut starts = vec![0];
    for pair in sizes.windows(2) {
        starts.push(starts[starts.len() - 1] + (pair[0] + 1) * pair[1]);
    }
    let mut grad = vec![0.0; params.len()];
    let one_over_n = 1.0 / xs.len() as f64;
    for (x, &y) in xs.iter().zip(ys) {
        let values = layer_values(params, sizes, x, Micrograd);
        let score = values[values.len() - 1][0];
        if 1.0 + -y * score <= 0.0 {
            continue;
        }
        // ∂loss/∂ of each output of the layer being walked, from the score down.
        let mut upstream = vec![-y * one_over_n];
        for layer in (0..sizes.len() - 1).rev() {
            let (n, hidden) = (sizes[layer], layer + 2 < sizes.len());
            let inputs = &values[layer];
            let mut down = vec![0.0; n];
            for (j, &up) in upstream.iter().enumerate() {
                let share = if hidden && values[layer + 1][j] <= 0.0 {
                    0.0
                } else {
                    up
                };
                let start = starts[layer] + j * (n + 1);
                for i in 0..n {
                    grad[start + i] += share * inputs[i];
                    down[i] += params[start + i] * share;
                }
                grad[start + n] += share;
            }
            upstream = down;
        }
    }
    for (g, p) in grad.iter_mut().zip(params) {
        *g += 2.0 * alpha * p;
    }
    grad
}
