//! The command line, declared once: every command with its help, what it takes,
//! and how that becomes a [`Command`]; the flags with theirs. `cargo xtask help`
//! (`screen::usage`) and every "does not take" error are generated from here.

use super::Audience::{Learner, Maintainer};
use super::{Command, Flag, Given, Operands, Spec, UsageError};

pub(super) const TIMEOUT: Flag = Flag {
    long: "timeout",
    short: None,
    value: Some("SECONDS"),
    help: "stop a part's checks after this long (default 5, or the BACKPROP_TIMEOUT \
           environment variable)",
};
pub(super) const HELP: Flag = Flag {
    long: "help",
    short: Some('h'),
    value: None,
    help: "this text",
};
/// The flags every command takes.
pub const GLOBAL: &[Flag] = &[TIMEOUT, HELP];

const POLL: Flag = Flag {
    long: "poll",
    short: None,
    value: None,
    help: "look at the files' times every 200 ms instead of waiting for the system to \
           say they changed (for folders where it never says: WSL2 on /mnt/c, network drives)",
};
const YES: Flag = Flag {
    long: "yes",
    short: Some('y'),
    value: None,
    help: "do not ask first",
};
const DIFF: Flag = Flag {
    long: "diff",
    short: None,
    value: None,
    help: "as a diff against your files",
};
const RUNS: Flag = Flag {
    long: "runs",
    short: None,
    value: Some("N"),
    help: "warm runs per command (10)",
};
const PART: Flag = Flag {
    long: "part",
    short: None,
    value: Some("K"),
    help: "time part K of each lesson instead of its first (lesson 7 trains in part 5)",
};
const CHECK: Flag = Flag {
    long: "check",
    short: None,
    value: None,
    help: "only say where a stub differs from what its solution gives (exits 1 if one does)",
};
const AFTER: Flag = Flag {
    long: "after",
    short: None,
    value: Some("SLUG"),
    help: "put the new part right after part SLUG (by default it comes last)",
};
const NO_COLD: Flag = Flag {
    long: "no-cold",
    short: None,
    value: None,
    help: "skip the cold build (slow)",
};

/// Every command, in the order `help` lists them.
pub const COMMANDS: &[Spec] = &[
    Spec {
        name: "next",
        help: "run the part you are on; show the first failing check; move on when it \
               passes (the command you will use most)",
        operands: Operands::None,
        flags: &[],
        audience: Learner,
        build: |_| Ok(Command::Next),
    },
    Spec {
        name: "watch",
        help: "run `next` again whenever you save a file under lessons/ (Ctrl-C stops)",
        operands: Operands::None,
        flags: &[POLL],
        audience: Learner,
        build: |given| {
            Ok(Command::Watch {
                poll: given.has(&POLL),
            })
        },
    },
    Spec {
        name: "hint",
        help: "the next hint for the first failing check, gentle to explicit",
        operands: Operands::None,
        flags: &[],
        audience: Learner,
        build: |_| Ok(Command::Hint),
    },
    Spec {
        name: "list",
        help: "every lesson, its state and how many of its checks and parts pass",
        operands: Operands::None,
        flags: &[],
        audience: Learner,
        build: |_| Ok(Command::List),
    },
    Spec {
        name: "reset",
        help: "put a lesson's files back as shipped (yours are saved to .backups/ first)",
        operands: Operands::Lesson,
        flags: &[YES],
        audience: Learner,
        build: |given| {
            Ok(Command::Reset {
                lesson: given.lesson(),
                yes: given.has(&YES),
            })
        },
    },
    Spec {
        name: "solution",
        help: "the reference solution of a lesson you have done",
        operands: Operands::Lesson,
        flags: &[DIFF],
        audience: Learner,
        build: |given| {
            Ok(Command::Solution {
                lesson: given.lesson(),
                diff: given.has(&DIFF),
            })
        },
    },
    Spec {
        name: "verify",
        help: "re-check every lesson and rewrite the progress file from what passes",
        operands: Operands::None,
        flags: &[],
        audience: Learner,
        build: |_| Ok(Command::Verify),
    },
    Spec {
        name: "help",
        help: "this text",
        operands: Operands::None,
        flags: &[],
        audience: Learner,
        build: |_| Ok(Command::Help),
    },
    Spec {
        name: "manifest",
        help: "rewrite xtask/manifest.txt, the fingerprints of the shipped files",
        operands: Operands::None,
        flags: &[],
        audience: Maintainer,
        build: |_| Ok(Command::Manifest),
    },
    Spec {
        name: "stubs",
        help: "write the stubs (lessons/*/src) and the harness (tests/lessonN.rs) from the \
               marked solutions (solutions/*/src)",
        operands: Operands::Lessons,
        flags: &[CHECK],
        audience: Maintainer,
        build: |given| {
            Ok(Command::Stubs {
                lessons: given.operands.clone(),
                check: given.has(&CHECK),
            })
        },
    },
    Spec {
        name: "add-part",
        help: "add a part to a lesson: `add-part LESSON SLUG \"TITLE\" [--after SLUG]`",
        operands: Operands::Lessons,
        flags: &[AFTER],
        audience: Maintainer,
        build: |given| match given.operands.as_slice() {
            [lesson, slug, title] => Ok(Command::AddPart {
                lesson: lesson.clone(),
                slug: slug.clone(),
                title: title.clone(),
                after: given.value(&AFTER).map(String::from),
            }),
            _ => Err(UsageError(
                "add-part takes a lesson, a slug and a title: add-part 1 scale \"the scale\""
                    .into(),
            )),
        },
    },
    Spec {
        name: "remove-part",
        help: "take a part out of a lesson, its files, text and hints: `remove-part LESSON SLUG`",
        operands: Operands::Lessons,
        flags: &[],
        audience: Maintainer,
        build: |given| match given.operands.as_slice() {
            [lesson, slug] => Ok(Command::RemovePart {
                lesson: lesson.clone(),
                slug: slug.clone(),
            }),
            _ => Err(UsageError(
                "remove-part takes a lesson and a part's slug: remove-part 1 scale".into(),
            )),
        },
    },
    Spec {
        name: "bench",
        help: "time each lesson's check and `next` against a trivial crate, and `watch`",
        operands: Operands::Lessons,
        flags: &[RUNS, PART, NO_COLD],
        audience: Maintainer,
        build: |given| {
            Ok(Command::Bench {
                lessons: given.operands.clone(),
                runs: number(given, &RUNS, 10, 1000, "a whole number from 1 to 1000")?,
                part: number(given, &PART, 1, 99, "a part's number, 1 for the first")?,
                cold: !given.has(&NO_COLD),
            })
        },
    },
    Spec {
        name: "mutants",
        help: "prove the checks catch wrong answers: cargo-mutants on the reference \
               solutions (slow; needs `cargo install cargo-mutants`)",
        operands: Operands::Lessons,
        flags: &[],
        audience: Maintainer,
        build: |given| {
            Ok(Command::Mutants {
                lessons: given.operands.clone(),
            })
        },
    },
];

/// The whole number given with `flag` (`default` without it), from 1 to `max`.
fn number(
    given: &Given,
    flag: &Flag,
    default: usize,
    max: usize,
    what: &str,
) -> Result<usize, UsageError> {
    let Some(text) = given.value(flag) else {
        return Ok(default);
    };
    text.parse()
        .ok()
        .filter(|n| (1..=max).contains(n))
        .ok_or_else(|| UsageError(format!("--{} must be {what}, not `{text}`", flag.long)))
}
