//! Part 4: a layer over a batch: its bias and its relu — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson9 --test layer`. The course's own test suite runs
//! this very file against the reference solution, so do not edit it: the runner
//! notices.

use check::{Tol, assert_all_close, assert_claim, assert_panics, slips_giving_every, think};
use lesson6::{Tape, Var};
use lesson9::{
    Matrix, Shape, affine, bias_gradient, input_gradient, relu, relu_backward, weight_gradient,
};

#[path = "support/earlier.rs"]
mod earlier;

/// The oracle adds the same products in another order: a few 1e-16 apart for
/// these sizes; every slip named below is off by 0.1 or more.
const TOL: Tol = Tol::abs(1e-12);

#[test]
fn bias_gradient_is_the_sum_of_each_column_of_g() {
    earlier::earlier_lessons_work();
    // 3 points, 2 neurons: the column sums are 9 and 12.
    let g = Matrix::from_rows(&[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]);
    let got = bias_gradient(&g);
    let slips = slips_giving_every(
        &[
            "the first row's share only: the bias is used by every row, so every row adds its \
             share",
            "the last row's share only: every row adds its share, not only the last (= for +=?)",
            "the mean of the column: the fan-out rule adds the shares, it does not average them",
            "the sums of the rows (one per point), not of the columns (one per neuron)",
        ],
        std::slice::from_ref(&got),
        |k, got| {
            let wrong: &[f64] = match k {
                0 => &[1.0, 2.0],
                1 => &[5.0, 6.0],
                2 => &[3.0, 4.0],
                _ => &[3.0, 7.0, 11.0],
            };
            got.as_slice() == wrong
        },
    );
    // Whole numbers: exact.
    assert_all_close(
        "bias_gradient(G = [[1, 2], [3, 4], [5, 6]])",
        &got,
        &[9.0, 12.0],
        Tol::EXACT,
        &think(
            "b[j] is added to Y[n][j] for every point n: one value used N times receives the sum \
             of the N shares (lesson 5's fan-out rule), the sum of column j of G",
            &slips,
        ),
    );
    let empty = bias_gradient(&Matrix::zeros(0, 2));
    assert_all_close(
        "bias_gradient of an empty batch (G 0×2)",
        &empty,
        &[0.0, 0.0],
        Tol::EXACT,
        "no point, no share: one 0 per neuron (a column of G is a neuron)",
    );
}

#[test]
fn relu_keeps_the_positive_numbers_and_zeroes_the_rest() {
    let z = Matrix::from_rows(&[[1.0, -2.0, 0.0], [-0.5, 3.0, 1e-300]]);
    let y = relu(&z);
    assert_claim(
        y.shape() == Shape(2, 3),
        "the shape of relu of a 2×3 matrix",
        y.shape(),
        Shape(2, 3),
        "relu works number by number: the same shape",
    );
    assert_all_close(
        "relu([[1, −2, 0], [−0.5, 3, 1e-300]])",
        y.data(),
        &[1.0, 0.0, 0.0, 0.0, 3.0, 1e-300],
        Tol::abs(0.0),
        "relu(z) = z where z > 0, else 0, for every number (even a tiny positive one)",
    );
}

#[test]
fn relu_backward_passes_g_only_where_the_relu_s_output_is_positive() {
    // Y is a relu's output: 0 where it cut off, including at exactly 0.
    let y = Matrix::from_rows(&[[1.0, 0.0, 2.0], [0.0, 3.0, 0.0]]);
    let g = Matrix::from_rows(&[[5.0, 6.0, -7.0], [-8.0, -9.0, 10.0]]);
    let got = relu_backward(&y, &g);
    let slips = slips_giving_every(
        &[
            "the mask turned around: G passed where the relu cut off (Y = 0) and stopped where \
             it is positive",
            "a mask taken from G's sign (relu of the gradient): whether G passes depends on Y, the \
             relu's output, not on G",
            "G passed everywhere: without the mask, the relu's flat part would pass gradient on",
        ],
        std::slice::from_ref(&got),
        |k, got| {
            let wrong: &[f64] = match k {
                0 => &[0.0, 6.0, 0.0, -8.0, 0.0, 10.0],
                1 => &[5.0, 6.0, 0.0, 0.0, 0.0, 10.0],
                _ => g.data(),
            };
            got.data() == wrong
        },
    );
    // Whole numbers: exact.
    assert_all_close(
        "relu_backward(Y = [[1, 0, 2], [0, 3, 0]], G = [[5, 6, −7], [−8, −9, 10]])",
        got.data(),
        &[5.0, 0.0, -7.0, 0.0, -9.0, 0.0],
        Tol::EXACT,
        &think(
            "∂relu/∂z is 1 where the output Y > 0 and 0 where the relu cut off (Y = 0, as \
             micrograd at exactly 0): G where Y > 0, else 0",
            &slips,
        ),
    );
    assert_panics(
        "relu_backward(Y 2×3, G 3×2)",
        || relu_backward(&y, &Matrix::zeros(3, 2)),
        "Y is 2×3 and G is 3×2",
        "Y and G must have the same shape, number for number: refuse others, naming both shapes",
    );
}

#[test]
fn a_hidden_layer_s_gradients_match_your_lesson_6_engine_element_by_element() {
    // A hidden layer Y = relu(X·Wᵀ + b) over a batch of 4 points with 3 inputs
    // and 2 neurons, L = Σ G[n][j]·Y[n][j]. Some sums are negative, so the relu
    // cuts some of them off.
    let x_rows = [
        [0.5, -1.0, 2.0],
        [1.5, 0.75, -0.5],
        [-2.0, 0.1, 0.3],
        [0.2, 0.4, -0.6],
    ];
    let w_rows = [[0.2, -0.4, 0.6], [-1.3, 0.5, 0.9]];
    let b = [0.1, -0.2];
    let g_rows = [[1.0, -0.5], [0.3, 2.0], [-1.2, 0.7], [0.4, 0.9]];

    let mut tape = Tape::new();
    let x: Vec<Vec<Var>> = x_rows
        .iter()
        .map(|row| row.map(|v| tape.leaf(v)).to_vec())
        .collect();
    let w: Vec<Vec<Var>> = w_rows
        .iter()
        .map(|row| row.map(|v| tape.leaf(v)).to_vec())
        .collect();
    let bias = b.map(|v| tape.leaf(v));
    let mut terms = Vec::new();
    for (n, x_row) in x.iter().enumerate() {
        for (j, w_row) in w.iter().enumerate() {
            let act = lesson7::neuron(&mut tape, w_row, bias[j], x_row);
            let y = tape.relu(act);
            let g = tape.leaf(g_rows[n][j]);
            terms.push(tape.mul(g, y));
        }
    }
    let l = tape.sum(&terms);
    let grads = tape.backward(l);

    let (xm, wm) = (Matrix::from_rows(&x_rows), Matrix::from_rows(&w_rows));
    let y = relu(&affine(&xm, &wm, &b));
    let gz = relu_backward(&y, &Matrix::from_rows(&g_rows));
    let expected_b: Vec<f64> = bias.iter().map(|&v| grads[v]).collect();
    assert_all_close(
        "∂L/∂b = bias_gradient(relu_backward(Y, G)), against your lesson 6 engine",
        &bias_gradient(&gz),
        &expected_b,
        TOL,
        "the bias sits before the relu: its gradient is the column sums of the gradient that \
         passed the relu, G masked by Y > 0",
    );
    let expected_w: Vec<f64> = w.iter().flatten().map(|&v| grads[v]).collect();
    assert_all_close(
        "∂L/∂W = weight_gradient(relu_backward(Y, G), X), row by row, against your lesson 6 \
         engine",
        weight_gradient(&gz, &xm).data(),
        &expected_w,
        TOL,
        "the masked G, transposed, times X: Σₙ G′[n][j]·X[n][k]",
    );
    let expected_x: Vec<f64> = x.iter().flatten().map(|&v| grads[v]).collect();
    assert_all_close(
        "∂L/∂X = input_gradient(relu_backward(Y, G), W), row by row, against your lesson 6 \
         engine",
        input_gradient(&gz, &wm).data(),
        &expected_x,
        TOL,
        "the masked G times W: Σⱼ G′[n][j]·W[j][k]",
    );
}
