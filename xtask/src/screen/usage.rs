//! `cargo xtask help`, generated from the one declaration of the command line.

use std::fmt::Write;

use crate::args::{Audience, COMMANDS, Flag, GLOBAL, Operands, Spec};

/// Where the help of a command or flag starts.
const COLUMN: usize = 22;
/// The width the help is wrapped to.
const WIDTH: usize = 80;

/// The text of `cargo xtask help`: the learner's commands first, the maintainers' apart.
pub fn usage() -> String {
    let mut out = String::from(
        "towards-backprop: the course runner\n\nUsage: cargo xtask <command> [options]\n",
    );
    let group = |out: &mut String, title: &str, audience: Audience| {
        let _ = writeln!(out, "\n{title}:");
        for spec in COMMANDS.iter().filter(|spec| spec.audience == audience) {
            out.push_str(&entry(2, &command(spec), spec.help));
            for flag in spec.flags {
                out.push_str(&entry(6, &flag_name(flag), flag.help));
            }
        }
    };
    group(&mut out, "Commands for learning", Audience::Learner);
    out.push_str("\nOptions of every command:\n");
    for flag in GLOBAL {
        out.push_str(&entry(2, &flag_name(flag), flag.help));
    }
    group(
        &mut out,
        "Commands for maintainers (CONTRIBUTING.md says when to run them)",
        Audience::Maintainer,
    );
    out
}

/// `reset LESSON`, `bench [LESSON...]`.
fn command(spec: &Spec) -> String {
    match spec.operands {
        Operands::None => spec.name.to_string(),
        Operands::Lesson => format!("{} LESSON", spec.name),
        Operands::Lessons => format!("{} [LESSON...]", spec.name),
    }
}

/// `--yes, -y`, `--runs N`.
fn flag_name(flag: &Flag) -> String {
    let mut name = format!("--{}", flag.long);
    if let Some(value) = flag.value {
        name = format!("{name} {value}");
    }
    if let Some(short) = flag.short {
        name = format!("{name}, -{short}");
    }
    name
}

/// One entry: its name indented by `indent`, its help from `COLUMN` on, wrapped
/// (on a line of its own below a name too long for the column).
fn entry(indent: usize, name: &str, help: &str) -> String {
    let mut out = format!("{:indent$}{name}", "");
    let mut column = indent + name.chars().count();
    if column + 1 >= COLUMN {
        out.push('\n');
        column = 0;
    }
    let mut line_empty = true;
    for word in words(help) {
        let width = word.chars().count();
        if !line_empty && column + 1 + width > WIDTH {
            out.push('\n');
            column = 0;
            line_empty = true;
        }
        if line_empty {
            out.push_str(&" ".repeat(COLUMN - column));
            column = COLUMN;
        } else {
            out.push(' ');
            column += 1;
        }
        out.push_str(&word);
        column += width;
        line_empty = false;
    }
    out.push('\n');
    out
}

/// The words of `help`, a `code span` kept whole as one word.
fn words(help: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut in_code = false;
    for word in help.split_whitespace() {
        match words.last_mut() {
            Some(last) if in_code => *last = format!("{last} {word}"),
            _ => words.push(word.to_string()),
        }
        in_code ^= word.matches('`').count() % 2 == 1;
    }
    words
}
