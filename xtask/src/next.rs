//! `cargo xtask next`: the learner's main command.

use std::process::ExitCode;

use anyhow::Result;

use crate::{Ctx, current_lesson, progress, screen};

/// Runs the current lesson; records it as done and introduces the next when it passes.
pub fn next(ctx: &Ctx) -> Result<ExitCode> {
    let (text, code) = screen(ctx)?;
    print!("{text}");
    Ok(code)
}

/// What `next` shows, and its exit status.
pub fn screen(ctx: &Ctx) -> Result<(String, ExitCode)> {
    let mut out = String::new();
    let (mut progress, current) = current_lesson(ctx, &mut out)?;
    let Some((lesson, report)) = current else {
        out.push_str(&screen::finished(ctx.style));
        return Ok((out, ExitCode::SUCCESS));
    };
    if report.done() {
        progress.done.insert(lesson.name.clone());
        progress::save(&ctx.course.root, &progress)?;
        let following = ctx.current(&progress).map(|i| &ctx.course.lessons[i]);
        out.push_str(&screen::lesson_done(
            ctx.style,
            ctx.place(&progress),
            lesson,
            &report,
            following,
        ));
        return Ok((out, ExitCode::SUCCESS));
    }
    let hints = match report.first_failing() {
        Some((check, _)) => {
            let total = ctx.course.hints_for(lesson, check)?.len();
            let key = (lesson.name.clone(), check.clone());
            (progress.hints.get(&key).copied().unwrap_or(0), total)
        }
        None => (0, 0),
    };
    out.push_str(&screen::lesson(
        ctx.style,
        ctx.place(&progress),
        lesson,
        &report,
        hints,
    ));
    Ok((out, ExitCode::FAILURE))
}
