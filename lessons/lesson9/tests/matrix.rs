//! Part 2: a matrix, and a layer's product in micrograd's order — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson9 --test matrix`. The course's own test suite runs
//! this very file against the reference solution, so do not edit it: the runner
//! notices.

use check::{Tol, assert_all_close, assert_claim, assert_panics, show, think};
use lesson6::{Tape, Var};
use lesson7::moons::{INIT, X};
use lesson7::{SIZES, neuron};
use lesson9::{Matrix, Shape, affine, transpose};

#[path = "support/earlier.rs"]
mod earlier;

/// Bit for bit: the order of the additions is what these checks are about,
/// and a different order changes the last bit only.
const BITS: Tol = Tol::abs(0.0);

/// Y = X·Wᵀ + b by lesson 7's `neuron` on your lesson 6 tape: the oracle.
fn by_neurons(x: &[&[f64]], w: &[&[f64]], b: &[f64]) -> Vec<f64> {
    let mut tape = Tape::new();
    let mut y = Vec::new();
    for row in x {
        let inputs: Vec<Var> = row.iter().map(|&v| tape.leaf(v)).collect();
        for (weights, &bias) in w.iter().zip(b) {
            let w: Vec<Var> = weights.iter().map(|&v| tape.leaf(v)).collect();
            let b = tape.leaf(bias);
            let act = neuron(&mut tape, &w, b, &inputs);
            y.push(tape.value(act));
        }
    }
    y
}

/// Y = X·Wᵀ + b with the bias added last, a slip whose last bits differ.
fn bias_last(x: &[&[f64]], w: &[&[f64]], b: &[f64]) -> Vec<f64> {
    let mut y = Vec::new();
    for row in x {
        for (weights, &bias) in w.iter().zip(b) {
            let products = row.iter().zip(*weights).map(|(a, b)| a * b);
            y.push(products.fold(0.0, |sum, p| sum + p) + bias);
        }
    }
    y
}

#[test]
fn a_matrix_keeps_its_numbers_row_by_row() {
    earlier::earlier_lessons_work();
    let m = Matrix::new(2, 3, vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0]);
    let mut got = Vec::new();
    let mut column_major = Vec::new();
    for i in 0..2 {
        for j in 0..3 {
            got.push(m.at(i, j));
            column_major.push([1.0, 2.0, 3.0, 4.0, 5.0, 6.0][(j * 2 + i) % 6]);
        }
    }
    // Whole numbers, read back: exactly.
    assert_all_close(
        "at(i, j) of [[1, 2, 3], [4, 5, 6]] (2×3), row by row",
        &got,
        &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0],
        BITS,
        &think(
            "row-major: row i starts at i·cols, so (i, j) is at i·cols + j",
            &[(
                got == column_major,
                "column by column (i + j·rows): that is column-major storage",
            )],
        ),
    );
}

#[test]
fn at_refuses_an_index_outside_the_matrix_naming_its_shape() {
    let m = Matrix::new(2, 3, vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0]);
    assert_panics(
        "at(0, 3) of a 2×3 matrix",
        || m.at(0, 3),
        "2×3",
        "column 3 does not exist, yet 0·3 + 3 = 3 is a valid place in the data (row 1's first \
         number): check i < rows and j < cols yourself, and name the shape",
    );
    assert_panics(
        "at(2, 0) of a 2×3 matrix",
        || m.at(2, 0),
        "2×3",
        "row 2 does not exist: refuse it with a message that names the matrix's shape",
    );
}

#[test]
fn transpose_turns_rows_into_columns() {
    let a = Matrix::new(2, 3, vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0]);
    let t = transpose(&a);
    assert_claim(
        t.shape() == Shape(3, 2),
        "the shape of transpose of a 2×3 matrix",
        t.shape(),
        Shape(3, 2),
        "Aᵀ has a row for every column of A",
    );
    // The slip of writing A[i][j] at i·rows + j, Aᵀ's place with i and j swapped.
    let mut swapped = vec![0.0; 6];
    for i in 0..2 {
        for j in 0..3 {
            swapped[i * 2 + j] = a.data()[i * 3 + j];
        }
    }
    assert_all_close(
        "transpose([[1, 2, 3], [4, 5, 6]]), row by row",
        t.data(),
        &[1.0, 4.0, 2.0, 5.0, 3.0, 6.0],
        BITS,
        &think(
            "row j of Aᵀ is column j of A: Aᵀ[j][i] = A[i][j], at j·rows + i in Aᵀ's data (a row \
             of Aᵀ holds A.rows() numbers)",
            &[
                (
                    t.data() == swapped.as_slice(),
                    "i and j swapped in Aᵀ's index: A[i][j] written at i·rows + j",
                ),
                (t.data() == a.data(), "a copy of A, in A's order"),
            ],
        ),
    );
}

#[test]
fn affine_adds_the_bias_first_then_each_product_in_order() {
    // The example of the doc comment: whole numbers and halves, exact.
    let x = Matrix::from_rows(&[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]);
    let w = Matrix::from_rows(&[[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [2.0, -1.0]]);
    let y = affine(&x, &w, &[0.5, 0.0, -1.0, 0.0]);
    assert_claim(
        y.shape() == Shape(3, 4),
        "the shape of affine(X 3×2, W 4×2, b)",
        y.shape(),
        Shape(3, 4),
        "one row per point of X, one column per neuron (row of W)",
    );
    assert_all_close(
        "affine(X = [[1, 2], [3, 4], [5, 6]], W = [[1, 0], [0, 1], [1, 1], [2, −1]], b = [0.5, 0, \
         −1, 0]), row by row",
        y.data(),
        &[1.5, 2.0, 2.0, 0.0, 3.5, 4.0, 6.0, 2.0, 5.5, 6.0, 10.0, 4.0],
        BITS,
        &think(
            "Y[n][j] = b[j] + W[j][0]·X[n][0] + W[j][1]·X[n][1]: neuron j's weights are row j of W",
            &[
                (
                    y.data()
                        == [
                            0.0, 2.0, 2.0, -2.0, 0.0, 4.0, 4.0, -4.0, 0.0, 6.0, 6.0, -6.0,
                        ],
                    "= where it needs +=: only the last product W[j][1]·X[n][1] is left",
                ),
                (
                    y.data() == [1.0, 2.0, 3.0, 0.0, 3.0, 4.0, 7.0, 2.0, 5.0, 6.0, 11.0, 4.0],
                    "the bias left out",
                ),
            ],
        ),
    );

    // Tenths are not exact in binary, so the order of the additions shows in
    // the last bit: your lesson 7 neurons on your lesson 6 tape are the oracle.
    let (xr, wr, b): (&[&[f64]], &[&[f64]], &[f64]) = (
        &[&[0.1, 0.2, 0.3], &[0.7, -0.3, 0.9]],
        &[
            &[0.2, 0.3, 0.1],
            &[0.3, 0.6, 0.7],
            &[-0.1, 0.4, 0.3],
            &[0.9, 0.1, -0.7],
        ],
        &[0.6, 0.1, 0.3, -0.2],
    );
    let x = Matrix::new(2, 3, xr.concat());
    let w = Matrix::new(4, 3, wr.concat());
    let got = affine(&x, &w, b);
    let expected = by_neurons(xr, wr, b);
    let last = bias_last(xr, wr, b);
    assert_all_close(
        "affine(X 2×3 of tenths, W 4×3, b), against lesson 7's neuron on your tape",
        got.data(),
        &expected,
        BITS,
        &think(
            "start each Y[n][j] from b[j], then add W[j][k]·X[n][k] for k = 0, 1, 2 in order: \
             every addition rounds, and micrograd's order is what gives its numbers to the last \
             bit",
            &[(
                got.data() == last.as_slice(),
                "the bias added last: the same sum in another order, different in the last bit",
            )],
        ),
    );
}

#[test]
fn affine_refuses_shapes_that_do_not_fit_naming_both() {
    let x = Matrix::new(3, 2, vec![0.0; 6]);
    let w = Matrix::new(4, 3, vec![0.0; 12]);
    assert_panics(
        "affine(X 3×2, W 4×3, b of 4)",
        || affine(&x, &w, &[0.0; 4]),
        "X is 3×2 and W is 4×3",
        "each neuron (row of W) needs one weight per column of X: refuse, and name both shapes \
         as the doc comment does, so that whoever called it sees which one is wrong",
    );
    let w = Matrix::new(4, 2, vec![0.0; 8]);
    assert_panics(
        "affine(X 3×2, W 4×2, b of 3)",
        || affine(&x, &w, &[0.0; 3]),
        "biases",
        "one bias per neuron, a row of W: four here; refuse another count (\"biases\")",
    );
}

#[test]
fn affine_gives_lesson_7_s_first_layer_for_every_moons_point_bit_for_bit() {
    // The first layer of micrograd's network: 16 neurons, each its 2 weights
    // then its bias in INIT.
    let weights: Vec<&[f64]> = (0..SIZES[1]).map(|j| &INIT[j * 3..j * 3 + 2]).collect();
    let biases: Vec<f64> = (0..SIZES[1]).map(|j| INIT[j * 3 + 2]).collect();
    let points: Vec<&[f64]> = X.iter().map(|x| x.as_slice()).collect();
    let w = Matrix::new(SIZES[1], 2, weights.concat());
    let x = Matrix::from_rows(&X);
    let got = affine(&x, &w, &biases);
    let expected = by_neurons(&points, &weights, &biases);
    let differ = got
        .data()
        .iter()
        .zip(&expected)
        .filter(|(g, e)| g != e)
        .count();
    assert_claim(
        got.shape() == Shape(100, 16) && differ == 0,
        "affine(X 100×2, W₁ 16×2, b₁) against lesson 7's first layer on every moons point",
        format!(
            "{}, with {differ} of {} numbers different (the first: {})",
            got.shape(),
            expected.len(),
            got.data()
                .iter()
                .zip(&expected)
                .find(|(g, e)| g != e)
                .map_or("none".into(), |(g, e)| format!(
                    "{} for {}",
                    show(*g),
                    show(*e)
                ))
        ),
        "100×16, every number lesson 7's to the last bit",
        "the bias first, then each product in order, as in the check before",
    );
}
