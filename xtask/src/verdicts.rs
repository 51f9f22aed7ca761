//! Turning what a run printed into a verdict on every check, and, for a check that
//! did not finish, finding the learner's function it calls.

use std::path::PathBuf;
use std::time::Duration;

use crate::course::{Course, Lesson};
use crate::report::{Crash, Failure, Outcome, Report, Suspect, Verdict};
use crate::{libtest, process, rust};

/// Turns a run's output into a verdict on every check of the parts run.
pub(crate) fn read_report(
    lesson: &Lesson,
    indices: &[usize],
    names: &[Vec<String>],
    output: &process::Output,
    limit: Duration,
) -> Report {
    let started = output
        .segments
        .iter()
        .skip(1)
        .any(|s| libtest::read(&s.text).started);
    let outcome = if started {
        Outcome::Ran
    } else if output.timed_out {
        Outcome::CompileError("the build did not finish in ten minutes".into())
    } else {
        let all: Vec<&str> = output.segments.iter().map(|s| s.text.as_str()).collect();
        Outcome::CompileError(libtest::first_error(&all.concat()))
    };
    let last = output.segments.len() - 1;
    let mut checks = Vec::new();
    for (&index, part_names) in indices.iter().zip(names) {
        let slug = &lesson.parts[index].slug;
        let found = output
            .segments
            .iter()
            .enumerate()
            .rfind(|(_, s)| s.target.as_deref() == Some(slug.as_str()));
        let Some((at, segment)) = found.filter(|_| started) else {
            checks.extend(
                part_names
                    .iter()
                    .map(|name| (name.clone(), Verdict::NotRun)),
            );
            continue;
        };
        let binary = libtest::read_capped(&segment.text, segment.cut > 0);
        let stopped = output.timed_out && at == last;
        let unfinished = |name: &&String| !binary.results.contains_key(name.as_str());
        // A process that died takes no check's verdict with it but the one it was running:
        // the thread that overflowed when it is a check's own, or else the one check left
        // unfinished. With several unfinished (checks run side by side, and a check may
        // overflow on a thread it spawned, named otherwise), none is blamed here: they
        // stay NotRun and run again one at a time (see `checks::run`).
        let blame = (!binary.finished && !stopped)
            .then(|| {
                let overflowed = binary
                    .overflowed
                    .as_ref()
                    .filter(|n| part_names.contains(n));
                let mut left = part_names.iter().filter(unfinished);
                let alone = match (left.next(), left.next()) {
                    (Some(only), None) => Some(only),
                    _ => None,
                };
                let name = overflowed.or(alone)?;
                let crash = if binary.overflowed.is_some() {
                    Crash::StackOverflow
                } else if binary.out_of_memory {
                    Crash::OutOfMemory
                } else if let Some(how) = &binary.died {
                    Crash::Died(how.clone())
                } else {
                    Crash::Exited(binary.exited.unwrap_or(0))
                };
                Some((name.clone(), crash))
            })
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
                None if stopped => Verdict::TimedOut,
                None => match &blame {
                    Some((blamed, crash)) if blamed == name => Verdict::Crashed(crash.clone()),
                    _ => Verdict::NotRun,
                },
            };
            checks.push((name.clone(), verdict));
        }
    }
    Report {
        outcome,
        checks,
        parts: indices
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
        warnings: indices
            .iter()
            .flat_map(|&index| {
                let file = lesson.parts[index]
                    .edit_file
                    .to_string_lossy()
                    .replace('\\', "/");
                libtest::warnings_in(&output.segments[0].text, &file)
            })
            .collect(),
    }
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
    let (index, checks_source) = lesson.parts.iter().enumerate().find_map(|(index, part)| {
        let source = course.read(&part.checks_file).ok()?;
        crate::text::check_names(&source)
            .contains(check)
            .then_some((index, source))
    })?;
    let part = &lesson.parts[index];
    let helpers = rust::functions(&checks_source);
    let test = helpers.iter().find(|f| f.name == *check)?;
    let owners = owners(course, lesson, index);
    let learners: Vec<(rust::Function, &Owner)> = owners
        .iter()
        .flat_map(|owner| {
            let source = course.read(&owner.file).unwrap_or_default();
            let functions = rust::functions(&source);
            functions.into_iter().map(move |function| (function, owner))
        })
        .collect();
    let found = first_call(test, &checks_source, &helpers, &learners, 0);
    Some(Suspect {
        check: check.clone(),
        check_at: format!("{}:{}", part.checks_file.display(), test.line),
        function: found.map(|(f, owner)| {
            let at = format!("{}:{}", owner.file.display(), f.line);
            (f.name.clone(), at)
        }),
        owner: found.and_then(|(_, owner)| owner.name.clone()),
    })
}

/// A file the learner edits, and, when it is not the file of the check's own part,
/// whose it is: `part 1 of 4`, or `lesson 6, part 2 of 3`.
struct Owner {
    file: PathBuf,
    name: Option<String>,
}

/// The files the learner edits that the checks of part `index` of `lesson` can
/// reach, in the order a function is looked for in them.
fn owners(course: &Course, lesson: &Lesson, index: usize) -> Vec<Owner> {
    let mut owners = vec![Owner {
        file: lesson.parts[index].edit_file.clone(),
        name: None,
    }];
    let count = lesson.parts.len();
    for part in lesson.parts.iter().filter(|part| part.number != index + 1) {
        owners.push(Owner {
            file: part.edit_file.clone(),
            name: Some(format!("part {} of {count}", part.number)),
        });
    }
    for used in course.uses(lesson) {
        let count = used.parts.len();
        for part in &used.parts {
            let name = match count {
                1 => format!("lesson {}", used.number),
                _ => format!("lesson {}, part {} of {count}", used.number, part.number),
            };
            owners.push(Owner {
                file: part.edit_file.clone(),
                name: Some(name),
            });
        }
    }
    owners
}

fn first_call<'a, T>(
    from: &rust::Function,
    source: &str,
    helpers: &[rust::Function],
    learners: &'a [(rust::Function, T)],
    depth: usize,
) -> Option<&'a (rust::Function, T)> {
    let calls = rust::calls(from.body_text(source));
    let direct = calls
        .iter()
        .find_map(|name| learners.iter().find(|(f, _)| f.name == *name));
    direct.or_else(|| {
        (depth < 3).then_some(())?;
        calls.iter().find_map(|name| {
            let helper = helpers
                .iter()
                .find(|f| f.name == *name && f.name != from.name)?;
            first_call(helper, source, helpers, learners, depth + 1)
        })
    })
}
