//! The learner's progress: one small plain-text file, `.progress`, at the
//! workspace root (ignored by git).
//!
//! ```text
//! done lesson1 FINGERPRINT
//! part lesson2 forward FINGERPRINT
//! hint lesson2 numeric_derivative_of_x_squared 2
//! ```
//!
//! A `done` or `part` line holds the fingerprint of the files its passing run saw
//! (see [`fingerprints`]): once they change, or for a line written by hand without
//! one, the lesson or part is checked again before it counts. The file is only a
//! cache of what the checks say: deleting it is safe, and a file that cannot be
//! read is rebuilt by re-checking the lessons in order (`Ctx::load_progress`). It
//! is written to a temporary file and renamed over the old one, so a reader never
//! sees half a file, and each command writes only what it changed, under a lock on
//! the course's folder, so two commands at once never undo each other ([`update`]).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use anyhow::{Context, Result};

use crate::course::{self, Course, Lesson};
use crate::report::{Outcome, Report, Verdict};

pub const FILE: &str = ".progress";

const HEADER: &str = "# towards-backprop progress, written by `cargo xtask`.\n\
# `done LESSON FINGERPRINT` marks a finished lesson, `part LESSON SLUG FINGERPRINT` a passed part of one not done yet;\n\
# `hint LESSON CHECK N` counts the hints shown.\n\
# Safe to delete: the runner re-checks the lessons and writes it again.\n";

/// What the learner has done so far.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Progress {
    pub done: BTreeSet<String>,
    /// For each lesson done, the fingerprint of the files its passing run saw.
    pub fingerprints: BTreeMap<String, String>,
    /// Passed parts of lessons not done yet, as (lesson, part slug), each with the
    /// fingerprint of the files its passing run saw (none on a line written by hand).
    pub parts: BTreeMap<(String, String), Option<String>>,
    /// Hints shown so far, per (lesson, check).
    pub hints: BTreeMap<(String, String), usize>,
}

impl Progress {
    /// The parts of `lesson` recorded as passed (indices, in order).
    pub fn passed_parts(&self, lesson: &Lesson) -> Vec<usize> {
        (0..lesson.parts.len())
            .filter(|&index| self.parts.contains_key(&key(lesson, index)))
            .collect()
    }

    /// The learner's current part of `lesson`: the first not recorded as passed
    /// (None once every part is, and the whole lesson must pass in one run).
    pub fn current_part(&self, lesson: &Lesson) -> Option<usize> {
        (0..lesson.parts.len()).find(|&index| !self.parts.contains_key(&key(lesson, index)))
    }

    /// The passed parts of `lesson` whose files changed since they passed (`now`:
    /// each part's fingerprint as the files are now), or whose line has no
    /// fingerprint: they must pass again to count.
    pub fn stale_parts(&self, lesson: &Lesson, now: &[String]) -> Vec<usize> {
        self.passed_parts(lesson)
            .into_iter()
            .filter(|&index| self.parts[&key(lesson, index)].as_ref() != now.get(index))
            .collect()
    }

    /// Records which parts of `lesson` pass in `report`, each with the fingerprint
    /// of the files its run saw, and forgets the others it ran. A part none of whose
    /// checks ran (the lesson did not compile, or the run was stopped at a time limit
    /// before its test binary started) says nothing either way: its record stays.
    pub fn record_parts(&mut self, lesson: &Lesson, report: &Report) {
        for (index, range) in report.part_ranges() {
            let checks = &report.checks[range];
            if report.outcome != Outcome::Ran || checks.iter().all(|(_, v)| *v == Verdict::NotRun) {
                continue;
            }
            let key = key(lesson, index);
            self.parts.remove(&key);
            if report.changed.is_empty() && checks.iter().all(|(_, v)| *v == Verdict::Pass) {
                let fingerprint = report.part_fingerprints.get(index).cloned();
                self.parts.insert(key, fingerprint);
            }
        }
    }

    /// Marks `lesson` done, with the fingerprint of the files its passing run saw:
    /// its part lines are no longer needed.
    pub fn record_done(&mut self, lesson: &Lesson, report: &Report) {
        self.done.insert(lesson.name.clone());
        self.fingerprints
            .insert(lesson.name.clone(), report.fingerprint.clone());
        self.parts.retain(|(name, _), _| *name != lesson.name);
    }

    /// Marks `lesson` not done, after a run that failed: its passing parts are kept.
    pub fn forget_done(&mut self, lesson: &Lesson, report: &Report) {
        self.done.remove(&lesson.name);
        self.fingerprints.remove(&lesson.name);
        self.record_parts(lesson, report);
    }

    /// Forgets everything about `lesson`: not done, no part passed, no hint seen.
    pub fn forget(&mut self, lesson: &Lesson) {
        self.done.remove(&lesson.name);
        self.fingerprints.remove(&lesson.name);
        self.parts.retain(|(name, _), _| *name != lesson.name);
        self.hints.retain(|(name, _), _| *name != lesson.name);
    }
}

fn key(lesson: &Lesson, index: usize) -> (String, String) {
    (lesson.name.clone(), lesson.parts[index].slug.clone())
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
            // A line without a fingerprint (written by hand) is checked again.
            ["done", lesson, print @ ..] if known.contains(lesson) && print.len() < 2 => {
                progress.done.insert(lesson.to_string());
                if let [print] = print {
                    progress
                        .fingerprints
                        .insert(lesson.to_string(), print.to_string());
                }
            }
            ["part", lesson, slug, print @ ..] if known.contains(lesson) && print.len() < 2 => {
                let key = (lesson.to_string(), slug.to_string());
                progress
                    .parts
                    .insert(key, print.first().map(|p| p.to_string()));
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
    let print = |print: Option<&String>| print.map_or(String::new(), |print| format!(" {print}"));
    for lesson in &progress.done {
        let print = print(progress.fingerprints.get(lesson));
        text.push_str(&format!("done {lesson}{print}\n"));
    }
    for ((lesson, slug), fingerprint) in &progress.parts {
        let print = print(fingerprint.as_ref());
        text.push_str(&format!("part {lesson} {slug}{print}\n"));
    }
    for ((lesson, check), count) in &progress.hints {
        text.push_str(&format!("hint {lesson} {check} {count}\n"));
    }
    text
}

/// Writes `progress` as the whole file, under the lock: for a maintainer's command
/// that sets the state on purpose (`bench`). A lesson marked done without a
/// fingerprint is given the fingerprint of its files as they are now, and so is a
/// part marked passed.
pub fn save(root: &Path, progress: &Progress) -> Result<()> {
    let mut progress = progress.clone();
    if let Ok(course) = Course::load(root) {
        for lesson in &course.lessons {
            let (now, parts) = fingerprints(&course, lesson);
            if progress.done.contains(&lesson.name) {
                progress
                    .fingerprints
                    .entry(lesson.name.clone())
                    .or_insert(now);
            }
            for (part, fingerprint) in lesson.parts.iter().zip(parts) {
                let key = (lesson.name.clone(), part.slug.clone());
                if let Some(print @ None) = progress.parts.get_mut(&key) {
                    *print = Some(fingerprint);
                }
            }
        }
    }
    locked(root, || write(root, &progress))
}

/// Writes the changes a command made (from `before` to `after`) over the file as it
/// is now, under a lock on the course's folder, so that two commands at once never
/// lose each other's updates; returns the progress as written. A file that is gone
/// or unreadable by now is written as `after`.
pub fn update(
    root: &Path,
    known: &[&str],
    before: &Progress,
    after: &Progress,
) -> Result<Progress> {
    locked(root, || {
        let mut merged = match load(root, known) {
            Loaded::Read(now) => now,
            Loaded::Missing | Loaded::Unreadable(_) => before.clone(),
        };
        apply(&mut merged.done, &before.done, &after.done);
        apply_map(&mut merged.parts, &before.parts, &after.parts);
        apply_map(
            &mut merged.fingerprints,
            &before.fingerprints,
            &after.fingerprints,
        );
        apply_map(&mut merged.hints, &before.hints, &after.hints);
        // A lesson done needs no part lines, and a lesson not done has no fingerprint.
        let done = merged.done.clone();
        merged.parts.retain(|(lesson, _), _| !done.contains(lesson));
        merged
            .fingerprints
            .retain(|lesson, _| done.contains(lesson));
        write(root, &merged)?;
        Ok(merged)
    })
}

/// Adds to `now` what `after` added to `before`, and removes what it removed.
fn apply<T: Ord + Clone>(now: &mut BTreeSet<T>, before: &BTreeSet<T>, after: &BTreeSet<T>) {
    now.extend(after.difference(before).cloned());
    for gone in before.difference(after) {
        now.remove(gone);
    }
}

/// The same for a map: the entries `after` set or changed, and the keys it removed.
fn apply_map<K: Ord + Clone, V: PartialEq + Clone>(
    now: &mut BTreeMap<K, V>,
    before: &BTreeMap<K, V>,
    after: &BTreeMap<K, V>,
) {
    for (key, value) in after {
        if before.get(key) != Some(value) {
            now.insert(key.clone(), value.clone());
        }
    }
    for key in before.keys().filter(|key| !after.contains_key(*key)) {
        now.remove(key);
    }
}

/// Runs `f` holding an exclusive lock on the course's folder (released when the
/// folder's handle closes, even if the process dies). Where the folder cannot be
/// opened or locked, `f` runs anyway: the write that follows says what went wrong.
fn locked<T>(root: &Path, f: impl FnOnce() -> Result<T>) -> Result<T> {
    use std::os::fd::AsRawFd;
    let folder = fs::File::open(root).ok();
    if let Some(folder) = &folder {
        // SAFETY: flock only locks the open file; it is retried when a signal interrupts it.
        while unsafe { libc::flock(folder.as_raw_fd(), libc::LOCK_EX) } != 0
            && std::io::Error::last_os_error().kind() == ErrorKind::Interrupted
        {}
    }
    let result = f();
    drop(folder);
    result
}

/// Writes the progress file atomically: a temporary file, then a rename.
fn write(root: &Path, progress: &Progress) -> Result<()> {
    let target = path(root);
    // A name of its own per write, so that writers never share a temporary file.
    static WRITES: AtomicUsize = AtomicUsize::new(0);
    let count = WRITES.fetch_add(1, Ordering::Relaxed);
    let temporary = root.join(format!("{FILE}.{}-{count}.tmp", std::process::id()));
    fs::write(&temporary, render(progress))
        .with_context(|| format!("Failed to write {}", temporary.display()))?;
    fs::rename(&temporary, &target).with_context(|| {
        let _ = fs::remove_file(&temporary);
        format!("Failed to replace {}", target.display())
    })
}

/// The fingerprint of everything a lesson's verdict depends on, and of each of its
/// parts, as the files are now. The lesson's: its files and those of every lesson
/// it uses (see [`used`]: lesson 8 runs lessons 3, 6 and 7), the check crate, and
/// the workspace's cargo files; an edit to a lesson it does not use leaves it alone,
/// so going back to tinker with lesson 1 re-checks lesson 1 only. A part's: the same, but for
/// the files of the lesson's later parts (their file to edit and their checks): a
/// part uses the parts before it, never those after. So an edit to the current
/// part's file leaves the passed parts' fingerprints alone, and an edit to a passed
/// part's file changes its own and every later one's. Build output, hidden folders
/// and editors' scratch files are left out.
pub fn fingerprints(course: &Course, lesson: &Lesson) -> (String, Vec<String>) {
    let mut chain = shared(&course.root);
    for index in used(course, lesson) {
        chain.update(folder(course, &course.lessons[index]).as_bytes());
    }
    let before = chain.digest().to_string();
    let files = listing(&course.root, &lesson.dir());
    let parts = (0..lesson.parts.len())
        .map(|index| {
            let later: Vec<&PathBuf> = lesson.parts[index + 1..]
                .iter()
                .flat_map(|part| [&part.edit_file, &part.checks_file])
                .collect();
            let mine: Vec<PathBuf> = files
                .iter()
                .filter(|f| !later.contains(f))
                .cloned()
                .collect();
            let mut hash = sha1_smol::Sha1::new();
            hash.update(before.as_bytes());
            hash.update(digest(&course.root, &mine).as_bytes());
            short(&hash)
        })
        .collect();
    chain.update(digest(&course.root, &files).as_bytes());
    (short(&chain), parts)
}

/// Every lesson's fingerprint (see [`fingerprints`]) in the course's order, each
/// folder read once.
pub fn lesson_fingerprints(course: &Course) -> Vec<String> {
    let base = shared(&course.root);
    let folders: Vec<String> = course.lessons.iter().map(|l| folder(course, l)).collect();
    let lessons = course.lessons.iter().enumerate();
    lessons
        .map(|(index, lesson)| {
            let mut chain = base.clone();
            for used in used(course, lesson) {
                chain.update(folders[used].as_bytes());
            }
            chain.update(folders[index].as_bytes());
            short(&chain)
        })
        .collect()
}

/// The lessons (their indices, in the course's order) whose files a lesson's
/// verdict depends on besides its own: those its Cargo.toml uses, and those they
/// use in turn (lesson 10 uses 9 and 6, and through 9 lesson 7).
fn used(course: &Course, lesson: &Lesson) -> Vec<usize> {
    let mut names: Vec<&str> = Vec::new();
    let mut unread = vec![lesson];
    while let Some(next) = unread.pop() {
        for other in course.uses(next) {
            if !names.contains(&other.name.as_str()) {
                names.push(&other.name);
                unread.push(other);
            }
        }
    }
    let all = course.lessons.iter().enumerate();
    all.filter(|(_, other)| names.contains(&other.name.as_str()))
        .map(|(index, _)| index)
        .collect()
}

/// The digest of a lesson's folder (its watched files).
fn folder(course: &Course, lesson: &Lesson) -> String {
    digest(&course.root, &listing(&course.root, &lesson.dir()))
}

/// The running digest of the files every lesson relies on: the workspace's cargo
/// files and the check crate.
fn shared(root: &Path) -> sha1_smol::Sha1 {
    let mut chain = sha1_smol::Sha1::new();
    for file in ["Cargo.toml", "Cargo.lock", ".cargo/config.toml"] {
        digest_file(&mut chain, root, Path::new(file));
    }
    chain.update(digest(root, &listing(root, &Path::new("lessons").join("check"))).as_bytes());
    chain
}

/// The first 16 hex digits of a digest: enough to tell two states of the files apart.
fn short(hash: &sha1_smol::Sha1) -> String {
    hash.digest().to_string()[..16].to_string()
}

/// Whether a file of this name counts: a change to it makes a verdict stale, and
/// starts a run in `watch` (editors' swap and backup files, and insta's pending
/// snapshots, do not).
pub fn watched(name: &str) -> bool {
    let swap =
        name.starts_with(".#") || name.starts_with('#') || name.ends_with('~') || name == "4913";
    let scratch = [".swp", ".swo", ".swx", ".tmp", ".snap.new", ".pending-snap"]
        .iter()
        .any(|end| name.ends_with(end));
    !swap && !scratch && !name.starts_with('.')
}

/// The watched files under `folder` (relative to `root`), as paths relative to `root`.
fn listing(root: &Path, folder: &Path) -> Vec<PathBuf> {
    let skip = |name: &str| name == "target" || name.starts_with('.');
    let files = course::files_except(&root.join(folder), skip).into_iter();
    let watched = |file: &PathBuf| watched(&file.file_name().unwrap_or_default().to_string_lossy());
    files
        .filter(watched)
        .map(|file| folder.join(file))
        .collect()
}

/// The digest of `files` (relative to `root`).
fn digest(root: &Path, files: &[PathBuf]) -> String {
    let mut hash = sha1_smol::Sha1::new();
    for file in files {
        digest_file(&mut hash, root, file);
    }
    hash.digest().to_string()
}

/// Adds a file's path, size and modification time to `hash` (a missing file has
/// none). The time, not the bytes: a save, a checkout or a stash all change it, and
/// reading it costs nothing (hashing every lesson's bytes cost the runner, built
/// without optimisation, tens of milliseconds per run). A file saved unchanged
/// only costs one more run of its lesson's checks.
fn digest_file(hash: &mut sha1_smol::Sha1, root: &Path, file: &Path) {
    hash.update(file.to_string_lossy().as_bytes());
    hash.update(&[0]);
    if let Ok(meta) = fs::metadata(root.join(file)) {
        let modified = meta
            .modified()
            .ok()
            .and_then(|time| time.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |since| since.as_nanos());
        hash.update(&meta.len().to_le_bytes());
        hash.update(&modified.to_le_bytes());
    }
}

// The rules of the file (fingerprints, a hand-written or garbage file, two commands
// at once) are proved end to end in tests/runner.rs, tests/faults.rs and
// tests/going_back.rs; this test keeps the format's corners.
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_survives_a_round_trip_and_garbage_is_not_trusted() {
        let mut progress = Progress::default();
        progress.done.insert("lesson1".into());
        let forward = ("lesson2".to_string(), "forward".to_string());
        progress
            .parts
            .insert(forward, Some("0123456789abcdef".into()));
        progress
            .parts
            .insert(("lesson2".into(), "central".into()), None);
        progress
            .hints
            .insert(("lesson2".into(), "a_check".into()), 2);
        let known = ["lesson1", "lesson2"];
        assert_eq!(parse(&render(&progress), &known), Ok(progress));
        for bad in [
            "done lesson9",
            "hint lesson1 check many",
            "part lesson1",
            "\u{0}x",
        ] {
            assert!(parse(bad, &known).is_err(), "{bad}");
        }
    }
}
