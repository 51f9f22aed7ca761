//! `cargo xtask verify`: re-check every lesson from scratch and rewrite the
//! progress file from what actually passes, saying why a lesson lost "done".

use std::process::ExitCode;

use anyhow::Result;

use crate::checks::{Outcome, Report};
use crate::course::Lesson;
use crate::progress::{self, Loaded, Progress};
use crate::{Ctx, record_done, record_parts, screen};

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
        let report = ctx.run(lesson)?;
        if report.done() {
            record_done(&mut fresh, lesson);
        } else {
            record_parts(&mut fresh, lesson, &report);
        }
        reports.push(report);
    }
    progress::save(&ctx.course.root, &fresh)?;
    let rows = ctx.rows(&fresh, &reports);
    print!(
        "{}",
        screen::list(ctx.style, ctx.place(&fresh, None), &rows)
    );
    for (lesson, report) in ctx.course.lessons.iter().zip(&reports) {
        if old.done.contains(&lesson.name) && !report.done() {
            print!("{}", lost(ctx, lesson, report));
        } else if report.all_pass() && !report.changed.is_empty() {
            print!("{}: {}", lesson.name, screen::changed(ctx.style, report));
        }
    }
    println!("Re-checked every lesson and rewrote {}.", progress::FILE);
    Ok(ExitCode::SUCCESS)
}

/// Why a lesson that was done is done no more.
fn lost(ctx: &Ctx, lesson: &Lesson, report: &Report) -> String {
    let why = if !report.changed.is_empty() {
        format!(":\n{}", screen::changed(ctx.style, report))
    } else if let Outcome::CompileError(_) = report.outcome {
        format!(
            ": it does not compile now (`cargo test -p {}` shows the error).\n",
            lesson.name
        )
    } else if let Some(note) = screen::unfinished(report) {
        format!(": {note}.\n")
    } else if let Some((check, _)) = report.first_failing() {
        format!(": {check} fails now (`cargo xtask next` shows why).\n")
    } else {
        ".\n".to_string()
    };
    format!(
        "{} {} was done, and is not any more{why}",
        ctx.style.red("✗"),
        lesson.title
    )
}
