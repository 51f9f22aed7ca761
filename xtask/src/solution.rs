//! `cargo xtask solution LESSON`: the reference solution, once the lesson is done.

use std::process::{Command, ExitCode};

use anyhow::{Context, Result};

use crate::{Ctx, load_progress};

pub fn solution(ctx: &Ctx, name: &str, diff: bool) -> Result<ExitCode> {
    let lesson = ctx.course.find(name)?;
    let mut notes = String::new();
    let (progress, _) = load_progress(ctx, &mut notes)?;
    print!("{notes}");
    if !progress.done.contains(&lesson.name) {
        println!(
            "The solution of {} opens once its checks pass. Stuck? `cargo xtask hint` shows the next hint.",
            lesson.title
        );
        return Ok(ExitCode::FAILURE);
    }
    let yours = lesson.edit_file();
    let reference = std::path::Path::new("solutions")
        .join(&lesson.name)
        .join("src")
        .join("lib.rs");
    if diff {
        // git is on every machine that cloned the course, and its diff reads well.
        let status = Command::new("git")
            .current_dir(&ctx.course.root)
            .args(["diff", "--no-index", "--no-color", "--"])
            .args([&yours, &reference])
            .status()
            .context("Failed to start `git diff`")?;
        if status.code() == Some(0) {
            println!(
                "Your {} is the same as the reference solution.",
                yours.display()
            );
        }
    } else {
        let path = ctx.course.root.join(&reference);
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("Failed to read {}", path.display()))?;
        println!(
            "{}  (compare with yours: `cargo xtask solution {} --diff`)\n",
            reference.display(),
            lesson.name
        );
        print!("{text}");
    }
    Ok(ExitCode::SUCCESS)
}
