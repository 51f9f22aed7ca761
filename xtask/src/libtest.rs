//! Reading what a test binary printed: libtest's `test NAME ... ok` lines, its
//! `---- NAME stdout ----` failure sections, and how the process ended if it died.
//! (`--format json` is refused on stable Rust, so the plain output is read.)

use std::collections::HashMap;

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
#[derive(Clone, Debug, Default, PartialEq)]
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
    /// How the process ended, if it died (`SIGABRT: process abort signal`).
    pub died: Option<String>,
    /// The status it exited with, if it exited before libtest's end (0 when cargo
    /// said nothing: the process called `std::process::exit(0)`).
    pub exited: Option<i32>,
    /// The runtime said an allocation failed: the memory ran out.
    pub out_of_memory: bool,
}

/// Reads one test binary's output; `cut` says that part of it was cut by the cap
/// (lines of the middle are missing, so the totals may count more than is seen).
pub fn read(text: &str, cut: bool) -> Binary {
    let mut binary = Binary {
        started: text.lines().any(|line| running_count(line).is_some()),
        failures: failure_sections(text),
        out_of_memory: text.contains("memory allocation of "),
        ..Binary::default()
    };
    let mut repeated = false;
    for line in text.lines() {
        let Some(rest) = line.strip_prefix("test ") else {
            if line.contains(" has overflowed its stack") {
                binary.overflowed = quoted(line);
            }
            continue;
        };
        let result = if let Some(name) = rest.strip_suffix(" ... ok") {
            Some((name, true))
        } else {
            rest.strip_suffix(" ... FAILED").map(|name| (name, false))
        };
        if let Some((name, pass)) = result {
            repeated |= binary.results.insert(name.to_string(), pass).is_some();
        }
    }
    let (ok, failed) = (
        binary.results.values().filter(|pass| **pass).count(),
        binary.results.values().filter(|pass| !**pass).count(),
    );
    let planned = text.lines().rev().find_map(running_count);
    binary.finished = !repeated
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
    if !binary.finished {
        // Only a failure can be trusted from a process that did not finish.
        binary.said_ok = binary
            .results
            .iter()
            .filter(|(_, pass)| **pass)
            .map(|(name, _)| name.clone())
            .collect();
        binary.results.retain(|_, pass| !*pass);
        binary.died = death(text);
        binary.exited = Some(exit_status(text).unwrap_or(0)).filter(|_| binary.died.is_none());
    }
    binary
}

/// `(passed, failed)` from libtest's `test result: ok. 3 passed; 0 failed; …`.
fn totals(line: &str) -> Option<(usize, usize)> {
    let rest = line.strip_prefix("test result: ")?;
    let count = |word: &str| {
        rest.split(';').find_map(|item| {
            item.trim()
                .strip_suffix(word)?
                .trim()
                .rsplit(' ')
                .next()?
                .parse()
                .ok()
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

/// N from cargo's `process didn't exit successfully: `…` (exit status: N)`.
fn exit_status(text: &str) -> Option<i32> {
    text.lines().find_map(|line| {
        let inside = line.rsplit_once("(exit status: ")?.1;
        inside.trim_end().trim_end_matches(')').parse().ok()
    })
}

/// The text between the first pair of single quotes: the thread's name.
fn quoted(line: &str) -> Option<String> {
    let (_, rest) = line.split_once('\'')?;
    Some(rest.split_once('\'')?.0.to_string())
}

/// What cargo or the runtime said about a test process that died.
fn death(text: &str) -> Option<String> {
    let said = |prefix: &str| {
        text.lines()
            .find_map(|line| line.trim().strip_prefix(prefix))
            .map(str::to_string)
    };
    said("fatal runtime error: ").or_else(|| {
        let line = text.lines().find(|line| line.contains("(signal: "))?;
        let inside = line.rsplit_once("(signal: ")?.1;
        Some(inside.trim_end().trim_end_matches(')').to_string())
    })
}

/// libtest's `---- NAME stdout ----` sections, read into failures.
fn failure_sections(text: &str) -> HashMap<String, Failure> {
    let mut sections = HashMap::new();
    let mut current: Option<(&str, Vec<&str>)> = None;
    for line in text.lines() {
        let header = line
            .strip_prefix("---- ")
            .and_then(|rest| rest.strip_suffix(" stdout ----"));
        let ends = header.is_some() || line == "failures:" || line.starts_with("test result: ");
        if ends && let Some((name, lines)) = current.take() {
            sections.insert(name.to_string(), failure(&lines));
        }
        if let Some(name) = header {
            current = Some((name, Vec::new()));
        } else if let Some((_, lines)) = &mut current {
            lines.push(line);
        }
    }
    if let Some((name, lines)) = current {
        sections.insert(name.to_string(), failure(&lines));
    }
    sections
}

fn is_panic_line(line: &str) -> bool {
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
    let printed = printed.join("\n").trim().to_string();
    let Some((panic_line, message)) = last else {
        return Failure {
            message: printed,
            location: None,
            printed: String::new(),
        };
    };
    let location = panic_line
        .split(" panicked at ")
        .nth(1)
        .map(|rest| rest.trim_end_matches(':').to_string());
    Failure {
        message: message.join("\n").trim().to_string(),
        location,
        printed,
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

#[cfg(test)]
mod tests {
    use super::*;

    const OUTPUT: &str = "\nrunning 3 tests\ntest a_first ... ok\ntest b_second ... FAILED\ntest c_third ... FAILED\n\nfailures:\n\n---- b_second stdout ----\nprinted line\nthread 'b_second' (42) panicked at lessons/lesson1/tests/nudge.rs:3:5:\nproduct(4, 3)\n     got: 7\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n\n---- c_third stdout ----\n\nthread 'c_third' panicked at lessons/lesson1/src/nudge.rs:17:5:\nnot yet implemented\n\n\nfailures:\n    b_second\n    c_third\n\ntest result: FAILED. 1 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.01s\n\n";

    #[test]
    fn reads_verdicts_messages_locations_and_what_was_printed() {
        let binary = read(OUTPUT, false);
        assert!(binary.started && binary.finished);
        assert_eq!(binary.results.get("a_first"), Some(&true));
        assert_eq!(binary.results.get("c_third"), Some(&false));
        let third = &binary.failures["c_third"];
        assert_eq!(third.message, "not yet implemented");
        assert_eq!(
            third.location.as_deref(),
            Some("lessons/lesson1/src/nudge.rs:17:5")
        );
        let second = &binary.failures["b_second"];
        assert_eq!(second.message, "product(4, 3)\n     got: 7");
        assert_eq!(second.printed, "printed line");
    }

    #[test]
    fn the_failure_is_the_last_panic_never_a_caught_one() {
        let section = "---- refuses stdout ----\nthread 'refuses' (7) panicked at src/lib.rs:44:5:\nh must be positive and finite, got 0\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n\nthread 'refuses' (7) panicked at src/lib.rs:44:5:\nh must be positive and finite, got NaN\n\nthread 'refuses' (7) panicked at tests/difference.rs:124:9:\nderivative_forward(x³, x = 1, h = inf)\n     got: it returned without a panic\n\n\nfailures:\n";
        let failure = &read(section, false).failures["refuses"];
        assert_eq!(
            failure.message,
            "derivative_forward(x³, x = 1, h = inf)\n     got: it returned without a panic"
        );
        assert_eq!(
            failure.location.as_deref(),
            Some("tests/difference.rs:124:9")
        );
        assert_eq!(failure.printed, "");
    }

    #[test]
    fn a_dead_process_says_how_it_died_and_which_thread_overflowed() {
        let text = "\nrunning 2 tests\ntest fine ... ok\n\nthread 'deep' (9) has overflowed its stack\nfatal runtime error: stack overflow, aborting\nerror: test failed, to rerun pass `--test nudge`\n\nCaused by:\n  process didn't exit successfully: `x` (signal: 6, SIGABRT: process abort signal)\n";
        let binary = read(text, false);
        assert!(binary.started && !binary.finished);
        assert_eq!(binary.overflowed.as_deref(), Some("deep"));
        // `fine` said it passed, but a process that died is trusted with no pass.
        assert!(binary.results.is_empty());
        assert_eq!(binary.said_ok, ["fine"]);
        assert_eq!(binary.died.as_deref(), Some("stack overflow, aborting"));
        let aborted = read(
            "running 1 test\n  process didn't exit successfully: `x` (signal: 6, SIGABRT: process abort signal)\n",
            false,
        );
        assert_eq!(
            aborted.died.as_deref(),
            Some("6, SIGABRT: process abort signal")
        );
    }

    #[test]
    fn only_the_warnings_of_the_learners_file_are_kept() {
        let text = "warning: value assigned to `dx` is never read\n --> lessons/lesson2/src/difference.rs:12:5\n  |\n\nwarning: unused import\n --> lessons/check/src/lib.rs:1:5\n\nwarning: `lesson2` (lib) generated 1 warning\n";
        assert_eq!(
            warnings_in(text, "lessons/lesson2/src/difference.rs"),
            [
                "warning: value assigned to `dx` is never read\n --> lessons/lesson2/src/difference.rs:12:5\n  |"
            ]
        );
        assert!(warnings_in(text, "lessons/lesson2/src/diff.rs").is_empty());
    }

    #[test]
    fn the_first_compile_error_is_kept_whole() {
        let text = "warning: unused\n\nerror[E0308]: mismatched types\n --> lessons/lesson1/src/nudge.rs:3:5\n  |\n\nerror: aborting\nerror: could not compile `lesson1`\n";
        assert_eq!(
            first_error(text),
            "error[E0308]: mismatched types\n --> lessons/lesson1/src/nudge.rs:3:5\n  |"
        );
    }
}
