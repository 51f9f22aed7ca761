//! Part 3: micrograd's network, neuron by neuron — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson7 --test mlp`. The course's own test suite runs this
//! very file against the reference solution, so do not edit it: the runner notices.

use check::{Tol, assert_all_close, assert_close_naming, assert_equal, assert_panics, think};
use lesson7::moons::{INIT, X};
use lesson7::{SIZES, Tape, Var, layers, parameter_count, score};

#[path = "support/micrograd.rs"]
mod micrograd;
use micrograd::Layout::{self, *};

#[test]
fn parameter_count_is_a_weight_per_input_and_a_bias_per_neuron() {
    for (sizes, expected) in [
        (&[2, 16, 16, 1][..], 337),
        (&[3, 4, 2], 26),
        (&[2, 1], 3),
        (&[5], 0),
    ] {
        let got = parameter_count(sizes);
        let layers = || sizes.windows(2).map(|pair| (pair[0], pair[1]));
        let rule = think(
            "a layer of n inputs and m neurons has (n + 1)·m parameters: each neuron has n \
             weights and one bias; add up the layers, one per pair of neighbouring sizes",
            &[
                (
                    got == layers().map(|(n, m)| n * m).sum::<usize>(),
                    "the biases left out",
                ),
                (
                    got == layers().map(|(n, m)| n * (m + 1)).sum::<usize>(),
                    "a bias per input instead of one per neuron",
                ),
            ],
        );
        assert_equal(&format!("parameter_count({sizes:?})"), got, expected, &rule);
    }
}

#[test]
fn score_of_a_small_network_follows_its_layers() {
    // Sizes [2, 2, 1]: hidden neuron 0 has w = (0.5, −1), b = 2; hidden neuron 1
    // has w = (−2, 1), b = 0.5; the output has w = (−3, −4), b = 0.25.
    let params = [0.5, -1.0, 2.0, -2.0, 1.0, 0.5, -3.0, -4.0, 0.25];
    let sizes = [2, 2, 1];
    let mut tape = Tape::new();
    let p: Vec<Var> = params.iter().map(|&v| tape.leaf(v)).collect();
    let s = score(&mut tape, &sizes, &p, &[2.0, 1.0]);
    // By hand at x = (2, 1): hidden 0 is 2 + 1 − 1 = 2, relu 2; hidden 1 is
    // 0.5 − 4 + 1 = −2.5, relu 0; the output is 0.25 − 3·2 − 4·0 = −5.75.
    // Halves and quarters: exact.
    let wrong = |layout: Layout| micrograd::score(&params, &sizes, &[2.0, 1.0], layout);
    assert_close_naming(
        "score(sizes [2, 2, 1], x = [2, 1]) with the parameters of the check",
        tape.value(s),
        -5.75,
        Tol::ROUNDING,
        "each neuron takes its weights, then its bias, from the parameters in order; \
         relu after every hidden layer, none after the last",
        &[
            (
                wrong(BiasFirst),
                "each neuron's bias taken before its weights (micrograd: weights, then bias)",
            ),
            (
                wrong(BiasSkipped),
                "an index that moves on by n per neuron, not n + 1: the bias is a parameter too",
            ),
            (wrong(NoHiddenRelu), "the relu of the hidden layer left out"),
            (
                wrong(OutputRelu),
                "a relu on the output: the score of a −1 point could never go below 0",
            ),
        ],
    );
    let grads = tape.backward(s);
    let got: Vec<f64> = [p[0], p[2], p[5], p[6], p[8]].map(|v| grads[v]).to_vec();
    assert_all_close(
        "∂score/∂ (hidden 0's w₀, hidden 0's b, hidden 1's b, the output's w₀, the output's b)",
        &got,
        // w₀ of hidden 0: x₀·(−3) = −6; its bias: −3; hidden 1 is cut off by its
        // relu: 0; the output's w₀ is scaled by hidden 0's output 2; its bias by 1.
        &[-6.0, -3.0, 0.0, 2.0, 1.0],
        Tol::ROUNDING,
        "the gradient flows back through every node you record: build the whole network \
         on the tape, with the parameters' own Vars",
    );
}

#[test]
fn layers_puts_hidden_on_every_hidden_neuron_and_returns_each_layer() {
    // The network of the check above, with tanh instead of relu (as lesson 8
    // tries): hidden 0 is tanh(2), hidden 1 is tanh(−2.5), and the output is
    // 0.25 − 3·tanh(2) − 4·tanh(−2.5), with no tanh. The same operations in the
    // same order as yours: equal but for a rounding or two.
    let params = [0.5, -1.0, 2.0, -2.0, 1.0, 0.5, -3.0, -4.0, 0.25];
    let mut tape = Tape::new();
    let p: Vec<Var> = params.iter().map(|&v| tape.leaf(v)).collect();
    let all = layers(&mut tape, &[2, 2, 1], &p, &[2.0, 1.0], Tape::tanh);
    let (h0, h1) = (2.0f64.tanh(), (-2.5f64).tanh());
    let expected = [h0, h1, 0.25 + -3.0 * h0 + -4.0 * h1];
    let got: Vec<f64> = all.iter().flatten().map(|&v| tape.value(v)).collect();
    let sizes: Vec<usize> = all.iter().map(Vec::len).collect();
    assert_equal(
        "the number of outputs of each layer layers(sizes [2, 2, 1]) returned",
        format!("{sizes:?}"),
        "[2, 1]",
        "one Vec per layer of neurons, the point's coordinates left out: the hidden \
         layer's 2 outputs, then the one score",
    );
    assert_all_close(
        "the outputs of layers(sizes [2, 2, 1], x = [2, 1], hidden = Tape::tanh): \
         hidden 0, hidden 1, the score",
        &got,
        &expected,
        Tol::ROUNDING,
        "each hidden neuron's activation goes through the `hidden` you are given (not \
         always a relu); the output neuron's does not",
    );
}

#[test]
fn score_records_micrograd_s_nodes_and_no_more() {
    for (sizes, expected) in [(&[2, 2, 1][..], 16), (&SIZES[..], 642)] {
        let mut tape = Tape::new();
        let p: Vec<Var> = (0..parameter_count(sizes))
            .map(|_| tape.leaf(0.5))
            .collect();
        score(&mut tape, sizes, &p, &[1.0, -1.0]);
        let got = tape.len() - p.len();
        let hidden: usize = sizes[1..sizes.len() - 1].iter().sum();
        let rule = think(
            "micrograd records the point's coordinates as leaves, then for each neuron with n \
             inputs n mul and n add nodes, and a relu on every hidden neuron",
            &[
                (got == expected + 1, "a relu on the output"),
                (
                    got + hidden == expected,
                    "the relus of the hidden layers left out",
                ),
            ],
        );
        assert_equal(
            &format!("nodes score(sizes {sizes:?}) added to the parameters' leaves"),
            got,
            expected,
            &rule,
        );
    }
}

#[test]
fn score_refuses_parameters_or_a_point_that_do_not_fit() {
    let mut tape = Tape::new();
    let p: Vec<Var> = INIT.iter().map(|&v| tape.leaf(v)).collect();
    let rule = "a network of sizes [2, 16, 16, 1] needs exactly 337 parameters and a point of \
                2 coordinates: refuse anything else before recording a node (a missing one \
                would read past the end; an extra one would be silently ignored)";
    for count in [336, 338] {
        let mut p = p.clone();
        p.resize(count, p[0]);
        assert_panics(
            &format!("score with {count} parameters"),
            || score(&mut tape.clone(), &SIZES, &p, &X[0]),
            "parameters",
            rule,
        );
    }
    assert_panics(
        "score of a point with 3 coordinates",
        || score(&mut tape.clone(), &SIZES, &p, &[0.5, 0.5, 0.5]),
        "coordinates",
        rule,
    );
    assert_panics(
        "score with sizes [2, 2] (two outputs)",
        || score(&mut tape.clone(), &[2, 2], &p[..6], &X[0]),
        "output",
        rule,
    );
}

#[test]
fn score_of_every_moons_point_is_micrograd_s_to_the_last_bit() {
    // micrograd starts every bias at 0, and b + w₀·x₀ is then exactly w₀·x₀:
    // where the bias is added cannot show. The same weights with every bias
    // 0.5 show it.
    let mut biased = INIT.to_vec();
    let mut next = 0;
    for pair in SIZES.windows(2) {
        for _ in 0..pair[1] {
            next += pair[0] + 1;
            biased[next - 1] = 0.5;
        }
    }
    let sets = [
        ("micrograd's initial parameters", &INIT[..]),
        ("micrograd's initial weights and every bias 0.5", &biased),
    ];
    for (name, params) in sets {
        let mut tape = Tape::new();
        let p: Vec<Var> = params.iter().map(|&v| tape.leaf(v)).collect();
        for (i, x) in X.iter().enumerate() {
            let s = score(&mut tape, &SIZES, &p, x);
            let expected = micrograd::score(params, &SIZES, x, Micrograd);
            let wrong = |layout: Layout| micrograd::score(params, &SIZES, x, layout);
            let rule = if Tol::rel(1e-9).accepts(tape.value(s), expected) {
                "micrograd computes each activation as ((b + w₀·x₀) + w₁·x₁) + …: start from \
                 the bias and add the products in order; the same operations in the same order \
                 give the same bits"
            } else {
                "far from micrograd's score, not just in the last bits: each neuron takes the \
                 next n weights and then its bias from the parameters, so the index moves on by \
                 n + 1; relu after every hidden layer"
            };
            // Exactly: the check adds and multiplies the same numbers in
            // micrograd's order with plain f64s, and the same operations in the
            // same order give the same bits; another order rounds differently.
            assert_close_naming(
                &format!("the score of moons point {i}, {x:?}, with {name}"),
                tape.value(s),
                expected,
                Tol::abs(0.0),
                rule,
                &[
                    (wrong(BiasLast), "the bias added last, after the products"),
                    (
                        wrong(BiasFirst),
                        "each neuron's bias taken before its weights",
                    ),
                    (
                        wrong(BiasSkipped),
                        "an index that moves on by n per neuron, not n + 1",
                    ),
                    (wrong(NoHiddenRelu), "the hidden relus left out"),
                    (wrong(OutputRelu), "a relu on the output"),
                ],
            );
        }
    }
}
