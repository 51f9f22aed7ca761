//! The course runner behind `cargo xtask`: finds the learner's current lesson,
//! runs its checks, shows the first failing one, and keeps the progress file.
//!
//! `args` declares the command line; one module per learner's command (`next`,
//! `watch`, `hint`, `list`, `reset`, `solution`, `verify`), and the maintainers'
//! commands apart in `dev`; `screen` renders everything the learner sees;
//! `checks` runs a lesson's checks (with `process` supervising cargo, `libtest`
//! reading its output, `verdicts` turning it into a `report`); `progress` keeps
//! the small state file; `course` and `text` read the lessons from disk, `rust`
//! just enough of their Rust to find functions; `manifest` guards what was
//! shipped; `markers` reads the solutions, the one source of the stubs.

pub mod args;
pub mod checks;
pub mod course;
pub mod dev;
pub mod hint;
pub mod libtest;
pub mod list;
pub mod manifest;
pub mod markers;
pub mod next;
pub mod process;
pub mod progress;
pub mod report;
pub mod reset;
pub mod rust;
pub mod screen;
pub mod signals;
pub mod solution;
pub mod text;
pub mod usage_error;
pub mod verdicts;
pub mod verify;
pub mod watch;

use anyhow::Result;

use crate::course::{Course, Lesson};
use crate::progress::Progress;
use crate::report::Report;
use crate::screen::{Place, Row, State, Style};

/// What every command works with.
pub struct Ctx {
    pub course: Course,
    pub options: checks::Options,
    pub style: Style,
}

impl Ctx {
    /// Runs every part of a lesson and notes which of its protected files were changed.
    /// The report carries the fingerprint of the files the run saw, taken before it
    /// (a file saved while the checks run makes it stale): only a whole lesson's run
    /// can record it done.
    pub fn run(&self, lesson: &Lesson) -> Result<Report> {
        let fingerprint = crate::progress::fingerprint(&self.course, lesson);
        let all: Vec<usize> = (0..lesson.parts.len()).collect();
        let mut report = self.run_parts(lesson, &all)?;
        report.fingerprint = fingerprint;
        Ok(report)
    }

    /// Runs some parts of a lesson (indices into its parts, in order).
    pub fn run_parts(&self, lesson: &Lesson, parts: &[usize]) -> Result<Report> {
        // Taken before the run: a file saved while the checks run makes it stale.
        let part_fingerprints = progress::part_fingerprints(&self.course, lesson);
        self.run_parts_seen(lesson, parts, part_fingerprints)
    }

    /// [`Ctx::run_parts`], with the parts' fingerprints already taken before it.
    pub fn run_parts_seen(
        &self,
        lesson: &Lesson,
        parts: &[usize],
        part_fingerprints: Vec<String>,
    ) -> Result<Report> {
        let mut report = checks::run_parts(&self.course, lesson, parts, &self.options)?;
        report.part_fingerprints = part_fingerprints;
        report.changed = manifest::changed(&self.course.root, lesson)?;
        Ok(report)
    }

    pub fn names(&self) -> Vec<&str> {
        self.course
            .lessons
            .iter()
            .map(|lesson| lesson.name.as_str())
            .collect()
    }

    /// Where the learner stands, for the progress bars.
    pub fn place(&self, progress: &Progress, lesson: Option<&Lesson>) -> Place {
        Place {
            done: progress.done.len(),
            total: self.course.lessons.len(),
            parts_done: lesson.map_or(0, |lesson| progress.passed_parts(lesson).len()),
            parts: lesson.map_or(0, |lesson| lesson.parts.len()),
        }
    }

    /// One row per lesson for `list` and `verify`: done only if `progress` says so
    /// and the checks just run agree.
    pub fn rows<'a>(&'a self, progress: &Progress, reports: &'a [Report]) -> Vec<Row<'a>> {
        let current = self.current(progress);
        let lessons = self.course.lessons.iter().zip(reports).enumerate();
        lessons
            .map(|(index, (lesson, report))| Row {
                lesson,
                report,
                state: if progress.done.contains(&lesson.name) && report.done() {
                    State::Done
                } else if Some(index) == current {
                    State::Current
                } else {
                    State::NotStarted
                },
            })
            .collect()
    }

    /// The index of the first lesson not done.
    pub fn current(&self, progress: &Progress) -> Option<usize> {
        self.course
            .lessons
            .iter()
            .position(|lesson| !progress.done.contains(&lesson.name))
    }
}
