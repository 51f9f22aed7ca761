//! `cargo xtask list`: every lesson, its state, its checks and parts passing.

use std::process::ExitCode;

use anyhow::Result;

use crate::{Ctx, checks, screen};

/// Runs every lesson's checks (all parts) and shows one row per lesson.
pub fn list(ctx: &Ctx) -> Result<ExitCode> {
    let mut out = String::new();
    let (mut base, _) = ctx.load_progress(&mut out)?;
    let mut progress = base.clone();
    let mut reports = Vec::new();
    for lesson in &ctx.course.lessons {
        let report = checks::run(&ctx.course, lesson, 0..lesson.parts.len(), &ctx.options)?;
        // The checks have just run: a lesson recorded done that fails is done no more.
        if progress.done.contains(&lesson.name) && !report.done() {
            progress.forget_done(lesson, &report);
            out.push_str(&screen::no_longer_done(ctx.style, lesson, &report));
        }
        reports.push(report);
    }
    ctx.save_progress(&mut base, &progress, &mut out);
    let rows = ctx.rows(&progress, &reports);
    out.push_str(&screen::list(ctx.style, ctx.place(&progress, None), &rows));
    print!("{}", screen::fit(&out));
    Ok(ExitCode::SUCCESS)
}
