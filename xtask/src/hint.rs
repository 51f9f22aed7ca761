//! `cargo xtask hint`: the next hint for the first failing check of the current part.

use std::process::ExitCode;

use anyhow::Result;

use crate::report::Outcome;
use crate::{Ctx, checks, screen};

/// Shows the next hint, climbing one step per call, and remembers how far it got.
pub fn hint(ctx: &Ctx) -> Result<ExitCode> {
    let mut out = String::new();
    let code = write(ctx, &mut out)?;
    print!("{}", screen::fit(&out));
    Ok(code)
}

fn write(ctx: &Ctx, out: &mut String) -> Result<ExitCode> {
    let (mut base, checked) = ctx.load_progress(out)?;
    let mut progress = base.clone();
    let Some(index) = ctx.current(&progress) else {
        out.push_str(&screen::finished(ctx.style));
        return Ok(ExitCode::SUCCESS);
    };
    let lesson = &ctx.course.lessons[index];
    let part = progress.current_part(lesson);
    let report = match (checked, part) {
        (Some(whole), part) => part.and_then(|part| whole.part(part)).unwrap_or(whole),
        // A passed part that fails now is hinted first, as `next` shows it first.
        (None, Some(part)) => crate::next::run_part(ctx, lesson, &mut progress, part)?.1,
        (None, None) => checks::run(&ctx.course, lesson, 0..lesson.parts.len(), &ctx.options)?,
    };
    // What the run found about passed parts is kept, whatever the hint.
    ctx.save_progress(&mut base, &progress, out);
    if let Outcome::CompileError(error) = &report.outcome {
        out.push_str(&screen::hint_compile_error(lesson, error));
        return Ok(ExitCode::FAILURE);
    }
    let Some((check, _)) = report.first_failing() else {
        if !report.changed.is_empty() {
            // No hint helps here: the checks pass only because they were edited.
            out.push_str(&screen::changed(ctx.style, &report));
            return Ok(ExitCode::FAILURE);
        }
        let what = part.map_or(lesson.title.clone(), |part| {
            lesson.heading(&lesson.parts[part])
        });
        out.push_str(&screen::nothing_to_hint(&what));
        return Ok(ExitCode::SUCCESS);
    };
    let hints = ctx.course.hints_for(lesson, check)?;
    let key = (lesson.name.clone(), check.clone());
    let shown = progress.hints.get(&key).copied().unwrap_or(0);
    out.push_str(&screen::hint(ctx.style, lesson, check, &hints, shown));
    progress.hints.insert(key, (shown + 1).min(hints.len()));
    ctx.save_progress(&mut base, &progress, out);
    Ok(ExitCode::SUCCESS)
}
