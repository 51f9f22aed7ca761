//! Part 4: two peaks. A hill where the climb stops at the peak nearest to its
//! start, which is not the highest.

/// A hill with two peaks: g(x) = −3x⁴ + 4x³ + 12x².
///
/// Its peaks are at x = −1 (g = 5) and x = 2 (g = 32), with a valley at x = 0 (g = 0).
///
/// `two_peaks(-1.0) -> 5.0`, `two_peaks(0.0) -> 0.0`, `two_peaks(2.0) -> 32.0`
pub fn two_peaks(x: f64) -> f64 {
    // STUB: // TODO: return g(x).
    // STUB: todo!("g at x={x}")
    // BEGIN SOLUTION
    x * x * (12.0 + x * (4.0 - 3.0 * x))
    // END SOLUTION
}

/// The slope of [`two_peaks`]: g′(x), zero at both peaks and at the valley.
///
/// `two_peaks_prime(1.0) -> 24.0`, `two_peaks_prime(-1.0) -> 0.0`
pub fn two_peaks_prime(x: f64) -> f64 {
    // STUB: // TODO: differentiate g term by term and return g′(x).
    // STUB: todo!("g′ at x={x}")
    // BEGIN SOLUTION
    -12.0 * x * (x + 1.0) * (x - 2.0)
    // END SOLUTION
}
