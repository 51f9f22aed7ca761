//! `cargo xtask next`: the learner's main command.

use std::process::ExitCode;

use anyhow::Result;

use crate::{Ctx, load_progress, progress, screen};

/// Runs the current lesson; records it as done and introduces the next when it passes.
pub fn next(ctx: &Ctx) -> Result<ExitCode> {
    let (text, code) = screen(ctx)?;
    print!("{text}");
    Ok(code)
}

/// What `next` shows, and its exit status.
pub fn screen(ctx: &Ctx) -> Result<(String, ExitCode)> {
    let mut out = String::new();
    let (mut progress, checked) = load_progress(ctx, &mut out)?;
    let Some(index) = ctx.current(&progress) else {
        out.push_str(&screen::finished(ctx.style));
        return Ok((out, ExitCode::SUCCESS));
    };
    let lesson = &ctx.course.lessons[index];
    let report = match checked {
        Some(report) => report,
        None => ctx.run(lesson)?,
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
            let all = ctx.course.hints(lesson)?;
            let total = all
                .iter()
                .find(|(name, _)| name == check)
                .map_or(0, |(_, hints)| hints.len());
            let shown = progress
                .hints
                .get(&(lesson.name.clone(), check.clone()))
                .copied()
                .unwrap_or(0);
            (shown, total)
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
