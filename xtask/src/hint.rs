//! `cargo xtask hint`: the next hint for the current lesson's first failing check.

use std::process::ExitCode;

use anyhow::Result;

use crate::checks::Outcome;
use crate::{Ctx, current_lesson, progress, screen};

/// Shows the next hint, climbing one step per call, and remembers how far it got.
pub fn hint(ctx: &Ctx) -> Result<ExitCode> {
    let mut out = String::new();
    let (mut progress, current) = current_lesson(ctx, &mut out)?;
    let Some((lesson, report)) = current else {
        out.push_str(&screen::finished(ctx.style));
        print!("{out}");
        return Ok(ExitCode::SUCCESS);
    };
    if let Outcome::CompileError(error) = &report.outcome {
        out.push_str(&format!(
            "{} does not compile yet, so no check can run. Start from the compiler's first error:\n{}\n\
             Read it from the bottom line up: the `-->` line says the file and line.\n",
            lesson.name,
            screen::clip(error, 20)
        ));
        print!("{out}");
        return Ok(ExitCode::FAILURE);
    }
    let Some((check, _)) = report.first_failing() else {
        if !report.changed.is_empty() {
            // No hint helps here: the checks pass only because they were edited.
            out.push_str(&screen::changed(ctx.style, &report));
            print!("{out}");
            return Ok(ExitCode::FAILURE);
        }
        out.push_str("Every check of this lesson passes: run `cargo xtask next` to move on.\n");
        print!("{out}");
        return Ok(ExitCode::SUCCESS);
    };
    let hints = ctx.course.hints_for(lesson, check)?;
    let key = (lesson.name.clone(), check.clone());
    let shown = progress.hints.get(&key).copied().unwrap_or(0);
    out.push_str(&screen::hint(ctx.style, lesson, check, &hints, shown));
    progress.hints.insert(key, (shown + 1).min(hints.len()));
    progress::save(&ctx.course.root, &progress)?;
    print!("{out}");
    Ok(ExitCode::SUCCESS)
}
