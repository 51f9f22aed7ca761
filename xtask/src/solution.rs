//! `cargo xtask solution LESSON`: the reference solution, once the lesson is done.
//!
//! It is shown as solved: the markers that make the stubs of it (see `markers`)
//! and the stubs' own lines are left out. `--diff` compares it with the learner's
//! files, part by part: both sides are formatted by rustfmt first (when it is
//! installed) and the maintainer's notes (`#[path]` lines and their comments) are
//! left out, so only differences in what the code says remain.

use std::fs;
use std::path::Path;
use std::process::{Command, ExitCode, Stdio};

use anyhow::{Context, Result};

use crate::{Ctx, markers, screen};

pub fn solution(ctx: &Ctx, name: &str, diff: bool) -> Result<ExitCode> {
    let lesson = ctx.course.find(name)?;
    let mut notes = String::new();
    let (progress, _) = ctx.load_progress(&mut notes)?;
    print!("{notes}");
    if !progress.done.contains(&lesson.name) {
        print!("{}", screen::solution_locked(lesson));
        return Ok(ExitCode::FAILURE);
    }
    let root = &ctx.course.root;
    let read = |path: &Path| {
        fs::read_to_string(root.join(path))
            .with_context(|| format!("Failed to read {}", path.display()))
    };
    if diff {
        print!("{}", screen::solution_diff_intro(ctx.style));
    }
    // Both sides are formatted only if rustfmt works here at all.
    let formatted = diff && rustfmt("fn f() {}\n").is_some();
    let scratch = root.join("target").join("solution-diff");
    for part in &lesson.parts {
        let yours = &part.edit_file;
        let file = yours.file_name().unwrap_or_default();
        let reference = Path::new("solutions")
            .join(&lesson.name)
            .join("src")
            .join(file);
        let theirs = read(&reference)?;
        if !diff {
            let code = readable(&theirs, false);
            print!(
                "{}",
                screen::solution_file(ctx.style, lesson, &reference, &code)
            );
            continue;
        }
        // The stub's `// TODO` notes are the course's words, not a difference of yours.
        let mine = without_todos(&read(yours)?);
        fs::create_dir_all(&scratch)?;
        fs::write(scratch.join("yours.rs"), readable(&mine, formatted))?;
        fs::write(scratch.join("reference.rs"), readable(&theirs, formatted))?;
        let color = if ctx.style.color { "always" } else { "never" };
        let output = Command::new("git")
            .current_dir(&scratch)
            .args(["diff", "--no-index", "--ignore-all-space"])
            .arg(format!("--color={color}"))
            .args(["--", "yours.rs", "reference.rs"])
            .output()
            .context("Failed to start `git diff`")?;
        let shown = String::from_utf8_lossy(&output.stdout);
        // git's own header names the scratch files; ours names the real ones.
        let hunks: Vec<&str> = shown
            .lines()
            .skip_while(|line| !line.contains("@@"))
            .collect();
        print!("{}", screen::solution_diff(yours, &reference, &hunks));
    }
    Ok(ExitCode::SUCCESS)
}

/// The code as a learner should read it: the solution's own lines (not the stub's,
/// nor the markers between them), without maintainer notes, and formatted by rustfmt.
fn readable(source: &str, format: bool) -> String {
    let kept = markers::solved(source).unwrap_or_else(|_| source.to_string());
    if format {
        rustfmt(&kept).unwrap_or(kept)
    } else {
        kept
    }
}

/// `source` without the stub's `// TODO: …` comments (and the comment lines that
/// continue one, at the same indent).
fn without_todos(source: &str) -> String {
    let mut kept = String::new();
    let mut todo_indent: Option<usize> = None;
    for line in source.lines() {
        let indent = line.len() - line.trim_start().len();
        let comment = line.trim_start().starts_with("//");
        if line.trim_start().starts_with("// TODO") {
            todo_indent = Some(indent);
            continue;
        }
        if comment && todo_indent == Some(indent) && !line.trim_start().starts_with("///") {
            continue;
        }
        todo_indent = None;
        kept.push_str(line);
        kept.push('\n');
    }
    kept
}

/// `source` formatted by rustfmt, or None if rustfmt is missing or cannot read it.
fn rustfmt(source: &str) -> Option<String> {
    use std::io::Write;
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2024", "--emit", "stdout", "--quiet"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(source.as_bytes()).ok()?;
    let output = child.wait_with_output().ok()?;
    (output.status.success() && !output.stdout.is_empty())
        .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stubs_todo_notes_with_their_continued_lines_are_no_difference() {
        let yours = "fn f(x: f64) -> f64 {\n    // TODO: add x to itself,\n    // then return it.\n    // mine: doubling\n\n    x + x\n}\n";
        assert_eq!(
            without_todos(yours),
            "fn f(x: f64) -> f64 {\n\n    x + x\n}\n"
        );
    }
}
