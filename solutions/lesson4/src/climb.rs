//! Part 1: the climb. The hill, its slope, one step of gradient ascent, and a
//! climb of many steps that returns its whole trajectory.

/// The hill: f(x) = 4 − (x − 2)². Its peak B is at x = 2, where f = 4.
///
/// `f(0.0) -> 0.0` (the point A), `f(2.0) -> 4.0` (B), `f(4.0) -> 0.0` (C)
pub fn f(x: f64) -> f64 {
    // STUB: // TODO: return the height of the hill at x.
    // STUB: todo!("f at x={x}")
    // BEGIN SOLUTION
    4.0 - (x - 2.0) * (x - 2.0)
    // END SOLUTION
}

/// The slope of the hill: f′(x) = −2(x − 2), positive left of B, negative right of it.
///
/// `f_prime(0.0) -> 4.0`, `f_prime(2.0) -> 0.0`, `f_prime(4.0) -> -4.0`
pub fn f_prime(x: f64) -> f64 {
    // STUB: // TODO: return the slope of the hill at x.
    // STUB: todo!("f′ at x={x}")
    // BEGIN SOLUTION
    -2.0 * (x - 2.0)
    // END SOLUTION
}

/// One step of gradient ascent on any hill, with step size `eta` (η):
/// x + η·f′(x), with the slope `f_prime`.
///
/// `step(f_prime, 0.0, 0.1) -> 0.4` (from A uphill is to the right),
/// `step(f_prime, 4.0, 0.1) -> 3.6` (from C it is to the left)
///
/// This is the bare update and checks nothing: [`climb`] checks η and the start.
pub fn step(f_prime: impl Fn(f64) -> f64, x: f64, eta: f64) -> f64 {
    // STUB: // TODO: move x by η times the slope at x.
    // STUB: let _ = f_prime; // Delete this line: it only keeps the unused-variable warning away.
    // STUB: todo!("one ascent step from x={x} with η={eta}")
    // BEGIN SOLUTION
    x + eta * f_prime(x)
    // END SOLUTION
}

/// A climb with a fixed step size `eta` (η): the start, then the point after
/// each of `steps` steps, each made by [`step`] from the point before.
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
/// If `eta` is not positive and finite ("the step size must be positive and
/// finite"), or if `start` is not finite ("start must be finite"), also when
/// `steps = 0`.
pub fn climb(f_prime: impl Fn(f64) -> f64, start: f64, eta: f64, steps: usize) -> Vec<f64> {
    // STUB: // TODO: check η and start, then collect the start and the point after each step.
    // STUB: let _ = f_prime; // Delete this line: it only keeps the unused-variable warning away.
    // STUB: todo!("a climb of {steps} steps from start={start} with η={eta}")
    // BEGIN SOLUTION
    assert!(
        eta > 0.0 && eta.is_finite(),
        "the step size must be positive and finite, got η = {eta}"
    );
    assert!(start.is_finite(), "start must be finite, got {start}");
    let mut trajectory = vec![start];
    let mut x = start;
    for _ in 0..steps {
        x = step(&f_prime, x, eta);
        trajectory.push(x);
        if !x.is_finite() {
            break;
        }
    }
    trajectory
    // END SOLUTION
}
