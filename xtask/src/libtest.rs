//! Reading what a test binary printed: libtest's `test NAME ... ok` lines, its
//! `---- NAME stdout ----` failure sections, and how the process ended if it died.
//! (`--format json` is refused on stable Rust, so the plain output is read.)

use std::collections::HashMap;

use crate::report::Crash;

/// Why a check failed, as its panic said it.
#[derive(Clone, Debug, PartialEq)]
pub struct Failure {
    /// The panic message: the check's teaching message, or the stub's `todo!()`.
    pub message: String,
    /// Where it panicked, `lessons/lesson1/src/nudge.rs:17:5`.
    pub location: Option<String>,
    /// What the check printed before it failed, if anything (panics it caught left out).
    pub printed: String,
}

/// What one test binary's output says.
#[derive(Clone, Debug, PartialEq)]
pub struct Binary {
    /// libtest said `running N tests`.
    pub started: bool,
    /// libtest printed its `test result:` summary, and its totals agree with the
    /// `test NAME ... ok` / `FAILED` lines: the process ran to its end.
    pub finished: bool,
    /// The checks that finished: true for a pass. A pass is only ever read from a
    /// binary that finished: `test NAME ... ok` printed by a check's own code (which
    /// then exits the process) is not a pass.
    pub results: HashMap<String, bool>,
    /// The checks said to pass by a binary that did not finish: no pass is credited
    /// from it, but such a check is most likely not the one that hung.
    pub said_ok: Vec<String>,
    pub failures: HashMap<String, Failure>,
    /// The check whose thread overflowed its stack.
    pub overflowed: Option<String>,
    /// How the process ended, for a binary that did not finish. An exit cargo said
    /// nothing about is status 0: the process called `std::process::exit(0)`.
    pub crash: Crash,
}

/// Reads one test binary's output; `cut` says that part of it was cut by the cap
/// (lines of the middle are missing, so the totals may count more than is seen).
pub fn read(text: &str, cut: bool) -> Binary {
    let mut results = HashMap::new();
    let mut repeated = false;
    let mut overflowed = None;
    for line in text.lines() {
        if let Some((name, pass)) = result_line(line) {
            repeated |= results.insert(name.to_string(), pass).is_some();
        } else if line.contains(" has overflowed its stack") {
            overflowed = line.split('\'').nth(1).map(str::to_string);
        }
    }
    let ok = results.values().filter(|pass| **pass).count();
    let failed = results.len() - ok;
    let planned = text.lines().rev().find_map(running_count);
    let finished = !repeated
        && planned.is_none_or(|planned| ok + failed <= planned)
        && text
            .lines()
            .rev()
            .find_map(totals)
            .is_some_and(|(passed, failing)| {
                if cut {
                    ok <= passed && failed <= failing
                } else {
                    ok == passed && failed == failing
                }
            });
    // Only a failure can be trusted from a process that did not finish.
    let said_ok = results
        .iter()
        .filter(|(_, pass)| **pass && !finished)
        .map(|(name, _)| name.clone())
        .collect();
    results.retain(|_, pass| finished || !*pass);
    let crash = if overflowed.is_some() {
        Crash::StackOverflow
    } else if text.contains("memory allocation of ") {
        Crash::OutOfMemory
    } else if let Some(how) = death(text) {
        Crash::Died(how)
    } else {
        Crash::Exited(
            after(text, "(exit status: ")
                .and_then(|n| n.parse().ok())
                .unwrap_or(0),
        )
    };
    Binary {
        started: text.lines().any(|line| running_count(line).is_some()),
        finished,
        results,
        said_ok,
        failures: failure_sections(text),
        overflowed,
        crash,
    }
}

/// `(NAME, true)` from libtest's `test NAME ... ok`, `(NAME, false)` from `... FAILED`.
pub fn result_line(line: &str) -> Option<(&str, bool)> {
    let rest = line.strip_prefix("test ")?;
    let ok = rest.strip_suffix(" ... ok").map(|name| (name, true));
    ok.or_else(|| Some((rest.strip_suffix(" ... FAILED")?, false)))
}

/// NAME from libtest's `---- NAME stdout ----`, the heading of a failure's section.
pub fn section_heading(line: &str) -> Option<&str> {
    line.strip_prefix("---- ")?.strip_suffix(" stdout ----")
}

/// `(passed, failed)` from libtest's `test result: ok. 3 passed; 0 failed; …`.
fn totals(line: &str) -> Option<(usize, usize)> {
    let rest = line.strip_prefix("test result: ")?;
    let count = |word: &str| {
        rest.split(';').find_map(|item| {
            let number = item.trim().strip_suffix(word)?.rsplit(' ').next()?;
            number.parse().ok()
        })
    };
    Some((count(" passed")?, count(" failed")?))
}

/// N from libtest's `running N tests` (or `running 1 test`).
pub fn running_count(line: &str) -> Option<usize> {
    let words: Vec<&str> = line.split_whitespace().collect();
    match words.as_slice() {
        ["running", count, "test" | "tests"] => count.parse().ok(),
        _ => None,
    }
}

/// What follows `opening` up to its closing bracket on the first line that has it:
/// N in cargo's `process didn't exit successfully: `…` (exit status: N)`.
fn after(text: &str, opening: &str) -> Option<String> {
    let line = text.lines().find(|line| line.contains(opening))?;
    let inside = line.rsplit_once(opening)?.1;
    Some(inside.trim_end().trim_end_matches(')').to_string())
}

/// What the runtime or cargo said about a test process that died.
fn death(text: &str) -> Option<String> {
    let fatal = text
        .lines()
        .find_map(|line| line.trim().strip_prefix("fatal runtime error: "));
    fatal
        .map(str::to_string)
        .or_else(|| after(text, "(signal: "))
}

/// libtest's `---- NAME stdout ----` sections, read into failures.
fn failure_sections(text: &str) -> HashMap<String, Failure> {
    let mut sections = HashMap::new();
    let mut current: Option<(&str, Vec<&str>)> = None;
    // A last `failures:` ends a section that the output's end cut short.
    for line in text.lines().chain(["failures:"]) {
        let heading = section_heading(line);
        let ends = heading.is_some() || line == "failures:" || line.starts_with("test result: ");
        if ends && let Some((name, lines)) = current.take() {
            sections.insert(name.to_string(), failure(&lines));
        }
        if let Some(name) = heading {
            current = Some((name, Vec::new()));
        } else if let Some((_, lines)) = &mut current {
            lines.push(line);
        }
    }
    sections
}

/// Whether `line` is a panic's first line, `thread 'NAME' (7) panicked at FILE:LINE:COLUMN:`.
pub fn is_panic_line(line: &str) -> bool {
    line.starts_with("thread '") && line.contains(" panicked at ")
}

fn is_note(line: &str) -> bool {
    line.starts_with("note: run with `RUST_BACKTRACE") || line.starts_with("stack backtrace:")
}

/// Reads one failure section. The check failed with the LAST panic in it: any
/// earlier one was caught on purpose (a refusal the check asked for), so it is
/// neither the failure nor something the check printed.
fn failure(lines: &[&str]) -> Failure {
    let mut printed = Vec::new();
    let mut last: Option<(&str, Vec<&str>)> = None;
    let mut in_panic = false;
    for &line in lines {
        if is_panic_line(line) {
            last = Some((line, Vec::new()));
            in_panic = true;
        } else if is_note(line) {
            in_panic = false;
        } else if in_panic && let Some((_, message)) = &mut last {
            message.push(line);
        } else {
            printed.push(line);
        }
    }
    let joined = |lines: &[&str]| lines.join("\n").trim().to_string();
    // Without a panic, what the section holds is the failure's message.
    let Some((panic_line, message)) = last else {
        let message = joined(&printed);
        return Failure {
            message,
            location: None,
            printed: String::new(),
        };
    };
    let location = panic_line.split_once(" panicked at ").map(|(_, at)| at);
    Failure {
        message: joined(&message),
        location: location.map(|at| at.trim_end_matches(':').to_string()),
        printed: joined(&printed),
    }
}

/// The compiler's warnings about `file` (a path relative to the workspace root),
/// each as it printed it.
pub fn warnings_in(text: &str, file: &str) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    for (start, line) in lines.iter().enumerate() {
        // cargo's own summary (`warning: `lesson2` (lib) generated 1 warning`) is no warning.
        if !line.starts_with("warning: ") || line.contains(" generated ") {
            continue;
        }
        let warning = block(&lines[start..]);
        let about = warning.lines().any(|line| {
            let at = line.trim_start().strip_prefix("--> ");
            at.is_some_and(|at| at.starts_with(file) && at[file.len()..].starts_with(':'))
        });
        if about && !found.contains(&warning) {
            found.push(warning);
        }
    }
    found
}

/// The compiler's first error, as it printed it (or cargo's last lines, if none).
pub fn first_error(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let start = lines.iter().position(|line| {
        (line.starts_with("error[") || line.starts_with("error:"))
            && !line.starts_with("error: could not compile")
            && !line.starts_with("error: test failed")
    });
    match start {
        Some(start) => block(&lines[start..]),
        None => lines[lines.len().saturating_sub(20)..].join("\n"),
    }
}

/// The compiler's message that starts `lines`, up to the blank line that ends it.
fn block(lines: &[&str]) -> String {
    let message: Vec<&str> = lines
        .iter()
        .take_while(|line| !line.is_empty())
        .copied()
        .collect();
    message.join("\n")
}
