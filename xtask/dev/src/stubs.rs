//! `cargo xtask stubs`: the files that are written from the solutions, never by hand.
//!
//! Every `solutions/lessonN/src/F.rs` marks the learner's part (see `markers`),
//! and `lessons/lessonN/src/F.rs` is what it gives; the root harness
//! `tests/lessonN.rs` includes each part's checks file, in the order that
//! `solutions/lessonN/src/lib.rs` declares the parts. `stubs` writes them (a stub
//! only over a stub as shipped, so that no one's edits are lost) and the
//! manifest; `stubs --check` only compares, naming the first line that differs
//! (the course's own tests prove the same on the course as shipped).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, anyhow};

use crate::Select;
use crate::{manifest, markers, text};
use xtask::Ctx;
use xtask::course::{Course, Lesson, files};

/// One file `stubs` writes: its path from the workspace root, the file it is
/// written from, and the text it must have.
pub struct Written {
    pub path: PathBuf,
    pub from: PathBuf,
    pub text: String,
}

/// Every file `stubs` writes for `lesson`: its stubs, then its harness.
pub fn wanted(course: &Course, lesson: &Lesson) -> Result<Vec<Written>> {
    let solutions = Path::new("solutions").join(&lesson.name).join("src");
    let mut out = Vec::new();
    for file in files(&course.root.join(&solutions)) {
        if file.extension().is_some_and(|ext| ext == "rs") {
            let from = solutions.join(&file);
            let text = markers::stub(&course.read(&from)?)
                .map_err(|error| anyhow!("{}, {error}", from.display()))?;
            let path = lesson.dir().join("src").join(&file);
            out.push(Written { path, from, text });
        }
    }
    let from = solutions.join("lib.rs");
    let text = harness(course, lesson, &course.read(&from)?);
    let path = PathBuf::from(format!("tests/{}.rs", lesson.name));
    out.push(Written { path, from, text });
    Ok(out)
}

/// The root harness of `lesson`: each part's own checks file, compiled against
/// the solution, in the order `lib` declares the parts.
fn harness(course: &Course, lesson: &Lesson, lib: &str) -> String {
    let (name, number) = (&lesson.name, lesson.number);
    let mut out = format!(
        "//! Lesson {number}'s own checks, run against its reference solution: the `{name}`\n\
         //! dependency of this package is `solutions/{name}`, renamed. Written by\n\
         //! `cargo xtask stubs` from the parts `solutions/{name}/src/lib.rs` declares.\n"
    );
    let parts = text::parts(lib);
    let checks_file = |slug: &str| format!("lessons/{name}/tests/{slug}.rs");
    let mut support = Vec::new();
    for part in &parts {
        let checks = course.read(Path::new(&checks_file(&part.slug)));
        let lines = checks.unwrap_or_default();
        support.extend(
            lines
                .lines()
                .filter(|line| line.starts_with("#[path = \"support/"))
                .map(str::to_string),
        );
    }
    support.sort();
    if support.windows(2).any(|pair| pair[0] == pair[1]) {
        out.push_str(
            "\n// Parts whose checks share a support file each compile it: here, where all\n\
             // the parts meet, it is compiled once per part.\n\
             #![allow(clippy::duplicate_mod)]\n",
        );
    }
    for part in &parts {
        let (slug, file) = (&part.slug, checks_file(&part.slug));
        let title = format!("Part {}: {}", part.number, part.title);
        out.push_str(&format!(
            "\n// {title}\n#[path = \"../{file}\"]\nmod {slug};\n"
        ));
    }
    out
}

/// Where the file on disk differs from what `stubs` writes: its path and first
/// differing line, both versions of it, and what to do; None if they are the same.
pub fn difference(course: &Course, wanted: &Written) -> Option<String> {
    let Written { path, from, text } = wanted;
    let Ok(committed) = course.read(path) else {
        let (path, from) = (path.display(), from.display());
        return Some(format!(
            "{path} is missing: {from} gives it (run `cargo xtask stubs`)"
        ));
    };
    let (mut theirs, mut ours) = (committed.split_inclusive('\n'), text.split_inclusive('\n'));
    let mut number = 1;
    let (has, gives) = loop {
        match (theirs.next(), ours.next()) {
            (None, None) => return None,
            (a, b) if a == b => number += 1,
            (a, b) => break (a, b),
        }
    };
    let show = |line: Option<&str>| match line {
        Some(line) => format!("`{}`", line.trim_end_matches(['\n', '\r'])),
        None => "(the end of the file)".to_string(),
    };
    let what_to_do = if path.starts_with("tests") {
        "Declare the parts in the solution's lib.rs and run `cargo xtask stubs`."
    } else {
        "Edit the solution (a stub's own lines are its `// STUB:` lines) and run `cargo xtask stubs`."
    };
    Some(format!(
        "{}:{number} is not what {} gives:\n  the file has       {}\n  the solution gives {}\n  {what_to_do}",
        path.display(),
        from.display(),
        show(has),
        show(gives)
    ))
}

/// `cargo xtask stubs [--check] [LESSON...]`.
pub fn stubs(ctx: &Ctx, names: &[String], check: bool) -> Result<ExitCode> {
    let course = &ctx.course;
    let mut all = Vec::new();
    for lesson in course.select(names)? {
        all.extend(wanted(course, lesson)?);
    }
    if check {
        let differences: Vec<String> = all.iter().filter_map(|w| difference(course, w)).collect();
        for message in &differences {
            println!("{message}");
        }
        match differences.len() {
            0 => println!("Every stub is what its solution gives."),
            n => println!("{n} of the files written from the solutions differ from them."),
        }
        return Ok(ExitCode::from(u8::from(!differences.is_empty())));
    }
    write_all(ctx, &all)
}

/// `stubs`: writes the files that differ, then the manifest if it is not
/// current (so that a checks file edited by hand ships too). A stub is written
/// only if it is new or as shipped (as the manifest lists it): edits in it, a
/// learner's work or a stub edited by hand, are never written over.
fn write_all(ctx: &Ctx, all: &[Written]) -> Result<ExitCode> {
    let course = &ctx.course;
    let listed = manifest::load(&course.root).unwrap_or_default();
    let shipped = |path: &Path, bytes: &[u8]| {
        let id = manifest::blob_id(bytes);
        listed
            .iter()
            .any(|entry| Path::new(&entry.path) == path && entry.id == id)
    };
    let (mut changed, mut refused) = (Vec::new(), Vec::new());
    for wanted in all {
        match fs::read(course.root.join(&wanted.path)).ok() {
            Some(bytes) if bytes == wanted.text.as_bytes() => {}
            Some(bytes) if wanted.path.starts_with("lessons") && !shipped(&wanted.path, &bytes) => {
                refused.push(wanted.path.display().to_string())
            }
            _ => changed.push(wanted),
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
    if changed.is_empty() {
        println!("Every stub was already what its solution gives.");
    }
    for wanted in changed {
        write(&course.root, &wanted.path, &wanted.text)?;
    }
    // What was just written, and any checks edited with it, is what ships.
    let manifest = manifest::render(course)?;
    if course.read(manifest::FILE.as_ref()).ok() != Some(manifest) {
        super::manifest(ctx)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes `text` to `path` (from the workspace `root`), making its folder, and says so.
pub fn write(root: &Path, path: &Path, text: &str) -> Result<()> {
    let full = root.join(path);
    if let Some(folder) = full.parent() {
        fs::create_dir_all(folder)
            .with_context(|| format!("Failed to make {}", folder.display()))?;
    }
    fs::write(full, text).with_context(|| format!("Failed to write {}", path.display()))?;
    println!("Wrote {}.", path.display());
    Ok(())
}
