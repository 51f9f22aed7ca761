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
use crate::{Ctx, screen};

/// Runs the current part; moves on while parts pass; shows the first that does not.
pub fn next(ctx: &Ctx) -> Result<ExitCode> {
    let (text, code) = screen(ctx)?;
    print!("{}", screen::fit(&text));
    Ok(code)
}

/// What `next` shows, and its exit status.
pub fn screen(ctx: &Ctx) -> Result<(String, ExitCode)> {
    let mut out = String::new();
    let (mut base, mut checked) = progress::recover(ctx, &mut out)?;
    let mut progress = base.clone();
    loop {
        let Some(index) = ctx.current(&progress) else {
            out.push_str(&screen::finished(ctx.style));
            return Ok((out, ExitCode::SUCCESS));
        };
        let lesson = &ctx.course.lessons[index];
        match lesson_screen(
            ctx,
            lesson,
            &mut base,
            &mut progress,
            checked.take(),
            &mut out,
        )? {
            Some(code) => return Ok((out, code)),
            // The lesson is done: the following one runs now.
            None => continue,
        }
    }
}

/// Runs `lesson` from its current part on; returns None once it is done, or the
/// exit status after showing the part that does not pass.
fn lesson_screen(
    ctx: &Ctx,
    lesson: &Lesson,
    base: &mut Progress,
    progress: &mut Progress,
    mut checked: Option<Report>,
    out: &mut String,
) -> Result<Option<ExitCode>> {
    loop {
        let Some(part) = progress.current_part(lesson) else {
            // Every part passed on its own turn: now the whole lesson, once.
            let report = match checked.take() {
                Some(report) => report,
                None => ctx.run(lesson)?,
            };
            progress.record_parts(lesson, &report);
            if report.done() {
                progress.record_done(lesson, &report);
                progress::save_changes(ctx, base, progress, out);
                let following = ctx.current(progress).map(|i| &ctx.course.lessons[i]);
                out.push_str(&screen::lesson_done(
                    ctx.style,
                    ctx.place(progress, None),
                    lesson,
                    &report,
                    following,
                ));
                return Ok(None);
            }
            progress::save_changes(ctx, base, progress, out);
            let part = progress
                .current_part(lesson)
                .unwrap_or(lesson.parts.len() - 1);
            // A compile error is no part failing again: the compiler's error says where.
            if lesson.parts.len() > 1 && report.outcome == Outcome::Ran {
                out.push_str(&screen::broken_again(ctx.style, lesson, part));
            }
            let report = report.part(part).unwrap_or(report);
            out.push_str(&show(ctx, progress, lesson, part, &report)?);
            return Ok(Some(ExitCode::FAILURE));
        };
        let report = match checked.take() {
            Some(whole) => whole.part(part).unwrap_or(whole),
            None if lesson.parts.len() == 1 => ctx.run(lesson)?,
            None => {
                let (shown, report) = run_part(ctx, lesson, progress, part)?;
                progress::save_changes(ctx, base, progress, out);
                if shown != part {
                    out.push_str(&screen::part_broken(ctx.style, lesson, shown, part));
                    out.push_str(&show(ctx, progress, lesson, shown, &report)?);
                    return Ok(Some(ExitCode::FAILURE));
                }
                report
            }
        };
        if !report.done() {
            out.push_str(&show(ctx, progress, lesson, part, &report)?);
            return Ok(Some(ExitCode::FAILURE));
        }
        progress.record_parts(lesson, &report);
        if lesson.parts.len() == 1 {
            // The part is the whole lesson: no second run needed.
            checked = Some(report);
        } else {
            progress::save_changes(ctx, base, progress, out);
            out.push_str(&screen::part_done(ctx.style, lesson, part, &report));
        }
    }
}

/// Runs the current `part` of a lesson in parts and, in the same cargo run, the
/// passed parts before it whose files changed since they passed (see
/// [`progress::part_fingerprints`]: an edit to the current part's own file changes
/// none of theirs), and records what those show. Returns the part to show, the
/// first that passed before and fails now or else `part`, with its report. A
/// compile error records nothing: it says nothing about any one part. (A passed
/// part after the current one runs again in the whole lesson's run at the end.)
pub fn run_part(
    ctx: &Ctx,
    lesson: &Lesson,
    progress: &mut Progress,
    part: usize,
) -> Result<(usize, Report)> {
    let now = progress::part_fingerprints(&ctx.course, lesson);
    let mut indices = progress.stale_parts(lesson, &now);
    indices.retain(|&index| index < part);
    indices.push(part);
    let report = ctx.run_parts_seen(lesson, &indices, now)?;
    if indices.len() == 1 || report.outcome != Outcome::Ran {
        return Ok((part, report.part(part).unwrap_or(report)));
    }
    let passing = report.passing_parts();
    progress.record_parts(lesson, &report);
    let shown = indices
        .into_iter()
        .find(|&index| index != part && !passing.contains(&index))
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
