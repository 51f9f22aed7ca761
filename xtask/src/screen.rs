//! Everything the learner sees, rendered to strings by pure functions, so the
//! screens can be snapshot-tested like the lessons.

use std::fmt::Write;

use crate::course::Lesson;
use crate::report::{Outcome, Report};

mod done;
mod list;
mod notes;
mod verdict;
pub use done::{broken_again, finished, lesson_done, part_broken, part_done};
pub use list::{Row, State, hint, hint_compile_error, list, nothing_to_hint};
pub use notes::{
    already_passes, no_longer_done, not_saved, reset_declined, reset_done, reset_nothing,
    reset_question, solution_diff, solution_diff_intro, solution_file, solution_locked,
    stopped_watching, unreadable_progress, verified, verify_note, watch_error, watching,
};
pub use verdict::{unfinished, verdict};

/// The text of `cargo xtask help`: the help declared with the command line (`args`).
pub fn usage() -> String {
    crate::args::USAGE.to_string()
}

/// Colour on or off: off when `NO_COLOR` is set or stdout is not a terminal.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Style {
    pub color: bool,
}

impl Style {
    /// The style for this process's stdout: colour on a terminal, or when
    /// `CLICOLOR_FORCE` asks for it; never with `NO_COLOR`.
    pub fn detect() -> Style {
        use std::io::IsTerminal;
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let force = std::env::var_os("CLICOLOR_FORCE").is_some_and(|v| !v.is_empty() && v != "0");
        Style {
            color: !no_color && (force || std::io::stdout().is_terminal()),
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

/// `text` fitted to the terminal's width, when stdout is a terminal (elsewhere, as
/// in the course's own tests, it is left as it is).
pub fn fit(text: &str) -> String {
    match terminal_width() {
        Some(width) => wrap(text, width),
        None => text.to_string(),
    }
}

/// The width of the terminal stdout is, if it is one.
fn terminal_width() -> Option<usize> {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() {
        return None;
    }
    // SAFETY: a winsize is four integers, for which zero is a value.
    let mut size: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ only fills in the winsize it is given.
    let read = unsafe { libc::ioctl(libc::STDOUT_FILENO, libc::TIOCGWINSZ, &mut size) };
    let width = usize::from(size.ws_col);
    (read == 0 && width >= 40).then_some(width)
}

/// Wraps every line longer than `width` at its spaces. A continued line keeps the
/// indent of the line, and of its label (`     think: `) if it has one; the
/// compiler's quoted code (`12 |     let x`) is never wrapped.
pub fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    for line in text.split_inclusive('\n') {
        let (line, end) = line
            .strip_suffix('\n')
            .map_or((line, ""), |line| (line, "\n"));
        let indent = line.len() - line.trim_start_matches(' ').len();
        let body = &line[indent..];
        let code = body.starts_with('|')
            || body.starts_with("-->")
            || body
                .split_once(" |")
                .is_some_and(|(n, _)| n.trim().parse::<u32>().is_ok());
        if visible(line) <= width || code {
            out.push_str(line);
            out.push_str(end);
            continue;
        }
        let label = body
            .split_once(": ")
            .filter(|(label, _)| {
                label.len() <= 10 && label.chars().all(|c| c.is_ascii_alphabetic() || c == ' ')
            })
            .map_or(0, |(label, _)| label.len() + 2);
        let hanging = (indent + label).min(width / 2);
        let mut current = " ".repeat(indent);
        let mut empty = true;
        for word in body.split(' ') {
            if !empty && visible(&current) + 1 + visible(word) > width {
                out.push_str(&current);
                out.push('\n');
                current = " ".repeat(hanging);
                empty = true;
            }
            if !empty {
                current.push(' ');
            }
            current.push_str(word);
            empty = false;
        }
        out.push_str(&current);
        out.push_str(end);
    }
    out
}

/// The width of `text` on a terminal: its characters, without colour codes.
fn visible(text: &str) -> usize {
    let mut count = 0;
    let mut escape = false;
    for c in text.chars() {
        match (escape, c) {
            (false, '\x1b') => escape = true,
            (true, 'm') => escape = false,
            (true, _) => {}
            (false, _) => count += 1,
        }
    }
    count
}

/// A bar of `width` cells, `part` of `whole` filled.
pub fn bar(part: usize, whole: usize, width: usize) -> String {
    let filled = (part * width + whole / 2)
        .checked_div(whole)
        .unwrap_or(0)
        .min(width);
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}

/// Where the learner stands: lessons done in the course, parts passed in the lesson.
#[derive(Clone, Copy, Debug)]
pub struct Place {
    pub done: usize,
    pub total: usize,
    pub parts_done: usize,
    /// The current lesson's number of parts (0 when no lesson is shown).
    pub parts: usize,
}

pub(crate) fn progress_lines(
    out: &mut String,
    style: Style,
    place: Place,
    report: Option<&Report>,
) {
    let mut line = |label: &str, done: usize, total: usize, what: &str| {
        let bar = bar(done, total, 20);
        let _ = writeln!(out, "{} {bar}  {done} of {total} {what}", style.dim(label));
    };
    line("Course ", place.done, place.total, "lessons done");
    if place.parts > 0 {
        line("Lesson ", place.parts_done, place.parts, "parts done");
    }
    if let Some(report) = report {
        let (passed, all) = (report.passed(), report.checks.len());
        line("Part   ", passed, all, "checks pass");
    }
}

pub(crate) fn indent(text: &str) -> String {
    text.lines()
        .map(|line| format!("  {line}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// How the screen of `next` says to check again.
const CHECK_AGAIN: &str = "Check again with `cargo xtask next` (or `cargo xtask watch`),";

/// A screen of `next` as `watch` shows it: there, saving a file checks again.
pub fn for_watch(screen: &str) -> String {
    screen.replace(CHECK_AGAIN, "Save a file to check again,")
}

/// The screen of `next` while the current part does not pass yet.
pub fn lesson(
    style: Style,
    place: Place,
    lesson: &Lesson,
    part: usize,
    report: &Report,
    hints: (usize, usize),
) -> String {
    let mut out = String::new();
    let this = &lesson.parts[part];
    progress_lines(&mut out, style, place, Some(report));
    let _ = writeln!(out, "\n{}", style.bold(&lesson.heading(this)));
    // The lesson's idea opens its first part; a later part's heading names its own.
    if this.number == 1 {
        let _ = writeln!(out, "{}", lesson.idea);
    }
    let _ = writeln!(
        out,
        "Read {}/README.md (part {}); edit {}",
        lesson.dir().display(),
        this.number,
        this.edit_file.display()
    );
    let _ = writeln!(out);
    out.push_str(&verdict(style, lesson, report));
    if !report.changed.is_empty() {
        out.push_str(&changed(style, report));
    }
    if !report.warnings.is_empty() {
        let _ = writeln!(
            out,
            "\nThe compiler warns about your file (a warning often points at the bug):"
        );
        for warning in report.warnings.iter().take(3) {
            let _ = writeln!(out, "{}", indent(warning));
        }
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
        "{CHECK_AGAIN} or run this part's checks with `cargo test -p {} --test {}`.",
        lesson.name, this.slug
    );
    if report.cut_bytes > 0 {
        let cut = format!(
            "({} of output were cut: the checks printed that much, so look for a `println!` \
             in a loop of your code; what each check said about itself was kept.)",
            size(report.cut_bytes)
        );
        let _ = writeln!(out, "{}", style.dim(&cut));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clip_says_how_much_it_left_out() {
        assert_eq!(clip("a\nb\nc", 2), "a\nb\n[… 1 more lines]");
        assert_eq!(clip("a\nb", 2), "a\nb");
    }

    #[test]
    fn a_long_line_wraps_at_spaces_under_its_label_and_code_never_wraps() {
        let text = "  expected: a panic\n     think: NaN >= 0 is false, but so is NaN < 0: refuse NaN on its own\n12 |     let a_very_long_line_of_code = something(with, many, arguments, that, go, on);\n";
        assert_eq!(
            wrap(text, 40),
            "  expected: a panic\n     think: NaN >= 0 is false, but so is\n            NaN < 0: refuse NaN on its\n            own\n12 |     let a_very_long_line_of_code = something(with, many, arguments, that, go, on);\n"
        );
        assert_eq!(visible("\x1b[31m✗\x1b[0m ok"), 4);
    }
}
