//! `cargo xtask reset LESSON`: the lesson's files back as shipped, after a backup.
//!
//! Nothing the learner wrote is ever lost: every file of the lesson is first
//! copied to `.backups/<lesson>-<n>/`, numbered after its earlier backups (a
//! folder of its own, never one an earlier backup made), and the
//! shipped text of each file comes from git (`git cat-file blob ID`, with the ids
//! of `xtask/manifest.txt`), all of it fetched before anything is touched. A lesson
//! already as shipped holds nothing of the learner's: no backup is made of it.

use std::fs;
use std::io::{BufRead, ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

use anyhow::{Context, Result, bail};
use walkdir::WalkDir;

use crate::course::Lesson;
use crate::{Ctx, manifest, progress, screen, signals};

pub fn reset(ctx: &Ctx, name: &str, yes: bool) -> Result<ExitCode> {
    let lesson = ctx.course.find(name)?;
    let root = &ctx.course.root;
    let all = manifest::load(root)?;
    let entries = manifest::entries(&all, lesson);
    if entries.is_empty() {
        bail!("{} has no entries for {}", manifest::FILE, lesson.name);
    }
    // Fetch every shipped text first, so a failure changes nothing.
    let fetch =
        |entry: &manifest::Entry| Ok((PathBuf::from(&entry.path), git_blob(root, &entry.id)?));
    let shipped = entries.into_iter().map(fetch).collect::<Result<Vec<_>>>()?;
    let newest = newest_backup(root, lesson);
    if as_shipped(root, lesson, &shipped) {
        let latest = newest.map(|number| backup_folder(lesson, number));
        print!("{}", screen::reset_nothing(lesson, latest.as_deref()));
        return Ok(ExitCode::SUCCESS);
    }
    if !yes {
        let planned = backup_folder(lesson, newest.unwrap_or(0) + 1);
        print!("{}", screen::reset_question(lesson, &planned));
        std::io::stdout().flush()?;
        if !answered_yes()? {
            print!("{}", screen::reset_declined(lesson));
            if signals::interrupted() {
                return Err(signals::Interrupted.into());
            }
            return Ok(ExitCode::FAILURE);
        }
    }
    let backup = claim_backup(root, lesson)?;
    let saved = copy_folder(
        &root.join(lesson.dir()),
        &root.join(&backup).join(lesson.dir()),
    )?;
    for (path, text) in &shipped {
        let target = root.join(path);
        if fs::read(&target).ok().as_deref() != Some(text.as_slice()) {
            fs::create_dir_all(target.parent().unwrap())?;
            fs::write(&target, text)
                .with_context(|| format!("Failed to write {}", path.display()))?;
        }
    }
    // The lesson is forgotten in the progress as it is (a file that is missing or
    // cannot be read is left for the next command to rebuild from the checks).
    let mut notes = String::new();
    if let progress::Loaded::Read(mut base) = progress::load(root, &ctx.names()) {
        let mut state = base.clone();
        state.forget(lesson);
        ctx.save_progress(&mut base, &state, &mut notes);
    }
    print!("{}{notes}", screen::reset_done(lesson, saved, &backup));
    Ok(ExitCode::SUCCESS)
}

/// Reads the answer to the question; Ctrl-C (or the end of the input) means no.
/// The line is read on a thread of its own, so that Ctrl-C is seen at once.
fn answered_yes() -> Result<bool> {
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        let mut answer = String::new();
        let _ = sender.send(
            std::io::stdin()
                .lock()
                .read_line(&mut answer)
                .map(|_| answer),
        );
    });
    while !signals::interrupted() {
        match receiver.recv_timeout(Duration::from_millis(50)) {
            Ok(answer) => return Ok(matches!(answer?.trim(), "y" | "Y" | "yes")),
            Err(RecvTimeoutError::Disconnected) => return Ok(false),
            Err(RecvTimeoutError::Timeout) => {}
        }
    }
    println!();
    Ok(false)
}

/// Whether every file the lesson ships is exactly as shipped, and there is no
/// other beside them in `src/` or `tests/` (README.md and HINTS.md are the course's text).
fn as_shipped(root: &Path, lesson: &Lesson, shipped: &[(PathBuf, Vec<u8>)]) -> bool {
    let present = manifest::shipped_files(root, lesson);
    present.len() == shipped.len()
        && shipped.iter().all(|(path, text)| {
            present.iter().any(|p| Path::new(p) == path)
                && fs::read(root.join(path)).is_ok_and(|bytes| bytes == *text)
        })
}

/// The number of the newest backup of `lesson` (`.backups/<lesson>-<n>` that holds its folder).
fn newest_backup(root: &Path, lesson: &Lesson) -> Option<u32> {
    let prefix = format!("{}-", lesson.name);
    let entries = fs::read_dir(root.join(".backups")).ok()?;
    entries
        .flatten()
        .filter(|entry| entry.path().join(lesson.dir()).is_dir())
        .filter_map(|entry| {
            entry
                .file_name()
                .to_str()?
                .strip_prefix(&prefix)?
                .parse::<u32>()
                .ok()
        })
        .max()
}

/// `.backups/<lesson>-<n>`, relative to the root.
fn backup_folder(lesson: &Lesson, number: u32) -> PathBuf {
    Path::new(".backups").join(format!("{}-{number}", lesson.name))
}

/// A backup folder of its own, numbered after every earlier backup of the lesson
/// (so the highest number is the newest). Creating the folder claims the number,
/// so two resets at once never share one.
fn claim_backup(root: &Path, lesson: &Lesson) -> Result<PathBuf> {
    let failed = "Failed to make a backup folder in .backups/; nothing was changed";
    fs::create_dir_all(root.join(".backups")).context(failed)?;
    let mut number = newest_backup(root, lesson).unwrap_or(0) + 1;
    loop {
        let folder = backup_folder(lesson, number);
        match fs::create_dir(root.join(&folder)) {
            Err(error) if error.kind() == ErrorKind::AlreadyExists => number += 1,
            made => return made.map(|()| folder).context(failed),
        }
    }
}

/// A file's shipped text, from git.
fn git_blob(root: &Path, id: &str) -> Result<Vec<u8>> {
    let output = Command::new("git")
        .current_dir(root)
        .args(["cat-file", "blob", id])
        .output()
        .context("reset needs git to fetch the shipped files, and git could not be started; nothing was changed")?;
    if signals::interrupted() {
        // Ctrl-C reaches git too (the terminal signals the whole foreground group).
        return Err(signals::Interrupted.into());
    }
    if !output.status.success() {
        bail!(
            "git does not have the shipped file {id} (is this a git clone of the course?); nothing was changed"
        );
    }
    Ok(output.stdout)
}

/// Copies every file under `from` to `to`; returns how many.
fn copy_folder(from: &Path, to: &Path) -> Result<usize> {
    let mut count = 0;
    for entry in WalkDir::new(from) {
        let entry = entry.with_context(|| format!("Failed to read {}", from.display()))?;
        let target = to.join(entry.path().strip_prefix(from)?);
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target)?;
        } else {
            fs::copy(entry.path(), &target)
                .with_context(|| format!("Failed to back up {}", entry.path().display()))?;
            count += 1;
        }
    }
    Ok(count)
}
