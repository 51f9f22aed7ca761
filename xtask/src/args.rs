//! The command line: what a command, a flag and a parsed command line are, and the
//! parser. The commands themselves are declared once, in `args/commands.rs`; the
//! words are split by `lexopt` (`--flag=value`, `--flag value`, `-y`).

use std::time::Duration;

use lexopt::Arg;

mod commands;
pub use commands::{COMMANDS, GLOBAL};
use commands::{HELP, TIMEOUT};

/// A mistake in how the runner was called: shown in one line, exit status 2.
#[derive(Debug, Clone, PartialEq)]
pub struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// A command and its arguments.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Next,
    Watch {
        poll: bool,
    },
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
    Help,
    Manifest,
    Bench {
        lessons: Vec<String>,
        runs: usize,
        /// The part to time, 1 for the first.
        part: usize,
        cold: bool,
    },
    Mutants {
        lessons: Vec<String>,
    },
    Stubs {
        lessons: Vec<String>,
        check: bool,
    },
    AddPart {
        lesson: String,
        slug: String,
        title: String,
        after: Option<String>,
    },
    RemovePart {
        lesson: String,
        slug: String,
    },
}

/// The parsed command line.
#[derive(Clone, Debug, PartialEq)]
pub struct Args {
    pub command: Command,
    /// The `--timeout` flag, if given.
    pub timeout: Option<Duration>,
}

/// A flag: `--long` (and `-s`), with the name of its value if it takes one.
pub struct Flag {
    pub long: &'static str,
    pub short: Option<char>,
    pub value: Option<&'static str>,
    pub help: &'static str,
}

/// What a command takes besides flags.
pub enum Operands {
    None,
    /// One lesson, `LESSON`.
    Lesson,
    /// Any number of lessons, `[LESSON...]` (none means all).
    Lessons,
}

/// Who a command is for: `help` lists the learner's commands first.
#[derive(PartialEq)]
pub enum Audience {
    Learner,
    Maintainer,
}

/// One command: its name, help, what it takes, and how that becomes a `Command`.
pub struct Spec {
    pub name: &'static str,
    pub help: &'static str,
    pub operands: Operands,
    pub flags: &'static [Flag],
    pub audience: Audience,
    pub(crate) build: fn(&Given) -> Result<Command, UsageError>,
}

/// The words and flags given to one command.
pub struct Given {
    pub operands: Vec<String>,
    flags: Vec<(&'static str, Option<String>)>,
}

impl Given {
    pub fn has(&self, flag: &Flag) -> bool {
        self.flags.iter().any(|(long, _)| *long == flag.long)
    }

    pub fn value(&self, flag: &Flag) -> Option<&str> {
        let given = self.flags.iter().rev().find(|(long, _)| *long == flag.long);
        given.and_then(|(_, value)| value.as_deref())
    }

    pub(crate) fn lesson(&self) -> String {
        self.operands.first().cloned().unwrap_or_default()
    }
}

/// Every flag any command takes, for the splitter (which must know which take a value).
fn known_flags() -> impl Iterator<Item = &'static Flag> {
    GLOBAL
        .iter()
        .chain(COMMANDS.iter().flat_map(|spec| spec.flags))
}

/// Parses the arguments after `cargo xtask`.
pub fn parse<I: IntoIterator<Item = String>>(args: I) -> Result<Args, UsageError> {
    let mut parser = lexopt::Parser::from_args(args);
    let (mut words, mut flags) = (Vec::new(), Vec::new());
    let error = |e: lexopt::Error| UsageError(e.to_string());
    while let Some(arg) = parser.next().map_err(error)? {
        let (shown, flag) = match arg {
            Arg::Value(word) => {
                words.push(word.to_string_lossy().into_owned());
                continue;
            }
            Arg::Long(name) => (format!("--{name}"), known_flags().find(|f| f.long == name)),
            Arg::Short(c) => (format!("-{c}"), known_flags().find(|f| f.short == Some(c))),
        };
        let flag = flag.ok_or_else(|| {
            UsageError(format!("unknown option `{shown}`; see `cargo xtask help`"))
        })?;
        let value = match flag.value {
            Some(name) => Some(parser.value().map_err(|_| {
                UsageError(format!(
                    "--{} needs a value: --{} {name}",
                    flag.long, flag.long
                ))
            })?),
            None => None,
        };
        flags.push((flag, value.map(|v| v.to_string_lossy().into_owned())));
    }
    let timeout = match flags
        .iter()
        .rev()
        .find(|(flag, _)| flag.long == TIMEOUT.long)
    {
        Some((_, Some(value))) => Some(seconds(value, "--timeout")?),
        _ => None,
    };
    let help = Args {
        command: Command::Help,
        timeout,
    };
    if flags.iter().any(|(flag, _)| flag.long == HELP.long) {
        return Ok(help);
    }
    let Some((name, operands)) = words.split_first() else {
        return Ok(help);
    };
    let spec = COMMANDS
        .iter()
        .find(|spec| spec.name == name)
        .ok_or_else(|| {
            let learners: Vec<&str> = COMMANDS
                .iter()
                .filter(|s| s.audience == Audience::Learner)
                .map(|s| s.name)
                .collect();
            UsageError(format!(
                "unknown command `{name}`; the commands for learning are: {} (`cargo xtask help` \
             lists them all, with the maintainers' commands)",
                learners.join(", ")
            ))
        })?;
    for (flag, _) in &flags {
        if !GLOBAL
            .iter()
            .chain(spec.flags)
            .any(|own| own.long == flag.long)
        {
            return Err(UsageError(format!(
                "`{name}` does not take --{}",
                flag.long
            )));
        }
    }
    let most = match spec.operands {
        Operands::None => 0,
        Operands::Lesson if operands.is_empty() => {
            return Err(UsageError(format!(
                "`{name}` needs a lesson, like `cargo xtask {name} lesson1`"
            )));
        }
        Operands::Lesson => 1,
        Operands::Lessons => usize::MAX,
    };
    if let Some(extra) = operands.get(most) {
        let takes = if most == 0 {
            "no arguments"
        } else {
            "one lesson"
        };
        return Err(UsageError(format!(
            "`{name}` takes {takes}, but got `{extra}`"
        )));
    }
    let flags = flags
        .into_iter()
        .map(|(flag, value)| (flag.long, value))
        .collect();
    let given = Given {
        operands: operands.to_vec(),
        flags,
    };
    Ok(Args {
        command: (spec.build)(&given)?,
        timeout,
    })
}

/// A positive, finite number of seconds.
pub fn seconds(value: &str, what: &str) -> Result<Duration, UsageError> {
    match value.parse::<f64>() {
        Ok(secs) if secs > 0.0 && secs.is_finite() && secs < 1e6 => {
            Ok(Duration::from_secs_f64(secs))
        }
        _ => Err(UsageError(format!(
            "{what} must be a positive number of seconds below 1000000 (about 11 days), not `{value}`"
        ))),
    }
}

#[cfg(test)]
mod tests;
