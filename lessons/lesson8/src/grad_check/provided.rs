//! Part 6's provided code: the bands of a relative error. `src/grad_check.rs`
//! declares this module.

/// How a relative error reads, after CS231n.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Band {
    /// Above 1e−2: the gradient is probably wrong.
    Wrong,
    /// From 1e−4 to 1e−2: uncomfortable; look closer.
    Uncomfortable,
    /// From 1e−7 (included) to 1e−4: fine only if the function has kinks
    /// (relu, hinge) near the point; for a smooth function (tanh, sigmoid), too
    /// high.
    FineOnlyWithKinks,
    /// Below 1e−7, where lesson 3's [`agrees`](super::agrees) says yes: backward and the
    /// difference agree.
    Agreement,
}
