//! What a run of a lesson's checks found: a verdict per check, in the lesson's
//! order, and what the learner needs to know about the run as a whole.

use std::path::PathBuf;
use std::time::Duration;

pub use crate::libtest::Failure;

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
    /// The runtime could not allocate memory (the process aborts).
    OutOfMemory,
    /// The process exited, with this status, before libtest's end: the code called
    /// `std::process::exit`.
    Exited(i32),
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
    /// Whose that function is when it is not in the check.s own part: `part 1 of 4`,
    /// or `lesson 6 (part 2 of 3)` for a lesson this one uses.
    pub owner: Option<String>,
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
    /// The fingerprint of the lesson's files when the run started (see `progress::fingerprint`).
    pub fingerprint: String,
    /// The fingerprint of each part of the lesson when the run started (see
    /// `progress::part_fingerprints`), empty when not taken.
    pub part_fingerprints: Vec<String>,
    /// The compiler's warnings about the files the learner edits in the parts run.
    pub warnings: Vec<String>,
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

    /// The part (index in the lesson) of the first check that did not pass.
    pub fn first_failing_part(&self) -> Option<usize> {
        let at = self
            .checks
            .iter()
            .position(|(_, verdict)| *verdict != Verdict::Pass)?;
        let mut start = 0;
        self.parts.iter().find_map(|&(index, count)| {
            start += count;
            (at < start).then_some(index)
        })
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
    pub(crate) fn merge(&mut self, later: Report) {
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
