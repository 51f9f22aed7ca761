//! The screens of `list` (and `verify`) and of `hint`.

use std::fmt::Write;

use super::{Place, Style, clip, indent, progress_lines, unfinished};
use crate::course::Lesson;
use crate::report::{Outcome, Report};

/// One row of `list`.
#[derive(Clone, Debug)]
pub struct Row<'a> {
    pub lesson: &'a Lesson,
    pub state: State,
    pub report: &'a Report,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum State {
    Done,
    Current,
    NotStarted,
}

/// The screen of `list` (and of `verify`): a row per lesson, then a note on each
/// lesson whose checks did not finish.
pub fn list(style: Style, place: Place, rows: &[Row]) -> String {
    let mut out = String::new();
    progress_lines(&mut out, style, place, None);
    let _ = writeln!(out);
    let width = rows
        .iter()
        .map(|row| row.lesson.title.chars().count())
        .max()
        .unwrap_or(0);
    for row in rows {
        let (mark, state) = match row.state {
            State::Done => (style.green("✓"), "done"),
            State::Current => (style.bold("▶"), "current"),
            State::NotStarted => (" ".to_string(), "not started"),
        };
        let checks = match row.report.outcome {
            Outcome::CompileError(_) => "does not compile".to_string(),
            Outcome::Ran => format!(
                "{:>2}/{:<2} checks",
                row.report.passed(),
                row.report.checks.len()
            ),
        };
        let parts = row.report.passing_parts().len();
        let parts = format!("{parts:>2}/{:<2} parts  ", row.lesson.parts.len());
        let _ = writeln!(
            out,
            "{mark} {:<width$}  {checks:<16}  {parts}{state}",
            row.lesson.title
        );
    }
    for row in rows {
        if let Some(note) = unfinished(row.report) {
            let _ = writeln!(out, "  {}: {note}.", row.lesson.name);
        }
    }
    out
}

/// The screen of `hint`.
pub fn hint(style: Style, lesson: &Lesson, check: &str, hints: &[String], shown: usize) -> String {
    if hints.is_empty() {
        return format!("There are no hints for {check}; its failure message is all there is.\n");
    }
    let index = shown.min(hints.len() - 1);
    let (hint, check) = (style.bold("Hint"), style.bold(check));
    let count = hints.len();
    let then = if index + 1 < count {
        "Run `cargo xtask hint` again for a more explicit one."
    } else {
        "That was the last, most explicit hint for this check."
    };
    format!(
        "{hint} {} of {count} for {check} ({}):\n{}\n{then}\n",
        index + 1,
        lesson.title,
        indent(&hints[index])
    )
}

/// `hint` when the lesson does not compile: no check ran, so no check's hint helps.
pub fn hint_compile_error(lesson: &Lesson, error: &str) -> String {
    format!(
        "{} does not compile yet, so no check can run. Start from the compiler's first error:\n{}\n\
         Read it from the bottom line up: the `-->` line says the file and line.\n",
        lesson.name,
        clip(error, 20)
    )
}

/// `hint` when every check of the part (or lesson) `what` passes.
pub fn nothing_to_hint(what: &str) -> String {
    format!("Every check of {what} passes: run `cargo xtask next` to move on.\n")
}
