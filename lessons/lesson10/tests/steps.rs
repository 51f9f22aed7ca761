//! Part 4: a step size for each parameter: SGD, momentum and Adam — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson10 --test steps`. The course's own test suite runs
//! this very file against the reference solution, so do not edit it: the runner
//! notices.
//!
//! Every rule is checked over three steps whose gradient changes (and whose
//! learning rate changes before the third): a slip that gives the right answer
//! only while the gradient or the rate stays the same is caught.

use check::{Tol, assert_all_close, slips_giving_every};
use lesson10::steps::{Adam, Momentum, Optimizer, Sgd};

/// The three steps of every check: the gradients of the two parameters and the
/// learning rate of each step. Parameter 0's gradient changes size and sign;
/// parameter 1's stays 0.5, as a constant gradient would.
const STEPS: [([f64; 2], f64); 3] = [([2.0, 0.5], 0.1), ([-1.0, 0.5], 0.1), ([0.5, 0.5], 0.05)];

/// Where the parameters start.
const START: [f64; 2] = [1.0, -2.0];

/// The parameters after each step of `optimizer`, its rate set to each step's.
fn trajectory<O: Optimizer>(mut optimizer: O, set_lr: impl Fn(&mut O, f64)) -> Vec<[f64; 2]> {
    let mut p = START;
    STEPS
        .iter()
        .map(|&(g, lr)| {
            set_lr(&mut optimizer, lr);
            optimizer.step(&mut p, &g);
            p
        })
        .collect()
}

/// The checks' own run of a rule with a slip in it, written out per
/// parameter: `rule(p, g, lr, t, state) -> p`, where t counts from 1 and
/// `state` is what the rule keeps for the parameter.
fn slipped(rule: impl Fn(f64, f64, f64, i32, &mut [f64; 2]) -> f64) -> Vec<[f64; 2]> {
    let mut p = START;
    let mut state = [[0.0; 2]; 2];
    let mut out = Vec::new();
    for (t, &(g, lr)) in STEPS.iter().enumerate() {
        for i in 0..2 {
            p[i] = rule(p[i], g[i], lr, t as i32 + 1, &mut state[i]);
        }
        out.push(p);
    }
    out
}

/// Whether two trajectories agree at every step, within `Tol::EXACT`.
fn same(a: &[[f64; 2]], b: &[[f64; 2]]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(x, y)| (0..2).all(|i| Tol::EXACT.accepts(x[i], y[i])))
}

/// Compares a trajectory with the hand-worked one, step by step, naming the
/// first known slip that gives every step got.
#[track_caller]
fn assert_trajectory(
    name: &str,
    got: &[[f64; 2]],
    expected: &[[f64; 2]],
    rule: &str,
    slips: &[(&str, Vec<[f64; 2]>)],
) {
    let names: Vec<&str> = slips.iter().map(|(slip, _)| *slip).collect();
    let known = slips_giving_every(&names, &[()], |k, _| same(got, &slips[k].1));
    let rule = check::think(rule, &known);
    for (k, (g, e)) in got.iter().zip(expected).enumerate() {
        assert_all_close(
            &format!(
                "{name}: p after step {} (p from {START:?}; gradients {:?}, {:?}, {:?}; η {}, {}, {})",
                k + 1,
                STEPS[0].0,
                STEPS[1].0,
                STEPS[2].0,
                STEPS[0].1,
                STEPS[1].1,
                STEPS[2].1
            ),
            g,
            e,
            Tol::EXACT,
            &rule,
        );
    }
}

#[test]
fn sgd_steps_each_parameter_against_its_gradient() {
    let got = trajectory(Sgd { lr: 0.0 }, |o, lr| o.lr = lr);
    // p − η·g, by hand: 1 − 0.2 = 0.8, 0.8 + 0.1 = 0.9, 0.9 − 0.025 = 0.875;
    // −2 − 0.05 = −2.05, −2.1, −2.125.
    let expected = [[0.8, -2.05], [0.9, -2.1], [0.875, -2.125]];
    assert_trajectory(
        "SGD",
        &got,
        &expected,
        "p ← p − η·g for each parameter, with the step's own η",
        &[
            (
                "p + η·g: that climbs the loss instead of descending it",
                slipped(|p, g, lr, _, _| p + lr * g),
            ),
            (
                "p − g: the learning rate left out",
                slipped(|p, g, _, _, _| p - g),
            ),
        ],
    );
}

#[test]
fn momentum_follows_pytorch_with_a_changing_gradient_and_rate() {
    let got = trajectory(Momentum::new(2, 0.0, 0.9), |o, lr| o.lr = lr);
    // v ← 0.9·v + g, p ← p − η·v, by hand. Parameter 0: v = 2, p = 0.8;
    // v = 1.8 − 1 = 0.8, p = 0.72; v = 0.72 + 0.5 = 1.22, p = 0.72 − 0.061 = 0.659.
    // Parameter 1: v = 0.5, p = −2.05; v = 0.95, p = −2.145;
    // v = 1.355, p = −2.145 − 0.06775 = −2.21275.
    let expected = [[0.8, -2.05], [0.72, -2.145], [0.659, -2.21275]];
    assert_trajectory(
        "momentum, μ = 0.9",
        &got,
        &expected,
        "PyTorch's momentum: first the velocity, v ← μ·v + g (the gradient itself, not scaled), \
         then p ← p − η·v with the step's own η; each parameter keeps its own v, from 0",
        &[
            (
                "η inside the velocity (v ← μ·v + η·g, p ← p − v): the same as PyTorch's while \
                 η stays the same, not once it changes",
                slipped(|p, g, lr, _, v| {
                    v[0] = 0.9 * v[0] + lr * g;
                    p - v[0]
                }),
            ),
            (
                "a damped velocity, v ← μ·v + (1 − μ)·g: PyTorch's default adds g itself",
                slipped(|p, g, lr, _, v| {
                    v[0] = 0.9 * v[0] + 0.1 * g;
                    p - lr * v[0]
                }),
            ),
            (
                "the step taken along the old velocity: update v first, then step along the new",
                slipped(|p, g, lr, _, v| {
                    let old = v[0];
                    v[0] = 0.9 * v[0] + g;
                    p - lr * old
                }),
            ),
            (
                "plain SGD: the velocity is not kept from one step to the next",
                slipped(|p, g, lr, _, _| p - lr * g),
            ),
            (
                "p + η·v: that climbs the loss instead of descending it",
                slipped(|p, g, lr, _, v| {
                    v[0] = 0.9 * v[0] + g;
                    p + lr * v[0]
                }),
            ),
        ],
    );
}

/// Adam's step with a slip: `correct` says whether m and v are divided by
/// 1 − βᵗ, `fixed_t` uses t = 1 for it at every step, `betas` are (β for m, β for v),
/// `eps_inside` puts ε under the root.
fn adam_slip(correct: bool, fixed_t: bool, betas: (f64, f64), eps_inside: bool) -> Vec<[f64; 2]> {
    slipped(move |p, g, lr, t, s| {
        let t = if fixed_t { 1 } else { t };
        s[0] = betas.0 * s[0] + (1.0 - betas.0) * g;
        s[1] = betas.1 * s[1] + (1.0 - betas.1) * g * g;
        let (m_hat, v_hat) = if correct {
            (
                s[0] / (1.0 - betas.0.powi(t)),
                s[1] / (1.0 - betas.1.powi(t)),
            )
        } else {
            (s[0], s[1])
        };
        let denominator = if eps_inside {
            (v_hat + 1e-8).sqrt()
        } else {
            v_hat.sqrt() + 1e-8
        };
        p - lr * m_hat / denominator
    })
}

#[test]
fn adam_follows_pytorch_with_a_changing_gradient() {
    let got = trajectory(Adam::new(2, 0.0), |o, lr| o.lr = lr);
    // By hand, with β₁ = 0.9, β₂ = 0.999, ε = 1e-8 (worked to 30 digits with bc):
    // parameter 0, gradients 2, −1, 0.5:
    //   t = 1: m = 0.2, v = 0.004, m̂ = 2, v̂ = 4, p = 1 − 0.1·2/(2 + 1e-8) = 0.9000000005;
    //   t = 2: m = 0.08, v = 0.004996, m̂ = 0.08/0.19, v̂ = 0.004996/0.001999,
    //          p = 0.873366296702431357842…;
    //   t = 3: m = 0.122, v = 0.005241004, m̂ = 0.122/0.271, v̂ = 0.005241004/0.002997001,
    //          η = 0.05, p = 0.856344839420686914835….
    // Parameter 1, a gradient of 0.5 every time: m̂ = 0.5 and v̂ = 0.25 at every t,
    // so each step is η·0.5/(0.5 + 1e-8) = η/(1 + 2e-8), and
    // p = −2 − 0.25/(1 + 2e-8) = −2.249999995000000099….
    // Written below to 15 digits: the rounding is far inside the checks' 1e-12.
    let expected = [
        [0.9000000005, -2.099999998],
        [0.873366296702431, -2.199999996],
        [0.856344839420687, -2.249999995],
    ];
    assert_trajectory(
        "Adam, β₁ = 0.9, β₂ = 0.999, ε = 1e-8",
        &got,
        &expected,
        "t ← t + 1 first; m ← β₁·m + (1 − β₁)·g, v ← β₂·v + (1 − β₂)·g²; m̂ = m/(1 − β₁ᵗ), \
         v̂ = v/(1 − β₂ᵗ); p ← p − η·m̂/(√v̂ + ε), with the step's own η",
        &[
            (
                "no bias correction: m and v start at 0, so early on they are far too small; \
                 divide them by 1 − β₁ᵗ and 1 − β₂ᵗ",
                adam_slip(false, false, (0.9, 0.999), false),
            ),
            (
                "β₁ and β₂ swapped (which a constant gradient, like parameter 1's, never shows)",
                adam_slip(true, false, (0.999, 0.9), false),
            ),
            (
                "the bias corrected with t = 1 at every step: count the steps, t ← t + 1",
                adam_slip(true, true, (0.9, 0.999), false),
            ),
            (
                "ε under the square root, √(v̂ + ε): PyTorch adds it after, √v̂ + ε",
                adam_slip(true, false, (0.9, 0.999), true),
            ),
        ],
    );
}

#[test]
fn adam_moves_every_parameter_about_eta_on_its_first_step_whatever_its_gradient() {
    let mut adam = Adam::new(3, 0.1);
    let grads = [1e-3, -1.0, 1e3];
    let mut p = [0.0; 3];
    adam.step(&mut p, &grads);
    // m̂ = g and v̂ = g² after one step, so the step is η·g/(|g| + ε): η to
    // within ε/|g| = 1e-5 for the smallest gradient. Worked exactly:
    let expected: Vec<f64> = grads
        .iter()
        .map(|&g: &f64| -0.1 * g / (g.abs() + 1e-8))
        .collect();
    assert_all_close(
        "Adam's first step (η = 0.1) from p = [0, 0, 0] with gradients [0.001, -1, 1000]",
        &p,
        &expected,
        Tol::EXACT,
        "Adam divides each parameter's average gradient by the root of its average square: after \
         the bias correction the first step is η·g/(|g| + ε), about η whatever the size of g. \
         That is a step size for each parameter, where SGD's steps would be 0.0001, 0.1 and 100",
    );
}
