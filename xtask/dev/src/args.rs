//! The maintainers' command line, as `cargo xtask help` lists it (`xtask::args::USAGE`)
//! and as the runner hands it over: the command's name first, as given.

use std::time::Duration;

use xtask::args::{Flag, Line, MAINTAINERS, UsageError};
use xtask::usage;

/// The flags of the maintainers' commands.
const FLAGS: [Flag; 6] = [
    ("check", None, None),
    ("after", None, Some("SLUG")),
    ("first", None, None),
    ("runs", None, Some("N")),
    ("part", None, Some("K")),
    ("no-cold", None, None),
];

/// A maintainers' command and its arguments, each flag's value named in its comment.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Help,
    Manifest,
    /// The lessons, `--runs`, `--part` (1 for the first), and not `--no-cold`.
    Bench(Vec<String>, usize, usize, bool),
    Mutants(Vec<String>),
    /// The lessons, and `--check`.
    Stubs(Vec<String>, bool),
    /// The lesson, the new part's slug and title, and where it goes.
    AddPart(String, String, String, Place),
    /// The lesson, and the slug of the part to take out.
    RemovePart(String, String),
}

/// Where `add-part` puts the new part.
#[derive(Clone, Debug, PartialEq)]
pub enum Place {
    /// Without `--after` or `--first`.
    Last,
    /// `--first`.
    First,
    /// `--after SLUG`.
    After(String),
}

/// Parses the arguments after `cargo xtask`: the command, and `--timeout` if given.
pub fn parse<I>(args: I) -> Result<(Command, Option<Duration>), UsageError>
where
    I: IntoIterator<Item = String>,
{
    let line = Line::read(args, &FLAGS)?;
    line.known()?;
    let timeout = line.timeout()?;
    let (name, operands) = line.command();
    // The whole number given with `--flag` (`default` without it), from 1 to `max`.
    let number = |flag, default, max| match line.value(flag) {
        None => Ok(default),
        Some(text) => text
            .parse()
            .ok()
            .filter(|n| (1..=max).contains(n))
            .ok_or_else(|| usage!("--{flag} must be a whole number from 1 to {max}, not `{text}`")),
    };
    let lessons = operands.to_vec();
    let (command, takes): (Command, &[&str]) = match name {
        "help" => (line.none(name, Command::Help)?, &[]),
        "manifest" => (line.none(name, Command::Manifest)?, &[]),
        "stubs" => (Command::Stubs(lessons, line.has("check")), &["check"]),
        "add-part" => match operands {
            [lesson, slug, title] => {
                let (lesson, slug, title) = (lesson.clone(), slug.clone(), title.clone());
                let place = match (line.value("after"), line.has("first")) {
                    (None, false) => Place::Last,
                    (None, true) => Place::First,
                    (Some(after), false) => Place::After(after),
                    (Some(_), true) => {
                        return Err(usage!(
                            "`add-part` takes --after SLUG or --first, not both: \
                             the new part goes in one place"
                        ));
                    }
                };
                (
                    Command::AddPart(lesson, slug, title, place),
                    &["after", "first"],
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
            let command = Command::Bench(lessons, runs, part, !line.has("no-cold"));
            (command, &["runs", "part", "no-cold"])
        }
        "mutants" => (Command::Mutants(lessons), &[]),
        _ => {
            return Err(usage!(
                "unknown command `{name}`; the maintainers' commands are: {} \
                 (`cargo xtask help` lists them all)",
                MAINTAINERS.join(", ")
            ));
        }
    };
    line.only(name, takes)?;
    Ok((command, timeout))
}

#[cfg(test)]
mod tests;
