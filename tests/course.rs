//! The course's own policies, each a test with the reason it exists.
//!
//! The per-lesson files (`tests/lessonN.rs`) prove that every reference solution
//! passes its lesson's checks; this file proves the other direction (every check
//! fails on the shipped stub) and the conventions the runner relies on.

use std::fs;
use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use towards_backprop::{course, files, nested_target, root};
use xtask::checks::{self, Outcome, Verdict};
use xtask::course::check_names;

/// A line that is a stub's body: `todo!("…")`.
fn is_stub(line: &str) -> bool {
    line.trim_start().starts_with("todo!(")
}

/// A check that passes on the stub teaches nothing and proves nothing: every check
/// of every lesson must fail until the learner has written the code.
#[test]
fn every_check_fails_on_the_shipped_stubs() {
    let course = course();
    let options = checks::Options {
        timeout: Duration::from_secs(60),
        target_dir: Some(nested_target("check")),
    };
    for lesson in &course.lessons {
        let report = checks::run(&course, lesson, &options).unwrap();
        assert_eq!(
            report.outcome,
            Outcome::Ran,
            "{}'s stubs must compile and run: {report:#?}",
            lesson.name
        );
        assert!(!report.checks.is_empty(), "{} has no checks", lesson.name);
        for (name, verdict) in &report.checks {
            assert!(
                matches!(verdict, Verdict::Fail(_)),
                "{}: check `{name}` does not fail on the shipped stub ({verdict:?}); a check that a stub passes proves nothing",
                lesson.name
            );
        }
    }
}

/// The learner's first screen must not be a wall of warnings: the stubs and their
/// checks compile cleanly, clippy included.
#[test]
fn stubs_compile_without_warnings_even_under_clippy() {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command.current_dir(root()).arg("clippy").arg("--quiet");
    for lesson in &course().lessons {
        command.args(["--package", &lesson.name]);
    }
    let output = command
        .args(["--all-targets", "--", "-D", "warnings"])
        .env("CARGO_TARGET_DIR", nested_target("check"))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "clippy found warnings in the stubs:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Every `todo!()` the learner meets sits under a `// TODO:` comment that says what to do.
#[test]
fn every_stub_has_a_todo_comment_that_says_what_to_do() {
    for lesson in &course().lessons {
        let source = fs::read_to_string(root().join(lesson.edit_file())).unwrap();
        let lines: Vec<&str> = source.lines().collect();
        let mut stubs = 0;
        for (at, _) in lines.iter().enumerate().filter(|(_, line)| is_stub(line)) {
            stubs += 1;
            let body = lines[..at]
                .iter()
                .rev()
                .take_while(|line| !line.contains("fn "));
            assert!(
                body.clone()
                    .any(|line| line.trim_start().starts_with("// TODO")),
                "{}:{}: this todo!() has no `// TODO:` comment above it in its function",
                lesson.edit_file().display(),
                at + 1
            );
        }
        assert!(
            stubs > 0,
            "{} has no stubs to fill in",
            lesson.edit_file().display()
        );
    }
}

/// Copying a solution's source files over the lesson's solves the lesson: each
/// solution file fills in a stub file of the lesson, and every other file of the
/// lesson (the story, a renderer) is shared by the solution through `#[path]`, so
/// that there is one copy of it, which cannot drift.
#[test]
fn solutions_mirror_the_lessons_and_share_their_provided_files() {
    for lesson in &course().lessons {
        let name = &lesson.name;
        let lesson_src = root().join(lesson.dir()).join("src");
        let solution_src = root().join("solutions").join(name).join("src");
        let solution_files = files(&solution_src);
        assert!(
            !solution_files.is_empty(),
            "{name} has no solution in {}",
            solution_src.display()
        );
        for file in &solution_files {
            let solved = fs::read_to_string(solution_src.join(file)).unwrap();
            assert!(
                !solved.lines().any(is_stub),
                "the solution's {} still has a todo!()",
                file.display()
            );
            let shipped = fs::read_to_string(lesson_src.join(file)).unwrap_or_else(|_| {
                panic!(
                    "{name}: the solution's {} fills in no file of the lesson",
                    file.display()
                )
            });
            assert!(
                shipped.lines().any(is_stub),
                "{name}: {} has no stub to fill in",
                file.display()
            );
        }
        let solution_lib = fs::read_to_string(solution_src.join("lib.rs")).unwrap();
        let prefix = format!("#[path = \"../../../lessons/{name}/src/");
        let shared: Vec<PathBuf> = solution_lib
            .lines()
            .filter_map(|line| {
                line.trim()
                    .strip_prefix(prefix.as_str())?
                    .strip_suffix("\"]")
            })
            .map(PathBuf::from)
            .collect();
        for file in &shared {
            let provided = fs::read_to_string(lesson_src.join(file)).unwrap_or_else(|_| {
                panic!(
                    "{name}: the solution shares {}, which the lesson lacks",
                    file.display()
                )
            });
            assert!(
                !provided.lines().any(is_stub),
                "{name}: shared file {} has a stub",
                file.display()
            );
        }
        for file in files(&lesson_src) {
            assert!(
                solution_files.contains(&file)
                    || shared.contains(&file)
                    || file.ends_with("main.rs"),
                "{name}: {} is neither solved nor shared by the solution",
                file.display()
            );
        }
    }
}

/// The runner shows hints for the first failing check: every check has at least
/// one, and HINTS.md follows the checks file so the two cannot drift apart.
#[test]
fn hints_cover_every_check_in_the_same_order() {
    let course = course();
    for lesson in &course.lessons {
        let checks = course.check_names(lesson).unwrap();
        let hints = course.hints(lesson).unwrap();
        let headings: Vec<&String> = hints.iter().map(|(name, _)| name).collect();
        assert_eq!(
            headings,
            checks.iter().collect::<Vec<_>>(),
            "{}: HINTS.md headings must be the checks, in order",
            lesson.name
        );
        for (name, list) in &hints {
            assert!(
                !list.is_empty(),
                "{}: check {name} has no hint",
                lesson.name
            );
        }
    }
}

/// One source of truth for checks: the harness compiles each lesson's own checks
/// file against the solution, never a copy.
#[test]
fn the_harness_runs_each_lessons_own_checks_against_its_solution() {
    let manifest = fs::read_to_string(root().join("Cargo.toml")).unwrap();
    for lesson in &course().lessons {
        let name = &lesson.name;
        let harness = fs::read_to_string(root().join("tests").join(format!("{name}.rs")))
            .unwrap_or_else(|_| {
                panic!("tests/{name}.rs is missing: the solution of {name} is not proved")
            });
        assert!(
            harness.contains(&format!("#[path = \"../lessons/{name}/tests/checks.rs\"]")),
            "tests/{name}.rs must include the lesson's own checks"
        );
        let dependency =
            format!("{name} = {{ package = \"{name}-solution\", path = \"solutions/{name}\" }}");
        assert!(
            manifest.contains(&dependency),
            "Cargo.toml must have the dev-dependency `{dependency}`"
        );
        let checks = fs::read_to_string(root().join(lesson.checks_file())).unwrap();
        assert!(!check_names(&checks).is_empty());
        let snapshot = root()
            .join(lesson.dir())
            .join(format!("tests/snapshots/{name}_story.snap"));
        assert!(
            snapshot.is_file(),
            "{} is not committed",
            snapshot.display()
        );
    }
}

/// The README is the learner's way in: it lists every lesson by its title.
#[test]
fn the_readme_lists_every_lesson() {
    let readme = fs::read_to_string(root().join("README.md")).unwrap();
    for lesson in &course().lessons {
        assert!(
            readme.contains(&lesson.title),
            "README.md does not list {}",
            lesson.title
        );
    }
}

/// The runner refuses a lesson whose checks or snapshots were edited by comparing
/// them with `xtask/manifest.txt`, so the manifest must describe the files as shipped.
#[test]
fn the_manifest_of_shipped_files_is_current() {
    let expected = xtask::manifest::render(&course()).unwrap();
    let committed = fs::read_to_string(root().join(xtask::manifest::FILE)).unwrap_or_default();
    assert!(
        committed == expected,
        "{} is out of date: run `cargo xtask manifest` and commit it",
        xtask::manifest::FILE
    );
}
