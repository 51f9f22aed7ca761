//! Part 5: what backpropagation costs, counted.
//!
//! The chain f = x₁·x₂·…·x_N is N − 1 mul gates in a row. Its forward pass runs
//! each gate once; its backward pass runs each gate's backward rule once, from
//! the last gate to the first, and so gives all N partial derivatives. The
//! gates are handed to you as closures, so that the checks (and the story) can
//! count every gate you run.

/// The forward pass of the chain f = x₁·x₂·…·x_N, one mul gate at a time:
/// the running products p₁ = x₁, p₂ = p₁·x₂, …, p_N = p_(N−1)·x_N = f.
///
/// Run every gate through `mul(p, x)` (it returns p·x), and nothing else: the
/// N − 1 gates make exactly N − 1 calls. p₁ = x₁ is no gate.
///
/// `chain_forward(&[2.0, 3.0, -1.0, 0.5], |p, x| p * x) -> vec![2.0, 6.0, -6.0, -3.0]` (3 calls)
///
/// # Panics
///
/// If `xs` is empty ("needs at least one input").
pub fn chain_forward(xs: &[f64], mul: impl Fn(f64, f64) -> f64) -> Vec<f64> {
    // STUB: // TODO: refuse no inputs; then the running products, one call of `mul` per gate.
    // STUB: let _ = mul; // Delete this line: it only keeps the unused-variable warning away.
    // STUB: todo!("the running products of {xs:?}")
    // BEGIN SOLUTION
    assert!(
        !xs.is_empty(),
        "chain_forward needs at least one input, got none"
    );
    let mut p = xs[0];
    let mut products = vec![p];
    for &x in &xs[1..] {
        p = mul(p, x);
        products.push(p);
    }
    products
    // END SOLUTION
}

/// The backward pass of the chain: ∂f/∂xᵢ for every input, from the inputs and
/// the running products of [`chain_forward`].
///
/// Gate i computes pᵢ = p_(i−1)·xᵢ. Start at the output with ∂f/∂p_N = 1 and
/// go down the chain: `mul_backward(p_(i−1), xᵢ, upstream)` (part 2's rule)
/// returns (∂f/∂p_(i−1), ∂f/∂xᵢ); the first is the upstream gradient of the
/// gate below. What arrives at p₁ = x₁ is ∂f/∂x₁. One call per gate: N − 1.
///
/// `chain_backward(&[2.0, 3.0, -1.0, 0.5], &[2.0, 6.0, -6.0, -3.0], mul_backward) -> vec![-1.5, -1.0, 3.0, -6.0]` (3 calls)
///
/// # Panics
///
/// If `xs` is empty ("needs at least one input"), or if there is not one
/// running product per input ("one running product per input").
pub fn chain_backward(
    xs: &[f64],
    products: &[f64],
    mul_backward: impl Fn(f64, f64, f64) -> (f64, f64),
) -> Vec<f64> {
    // STUB: // TODO: refuse bad input; then from ∂f/∂p_N = 1 down the chain, one call of `mul_backward` per gate.
    // STUB: let _ = mul_backward; // Delete this line: it only keeps the unused-variable warning away.
    // STUB: todo!("the gradient of the chain {xs:?} from its products {products:?}")
    // BEGIN SOLUTION
    assert!(
        !xs.is_empty(),
        "chain_backward needs at least one input, got none"
    );
    assert!(
        products.len() == xs.len(),
        "chain_backward needs one running product per input, got {} for {} inputs",
        products.len(),
        xs.len()
    );
    let mut grad = vec![0.0; xs.len()];
    let mut upstream = 1.0;
    for i in (1..xs.len()).rev() {
        let (d_previous, d_x) = mul_backward(products[i - 1], xs[i], upstream);
        grad[i] = d_x;
        upstream = d_previous;
    }
    grad[0] = upstream;
    grad
    // END SOLUTION
}
