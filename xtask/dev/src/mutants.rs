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
use std::process::{Command, ExitCode};

use anyhow::{Context, Result, anyhow, bail};

use crate::Select;
use xtask::{Ctx, signals};

/// The equivalent mutants, one a line: the mutant's name, ` # `, and why it cannot
/// change behaviour.
pub const EQUIVALENTS: &str = "xtask/mutants-equivalent.txt";

const NOT_INSTALLED: &str = "\
cargo-mutants is not installed (`cargo mutants --version` failed).
It is only needed for this maintainers' command, not to learn or to run `cargo test`.
Get it with:

    cargo install --locked cargo-mutants

then run `cargo xtask mutants` again.";

/// A lesson's mutants, by outcome as cargo-mutants names them
/// (`solutions/lesson1/src/lib.rs:16:5: replace product -> f64 with 0.0`), and its
/// missed ones held against the equivalents: those not listed (wrong answers the
/// checks accept), and those listed for the lesson but not missed (stale).
struct Row {
    lesson: String,
    /// Caught, missed, unviable, timed out.
    found: [Vec<String>; 4],
    unexpected: Vec<String>,
    stale: Vec<String>,
}

pub fn mutants(ctx: &Ctx, names: &[String]) -> Result<ExitCode> {
    let root = &ctx.course.root;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let version = Command::new(&cargo).args(["mutants", "--version"]).output();
    if !version.is_ok_and(|output| output.status.success()) {
        eprintln!("{NOT_INSTALLED}");
        return Ok(ExitCode::FAILURE);
    }
    let lessons = ctx.course.select(names)?;
    let equivalents = match fs::read_to_string(root.join(EQUIVALENTS)) {
        Ok(text) => parse_equivalents(&text).map_err(|e| anyhow!("{EQUIVALENTS}: {e}"))?,
        Err(_) => BTreeMap::new(),
    };
    let stem = |entry: fs::DirEntry| Some(entry.file_name().to_str()?.strip_suffix(".rs")?.into());
    let tests_dir = fs::read_dir(root.join("tests")).context("Failed to read tests/")?;
    let mut test_files: Vec<String> = tests_dir.flatten().filter_map(stem).collect();
    test_files.sort();
    // Every lesson is checked before the first (slow) run starts.
    let mut plans = Vec::new();
    for lesson in lessons {
        let name = &lesson.name;
        if !root
            .join("solutions")
            .join(name)
            .join("Cargo.toml")
            .is_file()
        {
            bail!("{name} has no reference solution in solutions/{name}");
        }
        // The root package's harness tests of the lesson: `lessonN.rs` and any `lessonN_*.rs`.
        let mine = |stem: &&String| {
            let rest = stem.strip_prefix(name.as_str());
            rest.is_some_and(|rest| rest.is_empty() || rest.starts_with('_'))
        };
        let tests: Vec<&String> = test_files.iter().filter(mine).collect();
        if tests.is_empty() {
            bail!("{name} has no harness test tests/{name}.rs");
        }
        let mut args = vec!["mutants".to_string(), format!("--package={name}-solution")];
        args.extend(tests.iter().map(|t| format!("--cargo-arg=--test={t}")));
        args.push(format!("--output=target/mutants/{name}"));
        plans.push((name, args));
    }
    // cargo-mutants stops itself on Ctrl-C (and removes its scratch copy); we wait for it
    // (`main` catches Ctrl-C for the runner, so that it can say so afterwards).
    let mut rows = Vec::new();
    for (name, args) in plans {
        println!("\n{name}: cargo {}", args.join(" "));
        let out = root.join("target").join("mutants").join(name);
        // cargo-mutants creates mutants.out inside the output folder, not the folder itself.
        fs::create_dir_all(&out).with_context(|| format!("Failed to create {}", out.display()))?;
        let status = Command::new(&cargo).current_dir(root).args(&args).status();
        let status = status.context("Failed to run cargo mutants")?;
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
        let mut found: [Vec<String>; 4] = Default::default();
        for (list, outcome) in found
            .iter_mut()
            .zip(["caught", "missed", "unviable", "timeout"])
        {
            let path = dir.join(format!("{outcome}.txt"));
            let text = fs::read_to_string(&path)
                .with_context(|| format!("Failed to read {}", path.display()))?;
            *list = text.lines().map(String::from).collect();
        }
        rows.push(judge(name, found, &equivalents));
    }
    print!("{}", render(&rows));
    let failed = rows
        .iter()
        .any(|row| !row.unexpected.is_empty() || !row.stale.is_empty());
    Ok(ExitCode::from(u8::from(failed)))
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
    for (index, line) in text.lines().enumerate().map(|(i, line)| (i, line.trim())) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match line.rsplit_once(" # ") {
            Some((name, reason)) if !reason.trim().is_empty() => {
                entries.insert(without_position(name), reason.trim().to_string());
            }
            _ => {
                let at = index + 1;
                return Err(format!(
                    "line {at}: an equivalent mutant needs its reason after ` # `: `{line}`"
                ));
            }
        }
    }
    Ok(entries)
}

/// Holds a lesson's missed mutants against the equivalents listed for its files.
fn judge(lesson: &str, found: [Vec<String>; 4], equivalents: &BTreeMap<String, String>) -> Row {
    let missed: Vec<String> = found[1].iter().map(|name| without_position(name)).collect();
    let mine = [format!("solutions/{lesson}/"), format!("lessons/{lesson}/")];
    let stale = |name: &&String| {
        mine.iter().any(|prefix| name.starts_with(prefix.as_str())) && !missed.contains(name)
    };
    let unexpected = found[1]
        .iter()
        .filter(|name| !equivalents.contains_key(&without_position(name)));
    Row {
        lesson: lesson.to_string(),
        unexpected: unexpected.cloned().collect(),
        stale: equivalents.keys().filter(stale).cloned().collect(),
        found,
    }
}

/// The summary table, then every mutant that needs a maintainer's attention.
fn render(rows: &[Row]) -> String {
    let mut out =
        String::from("\nlesson      tried  caught  missed  equivalent  unviable  timed out\n");
    for row in rows {
        let (lesson, unexpected) = (&row.lesson, &row.unexpected);
        let [caught, missed, unviable, timed_out] = row.found.each_ref().map(Vec::len);
        out.push_str(&format!(
            "{lesson:<10} {:>6}  {caught:>6}  {:>6}  {:>10}  {unviable:>8}  {timed_out:>9}\n",
            caught + missed + unviable + timed_out,
            unexpected.len(),
            missed - unexpected.len(),
        ));
    }
    out.push_str(&format!(
        "missed: a wrong answer the checks accept; equivalent: missed, but listed in {EQUIVALENTS}\n\
         as unable to change behaviour; unviable: does not compile; timed out: the checks never\n\
         finished, which the learner's runner reports as a failing check.\n"
    ));
    for row in rows {
        let (lesson, unexpected, stale) = (&row.lesson, &row.unexpected, &row.stale);
        for name in unexpected {
            out.push_str(&format!(
                "MISSED {name}\n       strengthen the checks in lessons/{lesson}/tests/, or list it in \
                 {EQUIVALENTS} if it cannot change behaviour (diff in \
                 target/mutants/{lesson}/mutants.out/diff/)\n"
            ));
        }
        for name in stale {
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

    #[test]
    fn only_unlisted_misses_and_stale_entries_need_attention() {
        let equivalents = parse_equivalents(
            "# comment\n\nsolutions/lesson1/src/lib.rs:3:4: listed # why\n\
             solutions/lesson1/src/lib.rs: caught now # why\n\
             solutions/lesson2/src/lib.rs: other lesson # why\n\
             solutions/lesson1/src/../../../lessons/lesson1/src/story.rs: shared # why\n",
        );
        let equivalents = equivalents.unwrap();
        let missed = [
            "solutions/lesson1/src/lib.rs:1:1: listed",
            "solutions/lesson1/src/lib.rs:2:2: not listed",
            "solutions/lesson1/src/../../../lessons/lesson1/src/story.rs:3:3: shared",
        ];
        let found = [vec![], missed.map(String::from).to_vec(), vec![], vec![]];
        let row = judge("lesson1", found, &equivalents);
        assert_eq!(row.unexpected, [missed[1]]);
        assert_eq!(row.stale, ["solutions/lesson1/src/lib.rs: caught now"]);
        let error = parse_equivalents("solutions/lesson1/src/lib.rs: replace a with b\n");
        assert!(
            error
                .unwrap_err()
                .contains("line 1: an equivalent mutant needs its reason")
        );
    }
}
