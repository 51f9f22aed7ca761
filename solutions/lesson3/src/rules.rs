//! Part 1: the rules of calculus, each a small function that returns a node's
//! output and its partial derivatives side by side.
//!
//! The rules are formulas and check nothing: give them finite numbers.
//!
//! The nodes `Node1` and `Node2` the rules return are provided in
//! `src/rules/provided.rs`.

// BEGIN SOLUTION
#[path = "../../../lessons/lesson3/src/rules/provided.rs"]
// END SOLUTION
mod provided;
pub use provided::{Node1, Node2};

/// The sum rule: f = a + b, with ∂f/∂a = 1 and ∂f/∂b = 1.
///
/// `sum(-4.0, -3.0) -> Node2 { value: -7.0, da: 1.0, db: 1.0 }`
pub fn sum(a: f64, b: f64) -> Node2 {
    // STUB: // TODO: the output a + b, and how much it moves per unit nudge of a and of b.
    // STUB: todo!("the sum node at a={a}, b={b}")
    // BEGIN SOLUTION
    Node2 {
        value: a + b,
        da: 1.0,
        db: 1.0,
    }
    // END SOLUTION
}

/// The difference rule: f = a − b, with ∂f/∂a = 1 and ∂f/∂b = −1.
///
/// `difference(-4.0, -3.0) -> Node2 { value: -1.0, da: 1.0, db: -1.0 }`
pub fn difference(a: f64, b: f64) -> Node2 {
    // STUB: // TODO: the output a − b, and how much it moves per unit nudge of a and of b.
    // STUB: todo!("the difference node at a={a}, b={b}")
    // BEGIN SOLUTION
    Node2 {
        value: a - b,
        da: 1.0,
        db: -1.0,
    }
    // END SOLUTION
}

/// The product rule: f = a·b, with ∂f/∂a = b and ∂f/∂b = a.
///
/// `product(-4.0, -3.0) -> Node2 { value: 12.0, da: -3.0, db: -4.0 }`
pub fn product(a: f64, b: f64) -> Node2 {
    // STUB: // TODO: the output a·b, and how much it moves per unit nudge of a and of b.
    // STUB: todo!("the product node at a={a}, b={b}")
    // BEGIN SOLUTION
    Node2 {
        value: a * b,
        da: b,
        db: a,
    }
    // END SOLUTION
}

/// The constant-multiple rule: f = c·x for a fixed number c, with df/dx = c.
///
/// `scale(3.0, 2.0) -> Node1 { value: 6.0, dx: 3.0 }`
pub fn scale(c: f64, x: f64) -> Node1 {
    // STUB: // TODO: the output c·x, and how much it moves per unit nudge of x.
    // STUB: todo!("the constant-multiple node c={c} at x={x}")
    // BEGIN SOLUTION
    Node1 {
        value: c * x,
        dx: c,
    }
    // END SOLUTION
}

/// The power rule: f = xⁿ for a whole number n, with df/dx = n·xⁿ⁻¹.
///
/// x⁰ = 1 is a constant, so its derivative is 0 everywhere, also at x = 0
/// (where 0·x⁻¹ would be 0·∞ = NaN). Use `x.powi(n)` for xⁿ.
///
/// `power(3.0, 2) -> Node1 { value: 9.0, dx: 6.0 }`,
/// `power(0.0, 0) -> Node1 { value: 1.0, dx: 0.0 }`
pub fn power(x: f64, n: i32) -> Node1 {
    // STUB: // TODO: the output xⁿ, and its derivative n·xⁿ⁻¹ (mind n = 0).
    // STUB: todo!("the power node x^n at x={x}, n={n}")
    // BEGIN SOLUTION
    let dx = if n == 0 {
        0.0
    } else {
        f64::from(n) * x.powi(n - 1)
    };
    Node1 {
        value: x.powi(n),
        dx,
    }
    // END SOLUTION
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
    // STUB: // TODO: the larger input, and which input the derivative goes to (split a tie).
    // STUB: todo!("the max node at a={a}, b={b}")
    // BEGIN SOLUTION
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
    // END SOLUTION
}
