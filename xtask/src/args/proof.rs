//! What the tests of both parsers (the runner's [`parse`](super::parse) and
//! `xtask-dev`'s) hold them to: tables of command lines, and the help's entries.

use std::fmt::Debug;
use std::time::Duration;

use super::{Flag, USAGE, UsageError};

/// A parser of a command line, as both crates declare theirs.
pub type Parse<C> = fn(Vec<String>) -> Result<(C, Option<Duration>), UsageError>;

/// `parse` of `line` split at its spaces.
pub fn parse_str<C>(parse: Parse<C>, line: &str) -> Result<(C, Option<Duration>), UsageError> {
    parse(line.split_whitespace().map(String::from).collect())
}

/// Holds `parse` to `table`, one `line => what` a line after the first: `what` is
/// the command `line` is read as (its `Debug` text), or a part of its usage error.
pub fn hold<C: Debug>(parse: Parse<C>, table: &str) {
    for (line, what) in table.lines().skip(1).filter_map(|l| l.split_once(" => ")) {
        match parse_str(parse, line) {
            Ok((command, _)) => assert_eq!(format!("{command:?}"), what, "{line}"),
            Err(error) => assert!(error.0.contains(what), "{line}: {error}"),
        }
    }
}

/// The help's entries: each command (`reset lesson1`) with the flags listed under
/// it, a value given to those that take one; first, the flags of every command.
pub fn help_entries() -> Vec<(String, Vec<String>)> {
    let mut entries = vec![(String::new(), vec![])];
    for line in USAGE.lines() {
        let flag = line.trim_start().strip_prefix("--").map(|flag| {
            let mut words = flag.split([' ', ',']);
            let name = words.next().unwrap_or_default();
            let takes_value = words
                .next()
                .is_some_and(|w| w.starts_with(char::is_uppercase));
            format!("--{name}{}", if takes_value { " 1" } else { "" })
        });
        match flag {
            Some(flag) if line.starts_with("  --") => entries[0].1.push(flag),
            Some(flag) => entries.last_mut().unwrap().1.push(flag),
            None if line.starts_with("  ") && !line.starts_with("   ") => {
                let entry = line.split("  ").nth(1).unwrap_or_default().trim();
                let entry = entry.replace("[LESSON...]", "lesson1 lesson2");
                entries.push((entry.replace("LESSON", "lesson1"), vec![]));
            }
            None => {}
        }
    }
    entries
}

/// The name of the command of a help entry.
pub fn name(command: &str) -> &str {
    command.split(' ').next().unwrap_or_default()
}

/// Holds `parse` to the help's entries of the commands `named` (in the help's
/// order): every flag of `table` is listed under one of them, and each takes the
/// flags of every command and those listed under it, and refuses the others'.
pub fn takes_what_the_help_lists<C: Debug>(parse: Parse<C>, named: &[&str], table: &[Flag]) {
    let entries = help_entries();
    let global = &entries[0].1;
    assert_eq!(global, &["--timeout 1", "--help"]);
    let mine: Vec<_> = entries[1..]
        .iter()
        .filter(|(command, _)| named.contains(&name(command)))
        .collect();
    let listed: Vec<&str> = mine.iter().map(|(command, _)| name(command)).collect();
    assert_eq!(listed, named);
    let all_flags: Vec<&String> = mine.iter().flat_map(|(_, flags)| flags).collect();
    for (flag, _, _) in table {
        let listed = all_flags
            .iter()
            .any(|listed| name(listed) == format!("--{flag}"));
        assert!(listed, "--{flag} is taken but not in the help");
    }
    for (command, flags) in mine {
        for flag in global.iter().chain(flags) {
            let line = format!("{command} {flag}");
            let read = parse_str(parse, &line);
            assert!(read.is_ok(), "{line}: {read:?}");
        }
        let others = all_flags
            .iter()
            .filter(|f| !global.contains(f) && !flags.contains(f));
        for flag in others {
            let line = format!("{command} {flag}");
            let error = parse_str(parse, &line).unwrap_err().0;
            let expected = format!("`{}` does not take {}", name(command), name(flag));
            assert!(error.contains(&expected), "{line}: {error}");
        }
    }
}
