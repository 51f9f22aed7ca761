//! Running a lesson's checks, part by part, and telling what happened to each.
//!
//! One `cargo test -p lessonN --test S1 --test S2 … --no-fail-fast` per run, as
//! the learner would type it, so the runner costs little more than the bare
//! command (`process` supervises it, `libtest` reads what it printed). Every
//! check of a test binary runs at once, on a thread of its own: when a binary is
//! stopped at its time limit, the checks without a verdict are exactly the ones
//! that did not finish, and the first of them in the lesson's order is named
//! (libtest alone runs one at a time in alphabetical order, which names the
//! wrong one). A compile error is told apart by the absence of libtest's
//! `running N tests` line.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use anyhow::Result;

use crate::course::{Course, Lesson};
pub use crate::libtest::Failure;
use crate::{process, verdicts};

/// How a run is bounded and where it builds.
#[derive(Clone, Debug)]
pub struct Options {
    /// How long a part's checks may run once built, before they are stopped.
    pub timeout: Duration,
    /// A target directory of its own, for runs nested inside another cargo.
    pub target_dir: Option<PathBuf>,
    /// Whether to say, before a first build, that it takes a while.
    pub announce_build: bool,
}

/// The default limit on a part's checks: every reference solution's checks
/// finish in well under a second, so a few seconds more means a loop.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(5);

/// The verdict on one check.
#[derive(Clone, Debug, PartialEq)]
pub enum Verdict {
    Pass,
    Fail(Failure),
    /// Still running when its test binary was stopped at the time limit.
    TimedOut,
    /// Running when its test process died.
    Crashed(Crash),
    /// No verdict: its test binary died, or never ran.
    NotRun,
}

/// How a test process died.
#[derive(Clone, Debug, PartialEq)]
pub enum Crash {
    /// The check's thread overflowed its stack (the process aborts).
    StackOverflow,
    /// Anything else, as the runtime or cargo said it.
    Died(String),
}

/// Whether the checks could run at all.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// The lesson did not compile; the compiler's first error, as it printed it.
    CompileError(String),
    /// The checks ran (each check's verdict says how far).
    Ran,
}

/// Where to look when a check did not finish: the lesson's function it calls.
#[derive(Clone, Debug, PartialEq)]
pub struct Suspect {
    pub check: String,
    /// `lessons/lesson3/tests/checks.rs:103`
    pub check_at: String,
    /// The learner's function the check calls first, with its place.
    pub function: Option<(String, String)>,
}

/// A run of some of a lesson's parts.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub outcome: Outcome,
    /// Every check of the parts run, in the lesson's order.
    pub checks: Vec<(String, Verdict)>,
    /// The parts run, in order: the index of each in the lesson's parts, and its number of checks.
    pub parts: Vec<(usize, usize)>,
    /// The time limit the checks ran under.
    pub limit: Duration,
    /// Bytes of output cut by the cap.
    pub cut_bytes: usize,
    /// The lesson's protected files (checks, snapshots) that differ from what was shipped.
    pub changed: Vec<PathBuf>,
    /// For a first failing check that did not finish: where to look.
    pub suspect: Option<Suspect>,
}

impl Report {
    pub fn passed(&self) -> usize {
        self.checks
            .iter()
            .filter(|(_, verdict)| *verdict == Verdict::Pass)
            .count()
    }

    /// Whether the checks ran, and every check passed.
    pub fn all_pass(&self) -> bool {
        self.outcome == Outcome::Ran
            && !self.checks.is_empty()
            && self.passed() == self.checks.len()
    }

    /// Whether the checks count: every one passes, with the checks as shipped.
    pub fn done(&self) -> bool {
        self.all_pass() && self.changed.is_empty()
    }

    /// The first check, in the learner's order, that did not pass.
    pub fn first_failing(&self) -> Option<&(String, Verdict)> {
        self.checks
            .iter()
            .find(|(_, verdict)| *verdict != Verdict::Pass)
    }

    /// The same report, for one of the parts it ran only.
    pub fn part(&self, index: usize) -> Option<Report> {
        let mut start = 0;
        for &(part, count) in &self.parts {
            if part == index {
                let checks = self.checks[start..start + count].to_vec();
                let suspect = self
                    .suspect
                    .clone()
                    .filter(|s| checks.iter().any(|(name, _)| *name == s.check));
                return Some(Report {
                    checks,
                    parts: vec![(part, count)],
                    suspect,
                    ..self.clone()
                });
            }
            start += count;
        }
        None
    }

    /// Takes the verdicts of a later run of some of the same checks.
    fn merge(&mut self, later: Report) {
        for (name, verdict) in later.checks {
            if let Some(slot) = self.checks.iter_mut().find(|(n, _)| *n == name) {
                slot.1 = verdict;
            }
        }
        self.cut_bytes += later.cut_bytes;
    }

    /// The parts (indices in the lesson) whose every check passed.
    pub fn passing_parts(&self) -> Vec<usize> {
        let parts = self.parts.iter().map(|&(index, _)| index);
        parts
            .filter(|&index| self.part(index).is_some_and(|part| part.all_pass()))
            .collect()
    }
}

/// Runs every part of `lesson`.
pub fn run(course: &Course, lesson: &Lesson, options: &Options) -> Result<Report> {
    let all: Vec<usize> = (0..lesson.parts.len()).collect();
    run_parts(course, lesson, &all, options)
}

/// Runs the parts of `lesson` at `indices` (in the lesson's order), in one cargo run,
/// and then whatever it takes to know the first check, in the lesson's order, that
/// does not pass, and why.
pub fn run_parts(
    course: &Course,
    lesson: &Lesson,
    indices: &[usize],
    options: &Options,
) -> Result<Report> {
    if options.announce_build {
        announce_first_build(&course.root, lesson, options.target_dir.as_deref());
    }
    let mut report = cargo_test(course, lesson, indices, None, options)?;
    // cargo runs test binaries in the order of their names, not of the parts: after a
    // timeout, the parts before the stopped one that never started get a run of their own.
    let stopped = report
        .checks
        .iter()
        .position(|(_, v)| *v == Verdict::TimedOut);
    let mut start = 0;
    let mut unstarted = Vec::new();
    for &(index, count) in &report.parts {
        let range = start..start + count;
        start += count;
        let never = report.checks[range.clone()]
            .iter()
            .all(|(_, v)| *v == Verdict::NotRun);
        if never && stopped.is_some_and(|at| range.end <= at) {
            unstarted.push(index);
        }
    }
    if !unstarted.is_empty() {
        let again = cargo_test(course, lesson, &unstarted, None, options)?;
        report.merge(again);
    }
    // A test process that died took the verdicts of its unfinished checks with it:
    // those before the first known failure run again, one at a time, in order.
    let reruns = if report.outcome == Outcome::Ran {
        report.checks.len()
    } else {
        0
    };
    for _ in 0..reruns {
        let Some((check, Verdict::NotRun)) = report.first_failing().cloned() else {
            break;
        };
        let Some(part) = part_index(course, lesson, &check) else {
            break;
        };
        let again = cargo_test(course, lesson, &[part], Some(&check), options)?;
        if again.checks.iter().all(|(_, v)| *v == Verdict::NotRun) {
            break;
        }
        report.merge(again);
    }
    report.suspect = verdicts::suspect(course, lesson, &report);
    Ok(report)
}

/// One `cargo test` of the parts at `indices` (or of the one check `only`).
fn cargo_test(
    course: &Course,
    lesson: &Lesson,
    indices: &[usize],
    only: Option<&str>,
    options: &Options,
) -> Result<Report> {
    let mut names = Vec::new();
    for &index in indices {
        let all = course.part_checks(&lesson.parts[index])?;
        names.push(match only {
            Some(check) => all.into_iter().filter(|name| name == check).collect(),
            None => all,
        });
    }
    let threads = names.iter().map(Vec::len).max().unwrap_or(1).max(1);
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .current_dir(&course.root)
        .args(["test", "--package", &lesson.name, "--no-fail-fast"]);
    for &index in indices {
        command.args(["--test", &lesson.parts[index].slug]);
    }
    command
        .args(["--color", "never", "--"])
        .arg(format!("--test-threads={threads}"))
        .args(["--color", "never"])
        .args(only.map(|check| ["--exact", check]).into_iter().flatten())
        // A wrong snapshot must never be accepted or written by accident.
        .env("INSTA_UPDATE", "no")
        .env("INSTA_WORKSPACE_ROOT", &course.root)
        .env_remove("INSTA_FORCE_PASS")
        .env("RUST_BACKTRACE", "0");
    if let Some(dir) = &options.target_dir {
        command.env("CARGO_TARGET_DIR", dir);
    }
    let output = process::run(command, options.timeout)?;
    Ok(verdicts::read_report(
        lesson,
        indices,
        &names,
        &output,
        options.timeout,
    ))
}

/// The index of the part of `lesson` that `check` belongs to.
fn part_index(course: &Course, lesson: &Lesson, check: &str) -> Option<usize> {
    lesson.parts.iter().position(|part| {
        course
            .part_checks(part)
            .is_ok_and(|names| names.iter().any(|name| name == check))
    })
}

/// Says once, before a lesson's first build, that it takes a while.
fn announce_first_build(root: &Path, lesson: &Lesson, target_dir: Option<&Path>) {
    static SAID: AtomicBool = AtomicBool::new(false);
    let target = target_dir
        .map(Path::to_path_buf)
        .or_else(|| std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from))
        .unwrap_or_else(|| root.join("target"));
    // cargo keeps a `NAME-HASH` folder per built package (`lesson1-solution-HASH` is another).
    let prefix = format!("{}-", lesson.name);
    let is_lesson = |name: &str| {
        name.strip_prefix(&prefix)
            .is_some_and(|hash| hash.chars().all(|c| c.is_ascii_hexdigit()))
    };
    let built = std::fs::read_dir(target.join("debug").join(".fingerprint"))
        .map(|entries| {
            entries
                .flatten()
                .any(|entry| is_lesson(&entry.file_name().to_string_lossy()))
        })
        .unwrap_or(false);
    if !built && !SAID.swap(true, Ordering::SeqCst) {
        println!(
            "Building {} and what it needs (first run only: this takes several seconds; later runs take a fraction of a second)…",
            lesson.name
        );
        let _ = std::io::stdout().flush();
    }
}
