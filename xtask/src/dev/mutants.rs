//! `cargo xtask mutants`: proof that each lesson's checks catch wrong answers.
//!
//! cargo-mutants changes a reference solution one small edit at a time (a `>`
//! made `>=`, a body replaced by `0.0`) and runs the lesson's own checks on each
//! changed copy through the harness, `cargo test -p lessonN-solution -p
//! towards-backprop --test lessonN` (the settings are in `.cargo/mutants.toml`).
//! A mutant no check notices is *missed*: a wrong answer the checks accept.
//!
//! A missed mutant listed in `xtask/mutants-equivalent.txt` cannot change what the
//! code does (it is equivalent) and is expected. Any other missed mutant fails the
//! run, and so does a listed one that was not missed: the list must stay true.
//!
//! cargo-mutants is not a dependency of the course: this command runs it only if
//! it is installed, and otherwise says how to get it.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::{Command, ExitCode, Stdio};

use anyhow::{Context, Result, anyhow, bail};

use super::equivalents::{judge, parse_equivalents};
use crate::Ctx;
use crate::course::Lesson;
use crate::signals;

/// The equivalent mutants, one a line: the mutant's name, ` # `, and why it cannot
/// change behaviour.
pub const EQUIVALENTS: &str = "xtask/mutants-equivalent.txt";

const NOT_INSTALLED: &str = "\
cargo-mutants is not installed (`cargo mutants --version` failed).
It is only needed for this maintainers' command, not to learn or to run `cargo test`.
Get it with:

    cargo install --locked cargo-mutants

then run `cargo xtask mutants` again.";

/// The mutants cargo-mutants tried in one lesson, by outcome, as it names them
/// (`solutions/lesson1/src/lib.rs:16:5: replace product -> f64 with 0.0`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Found {
    pub caught: Vec<String>,
    pub missed: Vec<String>,
    pub unviable: Vec<String>,
    pub timed_out: Vec<String>,
}

/// A lesson's missed mutants held against the equivalents file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Judged {
    /// Missed and listed as equivalent: expected.
    pub equivalent: usize,
    /// Missed and not listed: a wrong answer the checks accept.
    pub unexpected: Vec<String>,
    /// Listed for this lesson but not missed (caught, or no longer made).
    pub stale: Vec<String>,
}

pub fn mutants(ctx: &Ctx, names: &[String]) -> Result<ExitCode> {
    let root = &ctx.course.root;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let installed = Command::new(&cargo)
        .args(["mutants", "--version"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success());
    if !installed {
        eprintln!("{NOT_INSTALLED}");
        return Ok(ExitCode::FAILURE);
    }
    let lessons = ctx.course.select(names)?;
    let equivalents = match fs::read_to_string(root.join(EQUIVALENTS)) {
        Ok(text) => parse_equivalents(&text).map_err(|e| anyhow!("{EQUIVALENTS}: {e}"))?,
        Err(_) => BTreeMap::new(),
    };
    let test_files: Vec<String> = fs::read_dir(root.join("tests"))
        .context("Failed to read tests/")?
        .filter_map(|entry| Some(entry.ok()?.file_name().to_string_lossy().into_owned()))
        .collect();
    // Every lesson is checked before the first (slow) run starts.
    let mut plans = Vec::new();
    for lesson in lessons {
        let solution = Path::new("solutions").join(&lesson.name);
        if !root.join(&solution).join("Cargo.toml").is_file() {
            bail!(
                "{} has no reference solution in {}",
                lesson.name,
                solution.display()
            );
        }
        let tests = harness_tests(&lesson.name, &test_files);
        if tests.is_empty() {
            bail!(
                "{} has no harness test tests/{}.rs",
                lesson.name,
                lesson.name
            );
        }
        let out = Path::new("target").join("mutants").join(&lesson.name);
        let mut args = vec![
            "mutants".to_string(),
            format!("--package={}-solution", lesson.name),
        ];
        args.extend(
            tests
                .iter()
                .map(|test| format!("--cargo-arg=--test={test}")),
        );
        args.push(format!("--output={}", out.display()));
        plans.push((lesson, args, root.join(out).join("mutants.out")));
    }
    // cargo-mutants stops itself on Ctrl-C (and removes its scratch copy); we wait for it
    // (`main` catches Ctrl-C for the runner, so that it can say so afterwards).
    let mut rows = Vec::new();
    for (lesson, args, dir) in plans {
        println!("\n{}: cargo {}", lesson.name, args.join(" "));
        // cargo-mutants creates mutants.out inside the output folder, not the folder itself.
        let folder = dir.parent().unwrap_or(root);
        fs::create_dir_all(folder)
            .with_context(|| format!("Failed to create {}", folder.display()))?;
        let status = Command::new(&cargo)
            .current_dir(root)
            .args(&args)
            .status()
            .context("Failed to run cargo mutants")?;
        if signals::interrupted() {
            return Err(signals::Interrupted.into());
        }
        // 0: all caught; 2: some missed; 3: some timed out. Anything else stopped the run.
        if !matches!(status.code(), Some(0 | 2 | 3)) {
            bail!(
                "cargo mutants stopped on {} ({status}); exit status 4 means the checks fail on \
                 the unmutated solution: see {}",
                lesson.name,
                dir.join("log").join("baseline.log").display()
            );
        }
        let found = read_found(&dir)?;
        let judged = judge(&lesson.name, &found, &equivalents);
        rows.push((lesson, found, judged));
    }
    print!("{}", render(&rows));
    let failed = rows
        .iter()
        .any(|(_, _, judged)| !judged.unexpected.is_empty() || !judged.stale.is_empty());
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// The root package's harness tests of a lesson: `lessonN.rs` and any `lessonN_*.rs`.
pub fn harness_tests(lesson: &str, files: &[String]) -> Vec<String> {
    let mut tests: Vec<String> = files
        .iter()
        .filter_map(|file| file.strip_suffix(".rs"))
        .filter(|stem| {
            *stem == lesson
                || stem
                    .strip_prefix(lesson)
                    .is_some_and(|rest| rest.starts_with('_'))
        })
        .map(String::from)
        .collect();
    tests.sort();
    tests
}

/// Reads `caught.txt`, `missed.txt`, `unviable.txt` and `timeout.txt`: one mutant a line.
fn read_found(dir: &Path) -> Result<Found> {
    let list = |file: &str| -> Result<Vec<String>> {
        let path = dir.join(file);
        let text = fs::read_to_string(&path)
            .with_context(|| format!("Failed to read {}", path.display()))?;
        Ok(text.lines().map(String::from).collect())
    };
    Ok(Found {
        caught: list("caught.txt")?,
        missed: list("missed.txt")?,
        unviable: list("unviable.txt")?,
        timed_out: list("timeout.txt")?,
    })
}

/// The summary table, then every mutant that needs a maintainer's attention.
pub fn render(rows: &[(&Lesson, Found, Judged)]) -> String {
    let mut out =
        String::from("\nlesson      tried  caught  missed  equivalent  unviable  timed out\n");
    for (lesson, found, judged) in rows {
        let tried =
            found.caught.len() + found.missed.len() + found.unviable.len() + found.timed_out.len();
        out.push_str(&format!(
            "{:<10} {:>6}  {:>6}  {:>6}  {:>10}  {:>8}  {:>9}\n",
            lesson.name,
            tried,
            found.caught.len(),
            judged.unexpected.len(),
            judged.equivalent,
            found.unviable.len(),
            found.timed_out.len()
        ));
    }
    out.push_str(&format!(
        "missed: a wrong answer the checks accept; equivalent: missed, but listed in {EQUIVALENTS}\n\
         as unable to change behaviour; unviable: does not compile; timed out: the checks never\n\
         finished, which the learner's runner reports as a failing check.\n"
    ));
    for (lesson, _, judged) in rows {
        for name in &judged.unexpected {
            out.push_str(&format!(
                "MISSED {name}\n       strengthen the checks in lessons/{}/tests/, or list it in {EQUIVALENTS} \
                 if it cannot change behaviour (diff in target/mutants/{}/mutants.out/diff/)\n",
                lesson.name, lesson.name
            ));
        }
        for name in &judged.stale {
            out.push_str(&format!(
                "STALE  {name}\n       is listed in {EQUIVALENTS} but was not missed: remove the line\n"
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_lesson_is_tested_by_its_harness_files_only() {
        let files = names(&[
            "course.rs",
            "lesson1.rs",
            "lesson4.rs",
            "lesson4_plot.rs",
            "lesson40.rs",
            "runner.rs",
        ]);
        assert_eq!(harness_tests("lesson1", &files), names(&["lesson1"]));
        assert_eq!(
            harness_tests("lesson4", &files),
            names(&["lesson4", "lesson4_plot"])
        );
        assert!(harness_tests("lesson3", &files).is_empty());
    }
}
