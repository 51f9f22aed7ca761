//! Part 3: mini-batches, a new shuffle each epoch — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson10 --test batches`. The course's own test suite runs
//! this very file against the reference solution, so do not edit it: the runner
//! notices.

use check::{assert_equal, assert_panics};
use lesson10::batches::batches;
use rand::SeedableRng;
use rand::rngs::ChaCha8Rng;
use rand::seq::SliceRandom;

/// The checks' own epochs: the rows 0..n shuffled by `rng` with
/// `SliceRandom::shuffle`, cut in order into batches of `size`.
fn own_batches(n: usize, size: usize, rng: &mut ChaCha8Rng) -> Vec<Vec<usize>> {
    let mut rows: Vec<usize> = (0..n).collect();
    rows.shuffle(rng);
    rows.chunks(size).map(<[usize]>::to_vec).collect()
}

#[test]
fn an_epoch_s_batches_hold_every_row_once_the_last_what_is_left() {
    for (n, size, sizes) in [
        (10, 3, vec![3, 3, 3, 1]),
        (8, 4, vec![4, 4]),
        (5, 8, vec![5]),
        (0, 4, vec![]),
    ] {
        let got = batches(n, size, &mut ChaCha8Rng::seed_from_u64(1));
        let got_sizes: Vec<usize> = got.iter().map(Vec::len).collect();
        assert_equal(
            &format!("the sizes of the batches({n} rows, {size} a batch)"),
            format!("{got_sizes:?}"),
            format!("{sizes:?}"),
            "batches of batch_size in turn; the last holds what is left, and may be smaller \
             (never dropped, never padded, never empty)",
        );
        let mut all: Vec<usize> = got.concat();
        all.sort_unstable();
        assert_equal(
            &format!("the rows in the batches({n} rows, {size} a batch), sorted"),
            format!("{all:?}"),
            format!("{:?}", (0..n).collect::<Vec<_>>()),
            "an epoch is one pass: every row 0..n in exactly one batch",
        );
    }
}

#[test]
fn batches_cut_the_generator_s_shuffle_in_order() {
    let (n, size) = (10, 4);
    let got = batches(n, size, &mut ChaCha8Rng::seed_from_u64(7));
    let expected = own_batches(n, size, &mut ChaCha8Rng::seed_from_u64(7));
    let in_order: Vec<Vec<usize>> = (0..n)
        .collect::<Vec<_>>()
        .chunks(size)
        .map(<[usize]>::to_vec)
        .collect();
    let rule = check::think(
        "the rows 0, 1, …, n − 1 in a Vec, shuffled by rows.shuffle(rng) (rand's SliceRandom), \
         then cut in order into chunks of batch_size",
        &[(
            got == in_order,
            "the rows in their own order: every epoch would see the same batches, and a batch of \
             neighbours is a fair sample only if the data happen to be in no order at all",
        )],
    );
    assert_equal(
        &format!("batches({n} rows, {size} a batch, the generator of seed 7)"),
        format!("{got:?}"),
        format!("{expected:?}"),
        &rule,
    );
}

#[test]
fn each_epoch_draws_a_new_shuffle_from_the_same_generator() {
    let (n, size) = (12, 5);
    let mut rng = ChaCha8Rng::seed_from_u64(3);
    let first = batches(n, size, &mut rng);
    let second = batches(n, size, &mut rng);
    let mut own = ChaCha8Rng::seed_from_u64(3);
    let expected = [
        own_batches(n, size, &mut own),
        own_batches(n, size, &mut own),
    ];
    let rule = check::think(
        "the shuffle draws from the generator it is given, which moves on: the next call, with \
         the same generator, gives the next epoch a new order",
        &[(
            second == first,
            "the same order twice: a generator cloned or seeded inside batches starts over every \
             time, so every epoch would see the same batches",
        )],
    );
    assert_equal(
        &format!("two calls of batches({n} rows, {size} a batch) on one generator of seed 3"),
        format!("{first:?} then {second:?}"),
        format!("{:?} then {:?}", expected[0], expected[1]),
        &rule,
    );
}

#[test]
fn batches_refuse_a_batch_size_of_0() {
    assert_panics(
        "batches(10 rows, 0 a batch)",
        || batches(10, 0, &mut ChaCha8Rng::seed_from_u64(1)),
        "batch_size",
        "a batch of 0 digits holds nothing, and no number of them covers 10 rows (slice::chunks \
         panics on 0 in its own words): refuse it first, with a message that names batch_size",
    );
}
