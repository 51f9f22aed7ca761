//! Part 2: the digits, read from bytes and split — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson10 --test digits`. The course's own test suite runs
//! this very file against the reference solution, so do not edit it: the runner
//! notices.

use check::{Tol, assert_all_close, assert_claim, assert_equal, assert_panics};
use lesson10::data::{DIGITS, TEST_ROWS};
use lesson10::digits::{Digit, read_digits, split};

/// A row of the data: the label, then 64 pixels, pixel k being `pixel(k)`.
fn row(label: u8, pixel: impl Fn(usize) -> u8) -> Vec<u8> {
    let mut bytes = vec![label];
    bytes.extend((0..64).map(pixel));
    bytes
}

/// Two rows: a 3 whose pixel k is k mod 17, and a 9 whose pixel k is 16 − k mod 17.
fn two_rows() -> Vec<u8> {
    let mut bytes = row(3, |k| (k % 17) as u8);
    bytes.extend(row(9, |k| 16 - (k % 17) as u8));
    bytes
}

#[test]
fn read_digits_reads_a_label_then_64_pixels_divided_by_16() {
    let bytes = two_rows();
    let got = read_digits(&bytes);
    assert_equal(
        "read_digits(2 rows of 65 bytes): how many digits",
        got.len(),
        2,
        "each row is 65 bytes: one label, then 64 pixels",
    );
    let labels: Vec<usize> = got.iter().map(|d| d.label).collect();
    assert_equal(
        "read_digits(2 rows of 65 bytes): the labels",
        format!("{labels:?}"),
        "[3, 9]",
        "the label is the first byte of each row of 65",
    );
    for (r, digit) in got.iter().enumerate() {
        let expected: Vec<f64> = bytes[65 * r + 1..65 * r + 65]
            .iter()
            .map(|&b| f64::from(b) / 16.0)
            .collect();
        let raw: Vec<f64> = bytes[65 * r + 1..65 * r + 65]
            .iter()
            .map(|&b| f64::from(b))
            .collect();
        let by_255: Vec<f64> = raw.iter().map(|b| b / 255.0).collect();
        let with_label: Vec<f64> = bytes[65 * r..65 * r + 64]
            .iter()
            .map(|&b| f64::from(b) / 16.0)
            .collect();
        let same = |wrong: &[f64]| {
            wrong
                .iter()
                .zip(&digit.pixels)
                .all(|(&w, &g)| Tol::EXACT.accepts(g, w))
        };
        let rule = check::think(
            "the 64 bytes after the label, each divided by 16, the largest pixel value, so a \
             pixel is 0 (blank) to 1 (all ink)",
            &[
                (same(&raw), "the bytes themselves: divide each by 16"),
                (
                    same(&by_255),
                    "a division by 255: these pixels go up to 16, not 255",
                ),
                (
                    same(&with_label),
                    "the pixels read from the row's first byte on: the first byte is the label",
                ),
            ],
        );
        assert_all_close(
            &format!("the pixels of digit {r} read from 2 rows of 65 bytes"),
            &digit.pixels,
            &expected,
            Tol::EXACT,
            &rule,
        );
    }
    let none = read_digits(&[]);
    assert_claim(
        none.is_empty(),
        "read_digits(no bytes): how many digits",
        none.len(),
        0,
        "no bytes are no rows, and no rows are no digits: nothing to refuse",
    );
}

#[test]
fn read_digits_reads_all_1797_shipped_digits() {
    let got = read_digits(DIGITS);
    assert_equal(
        "read_digits(the shipped bytes): how many digits",
        got.len(),
        1797,
        "116,805 bytes are 1,797 rows of 65",
    );
    for r in [0, 1, 1000, 1796] {
        let expected: Vec<f64> = DIGITS[65 * r + 1..65 * r + 65]
            .iter()
            .map(|&b| f64::from(b) / 16.0)
            .collect();
        assert_equal(
            &format!("the label of shipped digit {r}"),
            got[r].label,
            usize::from(DIGITS[65 * r]),
            "row r starts at byte 65·r, with its label",
        );
        assert_all_close(
            &format!("the pixels of shipped digit {r}"),
            &got[r].pixels,
            &expected,
            Tol::EXACT,
            "row r's pixels are its 64 bytes after the label, each divided by 16",
        );
    }
}

#[test]
fn read_digits_refuses_a_label_that_is_not_a_digit_naming_its_row() {
    for (bad_row, label) in [(1, 10), (2, 255)] {
        let mut bytes = two_rows();
        bytes.extend(row(5, |_| 0));
        bytes[65 * bad_row] = label;
        assert_panics(
            &format!("read_digits(3 rows, row {bad_row} labelled {label})"),
            || read_digits(&bytes),
            &format!("row {bad_row}"),
            "a label is a digit 0..9: anything else is an error in the data, and the message \
             names the row (counted from 0) so it can be found and mended",
        );
    }
}

#[test]
fn read_digits_refuses_a_pixel_above_16_naming_its_row() {
    let mut bytes = two_rows();
    bytes.extend(row(5, |k| if k == 40 { 17 } else { 0 }));
    assert_panics(
        "read_digits(3 rows, row 2 with a pixel of 17)",
        || read_digits(&bytes),
        "row 2",
        "a pixel counts the inked cells of a 4×4 block, 0..16: a 17 is an error in the data, \
         and the message names the row (counted from 0)",
    );
}

#[test]
fn read_digits_refuses_a_row_cut_short_naming_it() {
    let mut bytes = two_rows();
    bytes.extend(&row(5, |_| 0)[..30]);
    assert_panics(
        "read_digits(2 rows of 65 bytes, then 30 bytes)",
        || read_digits(&bytes),
        "row 2",
        "every row is 65 bytes; 30 left over are a row cut short, which must be refused, naming \
         the row: not dropped without a word (as chunks_exact does), nor read past the end",
    );
    assert_panics(
        "read_digits(64 bytes)",
        || read_digits(&[0; 64]),
        "row 0",
        "64 bytes are one byte short of a row: refuse them, naming row 0",
    );
}

/// Five digits labelled 0..4, digit r's pixels all r / 16.
fn five() -> Vec<Digit> {
    (0..5)
        .map(|r| Digit {
            pixels: [r as f64 / 16.0; 64],
            label: r,
        })
        .collect()
}

/// The labels of some digits, to show which rows they are.
fn labels(digits: &[Digit]) -> Vec<usize> {
    digits.iter().map(|d| d.label).collect()
}

#[test]
fn split_puts_the_listed_rows_in_the_test_set_and_the_rest_in_training() {
    for (test_rows, train, test) in [
        (vec![1, 3], vec![0, 2, 4], vec![1, 3]),
        (vec![4, 0], vec![1, 2, 3], vec![4, 0]),
        (vec![], vec![0, 1, 2, 3, 4], vec![]),
    ] {
        let (got_train, got_test) = split(&five(), &test_rows);
        let (got_train, got_test) = (labels(&got_train), labels(&got_test));
        let rule = check::think(
            "the rows listed go to the test set, in the order listed; all the others go to the \
             training set, in their own order; no row is in both, none is lost",
            &[(
                got_train == test && got_test == train,
                "the training and test sets swapped: the list names the test rows",
            )],
        );
        assert_equal(
            &format!("split(the digits 0..4, test rows {test_rows:?}): (training, test)"),
            format!("({got_train:?}, {got_test:?})"),
            format!("({train:?}, {test:?})"),
            &rule,
        );
    }
}

#[test]
fn the_shipped_split_is_1437_digits_to_learn_from_and_360_to_test_on() {
    let (train, test) = split(&read_digits(DIGITS), &TEST_ROWS);
    assert_equal(
        "split(the shipped digits, TEST_ROWS): how many to train on and to test on",
        format!("{} and {}", train.len(), test.len()),
        "1437 and 360",
        "the 360 rows of TEST_ROWS are the test set; the other 1,437 are for training",
    );
    for (k, &r) in TEST_ROWS.iter().enumerate().step_by(37) {
        assert_equal(
            &format!("test digit {k}, which is shipped row {r}: its label"),
            test[k].label,
            usize::from(DIGITS[65 * r]),
            "test digit k is the row TEST_ROWS[k]",
        );
    }
}

#[test]
fn split_refuses_a_test_row_that_is_not_a_digit() {
    assert_panics(
        "split(5 digits, test rows [1, 5])",
        || split(&five(), &[1, 5]),
        "test row 5",
        "5 digits are the rows 0..4: a test row 5 is a mistake in the list; refuse it with a \
         message that names it, \"test row 5\", before any indexing",
    );
}
