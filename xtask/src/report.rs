//! What a run of a lesson's checks found: a verdict per check, in the lesson's
//! order, and what the learner needs to know about the run as a whole.

use std::ops::Range;
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
    /// `lessons/lesson3/tests/rules.rs:103`
    pub check_at: String,
    /// The learner's function the check calls first, with its place.
    pub function: Option<(String, String)>,
    /// Whose that function is when it is not in the check's own part: `part 1 of 4`,
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
    /// The fingerprint of the lesson's files when the run started, and of each of
    /// its parts (see `progress::fingerprints`).
    pub fingerprint: String,
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
        self.part_at(self.checks.iter().position(|(_, v)| *v != Verdict::Pass)?)
    }

    /// Each part run (its index in the lesson) with the range of its checks.
    pub fn part_ranges(&self) -> impl Iterator<Item = (usize, Range<usize>)> + '_ {
        let mut start = 0;
        self.parts.iter().map(move |&(index, count)| {
            start += count;
            (index, start - count..start)
        })
    }

    /// The part (index in the lesson) of the check at `at`.
    pub fn part_at(&self, at: usize) -> Option<usize> {
        self.part_ranges()
            .find(|(_, range)| range.contains(&at))
            .map(|(index, _)| index)
    }

    /// The same report, for one of the parts it ran only.
    pub fn part(&self, index: usize) -> Option<Report> {
        let (_, range) = self.part_ranges().find(|(part, _)| *part == index)?;
        let checks = self.checks[range].to_vec();
        let suspect = self
            .suspect
            .clone()
            .filter(|s| checks.iter().any(|(name, _)| *name == s.check));
        Some(Report {
            parts: vec![(index, checks.len())],
            checks,
            suspect,
            ..self.clone()
        })
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
