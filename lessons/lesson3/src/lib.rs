//! Lesson 3: the analytic derivative.
//!
//! For f = a·b a nudge to a moves f by b per unit, so ∂f/∂a = b and ∂f/∂b = a:
//! the rules of calculus give every partial derivative exactly and at once.
//! Read `lessons/lesson3/README.md`, then fill in each `todo!()` in order.
//! Check with `cargo xtask next`; stuck? `cargo xtask hint`.
//!
//! The rules are formulas and check nothing: give them finite numbers. The other
//! functions check their input and panic with the message their doc states.

pub mod numeric;
pub mod story;

/// A node with two inputs, seen at one point: its output and its two partial
/// derivatives there.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Node2 {
    /// f(a, b).
    pub value: f64,
    /// ∂f/∂a at (a, b).
    pub da: f64,
    /// ∂f/∂b at (a, b).
    pub db: f64,
}

/// A node with one input, seen at one point: its output and its derivative there.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Node1 {
    /// f(x).
    pub value: f64,
    /// df/dx at x.
    pub dx: f64,
}

/// The sum rule: f = a + b, with ∂f/∂a = 1 and ∂f/∂b = 1.
///
/// `sum(-4.0, -3.0) -> Node2 { value: -7.0, da: 1.0, db: 1.0 }`
pub fn sum(a: f64, b: f64) -> Node2 {
    // TODO: the output a + b, and how much it moves per unit nudge of a and of b.
    todo!("the sum node at a={a}, b={b}")
}

/// The difference rule: f = a − b, with ∂f/∂a = 1 and ∂f/∂b = −1.
///
/// `difference(-4.0, -3.0) -> Node2 { value: -1.0, da: 1.0, db: -1.0 }`
pub fn difference(a: f64, b: f64) -> Node2 {
    // TODO: the output a − b, and how much it moves per unit nudge of a and of b.
    todo!("the difference node at a={a}, b={b}")
}

/// The product rule: f = a·b, with ∂f/∂a = b and ∂f/∂b = a.
///
/// `product(-4.0, -3.0) -> Node2 { value: 12.0, da: -3.0, db: -4.0 }`
pub fn product(a: f64, b: f64) -> Node2 {
    // TODO: the output a·b, and how much it moves per unit nudge of a and of b.
    todo!("the product node at a={a}, b={b}")
}

/// The constant-multiple rule: f = c·x for a fixed number c, with df/dx = c.
///
/// `scale(3.0, 2.0) -> Node1 { value: 6.0, dx: 3.0 }`
pub fn scale(c: f64, x: f64) -> Node1 {
    // TODO: the output c·x, and how much it moves per unit nudge of x.
    todo!("the constant-multiple node c={c} at x={x}")
}

/// The power rule: f = xⁿ for a whole number n, with df/dx = n·xⁿ⁻¹.
///
/// x⁰ = 1 is a constant, so its derivative is 0 everywhere, also at x = 0
/// (where 0·x⁻¹ would be 0·∞ = NaN). Use `x.powi(n)` for xⁿ.
///
/// `power(3.0, 2) -> Node1 { value: 9.0, dx: 6.0 }`,
/// `power(0.0, 0) -> Node1 { value: 1.0, dx: 0.0 }`
pub fn power(x: f64, n: i32) -> Node1 {
    // TODO: the output xⁿ, and its derivative n·xⁿ⁻¹ (mind n = 0).
    todo!("the power node x^n at x={x}, n={n}")
}

/// The max rule: f = max(a, b). The derivative goes to the larger input:
/// (1, 0) when a > b, (0, 1) when b > a.
///
/// At a tie, a = b, max has no derivative; we split it, (½, ½). That is what a
/// central difference measures there, and the two partials still add up to 1,
/// as they must: moving both inputs up by t moves max(a, b) up by t.
///
/// `max(2.0, -1.0) -> Node2 { value: 2.0, da: 1.0, db: 0.0 }`,
/// `max(2.0, 2.0) -> Node2 { value: 2.0, da: 0.5, db: 0.5 }`
pub fn max(a: f64, b: f64) -> Node2 {
    // TODO: the larger input, and which input the derivative goes to (split a tie).
    todo!("the max node at a={a}, b={b}")
}

/// One step of gradient ascent on a two-input node from `point` = (a, b):
/// a ← a + h·∂f/∂a and b ← b + h·∂f/∂b, with BOTH partials taken at (a, b).
///
/// Call `node` exactly once, at `point`.
///
/// `gradient_step(product, (-4.0, -3.0), 0.01) -> (-4.03, -3.04)`, where a·b = 12.2512
///
/// # Panics
///
/// If `h` is not positive and finite ("h must be positive and finite"), or if
/// `point` is not finite ("the point must be finite").
pub fn gradient_step(node: impl Fn(f64, f64) -> Node2, point: (f64, f64), h: f64) -> (f64, f64) {
    // TODO: take both partials at the start, then move both inputs.
    let _ = node; // Delete this line: it only keeps the unused-variable warning away.
    todo!("one gradient step from {point:?} with h={h}")
}

/// The post's update, one input after the other: first a ← a + h·∂f/∂a at
/// (a, b), then b ← b + h·∂f/∂b at (new a, b).
///
/// Call `node` twice: at `point`, then at (new a, b).
///
/// `sequential_step(product, (-4.0, -3.0), 0.01) -> (-4.03, -3.0403)`, where a·b = 12.252409
///
/// # Panics
///
/// If `h` is not positive and finite ("h must be positive and finite"), or if
/// `point` is not finite ("the point must be finite").
pub fn sequential_step(node: impl Fn(f64, f64) -> Node2, point: (f64, f64), h: f64) -> (f64, f64) {
    // TODO: move a by its partial at the start, then b by its partial at (new a, b).
    let _ = node; // Delete this line: it only keeps the unused-variable warning away.
    todo!("one sequential step from {point:?} with h={h}")
}

/// Below this relative error, an analytic and a central-difference derivative agree.
pub const AGREE_BELOW: f64 = 1e-7;

/// How far apart an analytic and a numeric derivative are, relative to the
/// larger of the two: |a − n| / max(|a|, |n|).
///
/// Two zeros agree perfectly: the error is 0, not 0/0.
///
/// `relative_error(1.0, 3.0) -> 0.6667`, `relative_error(0.0, 0.0) -> 0.0`
///
/// # Panics
///
/// If either value is not finite ("both values must be finite").
pub fn relative_error(analytic: f64, numeric: f64) -> f64 {
    // TODO: the gap between the two, relative to the larger magnitude; two zeros give 0.
    todo!("the relative error between analytic={analytic} and numeric={numeric}")
}

/// Whether a relative error counts as agreement: strictly below [`AGREE_BELOW`].
///
/// An error of exactly 1e-7 does not agree, and neither does NaN: a broken
/// derivative must never pass the check by accident.
///
/// `agrees(3.8e-11) -> true`, `agrees(0.25) -> false`, `agrees(f64::NAN) -> false`
pub fn agrees(error: f64) -> bool {
    // TODO: whether the error is below the threshold; NaN never agrees.
    todo!("whether a relative error of {error} counts as agreement")
}

/// The gradient check: the largest [`relative_error`] over all partials,
/// comparing `analytic[i]` with `numeric[i]`; see [`agrees`] for the verdict.
///
/// `worst_relative_error(&[1.0, 2.0], &[1.0, 1.0]) -> 0.5`
///
/// # Panics
///
/// If the two gradients have different lengths ("different lengths"), if they
/// are empty ("no partials to compare"), or if a value is not finite (as
/// [`relative_error`] does).
pub fn worst_relative_error(analytic: &[f64], numeric: &[f64]) -> f64 {
    // TODO: the largest relative error over all pairs of partials.
    todo!("the worst relative error between {analytic:?} and {numeric:?}")
}

/// The gradient of f = xs[0]·xs[1]·…·xs[n−1]: the partial with respect to
/// xs[i] is the product of every input but xs[i].
///
/// Compute it without division, in two passes: the prefix products
/// xs[0]·…·xs[i−1] going forward, and the suffix products xs[i+1]·…·xs[n−1]
/// going back; partial i = prefix i · suffix i. An empty product is 1, so one
/// input gives [1]. Zero inputs are fine (dividing f by xs[i] is not: 0/0 is NaN).
///
/// `product_gradient(&[2.0, 3.0, 4.0]) -> vec![12.0, 8.0, 6.0]`,
/// `product_gradient(&[2.0, 0.0, 4.0]) -> vec![0.0, 8.0, 0.0]`
///
/// # Panics
///
/// If `xs` is empty ("needs at least one input") or holds a value that is not
/// finite ("every input must be finite").
pub fn product_gradient(xs: &[f64]) -> Vec<f64> {
    // TODO: for each input, the product of all the other inputs, without dividing.
    todo!("the gradient of the product of {xs:?}")
}
