//! What `cargo run -p lesson10` prints: the lesson's story, told by your
//! functions.
//!
//! It is part of the program (`src/main.rs`), not of your library: a save
//! rebuilds your checks without it, and only the story's own snapshot check
//! compiles it in.
//!
//! You do not need to edit this file. Every number is printed at fixed
//! precision, so the output is the same on every machine (a snapshot test
//! checks it). It prints no timings: `cargo run --release -p lesson10 -- bench`
//! measures those.

use std::fmt::Write;

use rand::SeedableRng;
use rand::rngs::ChaCha8Rng;

use super::plot::{confusion, curves, digits};
use lesson10::batches::batches;
use lesson10::digits::Digit;
use lesson10::loss::predict;
use lesson10::net::Net;
use lesson10::softmax::{cross_entropy, cross_entropy_gradient, softmax};
use lesson10::steps::{Adam, Momentum, Optimizer, Sgd};
use lesson10::train::{HIDDEN, LESSON, lesson_digits, lesson_runs};

/// Numbers at a fixed precision: `[0.6590, 0.2424]`.
fn list(xs: &[f64], decimals: usize) -> String {
    let shown: Vec<String> = xs.iter().map(|x| format!("{x:.decimals$}")).collect();
    format!("[{}]", shown.join(", "))
}

/// The textbook softmax, e^zⱼ / Σₖ e^zₖ with nothing subtracted: the story
/// shows where it breaks.
fn textbook_softmax(z: &[f64]) -> Vec<f64> {
    let total: f64 = z.iter().map(|zk| zk.exp()).sum();
    z.iter().map(|zj| zj.exp() / total).collect()
}

/// The lesson's story as text.
pub fn render() -> String {
    let mut out = String::new();
    let mut line = |text: String| writeln!(out, "{text}").unwrap();

    line("Lesson 10: your engine reads handwriting".into());
    line(String::new());

    line("Part 1: scores become probabilities".into());
    let z = [2.0, 1.0, 0.1];
    line(format!(
        "  scores {} → softmax {}; cross-entropy for class 0: {:.4}",
        list(&z, 1),
        list(&softmax(&z), 4),
        cross_entropy(&z, 0)
    ));
    let big = [1000.0, 999.0, 0.0];
    line(format!(
        "  scores {}: the textbook e^z / Σ e^z gives {} (e^1000 is inf, inf/inf is NaN);",
        list(&big, 0),
        list(&textbook_softmax(&big), 4)
    ));
    line(format!(
        "  with the largest subtracted first: {}",
        list(&softmax(&big), 4)
    ));
    line(format!(
        "  cross-entropy for class 2: logsumexp − z₂ = {:.4} (−ln p₂ with p₂ rounded to 0 is inf)",
        cross_entropy(&big, 2)
    ));
    let grad = cross_entropy_gradient(&big, 2);
    line(format!(
        "  its gradient p − onehot(2) = {}, which sums to {:.4}",
        list(&grad, 4),
        grad.iter().sum::<f64>().abs()
    ));
    line(String::new());

    let (train_digits, test_digits) = lesson_digits();
    line(format!(
        "Part 2: {} handwritten digits of 8×8 pixels: {} to learn from, {} to test on",
        train_digits.len() + test_digits.len(),
        train_digits.len(),
        test_digits.len()
    ));
    let count = |set: &[Digit], y: usize| set.iter().filter(|d| d.label == y).count();
    let mut counts = String::from("  digit          ");
    for y in 0..10 {
        counts.push_str(&format!("{y:>4}"));
    }
    line(counts);
    for (name, set) in [("training set", &train_digits), ("test set", &test_digits)] {
        let mut row = format!("  {name:<15}");
        for y in 0..10 {
            row.push_str(&format!("{:>4}", count(set, y)));
        }
        line(row);
    }
    line("  The first training digit of each kind, as its 64 pixels (0 blank, 1 all ink):".into());
    let firsts: Vec<(&[f64; 64], String)> = (0..10)
        .filter_map(|y| train_digits.iter().find(|d| d.label == y))
        .map(|d| (&d.pixels, format!("a {}", d.label)))
        .collect();
    out.push_str(&digits(&firsts[..5]));
    out.push_str(&digits(&firsts[5..]));
    let mut line = |text: String| writeln!(out, "{text}").unwrap();
    line(
        "  Data: \"Optical Recognition of Handwritten Digits\", E. Alpaydin and C. Kaynak,".into(),
    );
    line("  UCI Machine Learning Repository, CC BY 4.0 (see data/README.md).".into());
    line(String::new());

    let epoch_batches = batches(
        train_digits.len(),
        LESSON.batch_size,
        &mut ChaCha8Rng::seed_from_u64(LESSON.seed),
    );
    let last = epoch_batches.last().map_or(0, Vec::len);
    line(format!(
        "Part 3: an epoch in batches of {}: {} batches of {} and a last one of {}",
        LESSON.batch_size,
        epoch_batches.len() - 1,
        LESSON.batch_size,
        last
    ));
    let mut rng = ChaCha8Rng::seed_from_u64(LESSON.seed);
    for epoch in 1..=2 {
        let first = &batches(train_digits.len(), LESSON.batch_size, &mut rng)[0];
        line(format!(
            "  epoch {epoch}'s first batch begins with the rows {:?}",
            &first[..8]
        ));
    }
    line(String::new());

    line("Part 4: one parameter p = 1, its gradient 2, then −1, then 0.5; η = 0.1".into());
    let optimizers: [(&str, Box<dyn Optimizer>); 3] = [
        ("SGD", Box::new(Sgd { lr: 0.1 })),
        ("momentum μ = 0.9", Box::new(Momentum::new(1, 0.1, 0.9))),
        ("Adam", Box::new(Adam::new(1, 0.1))),
    ];
    for (name, mut optimizer) in optimizers {
        let mut p = [1.0];
        let mut path = Vec::new();
        for g in [2.0, -1.0, 0.5] {
            optimizer.step(&mut p, &[g]);
            path.push(p[0]);
        }
        line(format!("  {name:<17} p = {}", list(&path, 6)));
    }
    line(String::new());

    let runs = lesson_runs();
    line(format!(
        "Parts 5 and 6: the network 64 → {HIDDEN} → 10 ({} parameters, He's first weights),",
        Net::parameter_count(HIDDEN)
    ));
    line(format!(
        "{} epochs in batches of {}; the mean training loss and the test accuracy after each epoch",
        LESSON.epochs, LESSON.batch_size
    ));
    let mut header = String::from("epoch");
    for run in runs {
        header.push_str(&format!("  {:>9} loss  accuracy", run.name));
    }
    line(header);
    for e in 0..LESSON.epochs {
        let mut row = format!("{:>5}", e + 1);
        for run in runs {
            let epoch = run.epochs[e];
            row.push_str(&format!(
                "  {:>14.4}  {:>7.1} %",
                epoch.loss,
                100.0 * epoch.test_accuracy
            ));
        }
        line(row);
    }
    line(String::new());
    let marks = ['s', 'm', 'a'];
    let mut legend = String::from("  ");
    for (mark, run) in marks.iter().zip(runs) {
        legend.push_str(&format!("{mark} {}   ", run.name));
    }
    line(legend.trim_end().to_string());
    let losses: Vec<Vec<f64>> = runs
        .iter()
        .map(|run| run.epochs.iter().map(|e| e.loss).collect())
        .collect();
    let accuracies: Vec<Vec<f64>> = runs
        .iter()
        .map(|run| run.epochs.iter().map(|e| e.test_accuracy).collect())
        .collect();
    let loss_refs: Vec<(char, &[f64])> = marks
        .iter()
        .copied()
        .zip(losses.iter().map(Vec::as_slice))
        .collect();
    let accuracy_refs: Vec<(char, &[f64])> = marks
        .iter()
        .copied()
        .zip(accuracies.iter().map(Vec::as_slice))
        .collect();
    out.push_str(&curves(
        "the mean training loss per epoch (each row from its label up to the next: a log scale)",
        &loss_refs,
        &[0.5, 0.2, 0.1, 0.05, 0.02, 0.01],
        2,
    ));
    out.push('\n');
    out.push_str(&curves(
        "the test accuracy per epoch (each row from its label up to the next)",
        &accuracy_refs,
        &[0.98, 0.97, 0.96, 0.95, 0.94, 0.92, 0.90, 0.85],
        2,
    ));
    let mut line = |text: String| writeln!(out, "{text}").unwrap();
    line(String::new());
    let finals: Vec<String> = runs
        .iter()
        .map(|run| {
            format!(
                "{} {:.1} %",
                run.name,
                100.0 * run.epochs[LESSON.epochs - 1].test_accuracy
            )
        })
        .collect();
    line(format!(
        "After {} epochs, the test digits read right: {}.",
        LESSON.epochs,
        finals.join(", ")
    ));
    line(
        "At the same η, momentum's velocity (about 10 recent gradients) goes further per step \
         than SGD;"
            .into(),
    );
    line("Adam gives every parameter a step of about η whatever its gradient's size.".into());
    line(String::new());

    let adam = runs[runs.len() - 1];
    let mut counts = [[0usize; 10]; 10];
    let mut misread = Vec::new();
    for digit in &test_digits {
        let said = predict(&adam.net, digit);
        counts[digit.label][said] += 1;
        if said != digit.label {
            misread.push((&digit.pixels, format!("said {said}, was {}", digit.label)));
        }
    }
    line(format!(
        "The confusion matrix of {}'s network on the {} test digits:",
        adam.name,
        test_digits.len()
    ));
    out.push_str(&confusion(&counts));
    let mut line = |text: String| writeln!(out, "{text}").unwrap();
    line(String::new());
    line(format!(
        "The {} test digits it misreads, each with what it said and what it was:",
        misread.len()
    ));
    for row in misread.chunks(5) {
        out.push_str(&digits(row));
    }
    out
}
