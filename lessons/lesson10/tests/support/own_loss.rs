//! Part 5's checks work out a batch's loss and gradient themselves, on a small
//! network and the batch they use, and build networks that say given scores.

use lesson10::digits::Digit;
use lesson10::net::{CLASSES, Net};
use rand::SeedableRng;
use rand::rngs::ChaCha8Rng;

/// The batch the checks use: five shipped digits, in this order.
pub const BATCH: [usize; 5] = [3, 17, 400, 1200, 9];

/// A small network (5 hidden units) with He's weights from seed 1.
pub fn small_net() -> Net {
    Net::he(5, &mut ChaCha8Rng::seed_from_u64(1))
}

/// The checks' own cross-entropy and its gradient, p − onehot(y).
pub fn own_loss_and_gradient(z: &[f64; CLASSES], y: usize) -> (f64, [f64; CLASSES]) {
    let m = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let total: f64 = z.iter().map(|zk| (zk - m).exp()).sum();
    let mut grad = [0.0; CLASSES];
    for (g, zk) in grad.iter_mut().zip(z) {
        *g = (zk - m).exp() / total;
    }
    grad[y] -= 1.0;
    (m + total.ln() - z[y], grad)
}

/// The batch's loss and gradient as the checks work them out, with ∂L/∂scores
/// divided by `divisor`, and the loss's sum divided by it too.
pub fn own_batch(net: &Net, digits: &[Digit], batch: &[usize], divisor: f64) -> (f64, Vec<f64>) {
    let forward = net.forward(batch.iter().map(|&i| digits[i].pixels).collect());
    let mut loss = 0.0;
    let mut d_scores = Vec::new();
    for (z, &i) in forward.scores.iter().zip(batch) {
        let (l, g) = own_loss_and_gradient(z, digits[i].label);
        loss += l;
        d_scores.push(g.map(|gc| gc / divisor));
    }
    (loss / divisor, net.backward(&forward, &d_scores))
}

/// How a slip reads a class from ten scores.
pub type Reader = fn(&[f64; CLASSES]) -> usize;

/// A network whose scores are `scores` for every digit: no weight in W₁, a
/// hidden unit of bias 1 (so relu gives 1), and W₂ the scores.
pub fn saying(scores: [f64; CLASSES]) -> Net {
    let mut params = vec![0.0; 64];
    params.push(1.0);
    params.extend(scores);
    params.extend([0.0; CLASSES]);
    Net { hidden: 1, params }
}
