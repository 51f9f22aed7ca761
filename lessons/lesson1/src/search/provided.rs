//! Part 2's provided type: what a random search found, and what it cost.
//! `src/search.rs` declares this module.

/// What a random search found, and what it cost.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Search {
    /// The best input found, (a, b).
    pub best: (f64, f64),
    /// f at `best`.
    pub best_value: f64,
    /// How many times f was called, counting the first call at `start`.
    pub evaluations: usize,
}
