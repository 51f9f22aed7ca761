//! Part 2's provided type: what a climb with a fixed step size does.
//! `src/step_size.rs` declares this module.

/// What a climb on [`f`](crate::f) does with a fixed step size η.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Every step closes part of the gap from the same side: x creeps up to B.
    Creeps,
    /// The first step lands exactly on B, and the climb stays there.
    Lands,
    /// Every step jumps past B, but less far each time: x zigzags in to B.
    Oscillates,
    /// Every step jumps to the mirror point across B: x bounces forever.
    Bounces,
    /// Every step lands further from B than the last: x runs away.
    Diverges,
}
