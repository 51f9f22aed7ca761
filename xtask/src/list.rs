//! `cargo xtask list`: every lesson, its state, its checks and parts passing.

use std::process::ExitCode;

use anyhow::Result;

use crate::{Ctx, progress, screen};

/// Runs every lesson's checks (all parts) and shows one row per lesson.
pub fn list(ctx: &Ctx) -> Result<ExitCode> {
    let mut out = String::new();
    let (progress, _) = progress::recover(ctx, &mut out)?;
    let mut reports = Vec::new();
    for lesson in &ctx.course.lessons {
        reports.push(ctx.run(lesson)?);
    }
    let rows = ctx.rows(&progress, &reports);
    out.push_str(&screen::list(ctx.style, ctx.place(&progress, None), &rows));
    print!("{out}");
    Ok(ExitCode::SUCCESS)
}
