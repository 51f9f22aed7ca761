//! The course runner behind `cargo xtask`: finds the learner's current lesson,
//! runs its checks, shows the first failing one, and keeps the progress file.
//!
//! `args` declares the command line; one module per learner's command (`next`,
//! `watch`, `hint`, `list`, `reset`, `solution`, `verify`); `screen` renders
//! everything the learner sees. The maintainers' commands (`manifest`, `stubs`,
//! `bench`, `mutants`, `add-part`, `remove-part`) are a crate of their own,
//! `xtask-dev` in `xtask/dev/`, built on this library: `main` hands them over with
//! `cargo run --package xtask-dev`, so that a learner's first `cargo xtask next`
//! compiles only what learners run.
//! `checks::run` is the one way to run checks: `process` supervises cargo,
//! `libtest` reads its output, `verdicts` turns it into a complete `report`.
//! `progress` is the small state file and the fingerprints of the files, which
//! [`Ctx::load_progress`] checks it against; `course` and `text` read the lessons
//! from disk, `rust` just enough of their Rust to find functions; `manifest` guards
//! what was shipped; `markers` reads the solutions, the one source of the stubs
//! (the solution shown by `solution`, and the stubs `xtask-dev` writes).

pub mod args;
pub mod checks;
pub mod course;
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

use std::process::ExitCode;
use std::time::Duration;

use anyhow::{Context, Result};

use crate::checks::{DEFAULT_TIMEOUT, Options};
use crate::course::{Course, Lesson, find_root};
use crate::progress::{Loaded, Progress};
use crate::report::Report;
use crate::screen::{Place, Row, State, Style};
use crate::signals::Interrupted;
use crate::usage_error::UsageError;

/// The exit status of a command's result, its error said on stderr: 130 when
/// stopped by Ctrl-C, 2 for a mistake in the command line, 1 for any other error.
pub fn exit_code(result: Result<ExitCode>) -> ExitCode {
    match result {
        Ok(code) => code,
        Err(error) if error.is::<Interrupted>() => ExitCode::from(130),
        Err(error) => {
            eprintln!("error: {error:#}");
            let usage = error.is::<UsageError>();
            ExitCode::from(if usage { 2 } else { 1 })
        }
    }
}

/// What every command works with.
pub struct Ctx {
    pub course: Course,
    pub options: checks::Options,
    pub style: Style,
}

impl Ctx {
    /// The course that holds the current folder (or the runner's own), with the
    /// checks' time limit from `--timeout` (`timeout`), else `BACKPROP_TIMEOUT`,
    /// else the default.
    pub fn here(timeout: Option<Duration>) -> Result<Ctx> {
        let here = std::env::current_dir().context("Failed to read the current folder")?;
        let root = find_root(&here)
            .or_else(|| find_root(env!("CARGO_MANIFEST_DIR").as_ref()))
            .context(
                "Failed to find the course: run `cargo xtask` inside the towards-backprop folder",
            )?;
        // An empty BACKPROP_TIMEOUT (`BACKPROP_TIMEOUT= cargo xtask next`) is unset.
        let from_env = std::env::var("BACKPROP_TIMEOUT")
            .ok()
            .filter(|v| !v.trim().is_empty());
        let timeout = match (timeout, from_env) {
            (Some(timeout), _) => timeout,
            (None, Some(value)) => args::seconds(&value, "BACKPROP_TIMEOUT")?,
            (None, None) => DEFAULT_TIMEOUT,
        };
        let options = Options {
            timeout,
            target_dir: None,
            announce_build: true,
        };
        Ok(Ctx {
            course: Course::load(&root)?,
            options,
            style: Style::detect(),
        })
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

    /// The learner's progress, and the report of the current lesson (every part) if
    /// finding it took a run.
    ///
    /// One rule decides what is done: a lesson counts as done when its checks passed on
    /// the files as they are now. A lesson recorded done whose files changed since (or
    /// whose line has no fingerprint: written by hand) is checked again, and is the
    /// learner's again if it fails. A missing or unreadable progress file is recovered
    /// by re-checking the lessons in order until one does not pass (its passing parts
    /// are recorded). What was re-checked is written to `notes`.
    pub fn load_progress(&self, notes: &mut String) -> Result<(Progress, Option<Report>)> {
        let read = match progress::load(&self.course.root, &self.names()) {
            Loaded::Read(progress) => Some(progress),
            Loaded::Missing => None,
            Loaded::Unreadable(why) => {
                notes.push_str(&screen::unreadable_progress(&why));
                None
            }
        };
        // Without a file, every lesson is checked in order until one does not pass.
        let recovering = read.is_none();
        let mut progress = read.clone().unwrap_or_default();
        let now = progress::lesson_fingerprints(&self.course);
        let mut current_report = None;
        for (index, (lesson, fingerprint)) in self.course.lessons.iter().zip(&now).enumerate() {
            let recorded = progress.fingerprints.get(&lesson.name);
            let trusted = !progress.done.contains(&lesson.name) || recorded == Some(fingerprint);
            if !recovering && trusted {
                continue;
            }
            let report = checks::run(&self.course, lesson, 0..lesson.parts.len(), &self.options)?;
            if report.done() {
                if recovering {
                    notes.push_str(&screen::already_passes(self.style, lesson));
                }
                progress.record_done(lesson, &report);
                continue;
            }
            progress.forget_done(lesson, &report);
            if !recovering {
                notes.push_str(&screen::no_longer_done(self.style, lesson, &report));
            }
            // The lesson that broke is the current one again: its run is shown, not repeated.
            if self.current(&progress) == Some(index) {
                current_report = Some(report);
            }
            if recovering {
                break;
            }
        }
        let mut base = read.unwrap_or_default();
        self.save_progress(&mut base, &progress, notes);
        Ok((base, current_report))
    }

    /// Saves what a command changed in the progress since `base` (see
    /// [`progress::update`]); `base` becomes the progress as written, which the command
    /// goes on with. A progress that cannot be saved (a read-only folder) is said once
    /// in `out`, and the command goes on: the learner's code is untouched either way.
    pub fn save_progress(&self, base: &mut Progress, progress: &Progress, out: &mut String) {
        if base == progress && progress::path(&self.course.root).is_file() {
            return;
        }
        match progress::update(&self.course.root, &self.names(), base, progress) {
            Ok(written) => *base = written,
            Err(error) => {
                *base = progress.clone();
                let note = screen::not_saved(&format!("{error:#}"));
                if !out.contains(&note) {
                    out.push_str(&note);
                }
            }
        }
    }
}
