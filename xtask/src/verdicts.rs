//! Turning what a run printed into a verdict on every check, and, for a check that
//! did not finish, finding the learner's function it calls.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::course::{Course, Lesson};
use crate::report::{Crash, Failure, Outcome, Report, Suspect, Verdict};
use crate::rust::Function;
use crate::{libtest, process, rust};

/// Turns a run's output into a verdict on every check of the parts run (`names`:
/// each part's checks).
pub(crate) fn read(
    lesson: &Lesson,
    parts: &[usize],
    names: &[Vec<String>],
    output: &process::Output,
    limit: Duration,
) -> Report {
    let binaries = &output.segments[1..];
    let started = binaries
        .iter()
        .any(|s| libtest::read(&s.text, false).started);
    let outcome = if started {
        Outcome::Ran
    } else if output.timed_out {
        Outcome::CompileError("the build did not finish in ten minutes".into())
    } else {
        let all: Vec<&str> = output.segments.iter().map(|s| s.text.as_str()).collect();
        Outcome::CompileError(libtest::first_error(&all.concat()))
    };
    let mut checks = Vec::new();
    for (&index, part_names) in parts.iter().zip(names) {
        let slug = Some(lesson.parts[index].slug.as_str());
        let found = binaries.iter().rposition(|s| s.target.as_deref() == slug);
        let Some(at) = found.filter(|_| started) else {
            checks.extend(part_names.iter().map(|n| (n.clone(), Verdict::NotRun)));
            continue;
        };
        let binary = libtest::read(&binaries[at].text, binaries[at].cut > 0);
        let stopped = output.timed_out && at == binaries.len() - 1;
        let blamed = (!binary.finished && !stopped)
            .then(|| blame(&binary, part_names))
            .flatten();
        for name in part_names {
            let verdict = match binary.results.get(name) {
                Some(true) => Verdict::Pass,
                Some(false) => Verdict::Fail(binary.failures.get(name).cloned().unwrap_or_else(
                    || Failure {
                        message: "failed (its message was cut from the output)".into(),
                        location: None,
                        printed: String::new(),
                    },
                )),
                // Said to pass before the binary was stopped: not credited, and not
                // blamed either; it runs again alone (see `checks::run`), so that the
                // check named is one that did not finish. Alone, it is the one.
                None if stopped && part_names.len() > 1 && binary.said_ok.contains(name) => {
                    Verdict::NotRun
                }
                None if stopped => Verdict::TimedOut,
                None => match &blamed {
                    Some((blamed, crash)) if blamed == name => Verdict::Crashed(crash.clone()),
                    _ => Verdict::NotRun,
                },
            };
            checks.push((name.clone(), verdict));
        }
    }
    let files = parts.iter().map(|&index| {
        lesson.parts[index]
            .edit_file
            .to_string_lossy()
            .replace('\\', "/")
    });
    Report {
        outcome,
        checks,
        parts: parts
            .iter()
            .zip(names)
            .map(|(&i, n)| (i, n.len()))
            .collect(),
        limit,
        cut_bytes: output.segments.iter().map(|s| s.cut).sum(),
        changed: Vec::new(),
        suspect: None,
        fingerprint: String::new(),
        part_fingerprints: Vec::new(),
        warnings: files
            .flat_map(|file| libtest::warnings_in(&output.segments[0].text, &file))
            .collect(),
    }
}

/// The check a test process that died took down with it, and how it died: the
/// check whose thread overflowed, or else the one check left unfinished. With
/// several unfinished (checks run side by side, and a check may overflow on a
/// thread it spawned, named otherwise), none is blamed here: they stay NotRun and
/// run again one at a time (see `checks::run`).
fn blame(binary: &libtest::Binary, names: &[String]) -> Option<(String, Crash)> {
    let overflowed = binary.overflowed.as_ref().filter(|n| names.contains(n));
    let mut left = names
        .iter()
        .filter(|name| !binary.results.contains_key(*name));
    let alone = left.next().filter(|_| left.next().is_none());
    Some((overflowed.or(alone)?.clone(), binary.crash.clone()))
}

/// For a first failing check that did not finish: its place, and the learner's
/// function it calls first (directly, or through the checks file's own helpers).
/// That function is looked for in every file the learner edits that the check can
/// reach: its own part's first, then the lesson's other parts, then those of the
/// lessons this one uses (lesson 7 trains with lesson 6's engine).
pub(crate) fn suspect(course: &Course, lesson: &Lesson, report: &Report) -> Option<Suspect> {
    let (check, verdict) = report.first_failing()?;
    if !matches!(verdict, Verdict::TimedOut | Verdict::Crashed(_)) {
        return None;
    }
    let index = report.first_failing_part()?;
    let part = &lesson.parts[index];
    let helpers = rust::functions(&course.read(&part.checks_file).ok()?);
    let test = helpers.iter().find(|f| f.name == *check)?;
    let owners = owners(course, lesson, index);
    let (mut mine, mut provided) = (Vec::new(), Vec::new());
    for (at, (file, _)) in owners.iter().enumerate() {
        let (theirs, given) = learners_functions(course, file);
        mine.extend(theirs.into_iter().map(|f| (f, at)));
        provided.extend(given.into_iter().map(|f| (f, at)));
    }
    let in_file = |list: &[(Function, usize)], at: usize| -> Vec<(Function, usize)> {
        list.iter()
            .filter(|(_, file)| *file == at)
            .cloned()
            .collect()
    };
    // The learner's function the check calls first, in whichever file it is; or else
    // the one a provided function it calls first calls (lesson 7's `demo` calls `train`).
    let found = first_call(test, &helpers, &mine, 0).cloned().or_else(|| {
        let (via, at) = first_call(test, &helpers, &provided, 0)?;
        let given: Vec<Function> = in_file(&provided, *at)
            .into_iter()
            .map(|(f, _)| f)
            .collect();
        first_call(via, &given, &in_file(&mine, *at), 1).cloned()
    });
    Some(Suspect {
        check: check.clone(),
        check_at: format!("{}:{}", part.checks_file.display(), test.line),
        function: found.as_ref().map(|(f, at)| {
            let place = format!("{}:{}", owners[*at].0.display(), f.line);
            (f.name.clone(), place)
        }),
        owner: found.and_then(|(_, at)| owners[at].1.clone()),
    })
}

/// The files the learner edits that the checks of part `index` of `lesson` can
/// reach, in the order a function is looked for in them, each with whose it is
/// when it is not the file of the check's own part: `part 1 of 4`, or
/// `lesson 6 (part 2 of 3)`.
fn owners(course: &Course, lesson: &Lesson, index: usize) -> Vec<(PathBuf, Option<String>)> {
    let count = lesson.parts.len();
    let mut owners = vec![(lesson.parts[index].edit_file.clone(), None)];
    for part in lesson.parts.iter().filter(|part| part.number != index + 1) {
        let name = format!("part {} of {count}", part.number);
        owners.push((part.edit_file.clone(), Some(name)));
    }
    for used in course.uses(lesson) {
        for part in &used.parts {
            let (number, count) = (used.number, used.parts.len());
            let name = format!("lesson {number} (part {} of {count})", part.number);
            owners.push((part.edit_file.clone(), Some(name)));
        }
    }
    owners
}

/// The functions of a file the learner edits, split into theirs and the provided
/// ones: a function whose body is the reference solution's is provided (a helper
/// like `Tape::new` is the same in both; and a function written exactly as the
/// reference is not where a check hangs). Without a reference file, every function
/// is the learner's.
fn learners_functions(course: &Course, file: &Path) -> (Vec<Function>, Vec<Function>) {
    let functions = rust::functions(&course.read(file).unwrap_or_default());
    let reference = file
        .strip_prefix("lessons")
        .ok()
        .and_then(|rest| course.read(&Path::new("solutions").join(rest)).ok());
    let Some(reference) = reference else {
        return (functions, Vec::new());
    };
    let solution = rust::functions(&reference);
    // Bodies compared without comments, strings' contents or white space.
    let shape = |f: &Function| -> String {
        let body = rust::mask(&f.body);
        body.chars().filter(|c| !c.is_whitespace()).collect()
    };
    functions.into_iter().partition(|f| {
        !solution
            .iter()
            .any(|s| s.name == f.name && shape(s) == shape(f))
    })
}

/// The first of `learners` (each with the index of its file) that `from` calls,
/// directly or through `helpers` (functions of the same file, three deep).
fn first_call<'a>(
    from: &Function,
    helpers: &[Function],
    learners: &'a [(Function, usize)],
    depth: usize,
) -> Option<&'a (Function, usize)> {
    let calls = rust::calls(&from.body);
    let direct = calls
        .iter()
        .find_map(|name| learners.iter().find(|(f, _)| f.name == *name));
    direct.or_else(|| {
        (depth < 3).then_some(())?;
        calls.iter().find_map(|name| {
            let helper = helpers
                .iter()
                .find(|f| f.name == *name && f.name != from.name)?;
            first_call(helper, helpers, learners, depth + 1)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::course::Part;
    use crate::process::{Output, Segment};

    fn lesson(number: u32, slugs: &[&str]) -> Lesson {
        let name = format!("lesson{number}");
        let file =
            |folder: &str, slug: &str| PathBuf::from(format!("lessons/{name}/{folder}/{slug}.rs"));
        let parts = slugs.iter().enumerate().map(|(at, slug)| Part {
            slug: slug.to_string(),
            number: at + 1,
            title: slug.to_string(),
            edit_file: file("src", slug),
            checks_file: file("tests", slug),
        });
        let (title, idea, parts) = (format!("Lesson {number}"), String::new(), parts.collect());
        Lesson {
            name,
            number,
            title,
            idea,
            parts,
        }
    }

    #[test]
    fn a_hang_is_traced_to_the_learners_function_of_any_part_or_lesson_used_never_a_provided_one() {
        let root = std::env::temp_dir().join(format!("suspect-test-{}", std::process::id()));
        // Lesson 1 provides `new` and the learner wrote `step` (it loops).
        let engine = "pub fn new() -> u8 {\n    0\n}\npub fn step(x: u8) -> u8 {\n";
        let checks = "#[test]\nfn half_then_twice() {\n    twice(half(4));\n}\n\
                      #[test]\nfn halves() {\n    half(4);\n}\n#[test]\nfn steps_once() {\n    step(new());\n}\n";
        let files = [
            (
                "lessons/lesson1/src/engine.rs",
                format!("{engine}    loop {{}}\n}}\n"),
            ),
            (
                "solutions/lesson1/src/engine.rs",
                format!("{engine}    x + 1\n}}\n"),
            ),
            (
                "lessons/lesson2/Cargo.toml",
                "[dependencies]\nlesson1 = { path = \"../lesson1\" }".into(),
            ),
            (
                "lessons/lesson2/src/first.rs",
                "pub fn half(x: u8) -> u8 {\n    half(x)\n}\n".into(),
            ),
            (
                "lessons/lesson2/src/second.rs",
                "pub fn twice(x: u8) -> u8 {\n    x\n}\n".into(),
            ),
            ("lessons/lesson2/tests/second.rs", checks.into()),
        ];
        for (path, text) in files {
            std::fs::create_dir_all(root.join(path).parent().unwrap()).unwrap();
            std::fs::write(root.join(path), text).unwrap();
        }
        let lesson2 = lesson(2, &["first", "second"]);
        let course = Course {
            root: root.clone(),
            lessons: vec![lesson(1, &["engine"]), lesson2.clone()],
        };
        let hung = |check: &str| {
            // The checks of part 2 started, and `check` was still running at the limit.
            let started = Segment {
                target: Some("second".into()),
                text: "running 1 test\n".into(),
                cut: 0,
            };
            let output = Output {
                segments: vec![Segment::default(), started],
                timed_out: true,
            };
            let report = read(
                &lesson2,
                &[1],
                &[vec![check.into()]],
                &output,
                Duration::from_secs(5),
            );
            let suspect = suspect(&course, &lesson2, &report).unwrap();
            (suspect.function.unwrap(), suspect.owner)
        };
        let place = |name: &str, at: &str| (name.to_string(), at.to_string());
        // The first learner's function in the check's text.
        assert_eq!(
            hung("half_then_twice"),
            (place("twice", "lessons/lesson2/src/second.rs:1"), None)
        );
        // A function of another part of the lesson, named with its part.
        let first = Some("part 1 of 2".into());
        assert_eq!(
            hung("halves"),
            (place("half", "lessons/lesson2/src/first.rs:1"), first)
        );
        // Not `new`, which lesson 1 provides, but the learner's `step`.
        let used = Some("lesson 1 (part 1 of 1)".into());
        assert_eq!(
            hung("steps_once"),
            (place("step", "lessons/lesson1/src/engine.rs:4"), used)
        );
        let _ = std::fs::remove_dir_all(&root);
    }
}
