//! Part 3's provided type: where an adaptive climb ended, and how it got there.
//! `src/adaptive.rs` declares this module.

/// Where an adaptive climb ended, and how it got there.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Climb {
    /// The point the climb ended at.
    pub x: f64,
    /// The step size η it ended with.
    pub eta: f64,
    /// How many steps it kept (moved to).
    pub kept: usize,
    /// How many overshooting steps it undid, halving η each time.
    pub halvings: usize,
}
