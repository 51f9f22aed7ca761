//! The course's policies, as functions of a course on disk: `tests/course.rs`
//! runs each on the course as shipped (see `shipped`), and the runner's
//! end-to-end tests run them on a copy after a learner's edits. Each panics with
//! a message that names the file and says what to do.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use xtask::checks;
use xtask::course::{Course, files};
use xtask::report::{Outcome, Verdict};
use xtask::text;
use xtask_dev::stubs;

/// A line that is a stub's body: `todo!("…")`.
fn is_stub(line: &str) -> bool {
    line.trim_start().starts_with("todo!(")
}

fn read(course: &Course, path: &Path) -> String {
    course
        .read(path)
        .unwrap_or_else(|error| panic!("{error:#}"))
}

/// Every check of every part fails on the shipped stubs, with every earlier lesson
/// solved. Later lessons build on earlier ones (lessons 7 and 8 train with the
/// engine of lesson 6): each of their checks must fail because of the lesson's own
/// stubs, not merely because an earlier lesson is still `todo!()`. The lessons are
/// solved one after another in a private copy under `target`, never in `course`.
pub fn every_check_fails_on_the_stubs(course: &Course, target: &Path) {
    let copy = target.join("earlier-solved");
    mirror(&course.root, &copy);
    let course = Course::load(&copy).unwrap();
    let options = checks::Options {
        timeout: Duration::from_secs(60),
        target_dir: Some(target.to_path_buf()),
        announce_build: false,
    };
    for lesson in &course.lessons {
        let report = checks::run(&course, lesson, 0..lesson.parts.len(), &options).unwrap();
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
                "{}: check `{name}` does not fail on the shipped stub, with the lessons before it solved ({verdict:?}); a check that a stub passes proves nothing",
                lesson.name
            );
        }
        // Solve this lesson for the ones after it, as a learner would have.
        let solution = copy.join("solutions").join(&lesson.name).join("src");
        let src = copy.join(lesson.dir()).join("src");
        for file in files(&solution) {
            write_if_changed(&src.join(&file), &fs::read(solution.join(&file)).unwrap());
        }
    }
}

/// Makes `to` a copy of the workspace at `from` (its sources, not its builds),
/// writing only the files that differ, so that cargo keeps what it built there.
fn mirror(from: &Path, to: &Path) {
    for top in [
        "Cargo.toml",
        "Cargo.lock",
        ".cargo",
        "lessons",
        "solutions",
        "xtask",
        "tests",
    ] {
        let source = from.join(top);
        if source.is_file() {
            write_if_changed(&to.join(top), &fs::read(&source).unwrap());
            continue;
        }
        let wanted = files(&source);
        for file in &wanted {
            write_if_changed(
                &to.join(top).join(file),
                &fs::read(source.join(file)).unwrap(),
            );
        }
        for file in files(&to.join(top)) {
            if !wanted.contains(&file) {
                fs::remove_file(to.join(top).join(file)).unwrap();
            }
        }
    }
}

fn write_if_changed(path: &Path, bytes: &[u8]) {
    if fs::read(path).ok().as_deref() != Some(bytes) {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
    }
}

/// The stubs and their checks compile without a warning, clippy included.
pub fn stubs_compile_without_warnings(course: &Course, target: &Path) {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command
        .current_dir(&course.root)
        .arg("clippy")
        .arg("--quiet");
    for lesson in &course.lessons {
        command.args(["--package", &lesson.name]);
    }
    let output = command
        .args(["--all-targets", "--", "-D", "warnings"])
        .env("CARGO_TARGET_DIR", target)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "clippy found warnings in the stubs:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Every part's file has stubs, and every `todo!()` sits under a `// TODO:` comment.
pub fn every_stub_has_a_todo_comment(course: &Course) {
    for part in course.lessons.iter().flat_map(|lesson| &lesson.parts) {
        let source = read(course, &part.edit_file);
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
                part.edit_file.display(),
                at + 1
            );
        }
        assert!(
            stubs > 0,
            "{} has no stubs to fill in",
            part.edit_file.display()
        );
    }
}

/// Copying a solution's `src/` over the lesson's solves it: a solution file for
/// every part, none left a stub, and every other file of the lesson shared
/// through `#[path]` (one copy, which cannot drift), but for the lesson's program.
pub fn solutions_solve_the_lessons(course: &Course) {
    for lesson in &course.lessons {
        let name = &lesson.name;
        let lesson_src = course.root.join(lesson.dir()).join("src");
        let solution_src = course.root.join("solutions").join(name).join("src");
        let solution_files = files(&solution_src);
        for part in &lesson.parts {
            let file = PathBuf::from(part.edit_file.file_name().unwrap());
            assert!(
                solution_files.contains(&file),
                "{name}: solutions/{name}/src/{} is missing: every part needs its solution",
                file.display()
            );
        }
        for file in &solution_files {
            let solved = fs::read_to_string(solution_src.join(file)).unwrap();
            assert!(
                !solved.lines().any(is_stub),
                "the solution's {} still has a todo!()",
                file.display()
            );
            assert!(
                lesson_src.join(file).is_file(),
                "{name}: the solution's {} fills in no file of the lesson",
                file.display()
            );
        }
        // A lesson-level provided module is shared from the solution's lib.rs, a
        // part's provided code (`src/S/provided.rs`) from the part's own file.
        let prefix = format!("#[path = \"../../../lessons/{name}/src/");
        let shared: Vec<PathBuf> = solution_files
            .iter()
            .flat_map(|file| {
                let solved = fs::read_to_string(solution_src.join(file)).unwrap();
                solved
                    .lines()
                    .filter_map(|line| {
                        line.trim()
                            .strip_prefix(prefix.as_str())?
                            .strip_suffix("\"]")
                    })
                    .map(PathBuf::from)
                    .collect::<Vec<_>>()
            })
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
        // The lesson's program (`main.rs` and the modules it declares: the story
        // and its pictures) is the lesson's own: a solution is a library only,
        // and the story's snapshot check compiles those modules against it.
        let main = fs::read_to_string(lesson_src.join("main.rs")).unwrap_or_default();
        let mut program_files = vec![PathBuf::from("main.rs")];
        program_files.extend(main.lines().filter_map(|line| {
            let module = line.trim().strip_prefix("mod ")?.strip_suffix(';')?;
            Some(PathBuf::from(format!("{module}.rs")))
        }));
        let program = |file: &PathBuf| program_files.contains(file);
        for file in files(&lesson_src).iter().filter(|file| program(file)) {
            let provided = fs::read_to_string(lesson_src.join(file)).unwrap();
            assert!(
                !provided.lines().any(is_stub),
                "{name}: the program's {} has a stub",
                file.display()
            );
        }
        for file in files(&lesson_src) {
            assert!(
                solution_files.contains(&file) || shared.contains(&file) || program(&file),
                "{name}: {} is neither solved nor shared by the solution",
                file.display()
            );
        }
    }
}

/// The stubs and the harness are what the solutions give: each
/// `lessons/lessonN/src/F.rs` is, to the byte, what `cargo xtask stubs` writes
/// from `solutions/lessonN/src/F.rs` (its `// STUB:` lines in, its lines between
/// `// BEGIN SOLUTION` and `// END SOLUTION` out), so that a doc comment, a
/// signature or a provided helper is written once, in the solution; and
/// `tests/lessonN.rs` includes the checks of the parts the solution declares.
pub fn stubs_are_what_the_solutions_give(course: &Course) {
    let mut differences = Vec::new();
    for lesson in &course.lessons {
        let wanted = stubs::wanted(course, lesson).unwrap_or_else(|error| panic!("{error:#}"));
        differences.extend(
            wanted
                .iter()
                .filter_map(|file| stubs::difference(course, file)),
        );
    }
    assert!(differences.is_empty(), "{}", differences.join("\n"));
}

/// HINTS.md's headings name checks of the lesson, in the order of the parts and
/// their checks, each with a hint. A check may have none yet (a new part's): the
/// runner then says that its failure message is all there is.
pub fn hints_cover_every_check_in_order(course: &Course) {
    for lesson in &course.lessons {
        let checks = course.check_names(lesson).unwrap();
        let hints = course.hints(lesson).unwrap();
        let mut rest = checks.iter();
        for (name, _) in &hints {
            assert!(
                rest.any(|check| check == name),
                "{}/HINTS.md: `## {name}` is not a check of the lesson, or is out of the order \
                 of the parts and their checks",
                lesson.dir().display()
            );
        }
        for (name, list) in &hints {
            assert!(
                !list.is_empty(),
                "{}: check {name} has no hint",
                lesson.name
            );
        }
    }
}

/// The harness compiles every part's own checks file against the solution.
pub fn the_harness_runs_every_parts_checks(course: &Course) {
    let manifest = read(course, Path::new("Cargo.toml"));
    for lesson in &course.lessons {
        let name = &lesson.name;
        let harness_path = PathBuf::from(format!("tests/{name}.rs"));
        let harness = course.read(&harness_path).unwrap_or_else(|_| {
            panic!("tests/{name}.rs is missing: the solution of {name} is not proved")
        });
        for part in &lesson.parts {
            let include = format!("#[path = \"../lessons/{name}/tests/{}.rs\"]", part.slug);
            assert!(
                harness.contains(&include),
                "tests/{name}.rs must include part {}'s checks with `{include}`",
                part.number
            );
            assert!(
                !text::check_names(&read(course, &part.checks_file)).is_empty(),
                "{} has no checks",
                part.checks_file.display()
            );
        }
        let dependency =
            format!("{name} = {{ package = \"{name}-solution\", path = \"solutions/{name}\" }}");
        assert!(
            manifest.contains(&dependency),
            "Cargo.toml must have the dev-dependency `{dependency}`"
        );
        let snapshot = lesson
            .dir()
            .join(format!("tests/snapshots/{name}_story.snap"));
        assert!(
            course.root.join(&snapshot).is_file(),
            "{} is not committed",
            snapshot.display()
        );
    }
}

/// The lesson's README has a `## Part K: title` heading per part, in order.
pub fn readme_headings_are_the_parts(course: &Course) {
    for lesson in &course.lessons {
        let readme = read(course, &lesson.dir().join("README.md"));
        let headings = xtask_dev::text::part_headings(&readme);
        let expected: Vec<(String, String)> = lesson
            .parts
            .iter()
            .map(|part| (part.number.to_string(), part.title.clone()))
            .collect();
        assert_eq!(
            headings.len(),
            lesson.parts.len(),
            "{}/README.md needs one `## Part K: title` heading per part ({} parts: {})",
            lesson.dir().display(),
            lesson.parts.len(),
            lesson
                .parts
                .iter()
                .map(|p| p.slug.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        );
        assert_eq!(headings, expected, "{}/README.md", lesson.dir().display());
    }
}

/// The root README lists every lesson by its title, in its table.
pub fn the_readme_lists_every_lesson(course: &Course) {
    let readme = read(course, Path::new("README.md"));
    for lesson in &course.lessons {
        let row = format!("| {} | {} |", lesson.number, lesson.title);
        assert!(
            readme.contains(&row),
            "README.md's lesson table has no row starting `{row}`"
        );
    }
}

/// `xtask/manifest.txt` (`listed`) describes the files as committed (`rendered`,
/// the manifest they would have). With `strict` false (outside CI) a lesson's
/// `src/` is not judged: a learner who commits their own work changes those files,
/// and must not turn the course's own tests red. CI, on a fresh clone of the
/// course, judges every line.
pub fn the_manifest_is_current(listed: &str, rendered: &str, strict: bool) {
    let lines = |text: &str| -> BTreeMap<String, String> {
        text.lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| line.split_once(' '))
            .map(|(id, path)| (path.to_string(), id.to_string()))
            .collect()
    };
    let (listed, rendered) = (lines(listed), lines(rendered));
    let learners = |path: &str| {
        let parts: Vec<&str> = path.split('/').collect();
        matches!(parts.as_slice(), ["lessons", lesson, "src", ..] if lesson.starts_with("lesson"))
    };
    let stale: Vec<&String> = listed
        .keys()
        .chain(rendered.keys())
        .filter(|path| listed.get(*path) != rendered.get(*path))
        .filter(|path| strict || !learners(path))
        .collect();
    assert!(
        stale.is_empty(),
        "{} does not describe the committed files ({}). This is for maintainers: \
         regenerate it with `cargo xtask manifest` and commit it. (A learner never needs to: \
         it would record edited checks as shipped.)",
        xtask::manifest::FILE,
        stale
            .iter()
            .map(|p| p.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    );
}
