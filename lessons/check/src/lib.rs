//! How every lesson's checks say what went wrong.
//!
//! A failed check prints the quantity, what was got, what was expected, the
//! tolerance, and the rule to think about, so that a learner who reads only the
//! message knows where to look. The runner (`cargo xtask next`) shows this
//! message as it is.

use std::fmt::Display;

/// How close a float must be to count as right.
///
/// Both parts apply at once: `got` passes when it is within `abs` of the
/// expected value *or* within `rel` of it relatively. The absolute part is the
/// floor that matters near zero, where a relative tolerance means nothing.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tol {
    pub abs: f64,
    pub rel: f64,
}

impl Tol {
    /// For results of a few `+ − × ÷` on exact inputs: a few units in the last
    /// place, so that only the order of operations can make a difference.
    pub const EXACT: Tol = Tol {
        abs: 1e-12,
        rel: 4.0 * f64::EPSILON,
    };

    /// Within `abs` of the expected value.
    pub const fn abs(abs: f64) -> Tol {
        Tol { abs, rel: 0.0 }
    }

    /// Within `rel` of the expected value, relatively.
    pub const fn rel(rel: f64) -> Tol {
        Tol { abs: 0.0, rel }
    }

    /// Whether `got` is within this tolerance of `expected`.
    pub fn accepts(self, got: f64, expected: f64) -> bool {
        approx::relative_eq!(got, expected, epsilon = self.abs, max_relative = self.rel)
    }
}

impl Display for Tol {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (abs, rel) = (compact(self.abs), compact(self.rel));
        match (self.abs > 0.0, self.rel > 0.0) {
            (true, true) => write!(f, "± {abs}, or {rel} relative"),
            (true, false) => write!(f, "± {abs}"),
            (false, true) => write!(f, "{rel} relative"),
            (false, false) => write!(f, "exactly"),
        }
    }
}

/// A tolerance as a reader wants it: `1e-9` as it is, `4·ε` as `8.9e-16`.
fn compact(x: f64) -> String {
    let exact = format!("{x:e}");
    if exact.len() <= 6 {
        exact
    } else {
        format!("{x:.1e}")
    }
}

/// Checks that `got` is within `tol` of `expected`; fails with a teaching message.
///
/// `quantity` names what was computed (`"∂(a·b)/∂a at a=4, b=3"`) and `rule` is
/// the idea to think about when it is wrong.
#[track_caller]
pub fn assert_close(quantity: &str, got: f64, expected: f64, tol: Tol, rule: &str) {
    if !tol.accepts(got, expected) {
        fail(quantity, got, format!("{expected} ({tol})"), rule);
    }
}

/// Checks a claim that is not a float comparison; fails with a teaching message.
///
/// `got` and `expected` are shown as they are, so describe them in words
/// where a number alone would not say enough.
#[track_caller]
pub fn assert_claim(
    holds: bool,
    quantity: &str,
    got: impl Display,
    expected: impl Display,
    rule: &str,
) {
    if !holds {
        fail(quantity, got, expected, rule);
    }
}

/// Fails the check with the course's message layout.
#[track_caller]
pub fn fail(quantity: &str, got: impl Display, expected: impl Display, rule: &str) -> ! {
    panic!("{}", message(quantity, got, expected, rule));
}

/// The message layout shared by every check: four labelled lines.
pub fn message(quantity: &str, got: impl Display, expected: impl Display, rule: &str) -> String {
    format!("{quantity}\n     got: {got}\nexpected: {expected}\n   think: {rule}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_tolerance_accepts_rounding_but_not_a_wrong_digit() {
        assert!(Tol::EXACT.accepts(0.1 + 0.2, 0.3));
        assert!(!Tol::EXACT.accepts(12.2512 + 1e-9, 12.2512));
    }

    #[test]
    fn absolute_floor_accepts_values_near_zero() {
        assert!(Tol::abs(1e-9).accepts(1e-12, 0.0));
        assert!(!Tol::rel(1e-9).accepts(1e-12, 0.0));
    }

    #[test]
    fn tolerances_print_short() {
        assert_eq!(Tol::EXACT.to_string(), "± 1e-12, or 8.9e-16 relative");
        assert_eq!(Tol::rel(2.5e-3).to_string(), "2.5e-3 relative");
    }

    #[test]
    fn nan_is_never_close() {
        assert!(!Tol::abs(1.0).accepts(f64::NAN, 0.0));
    }

    #[test]
    fn failure_message_names_quantity_got_expected_tolerance_and_rule() {
        let panic = std::panic::catch_unwind(|| {
            assert_close("f(4, 3)", 7.0, 12.0, Tol::abs(1e-9), "a·b multiplies")
        })
        .unwrap_err();
        let text = panic.downcast_ref::<String>().unwrap();
        assert_eq!(
            text,
            "f(4, 3)\n     got: 7\nexpected: 12 (± 1e-9)\n   think: a·b multiplies"
        );
    }
}
