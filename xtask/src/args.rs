//! The whole command line, declared in one place; `cargo xtask help` prints `USAGE`.

use std::time::Duration;

use crate::UsageError;

pub const USAGE: &str = "\
towards-backprop: the course runner

Usage: cargo xtask <command> [options]

Commands for learning:
  next              run the current lesson's checks; show the first failing one;
                    move on when all pass (the command you will use most)
  watch             run `next` again whenever you save a file under lessons/
  hint              the next hint for the first failing check, gentle to explicit
  list              every lesson, its state and how many of its checks pass
  reset LESSON      put the lesson's files back as shipped (yours are backed up
                    first; asks before it starts unless --yes)
  solution LESSON   show the reference solution of a lesson you have done
                    (--diff: as a diff against your file)
  verify            re-check every lesson and rewrite the progress file
  help              this text

Commands for maintainers:
  manifest          rewrite xtask/manifest.txt, the fingerprints of the shipped files
  bench [LESSON...] time the runner against the bare `cargo test` (--runs N, --no-cold)
  mutants [LESSON...]
                    prove the checks catch wrong answers: run cargo-mutants on the
                    reference solutions (slow; needs `cargo install cargo-mutants`)

Options:
  --timeout SECONDS stop a lesson's checks after this long (default 5, or the
                    BACKPROP_TIMEOUT environment variable)
";

/// A command and its arguments.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Next,
    Watch,
    Hint,
    List,
    Reset {
        lesson: String,
        yes: bool,
    },
    Solution {
        lesson: String,
        diff: bool,
    },
    Verify,
    Manifest,
    Bench {
        lessons: Vec<String>,
        runs: usize,
        cold: bool,
    },
    Mutants {
        lessons: Vec<String>,
    },
    Help,
}

/// The parsed command line.
#[derive(Clone, Debug, PartialEq)]
pub struct Args {
    pub command: Command,
    /// The `--timeout` flag, if given.
    pub timeout: Option<Duration>,
}

/// Parses the arguments after `cargo xtask`.
pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Args, UsageError> {
    let mut words = Vec::new();
    let mut flags = Vec::new();
    let mut timeout = None;
    let mut runs = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) if name.starts_with("--") => {
                (name.to_string(), Some(value.to_string()))
            }
            _ => (arg.clone(), None),
        };
        let mut value = |what: &str| {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| UsageError(format!("{name} needs {what}")))
        };
        match name.as_str() {
            "--timeout" => timeout = Some(seconds(&value("a number of seconds")?, "--timeout")?),
            "--runs" => {
                let text = value("a number of runs")?;
                runs = Some(
                    text.parse::<usize>()
                        .ok()
                        .filter(|n| (1..=1000).contains(n))
                        .ok_or_else(|| {
                            UsageError(format!(
                                "--runs must be a whole number from 1 to 1000, not `{text}`"
                            ))
                        })?,
                );
            }
            "--help" | "-h" => {
                return Ok(Args {
                    command: Command::Help,
                    timeout,
                });
            }
            "--yes" | "-y" | "--diff" | "--no-cold" => flags.push(name),
            _ if name.starts_with('-') => {
                return Err(UsageError(format!(
                    "unknown option `{arg}`; see `cargo xtask help`"
                )));
            }
            _ => words.push(arg),
        }
    }
    let Some((name, rest)) = words.split_first() else {
        return Ok(Args {
            command: Command::Help,
            timeout,
        });
    };
    let allowed: &[&str] = match name.as_str() {
        "reset" => &["--yes", "-y"],
        "solution" => &["--diff"],
        "bench" => &["--no-cold"],
        _ => &[],
    };
    if let Some(flag) = flags.iter().find(|flag| !allowed.contains(&flag.as_str())) {
        return Err(UsageError(format!("`{name}` does not take {flag}")));
    }
    if runs.is_some() && name != "bench" {
        return Err(UsageError(format!("`{name}` does not take --runs")));
    }
    let has = |flag: &str| flags.iter().any(|given| given == flag);
    let command = match name.as_str() {
        "next" => Command::Next,
        "watch" => Command::Watch,
        "hint" => Command::Hint,
        "list" => Command::List,
        "verify" => Command::Verify,
        "manifest" => Command::Manifest,
        "help" => Command::Help,
        "reset" => Command::Reset {
            lesson: one_lesson(name, rest)?,
            yes: has("--yes") || has("-y"),
        },
        "solution" => Command::Solution {
            lesson: one_lesson(name, rest)?,
            diff: has("--diff"),
        },
        "bench" => {
            return Ok(Args {
                command: Command::Bench {
                    lessons: rest.to_vec(),
                    runs: runs.unwrap_or(10),
                    cold: !has("--no-cold"),
                },
                timeout,
            });
        }
        "mutants" => {
            return Ok(Args {
                command: Command::Mutants {
                    lessons: rest.to_vec(),
                },
                timeout,
            });
        }
        other => {
            return Err(UsageError(format!(
                "unknown command `{other}`; the commands for learning are: next, watch, hint, list, reset, solution, verify \
                 (`cargo xtask help` lists them all, with the maintainers' commands)"
            )));
        }
    };
    let takes_lesson = matches!(command, Command::Reset { .. } | Command::Solution { .. });
    if let Some(extra) = rest.get(usize::from(takes_lesson)) {
        return Err(UsageError(format!(
            "`{name}` takes {}, but got `{extra}`",
            if takes_lesson {
                "one lesson"
            } else {
                "no arguments"
            }
        )));
    }
    Ok(Args { command, timeout })
}

/// The lesson argument of `reset` and `solution`.
fn one_lesson(command: &str, rest: &[String]) -> Result<String, UsageError> {
    rest.first().cloned().ok_or_else(|| {
        UsageError(format!(
            "`{command}` needs a lesson, like `cargo xtask {command} lesson1`"
        ))
    })
}

/// A positive, finite number of seconds.
pub fn seconds(value: &str, what: &str) -> Result<Duration, UsageError> {
    match value.parse::<f64>() {
        Ok(secs) if secs > 0.0 && secs.is_finite() && secs < 1e6 => {
            Ok(Duration::from_secs_f64(secs))
        }
        _ => Err(UsageError(format!(
            "{what} must be a positive number of seconds, not `{value}`"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(line: &str) -> Result<Args, UsageError> {
        parse(line.split_whitespace().map(String::from))
    }

    #[test]
    fn commands_and_their_flags_are_read() {
        assert_eq!(parse_str("next").unwrap().command, Command::Next);
        assert_eq!(parse_str("").unwrap().command, Command::Help);
        assert_eq!(
            parse_str("next --timeout 2.5").unwrap().timeout,
            Some(Duration::from_millis(2500))
        );
        assert_eq!(
            parse_str("--timeout=1 list").unwrap().command,
            Command::List
        );
        assert_eq!(
            parse_str("reset lesson2 --yes").unwrap().command,
            Command::Reset {
                lesson: "lesson2".into(),
                yes: true
            }
        );
        assert_eq!(
            parse_str("solution 1 --diff").unwrap().command,
            Command::Solution {
                lesson: "1".into(),
                diff: true
            }
        );
        assert_eq!(
            parse_str("bench lesson1 --runs 3 --no-cold")
                .unwrap()
                .command,
            Command::Bench {
                lessons: vec!["lesson1".into()],
                runs: 3,
                cold: false
            }
        );
        assert_eq!(
            parse_str("mutants 1 lesson4").unwrap().command,
            Command::Mutants {
                lessons: vec!["1".into(), "lesson4".into()]
            }
        );
        assert_eq!(
            parse_str("mutants").unwrap().command,
            Command::Mutants { lessons: vec![] }
        );
    }

    #[test]
    fn bad_input_is_a_usage_error() {
        for (line, message) in [
            ("nxet", "unknown command `nxet`"),
            ("next now", "`next` takes no arguments"),
            ("reset", "`reset` needs a lesson"),
            ("reset lesson1 lesson2", "`reset` takes one lesson"),
            ("next --yes", "`next` does not take --yes"),
            ("next --timeout -1", "--timeout must be a positive number"),
            ("next --timeout", "--timeout needs a number of seconds"),
            ("next --fast", "unknown option `--fast`"),
            ("bench --runs 0", "--runs must be a whole number"),
            ("list --runs 3", "`list` does not take --runs"),
            ("mutants --no-cold", "`mutants` does not take --no-cold"),
            ("mutants --runs 2", "`mutants` does not take --runs"),
        ] {
            let error = parse_str(line).unwrap_err();
            assert!(error.0.contains(message), "{line}: {error}");
        }
    }
}
