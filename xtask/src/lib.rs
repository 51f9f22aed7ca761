//! The course runner behind `cargo xtask`: finds the learner's current lesson,
//! runs its checks, shows the first failing one, and keeps the progress file.
//!
//! One module per command (`next`, `list`, `hint`, …); `screen` renders
//! everything the learner sees; `checks` runs a lesson's checks; `progress` keeps
//! the small state file; `course` reads the lessons from disk.

pub mod args;
pub mod bench;
pub mod checks;
pub mod course;
pub mod hint;
pub mod list;
pub mod manifest;
pub mod mutants;
pub mod next;
pub mod progress;
pub mod reset;
pub mod screen;
pub mod signals;
pub mod solution;
pub mod verify;
pub mod watch;

use std::fmt;

use anyhow::Result;

use crate::checks::Report;
use crate::course::Course;
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
    /// Runs a lesson's checks and notes which of its protected files were changed.
    pub fn run(&self, lesson: &course::Lesson) -> Result<Report> {
        let mut report = checks::run(&self.course, lesson, &self.options)?;
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

    /// Where the learner stands, for the progress bar.
    pub fn place(&self, progress: &Progress) -> Place {
        Place {
            done: progress.done.len(),
            total: self.course.lessons.len(),
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

/// The learner's progress, and the current lesson with the report of its checks
/// (`None` once every lesson is done). Used by `next` and `hint`.
pub fn current_lesson<'a>(
    ctx: &'a Ctx,
    notes: &mut String,
) -> Result<(Progress, Option<(&'a course::Lesson, Report)>)> {
    let (progress, checked) = load_progress(ctx, notes)?;
    let Some(index) = ctx.current(&progress) else {
        return Ok((progress, None));
    };
    let lesson = &ctx.course.lessons[index];
    let report = match checked {
        Some(report) => report,
        None => ctx.run(lesson)?,
    };
    Ok((progress, Some((lesson, report))))
}

/// The learner's progress, and the report of the current lesson if finding it took a run.
///
/// A missing or unreadable progress file is recovered by re-checking the lessons in
/// order until one does not pass; what was re-checked is written to `notes`.
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
            current_report = Some(report);
            break;
        }
        notes.push_str(&format!(
            "{} {} already passes.\n",
            ctx.style.green("✓"),
            lesson.title
        ));
        progress.done.insert(lesson.name.clone());
    }
    progress::save(&ctx.course.root, &progress)?;
    Ok((progress, current_report))
}
