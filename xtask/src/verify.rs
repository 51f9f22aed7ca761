//! `cargo xtask verify`: re-check every lesson from scratch and rewrite the
//! progress file from what actually passes, saying why a lesson lost "done".

use std::process::ExitCode;

use anyhow::Result;

use crate::progress::{self, Loaded, Progress};
use crate::{Ctx, checks, screen};

pub fn verify(ctx: &Ctx) -> Result<ExitCode> {
    // Hints already seen are kept; whether a lesson or a part is done is decided again.
    let old = match progress::load(&ctx.course.root, &ctx.names()) {
        Loaded::Read(old) => old,
        Loaded::Missing | Loaded::Unreadable(_) => Progress::default(),
    };
    let mut fresh = Progress {
        hints: old.hints.clone(),
        ..Progress::default()
    };
    let mut reports = Vec::new();
    for lesson in &ctx.course.lessons {
        let report = checks::run(&ctx.course, lesson, 0..lesson.parts.len(), &ctx.options)?;
        if report.done() {
            fresh.record_done(lesson, &report);
        } else {
            fresh.record_parts(lesson, &report);
        }
        reports.push(report);
    }
    let mut out = String::new();
    ctx.save_progress(&mut old.clone(), &fresh, &mut out);
    let rows = ctx.rows(&fresh, &reports);
    out.insert_str(0, &screen::list(ctx.style, ctx.place(&fresh, None), &rows));
    for (lesson, report) in ctx.course.lessons.iter().zip(&reports) {
        let was_done = old.done.contains(&lesson.name);
        out.push_str(&screen::verify_note(ctx.style, lesson, report, was_done));
    }
    out.push_str(&screen::verified());
    print!("{}", screen::fit(&out));
    Ok(ExitCode::SUCCESS)
}
