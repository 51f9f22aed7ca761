//! `cargo xtask reset LESSON`: the lesson's files back as shipped, after a backup.
//!
//! Nothing the learner wrote is ever lost: every file of the lesson is first
//! copied to `.backups/<time>-<lesson>/` (a folder of its own, never one an
//! earlier backup made: `-2`, `-3`, … are added within the same second), and the
//! shipped text of each file comes from git (`git cat-file blob ID`, with the ids
//! of `xtask/manifest.txt`), all of it fetched before anything is touched. A lesson
//! already as shipped holds nothing of the learner's: no backup is made of it.

use std::fs;
use std::io::{BufRead, ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::{Context, Result, bail};

use crate::{Ctx, manifest, progress, screen};

pub fn reset(ctx: &Ctx, name: &str, yes: bool) -> Result<ExitCode> {
    let lesson = ctx.course.find(name)?;
    let root = &ctx.course.root;
    let all = manifest::load(root)?;
    let entries = manifest::entries(&all, lesson);
    if entries.is_empty() {
        bail!("{} has no entries for {}", manifest::FILE, lesson.name);
    }
    // Fetch every shipped text first, so a failure changes nothing.
    let mut shipped = Vec::new();
    for entry in &entries {
        shipped.push((PathBuf::from(&entry.path), git_blob(root, &entry.id)?));
    }
    if as_shipped(root, lesson, &shipped) {
        let latest = latest_backup(root, lesson);
        print!("{}", screen::reset_nothing(lesson, latest.as_deref()));
        return Ok(ExitCode::SUCCESS);
    }
    let stamp = timestamp(SystemTime::now());
    if !yes {
        let planned = Path::new(".backups").join(format!("{stamp}-{}", lesson.name));
        print!("{}", screen::reset_question(lesson, &planned));
        std::io::stdout().flush()?;
        if !answered_yes()? {
            print!("{}", screen::reset_declined(lesson));
            if crate::signals::interrupted() {
                return Err(crate::signals::Interrupted.into());
            }
            return Ok(ExitCode::FAILURE);
        }
    }
    let backup = claim_backup(root, &stamp, &lesson.name)?;
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
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut answer = String::new();
        let read = std::io::stdin().lock().read_line(&mut answer);
        let _ = sender.send(read.map(|_| answer));
    });
    loop {
        if crate::signals::interrupted() {
            println!();
            return Ok(false);
        }
        match receiver.recv_timeout(std::time::Duration::from_millis(50)) {
            Ok(answer) => return Ok(matches!(answer?.trim(), "y" | "Y" | "yes")),
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => return Ok(false),
        }
    }
}

/// Whether every file the lesson ships is exactly as shipped, and there is no
/// other beside them in `src/` or `tests/` (README.md and HINTS.md are the course's text).
fn as_shipped(root: &Path, lesson: &crate::course::Lesson, shipped: &[(PathBuf, Vec<u8>)]) -> bool {
    let present = manifest::shipped_files(root, lesson);
    present.len() == shipped.len()
        && shipped.iter().all(|(path, text)| {
            present.iter().any(|p| Path::new(p) == path)
                && fs::read(root.join(path)).is_ok_and(|bytes| bytes == *text)
        })
}

/// A backup folder of its own, `.backups/<stamp>-<lesson>` or, if an earlier
/// backup has that name, the first of `…-2`, `…-3`, … that is free. Creating the
/// folder claims the name, so two resets at once never share one.
fn claim_backup(root: &Path, stamp: &str, name: &str) -> Result<PathBuf> {
    let backups = root.join(".backups");
    fs::create_dir_all(&backups)
        .with_context(|| format!("Failed to make {}; nothing was changed", backups.display()))?;
    for count in 1.. {
        let folder = match count {
            1 => format!("{stamp}-{name}"),
            _ => format!("{stamp}-{name}-{count}"),
        };
        match fs::create_dir(backups.join(&folder)) {
            Ok(()) => return Ok(Path::new(".backups").join(folder)),
            Err(error) if error.kind() == ErrorKind::AlreadyExists => {}
            Err(error) => {
                return Err(error).with_context(|| {
                    format!(
                        "Failed to make a backup folder in {}; nothing was changed",
                        backups.display()
                    )
                });
            }
        }
    }
    unreachable!("there is always a free name")
}

/// The latest backup of `lesson`, relative to the root, if there is one.
fn latest_backup(root: &Path, lesson: &crate::course::Lesson) -> Option<PathBuf> {
    let entries = fs::read_dir(root.join(".backups")).ok()?;
    let mut folders: Vec<String> = entries
        .flatten()
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|folder| {
            root.join(".backups")
                .join(folder)
                .join(lesson.dir())
                .is_dir()
        })
        .collect();
    // `<stamp>-<lesson>` sorts by time; within a second, `-2` follows the plain name.
    let suffix = format!("-{}", lesson.name);
    folders.sort_by_key(|folder| {
        let after = folder.split_once(&suffix).map_or("", |(_, rest)| rest);
        let count = after.strip_prefix('-').and_then(|n| n.parse::<u32>().ok());
        (
            folder.get(..15).unwrap_or("").to_string(),
            count.unwrap_or(1),
        )
    });
    folders
        .last()
        .map(|folder| Path::new(".backups").join(folder))
}

/// A file's shipped text, from git.
fn git_blob(root: &Path, id: &str) -> Result<Vec<u8>> {
    let output = Command::new("git")
        .current_dir(root)
        .args(["cat-file", "blob", id])
        .output()
        .context("reset needs git to fetch the shipped files, and git could not be started; nothing was changed")?;
    if crate::signals::interrupted() {
        // Ctrl-C reaches git too (the terminal signals the whole foreground group).
        return Err(crate::signals::Interrupted.into());
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
    for entry in fs::read_dir(from).with_context(|| format!("Failed to read {}", from.display()))? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            count += copy_folder(&entry.path(), &target)?;
        } else {
            fs::create_dir_all(to)?;
            fs::copy(entry.path(), &target)
                .with_context(|| format!("Failed to back up {}", entry.path().display()))?;
            count += 1;
        }
    }
    Ok(count)
}

/// `20261129-071153`, in UTC, for backup folder names that sort by time.
pub fn timestamp(time: SystemTime) -> String {
    let secs = time
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs());
    let (days, rest) = (secs / 86_400, secs % 86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}{month:02}{day:02}-{:02}{:02}{:02}",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn timestamps_are_utc_dates_and_times() {
        assert_eq!(timestamp(UNIX_EPOCH), "19700101-000000");
        assert_eq!(
            timestamp(UNIX_EPOCH + Duration::from_secs(1_795_936_313)),
            "20261129-071153"
        );
        assert_eq!(
            timestamp(UNIX_EPOCH + Duration::from_secs(951_782_400)),
            "20000229-000000"
        );
    }
}
