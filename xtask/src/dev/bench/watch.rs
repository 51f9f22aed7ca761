//! `watch`, timed: from a save to the end of its new screen, as the learner sees it.

use std::io::Read;
use std::path::Path;
use std::process::{Child, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use super::{append, cargo, median};
use crate::signals;

/// The last line of each of watch's screens.
const FOOTER: &str = "Watching lessons/ for changes";
/// Longer than any screen takes, even on a busy machine.
const PATIENCE: Duration = Duration::from_secs(120);

/// The median time from a one-line edit of `file` to watch's next full screen.
pub fn latency(root: &Path, file: &Path, runs: usize, poll: bool) -> Result<Duration> {
    let mut command = cargo();
    command
        .current_dir(root)
        .args(["xtask", "watch"])
        .args(poll.then_some("--poll"))
        .env("NO_COLOR", "1")
        .env_remove("CARGO_TARGET_DIR")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    let mut child = command
        .spawn()
        .context("Failed to start cargo xtask watch")?;
    let screens = footers(&mut child)?;
    let result = (|| {
        wait(&screens, &child)?;
        // The first screens may include a run for the edits just before: let them pass.
        std::thread::sleep(Duration::from_millis(500));
        while screens.try_recv().is_ok() {}
        let mut times = Vec::new();
        for run in 0..runs {
            append(&root.join(file), &format!("// bench watch {run}\n"))?;
            let start = Instant::now();
            wait(&screens, &child)?;
            times.push(start.elapsed());
            // A second screen for the same save (an editor's second write) is not timed.
            std::thread::sleep(Duration::from_millis(300));
            while screens.try_recv().is_ok() {}
        }
        Ok(median(&mut times))
    })();
    stop(&mut child);
    result
}

/// A message for every screen watch finishes printing.
fn footers(child: &mut Child) -> Result<Receiver<()>> {
    let mut stdout = child.stdout.take().context("watch has no stdout")?;
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        let (mut buffer, mut seen) = ([0; 4096], String::new());
        while let Ok(n @ 1..) = stdout.read(&mut buffer) {
            seen.push_str(&String::from_utf8_lossy(&buffer[..n]));
            while let Some(at) = seen.find(FOOTER) {
                seen.drain(..at + FOOTER.len());
                if sender.send(()).is_err() {
                    return;
                }
            }
        }
    });
    Ok(receiver)
}

fn wait(screens: &Receiver<()>, child: &Child) -> Result<()> {
    if signals::interrupted() {
        return Err(signals::Interrupted.into());
    }
    if screens.recv_timeout(PATIENCE).is_err() {
        bail!(
            "cargo xtask watch (process {}) showed no new screen in {PATIENCE:?}",
            child.id()
        );
    }
    Ok(())
}

/// Stops watch as Ctrl-C would (cargo runs it in its own place, so its id is watch's).
fn stop(child: &mut Child) {
    // SAFETY: kill only sends a signal to the process we started.
    unsafe {
        libc::kill(child.id() as libc::pid_t, libc::SIGINT);
    }
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
}
