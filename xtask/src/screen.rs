//! Everything the learner sees, rendered to strings by pure functions, so the
//! screens can be snapshot-tested like the lessons.

use std::fmt::Write;

use crate::checks::{Failure, Outcome, Report, Verdict};
use crate::course::Lesson;

/// Colour on or off: off when `NO_COLOR` is set or stdout is not a terminal.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Style {
    pub color: bool,
}

impl Style {
    /// The style for this process's stdout.
    pub fn detect() -> Style {
        use std::io::IsTerminal;
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty());
        Style {
            color: !no_color && std::io::stdout().is_terminal(),
        }
    }

    fn paint(self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
    pub fn bold(self, text: &str) -> String {
        self.paint("1", text)
    }
    pub fn green(self, text: &str) -> String {
        self.paint("32", text)
    }
    pub fn red(self, text: &str) -> String {
        self.paint("31", text)
    }
    pub fn dim(self, text: &str) -> String {
        self.paint("2", text)
    }
}

/// A bar of `width` cells, `part` of `whole` filled.
pub fn bar(part: usize, whole: usize, width: usize) -> String {
    let filled = (part * width + whole / 2)
        .checked_div(whole)
        .unwrap_or(0)
        .min(width);
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}

/// Where the learner stands in the course.
#[derive(Clone, Copy, Debug)]
pub struct Place {
    pub done: usize,
    pub total: usize,
}

fn progress_lines(out: &mut String, style: Style, place: Place, report: Option<&Report>) {
    let _ = writeln!(
        out,
        "{} {}  {} of {} lessons done",
        style.dim("Course "),
        bar(place.done, place.total, 20),
        place.done,
        place.total
    );
    if let Some(report) = report {
        let (passed, total) = (report.passed(), report.checks.len());
        let _ = writeln!(
            out,
            "{} {}  {passed} of {total} checks pass",
            style.dim("Lesson "),
            bar(passed, total, 20)
        );
    }
}

fn indent(text: &str) -> String {
    text.lines()
        .map(|line| format!("  {line}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The screen of `next` while the current lesson does not pass yet.
pub fn lesson(
    style: Style,
    place: Place,
    lesson: &Lesson,
    report: &Report,
    hints: (usize, usize),
) -> String {
    let mut out = String::new();
    progress_lines(&mut out, style, place, Some(report));
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", style.bold(&lesson.title));
    let _ = writeln!(out, "{}", lesson.idea);
    let _ = writeln!(
        out,
        "Read {}/README.md; edit {}",
        lesson.dir().display(),
        lesson.edit_file().display()
    );
    let _ = writeln!(out);
    out.push_str(&verdict(style, lesson, report));
    if !report.changed.is_empty() {
        out.push_str(&changed(style, report));
    }
    let _ = writeln!(out);
    if let Some((name, _)) = report
        .first_failing()
        .filter(|_| report.outcome == Outcome::Ran)
    {
        let (shown, total) = hints;
        let hint = if total == 0 {
            "there are no hints for this check".to_string()
        } else if shown >= total {
            format!(
                "you have seen all {total} hints for {name}; `cargo xtask hint` shows the last again"
            )
        } else {
            format!("`cargo xtask hint` shows hint {} of {total}", shown + 1)
        };
        let _ = writeln!(out, "Stuck? {hint}.");
    }
    let _ = writeln!(
        out,
        "Check again with `cargo xtask next` (or `cargo xtask watch`), or run every check with `cargo test -p {}`.",
        lesson.name
    );
    if report.cut_bytes > 0 {
        let _ = writeln!(
            out,
            "{}",
            style.dim(&format!("({} of output were cut.)", size(report.cut_bytes)))
        );
    }
    out
}

/// The refusal to count a lesson whose checks or snapshots were edited.
pub fn changed(style: Style, report: &Report) -> String {
    let paths: Vec<String> = report
        .changed
        .iter()
        .map(|path| path.display().to_string())
        .collect();
    let mut out = String::new();
    let lead = if report.all_pass() {
        "Every check passes, but these"
    } else {
        "These"
    };
    let _ = writeln!(out, "{} {lead} files are not as shipped:", style.red("✗"));
    for path in &paths {
        let _ = writeln!(out, "    {path}");
    }
    let _ = writeln!(
        out,
        "  A lesson counts as done only with its checks and snapshots exactly as shipped.\n  \
         Put them back with `git checkout -- {}` (your code in src/ is not touched).",
        paths.join(" ")
    );
    out
}

/// What went wrong, for a report that is not all green.
pub fn verdict(style: Style, lesson: &Lesson, report: &Report) -> String {
    let mut out = String::new();
    match &report.outcome {
        Outcome::CompileError(error) => {
            let _ = writeln!(
                out,
                "{} {} does not compile. The compiler's first error:",
                style.red("✗"),
                lesson.name
            );
            let _ = writeln!(out, "{}", indent(error));
        }
        Outcome::TimedOut { check, limit } => {
            let which = check.as_deref().unwrap_or("a check");
            let _ = writeln!(
                out,
                "{} {} did not finish within {} s: probably a loop that never ends.",
                style.red("✗"),
                style.bold(which),
                limit.as_secs_f64()
            );
            let _ = writeln!(
                out,
                "  The checks were stopped. If your code is just slow, raise the limit with `--timeout SECONDS`."
            );
        }
        Outcome::Crashed { check, reason } => {
            let which = check.as_deref().unwrap_or("a check");
            let _ = writeln!(
                out,
                "{} {} crashed: {reason}.",
                style.red("✗"),
                style.bold(which)
            );
        }
        Outcome::Ran => {
            if let Some((name, Verdict::Fail(failure))) = report.first_failing() {
                out.push_str(&failing_check(style, name, failure));
            } else if let Some((name, _)) = report.first_failing() {
                let _ = writeln!(out, "{} {} did not run.", style.red("✗"), style.bold(name));
            }
        }
    }
    out
}

fn failing_check(style: Style, name: &str, failure: &Failure) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} {}", style.red("✗"), style.bold(name));
    let stub = failure.message.starts_with("not yet implemented");
    if stub {
        let at = failure.location.as_deref().unwrap_or("your lesson file");
        let _ = writeln!(
            out,
            "  This check reaches a stub that is still `todo!()`, at {at}:"
        );
    } else if let Some(at) = &failure.location {
        let _ = writeln!(out, "  {}", style.dim(&format!("failed at {at}")));
    }
    let _ = writeln!(out, "{}", indent(&clip(&failure.message, 40)));
    if !failure.printed.is_empty() {
        let _ = writeln!(out, "  It printed:");
        let _ = writeln!(out, "{}", indent(&clip(&failure.printed, 10)));
    }
    if stub {
        let _ = writeln!(
            out,
            "  Replace that `todo!()` with your code; the TODO comment above it says what to do."
        );
    }
    out
}

/// A size in bytes, for people: `512 bytes`, `1.0 MiB`.
pub fn size(bytes: usize) -> String {
    match bytes {
        0..1024 => format!("{bytes} bytes"),
        1024..1_048_576 => format!("{:.1} KiB", bytes as f64 / 1024.0),
        _ => format!("{:.1} MiB", bytes as f64 / 1_048_576.0),
    }
}

/// At most `lines` lines of `text`, saying how many were left out.
pub fn clip(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    if all.len() <= lines {
        return text.to_string();
    }
    format!(
        "{}\n[… {} more lines]",
        all[..lines].join("\n"),
        all.len() - lines
    )
}

/// The screen of `next` when the current lesson has just passed.
pub fn lesson_done(
    style: Style,
    place: Place,
    lesson: &Lesson,
    report: &Report,
    next: Option<&Lesson>,
) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} {}: {} of {} checks pass. Lesson done!",
        style.green("✓"),
        style.bold(&lesson.title),
        report.passed(),
        report.checks.len()
    );
    let _ = writeln!(out, "  See its story with `cargo run -p {}`.", lesson.name);
    progress_lines(&mut out, style, place, None);
    let _ = writeln!(out);
    match next {
        Some(next) => out.push_str(&introduce(style, next)),
        None => out.push_str(&finished(style)),
    }
    out
}

/// The introduction of a lesson the learner is about to start.
pub fn introduce(style: Style, lesson: &Lesson) -> String {
    format!(
        "Next: {}\n{}\nRead {}/README.md, fill in {}, and run `cargo xtask next`.\n",
        style.bold(&lesson.title),
        lesson.idea,
        lesson.dir().display(),
        lesson.edit_file().display()
    )
}

/// The closing message after the last lesson.
pub fn finished(style: Style) -> String {
    format!(
        "{} You have finished every lesson of towards-backprop.\n\
         You nudged a node at random, measured its derivative, derived it exactly, and learned\n\
         why the step size decides whether a climb arrives. `cargo xtask list` shows your path.\n",
        style.green("✓")
    )
}

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

/// The screen of `list`.
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
            Outcome::TimedOut { .. } => "timed out".to_string(),
            Outcome::Crashed { .. } => "crashed".to_string(),
            Outcome::Ran => format!(
                "{:>2}/{:<2} checks",
                row.report.passed(),
                row.report.checks.len()
            ),
        };
        let _ = writeln!(
            out,
            "{mark} {:<width$}  {checks:<16}  {state}",
            row.lesson.title
        );
    }
    out
}

/// The screen of `hint`.
pub fn hint(style: Style, lesson: &Lesson, check: &str, hints: &[String], shown: usize) -> String {
    let mut out = String::new();
    if hints.is_empty() {
        let _ = writeln!(
            out,
            "There are no hints for {check}; its failure message is all there is."
        );
        return out;
    }
    let index = shown.min(hints.len() - 1);
    let _ = writeln!(
        out,
        "{} {} of {} for {} ({}):",
        style.bold("Hint"),
        index + 1,
        hints.len(),
        style.bold(check),
        lesson.title
    );
    let _ = writeln!(out, "{}", indent(&hints[index]));
    if index + 1 < hints.len() {
        let _ = writeln!(out, "Run `cargo xtask hint` again for a more explicit one.");
    } else {
        let _ = writeln!(out, "That was the last, most explicit hint for this check.");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_round_to_the_nearest_cell() {
        assert_eq!(bar(0, 4, 4), "░░░░");
        assert_eq!(bar(1, 3, 6), "██░░░░");
        assert_eq!(bar(4, 4, 4), "████");
        assert_eq!(bar(0, 0, 2), "░░");
    }

    #[test]
    fn colour_is_only_added_when_asked_for() {
        assert_eq!(Style { color: false }.red("x"), "x");
        assert_eq!(Style { color: true }.red("x"), "\x1b[31mx\x1b[0m");
    }

    #[test]
    fn clip_says_how_much_it_left_out() {
        assert_eq!(clip("a\nb\nc", 2), "a\nb\n[… 1 more lines]");
        assert_eq!(clip("a\nb", 2), "a\nb");
    }
}
