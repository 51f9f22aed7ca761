//! `cargo xtask next`: the learner's main command.
//!
//! The current lesson is the first not done; its current part is the first not
//! recorded as passed. Only that part's checks run (one test binary: a faster
//! link, and one idea on the screen). A part that passes is recorded, and the next
//! part runs and shows at once. After the last part, the whole lesson runs once
//! more (a learner may have broken an earlier part since) before it counts as done,
//! and then the following lesson runs at once, by the same rule: one run moves on
//! as far as the code passes.

use std::process::ExitCode;

use anyhow::Result;

use crate::course::Lesson;
use crate::progress::{self, Progress};
use crate::report::{Outcome, Report};
use crate::{Ctx, checks, screen};

/// Runs the current part; moves on while parts pass; shows the first that does not.
pub fn next(ctx: &Ctx) -> Result<ExitCode> {
    let (text, code) = screen(ctx)?;
    print!("{}", screen::fit(&text));
    Ok(code)
}

/// What `next` shows, and its exit status.
pub fn screen(ctx: &Ctx) -> Result<(String, ExitCode)> {
    let mut out = String::new();
    let (mut base, mut checked) = ctx.load_progress(&mut out)?;
    let mut progress = base.clone();
    // Each lesson done moves on to the following one, in the same run.
    while let Some(index) = ctx.current(&progress) {
        let lesson = &ctx.course.lessons[index];
        let shown = lesson_screen(
            ctx,
            lesson,
            &mut base,
            &mut progress,
            checked.take(),
            &mut out,
        )?;
        if !shown {
            return Ok((out, ExitCode::FAILURE));
        }
    }
    out.push_str(&screen::finished(ctx.style));
    Ok((out, ExitCode::SUCCESS))
}

/// Runs `lesson` from its current part on, and says whether it is done; if not,
/// `out` ends with the screen of the part that does not pass. `checked` is a run
/// of every part that loading the progress already made.
fn lesson_screen(
    ctx: &Ctx,
    lesson: &Lesson,
    base: &mut Progress,
    progress: &mut Progress,
    mut checked: Option<Report>,
    out: &mut String,
) -> Result<bool> {
    while let Some(part) = progress.current_part(lesson) {
        let (shown, report) = match checked.take() {
            Some(whole) => (part, whole.part(part).unwrap_or(whole)),
            None => run_part(ctx, lesson, progress, part)?,
        };
        // Both runs are recorded already: by `run_part`, or while loading the progress.
        ctx.save_progress(base, progress, out);
        if shown != part {
            out.push_str(&screen::part_broken(ctx.style, lesson, shown, part));
        }
        if shown != part || !report.done() {
            out.push_str(&show(ctx, progress, lesson, shown, &report)?);
            return Ok(false);
        }
        out.push_str(&screen::part_done(ctx.style, lesson, part, &report));
    }
    // Every part passed on its own turn: now the whole lesson, once.
    let report = match checked {
        Some(report) => report,
        None => checks::run(&ctx.course, lesson, 0..lesson.parts.len(), &ctx.options)?,
    };
    progress.record_parts(lesson, &report);
    if report.done() {
        progress.record_done(lesson, &report);
        ctx.save_progress(base, progress, out);
        let following = ctx.current(progress).map(|i| &ctx.course.lessons[i]);
        let place = ctx.place(progress, None);
        out.push_str(&screen::lesson_done(
            ctx.style, place, lesson, &report, following,
        ));
        return Ok(true);
    }
    ctx.save_progress(base, progress, out);
    let part = progress
        .current_part(lesson)
        .unwrap_or(lesson.parts.len() - 1);
    // A compile error is no part failing again: the compiler's error says where.
    if report.outcome == Outcome::Ran {
        out.push_str(&screen::broken_again(ctx.style, lesson, part));
    }
    let report = report.part(part).unwrap_or(report);
    out.push_str(&show(ctx, progress, lesson, part, &report)?);
    Ok(false)
}

/// Runs the current `part` of a lesson and, in the same cargo run, the passed parts
/// before it whose files changed since they passed (see [`progress::fingerprints`]:
/// an edit to the current part's own file changes none of theirs), and records
/// what the run shows. Returns the part to show, the first that passed before and
/// fails now or else `part`, with its report. A compile error records nothing: it
/// says nothing about any one part. (A passed part after the current one runs again
/// in the whole lesson's run at the end.)
pub fn run_part(
    ctx: &Ctx,
    lesson: &Lesson,
    progress: &mut Progress,
    part: usize,
) -> Result<(usize, Report)> {
    let (_, now) = progress::fingerprints(&ctx.course, lesson);
    let mut parts = progress.stale_parts(lesson, &now);
    parts.retain(|&index| index < part);
    parts.push(part);
    let report = checks::run(&ctx.course, lesson, parts.iter().copied(), &ctx.options)?;
    progress.record_parts(lesson, &report);
    let passing = report.passing_parts();
    let broken = parts
        .into_iter()
        .find(|&index| index != part && !passing.contains(&index));
    let shown = broken
        .filter(|_| report.outcome == Outcome::Ran)
        .unwrap_or(part);
    Ok((shown, report.part(shown).unwrap_or(report)))
}

/// The screen of a part that does not pass yet.
fn show(
    ctx: &Ctx,
    progress: &Progress,
    lesson: &Lesson,
    part: usize,
    report: &Report,
) -> Result<String> {
    let hints = match report.first_failing() {
        Some((check, _)) => {
            let total = ctx.course.hints_for(lesson, check)?.len();
            let key = (lesson.name.clone(), check.clone());
            (progress.hints.get(&key).copied().unwrap_or(0), total)
        }
        None => (0, 0),
    };
    Ok(screen::lesson(
        ctx.style,
        ctx.place(progress, Some(lesson)),
        lesson,
        part,
        report,
        hints,
    ))
}
