//! Part 4's provided code: the normal draws your initial weights are made of,
//! and the two schemes. `src/init.rs` declares this module.

use rand::RngExt;
use rand::rngs::ChaCha8Rng;

/// One draw from the standard normal distribution (mean 0, standard deviation
/// 1), by the Box–Muller transform: with u₁ in (0, 1] and u₂ in [0, 1) uniform,
/// √(−2·ln u₁)·cos(2π·u₂) is normal. (Two independent uniforms make a point
/// whose distance from the centre and angle are those of a 2-D normal; its x
/// coordinate is one normal draw. The y coordinate, with sin, is thrown away.)
/// Two uniforms per draw, u₁ first.
pub fn normal(rng: &mut ChaCha8Rng) -> f64 {
    // 1 − u keeps u₁ away from 0, whose logarithm is −∞.
    let u1 = 1.0 - rng.random::<f64>();
    let u2 = rng.random::<f64>();
    (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
}

/// How the first weights are drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scheme {
    /// He (2015), for relu layers: standard deviation √(2 / fan_in).
    He,
    /// Glorot (2010), for tanh and sigmoid layers: variance 2 / (fan_in + fan_out).
    Glorot,
}
