//! The course runner behind `cargo xtask`: finds the learner's current lesson,
//! runs its checks, shows the first failing one, and keeps the progress file.
//!
//! One module per command (`next`, `list`, `hint`, …); `screen` renders
//! everything the learner sees; `checks` runs a lesson's checks (with `process`
//! supervising cargo and `libtest` reading its output); `progress` keeps the
//! small state file; `course` and `text` read the lessons from disk, `rust` just
//! enough of their Rust to find functions.

pub mod args;
pub mod bench;
pub mod checks;
pub mod course;
pub mod drift;
pub mod hint;
pub mod libtest;
pub mod list;
pub mod manifest;
pub mod mutants;
pub mod next;
pub mod process;
pub mod progress;
pub mod reset;
pub mod rust;
pub mod screen;
pub mod signals;
pub mod solution;
pub mod text;
pub mod verdicts;
pub mod verify;
pub mod watch;

use std::fmt;

use anyhow::Result;

use crate::checks::Report;
use crate::course::{Course, Lesson};
use crate::progress::{Loaded, Progress};
use crate::screen::{Place, Row, State, Style};

/// A mistake in how the runner was called: shown in one line, exit status 2.
#[derive(Debug, Clone, PartialEq)]
pub struct UsageError(pub String);

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// What every command works with.
pub struct Ctx {
    pub course: Course,
    pub options: checks::Options,
    pub style: Style,
}

impl Ctx {
    /// Runs every part of a lesson and notes which of its protected files were changed.
    pub fn run(&self, lesson: &Lesson) -> Result<Report> {
        let all: Vec<usize> = (0..lesson.parts.len()).collect();
        self.run_parts(lesson, &all)
    }

    /// Runs some parts of a lesson (indices into its parts, in order).
    pub fn run_parts(&self, lesson: &Lesson, parts: &[usize]) -> Result<Report> {
        let mut report = checks::run_parts(&self.course, lesson, parts, &self.options)?;
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
            parts_done: lesson.map_or(0, |lesson| passed_parts(progress, lesson).len()),
            parts: lesson.map_or(0, |lesson| lesson.parts.len()),
        }
    }

    /// One row per lesson for `list` and `verify`, its state read from `progress`.
    pub fn rows<'a>(&'a self, progress: &Progress, reports: &'a [Report]) -> Vec<Row<'a>> {
        let current = self.current(progress);
        let lessons = self.course.lessons.iter().zip(reports).enumerate();
        lessons
            .map(|(index, (lesson, report))| Row {
                lesson,
                report,
                state: if progress.done.contains(&lesson.name) {
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

/// The parts of `lesson` recorded as passed (indices, in order).
pub fn passed_parts(progress: &Progress, lesson: &Lesson) -> Vec<usize> {
    (0..lesson.parts.len())
        .filter(|&index| {
            let key = (lesson.name.clone(), lesson.parts[index].slug.clone());
            progress.parts.contains(&key)
        })
        .collect()
}

/// The learner's current part of `lesson`: the first not recorded as passed
/// (None once every part is, and the whole lesson must pass in one run).
pub fn current_part(progress: &Progress, lesson: &Lesson) -> Option<usize> {
    let passed = passed_parts(progress, lesson);
    (0..lesson.parts.len()).find(|index| !passed.contains(index))
}

/// Records in `progress` which parts of `lesson` pass in `report`, and forgets the others it ran.
pub fn record_parts(progress: &mut Progress, lesson: &Lesson, report: &Report) {
    let passing = report.passing_parts();
    for &(index, _) in &report.parts {
        let key = (lesson.name.clone(), lesson.parts[index].slug.clone());
        if passing.contains(&index) && report.changed.is_empty() {
            progress.parts.insert(key);
        } else {
            progress.parts.remove(&key);
        }
    }
}

/// Marks `lesson` done: its part lines are no longer needed.
pub fn record_done(progress: &mut Progress, lesson: &Lesson) {
    progress.done.insert(lesson.name.clone());
    progress.parts.retain(|(name, _)| *name != lesson.name);
}

/// The learner's progress, and the report of the current lesson (every part) if
/// finding it took a run.
///
/// A missing or unreadable progress file is recovered by re-checking the lessons in
/// order until one does not pass (its passing parts are recorded); what was
/// re-checked is written to `notes`.
pub fn load_progress(ctx: &Ctx, notes: &mut String) -> Result<(Progress, Option<Report>)> {
    let reason = match progress::load(&ctx.course.root, &ctx.names()) {
        Loaded::Read(progress) => return Ok((progress, None)),
        Loaded::Missing => None,
        Loaded::Unreadable(why) => Some(why),
    };
    if let Some(why) = &reason {
        notes.push_str(&format!(
            "The progress file {} could not be read ({why}); re-checking the lessons from the start.\n",
            progress::FILE
        ));
    }
    let mut progress = Progress::default();
    let mut current_report = None;
    for lesson in &ctx.course.lessons {
        let report = ctx.run(lesson)?;
        if !report.done() {
            record_parts(&mut progress, lesson, &report);
            current_report = Some(report);
            break;
        }
        notes.push_str(&format!(
            "{} {} already passes.\n",
            ctx.style.green("✓"),
            lesson.title
        ));
        record_done(&mut progress, lesson);
    }
    progress::save(&ctx.course.root, &progress)?;
    Ok((progress, current_report))
}
