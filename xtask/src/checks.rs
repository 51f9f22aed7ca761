//! Running a lesson's checks: the one way the runner, and the course's own tests,
//! run some parts of a lesson and get a complete [`Report`].
//!
//! One `cargo test -p lessonN --test S1 --test S2 … --no-fail-fast` per run, as
//! the learner would type it, so the runner costs little more than the bare
//! command (`process` supervises it, `verdicts` reads what it printed). Every
//! check of a test binary runs at once, on a thread of its own: when a binary is
//! stopped at its time limit, the checks without a verdict are exactly the ones
//! that did not finish, and the first of them in the lesson's order is named
//! (libtest alone runs one at a time in alphabetical order, which names the
//! wrong one).

use std::io::Write;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use anyhow::Result;

use crate::course::{Course, Lesson};
use crate::report::{Outcome, Report, Verdict};
use crate::{manifest, process, progress, verdicts};

/// How a run is bounded and where it builds.
#[derive(Clone, Debug)]
pub struct Options {
    /// How long a part's checks may run once built, before they are stopped.
    pub timeout: Duration,
    /// A target directory of its own, for runs nested inside another cargo.
    pub target_dir: Option<PathBuf>,
    /// Whether to say, before a first build, that it takes a while.
    pub announce_build: bool,
}

/// The default limit on a part's checks: every reference solution's checks
/// finish in well under a second, so a few seconds more means a loop.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(5);

/// Runs the parts of `lesson` at `parts` (indices, in the lesson's order) in one
/// cargo run, then whatever it takes to know the first check that does not pass
/// and why, and returns the whole story: every verdict, where a check that did not
/// finish points, which protected files are not as shipped, and the fingerprints
/// of the files the run saw (taken before it: a file saved while the checks run
/// makes them stale). Only a run of every part can record the lesson done.
pub fn run(
    course: &Course,
    lesson: &Lesson,
    parts: impl IntoIterator<Item = usize>,
    options: &Options,
) -> Result<Report> {
    let parts: Vec<usize> = parts.into_iter().collect();
    if let Some((name, file)) = forced_setting(&course.root) {
        anyhow::bail!(
            "{} sets {name} with `force = true`, which changes how the checks run and are \
             read (a snapshot could pass wrongly, or a passing check look broken); the runner \
             cannot count checks under it. Remove that line (or the `force`) from the file",
            file.display()
        );
    }
    let target = target_dir(&course.root, options);
    static SWEPT: AtomicBool = AtomicBool::new(false);
    if !SWEPT.swap(true, Ordering::SeqCst) && process::stop_orphans(&target) > 0 {
        println!(
            "Stopped checks that an earlier runner, killed before it could stop them, left running."
        );
    }
    if options.announce_build {
        announce_first_build(lesson, &target);
    }
    let (fingerprint, part_fingerprints) = progress::fingerprints(course, lesson);
    let mut report = cargo_test(course, lesson, &parts, None, options)?;
    // cargo runs test binaries in the order of their names, not of the parts: after a
    // timeout, the parts before the stopped one that never started get a run of their own.
    let stopped = report
        .checks
        .iter()
        .position(|(_, v)| *v == Verdict::TimedOut);
    let unstarted = |(index, range): (usize, Range<usize>)| {
        let none = report.checks[range.clone()]
            .iter()
            .all(|(_, v)| *v == Verdict::NotRun);
        (none && stopped.is_some_and(|stopped| range.end <= stopped)).then_some(index)
    };
    let unstarted: Vec<usize> = report.part_ranges().filter_map(unstarted).collect();
    if !unstarted.is_empty() {
        let again = cargo_test(course, lesson, &unstarted, None, options)?;
        report.merge(again);
    }
    // A test process that died took the verdicts of its unfinished checks with it, and
    // one stopped at its time limit is not trusted with its passes: those before the
    // first known failure run again, one at a time, in order.
    while report.outcome == Outcome::Ran {
        let Some(at) = report.checks.iter().position(|(_, v)| *v != Verdict::Pass) else {
            break;
        };
        let (check, verdict) = &report.checks[at];
        let Some(part) = report.part_at(at).filter(|_| *verdict == Verdict::NotRun) else {
            break;
        };
        let again = cargo_test(course, lesson, &[part], Some(check), options)?;
        if again.checks.iter().all(|(_, v)| *v == Verdict::NotRun) {
            break;
        }
        report.merge(again);
    }
    report.suspect = verdicts::suspect(course, lesson, &report);
    report.changed = manifest::changed(&course.root, lesson)?;
    report.fingerprint = fingerprint;
    report.part_fingerprints = part_fingerprints;
    Ok(report)
}

/// One `cargo test` of the parts at `parts` (or of the one check `only`).
fn cargo_test(
    course: &Course,
    lesson: &Lesson,
    parts: &[usize],
    only: Option<&str>,
    options: &Options,
) -> Result<Report> {
    let mut names = Vec::new();
    for &index in parts {
        let mut all = course.part_checks(&lesson.parts[index])?;
        all.retain(|name| only.is_none_or(|check| name == check));
        names.push(all);
    }
    let threads = names.iter().map(Vec::len).max().unwrap_or(1).max(1);
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .current_dir(&course.root)
        .args(["test", "--package", &lesson.name, "--no-fail-fast"])
        // Without the lesson's default feature `story`, cargo leaves out its
        // program (src/main.rs), which it would otherwise relink for every run:
        // the checks need the library only (see CONTRIBUTING.md, Speed).
        .arg("--no-default-features");
    for &index in parts {
        command.args(["--test", &lesson.parts[index].slug]);
    }
    controlled(&mut command, &course.root);
    command
        .args(["--color", "never", "--"])
        .arg(format!("--test-threads={threads}"))
        .args(["--color", "never"])
        .args(only.map(|check| ["--exact", check]).into_iter().flatten());
    if let Some(dir) = &options.target_dir {
        command.env("CARGO_TARGET_DIR", dir);
    }
    let target = target_dir(&course.root, options);
    let output = process::run(command, options.timeout, &target)?;
    Ok(verdicts::read(
        lesson,
        parts,
        &names,
        &output,
        options.timeout,
    ))
}

/// The settings the runner relies on, each with the value it needs: cargo's output
/// is cut into lines, libtest's verdicts and failure sections are read from it,
/// and a wrong snapshot must never be accepted or written.
const CONTROLLED: [(&str, &str); 8] = [
    // Verbose or quiet cargo changes the lines the output is cut at.
    ("CARGO_TERM_VERBOSE", "false"),
    ("CARGO_TERM_QUIET", "false"),
    // Uncaptured output mixes what the checks print into libtest's lines.
    ("RUST_TEST_NOCAPTURE", "0"),
    ("RUST_BACKTRACE", "0"),
    // insta: never accept a wrong snapshot, never write one, show the diff.
    ("INSTA_UPDATE", "no"),
    ("INSTA_FORCE_PASS", "0"),
    ("INSTA_FORCE_UPDATE", "0"),
    ("INSTA_OUTPUT", "diff"),
];

/// Sets [`CONTROLLED`] on the cargo the runner starts, whatever the learner's
/// environment says. The child's environment outranks a cargo config's `[term]`
/// and its plain `[env]` entries; an `[env]` entry with `force = true` would
/// outrank it, and [`forced_setting`] refuses those before any run.
fn controlled(command: &mut Command, root: &Path) {
    for (name, value) in CONTROLLED {
        command.env(name, value);
    }
    command
        .env_remove("INSTA_FORCE_UPDATE_SNAPSHOTS")
        .env_remove("INSTA_GLOB_FILTER")
        .env_remove("INSTA_PENDING_DIR")
        // insta's own setting of where the workspace is, compiled into the checks.
        .env("INSTA_WORKSPACE_ROOT", root);
}

/// A cargo config outside the course (a folder's above it, or cargo's home: the
/// course's own is one of its shipped files, so an edit there is refused anyway, by
/// name) that sets one of the settings the runner controls with `force = true`, which
/// the runner could not undo: the setting and the file (see `CONTROLLED`).
fn forced_setting(root: &Path) -> Option<(&'static str, PathBuf)> {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".cargo")));
    let folders = root.ancestors().skip(1).map(|dir| dir.join(".cargo"));
    let mut files = folders
        .chain(home)
        .flat_map(|folder| [folder.join("config.toml"), folder.join("config")]);
    files.find_map(|file| Some((forces(&std::fs::read_to_string(&file).ok()?)?, file)))
}

/// The first [`CONTROLLED`] setting a config's text sets with `force`. An entry is
/// read as forced when its line (`NAME = { value = "1", force = true }`), or the
/// table it heads (`[env.NAME]`), says `force`: a refusal by mistake is said in
/// words, a false pass would not be.
fn forces(text: &str) -> Option<&'static str> {
    let lines: Vec<&str> = text
        .lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .collect();
    CONTROLLED.iter().map(|(name, _)| *name).find(|name| {
        lines.iter().enumerate().any(|(at, line)| {
            let names = line.contains(name);
            if names && line.starts_with('[') {
                // `[env.NAME]`: its keys follow, up to the next table.
                lines[at + 1..]
                    .iter()
                    .take_while(|line| !line.starts_with('['))
                    .any(|line| line.starts_with("force"))
            } else {
                names && line.contains("force")
            }
        })
    })
}

/// The target directory cargo builds the checks in.
fn target_dir(root: &Path, options: &Options) -> PathBuf {
    let target = options
        .target_dir
        .clone()
        .or_else(|| std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from))
        .unwrap_or_else(|| root.join("target"));
    // A relative CARGO_TARGET_DIR is taken from the course's root, where cargo runs.
    root.join(target)
}

/// Says once per lesson, before its first build, that it takes a while (`list`,
/// which runs every lesson, says so for each one it builds).
fn announce_first_build(lesson: &Lesson, target: &Path) {
    static SAID: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());
    // cargo keeps a `NAME-HASH` folder per built package (`lesson1-solution-HASH` is another).
    let prefix = format!("{}-", lesson.name);
    let built = std::fs::read_dir(target.join("debug").join(".fingerprint"))
        .into_iter()
        .flatten()
        .flatten()
        .any(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            name.strip_prefix(&prefix)
                .is_some_and(|hash| hash.chars().all(|c| c.is_ascii_hexdigit()))
        });
    let mut said = SAID.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if !built && !said.contains(&lesson.name) {
        said.push(lesson.name.clone());
        println!(
            "Building {} and what it needs (a lesson's first run takes several seconds; later runs take a fraction of a second)…",
            lesson.name
        );
        let _ = std::io::stdout().flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_forced_setting_is_found_in_either_form_and_a_plain_one_is_not() {
        let cases = [
            ("[env]\nINSTA_UPDATE = \"no\"\n# force = true\n", None),
            (
                "[env]\nINSTA_FORCE_PASS = { value = \"1\", force = true }\n",
                Some("INSTA_FORCE_PASS"),
            ),
            (
                "[env.RUST_TEST_NOCAPTURE]\nvalue = \"1\"\nforce = true\n",
                Some("RUST_TEST_NOCAPTURE"),
            ),
            (
                "[env.OTHER]\nvalue = \"1\"\nforce = true\n[env]\nINSTA_UPDATE = \"no\"\n",
                None,
            ),
        ];
        for (text, forced) in cases {
            assert_eq!(forces(text), forced, "{text}");
        }
    }
}
