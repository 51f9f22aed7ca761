//! Part 4: all partials of a long product in two passes, with no division.

/// The gradient of f = xs[0]·xs[1]·…·xs[n−1]: the partial with respect to
/// xs[i] is the product of every input but xs[i].
///
/// Compute it in two passes, without division: the prefix products
/// xs[0]·…·xs[i−1] going forward, and the suffix products xs[i+1]·…·xs[n−1]
/// going back; ∂f/∂xs[i] = prefix i · suffix i. An empty product is 1, so one
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
    // STUB: // TODO: for each input, the product of all the other inputs, without dividing.
    // STUB: todo!("the gradient of the product of {xs:?}")
    // BEGIN SOLUTION
    assert!(!xs.is_empty(), "product_gradient: needs at least one input");
    if let Some(i) = xs.iter().position(|x| !x.is_finite()) {
        panic!(
            "product_gradient: every input must be finite, but xs[{i}] = {}",
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
    // END SOLUTION
}
