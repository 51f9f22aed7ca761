//! The command line, declared once: [`USAGE`] is its help, [`parse`] takes the
//! learner's commands it lists and hands the maintainers' to `xtask-dev` (which
//! parses them with the same [`Line`]: `lexopt` splits the words, `--flag=value`,
//! `--flag value`, `-y`), and the tests of both crates hold the help and the
//! parsers together.

use std::time::Duration;

use lexopt::{Arg, Parser, ValueExt};

pub use crate::usage_error::UsageError;

/// `cargo xtask help`: the learner's commands first, the maintainers' apart.
pub const USAGE: &str = "\
towards-backprop: the course runner

Usage: cargo xtask <command> [options]

Commands for learning:
  next                run the part you are on; show the first failing check;
                      move on when it passes (the command you will use most)
  watch               run `next` again whenever you save a file under lessons/
                      (Ctrl-C stops)
      --poll          look at the files' times every 200 ms instead of waiting
                      for the system to say they changed (for folders where it
                      never says: WSL2 on /mnt/c, network drives)
  hint                the next hint for the first failing check, gentle to
                      explicit
  list                every lesson, its state and how many of its checks and
                      parts pass
  reset LESSON        put a lesson's files back as shipped (yours are saved to
                      .backups/ first)
      --yes, -y       do not ask first
  solution LESSON     the reference solution of a lesson you have done
      --diff          as a diff against your files
  verify              re-check every lesson and rewrite the progress file from
                      what passes
  help                this text

Options of every command:
  --timeout SECONDS   stop a part's checks after this long (default 5, or the
                      BACKPROP_TIMEOUT environment variable)
  --help, -h          this text

Commands for maintainers (CONTRIBUTING.md says when to run them):
  manifest            rewrite xtask/manifest.txt, the fingerprints of the
                      shipped files
  stubs [LESSON...]   write the stubs (lessons/*/src) and the harness
                      (tests/lessonN.rs) from the marked solutions
                      (solutions/*/src)
      --check         only say where a stub differs from what its solution gives
                      (exits 1 if one does)
  add-part LESSON SLUG TITLE
                      add a part to a lesson: its declaration, README section,
                      marked solution file and a first check
      --after SLUG    put the new part right after part SLUG (by default it
                      comes last)
      --first         put the new part first
  remove-part LESSON SLUG
                      take a part out of a lesson, its files, text and hints
  bench [LESSON...]   time each lesson's check and `next` against a trivial
                      crate, and `watch`
      --runs N        warm runs per command (10)
      --part K        time part K of each lesson instead of its first (lesson 7
                      trains in part 5)
      --no-cold       skip the cold build (slow)
  mutants [LESSON...]
                      prove the checks catch wrong answers: cargo-mutants on the
                      reference solutions (slow; needs
                      `cargo install cargo-mutants`)
";

/// A [`UsageError`] with a formatted message.
#[macro_export]
macro_rules! usage {
    ($($arg:tt)*) => {
        $crate::usage_error::UsageError(format!($($arg)*))
    };
}

/// The learner's commands, as an unknown command's error names them.
const LEARNERS: &str = "next, watch, hint, list, reset, solution, verify, help";
/// The maintainers' commands: the runner hands each, with every argument as given,
/// to the `xtask-dev` crate, which reads them with [`Line`] too.
pub const MAINTAINERS: [&str; 6] = [
    "manifest",
    "stubs",
    "add-part",
    "remove-part",
    "bench",
    "mutants",
];
/// A flag: its name, its short name, and the name of its value if it takes one.
pub type Flag = (&'static str, Option<char>, Option<&'static str>);
/// The flags every command takes.
pub const GLOBAL: [Flag; 2] = [
    ("timeout", None, Some("SECONDS")),
    ("help", Some('h'), None),
];
/// Every flag the help lists, whichever command takes it: so that a learner's
/// command names a maintainers' flag as one it does not take, and a maintainers'
/// command is found after a flag and its value (`--runs 3 bench`).
fn listed() -> Vec<Flag> {
    let flag = |line: &'static str| {
        let mut words = line.trim_start().strip_prefix("--")?.split([' ', ',']);
        let (long, next) = (words.next()?, words.find(|w| !w.is_empty()).unwrap_or(""));
        let short = next.chars().nth(1).filter(|_| next.starts_with('-'));
        Some((
            long,
            short,
            next.starts_with(char::is_uppercase).then_some(next),
        ))
    };
    USAGE.lines().filter_map(flag).collect()
}

/// A command and its arguments, each flag's value named in its comment.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Next,
    /// `--poll`.
    Watch(bool),
    Hint,
    List,
    /// The lesson, and `--yes`.
    Reset(String, bool),
    /// The lesson, and `--diff`.
    Solution(String, bool),
    Verify,
    Help,
    /// A maintainers' command, for `xtask-dev` to read and run.
    Dev,
}

/// A command line split into words and flags by `lexopt`, against a table of flags.
#[derive(Debug)]
pub struct Line {
    pub words: Vec<String>,
    /// The flags given, in order, with their values.
    pub flags: Vec<(&'static str, Option<String>)>,
    /// The first option that is not in the table, as given (`--fast`, `-q`).
    pub unknown: Option<String>,
}

impl Line {
    /// Reads `args` with the [`GLOBAL`] flags and those of `table`. An option not in
    /// the table is kept aside (with any `=value` it carries), for the caller to
    /// refuse once it knows the command.
    pub fn read<I>(args: I, table: &[Flag]) -> Result<Line, UsageError>
    where
        I: IntoIterator<Item = String>,
    {
        let mut parser = Parser::from_args(args);
        let mut line = Line {
            words: Vec::new(),
            flags: Vec::new(),
            unknown: None,
        };
        let table: Vec<&Flag> = GLOBAL.iter().chain(table).collect();
        while let Some(arg) = parser.next().map_err(lexopt_error)? {
            let (shown, flag) = match arg {
                Arg::Value(word) => {
                    line.words.push(word.string().map_err(lexopt_error)?);
                    continue;
                }
                Arg::Long(name) => (format!("--{name}"), table.iter().find(|f| f.0 == name)),
                Arg::Short(c) => (format!("-{c}"), table.iter().find(|f| f.1 == Some(c))),
            };
            let Some(&&(long, _, value)) = flag else {
                let _ = parser.optional_value();
                line.unknown.get_or_insert(shown);
                continue;
            };
            let missing = |what| usage!("--{long} needs a value: --{long} {what}");
            let value = value.map(|what| parser.value().map_err(|_| missing(what)));
            let value = value.transpose()?;
            line.flags
                .push((long, value.map(|v| v.to_string_lossy().into_owned())));
        }
        Ok(line)
    }

    fn given(&self, flag: &str) -> Option<&(&'static str, Option<String>)> {
        self.flags.iter().rev().find(|(long, _)| *long == flag)
    }

    /// Whether `--flag` is given.
    pub fn has(&self, flag: &str) -> bool {
        self.given(flag).is_some()
    }

    /// The value of the last `--flag` given.
    pub fn value(&self, flag: &str) -> Option<String> {
        self.given(flag).and_then(|(_, value)| value.clone())
    }

    /// `--timeout`, if given.
    pub fn timeout(&self) -> Result<Option<Duration>, UsageError> {
        let timeout = self
            .value("timeout")
            .map(|text| seconds(&text, "--timeout"));
        timeout.transpose()
    }

    /// The command's name and what follows it: `help` for `--help`, or for no
    /// command at all, whatever else is given.
    pub fn command(&self) -> (&str, &[String]) {
        match self.words.split_first() {
            Some((name, operands)) if !self.has("help") => (name.as_str(), operands),
            _ => ("help", &[]),
        }
    }

    /// Refuses an option not in the table.
    pub fn known(&self) -> Result<(), UsageError> {
        match &self.unknown {
            Some(shown) => Err(usage!("unknown option `{shown}`; see `cargo xtask help`")),
            None => Ok(()),
        }
    }

    /// `command` if the command `name` was given nothing after it.
    pub fn none<T>(&self, name: &str, command: T) -> Result<T, UsageError> {
        match self.command().1.first() {
            None => Ok(command),
            Some(extra) => Err(usage!("`{name}` takes no arguments, but got `{extra}`")),
        }
    }

    /// Refuses a flag that is neither global nor one of those the command `name` `takes`.
    pub fn only(&self, name: &str, takes: &[&str]) -> Result<(), UsageError> {
        let global = |flag: &str| GLOBAL.iter().any(|global| global.0 == flag);
        let foreign = |(flag, _): &&(&str, _)| !global(flag) && !takes.contains(flag);
        match self.flags.iter().find(foreign) {
            Some((flag, _)) if !self.has("help") => Err(usage!("`{name}` does not take --{flag}")),
            _ => Ok(()),
        }
    }
}

/// Parses the arguments after `cargo xtask`: the command, and `--timeout` if given.
/// A maintainers' command is [`Command::Dev`], whatever follows its name.
pub fn parse<I>(args: I) -> Result<(Command, Option<Duration>), UsageError>
where
    I: IntoIterator<Item = String>,
{
    let line = Line::read(args, &listed())?;
    let (name, operands) = line.command();
    if MAINTAINERS.contains(&name) {
        return Ok((Command::Dev, None));
    }
    line.known()?;
    let timeout = line.timeout()?;
    let lesson = || match operands {
        [lesson] => Ok(lesson.clone()),
        [] => Err(usage!(
            "`{name}` needs a lesson, like `cargo xtask {name} lesson1`"
        )),
        [_, extra, ..] => Err(usage!("`{name}` takes one lesson, but got `{extra}`")),
    };
    let (command, takes): (Command, &[&str]) = match name {
        "next" => (line.none(name, Command::Next)?, &[]),
        "watch" => (
            line.none(name, Command::Watch(line.has("poll")))?,
            &["poll"],
        ),
        "hint" => (line.none(name, Command::Hint)?, &[]),
        "list" => (line.none(name, Command::List)?, &[]),
        "reset" => (Command::Reset(lesson()?, line.has("yes")), &["yes"]),
        "solution" => (Command::Solution(lesson()?, line.has("diff")), &["diff"]),
        "verify" => (line.none(name, Command::Verify)?, &[]),
        "help" => (line.none(name, Command::Help)?, &[]),
        _ => {
            return Err(usage!(
                "unknown command `{name}`; the commands for learning are: {LEARNERS} \
                 (`cargo xtask help` lists them all, with the maintainers' commands)"
            ));
        }
    };
    line.only(name, takes)?;
    Ok((command, timeout))
}

fn lexopt_error(error: lexopt::Error) -> UsageError {
    UsageError(error.to_string())
}

/// A positive, finite number of seconds.
pub fn seconds(value: &str, what: &str) -> Result<Duration, UsageError> {
    match value.parse::<f64>() {
        Ok(secs) if secs > 0.0 && secs.is_finite() && secs < 1e6 => {
            Ok(Duration::from_secs_f64(secs))
        }
        _ => Err(usage!(
            "{what} must be a positive number of seconds below 1000000 (about 11 days), \
             not `{value}`"
        )),
    }
}

#[doc(hidden)]
pub mod proof;
#[cfg(test)]
mod tests;
