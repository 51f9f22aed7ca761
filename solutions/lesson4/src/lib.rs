//! Lesson 4: step size and overshoot.
//!
//! The derivative tells a climb which way is up; the step size h decides whether
//! it arrives. On the hill f(x) = 4 − (x − 2)², whose peak B is at x = 2, a small
//! h creeps up, a large one jumps past the peak, and a larger one flies off.
//! Read `lessons/lesson4/README.md`, then fill in each `todo!()` in order.
//! Check with `cargo xtask next`; stuck? `cargo xtask hint`.

// The provided modules have one copy, in lessons/lesson4/src/, shared with the
// lesson. The path holds here and in the lesson's folder alike, so copying this
// file over the lesson's still solves it.
#[path = "../../../lessons/lesson4/src/plot.rs"]
pub mod plot;
#[path = "../../../lessons/lesson4/src/story.rs"]
pub mod story;

/// The hill: f(x) = 4 − (x − 2)². Its peak B is at x = 2, where f = 4.
///
/// `f(0.0) -> 0.0` (the point A), `f(2.0) -> 4.0` (B), `f(4.0) -> 0.0` (C)
pub fn f(x: f64) -> f64 {
    4.0 - (x - 2.0) * (x - 2.0)
}

/// The slope of the hill: f′(x) = −2(x − 2), positive left of B, negative right of it.
///
/// `f_prime(0.0) -> 4.0`, `f_prime(2.0) -> 0.0`, `f_prime(4.0) -> -4.0`
pub fn f_prime(x: f64) -> f64 {
    -2.0 * (x - 2.0)
}

/// One step of gradient ascent on any hill: x + h·f′(x), with the slope `f_prime`.
///
/// `step(f_prime, 0.0, 0.1) -> 0.4` (from A uphill is to the right),
/// `step(f_prime, 4.0, 0.1) -> 3.6` (from C it is to the left)
///
/// This is the bare update and checks nothing: [`climb`] checks h and the start.
pub fn step(f_prime: impl Fn(f64) -> f64, x: f64, h: f64) -> f64 {
    x + h * f_prime(x)
}

/// A climb with a fixed step size: the start, then the point after each of `steps` steps.
///
/// The trajectory has `steps + 1` points, so `steps = 0` gives just `[start]`. A
/// climb that runs away stops early, right after its first point that is not
/// finite (from an infinite x no step can come back): then the trajectory is
/// shorter, and its last point tells that it diverged.
///
/// `climb(f_prime, 0.0, 0.6, 3) -> [0.0, 2.4, 1.92, 2.016]`
///
/// # Panics
///
/// If `h` is not positive and finite ("h must be positive and finite"), or if
/// `start` is not finite ("start must be finite").
pub fn climb(f_prime: impl Fn(f64) -> f64, start: f64, h: f64, steps: usize) -> Vec<f64> {
    assert!(
        h > 0.0 && h.is_finite(),
        "h must be positive and finite, got {h}"
    );
    assert!(start.is_finite(), "start must be finite, got {start}");
    let mut trajectory = vec![start];
    let mut x = start;
    for _ in 0..steps {
        x = step(&f_prime, x, h);
        trajectory.push(x);
        if !x.is_finite() {
            break;
        }
    }
    trajectory
}

/// Whether the step from `x` to `x_next` overshot: it moved x, but f did not rise.
///
/// A small enough step uphill always raises f. So a step that moves and ends no
/// higher went too far: past the peak and down the other side (f fell), or to
/// exactly the same height on the other side (f level: the bounce). A step that
/// does not move (at the peak itself, where f′ = 0) is not an overshoot. When f
/// at `x_next` is not a number, f did not rise: an overshoot.
///
/// `overshoots(f, 0.0, 4.4) -> true` (f fell from 0 to −1.76),
/// `overshoots(f, 0.0, 2.4) -> false` (past B, yet f rose from 0 to 3.84)
pub fn overshoots(f: impl Fn(f64) -> f64, x: f64, x_next: f64) -> bool {
    let rose = f(x_next) > f(x);
    x_next != x && !rose
}

/// What a climb on [`f`] does with a fixed step size h.
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

/// The outcome of climbing [`f`] with step size `h`, read from the factor 1 − 2h.
///
/// One step maps the distance to the peak, e = x − 2, to (1 − 2h)·e. Between 0
/// and 1 the factor shrinks e and keeps its sign; exactly 0 lands on B; between
/// −1 and 0 it shrinks e and flips its sign; exactly −1 flips it and keeps its
/// size; below −1 it grows.
///
/// `classify(0.1) -> Outcome::Creeps`, `classify(0.5) -> Outcome::Lands`,
/// `classify(1.1) -> Outcome::Diverges`
///
/// # Panics
///
/// If `h` is not positive and finite ("h must be positive and finite").
pub fn classify(h: f64) -> Outcome {
    assert!(
        h > 0.0 && h.is_finite(),
        "h must be positive and finite, got {h}"
    );
    let factor = 1.0 - 2.0 * h;
    if factor > 0.0 {
        Outcome::Creeps
    } else if factor == 0.0 {
        Outcome::Lands
    } else if factor > -1.0 {
        Outcome::Oscillates
    } else if factor == -1.0 {
        Outcome::Bounces
    } else {
        Outcome::Diverges
    }
}

/// Where an adaptive climb ended, and how it got there.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Climb {
    /// The point the climb ended at.
    pub x: f64,
    /// The step size it ended with.
    pub h: f64,
    /// How many steps it kept (moved to).
    pub kept: usize,
    /// How many overshooting steps it undid, halving h each time.
    pub halvings: usize,
}

/// Gradient ascent that halves its step size whenever a step overshoots.
///
/// Try `steps` steps, one after the other. Each try computes the next point
/// with [`step`] from the current x and h. If that step [`overshoots`] on `f`,
/// undo it: stay at x, halve h, and count a halving. Otherwise move to the new
/// point and count it as kept. So f never falls, and `kept + halvings == steps`.
///
/// From any start where f is finite, and any h, it ends at a peak given enough
/// steps: each doubling of h beyond what the hill allows costs one halving. It
/// ends a few times 1e−8 from the peak, not closer (the checks allow 1e−7):
/// near the top f is flat to the last bit of an f64, so a step there no longer
/// raises f and counts as an overshoot.
///
/// `adaptive_climb(f, f_prime, 0.0, 1.1, 2) -> Climb { x: 2.2, h: 0.55, kept: 1, halvings: 1 }`
///
/// # Panics
///
/// If `h` is not positive and finite ("h must be positive and finite"), or if
/// `start` is not finite ("start must be finite"). With `steps = 0` it returns
/// the start and h unchanged.
pub fn adaptive_climb(
    f: impl Fn(f64) -> f64,
    f_prime: impl Fn(f64) -> f64,
    start: f64,
    h: f64,
    steps: usize,
) -> Climb {
    assert!(
        h > 0.0 && h.is_finite(),
        "h must be positive and finite, got {h}"
    );
    assert!(start.is_finite(), "start must be finite, got {start}");
    let mut climb = Climb {
        x: start,
        h,
        kept: 0,
        halvings: 0,
    };
    for _ in 0..steps {
        let next = step(&f_prime, climb.x, climb.h);
        if overshoots(&f, climb.x, next) {
            climb.h /= 2.0;
            climb.halvings += 1;
        } else {
            climb.x = next;
            climb.kept += 1;
        }
    }
    climb
}

/// A hill with two peaks: g(x) = −3x⁴ + 4x³ + 12x².
///
/// Its peaks are at x = −1 (g = 5) and x = 2 (g = 32), with a valley at x = 0 (g = 0).
///
/// `two_peaks(-1.0) -> 5.0`, `two_peaks(0.0) -> 0.0`, `two_peaks(2.0) -> 32.0`
pub fn two_peaks(x: f64) -> f64 {
    x * x * (12.0 + x * (4.0 - 3.0 * x))
}

/// The slope of [`two_peaks`]: g′(x), zero at both peaks and at the valley.
///
/// `two_peaks_prime(1.0) -> 24.0`, `two_peaks_prime(-1.0) -> 0.0`
pub fn two_peaks_prime(x: f64) -> f64 {
    -12.0 * x * (x + 1.0) * (x - 2.0)
}
