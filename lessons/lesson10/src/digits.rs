//! Part 2: the digits, read from bytes and split.
//!
//! The data ships with the lesson as bytes (`crate::data::DIGITS`), 65 a row:
//! the label, then 64 pixels of 0..16. Reading them means checking them: a
//! label that is not a digit or a row cut short is an error in the data, and
//! the reader says which row, so nobody trains on it without knowing.

/// Pixels per image: 8 rows of 8, the top row first.
pub const PIXELS: usize = 64;

/// Bytes per row of the data: the label, then the pixels.
pub const ROW_BYTES: usize = 1 + PIXELS;

/// The largest pixel value in the data: the number of inked cells in a 4×4
/// block of the original 32×32 scan.
pub const MAX_PIXEL: u8 = 16;

/// One handwritten digit: its pixels scaled to 0..1 and what it is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Digit {
    /// The 64 pixels row by row, each the byte divided by 16, so 0 (blank) to 1 (all ink).
    pub pixels: [f64; PIXELS],
    /// The digit it shows, 0..9.
    pub label: usize,
}

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
