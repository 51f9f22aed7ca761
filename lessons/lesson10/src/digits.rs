//! Part 2: the digits, read from bytes and split.
//!
//! The data ships with the lesson as bytes (`crate::data::DIGITS`), 65 a row:
//! the label, then 64 pixels of 0..16. Reading them means checking them: a
//! label that is not a digit or a row cut short is an error in the data, and
//! the reader says which row, so nobody trains on it without knowing.
//!
//! The data's sizes and the `Digit` type are provided in
//! `src/digits/provided.rs`.

mod provided;
pub use provided::{Digit, MAX_PIXEL, PIXELS, ROW_BYTES};

/// The digits in `bytes`, 65 a row: the label 0..9, then 64 pixels 0..16, each
/// divided by 16. Rows are numbered from 0.
///
/// `[3, 16, 8, 0, …(61 zeros)] -> [Digit { label: 3, pixels: [1, 0.5, 0, …] }]`
///
/// # Panics
///
/// Naming the row, counted from 0: if a label is above 9, if a pixel is above
/// 16, or if the last row is shorter than 65 bytes (64 bytes alone: "row 0";
/// two rows and 30 bytes more: "row 2").
pub fn read_digits(bytes: &[u8]) -> Vec<Digit> {
    // TODO: 65 bytes a row: check the row, its label and its pixels (naming the row), scale the pixels by 16.
    todo!("read the digits of {} bytes", bytes.len())
}

/// The training set and the test set: the rows of `digits` listed in
/// `test_rows` go to the test set, in the order listed; every other row goes
/// to the training set, in its own order.
///
/// 5 digits, `test_rows [1, 3] -> (rows [0, 2, 4], rows [1, 3])`
///
/// # Panics
///
/// If a test row is not a row of `digits`, naming it (test rows [1, 5] of five
/// digits: "test row 5").
pub fn split(digits: &[Digit], test_rows: &[usize]) -> (Vec<Digit>, Vec<Digit>) {
    // TODO: refuse a row that is not there; the listed rows to the test set, the rest to training.
    todo!(
        "split {} digits by the test rows {test_rows:?}",
        digits.len()
    )
}
