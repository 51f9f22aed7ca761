//! The learner's progress: one small plain-text file, `.progress`, at the
//! workspace root (ignored by git).
//!
//! ```text
//! # towards-backprop progress, written by `cargo xtask` …
//! done lesson1
//! part lesson2 forward
//! hint lesson2 numeric_derivative_of_x_squared 2
//! ```
//!
//! `done LESSON` records a finished lesson (every part passed in one run at the
//! end); `part LESSON SLUG` records that the part `SLUG` of a lesson not done yet
//! passed (`cargo xtask next` moves on to the lesson's first part not recorded);
//! `hint LESSON CHECK N` records that N hints of that check have been shown.
//! Lines starting with `#` are comments. A file written before parts existed
//! (no `part` lines) is read as it is: no part of an unfinished lesson passed yet.
//! The file is only a cache of what the checks say: deleting it is safe, and a
//! file that cannot be read is recovered by re-checking the lessons in order.
//! It is written to a temporary file first and then renamed over the old one,
//! so a reader never sees half a file, even with two runners at once.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use anyhow::{Context, Result};

mod recover;
pub use recover::recover;

pub const FILE: &str = ".progress";

const HEADER: &str = "# towards-backprop progress, written by `cargo xtask`.\n\
# `done LESSON` marks a finished lesson, `part LESSON SLUG` a passed part of one not done yet;\n\
# `hint LESSON CHECK N` counts the hints shown.\n\
# Safe to delete: the runner re-checks the lessons and writes it again.\n";

/// What the learner has done so far.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Progress {
    pub done: BTreeSet<String>,
    /// Passed parts of lessons not done yet, as (lesson, part slug).
    pub parts: BTreeSet<(String, String)>,
    /// Hints shown so far, per (lesson, check).
    pub hints: BTreeMap<(String, String), usize>,
}

/// The progress file as found on disk.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// There is no progress file: a fresh start, or a deleted file.
    Missing,
    Read(Progress),
    /// The file exists but cannot be trusted; the reason says why.
    Unreadable(String),
}

pub fn path(root: &Path) -> PathBuf {
    root.join(FILE)
}

/// Reads the progress file; lessons not in `known` make the file unreadable.
pub fn load(root: &Path, known: &[&str]) -> Loaded {
    match fs::read_to_string(path(root)) {
        Ok(text) => match parse(&text, known) {
            Ok(progress) => Loaded::Read(progress),
            Err(why) => Loaded::Unreadable(why),
        },
        Err(error) if error.kind() == ErrorKind::NotFound => Loaded::Missing,
        Err(error) => Loaded::Unreadable(error.to_string()),
    }
}

/// Parses the file's text, or says which line is wrong.
pub fn parse(text: &str, known: &[&str]) -> Result<Progress, String> {
    let mut progress = Progress::default();
    for (number, line) in text.lines().enumerate() {
        let words: Vec<&str> = line.split_whitespace().collect();
        let bad = || format!("line {} is not understood: `{line}`", number + 1);
        match words.as_slice() {
            [] => {}
            [first, ..] if first.starts_with('#') => {}
            ["done", lesson] if known.contains(lesson) => {
                progress.done.insert(lesson.to_string());
            }
            ["part", lesson, slug] if known.contains(lesson) => {
                progress
                    .parts
                    .insert((lesson.to_string(), slug.to_string()));
            }
            ["hint", lesson, check, count] if known.contains(lesson) => {
                let count = count.parse().map_err(|_| bad())?;
                progress
                    .hints
                    .insert((lesson.to_string(), check.to_string()), count);
            }
            _ => return Err(bad()),
        }
    }
    Ok(progress)
}

/// The file's text for `progress`.
pub fn render(progress: &Progress) -> String {
    let mut text = HEADER.to_string();
    for lesson in &progress.done {
        text.push_str(&format!("done {lesson}\n"));
    }
    for (lesson, slug) in &progress.parts {
        text.push_str(&format!("part {lesson} {slug}\n"));
    }
    for ((lesson, check), count) in &progress.hints {
        text.push_str(&format!("hint {lesson} {check} {count}\n"));
    }
    text
}

/// Writes the progress file atomically: a temporary file, then a rename.
pub fn save(root: &Path, progress: &Progress) -> Result<()> {
    let target = path(root);
    // A name of its own per write, so that writers never share a temporary file.
    static WRITES: AtomicUsize = AtomicUsize::new(0);
    let count = WRITES.fetch_add(1, Ordering::Relaxed);
    let temporary = root.join(format!("{FILE}.{}-{count}.tmp", std::process::id()));
    fs::write(&temporary, render(progress))
        .with_context(|| format!("Failed to write {}", temporary.display()))?;
    fs::rename(&temporary, &target)
        .with_context(|| format!("Failed to replace {}", target.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_survives_a_round_trip() {
        let mut progress = Progress::default();
        progress.done.insert("lesson1".into());
        progress.parts.insert(("lesson2".into(), "forward".into()));
        progress
            .hints
            .insert(("lesson2".into(), "a_check".into()), 2);
        assert_eq!(
            parse(&render(&progress), &["lesson1", "lesson2"]),
            Ok(progress)
        );
    }

    #[test]
    fn a_file_from_before_parts_is_still_read() {
        let old = "# towards-backprop progress\ndone lesson1\nhint lesson2 a_check 1\n";
        let progress = parse(old, &["lesson1", "lesson2"]).unwrap();
        assert!(progress.done.contains("lesson1"));
        assert!(progress.parts.is_empty());
    }

    #[test]
    fn garbage_and_unknown_lessons_are_reported_not_trusted() {
        assert!(parse("done lesson1\n\u{0}\u{0}garbage", &["lesson1"]).is_err());
        assert!(parse("done lesson9", &["lesson1"]).is_err());
        assert!(parse("hint lesson1 check many", &["lesson1"]).is_err());
        assert!(parse("part lesson1", &["lesson1"]).is_err());
    }

    #[test]
    fn two_writers_and_a_reader_never_see_half_a_file() {
        let dir = std::env::temp_dir().join(format!("progress-test-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let mut progress = Progress::default();
        progress.done.insert("lesson1".into());
        save(&dir, &progress).unwrap();
        std::thread::scope(|scope| {
            for _ in 0..2 {
                scope.spawn(|| {
                    for _ in 0..200 {
                        save(&dir, &progress).unwrap();
                    }
                });
            }
            for _ in 0..400 {
                assert_eq!(load(&dir, &["lesson1"]), Loaded::Read(progress.clone()));
            }
        });
        fs::remove_dir_all(&dir).unwrap();
    }
}
