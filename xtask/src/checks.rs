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
use crate::report::{Outcome, Report, Verdict};
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
        .args(["test", "--package", &lesson.name, "--no-fail-fast"])
        // Without the lesson's default feature `story`, cargo leaves out its
        // program (src/main.rs), which it would otherwise relink for every run:
        // the checks need the library only (see CONTRIBUTING.md, Speed).
        .arg("--no-default-features");
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
            "Building {} and what it needs (a lesson's first run takes several seconds; later runs take a fraction of a second)…",
            lesson.name
        );
        let _ = std::io::stdout().flush();
    }
}
