//! `cargo xtask list`: every lesson, its state, and its checks passing.

use std::process::ExitCode;

use anyhow::Result;

use crate::screen::{self, Row, State};
use crate::{Ctx, load_progress};

/// Runs every lesson's checks and shows one row per lesson.
pub fn list(ctx: &Ctx) -> Result<ExitCode> {
    let mut out = String::new();
    let (progress, _) = load_progress(ctx, &mut out)?;
    let current = ctx.current(&progress);
    let mut reports = Vec::new();
    for lesson in &ctx.course.lessons {
        reports.push(ctx.run(lesson)?);
    }
    let rows: Vec<Row> = ctx
        .course
        .lessons
        .iter()
        .zip(&reports)
        .enumerate()
        .map(|(index, (lesson, report))| Row {
            lesson,
            report,
            state: if progress.done.contains(&lesson.name) {
                State::Done
            } else if Some(index) == current {
                State::Current
            } else {
                State::NotStarted
            },
        })
        .collect();
    out.push_str(&screen::list(ctx.style, ctx.place(&progress), &rows));
    print!("{out}");
    Ok(ExitCode::SUCCESS)
}
