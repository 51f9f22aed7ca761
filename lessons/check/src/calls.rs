//! Recording what a learner's function does with the closures a check gives it.

use std::cell::RefCell;

use crate::fail;

/// A record of the calls a check's closure received, in order, with an optional
/// budget: a function that calls past the budget is stopped with a teaching
/// message instead of running until the runner's timeout.
///
/// ```ignore
/// let calls = Calls::limited(100, "climb(f′, 0, h = 0.1, steps = 5)",
///     "a climb takes exactly `steps` steps");
/// let slope = |x: f64| { calls.record(x); -2.0 * (x - 2.0) };
/// climb(slope, 0.0, 0.1, 5);
/// assert_eq!(calls.count(), 5);
/// ```
#[derive(Debug)]
pub struct Calls<T> {
    seen: RefCell<Vec<T>>,
    limit: Option<(usize, String, String)>,
}

impl<T: Clone> Calls<T> {
    /// Records every call, without a limit.
    pub fn new() -> Calls<T> {
        Calls {
            seen: RefCell::new(Vec::new()),
            limit: None,
        }
    }

    /// Records every call, and fails the check with `quantity` and `rule` once
    /// there are more than `limit`.
    pub fn limited(limit: usize, quantity: &str, rule: &str) -> Calls<T> {
        Calls {
            seen: RefCell::new(Vec::new()),
            limit: Some((limit, quantity.to_string(), rule.to_string())),
        }
    }

    /// Notes one call with its argument (or anything the check wants to remember).
    #[track_caller]
    pub fn record(&self, argument: T) {
        let count = {
            let mut seen = self.seen.borrow_mut();
            seen.push(argument);
            seen.len()
        };
        if let Some((limit, quantity, rule)) = &self.limit
            && count > *limit
        {
            fail(
                quantity,
                format!("more than {limit} calls, and still calling"),
                format!("at most {limit} calls"),
                rule,
            );
        }
    }

    /// How many calls were recorded.
    pub fn count(&self) -> usize {
        self.seen.borrow().len()
    }

    /// The recorded arguments, in the order of the calls.
    pub fn seen(&self) -> Vec<T> {
        self.seen.borrow().clone()
    }

    /// `f`, with every call recorded first: `climb(calls.recording(slope), …)`
    /// sees the points where the slope was asked, and a limited record stops a
    /// runaway.
    pub fn recording<'a, R>(&'a self, f: impl Fn(T) -> R + 'a) -> impl Fn(T) -> R + 'a {
        move |x: T| {
            self.record(x.clone());
            f(x)
        }
    }

    /// Forgets the calls so far.
    pub fn clear(&self) {
        self.seen.borrow_mut().clear();
    }
}

impl<T: Clone> Default for Calls<T> {
    fn default() -> Self {
        Calls::new()
    }
}
