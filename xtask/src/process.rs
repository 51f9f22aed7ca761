//! Running cargo under supervision: one pipe for its stdout and stderr (so that
//! what cargo and each test binary print stays in order), a cap on what is kept,
//! a time limit on each test binary once it starts, and the whole process group
//! stopped on a timeout or Ctrl-C.
//!
//! The output is cut into segments at cargo's `Running tests/S.rs (…)` lines: the
//! first segment is the build, then one per test binary, each with its own cap.

use std::fs;
use std::io::Read;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};

use crate::libtest;

/// How long building may take before the run is given up: a cold build of the
/// course takes well under a minute; this only guards against a hung cargo.
const BUILD_LIMIT: Duration = Duration::from_secs(600);

/// How much of a segment is kept: the head holds the per-check lines and the
/// first failures, the tail holds libtest's summary.
const HEAD_BYTES: usize = 256 * 1024;
const TAIL_BYTES: usize = 32 * 1024;
/// A line longer than this is kept in pieces (it cannot be a `Running` line).
const LONGEST_LINE: usize = 64 * 1024;

/// What one part of the run printed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Segment {
    /// The test target it runs (`step` for `Running tests/step.rs`); None for the build.
    pub target: Option<String>,
    pub text: String,
    /// Bytes cut by the cap.
    pub cut: usize,
}

/// What a supervised run printed, in order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Output {
    /// The build first, then one segment per test binary, in the order they ran.
    pub segments: Vec<Segment>,
    /// Whether the run was stopped because a test binary (the last segment) ran past its limit.
    pub timed_out: bool,
}

/// The folder, under the target directory, where each run records its process group.
const RECORDS: &str = "backprop-runs";

/// Runs `command` in a process group of its own; each test binary may run for `limit`.
/// While it runs, a record of the group sits under `target` (see [`stop_orphans`]).
pub fn run(mut command: Command, limit: Duration, target: &Path) -> Result<Output> {
    let records = target.join(RECORDS);
    let (reader, writer) = std::io::pipe().context("Failed to make a pipe for cargo")?;
    command
        .stdin(Stdio::null())
        .stdout(writer.try_clone().context("Failed to share a pipe")?)
        .stderr(writer);
    // Its own process group, so that a timeout stops cargo *and* the test binary.
    std::os::unix::process::CommandExt::process_group(&mut command, 0);
    let mut child = command.spawn().context("Failed to start cargo")?;
    // Our copies of the pipe's writing end must go, or the pipe never ends.
    drop(command);
    let record = records.join(format!("{}-{}", std::process::id(), child.id()));
    let recorded = fs::create_dir_all(&records).and_then(|()| fs::write(&record, ""));
    let output = collect(&mut child, reader, limit);
    if recorded.is_ok() {
        let _ = fs::remove_file(&record);
    }
    output
}

/// Stops the checks that a runner which could not stop them (killed with `kill -9`)
/// left running, and returns how many groups it stopped. Each run leaves a record,
/// `RUNNER-GROUP`, in `target`'s `RECORDS` folder while it lasts; a record whose runner
/// is gone names a group that nobody will stop. The group is stopped only if one of
/// its processes still runs a program from `target` (a test binary or cargo's build
/// of it), so that a number the system has since given to someone else is never touched.
pub fn stop_orphans(target: &Path) -> usize {
    let Ok(entries) = fs::read_dir(target.join(RECORDS)) else {
        return 0;
    };
    let mut stopped = 0;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some((runner, group)) = name.split_once('-') else {
            continue;
        };
        let (Ok(runner), Ok(group)) = (runner.parse::<i32>(), group.parse::<i32>()) else {
            continue;
        };
        if runner == std::process::id() as i32 || alive(runner) {
            continue;
        }
        if group > 1 && runs_from(group, target) {
            crate::signals::kill_group(group as u32);
            stopped += 1;
        }
        let _ = fs::remove_file(entry.path());
    }
    stopped
}

/// Whether process `pid` exists (a process of another user counts).
fn alive(pid: i32) -> bool {
    // SAFETY: signal 0 only asks whether the process exists.
    let answer = unsafe { libc::kill(pid, 0) };
    answer == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

/// Whether a process of group `group` runs a program under `target` (`ps` says the
/// same on Linux and macOS).
fn runs_from(group: i32, target: &Path) -> bool {
    let Ok(output) = Command::new("ps")
        .args(["-A", "-o", "pgid=,command="])
        .output()
    else {
        return false;
    };
    let target = target.to_string_lossy();
    String::from_utf8_lossy(&output.stdout).lines().any(|line| {
        let line = line.trim_start();
        let (pgid, command) = line.split_once(' ').unwrap_or((line, ""));
        pgid.parse::<i32>() == Ok(group) && command.trim_start().starts_with(target.as_ref())
    })
}

/// Reads the child's output into segments, stopping it once a test binary runs past `limit`.
fn collect(
    child: &mut Child,
    mut pipe: impl Read + Send + 'static,
    limit: Duration,
) -> Result<Output> {
    let (sender, receiver) = mpsc::channel();
    let reader = thread::spawn(move || {
        let mut buffer = [0u8; 8192];
        while let Ok(n) = pipe.read(&mut buffer) {
            if n == 0 || sender.send(buffer[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    // The build's segment comes first, even when it is empty.
    let mut lines = Lines {
        pending: Vec::new(),
        segments: vec![Capped::default()],
    };
    let mut deadline = Instant::now() + BUILD_LIMIT;
    let mut timed_out = false;
    loop {
        if crate::signals::interrupted() {
            stop(child);
            let _ = child.wait();
            return Err(crate::signals::Interrupted.into());
        }
        let now = Instant::now();
        if now >= deadline {
            timed_out = true;
            stop(child);
            break;
        }
        // Wake up often enough to notice Ctrl-C.
        let wait = (deadline - now).min(Duration::from_millis(100));
        match receiver.recv_timeout(wait) {
            Ok(bytes) => {
                if lines.push(&bytes) {
                    // A test binary started: its checks have `limit` from now.
                    deadline = Instant::now() + limit;
                }
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        }
    }
    child.wait().context("Failed to wait for cargo")?;
    if !timed_out {
        let _ = reader.join();
    }
    Ok(Output {
        segments: lines.finish(),
        timed_out,
    })
}

/// Stops cargo and everything it started.
fn stop(child: &mut Child) {
    crate::signals::kill_group(child.id());
    let _ = child.kill();
}

/// The stream cut into lines, and the lines into segments.
struct Lines {
    pending: Vec<u8>,
    segments: Vec<Capped>,
}

impl Lines {
    /// Adds bytes; returns whether a test binary announced its checks (`running N tests`).
    fn push(&mut self, bytes: &[u8]) -> bool {
        let mut started = false;
        self.pending.extend_from_slice(bytes);
        while let Some(end) = self.pending.iter().position(|&b| b == b'\n') {
            let line: Vec<u8> = self.pending.drain(..=end).collect();
            let text = String::from_utf8_lossy(&line);
            if let Some(target) = running_target(&text) {
                self.segments.push(Capped {
                    target: Some(target),
                    ..Capped::default()
                });
            }
            started |= libtest::running_count(&text).is_some();
            self.current().push(&line);
        }
        if self.pending.len() > LONGEST_LINE {
            let piece = std::mem::take(&mut self.pending);
            self.current().push(&piece);
        }
        started
    }

    fn current(&mut self) -> &mut Capped {
        self.segments
            .last_mut()
            .expect("the build's segment is always there")
    }

    fn finish(mut self) -> Vec<Segment> {
        let rest = std::mem::take(&mut self.pending);
        self.current().push(&rest);
        self.segments.into_iter().map(Capped::segment).collect()
    }
}

/// `step` for cargo's `     Running tests/step.rs (target/debug/deps/step-1a2b)`.
fn running_target(line: &str) -> Option<String> {
    let rest = line.trim_start().strip_prefix("Running ")?;
    let path = rest.split(" (").next()?.trim();
    let name = Path::new(path).file_stem()?.to_string_lossy().into_owned();
    (path.starts_with("tests/") && path.ends_with(".rs")).then_some(name)
}

/// Output kept as a head and a tail, with the middle counted but dropped, except
/// for the lines that say what happened to a check (its `test NAME ... ok` line,
/// the `---- NAME stdout ----` heading of its failure, and the panic and message
/// that follow): those are kept apart, and put where the cut was, so that a check
/// that printed megabytes before it failed still shows why it failed.
#[derive(Default)]
struct Capped {
    target: Option<String>,
    head: Vec<u8>,
    /// Whole lines after the head, the last TAIL_BYTES of them or so.
    tail: std::collections::VecDeque<Vec<u8>>,
    tail_bytes: usize,
    /// The lines of the cut middle that say what happened to a check.
    kept: Vec<u8>,
    /// Lines of a panic message still to keep, after a `panicked at` line was cut.
    message_left: usize,
    cut: usize,
}

/// How much of the cut middle is kept apart, at most.
const KEPT_BYTES: usize = 64 * 1024;
/// How many lines of a panic message are kept apart, at most.
const MESSAGE_LINES: usize = 40;

impl Capped {
    fn push(&mut self, bytes: &[u8]) {
        let room = HEAD_BYTES.saturating_sub(self.head.len());
        if room >= bytes.len() && self.tail.is_empty() {
            self.head.extend_from_slice(bytes);
            return;
        }
        self.tail.push_back(bytes.to_vec());
        self.tail_bytes += bytes.len();
        while self.tail_bytes > TAIL_BYTES && self.tail.len() > 1 {
            let line = self.tail.pop_front().unwrap();
            self.tail_bytes -= line.len();
            self.drop_line(line);
        }
    }

    /// A line leaves the tail: kept apart if it says what happened to a check, else cut.
    fn drop_line(&mut self, line: Vec<u8>) {
        let text = String::from_utf8_lossy(&line);
        let trimmed = text.trim_end();
        let panic = libtest::is_panic_line(trimmed);
        let ends_message = trimmed.is_empty() || trimmed.starts_with("note: ");
        let verdict = libtest::result_line(trimmed).is_some()
            || libtest::section_heading(trimmed).is_some()
            || trimmed == "failures:";
        // The line that ends a message (a blank line or libtest's note) is kept with it.
        let in_message = self.message_left > 0;
        if panic {
            self.message_left = MESSAGE_LINES;
        } else if ends_message {
            self.message_left = 0;
        } else {
            self.message_left = self.message_left.saturating_sub(1);
        }
        if (verdict || panic || in_message) && self.kept.len() + line.len() <= KEPT_BYTES {
            self.kept.extend_from_slice(&line);
        } else {
            self.cut += line.len();
        }
    }

    fn segment(self) -> Segment {
        let head = String::from_utf8_lossy(&self.head);
        let tail: Vec<u8> = self.tail.into_iter().flatten().collect();
        let tail = String::from_utf8_lossy(&tail);
        let kept = String::from_utf8_lossy(&self.kept);
        let text = if self.cut > 0 {
            format!("{head}\n[… {} bytes cut …]\n{kept}{tail}", self.cut)
        } else {
            format!("{head}{kept}{tail}")
        };
        Segment {
            target: self.target,
            text,
            cut: self.cut,
        }
    }
}
