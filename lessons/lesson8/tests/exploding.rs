//! Part 3: gradients that explode, and a clip that holds them — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson8 --test exploding`. The course's own test suite runs
//! this very file against the reference solution, so do not edit it: the runner
//! notices.

use check::{
    Tol, assert_all_close, assert_claim, assert_close_naming, assert_panics, distance, show,
    show_all, think,
};
use lesson7::SIZES;
use lesson7::moons::{INIT, X, Y};
use lesson8::dying::dead_units;
use lesson8::exploding::{clip_global_norm, global_norm, train_clipped, weight_chain_gradient};
use lesson8::net::{Activation, accuracy, loss_and_gradient, train};

#[path = "support/clipping.rs"]
mod clipping;
#[path = "support/earlier.rs"]
mod earlier;
use clipping::{Clip, chain_slips, clip_slips, clipped_run, norm_slips, scale_slips, step_slips};

#[test]
fn a_chain_of_multiplications_by_w_multiplies_the_gradient_by_w_each_time() {
    earlier::earlier_lessons_work();
    for (w, k) in [(1.5, 2), (1.5, 50), (0.5, 3), (-1.5, 3), (2.0, 0)] {
        // wᵏ, one multiplication at a time as backward does it: 50 roundings of
        // 1.1e-16 at most, so 1e-13 relative.
        let expected = (0..k).fold(1.0, |product, _| product * w);
        assert_close_naming(
            &format!("weight_chain_gradient(w = {w}, layers = {k})"),
            weight_chain_gradient(w, k),
            expected,
            Tol::rel(1e-13),
            "y = w·(w·(…(w·x))) with k multiplications: each passes the gradient back to its \
             input times w, so ∂y/∂x = wᵏ (1.5⁵⁰ ≈ 6.3762e8); take the gradient of the leaf x",
            &chain_slips(expected, w, k),
        );
    }
    let fifty = weight_chain_gradient(1.5, 50);
    assert_claim(
        fifty > 6e8,
        "weight_chain_gradient(1.5, 50)",
        show(fifty),
        "above 6e8",
        "a factor of 1.5 per layer, fifty layers: the gradient grows six hundred million times",
    );
}

#[test]
fn global_norm_is_the_square_root_of_the_sum_of_all_squares() {
    for (grad, expected) in [
        (&[12.0, -4.0, 3.0][..], 13.0),
        (&[1.0, 2.0, 2.0, 4.0], 5.0),
        (&[-5.0], 5.0),
        (&[], 0.0),
    ] {
        assert_close_naming(
            &format!("global_norm({})", show_all(grad)),
            global_norm(grad),
            expected,
            Tol::ROUNDING,
            "the global norm is the length of the whole gradient: √(Σ gᵢ²) over every \
             component",
            &norm_slips(grad),
        );
    }
}

#[test]
fn clipping_scales_the_whole_gradient_down_to_the_threshold() {
    // [12, −4, 3] has norm 13; clipped to 6.5, every component is halved.
    let mut grad = [12.0, -4.0, 3.0];
    clip_global_norm(&mut grad, 6.5);
    let rule = think(
        "when ‖g‖ > threshold, multiply EVERY component by the same factor threshold / ‖g‖: \
         the direction stays, the length becomes the threshold",
        &scale_slips(&grad),
    );
    assert_all_close(
        "[12, −4, 3] (norm 13) after clip_global_norm(.., 6.5)",
        &grad,
        &[6.0, -2.0, 1.5],
        Tol::ROUNDING,
        &rule,
    );
    let mut small = [0.3, -0.4];
    clip_global_norm(&mut small, 0.25);
    assert_all_close(
        "[0.3, −0.4] (norm 0.5) after clip_global_norm(.., 0.25)",
        &small,
        &[0.15, -0.2],
        Tol::ROUNDING,
        &rule,
    );
}

#[test]
fn clipping_leaves_a_gradient_within_the_threshold_as_it_is() {
    for threshold in [13.0, 20.0, 1e6] {
        let mut grad = [12.0, -4.0, 3.0];
        clip_global_norm(&mut grad, threshold);
        let rule = think(
            "clipping only ever shrinks: a gradient whose norm is not above the threshold \
             stays exactly as it is",
            &[(
                Tol::ROUNDING.accepts(global_norm(&grad), threshold),
                "a gradient scaled UP to the threshold; scale only when ‖g‖ > threshold",
            )],
        );
        assert_all_close(
            &format!("[12, −4, 3] (norm 13) after clip_global_norm(.., {threshold})"),
            &grad,
            &[12.0, -4.0, 3.0],
            Tol::ROUNDING,
            &rule,
        );
    }
}

#[test]
fn clipping_refuses_a_threshold_that_is_not_positive_and_finite() {
    for threshold in [0.0, -1.0, f64::NAN, f64::INFINITY] {
        for grad in [vec![12.0, -4.0, 3.0], vec![]] {
            let mut grad = grad;
            let len = grad.len();
            assert_panics(
                &format!("clip_global_norm(a gradient of {len} numbers, threshold {threshold})"),
                move || clip_global_norm(&mut grad, threshold),
                "threshold",
                "a norm cannot be clipped to 0 or less, and ∞ or NaN is no threshold: refuse \
                 before anything else, even for an empty gradient (a loop over it would not \
                 run)",
            );
        }
    }
}

#[test]
fn train_clipped_refuses_a_bad_threshold_even_for_zero_steps() {
    for threshold in [0.0, -1.0, f64::NAN, f64::INFINITY] {
        assert_panics(
            &format!("train_clipped(micrograd's start, rate 10, threshold {threshold}, 0 steps)"),
            || train_clipped(&INIT, 10.0, threshold, 0),
            "threshold",
            "check the threshold before the loop: with 0 steps clip_global_norm is never \
             called, and its refusal never runs",
        );
    }
}

#[test]
fn a_clipped_step_is_never_longer_than_rate_times_threshold() {
    // At micrograd's start the gradient's norm is about 2.93: one step at rate
    // 10 would be 29.3 long. Clipped to 0.1, it is 10·0.1 = 1 long, whatever the
    // gradient: 1e-12 for the roundings of 337 squares.
    let (stepped, _) = train_clipped(&INIT, 10.0, 0.1, 1);
    let length = distance(&stepped, &INIT);
    let (_, grad) = loss_and_gradient(&SIZES, &INIT, &X, &Y, Activation::Relu, true);
    assert_close_naming(
        "the length of one step of train_clipped at rate 10 from micrograd's start, clipped to 0.1",
        length,
        1.0,
        Tol::abs(1e-12),
        "a clipped gradient has norm at most the threshold, so a step η·g is at most η·threshold \
         long: here 10·0.1",
        &step_slips(&grad),
    );
}

#[test]
fn train_clipped_clips_every_gradient_between_backward_and_the_step() {
    // The check trains the same network itself, with the clip of the lesson's
    // text, on your engine. The same operations give the same bits; another
    // order of the sum of squares changes the last bits, which six steps at
    // rate 10 grow to far less than 1e-9 relative. Every slip below changes
    // some loss in its first three digits.
    let (_, got) = train_clipped(&INIT, 10.0, 0.1, 6);
    let (_, expected) = clipped_run(10.0, 6, Clip::Global);
    let tol = Tol::rel(1e-9);
    let same = |other: &[f64]| {
        got.len() == other.len() && got.iter().zip(other).all(|(&g, &o)| tol.accepts(g, o))
    };
    let wrong = !same(&expected);
    let mistakes = if wrong { clip_slips(same) } else { Vec::new() };
    let rule = think(
        "at each step: loss and gradient from loss_and_gradient (relu, regularised), note the \
         loss, clip_global_norm(&mut grad, threshold), then lesson7::descend at the rate",
        &mistakes,
    );
    assert_all_close(
        "the losses of train_clipped(micrograd's start, rate 10, threshold 0.1, 6 steps)",
        &got,
        &expected,
        tol,
        &rule,
    );
}

#[test]
fn a_rate_ten_times_the_demo_s_blows_the_loss_up_and_clipping_holds_it() {
    // Both runs are exactly reproducible: in 6 steps the loss reaches 7.5e6
    // without clipping, and stays below 0.9 with it (3 units dead, accuracy
    // 0.86). The bounds leave room on every side.
    let (_, wild) = train(&SIZES, &INIT, &X, &Y, 10.0, 6);
    let largest = wild.iter().fold(0.0f64, |m, &l| m.max(l));
    assert_claim(
        largest > 1e5,
        "the largest loss in 6 steps of lesson 7's network at the constant rate 10",
        format!("{} (losses {})", show(largest), show_all(&wild)),
        "above 1e5",
        "a step too long lands where the gradient is larger still; the next is longer, and the \
         loss explodes",
    );
    let (held, losses) = train_clipped(&INIT, 10.0, 0.1, 6);
    let dead = dead_units(&SIZES, &held, &X).len();
    let right = accuracy(&SIZES, &held, &X, &Y, Activation::Relu);
    assert_claim(
        losses.iter().all(|&l| l < 1.0) && dead <= 4 && right >= 0.8,
        "train_clipped(micrograd's start, rate 10, threshold 0.1, 6 steps): losses, dead units, \
         accuracy",
        format!(
            "losses {}, {dead} of 32 dead, accuracy {right}",
            show_all(&losses)
        ),
        "every loss below 1, at most 4 dead, accuracy at least 0.8",
        "clipped to 0.1, each step is at most 1 long: the network learns as at the demo's rate",
    );
}

#[test]
fn where_clipping_is_not_enough_a_rate_still_too_large_still_jumps() {
    // Rate 100 with the same clip: steps up to 10 long. Exactly reproducible:
    // the loss reaches 73.4 in 6 steps, and 12 units are dead after them.
    let (params, losses) = train_clipped(&INIT, 100.0, 0.1, 6);
    let largest = losses.iter().fold(0.0f64, |m, &l| m.max(l));
    let dead = dead_units(&SIZES, &params, &X).len();
    assert_claim(
        largest > 10.0 && dead >= 8,
        "train_clipped(micrograd's start, rate 100, threshold 0.1, 6 steps): the largest loss, \
         dead units",
        format!(
            "{} (losses {}), {dead} of 32 dead",
            show(largest),
            show_all(&losses)
        ),
        "a loss above 10, at least 8 dead",
        "clipping bounds a step's length by η·threshold, it does not choose it: 100·0.1 is still \
         too long, and the loss jumps and units die; lower the rate (or the threshold)",
    );
}

#[test]
fn a_dead_unit_of_the_first_layer_stays_dead_and_one_of_the_second_can_come_back() {
    // Rate 100 clipped to 0.1, after each of 6 steps, exactly reproducible:
    // 1, 2, 2, 3, 3, 4 first-layer units dead, never one revived; 5, 6, 7, 10,
    // 13, 8 in the second layer, and five of step 5's come back at step 6.
    let dead: Vec<Vec<(usize, usize)>> = (1..=6)
        .map(|steps| dead_units(&SIZES, &train_clipped(&INIT, 100.0, 0.1, steps).0, &X))
        .collect();
    for k in 0..5 {
        let revived: Vec<_> = dead[k]
            .iter()
            .filter(|unit| unit.0 == 0 && !dead[k + 1].contains(unit))
            .collect();
        assert_claim(
            revived.is_empty(),
            &format!(
                "first-layer units dead after step {} of rate 100 clipped to 0.1, alive after \
                 step {}",
                k + 1,
                k + 2
            ),
            format!("{revived:?}"),
            "none",
            "a first-layer unit reads the fixed data: with no gradient its weights never move, \
             so it stays dead",
        );
    }
    let back: Vec<_> = dead[4]
        .iter()
        .filter(|unit| unit.0 == 1 && !dead[5].contains(unit))
        .collect();
    assert_claim(
        !back.is_empty(),
        "second-layer units dead after step 5 of rate 100 clipped to 0.1, alive after step 6",
        format!("{back:?}"),
        "at least one",
        "a second-layer unit reads the first layer, which still moves: its input can turn \
         positive again on some point, and then it learns again",
    );
}
