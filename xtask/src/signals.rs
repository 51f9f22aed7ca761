//! Ctrl-C, and the other ways a runner is told to stop (SIGTERM; SIGHUP when its
//! terminal or tmux session closes; SIGQUIT from Ctrl-\\): the checks run in a process group of their own (so a timeout can stop
//! all of it), which also means the terminal's Ctrl-C does not reach them. `main`
//! catches it once, for every command; whatever is waiting (a run of the checks,
//! `watch`, `bench`) sees `interrupted()`, stops its group, and returns
//! [`Interrupted`], for which `main` exits with status 130. (The library alone, as
//! the course's own tests use it, catches nothing.)

use std::sync::atomic::{AtomicBool, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_signal(_: libc::c_int) {
    INTERRUPTED.store(true, Ordering::SeqCst);
}

/// Catches Ctrl-C (SIGINT), SIGTERM, SIGHUP and SIGQUIT from now on (`main` calls
/// it once): each stops the checks' group before the runner exits.
pub fn catch() {
    let handler = on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t;
    // SAFETY: the handler only stores to an atomic, which is async-signal-safe.
    unsafe {
        for signal in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP, libc::SIGQUIT] {
            libc::signal(signal, handler);
        }
    }
}

/// Whether Ctrl-C was pressed since `catch`.
pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// Stops every process in the group led by `pid`.
pub fn kill_group(pid: u32) {
    // SAFETY: killpg only sends a signal; a group that is already gone is harmless.
    unsafe {
        libc::killpg(pid as libc::pid_t, libc::SIGKILL);
    }
}

/// The error for a run stopped by Ctrl-C; `main` exits with status 130 for it.
#[derive(Debug)]
pub struct Interrupted;

impl std::fmt::Display for Interrupted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("stopped by Ctrl-C")
    }
}

impl std::error::Error for Interrupted {}
