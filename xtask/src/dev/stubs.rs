//! `cargo xtask stubs`: the stubs are written from the solutions, never by hand.
//!
//! Every `solutions/lessonN/src/F.rs` marks the learner's part (see `markers`),
//! and `lessons/lessonN/src/F.rs` is what it gives. `stubs` writes them (only
//! over a stub as shipped, so that no one's edits are lost) and the manifest;
//! `stubs --check` only compares, naming the first line that differs (the
//! course's own tests prove the same on the course as shipped); `stubs --adopt`
//! marks the solution of a stub written by hand, so that it gives that stub
//! back exactly.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, anyhow, bail};

use crate::course::{Course, Lesson, files};
use crate::{Ctx, manifest, markers};

/// One file of the lesson that a solution file gives: (solution, stub), by their
/// paths from the workspace root.
pub fn pairs(course: &Course, lesson: &Lesson) -> Vec<(PathBuf, PathBuf)> {
    let solutions = PathBuf::from("solutions").join(&lesson.name).join("src");
    files(&course.root.join(&solutions))
        .into_iter()
        .filter(|file| file.extension().is_some_and(|ext| ext == "rs"))
        .map(|file| (solutions.join(&file), lesson.dir().join("src").join(&file)))
        .collect()
}

/// The stub `solution` gives, or a message naming the misplaced marker.
pub fn generate(course: &Course, solution: &Path) -> Result<String> {
    let source = course.read(solution)?;
    markers::stub(&source).map_err(|error| anyhow!("{}, {error}", solution.display()))
}

/// Where the committed stub differs from what its solution gives: the stub's
/// path and first differing line, both versions of it, and what to do; None if
/// they are the same.
pub fn difference(course: &Course, solution: &Path, stub: &Path) -> Result<Option<String>> {
    let wanted = generate(course, solution)?;
    let Ok(committed) = course.read(stub) else {
        return Ok(Some(format!(
            "{} is missing: {} gives it (run `cargo xtask stubs`)",
            stub.display(),
            solution.display()
        )));
    };
    if committed == wanted {
        return Ok(None);
    }
    let what_to_do = if markers::is_marked(&course.read(solution)?) {
        "Edit the solution (a stub's own lines are its `// STUB:` lines) and run `cargo xtask stubs`."
            .to_string()
    } else {
        let lesson = solution.iter().nth(1).unwrap_or_default().to_string_lossy();
        format!("The solution has no markers yet: run `cargo xtask stubs --adopt {lesson}` first.")
    };
    let (mut theirs, mut ours) = (
        committed.split_inclusive('\n'),
        wanted.split_inclusive('\n'),
    );
    let mut number = 1;
    let (has, gives) = loop {
        match (theirs.next(), ours.next()) {
            (a, b) if a == b => number += 1,
            (a, b) => break (a, b),
        }
    };
    let show = |line: Option<&str>| match line {
        Some(line) => format!("`{}`", line.trim_end_matches(['\n', '\r'])),
        None => "(the end of the file)".to_string(),
    };
    Ok(Some(format!(
        "{}:{number} is not what {} gives:\n  the stub has       {}\n  the solution gives {}\n  {what_to_do}",
        stub.display(),
        solution.display(),
        show(has),
        show(gives)
    )))
}

/// `cargo xtask stubs [--check | --adopt] [LESSON...]`.
pub fn stubs(ctx: &Ctx, names: &[String], check: bool, adopt: bool) -> Result<ExitCode> {
    let course = &ctx.course;
    let pairs: Vec<(PathBuf, PathBuf)> = course
        .select(names)?
        .into_iter()
        .flat_map(|lesson| pairs(course, lesson))
        .collect();
    match (check, adopt) {
        (true, true) => bail!("`--check` and `--adopt` do not go together: adopt, then check"),
        (true, false) => check_all(course, &pairs),
        (false, true) => {
            for (solution, stub) in &pairs {
                adopt_one(course, solution, stub)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        (false, false) => write_all(ctx, &pairs),
    }
}

/// `stubs --check`: every stub that differs, and a failure if one does.
fn check_all(course: &Course, pairs: &[(PathBuf, PathBuf)]) -> Result<ExitCode> {
    let mut differences = 0;
    for (solution, stub) in pairs {
        if let Some(message) = difference(course, solution, stub)? {
            println!("{message}");
            differences += 1;
        }
    }
    match differences {
        0 => println!("Every stub is what its solution gives."),
        1 => println!("1 stub differs from its solution."),
        n => println!("{n} stubs differ from their solutions."),
    }
    Ok(if differences == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// `stubs`: writes the stubs that differ, then the manifest. A stub is written
/// only if it is new or as shipped (as the manifest lists it): edits in it, a
/// learner's work or a stub edited by hand, are never written over.
fn write_all(ctx: &Ctx, pairs: &[(PathBuf, PathBuf)]) -> Result<ExitCode> {
    let course = &ctx.course;
    let listed = manifest::load(&course.root).unwrap_or_default();
    let shipped = |stub: &Path, bytes: &[u8]| {
        let id = manifest::blob_id(bytes);
        listed
            .iter()
            .any(|entry| Path::new(&entry.path) == stub && entry.id == id)
    };
    let (mut wanted, mut refused) = (Vec::new(), Vec::new());
    for (solution, stub) in pairs {
        let text = generate(course, solution)?;
        match fs::read(course.root.join(stub)).ok() {
            Some(bytes) if bytes == text.as_bytes() => {}
            Some(bytes) if !shipped(stub, &bytes) => refused.push(stub.display().to_string()),
            _ => wanted.push((stub, text)),
        }
    }
    if !refused.is_empty() {
        println!(
            "Nothing written: these stubs are not as shipped (xtask/manifest.txt), and \
             writing them would lose their edits: {}. Move what they hold into the \
             solutions, put them back with `cargo xtask reset LESSON` (which saves them \
             first) or `git checkout -- FILE`, and run `cargo xtask stubs` again.",
            refused.join(", ")
        );
        return Ok(ExitCode::FAILURE);
    }
    if wanted.is_empty() {
        println!("Every stub was already what its solution gives.");
        return Ok(ExitCode::SUCCESS);
    }
    for (stub, text) in &wanted {
        write(course, stub, text)?;
    }
    // What was just written is what ships.
    super::manifest(ctx)
}

/// Marks the solution of a stub written by hand (`// TODO …` and `todo!(…)` in
/// the bodies): the solution's own lines between the markers, the stub's own as
/// `// STUB:` lines, so that it gives the stub back exactly.
fn adopt_one(course: &Course, solution: &Path, stub: &Path) -> Result<()> {
    let stub_text = course
        .read(stub)
        .with_context(|| format!("{} has no stub to adopt", solution.display()))?;
    let marked = markers::mark(&stub_text, &course.read(solution)?)
        .map_err(|error| anyhow!("{}: {error}", solution.display()))?;
    if course.read(solution)? != marked {
        write(course, solution, &marked)?;
    }
    Ok(())
}

fn write(course: &Course, path: &Path, text: &str) -> Result<()> {
    let full = course.root.join(path);
    if let Some(folder) = full.parent() {
        fs::create_dir_all(folder)
            .with_context(|| format!("Failed to make {}", folder.display()))?;
    }
    fs::write(full, text).with_context(|| format!("Failed to write {}", path.display()))?;
    println!("Wrote {}.", path.display());
    Ok(())
}
