//! The command line, declared once: [`USAGE`] is its help, [`parse`] takes what the
//! help lists (`lexopt` splits the words: `--flag=value`, `--flag value`, `-y`), and
//! the tests hold the two together.

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
macro_rules! usage {
    ($($arg:tt)*) => {
        UsageError(format!($($arg)*))
    };
}

/// The learner's commands, as an unknown command's error names them.
const LEARNERS: &str = "next, watch, hint, list, reset, solution, verify, help";
/// Every flag: its name, its short name, and the name of its value if it takes one.
const FLAGS: [(&str, Option<char>, Option<&str>); 10] = [
    ("timeout", None, Some("SECONDS")),
    ("help", Some('h'), None),
    ("poll", None, None),
    ("yes", Some('y'), None),
    ("diff", None, None),
    ("check", None, None),
    ("after", None, Some("SLUG")),
    ("runs", None, Some("N")),
    ("part", None, Some("K")),
    ("no-cold", None, None),
];
/// The flags every command takes.
const GLOBAL: [&str; 2] = ["timeout", "help"];

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
    Manifest,
    /// The lessons, `--runs`, `--part` (1 for the first), and not `--no-cold`.
    Bench(Vec<String>, usize, usize, bool),
    Mutants(Vec<String>),
    /// The lessons, and `--check`.
    Stubs(Vec<String>, bool),
    /// The lesson, the new part's slug and title, and `--after`.
    AddPart(String, String, String, Option<String>),
    /// The lesson, and the slug of the part to take out.
    RemovePart(String, String),
}

/// Parses the arguments after `cargo xtask`: the command, and `--timeout` if given.
pub fn parse<I>(args: I) -> Result<(Command, Option<Duration>), UsageError>
where
    I: IntoIterator<Item = String>,
{
    let mut parser = Parser::from_args(args);
    let (mut words, mut flags) = (Vec::new(), Vec::new());
    while let Some(arg) = parser.next().map_err(lexopt_error)? {
        let (shown, flag) = match arg {
            Arg::Value(word) => {
                words.push(word.string().map_err(lexopt_error)?);
                continue;
            }
            Arg::Long(name) => (format!("--{name}"), FLAGS.iter().find(|f| f.0 == name)),
            Arg::Short(c) => (format!("-{c}"), FLAGS.iter().find(|f| f.1 == Some(c))),
        };
        let unknown = || usage!("unknown option `{shown}`; see `cargo xtask help`");
        let &(long, _, value) = flag.ok_or_else(unknown)?;
        let missing = |what| usage!("--{long} needs a value: --{long} {what}");
        let value = value.map(|what| parser.value().map_err(|_| missing(what)));
        let value = value.transpose()?;
        flags.push((long, value.map(|v| v.to_string_lossy().into_owned())));
    }
    let given = |flag| flags.iter().rev().find(|(long, _)| *long == flag);
    let value = |flag| given(flag).and_then(|(_, value)| value.clone());
    let has = |flag| given(flag).is_some();
    let timeout = value("timeout").map(|text| seconds(&text, "--timeout"));
    let timeout = timeout.transpose()?;
    // `--help`, or no command at all, is `help` whatever else is given.
    let (name, operands) = match words.split_first() {
        Some((name, operands)) if !has("help") => (name.as_str(), operands),
        _ => ("help", &[][..]),
    };
    let none = |command| match operands.first() {
        None => Ok(command),
        Some(extra) => Err(usage!("`{name}` takes no arguments, but got `{extra}`")),
    };
    let lesson = || match operands {
        [lesson] => Ok(lesson.clone()),
        [] => Err(usage!(
            "`{name}` needs a lesson, like `cargo xtask {name} lesson1`"
        )),
        [_, extra, ..] => Err(usage!("`{name}` takes one lesson, but got `{extra}`")),
    };
    // The whole number given with `--flag` (`default` without it), from 1 to `max`.
    let number = |flag, default, max| match value(flag) {
        None => Ok(default),
        Some(text) => text
            .parse()
            .ok()
            .filter(|n| (1..=max).contains(n))
            .ok_or_else(|| usage!("--{flag} must be a whole number from 1 to {max}, not `{text}`")),
    };
    let lessons = operands.to_vec();
    let (command, takes): (Command, &[&str]) = match name {
        "next" => (none(Command::Next)?, &[]),
        "watch" => (none(Command::Watch(has("poll")))?, &["poll"]),
        "hint" => (none(Command::Hint)?, &[]),
        "list" => (none(Command::List)?, &[]),
        "reset" => (Command::Reset(lesson()?, has("yes")), &["yes"]),
        "solution" => (Command::Solution(lesson()?, has("diff")), &["diff"]),
        "verify" => (none(Command::Verify)?, &[]),
        "help" => (none(Command::Help)?, &[]),
        "manifest" => (none(Command::Manifest)?, &[]),
        "stubs" => (Command::Stubs(lessons, has("check")), &["check"]),
        "add-part" => match operands {
            [lesson, slug, title] => {
                let (lesson, slug, title) = (lesson.clone(), slug.clone(), title.clone());
                (
                    Command::AddPart(lesson, slug, title, value("after")),
                    &["after"],
                )
            }
            _ => {
                return Err(usage!(
                    "`add-part` takes a lesson, a slug and a title: \
                                    cargo xtask add-part 1 scale \"the scale of a nudge\""
                ));
            }
        },
        "remove-part" => match operands {
            [lesson, slug] => (Command::RemovePart(lesson.clone(), slug.clone()), &[]),
            _ => {
                return Err(usage!(
                    "`remove-part` takes a lesson and a part's slug: \
                                    cargo xtask remove-part 1 scale"
                ));
            }
        },
        "bench" => {
            let (runs, part) = (number("runs", 10, 1000)?, number("part", 1, 99)?);
            let command = Command::Bench(lessons, runs, part, !has("no-cold"));
            (command, &["runs", "part", "no-cold"])
        }
        "mutants" => (Command::Mutants(lessons), &[]),
        _ => {
            return Err(usage!(
                "unknown command `{name}`; the commands for learning are: {LEARNERS} \
                 (`cargo xtask help` lists them all, with the maintainers' commands)"
            ));
        }
    };
    let foreign = |(flag, _): &&(&str, _)| !GLOBAL.contains(flag) && !takes.contains(flag);
    match flags.iter().find(foreign) {
        Some((flag, _)) if !has("help") => Err(usage!("`{name}` does not take --{flag}")),
        _ => Ok((command, timeout)),
    }
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

#[cfg(test)]
mod tests;
