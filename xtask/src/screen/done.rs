//! The screens of `next` when something passes: a part, a lesson, the course.

use std::fmt::Write;

use super::{Place, Style, progress_lines};
use crate::course::Lesson;
use crate::report::Report;

/// The line of `next` for a part that has just passed (the next part follows it).
pub fn part_done(style: Style, lesson: &Lesson, part: usize, report: &Report) -> String {
    format!(
        "{} {}: {} of {} checks pass.\n\n",
        style.green("✓"),
        style.bold(&lesson.heading(&lesson.parts[part])),
        report.passed(),
        report.checks.len()
    )
}

/// The note of `next` when the whole lesson's run finds a part failing again.
pub fn broken_again(style: Style, lesson: &Lesson, part: usize) -> String {
    format!(
        "{} Each part passed on its turn, but the last run of all of {} together (a lesson is done\n  only when every part passes in one run) finds part {} failing again:\n\n",
        style.red("✗"),
        lesson.name,
        lesson.parts[part].number
    )
}

/// The note of `next` when a part recorded as passed fails now: its file, or a file
/// it uses, changed since it passed, so it ran again beside the `current` part.
pub fn part_broken(style: Style, lesson: &Lesson, part: usize, current: usize) -> String {
    let broken = &lesson.parts[part];
    format!(
        "{} Part {} of {} ({}), which passed before, fails now: a file it uses changed since.\n  \
         It counts as not done until it passes again; then you are back on part {}.\n\n",
        style.red("✗"),
        broken.number,
        lesson.parts.len(),
        broken.title,
        lesson.parts[current].number
    )
}

/// The screen of `next` when the current lesson has just passed; the following
/// lesson's own screen comes after it, in the same run.
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
        Some(next) => {
            let _ = writeln!(out, "Next: {}\n", style.bold(&next.title));
        }
        None => out.push_str(&finished(style)),
    }
    out
}

/// The closing message after the last lesson.
pub fn finished(style: Style) -> String {
    format!(
        "{} You have finished every lesson of towards-backprop.\n\
         You nudged a node at random, measured its derivative, derived it exactly, and learned\n\
         why the step size decides whether a climb arrives; you carried gradients back through\n\
         circuits by hand, then through any graph with a tape of your own; you trained\n\
         micrograd's network on the moons with it, and made gradients vanish, die and explode,\n\
         and fixed them. `cargo xtask list` shows your path.\n",
        style.green("✓")
    )
}
