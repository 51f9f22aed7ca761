//! Running a lesson's checks and reading what happened.
//!
//! One `cargo test -p lessonN --test checks` per run, as the learner would type
//! it, so the runner costs little more than the bare command. libtest's own
//! output is read: `--format json` is refused on stable Rust, and one thread
//! (`--test-threads=1`) makes it name each check as it starts, so a check that
//! never ends can be named. A compile error is told apart by the absence of
//! libtest's `running N tests` line.

use std::collections::HashMap;
use std::io::Read;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};

use crate::course::{Course, Lesson};

/// How a run is bounded and where it builds.
#[derive(Clone, Debug)]
pub struct Options {
    /// How long the checks may run once built, before they are stopped.
    pub timeout: Duration,
    /// A target directory of its own, for runs nested inside another cargo.
    pub target_dir: Option<PathBuf>,
}

/// The default limit on a lesson's checks: every reference solution's checks
/// finish in well under a second, so a few seconds more means a loop.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(5);

/// How long building may take before the run is given up: a cold build of the
/// course takes well under a minute; this only guards against a hung cargo.
const BUILD_LIMIT: Duration = Duration::from_secs(600);

/// How much of the checks' output is kept: the head holds the per-check lines
/// and the first failures, the tail holds libtest's summary.
const HEAD_BYTES: usize = 256 * 1024;
const TAIL_BYTES: usize = 32 * 1024;

/// The verdict on one check.
#[derive(Clone, Debug, PartialEq)]
pub enum Verdict {
    Pass,
    Fail(Failure),
    /// The run ended before the check got its turn.
    NotRun,
}

/// Why a check failed, as its panic said it.
#[derive(Clone, Debug, PartialEq)]
pub struct Failure {
    /// The panic message: the check's teaching message, or the stub's `todo!()`.
    pub message: String,
    /// Where it panicked, `lessons/lesson1/src/lib.rs:17:5`.
    pub location: Option<String>,
    /// What the check printed before it failed, if anything.
    pub printed: String,
}

/// What happened when the checks ran.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// The lesson did not compile; the compiler's first error, as it printed it.
    CompileError(String),
    /// The checks ran to the end (passing or not).
    Ran,
    /// A check ran past the limit and the run was stopped.
    TimedOut {
        check: Option<String>,
        limit: Duration,
    },
    /// The test process died in a check (a stack overflow, an abort).
    Crashed {
        check: Option<String>,
        reason: String,
    },
}

/// A run of one lesson's checks.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub outcome: Outcome,
    /// Every check of the lesson, in the order of its checks file.
    pub checks: Vec<(String, Verdict)>,
    /// Bytes of output cut by the cap.
    pub cut_bytes: usize,
    /// The lesson's protected files (checks, snapshots) that differ from what was shipped.
    pub changed: Vec<PathBuf>,
}

impl Report {
    pub fn passed(&self) -> usize {
        self.checks
            .iter()
            .filter(|(_, verdict)| *verdict == Verdict::Pass)
            .count()
    }

    /// Whether the lesson is done: it ran, and every check passed.
    pub fn all_pass(&self) -> bool {
        self.outcome == Outcome::Ran
            && !self.checks.is_empty()
            && self.passed() == self.checks.len()
    }

    /// Whether the lesson counts as done: every check passes, with the checks as shipped.
    pub fn done(&self) -> bool {
        self.all_pass() && self.changed.is_empty()
    }

    /// The first check, in the learner's order, that did not pass.
    pub fn first_failing(&self) -> Option<&(String, Verdict)> {
        self.checks
            .iter()
            .find(|(_, verdict)| *verdict != Verdict::Pass)
    }
}

/// Runs the checks of `lesson` and reads the result.
pub fn run(course: &Course, lesson: &Lesson, options: &Options) -> Result<Report> {
    let names = course.check_names(lesson)?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .current_dir(&course.root)
        .args([
            "test",
            "--package",
            &lesson.name,
            "--test",
            "checks",
            "--color",
            "never",
        ])
        .args(["--", "--test-threads=1", "--color", "never"])
        // A wrong snapshot must never be accepted or written by accident.
        .env("INSTA_UPDATE", "no")
        .env("INSTA_WORKSPACE_ROOT", &course.root)
        .env_remove("INSTA_FORCE_PASS")
        .env("RUST_BACKTRACE", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(dir) = &options.target_dir {
        command.env("CARGO_TARGET_DIR", dir);
    }
    // Its own process group, so that a timeout stops cargo *and* the test binary.
    std::os::unix::process::CommandExt::process_group(&mut command, 0);
    crate::signals::catch();
    let mut child = command.spawn().context("Failed to start cargo")?;
    let output = collect(&mut child, options.timeout)?;
    Ok(read_report(&names, &output, options.timeout))
}

/// The raw output of a run.
#[derive(Debug, Default)]
struct Output {
    stdout: String,
    stderr: String,
    cut_bytes: usize,
    timed_out: bool,
}

/// Reads the child's output with a cap, stopping it once its checks run past `timeout`.
fn collect(child: &mut Child, timeout: Duration) -> Result<Output> {
    let (sender, receiver) = mpsc::channel();
    let mut readers = Vec::new();
    for (is_stdout, mut pipe) in [
        (
            true,
            Box::new(child.stdout.take().unwrap()) as Box<dyn Read + Send>,
        ),
        (false, Box::new(child.stderr.take().unwrap())),
    ] {
        let sender = sender.clone();
        readers.push(thread::spawn(move || {
            let mut buffer = [0u8; 8192];
            while let Ok(n) = pipe.read(&mut buffer) {
                if n == 0 || sender.send((is_stdout, buffer[..n].to_vec())).is_err() {
                    break;
                }
            }
        }));
    }
    drop(sender);

    let mut stdout = Capped::default();
    let mut stderr = Capped::default();
    let mut deadline = Instant::now() + BUILD_LIMIT;
    let mut checks_started = false;
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
            Ok((true, bytes)) => {
                stdout.push(&bytes);
                if !checks_started
                    && (stdout.head.contains("\nrunning ") || stdout.head.starts_with("running "))
                {
                    checks_started = true;
                    deadline = Instant::now() + timeout;
                }
            }
            Ok((false, bytes)) => stderr.push(&bytes),
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        }
    }
    child.wait().context("Failed to wait for cargo")?;
    if !timed_out {
        for reader in readers {
            let _ = reader.join();
        }
    }
    Ok(Output {
        cut_bytes: stdout.cut + stderr.cut,
        stdout: stdout.text(),
        stderr: stderr.text(),
        timed_out,
    })
}

/// Stops cargo and everything it started.
fn stop(child: &mut Child) {
    crate::signals::kill_group(child.id());
    let _ = child.kill();
}

/// Output kept as a head and a tail, with the middle counted but dropped.
#[derive(Default)]
struct Capped {
    head: String,
    tail: Vec<u8>,
    cut: usize,
}

impl Capped {
    fn push(&mut self, bytes: &[u8]) {
        let room = HEAD_BYTES.saturating_sub(self.head.len());
        let (first, rest) = bytes.split_at(room.min(bytes.len()));
        self.head.push_str(&String::from_utf8_lossy(first));
        self.tail.extend_from_slice(rest);
        if self.tail.len() > TAIL_BYTES {
            let excess = self.tail.len() - TAIL_BYTES;
            self.cut += excess;
            self.tail.drain(..excess);
        }
    }

    fn text(&self) -> String {
        let tail = String::from_utf8_lossy(&self.tail);
        if self.cut > 0 {
            format!("{}\n[… {} bytes cut …]\n{}", self.head, self.cut, tail)
        } else {
            format!("{}{}", self.head, tail)
        }
    }
}

/// Turns raw output into a report on every check named in the checks file.
fn read_report(names: &[String], output: &Output, limit: Duration) -> Report {
    let ran = output
        .stdout
        .lines()
        .any(|line| line.starts_with("running "));
    let results = test_lines(&output.stdout);
    let failures = failure_sections(&output.stdout);
    let checks = names
        .iter()
        .map(|name| {
            let verdict = match results.get(name.as_str()) {
                Some(true) => Verdict::Pass,
                Some(false) => Verdict::Fail(failures.get(name.as_str()).cloned().unwrap_or_else(
                    || Failure {
                        message: "failed (its message was cut from the output)".into(),
                        location: None,
                        printed: String::new(),
                    },
                )),
                None => Verdict::NotRun,
            };
            (name.clone(), verdict)
        })
        .collect();
    let outcome = if !ran && !output.timed_out {
        Outcome::CompileError(first_error(&output.stderr))
    } else if output.timed_out {
        if ran {
            Outcome::TimedOut {
                check: running_check(&output.stdout),
                limit,
            }
        } else {
            Outcome::CompileError("the build did not finish in ten minutes".into())
        }
    } else if !output.stdout.contains("\ntest result: ") {
        Outcome::Crashed {
            check: running_check(&output.stdout),
            reason: crash_reason(&output.stderr),
        }
    } else {
        Outcome::Ran
    };
    Report {
        outcome,
        checks,
        cut_bytes: output.cut_bytes,
        changed: Vec::new(),
    }
}

/// `test NAME ... ok` and `test NAME ... FAILED` lines: true for a pass.
fn test_lines(stdout: &str) -> HashMap<&str, bool> {
    let mut results = HashMap::new();
    for line in stdout.lines() {
        let Some(rest) = line.strip_prefix("test ") else {
            continue;
        };
        if let Some(name) = rest.strip_suffix(" ... ok") {
            results.insert(name, true);
        } else if let Some(name) = rest.strip_suffix(" ... FAILED") {
            results.insert(name, false);
        }
    }
    results
}

/// The check whose `test NAME ... ` line has no verdict yet.
fn running_check(stdout: &str) -> Option<String> {
    let last = stdout
        .rsplit('\n')
        .map(str::trim_end)
        .find(|line| !line.is_empty())?;
    let name = last.strip_prefix("test ")?.strip_suffix(" ...")?;
    Some(name.trim().to_string())
}

/// libtest's `---- NAME stdout ----` sections, read into failures.
fn failure_sections(stdout: &str) -> HashMap<&str, Failure> {
    let mut sections = HashMap::new();
    let mut current: Option<(&str, Vec<&str>)> = None;
    for line in stdout.lines() {
        let header = line
            .strip_prefix("---- ")
            .and_then(|rest| rest.strip_suffix(" stdout ----"));
        let ends = header.is_some() || line == "failures:" || line.starts_with("test result: ");
        if ends && let Some((name, lines)) = current.take() {
            sections.insert(name, failure(&lines));
        }
        if let Some(name) = header {
            current = Some((name, Vec::new()));
        } else if let Some((_, lines)) = &mut current {
            lines.push(line);
        }
    }
    if let Some((name, lines)) = current {
        sections.insert(name, failure(&lines));
    }
    sections
}

/// Reads one failure section: what the check printed, then `thread '…' panicked at LOCATION:` and the message.
fn failure(lines: &[&str]) -> Failure {
    let panic_line = lines
        .iter()
        .position(|line| line.starts_with("thread '") && line.contains(" panicked at "));
    let Some(at) = panic_line else {
        return Failure {
            message: lines.join("\n").trim().to_string(),
            location: None,
            printed: String::new(),
        };
    };
    let location = lines[at]
        .split(" panicked at ")
        .nth(1)
        .map(|rest| rest.trim_end_matches(':').to_string());
    let message: Vec<&str> = lines[at + 1..]
        .iter()
        .take_while(|line| {
            !line.starts_with("note: run with `RUST_BACKTRACE")
                && !line.starts_with("stack backtrace:")
        })
        .copied()
        .collect();
    Failure {
        message: message.join("\n").trim_end().to_string(),
        location,
        printed: lines[..at].join("\n").trim().to_string(),
    }
}

/// The compiler's first error, as it printed it (up to the blank line that ends it).
pub fn first_error(stderr: &str) -> String {
    let lines: Vec<&str> = stderr.lines().collect();
    let start = lines.iter().position(|line| {
        (line.starts_with("error[") || line.starts_with("error:"))
            && !line.starts_with("error: could not compile")
            && !line.starts_with("error: test failed")
    });
    match start {
        Some(start) => lines[start..]
            .iter()
            .take_while(|line| !line.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join("\n"),
        None => {
            let tail = lines.len().saturating_sub(20);
            lines[tail..].join("\n")
        }
    }
}

/// What stderr says about a test process that died.
fn crash_reason(stderr: &str) -> String {
    if stderr.contains("overflowed its stack") {
        "stack overflow: probably a recursion that never ends".into()
    } else {
        let last = stderr
            .lines()
            .rev()
            .find(|line| !line.trim().is_empty() && !line.starts_with("error: test failed"));
        format!(
            "the test process died: {}",
            last.unwrap_or("no message").trim()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OUTPUT: &str = "\nrunning 3 tests\ntest a_first ... ok\ntest b_second ... FAILED\ntest c_third ... FAILED\n\nfailures:\n\n---- b_second stdout ----\nprinted line\nthread 'b_second' (42) panicked at lessons/lesson1/tests/checks.rs:3:5:\nproduct(4, 3)\n     got: 7\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n\n---- c_third stdout ----\n\nthread 'c_third' panicked at lessons/lesson1/src/lib.rs:17:5:\nnot yet implemented\n\n\nfailures:\n    b_second\n    c_third\n\ntest result: FAILED. 1 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.01s\n\n";

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|name| name.to_string()).collect()
    }

    #[test]
    fn reads_verdicts_messages_and_locations_in_file_order() {
        let output = Output {
            stdout: OUTPUT.into(),
            ..Output::default()
        };
        let report = read_report(
            &names(&["c_third", "a_first", "b_second"]),
            &output,
            DEFAULT_TIMEOUT,
        );
        assert_eq!(report.outcome, Outcome::Ran);
        assert_eq!(report.passed(), 1);
        let (name, Verdict::Fail(failure)) = report.first_failing().unwrap() else {
            panic!()
        };
        assert_eq!(name, "c_third");
        assert_eq!(failure.message, "not yet implemented");
        assert_eq!(
            failure.location.as_deref(),
            Some("lessons/lesson1/src/lib.rs:17:5")
        );
        let Verdict::Fail(second) = &report.checks[2].1 else {
            panic!()
        };
        assert_eq!(second.message, "product(4, 3)\n     got: 7");
        assert_eq!(second.printed, "printed line");
    }

    #[test]
    fn no_running_line_means_a_compile_error() {
        let stderr = "warning: unused\n\nerror[E0308]: mismatched types\n --> lessons/lesson1/src/lib.rs:3:5\n  |\n\nerror: aborting\nerror: could not compile `lesson1`\n";
        let output = Output {
            stderr: stderr.into(),
            ..Output::default()
        };
        let report = read_report(&names(&["a"]), &output, DEFAULT_TIMEOUT);
        assert_eq!(
            report.outcome,
            Outcome::CompileError(
                "error[E0308]: mismatched types\n --> lessons/lesson1/src/lib.rs:3:5\n  |".into()
            )
        );
        assert_eq!(report.checks, [("a".to_string(), Verdict::NotRun)]);
    }

    #[test]
    fn a_timeout_names_the_check_that_was_running() {
        let output = Output {
            stdout: "\nrunning 2 tests\ntest a_first ... ok\ntest b_loops ... ".into(),
            timed_out: true,
            ..Output::default()
        };
        let report = read_report(&names(&["a_first", "b_loops"]), &output, DEFAULT_TIMEOUT);
        assert_eq!(
            report.outcome,
            Outcome::TimedOut {
                check: Some("b_loops".into()),
                limit: DEFAULT_TIMEOUT
            }
        );
    }

    #[test]
    fn a_dead_test_process_is_a_crash_naming_the_check() {
        let output = Output {
            stdout: "\nrunning 1 test\ntest deep ... ".into(),
            stderr:
                "\nthread 'deep' has overflowed its stack\nfatal runtime error: stack overflow\n"
                    .into(),
            ..Output::default()
        };
        let report = read_report(&names(&["deep"]), &output, DEFAULT_TIMEOUT);
        assert_eq!(
            report.outcome,
            Outcome::Crashed {
                check: Some("deep".into()),
                reason: "stack overflow: probably a recursion that never ends".into()
            }
        );
    }

    #[test]
    fn huge_output_keeps_head_and_tail_and_counts_the_cut() {
        let mut capped = Capped::default();
        for _ in 0..100 {
            capped.push(&[b'x'; 8192]);
        }
        assert_eq!(capped.cut, 100 * 8192 - HEAD_BYTES - TAIL_BYTES);
        assert!(capped.text().contains("bytes cut"));
    }
}
