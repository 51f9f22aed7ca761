//! `cargo xtask verify`: re-check every lesson from scratch and rewrite the
//! progress file from what actually passes.

use std::process::ExitCode;

use anyhow::Result;

use crate::Ctx;
use crate::progress::Progress;
use crate::progress::{self, Loaded};
use crate::screen;

pub fn verify(ctx: &Ctx) -> Result<ExitCode> {
    // Hints already seen are kept; whether a lesson is done is decided again.
    let hints = match progress::load(&ctx.course.root, &ctx.names()) {
        Loaded::Read(old) => old.hints,
        Loaded::Missing | Loaded::Unreadable(_) => Default::default(),
    };
    let mut fresh = Progress {
        done: Default::default(),
        hints,
    };
    let mut reports = Vec::new();
    for lesson in &ctx.course.lessons {
        let report = ctx.run(lesson)?;
        if report.done() {
            fresh.done.insert(lesson.name.clone());
        }
        reports.push(report);
    }
    progress::save(&ctx.course.root, &fresh)?;
    let rows = ctx.rows(&fresh, &reports);
    print!("{}", screen::list(ctx.style, ctx.place(&fresh), &rows));
    for (lesson, report) in ctx.course.lessons.iter().zip(&reports) {
        if report.all_pass() && !report.changed.is_empty() {
            print!("{}: {}", lesson.name, screen::changed(ctx.style, report));
        }
    }
    println!("Re-checked every lesson and rewrote {}.", progress::FILE);
    Ok(ExitCode::SUCCESS)
}
