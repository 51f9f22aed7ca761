//! What went wrong with a part's checks, for the screen of `next` and the notes of `list`.

use std::fmt::Write;
use std::time::Duration;

use super::{Style, clip, indent};
use crate::course::Lesson;
use crate::report::{Crash, Failure, Outcome, Report, Suspect, Verdict};

/// What went wrong, for a report that is not all green.
pub fn verdict(style: Style, lesson: &Lesson, report: &Report) -> String {
    let mut out = String::new();
    if let Outcome::CompileError(error) = &report.outcome {
        // An error in an earlier lesson's file: that lesson, which this one uses, is to blame.
        let earlier = error.lines().find_map(|line| {
            let at = line.trim_start().strip_prefix("--> lessons/")?;
            let (name, _) = at.split_once('/')?;
            (name != lesson.name && name.starts_with("lesson")).then_some(name)
        });
        let whose = match earlier {
            Some(earlier) => format!(
                "{earlier}, which {} uses, does not compile (fix it there first).",
                lesson.name
            ),
            None => format!("{} does not compile.", lesson.name),
        };
        let red = style.red("✗");
        let _ = writeln!(out, "{red} {whose} The compiler's first error:");
        let _ = writeln!(out, "{}", indent(error));
        return out;
    }
    let Some((name, verdict)) = report.first_failing() else {
        return out;
    };
    let (mark, check) = (style.red("✗"), style.bold(name));
    let suspect = suspect(report.suspect.as_ref());
    let _ = match verdict {
        Verdict::Pass => Ok(()),
        Verdict::Fail(failure) => out.write_str(&failing_check(style, name, failure)),
        Verdict::TimedOut => write!(
            out,
            "{mark} {}.\n{suspect}  The checks were stopped. If your code is just slow, raise the \
             limit with `--timeout SECONDS`.\n",
            timed_out(&check, report.limit)
        ),
        Verdict::Crashed(crash) => {
            let crashed = crashed(name, crash);
            write!(out, "{mark} {check}\n  {crashed}.\n{suspect}")
        }
        Verdict::NotRun => writeln!(out, "{mark} {check} did not run."),
    };
    out
}

/// One sentence on a check that did not finish, for `list` and `verify`.
pub fn unfinished(report: &Report) -> Option<String> {
    let (name, verdict) = report.first_failing()?;
    match verdict {
        Verdict::TimedOut => Some(timed_out(name, report.limit)),
        Verdict::Crashed(crash) => Some(crashed(name, crash)),
        _ => None,
    }
}

/// What is said of `check` when it was stopped at the time limit.
fn timed_out(check: &str, limit: Duration) -> String {
    let limit = limit.as_secs_f64();
    format!("{check} did not finish within {limit} s: probably a loop that never ends")
}

/// What happened when the test process died while `check` ran.
fn crashed(check: &str, crash: &Crash) -> String {
    match crash {
        Crash::StackOverflow => format!(
            "The test process overflowed its stack while running {check}: probably a recursion \
             that never ends, or one too deep for the 2 MiB test thread"
        ),
        Crash::OutOfMemory => format!(
            "The test process ran out of memory while running {check} (\"memory allocation … \
             failed\"): the code it calls keeps allocating, probably a collection that grows in \
             a loop that never ends"
        ),
        Crash::Exited(status) => format!(
            "The test process exited with status {status} while {check} ran, before the checks \
             could say whether they pass: does your code call `std::process::exit`? Return a \
             value instead"
        ),
        Crash::Died(how) => format!("The test process died ({how}) before {check} finished"),
    }
}

/// Where to look for a check that did not finish.
fn suspect(suspect: Option<&Suspect>) -> String {
    let Some(suspect) = suspect else {
        return String::new();
    };
    let check_at = &suspect.check_at;
    match (&suspect.function, &suspect.owner) {
        (Some((function, at)), Some(owner)) => format!(
            "  It calls your {function}, from {owner}: open {at} (the check is at {check_at}).\n"
        ),
        (Some((function, at)), None) => {
            format!("  It calls your {function}, at {at} (the check is at {check_at}).\n")
        }
        (None, _) => format!("  The check is at {check_at}.\n"),
    }
}

fn failing_check(style: Style, name: &str, failure: &Failure) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} {}", style.red("✗"), style.bold(name));
    let stub = failure.message.starts_with("not yet implemented");
    if stub {
        let at = failure.location.as_deref().unwrap_or("your lesson file");
        let _ = writeln!(
            out,
            "  This check reaches a stub that is still `todo!()`, at {at}:"
        );
    } else if let Some(at) = &failure.location {
        let _ = writeln!(out, "  {}", style.dim(&format!("failed at {at}")));
    }
    let _ = writeln!(out, "{}", indent(&clip(&failure.message, 40)));
    if !failure.printed.is_empty() {
        let _ = writeln!(out, "  It printed:");
        let _ = writeln!(out, "{}", indent(&clip(&failure.printed, 10)));
    }
    if stub {
        let _ = writeln!(
            out,
            "  Replace that `todo!()` with your code; the TODO comment above it says what to do."
        );
    }
    out
}
