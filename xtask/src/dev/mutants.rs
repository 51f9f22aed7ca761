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

use crate::{Ctx, signals};

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
/// (`solutions/lesson1/src/lib.rs:16:5: replace product -> f64 with 0.0`), in the
/// order of [`OUTCOMES`].
type Found = [Vec<String>; 4];
/// cargo-mutants' files of each outcome.
const OUTCOMES: [&str; 4] = ["caught", "missed", "unviable", "timeout"];

/// A lesson's missed mutants held against the equivalents file.
#[derive(Debug, Default, PartialEq)]
struct Judged {
    /// Missed and listed as equivalent: expected.
    equivalent: usize,
    /// Missed and not listed: a wrong answer the checks accept.
    unexpected: Vec<String>,
    /// Listed for this lesson but not missed (caught, or no longer made).
    stale: Vec<String>,
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
        let name = &lesson.name;
        let manifest = root.join("solutions").join(name).join("Cargo.toml");
        if !manifest.is_file() {
            bail!("{name} has no reference solution in solutions/{name}");
        }
        let tests = harness_tests(name, &test_files);
        if tests.is_empty() {
            bail!("{name} has no harness test tests/{name}.rs");
        }
        let out = Path::new("target").join("mutants").join(name);
        let mut args = vec!["mutants".to_string(), format!("--package={name}-solution")];
        args.extend(tests.iter().map(|t| format!("--cargo-arg=--test={t}")));
        args.push(format!("--output={}", out.display()));
        plans.push((name, args, root.join(out)));
    }
    // cargo-mutants stops itself on Ctrl-C (and removes its scratch copy); we wait for it
    // (`main` catches Ctrl-C for the runner, so that it can say so afterwards).
    let mut rows = Vec::new();
    for (name, args, out) in plans {
        println!("\n{name}: cargo {}", args.join(" "));
        // cargo-mutants creates mutants.out inside the output folder, not the folder itself.
        fs::create_dir_all(&out).with_context(|| format!("Failed to create {}", out.display()))?;
        let status = Command::new(&cargo)
            .current_dir(root)
            .args(&args)
            .status()
            .context("Failed to run cargo mutants")?;
        if signals::interrupted() {
            return Err(signals::Interrupted.into());
        }
        let dir = out.join("mutants.out");
        // 0: all caught; 2: some missed; 3: some timed out. Anything else stopped the run.
        if !matches!(status.code(), Some(0 | 2 | 3)) {
            bail!(
                "cargo mutants stopped on {name} ({status}); exit status 4 means the checks fail \
                 on the unmutated solution: see {}",
                dir.join("log").join("baseline.log").display()
            );
        }
        let mut found = Found::default();
        for (list, outcome) in found.iter_mut().zip(OUTCOMES) {
            let path = dir.join(format!("{outcome}.txt"));
            let text = fs::read_to_string(&path)
                .with_context(|| format!("Failed to read {}", path.display()))?;
            *list = text.lines().map(String::from).collect();
        }
        let judged = judge(name, &found[1], &equivalents);
        rows.push((name, found, judged));
    }
    print!("{}", render(&rows));
    let failed = rows
        .iter()
        .any(|(_, _, judged)| !judged.unexpected.is_empty() || !judged.stale.is_empty());
    Ok(ExitCode::from(u8::from(failed)))
}

/// The root package's harness tests of a lesson: `lessonN.rs` and any `lessonN_*.rs`.
fn harness_tests(lesson: &str, files: &[String]) -> Vec<String> {
    let mut tests: Vec<String> = files
        .iter()
        .filter_map(|file| file.strip_suffix(".rs"))
        .filter(|stem| {
            stem.strip_prefix(lesson)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('_'))
        })
        .map(String::from)
        .collect();
    tests.sort();
    tests
}

/// A mutant's name without its line and column, so that an entry in the
/// equivalents file survives edits above it:
/// `solutions/lesson1/src/lib.rs:76:18: replace > with >= in random_search` becomes
/// `solutions/lesson1/src/lib.rs: replace > with >= in random_search`.
fn without_position(name: &str) -> String {
    let Some((place, change)) = name.split_once(": ") else {
        return name.trim().to_string();
    };
    let file = place.split(':').next().unwrap_or(place);
    // A module the solution shares with the lesson through `#[path]` is named
    // `solutions/lessonN/src/../../../lessons/lessonN/src/story.rs`: use its real path.
    let file = file
        .rsplit_once("/../../../")
        .map_or(file, |(_, real)| real);
    format!("{file}: {change}")
}

/// The equivalents file: mutant name (without position) → reason. Blank lines and
/// lines starting with `#` are comments; every entry needs a reason after ` # `.
fn parse_equivalents(text: &str) -> Result<BTreeMap<String, String>, String> {
    let mut entries = BTreeMap::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match line.rsplit_once(" # ") {
            Some((name, reason)) if !reason.trim().is_empty() => {
                entries.insert(without_position(name), reason.trim().to_string());
            }
            _ => {
                return Err(format!(
                    "line {}: an equivalent mutant needs its reason after ` # `: `{line}`",
                    index + 1
                ));
            }
        }
    }
    Ok(entries)
}

/// Holds a lesson's missed mutants against the equivalents listed for its files.
fn judge(lesson: &str, missed: &[String], equivalents: &BTreeMap<String, String>) -> Judged {
    let listed = |name: &&String| equivalents.contains_key(&without_position(name));
    let names: Vec<String> = missed.iter().map(|name| without_position(name)).collect();
    let mine = [format!("solutions/{lesson}/"), format!("lessons/{lesson}/")];
    let stale = |name: &&String| {
        mine.iter().any(|prefix| name.starts_with(prefix.as_str())) && !names.contains(name)
    };
    Judged {
        equivalent: missed.iter().filter(listed).count(),
        unexpected: missed
            .iter()
            .filter(|name| !listed(name))
            .cloned()
            .collect(),
        stale: equivalents.keys().filter(stale).cloned().collect(),
    }
}

/// The summary table, then every mutant that needs a maintainer's attention.
fn render(rows: &[(&String, Found, Judged)]) -> String {
    let mut out =
        String::from("\nlesson      tried  caught  missed  equivalent  unviable  timed out\n");
    for (lesson, [caught, missed, unviable, timed_out], judged) in rows {
        out.push_str(&format!(
            "{lesson:<10} {:>6}  {:>6}  {:>6}  {:>10}  {:>8}  {:>9}\n",
            caught.len() + missed.len() + unviable.len() + timed_out.len(),
            caught.len(),
            judged.unexpected.len(),
            judged.equivalent,
            unviable.len(),
            timed_out.len()
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
                "MISSED {name}\n       strengthen the checks in lessons/{lesson}/tests/, or list it in \
                 {EQUIVALENTS} if it cannot change behaviour (diff in \
                 target/mutants/{lesson}/mutants.out/diff/)\n"
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
        let files = names(&["course.rs", "lesson1.rs", "lesson4.rs", "lesson4_plot.rs"]);
        let files = [files, names(&["lesson40.rs", "runner.rs"])].concat();
        assert_eq!(harness_tests("lesson1", &files), names(&["lesson1"]));
        assert_eq!(
            harness_tests("lesson4", &files),
            names(&["lesson4", "lesson4_plot"])
        );
        assert!(harness_tests("lesson3", &files).is_empty());
    }

    #[test]
    fn names_are_compared_without_line_and_column_and_by_their_real_path() {
        let plain = "solutions/lesson1/src/lib.rs: replace > with >= in f";
        assert_eq!(
            without_position("solutions/lesson1/src/lib.rs:76:18: replace > with >= in f"),
            plain
        );
        assert_eq!(without_position(plain), plain);
        assert_eq!(
            without_position(
                "solutions/lesson1/src/../../../lessons/lesson1/src/story.rs:33:30: replace > with >= in render"
            ),
            "lessons/lesson1/src/story.rs: replace > with >= in render"
        );
    }

    #[test]
    fn every_equivalent_needs_a_reason() {
        let text = "# comment\n\nsolutions/lesson1/src/lib.rs:3:4: replace a with b # same value\n";
        let entries = parse_equivalents(text).unwrap();
        assert_eq!(
            entries.get("solutions/lesson1/src/lib.rs: replace a with b"),
            Some(&"same value".to_string())
        );
        let error = parse_equivalents("solutions/lesson1/src/lib.rs: replace a with b\n");
        assert!(
            error
                .unwrap_err()
                .contains("line 1: an equivalent mutant needs its reason")
        );
    }

    #[test]
    fn only_unlisted_misses_and_stale_entries_need_attention() {
        let equivalents = parse_equivalents(
            "solutions/lesson1/src/lib.rs: listed # why\n\
             solutions/lesson1/src/lib.rs: caught now # why\n\
             solutions/lesson2/src/lib.rs: other lesson # why\n",
        )
        .unwrap();
        let missed = names(&[
            "solutions/lesson1/src/lib.rs:1:1: listed",
            "solutions/lesson1/src/lib.rs:2:2: not listed",
        ]);
        assert_eq!(
            judge("lesson1", &missed, &equivalents),
            Judged {
                equivalent: 1,
                unexpected: names(&["solutions/lesson1/src/lib.rs:2:2: not listed"]),
                stale: names(&["solutions/lesson1/src/lib.rs: caught now"]),
            }
        );
    }
}
