//! How every lesson's checks say what went wrong: the one place for check machinery.
//!
//! A failed check prints the quantity, what was got, what was expected, the
//! tolerance, and the rule to think about, so that a learner who reads only the
//! message knows where to look. The runner (`cargo xtask next`) shows this
//! message as it is.
//!
//! Every helper takes its arguments in one order: the quantity, what was got,
//! what was expected (with its tolerance), then the rule.
//!
//! - [`assert_close`], [`assert_all_close`] and [`assert_close_naming`] compare floats;
//! - [`assert_equal`] checks that two things are equal, comparing what it shows;
//!   [`assert_claim`] checks anything else, [`fail`] fails outright;
//! - [`think`] names a known mistake only when what was got matches it;
//! - [`assert_panics`] checks a refusal, with the expected panic kept off the screen;
//! - [`Calls`] records (and bounds) the calls a learner's function makes;
//! - [`story_snapshot!`] compares a lesson's printed story with its committed snapshot;
//! - [`show`] prints a number readably, huge and non-finite ones included;
//!   [`show_point`] and [`same_point`] do it for a point (x, y);
//! - [`slips_giving_every`] names a known slip only if it gives every answer got;
//! - [`norm`] and [`distance`] measure lengths; [`sigmoid`] and [`sigmoid_slope`]
//!   are the checks' own σ; [`on_thread`] runs a check on a stack of a known size;
//! - [`assert_gradient_agrees`] checks partials against the checks' own central
//!   differences ([`central_difference`], [`relative_error`]).

use std::fmt::Display;

mod calls;
pub mod gradient;
mod panics;

pub use calls::Calls;
pub use gradient::{
    assert_gradient_agrees, assert_gradient_agrees_above, central_difference, central_gradient,
    relative_error, sigmoid, sigmoid_slope,
};
pub use panics::{assert_panics, catch_known, on_thread, panic_message};

/// Compares a lesson's story with `tests/snapshots/NAME.snap`.
///
/// The snapshot name is given, and insta's module prefix is off, so that the
/// learner's `cargo test -p lessonN` and the course's harness (which compiles the
/// same checks file against the solution, in another module) read the same file.
///
/// The checks file that calls it needs insta as a dev-dependency: only the story's
/// own test binary loads insta, so the other parts' checks build without it.
#[macro_export]
macro_rules! story_snapshot {
    ($name:expr, $rendered:expr) => {
        ::insta::with_settings!({ prepend_module_to_snapshot => false }, {
            ::insta::assert_snapshot!($name, $rendered);
        })
    };
}

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
    /// For results of a few `+ − × ÷` on exact inputs, equal but for their
    /// roundings: within 1e-12, or four units in the last place relatively,
    /// whichever is looser. Below about 1e3 the absolute 1e-12 is the looser one;
    /// it still tells apart any two answers that differ in a digit a person would
    /// write. It is not exact equality: `0.1 + 0.2` passes for `0.3`. A check that
    /// needs the very bits compares them with [`assert_equal`].
    pub const ROUNDING: Tol = Tol {
        abs: 1e-12,
        rel: 4.0 * f64::EPSILON,
    };

    /// The earlier name of [`Tol::ROUNDING`], which allows 1e-12 and so was never
    /// exact; lessons 9 and 10 still use it. New checks write `Tol::ROUNDING`.
    pub const EXACT: Tol = Tol::ROUNDING;

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
        fail(
            quantity,
            show(got),
            format!("{} ({tol})", show(expected)),
            rule,
        );
    }
}

/// Like [`assert_close`], and when `got` matches one of the known wrong answers
/// (within `tol`), the `think:` line names that mistake first.
///
/// `mistakes` pairs a wrong value with what produces it: `(-6.0, "the sign of
/// the step flipped")`.
#[track_caller]
pub fn assert_close_naming(
    quantity: &str,
    got: f64,
    expected: f64,
    tol: Tol,
    rule: &str,
    mistakes: &[(f64, &str)],
) {
    if !tol.accepts(got, expected) {
        let known: Vec<(bool, &str)> = mistakes
            .iter()
            .map(|&(wrong, mistake)| (tol.accepts(got, wrong), mistake))
            .collect();
        fail(
            quantity,
            show(got),
            format!("{} ({tol})", show(expected)),
            &think(rule, &known),
        );
    }
}

/// Checks several numbers at once: the same count, and each within `tol`.
/// The message names the first that differs, by its index.
#[track_caller]
pub fn assert_all_close(quantity: &str, got: &[f64], expected: &[f64], tol: Tol, rule: &str) {
    if got.len() != expected.len() {
        fail(
            quantity,
            format!("{} numbers: {}", got.len(), show_all(got)),
            format!("{} numbers: {}", expected.len(), show_all(expected)),
            rule,
        );
    }
    for (index, (&g, &e)) in got.iter().zip(expected).enumerate() {
        if !tol.accepts(g, e) {
            fail(
                &format!("{quantity}, number [{index}]"),
                format!("{} (all: {})", show(g), show_all(got)),
                format!("{} ({tol}) (all: {})", show(e), show_all(expected)),
                rule,
            );
        }
    }
}

/// The `think:` line of a message: the first known mistake whose test holds
/// ("this looks like …"), followed by the rule; or the rule alone. A mistake is
/// named only when what was got matches it, never as a guess.
pub fn think(rule: &str, mistakes: &[(bool, &str)]) -> String {
    match mistakes.iter().find(|(matches, _)| *matches) {
        Some((_, mistake)) => format!("this looks like {mistake}; {rule}"),
        None => rule.to_string(),
    }
}

/// A number as a reader wants it: short decimals as they are (`12.2512`), huge,
/// tiny and non-finite ones in scientific form (`6.4e8`, `1e-300`, `NaN`, `inf`),
/// never a 300-digit expansion.
pub fn show(x: f64) -> String {
    let magnitude = x.abs();
    if x.is_finite() && (magnitude == 0.0 || (1e-5..1e7).contains(&magnitude)) {
        format!("{x}")
    } else {
        format!("{x:e}")
    }
}

/// Several numbers, each through [`show`]: `[1, 0.5, 1e-20]`; long lists keep
/// their first eight.
pub fn show_all(xs: &[f64]) -> String {
    let shown: Vec<String> = xs.iter().take(8).map(|&x| show(x)).collect();
    let more = if xs.len() > 8 {
        format!(", … ({} in all)", xs.len())
    } else {
        String::new()
    };
    format!("[{}{more}]", shown.join(", "))
}

/// A point as a reader wants it: `(3, -4.5)`, each number through [`show`].
pub fn show_point((x, y): (f64, f64)) -> String {
    format!("({}, {})", show(x), show(y))
}

/// Whether two points are the same, each coordinate within [`Tol::EXACT`].
pub fn same_point(got: (f64, f64), expected: (f64, f64)) -> bool {
    Tol::EXACT.accepts(got.0, expected.0) && Tol::EXACT.accepts(got.1, expected.1)
}

/// √(x₁² + x₂² + …): the length of `xs`, its squares summed in order.
pub fn norm(xs: &[f64]) -> f64 {
    xs.iter().map(|x| x * x).sum::<f64>().sqrt()
}

/// The length of `a − b`, its squares summed in order.
pub fn distance(a: &[f64], b: &[f64]) -> f64 {
    a.iter()
        .zip(b)
        .map(|(x, y)| (x - y) * (x - y))
        .sum::<f64>()
        .sqrt()
}

/// The known slips for [`think`]: slip `k` (named `slips[k]`) is marked as
/// matching only if `gives(k, case)` holds for every case, so that a slip is
/// named only when it gives every answer got, never on one coincidence.
pub fn slips_giving_every<'a, C>(
    slips: &[&'a str],
    cases: &[C],
    gives: impl Fn(usize, &C) -> bool,
) -> Vec<(bool, &'a str)> {
    (0..slips.len())
        .map(|k| (cases.iter().all(|case| gives(k, case)), slips[k]))
        .collect()
}

/// Checks that `got` equals `expected`; fails with a teaching message that shows
/// the two values compared, so the verdict and the message cannot disagree.
///
/// To check several things at once, or a thing best said in words, describe
/// what was got and what was expected in the same words and compare the two
/// descriptions: `assert_equal(q, format!("Var({}) on a tape of {}", v.index(),
/// tape.len()), "Var(0) on a tape of 1", rule)`.
#[track_caller]
pub fn assert_equal<G, E>(quantity: &str, got: G, expected: E, rule: &str)
where
    G: PartialEq<E> + Display,
    E: Display,
{
    if got != expected {
        fail(quantity, got, expected, rule);
    }
}

/// Checks a claim that is not a float comparison; fails with a teaching message.
///
/// `got` and `expected` are shown as they are, so describe them in words
/// where a number alone would not say enough.
/// Prefer [`assert_equal`] where the claim is that two things are equal: here
/// the verdict `holds` is computed apart from what the message shows.
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
    fn catch_known_returns_a_known_panic_and_lets_any_other_go_on() {
        assert_eq!(catch_known(|| 7, |_| true), Ok(7));
        let known = catch_known(
            || -> u8 { panic!("shapes 2×3 and 4×5") },
            |m| m.contains("4×5"),
        );
        assert_eq!(known, Err("shapes 2×3 and 4×5".to_string()));
        let other = panic_message(|| catch_known(|| -> u8 { panic!("index 9") }, |m| m == "x"));
        assert_eq!(other.as_deref(), Some("index 9"));
    }

    #[test]
    fn exact_tolerance_accepts_rounding_but_not_a_wrong_digit() {
        assert!(Tol::EXACT.accepts(0.1 + 0.2, 0.3));
        assert!(!Tol::EXACT.accepts(12.2512 + 1e-9, 12.2512));
    }

    #[test]
    fn equal_compares_what_it_shows() {
        assert_equal("n", 3, 3, "r");
        assert_equal("s", format!("Var({})", 0), "Var(0)", "r");
        let text = panic_message(|| assert_equal("the length", 2, 3, "one node each")).unwrap();
        assert_eq!(
            text,
            "the length\n     got: 2\nexpected: 3\n   think: one node each"
        );
        assert!(panic_message(|| assert_equal("x", f64::NAN, f64::NAN, "r")).is_some());
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
        let text =
            panic_message(|| assert_close("f(4, 3)", 7.0, 12.0, Tol::abs(1e-9), "a·b multiplies"));
        assert_eq!(
            text.as_deref(),
            Some("f(4, 3)\n     got: 7\nexpected: 12 (± 1e-9)\n   think: a·b multiplies")
        );
    }

    #[test]
    fn a_mistake_is_named_only_when_the_value_matches_it() {
        let named = panic_message(|| {
            assert_close_naming("x", -6.0, 6.0, Tol::EXACT, "rule", &[(-6.0, "a sign slip")])
        })
        .unwrap();
        assert!(
            named.ends_with("think: this looks like a sign slip; rule"),
            "{named}"
        );
        let general = panic_message(|| {
            assert_close_naming("x", 5.0, 6.0, Tol::EXACT, "rule", &[(-6.0, "a sign slip")])
        })
        .unwrap();
        assert!(general.ends_with("think: rule"), "{general}");
    }

    #[test]
    fn several_numbers_name_the_first_that_differs() {
        let text = panic_message(|| {
            assert_all_close("xs", &[1.0, 2.5, 3.0], &[1.0, 2.0, 3.0], Tol::EXACT, "r")
        })
        .unwrap();
        assert!(
            text.starts_with("xs, number [1]\n     got: 2.5 (all: [1, 2.5, 3])"),
            "{text}"
        );
        let short = panic_message(|| assert_all_close("xs", &[1.0], &[1.0, 2.0], Tol::EXACT, "r"));
        assert!(short.unwrap().contains("got: 1 numbers"));
    }

    #[test]
    fn huge_tiny_and_non_finite_numbers_print_short() {
        assert_eq!(show(1.5f64.powi(50)), "6.376215002140496e8");
        assert_eq!(show(1e300), "1e300");
        assert_eq!(show(f64::NAN), "NaN");
        assert_eq!(show(f64::NEG_INFINITY), "-inf");
        assert_eq!(show(12.2512), "12.2512");
        assert_eq!(show(0.0), "0");
        assert_eq!(
            show_all(&[0.0; 10]),
            "[0, 0, 0, 0, 0, 0, 0, 0, … (10 in all)]"
        );
    }

    #[test]
    fn a_refusal_passes_only_with_the_expected_message() {
        assert_panics(
            "q",
            || panic!("h must be positive, got 0"),
            "h must be positive",
            "r",
        );
        let returned = panic_message(|| assert_panics("q", || 1.0, "h must", "r")).unwrap();
        assert!(returned.contains("got: no panic"), "{returned}");
        let other = panic_message(|| assert_panics("q", || todo!(), "h must", "r")).unwrap();
        assert!(
            other.contains("a panic saying \"not yet implemented\""),
            "{other}"
        );
    }

    #[test]
    fn points_print_readably_and_compare_exactly() {
        assert_eq!(show_point((3.0, -4.5)), "(3, -4.5)");
        assert_eq!(show_point((1e300, f64::NAN)), "(1e300, NaN)");
        assert!(same_point((0.1 + 0.2, 1.0), (0.3, 1.0)));
        assert!(!same_point((1.0, 2.0), (2.0, 1.0)));
        assert!(!same_point((f64::NAN, 0.0), (f64::NAN, 0.0)));
    }

    #[test]
    fn a_slip_is_named_only_if_it_gives_every_answer() {
        // Answers got for x = 1, 2, 3: slip 0 (x + 1) gives them all, slip 1
        // (2·x) only the first.
        let cases = [(1.0, 2.0), (2.0, 3.0), (3.0, 4.0)];
        let slips = ["x + 1", "2·x"];
        let answers = [|x: f64| x + 1.0, |x: f64| 2.0 * x];
        let named = slips_giving_every(&slips, &cases, |k, &(x, got)| answers[k](x) == got);
        assert_eq!(named, [(true, "x + 1"), (false, "2·x")]);
        assert_eq!(think("rule", &named), "this looks like x + 1; rule");
    }

    #[test]
    fn central_differences_measure_a_slope_and_relative_error_compares_sizes() {
        // x³ at 2: slope 12; the central difference errs by h² = 1e-10 exactly,
        // plus roundings of about ε·8/h ≈ 2e-10.
        let slope = central_difference(|x| x * x * x, 2.0, 1e-5);
        assert!((slope - 12.0).abs() < 1e-9, "{slope}");
        let gradient = central_gradient(|p| p[0] * p[1], &[4.0, 3.0], gradient::H);
        assert!((gradient[0] - 3.0).abs() < 1e-9 && (gradient[1] - 4.0).abs() < 1e-9);
        assert_eq!(relative_error(1.0, 3.0), 2.0 / 3.0);
        assert_eq!(relative_error(-2.0, 2.0), 2.0);
        assert_eq!(relative_error(0.0, 0.0), 0.0);
        assert!(relative_error(f64::NAN, 1.0).is_nan());
    }

    #[test]
    fn a_gradient_agrees_only_when_every_partial_does() {
        let f = |p: &[f64]| p[0] * p[1];
        assert_gradient_agrees("a·b", &["∂/∂a", "∂/∂b"], &[3.0, 4.0], f, &[4.0, 3.0], "r");
        let swapped = panic_message(|| {
            assert_gradient_agrees("a·b", &["∂/∂a", "∂/∂b"], &[4.0, 3.0], f, &[4.0, 3.0], "r")
        })
        .unwrap();
        assert!(
            swapped.starts_with("∂/∂a from a·b, checked against a central difference\n     got: 4"),
            "{swapped}"
        );
        let nan = panic_message(|| {
            assert_gradient_agrees("a·b", &["∂/∂a"], &[f64::NAN], f, &[4.0, 3.0], "r")
        });
        assert!(nan.is_some());
    }

    #[test]
    fn lengths_and_the_checks_own_sigmoid() {
        assert_eq!(norm(&[3.0, -4.0]), 5.0);
        assert_eq!(norm(&[]), 0.0);
        assert_eq!(distance(&[4.0, 6.0], &[1.0, 2.0]), 5.0);
        assert_eq!((sigmoid(0.0), sigmoid_slope(0.0)), (0.5, 0.25));
        let s = 1.0 / (1.0 + (-2.0f64).exp());
        assert!((sigmoid(2.0) - s).abs() < 1e-15);
        assert!((sigmoid_slope(2.0) - s * (1.0 - s)).abs() < 1e-15);
        assert_eq!((sigmoid(-1000.0), sigmoid_slope(1000.0)), (0.0, 0.0));
    }

    #[test]
    fn a_check_on_its_own_thread_returns_its_result_or_its_panic() {
        assert_eq!(on_thread("sum", 1 << 20, || 2 + 2), Ok(4));
        let failed = on_thread("refusal", 1 << 20, || -> u8 { panic!("no, thanks") });
        assert_eq!(failed, Err("no, thanks".to_string()));
    }

    #[test]
    fn calls_are_recorded_and_a_budget_stops_a_runaway() {
        let calls = Calls::new();
        (0..3).for_each(|i| calls.record(i));
        assert_eq!(calls.seen(), [0, 1, 2]);
        let bounded = Calls::limited(2, "climb", "stop after the budget");
        let text = panic_message(|| (0..10).for_each(|i| bounded.record(i))).unwrap();
        assert!(text.contains("more than 2 calls"), "{text}");
        let recorded = Calls::new();
        let square = recorded.recording(|x: f64| x * x);
        assert_eq!((square(3.0), square(-1.0)), (9.0, 1.0));
        assert_eq!(recorded.seen(), [3.0, -1.0]);
    }
}
