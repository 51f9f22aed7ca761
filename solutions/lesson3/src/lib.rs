//! Lesson 3: the analytic derivative.
//!
//! For f = a·b a nudge to a moves f by b per unit, so ∂f/∂a = b and ∂f/∂b = a:
//! the rules of calculus give every partial derivative exactly and at once.
//! Read `lessons/lesson3/README.md`, then fill in each `todo!()` in order.
//! Check with `cargo xtask next`; stuck? `cargo xtask hint`.
//!
//! The rules are formulas and check nothing: give them finite numbers. The other
//! functions check their input and panic with the message their doc states.

// The provided modules have one copy, in lessons/lesson3/src/, shared with the
// lesson. The path holds here and in the lesson's folder alike, so copying this
// file over the lesson's still solves it.
#[path = "../../../lessons/lesson3/src/numeric.rs"]
pub mod numeric;
#[path = "../../../lessons/lesson3/src/story.rs"]
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
    Node2 {
        value: a + b,
        da: 1.0,
        db: 1.0,
    }
}

/// The difference rule: f = a − b, with ∂f/∂a = 1 and ∂f/∂b = −1.
///
/// `difference(-4.0, -3.0) -> Node2 { value: -1.0, da: 1.0, db: -1.0 }`
pub fn difference(a: f64, b: f64) -> Node2 {
    Node2 {
        value: a - b,
        da: 1.0,
        db: -1.0,
    }
}

/// The product rule: f = a·b, with ∂f/∂a = b and ∂f/∂b = a.
///
/// `product(-4.0, -3.0) -> Node2 { value: 12.0, da: -3.0, db: -4.0 }`
pub fn product(a: f64, b: f64) -> Node2 {
    Node2 {
        value: a * b,
        da: b,
        db: a,
    }
}

/// The constant-multiple rule: f = c·x for a fixed number c, with df/dx = c.
///
/// `scale(3.0, 2.0) -> Node1 { value: 6.0, dx: 3.0 }`
pub fn scale(c: f64, x: f64) -> Node1 {
    Node1 {
        value: c * x,
        dx: c,
    }
}

/// The power rule: f = xⁿ for a whole number n, with df/dx = n·xⁿ⁻¹.
///
/// x⁰ = 1 is a constant, so its derivative is 0 everywhere, also at x = 0
/// (where 0·x⁻¹ would be 0·∞ = NaN). Use `x.powi(n)` for xⁿ.
///
/// `power(3.0, 2) -> Node1 { value: 9.0, dx: 6.0 }`,
/// `power(0.0, 0) -> Node1 { value: 1.0, dx: 0.0 }`
pub fn power(x: f64, n: i32) -> Node1 {
    let dx = if n == 0 {
        0.0
    } else {
        f64::from(n) * x.powi(n - 1)
    };
    Node1 {
        value: x.powi(n),
        dx,
    }
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
    let (da, db) = if a > b {
        (1.0, 0.0)
    } else if b > a {
        (0.0, 1.0)
    } else {
        (0.5, 0.5)
    };
    Node2 {
        value: a.max(b),
        da,
        db,
    }
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
    let (a, b) = point;
    assert!(
        h > 0.0 && h.is_finite(),
        "gradient_step: h must be positive and finite, got {h}"
    );
    assert!(
        a.is_finite() && b.is_finite(),
        "gradient_step: the point must be finite, got ({a}, {b})"
    );
    let at_start = node(a, b);
    (a + h * at_start.da, b + h * at_start.db)
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
    let (a, b) = point;
    assert!(
        h > 0.0 && h.is_finite(),
        "sequential_step: h must be positive and finite, got {h}"
    );
    assert!(
        a.is_finite() && b.is_finite(),
        "sequential_step: the point must be finite, got ({a}, {b})"
    );
    let new_a = a + h * node(a, b).da;
    let new_b = b + h * node(new_a, b).db;
    (new_a, new_b)
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
    assert!(
        analytic.is_finite() && numeric.is_finite(),
        "relative_error: both values must be finite, got {analytic} and {numeric}"
    );
    let larger = analytic.abs().max(numeric.abs());
    if larger == 0.0 {
        0.0
    } else {
        (analytic - numeric).abs() / larger
    }
}

/// Whether a relative error counts as agreement: strictly below [`AGREE_BELOW`].
///
/// An error of exactly 1e-7 does not agree, and neither does NaN: a broken
/// derivative must never pass the check by accident.
///
/// `agrees(3.8e-11) -> true`, `agrees(0.25) -> false`, `agrees(f64::NAN) -> false`
pub fn agrees(error: f64) -> bool {
    error < AGREE_BELOW
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
    assert!(
        analytic.len() == numeric.len(),
        "worst_relative_error: the gradients have different lengths, {} and {}",
        analytic.len(),
        numeric.len()
    );
    assert!(
        !analytic.is_empty(),
        "worst_relative_error: no partials to compare"
    );
    analytic
        .iter()
        .zip(numeric)
        .map(|(&a, &n)| relative_error(a, n))
        .fold(0.0, f64::max)
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
    assert!(!xs.is_empty(), "product_gradient: needs at least one input");
    if let Some(i) = xs.iter().position(|x| !x.is_finite()) {
        panic!(
            "product_gradient: every input must be finite, but x[{i}] = {}",
            xs[i]
        );
    }
    // Forward: gradient[i] starts as the prefix product xs[0]·…·xs[i−1].
    let mut gradient = Vec::with_capacity(xs.len());
    let mut prefix = 1.0;
    for &x in xs {
        gradient.push(prefix);
        prefix *= x;
    }
    // Back: multiply in the suffix product xs[i+1]·…·xs[n−1].
    let mut suffix = 1.0;
    for (partial, &x) in gradient.iter_mut().zip(xs).rev() {
        *partial *= suffix;
        suffix *= x;
    }
    gradient
}
