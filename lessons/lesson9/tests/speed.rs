//! Part 6: speed, counted and measured — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson9 --test speed`. The course's own test suite runs
//! this very file against the reference solution, so do not edit it: the runner
//! notices.

use check::{Tol, assert_claim, assert_panics, think};
use lesson9::speed::{matmul_ijk, multiply_adds};
use lesson9::{Matrix, Shape, matmul};

#[path = "support/earlier.rs"]
mod earlier;

// The story and its picture, compiled in for the snapshot check only.
#[path = "../src/plot.rs"]
mod plot;
#[path = "../src/story.rs"]
mod story;

#[test]
fn matmul_ijk_gives_matmul_s_numbers_to_the_last_bit() {
    earlier::earlier_lessons_work();
    // Tenths and thirds are not exact in binary: a sum in another order would
    // show in the last bits.
    let a = Matrix::new(
        3,
        4,
        (0..12)
            .map(|i| (i as f64 - 5.0) / 10.0 + 1.0 / 3.0)
            .collect(),
    );
    let b = Matrix::new(4, 2, (0..8).map(|i| (i as f64 * 0.7) - 1.1).collect());
    let got = matmul_ijk(&a, &b);
    let expected = matmul(&a, &b);
    assert_claim(
        got.shape() == Shape(3, 2),
        "the shape of matmul_ijk(A 3×4, B 4×2)",
        got.shape(),
        Shape(3, 2),
        "A's rows by B's columns",
    );
    let transposed = got.data().len() == 6
        && (0..3).all(|i| (0..2).all(|j| got.data()[j * 3 + i] == expected.data()[i * 2 + j]));
    assert_claim(
        got == expected,
        "matmul_ijk(A 3×4, B 4×2) against your matmul, number for number",
        format!("{:?}", got.data()),
        format!("{:?}", expected.data()),
        &think(
            "C[i][j] is the dot product of row i of A and column j of B, its products added from \
             k = 0 up starting at 0: the very sums matmul adds, in the same order, so the same \
             bits. Column j of B is B[k][j] = data[k·cols + j]",
            &[
                (
                    transposed,
                    "C transposed: C[j][i] filled in where C[i][j] belongs",
                ),
                (
                    got.shape() == expected.shape()
                        && got
                            .data()
                            .iter()
                            .zip(expected.data())
                            .all(|(&g, &e)| Tol::EXACT.accepts(g, e)),
                    "the same products added in another order: every addition rounds, so the last \
                 bits differ",
                ),
            ],
        ),
    );
    assert_panics(
        "matmul_ijk(A 3×4, B 3×4)",
        || matmul_ijk(&a, &a),
        "A is 3×4 and B is 3×4",
        "A needs as many columns as B has rows: refuse, naming both shapes, as matmul does",
    );
}

#[test]
fn multiply_adds_counts_one_per_weight_per_point_for_each_product() {
    let got = multiply_adds(&[3, 4, 2], 10);
    let rule = think(
        "forward: batch·in·out for each layer; backward: Gᵀ·X again for each layer, and G·W for \
         every layer but the first, since no step moves the data",
        &[
            (
                got == (200, 400),
                "the gradient of the data counted: the first layer's G·W moves nothing",
            ),
            (
                got == (200, 200),
                "backward counted like forward: it has two products per layer, but the first",
            ),
            (
                got == (20, 28),
                "one point counted, not the batch: every product is done for each of the 10",
            ),
        ],
    );
    assert_claim(
        got == (200, 280),
        "multiply_adds([3, 4, 2], batch = 10)",
        format!("{got:?}"),
        "(200, 280): forward 10·3·4 + 10·4·2, backward 200 + 10·4·2",
        &rule,
    );
    let demo = multiply_adds(&[2, 16, 16, 1], 100);
    assert_claim(
        demo == (30_400, 57_600),
        "multiply_adds([2, 16, 16, 1], batch = 100), micrograd's demo",
        format!("{demo:?}"),
        "(30400, 57600)",
        &rule,
    );
    let one_layer = multiply_adds(&[3, 4], 10);
    assert_claim(
        one_layer == (120, 120),
        "multiply_adds([3, 4], batch = 10), one layer",
        format!("{one_layer:?}"),
        "(120, 120): X·Wᵀ forward, Gᵀ·X backward, and no G·W (the only layer is the first)",
        &rule,
    );
    assert_panics(
        "multiply_adds([5], 10)",
        || multiply_adds(&[5], 10),
        "no layer",
        "one size is an input and no layer: refuse it rather than count 0 (\"no layer\")",
    );
}

#[test]
fn the_story_prints_what_your_functions_compute() {
    check::story_snapshot!("lesson9_story", story::render());
}
