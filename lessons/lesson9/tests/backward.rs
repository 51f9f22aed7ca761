//! Part 3: backward through a product — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson9 --test backward`. The course's own test suite runs
//! this very file against the reference solution, so do not edit it: the runner
//! notices.

use check::{Tol, assert_all_close, assert_claim, assert_panics, fail, panic_message, think};
use lesson6::{Tape, Var};
use lesson9::{Matrix, Shape, input_gradient, matmul, weight_gradient};

#[path = "support/earlier.rs"]
mod earlier;

/// The oracle's sums add the same products in another order (your tape adds
/// them from the last use back); with at most four products of numbers below
/// 3 that moves a result by a few 1e-16. Every slip named below is off by 0.1
/// or more.
const TOL: Tol = Tol::abs(1e-12);

/// A batch of 3 points with 4 inputs, a layer of 2 neurons, and an upstream
/// gradient G: three different sizes, so that no product of the wrong pair
/// has the right shape.
const X: [[f64; 4]; 3] = [
    [0.5, -1.0, 2.0, 0.25],
    [1.5, 0.75, -0.5, 1.0],
    [-2.0, 0.1, 0.3, -0.7],
];
const W: [[f64; 4]; 2] = [[0.2, -0.4, 0.6, 1.1], [-1.3, 0.5, 0.9, -0.8]];
const G: [[f64; 2]; 3] = [[1.0, -0.5], [0.3, 2.0], [-1.2, 0.7]];

/// Whether `got` is `expected` with every sign flipped: the sign slip.
fn negated(got: &Matrix, expected: &[f64]) -> bool {
    got.data()
        .iter()
        .zip(expected)
        .all(|(&g, &e)| TOL.accepts(g, -e))
}

/// Checks that the gradient `got`, named `name`, has the `shape` of `of`, what
/// it is the gradient of; `transposed` names the product that gives its
/// transpose, the slip behind the transposed shape.
#[track_caller]
fn has_the_shape_of(got: &Matrix, name: &str, of: &str, shape: Shape, transposed: &str) {
    let Shape(rows, cols) = shape;
    assert_claim(
        got.shape() == shape,
        &format!("the shape of {name} for X 3×4, W 2×4, G 3×2"),
        got.shape(),
        shape,
        &think(
            &format!("a gradient has the shape of what it is the gradient of: {of}'s, {shape}"),
            &[(
                got.shape() == Shape(cols, rows),
                &format!("a transposed product: {transposed}"),
            )],
        ),
    );
}

/// ∂L/∂X and ∂L/∂W, row by row, from your lesson 6 engine: Y = X·Wᵀ recorded
/// neuron by neuron, L = Σ G[n][j]·Y[n][j] (so that ∂L/∂Y = G), one backward.
fn oracle() -> (Vec<f64>, Vec<f64>) {
    let mut tape = Tape::new();
    let x: Vec<Vec<Var>> = X
        .iter()
        .map(|row| row.map(|v| tape.leaf(v)).to_vec())
        .collect();
    let w: Vec<Vec<Var>> = W
        .iter()
        .map(|row| row.map(|v| tape.leaf(v)).to_vec())
        .collect();
    let mut terms = Vec::new();
    for (n, x_row) in x.iter().enumerate() {
        for (j, w_row) in w.iter().enumerate() {
            let zero = tape.leaf(0.0);
            let y = lesson7::neuron(&mut tape, w_row, zero, x_row);
            let g = tape.leaf(G[n][j]);
            terms.push(tape.mul(g, y));
        }
    }
    let l = tape.sum(&terms);
    let grads = tape.backward(l);
    let dx = x.iter().flatten().map(|&v| grads[v]).collect();
    let dw = w.iter().flatten().map(|&v| grads[v]).collect();
    (dx, dw)
}

/// A·B for 2×3 by 3×2 row-major data with the product of one k left out: the
/// off-by-one slips of a loop over k.
fn without_k(a: &[f64], b: &[f64], skip: usize) -> Vec<f64> {
    let mut c = vec![0.0; 4];
    for i in 0..2 {
        for j in 0..2 {
            for k in (0..3).filter(|&k| k != skip) {
                c[i * 2 + j] += a[i * 3 + k] * b[k * 2 + j];
            }
        }
    }
    c
}

/// The gradient `call` computes; if it panics on a shape (a message with a
/// `×`), the check fails naming the product that has the wrong shapes.
fn computed(quantity: &str, rule: &str, call: impl FnOnce() -> Matrix) -> Matrix {
    let mut result = None;
    if let Some(message) = panic_message(|| result = Some(call())) {
        let shapes = message.contains('×');
        fail(
            quantity,
            format!("a panic: \"{message}\""),
            "a matrix",
            &think(
                rule,
                &[(
                    shapes,
                    "a transposed product: a product of these matrices refused their shapes, so \
                     one of them needs the other side or no transpose",
                )],
            ),
        );
    }
    result.expect("the call returned")
}

#[test]
fn matmul_adds_row_times_column_products() {
    earlier::earlier_lessons_work();
    let a = Matrix::from_rows(&[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]);
    let b = Matrix::from_rows(&[[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]);
    let c = matmul(&a, &b);
    assert_claim(
        c.shape() == Shape(2, 2),
        "the shape of A·B for A 2×3 and B 3×2",
        c.shape(),
        Shape(2, 2),
        "A's rows by B's columns",
    );
    // Whole numbers: exact.
    assert_all_close(
        "[[1, 2, 3], [4, 5, 6]] · [[1, 0], [0, 1], [1, 1]], row by row",
        c.data(),
        &[4.0, 5.0, 10.0, 11.0],
        Tol::EXACT,
        &think(
            "C[i][j] = Σₖ A[i][k]·B[k][j]: row i of A against column j of B",
            &[
                (
                    c.data() == [4.0, 10.0, 5.0, 11.0],
                    "C transposed: C[j][i] filled in where C[i][j] belongs",
                ),
                (
                    c.data() == without_k(a.data(), b.data(), 0),
                    "k starting at 1: the product of k = 0 is left out",
                ),
                (
                    c.data() == without_k(a.data(), b.data(), 2),
                    "k stopping one short: the product of the last k is left out",
                ),
            ],
        ),
    );
    let b = Matrix::from_rows(&[
        [1.0, 0.0, 2.0, -1.0],
        [0.0, 1.0, 0.5, 3.0],
        [1.0, 1.0, -1.0, 0.0],
    ]);
    let c = matmul(&a, &b);
    assert_claim(
        c.shape() == Shape(2, 4),
        "the shape of A·B for A 2×3 and B 3×4",
        c.shape(),
        Shape(2, 4),
        "A's rows by B's columns: 2×4",
    );
    assert_all_close(
        "[[1, 2, 3], [4, 5, 6]] · [[1, 0, 2, −1], [0, 1, 0.5, 3], [1, 1, −1, 0]], row by row",
        c.data(),
        &[4.0, 5.0, 0.0, 5.0, 10.0, 11.0, 4.5, 11.0],
        Tol::EXACT,
        "C[i][j] = Σₖ A[i][k]·B[k][j]; in row-major data, row k of B starts at k·B.cols()",
    );
}

#[test]
fn matmul_refuses_shapes_that_do_not_chain_naming_both() {
    let a = Matrix::new(2, 3, vec![0.0; 6]);
    assert_panics(
        "matmul(A 2×3, B 2×3)",
        || matmul(&a, &a),
        "A is 2×3 and B is 2×3",
        "A·B pairs each row of A with each column of B, so A needs as many columns as B has \
         rows: refuse, and name both shapes as the doc comment does",
    );
}

#[test]
fn input_gradient_is_g_times_w_as_your_lesson_6_engine_finds() {
    let (expected, _) = oracle();
    let (g, w) = (Matrix::from_rows(&G), Matrix::from_rows(&W));
    let got = computed(
        "input_gradient(G 3×2, W 2×4)",
        "∂L/∂X = G·W: (3×2)·(2×4) = 3×4, X's shape, with no transpose",
        || input_gradient(&g, &w),
    );
    has_the_shape_of(&got, "∂L/∂X", "X", Shape(3, 4), "Wᵀ·Gᵀ is (∂L/∂X)ᵀ");
    assert_all_close(
        "∂L/∂X = G·W, row by row, against your lesson 6 engine on the same numbers",
        got.data(),
        &expected,
        TOL,
        &think(
            "X[n][k] meets W[j][k] in every neuron j, so it receives Σⱼ G[n][j]·W[j][k]: row n of G \
             times W",
            &[(
                negated(&got, &expected),
                "a sign slip: every share subtracted, or G negated",
            )],
        ),
    );
}

#[test]
fn weight_gradient_is_g_transposed_times_x_as_your_lesson_6_engine_finds() {
    let (_, expected) = oracle();
    let (g, x) = (Matrix::from_rows(&G), Matrix::from_rows(&X));
    let got = computed(
        "weight_gradient(G 3×2, X 3×4)",
        "∂L/∂W = Gᵀ·X: (2×3)·(3×4) = 2×4, W's shape",
        || weight_gradient(&g, &x),
    );
    has_the_shape_of(&got, "∂L/∂W", "W", Shape(2, 4), "Xᵀ·G is (∂L/∂W)ᵀ");
    let one_row: Vec<f64> = (0..2).flat_map(|j| X[0].map(|x_k| G[0][j] * x_k)).collect();
    let same = |a: &[f64], b: &[f64]| a.iter().zip(b).all(|(&p, &q)| TOL.accepts(p, q));
    assert_all_close(
        "∂L/∂W = Gᵀ·X, row by row, against your lesson 6 engine on the same numbers",
        got.data(),
        &expected,
        TOL,
        &think(
            "W[j][k] meets X[n][k] in every point n of the batch, so it receives the sum over the \
             batch, Σₙ G[n][j]·X[n][k]",
            &[
                (
                    same(got.data(), &one_row),
                    "the share of the first point only: every point of the batch adds its share",
                ),
                (
                    negated(&got, &expected),
                    "a sign slip: every share subtracted, or G negated",
                ),
            ],
        ),
    );
}

#[test]
fn both_gradients_refuse_shapes_that_do_not_fit_naming_both() {
    let (g, w, x) = (
        Matrix::from_rows(&G),
        Matrix::from_rows(&W),
        Matrix::from_rows(&X),
    );
    assert_panics(
        "input_gradient(G 3×2, W 3×4)",
        || input_gradient(&g, &x),
        "G is 3×2 and W is 3×4",
        "G has one column per neuron, W one row per neuron: refuse another W, naming both shapes",
    );
    assert_panics(
        "weight_gradient(G 3×2, X 2×4)",
        || weight_gradient(&g, &w),
        "G is 3×2 and X is 2×4",
        "G and X have one row per point of the batch: refuse a pair whose batches differ, naming \
         both shapes (an index would otherwise stop it, or worse, not)",
    );
}
