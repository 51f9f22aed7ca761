//! The story's pictures as SVG files, to open in a browser: digits as 8×8
//! shades, the three trainings' loss and test accuracy per epoch, Adam's
//! confusion matrix as a heat map with its counts, and the test digits it
//! misreads.
//!
//! You do not need to edit this file. It draws what the story draws, computed
//! by your functions, with the course's small SVG writer (`lessons/svg`), which
//! only the program builds. The trainings are the story's own
//! ([`lesson_runs`] trains each once per program), so drawing them trains
//! nothing again.

use lesson10::digits::{Digit, PIXELS};
use lesson10::loss::predict;
use lesson10::net::CLASSES;
use lesson10::train::{HIDDEN, LESSON, Run, SEED, lesson_digits, lesson_runs};
use svg::{Anchor, Axis, Chart, Mark, Svg, log_range};

/// How many training digits of each class the first picture shows.
const PER_CLASS: usize = 4;

/// The side of a pixel of a digit, and the room a digit takes with its
/// caption, in pixels.
const PIXEL: f64 = 7.0;
const DIGIT: f64 = 8.0 * PIXEL;
const SLOT: (f64, f64) = (DIGIT + 28.0, DIGIT + 30.0);

/// The side of a cell of the confusion matrix, in pixels.
const CELL: f64 = 40.0;

/// Every picture of the lesson: (file name without `.svg`, the SVG text).
pub fn all() -> Vec<(&'static str, String)> {
    let (train_digits, test_digits) = lesson_digits();
    let runs = lesson_runs();
    let adam = runs[runs.len() - 1];
    vec![
        ("digits", digits(&train_digits)),
        ("loss", loss(&runs)),
        ("accuracy", accuracy(&runs)),
        ("confusion", confusion(adam, &test_digits)),
        ("misread", misread(adam, &test_digits)),
    ]
}

/// Digits in rows of `per_row`, each its 64 shaded pixels in a frame, in a
/// group `digit-K` (K from 0), with its caption underneath.
fn digit_grid(title: &str, note: &str, drawings: &[(&Digit, String)], per_row: usize) -> String {
    let rows = drawings.len().div_ceil(per_row).max(1);
    let (left, top) = (20.0, 70.0);
    let width = 2.0 * left + per_row as f64 * SLOT.0;
    let height = top + rows as f64 * SLOT.1 + 10.0;
    let mut svg = Svg::new(width, height);
    svg.text((width / 2.0, 24.0), Anchor::Middle, 16.0, "title", title);
    svg.text((width / 2.0, 44.0), Anchor::Middle, 12.0, "note", note);
    for (k, (digit, caption)) in drawings.iter().enumerate() {
        let x = left + (k % per_row) as f64 * SLOT.0 + (SLOT.0 - DIGIT) / 2.0;
        let y = top + (k / per_row) as f64 * SLOT.1;
        svg.open(&format!("digit-{k}"));
        svg.rect(
            x - 1.0,
            y - 1.0,
            DIGIT + 2.0,
            DIGIT + 2.0,
            "fill=\"none\" stroke=\"#999999\" stroke-width=\"1\"",
        );
        svg.shades((x, y), PIXEL, 8, &digit.pixels);
        svg.close();
        svg.text(
            (x + DIGIT / 2.0, y + DIGIT + 16.0),
            Anchor::Middle,
            11.0,
            "caption",
            caption,
        );
    }
    svg.finish(title)
}

/// The first few training digits of each class, a column per class.
fn digits(train_digits: &[Digit]) -> String {
    let mut drawings = Vec::new();
    for k in 0..PER_CLASS {
        for label in 0..CLASSES {
            if let Some(digit) = train_digits.iter().filter(|d| d.label == label).nth(k) {
                drawings.push((digit, format!("a {label}")));
            }
        }
    }
    digit_grid(
        &format!("Lesson 10: the first {PER_CLASS} training digits of each kind"),
        &format!(
            "{PIXELS} pixels each, from blank (0) to full ink (1, 16 in the data) in 17 greys; \
             UCI \"Optical Recognition of Handwritten Digits\", CC BY 4.0"
        ),
        &drawings,
        CLASSES,
    )
}

/// The epochs 1, 2, … as the x axis of a learning curve.
fn epoch_axis() -> Axis {
    Axis::linear("epoch", (0.0, LESSON.epochs as f64), 2.0, 0)
}

/// What the curves are of: the network and the schedule.
fn schedule_note() -> String {
    format!(
        "64 → {HIDDEN} → 10 from He's first weights (seed {SEED}), {} epochs in batches of {}",
        LESSON.epochs, LESSON.batch_size
    )
}

/// (epoch, value) for each epoch of `run`, epochs counted from 1.
fn per_epoch(run: &Run, value: impl Fn(&lesson10::train::Epoch) -> f64) -> Vec<(f64, f64)> {
    run.epochs
        .iter()
        .enumerate()
        .map(|(e, epoch)| ((e + 1) as f64, value(epoch)))
        .collect()
}

/// The mean training loss of each epoch, one line per optimizer, log scale.
fn loss(runs: &[&Run]) -> String {
    let all: Vec<f64> = runs
        .iter()
        .flat_map(|run| run.epochs.iter().map(|e| e.loss))
        .collect();
    let mut chart = Chart::new(
        "Lesson 10: the mean training loss per epoch, SGD, momentum and Adam",
        &schedule_note(),
        epoch_axis(),
        Axis::log("mean cross-entropy (log scale)", log_range(&all), 1),
    );
    for run in runs {
        chart.series(run.name, &per_epoch(run, |e| e.loss), Mark::LineAndDots);
    }
    chart.finish()
}

/// The test accuracy after each epoch, one line per optimizer, in per cent.
fn accuracy(runs: &[&Run]) -> String {
    let lowest = runs
        .iter()
        .flat_map(|run| run.epochs.iter().map(|e| 100.0 * e.test_accuracy))
        .fold(100.0, f64::min);
    // From the multiple of 5 % below the lowest accuracy, so every point shows.
    let floor = (lowest / 5.0).floor() * 5.0;
    let mut chart = Chart::new(
        "Lesson 10: the test digits read right after each epoch",
        &schedule_note(),
        epoch_axis(),
        Axis::linear("test accuracy (%)", (floor, 100.0), 5.0, 0),
    );
    for run in runs {
        chart.series(
            run.name,
            &per_epoch(run, |e| 100.0 * e.test_accuracy),
            Mark::LineAndDots,
        );
    }
    chart.finish()
}

/// How many test digits of each class (row: what it was) the network read as
/// each class (column: what it said).
fn counts(run: &Run, test_digits: &[Digit]) -> [[usize; CLASSES]; CLASSES] {
    let mut counts = [[0; CLASSES]; CLASSES];
    for digit in test_digits {
        counts[digit.label][predict(&run.net, digit)] += 1;
    }
    counts
}

/// The confusion matrix as a heat map: a cell per (was, said) with its count,
/// blue on the diagonal (read right) and orange off it (misread), darker the
/// larger its share of the row.
fn confusion(run: &Run, test_digits: &[Digit]) -> String {
    let counts = counts(run, test_digits);
    let (left, top) = (110.0, 130.0);
    let side = CLASSES as f64 * CELL;
    let (width, height) = (left + side + 110.0, top + side + 30.0);
    let mut svg = Svg::new(width, height);
    let title = format!(
        "Lesson 10: what {}'s network read, digit by digit",
        run.name
    );
    svg.text((width / 2.0, 24.0), Anchor::Middle, 16.0, "title", &title);
    svg.text(
        (width / 2.0, 44.0),
        Anchor::Middle,
        12.0,
        "note",
        &format!(
            "the {} test digits after {} epochs: how many of each were read as each",
            test_digits.len(),
            LESSON.epochs
        ),
    );
    svg.text(
        (width / 2.0, 62.0),
        Anchor::Middle,
        12.0,
        "key",
        "blue: read right, orange: misread; the darker, the more of its row",
    );
    svg.text(
        (left + side / 2.0, 96.0),
        Anchor::Middle,
        13.0,
        "x-label",
        "the network said",
    );
    svg.text_upright((30.0, top + side / 2.0), 13.0, "y-label", "the digit was");
    for k in 0..CLASSES {
        let middle = k as f64 * CELL + CELL / 2.0;
        let label = k.to_string();
        svg.text(
            (left + middle, top - 10.0),
            Anchor::Middle,
            12.0,
            "tick",
            &label,
        );
        svg.text(
            (left - 12.0, top + middle + 4.0),
            Anchor::End,
            12.0,
            "tick",
            &label,
        );
    }
    svg.open("cells");
    for (was, row) in counts.iter().enumerate() {
        let total: usize = row.iter().sum();
        for (said, &count) in row.iter().enumerate() {
            // The palette's sky blue (86, 180, 233) or orange (230, 159, 0),
            // mixed with white: a third of it for any count, so that a single
            // misread digit shows, and the rest by the cell's share of its row.
            let full = if said == was {
                [86.0, 180.0, 233.0]
            } else {
                [230.0, 159.0, 0.0]
            };
            let share = count as f64 / total.max(1) as f64;
            let strength = if count == 0 {
                0.0
            } else {
                1.0 / 3.0 + 2.0 / 3.0 * share
            };
            let [r, g, b] = full.map(|c: f64| (255.0 - strength * (255.0 - c)).round() as u8);
            svg.rect(
                left + said as f64 * CELL,
                top + was as f64 * CELL,
                CELL,
                CELL,
                &format!("fill=\"#{r:02x}{g:02x}{b:02x}\" stroke=\"#dddddd\" stroke-width=\"1\""),
            );
        }
    }
    svg.close();
    for (was, row) in counts.iter().enumerate() {
        for (said, &count) in row.iter().enumerate() {
            let centre = (
                left + said as f64 * CELL + CELL / 2.0,
                top + was as f64 * CELL + CELL / 2.0 + 4.0,
            );
            // A dot for none, as in the terminal, so the mistakes stand out.
            let shown = if count == 0 {
                "·".to_string()
            } else {
                count.to_string()
            };
            svg.text(centre, Anchor::Middle, 12.0, "count", &shown);
        }
    }
    svg.finish(&title)
}

/// The test digits the network misreads, each with what it said and what it was.
fn misread(run: &Run, test_digits: &[Digit]) -> String {
    let drawings: Vec<(&Digit, String)> = test_digits
        .iter()
        .filter_map(|digit| {
            let said = predict(&run.net, digit);
            (said != digit.label).then(|| (digit, format!("said {said}, was {}", digit.label)))
        })
        .collect();
    digit_grid(
        &format!(
            "Lesson 10: the {} test digits {}'s network misreads",
            drawings.len(),
            run.name
        ),
        &format!(
            "after {} epochs; under each, what the network said and what the digit was",
            LESSON.epochs
        ),
        &drawings,
        CLASSES,
    )
}
