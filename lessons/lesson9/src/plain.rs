//! The bench's plain-loops reference: micrograd's demo written as bare Rust
//! loops over the parameters, with no `Matrix`, no function per operation and no
//! allocation inside a step. The lesson's matrices are measured against it.
//!
//! The parameters stay in one list, in micrograd's order (each neuron's weights
//! then its bias), and the gradient has the same layout, so the update is one
//! loop. Every activation is stored one feature a row, N numbers long, so the
//! forward pass and ∂L/∂X run their innermost loops over the whole batch; the
//! weight gradient sums over the batch, so it runs along a point's features, in
//! a copy of the activations stored one point a row.

use lesson7::{ALPHA, SIZES, STEPS, learning_rate};

/// The demo's `steps` steps from `init`: the final parameters and every step's
/// loss (mean hinge plus α·Σp², added in micrograd's order as the lesson's).
pub fn train(init: &[f64], xs: &[[f64; 2]], ys: &[f64], steps: usize) -> (Vec<f64>, Vec<f64>) {
    assert!(steps <= STEPS, "the schedule has {STEPS} steps");
    let batch = xs.len();
    let depth = SIZES.len() - 1;
    // Where each layer's parameters start in the list.
    let mut offsets = vec![0];
    for l in 0..depth {
        offsets.push(offsets[l] + SIZES[l + 1] * (SIZES[l] + 1));
    }
    // acts[l]: the activations entering layer l, SIZES[l] rows of N; acts[depth]: the scores.
    let mut acts: Vec<Vec<f64>> = SIZES
        .iter()
        .map(|&width| vec![0.0; width * batch])
        .collect();
    for (n, x) in xs.iter().enumerate() {
        acts[0][n] = x[0];
        acts[0][batch + n] = x[1];
    }
    let widest = SIZES.iter().max().copied().unwrap_or(0);
    let mut g = vec![0.0; widest * batch];
    let mut g_below = vec![0.0; widest * batch];
    let mut by_point = vec![0.0; widest * batch];
    let mut params = init.to_vec();
    let mut grad = vec![0.0; params.len()];
    let mut losses = Vec::with_capacity(steps);
    for k in 0..steps {
        // Forward: z[j] = b[j] + Σ w[j][i]·a[i], then relu but on the last layer.
        for l in 0..depth {
            let (inputs, outputs) = (SIZES[l], SIZES[l + 1]);
            let (below, above) = acts.split_at_mut(l + 1);
            let (a, z) = (&below[l], &mut above[0]);
            for j in 0..outputs {
                let neuron = &params[offsets[l] + j * (inputs + 1)..][..inputs + 1];
                let z_j = &mut z[j * batch..(j + 1) * batch];
                z_j.fill(neuron[inputs]);
                for i in 0..inputs {
                    let w_ji = neuron[i];
                    for (z_jn, &a_in) in z_j.iter_mut().zip(&a[i * batch..(i + 1) * batch]) {
                        *z_jn += w_ji * a_in;
                    }
                }
                if l + 1 < depth {
                    for z_jn in z_j.iter_mut() {
                        *z_jn = if *z_jn < 0.0 { 0.0 } else { *z_jn };
                    }
                }
            }
        }
        // The loss and its gradient with respect to the scores.
        let one_over_n = 1.0 / batch as f64;
        let mut hinges = 0.0;
        for n in 0..batch {
            let distance = 1.0 - ys[n] * acts[depth][n];
            g[n] = if distance > 0.0 {
                -ys[n] * one_over_n
            } else {
                0.0
            };
            if distance > 0.0 {
                hinges += distance;
            }
        }
        let squares = params.iter().fold(0.0, |sum, p| sum + p * p);
        losses.push(hinges * one_over_n + squares * ALPHA);
        // Backward, from the last layer to the first.
        for l in (0..depth).rev() {
            let (inputs, outputs) = (SIZES[l], SIZES[l + 1]);
            let a = &acts[l];
            for n in 0..batch {
                for i in 0..inputs {
                    by_point[n * inputs + i] = a[i * batch + n];
                }
            }
            // ∂L/∂w[j][i] = Σ g[j][n]·a[n][i] and ∂L/∂b[j] = Σ g[j][n], point after
            // point, so that consecutive additions go to different neurons.
            for j in 0..outputs {
                grad[offsets[l] + j * (inputs + 1)..][..inputs + 1].fill(0.0);
            }
            for n in 0..batch {
                let a_n = &by_point[n * inputs..(n + 1) * inputs];
                for j in 0..outputs {
                    let g_jn = g[j * batch + n];
                    let neuron = &mut grad[offsets[l] + j * (inputs + 1)..][..inputs + 1];
                    for (dw_ji, &a_ni) in neuron.iter_mut().zip(a_n) {
                        *dw_ji += g_jn * a_ni;
                    }
                    neuron[inputs] += g_jn;
                }
            }
            if l == 0 {
                break;
            }
            // ∂L/∂a[i] = Σ w[j][i]·g[j], then through the relu that made a.
            for i in 0..inputs {
                let d_i = &mut g_below[i * batch..(i + 1) * batch];
                d_i.fill(0.0);
                for j in 0..outputs {
                    let w_ji = params[offsets[l] + j * (inputs + 1) + i];
                    for (d_in, &g_jn) in d_i.iter_mut().zip(&g[j * batch..(j + 1) * batch]) {
                        *d_in += w_ji * g_jn;
                    }
                }
                for (d_in, &a_in) in d_i.iter_mut().zip(&a[i * batch..(i + 1) * batch]) {
                    *d_in = if a_in > 0.0 { *d_in } else { 0.0 };
                }
            }
            std::mem::swap(&mut g, &mut g_below);
        }
        let rate = learning_rate(k);
        for (p, &dp) in params.iter_mut().zip(&grad) {
            *p -= rate * (dp + 2.0 * ALPHA * *p);
        }
    }
    (params, losses)
}
