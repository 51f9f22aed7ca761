//! `cargo xtask reset LESSON`: the lesson's files back as shipped, after a backup.
//!
//! Nothing the learner wrote is ever lost: every file of the lesson is first
//! copied to `.backups/<time>-<lesson>/`, and the shipped text of each file comes
//! from git (`git cat-file blob ID`, with the ids of `xtask/manifest.txt`), all
//! of it fetched before anything is touched.

use std::fs;
use std::io::{BufRead, Write};
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
    let backup =
        Path::new(".backups").join(format!("{}-{}", timestamp(SystemTime::now()), lesson.name));
    if !yes {
        print!("{}", screen::reset_question(lesson, &backup));
        std::io::stdout().flush()?;
        let mut answer = String::new();
        std::io::stdin().lock().read_line(&mut answer)?;
        if !matches!(answer.trim(), "y" | "Y" | "yes") {
            print!("{}", screen::reset_declined(lesson));
            return Ok(ExitCode::FAILURE);
        }
    }
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
    let mut notes = String::new();
    let (mut state, _) = progress::recover(ctx, &mut notes)?;
    state.forget(lesson);
    progress::save(root, &state)?;
    print!("{notes}{}", screen::reset_done(lesson, saved, &backup));
    Ok(ExitCode::SUCCESS)
}

/// A file's shipped text, from git.
fn git_blob(root: &Path, id: &str) -> Result<Vec<u8>> {
    let output = Command::new("git")
        .current_dir(root)
        .args(["cat-file", "blob", id])
        .output()
        .context("reset needs git to fetch the shipped files, and git could not be started; nothing was changed")?;
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
