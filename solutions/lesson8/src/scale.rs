//! Part 5: the initial scale decides whether a network learns.
//!
//! Part 4 drew the first weights at the scale of their layer. Here you shrink a
//! whole network's parameters by one factor and watch what that costs: a
//! network whose weights are all tiny barely moves, and a deep one loses its
//! gradient on the way down; the same networks drawn by He or Glorot learn.

/// Every parameter multiplied by `factor`, in the same order: the network
/// shrunk (or grown) as a whole, as the experiments do with micrograd's start
/// × 0.01.
///
/// `([1, −2, 0.5], 0.01) -> [0.01, −0.02, 0.005]`;  `([], 3) -> []`
pub fn scaled(params: &[f64], factor: f64) -> Vec<f64> {
    // STUB: // TODO: each parameter times factor, in order.
    // STUB: todo!("{} parameters scaled by {factor}", params.len())
    // BEGIN SOLUTION
    params.iter().map(|p| p * factor).collect()
    // END SOLUTION
}
