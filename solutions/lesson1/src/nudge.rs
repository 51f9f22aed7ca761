//! Part 1: the nudge. The node f(a, b) = a·b, and both its inputs pushed up at random.

use rand::Rng;
// STUB: #[allow(unused_imports)] // You will need `RngExt` for `rng.random()`.
use rand::RngExt;

/// The node: f(a, b) = a·b.
///
/// `product(4.0, 3.0) -> 12.0`
pub fn product(a: f64, b: f64) -> f64 {
    // STUB: // TODO: return the output of the node.
    // STUB: todo!("the product of a={a} and b={b}")
    // BEGIN SOLUTION
    a * b
    // END SOLUTION
}

/// Both inputs pushed up by a random fraction of `h`, the size of the nudge:
/// (a + h·u, b + h·v).
///
/// u and v are uniform in [0, 1), drawn with `rng.random::<f64>()`: u first (for
/// a), then v (for b), and nothing else. A negative `h` pushes down instead.
///
/// With `rng = ChaCha8Rng::seed_from_u64(2)`:
/// `nudge(4.0, 3.0, 0.01, &mut rng) -> (4.00881…, 3.00548…)`
pub fn nudge(a: f64, b: f64, h: f64, rng: &mut impl Rng) -> (f64, f64) {
    // STUB: // TODO: draw u, then v, and move each input up by h times its own draw.
    // STUB: let _ = rng; // Delete this line: it only keeps the unused-variable warning away.
    // STUB: todo!("nudge a={a} and b={b} by up to h={h}")
    // BEGIN SOLUTION
    let u: f64 = rng.random();
    let v: f64 = rng.random();
    (a + h * u, b + h * v)
    // END SOLUTION
}

/// How much the output changed after one nudge: f(nudged a, nudged b) − f(a, b).
///
/// Positive means the nudge helped. Draws exactly as [`nudge`] does.
///
/// With `rng = ChaCha8Rng::seed_from_u64(2)`:
/// `change_after_nudge(4.0, 3.0, 0.01, &mut rng) -> 0.04842…`
pub fn change_after_nudge(a: f64, b: f64, h: f64, rng: &mut impl Rng) -> f64 {
    // STUB: // TODO: nudge (a, b) with rng, then compare the node's output after and before.
    // STUB: let _ = rng; // Delete this line: it only keeps the unused-variable warning away.
    // STUB: todo!("the change of a·b after nudging a={a}, b={b} by up to h={h}")
    // BEGIN SOLUTION
    let (a2, b2) = nudge(a, b, h, rng);
    product(a2, b2) - product(a, b)
    // END SOLUTION
}
