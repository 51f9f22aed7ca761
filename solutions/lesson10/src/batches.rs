//! Part 3: mini-batches, a new shuffle each epoch.
//!
//! A step on all 1,437 training digits at once costs a full pass for one
//! step. A mini-batch of a few dozen gives an estimate of the same gradient
//! for a fraction of the work, so an epoch (one pass over every digit) makes
//! dozens of steps instead of one. The batches are drawn from a fresh shuffle
//! each epoch, so each one is a fair sample and no two epochs see the same.

use rand::rngs::ChaCha8Rng;

/// One epoch's mini-batches of the rows 0..n: the rows shuffled by `rng`
/// (`SliceRandom::shuffle` on the list 0, 1, …, n − 1), then cut in order into
/// batches of `batch_size`; the last batch holds what is left, and may be
/// smaller. Each call draws a new shuffle from `rng`.
///
/// `(5, 2, rng) -> [[3, 0], [4, 1], [2]]` (the order depends on `rng`)
///
/// # Panics
///
/// If `batch_size` is 0 ("batch_size").
pub fn batches(n: usize, batch_size: usize, rng: &mut ChaCha8Rng) -> Vec<Vec<usize>> {
    // STUB: // TODO: refuse a batch size of 0; shuffle the rows 0..n with rng, then cut them in order.
    // STUB: let _ = rng; // Delete this line: it only keeps the unused-variable warning away.
    // STUB: todo!("the batches of {n} rows, {batch_size} a batch")
    // BEGIN SOLUTION
    assert!(
        batch_size > 0,
        "a batch needs at least one digit: batch_size must be positive, got 0"
    );
    use rand::seq::SliceRandom;

    let mut rows: Vec<usize> = (0..n).collect();
    rows.shuffle(rng);
    rows.chunks(batch_size).map(<[usize]>::to_vec).collect()
    // END SOLUTION
}
