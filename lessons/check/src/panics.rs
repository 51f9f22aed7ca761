//! Checks that a function refuses bad input with a panic, without the expected
//! panic ever reaching the screen.
//!
//! Rust prints every panic through a global hook, even one that a check catches
//! on purpose; libtest then shows that text under the check that failed, so a
//! learner would read their own *correct* refusal as the failure. Here an expected
//! panic is caught with the hook silenced for this thread only, so the only panic
//! a failing check prints is the assertion's own teaching message.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

use crate::fail;

thread_local! {
    /// Whether this thread is running a call that is expected to panic.
    static EXPECTING: Cell<bool> = const { Cell::new(false) };
}

/// Wraps the panic hook once, so that it stays silent while a thread expects a panic.
fn install_quiet_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !EXPECTING.with(Cell::get) {
                previous(info);
            }
        }));
    });
}

/// Runs `call` and returns its panic message, or `None` if it returned normally.
/// Nothing is printed for the panic.
pub fn panic_message<R>(call: impl FnOnce() -> R) -> Option<String> {
    install_quiet_hook();
    EXPECTING.with(|expecting| expecting.set(true));
    let result = panic::catch_unwind(AssertUnwindSafe(call));
    EXPECTING.with(|expecting| expecting.set(false));
    Some(text_of(&*result.err()?))
}

/// The message a panic carried.
fn text_of(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else if let Some(text) = payload.downcast_ref::<&str>() {
        (*text).to_string()
    } else {
        "a panic without a message".to_string()
    }
}

/// Runs `call`; if it panics with a message that `known` recognises (a slip the
/// check can name), returns that message so the check can fail teaching; any other
/// panic goes on as it was, already printed with its place, as if not caught.
pub fn catch_known<R>(call: impl FnOnce() -> R, known: impl Fn(&str) -> bool) -> Result<R, String> {
    match panic::catch_unwind(AssertUnwindSafe(call)) {
        Ok(value) => Ok(value),
        Err(payload) => {
            let message = text_of(&*payload);
            if known(&message) {
                Err(message)
            } else {
                panic::resume_unwind(payload)
            }
        }
    }
}

/// Checks that `call` panics with a message containing `expected`; fails with a
/// teaching message if it returns, or panics with another message (a stub's
/// `todo!()` included).
///
/// `check::assert_panics("nudge with h = −1", || nudge(4.0, 3.0, -1.0, &mut rng),
/// "h must be positive", "a step that goes down is not a nudge up")`
#[track_caller]
pub fn assert_panics<R>(quantity: &str, call: impl FnOnce() -> R, expected: &str, rule: &str) {
    let wanted = format!("a panic whose message contains \"{expected}\"");
    match panic_message(call) {
        None => fail(quantity, "no panic: it returned a value", wanted, rule),
        Some(message) if !message.contains(expected) => fail(
            quantity,
            format!("a panic saying \"{message}\""),
            wanted,
            rule,
        ),
        Some(_) => {}
    }
}

/// Runs `call` on a thread of its own, named `name`, with a stack of
/// `stack_bytes`: its result, or the message of its panic (kept off the
/// screen). For a check whose outcome must not depend on the stack of the
/// thread that runs it (a recursion too deep overflows a small stack; that
/// still aborts the whole program, as Rust does).
pub fn on_thread<R: Send>(
    name: &str,
    stack_bytes: usize,
    call: impl FnOnce() -> R + Send,
) -> Result<R, String> {
    std::thread::scope(|scope| {
        let thread = std::thread::Builder::new()
            .name(name.to_string())
            .stack_size(stack_bytes)
            .spawn_scoped(scope, || {
                let mut result = None;
                let panicked = panic_message(|| result = Some(call()));
                result.ok_or(panicked.unwrap_or_default())
            })
            .expect("a thread for the check");
        thread.join().expect("the check's thread")
    })
}
