//! Part 2's provided code: the shape of the data and of a digit. `src/digits.rs`
//! declares this module.

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
