//! `cargo xtask`: the course runner. Parse the command line, find the workspace,
//! dispatch to the command's module. See `cargo xtask help`.

use std::process::ExitCode;

use anyhow::{Context, Result};
use xtask::args::{self, Command};
use xtask::checks::{DEFAULT_TIMEOUT, Options};
use xtask::course::{Course, find_root};
use xtask::screen::{self, Style};
use xtask::signals::{self, Interrupted};
use xtask::usage_error::UsageError;
use xtask::{Ctx, dev, hint, list, next, reset, solution, verify, watch};

fn main() -> ExitCode {
    // Once, for every command: the checks run in a process group of their own.
    signals::catch();
    match run() {
        Ok(code) => code,
        Err(error) if error.is::<Interrupted>() => ExitCode::from(130),
        Err(error) => {
            eprintln!("error: {error:#}");
            let usage = error.is::<UsageError>();
            ExitCode::from(if usage { 2 } else { 1 })
        }
    }
}

fn run() -> Result<ExitCode> {
    let (command, timeout) = args::parse(std::env::args().skip(1))?;
    if command == Command::Help {
        print!("{}", screen::usage());
        return Ok(ExitCode::SUCCESS);
    }
    let here = std::env::current_dir().context("Failed to read the current folder")?;
    let root = find_root(&here)
        .or_else(|| find_root(env!("CARGO_MANIFEST_DIR").as_ref()))
        .context(
            "Failed to find the course: run `cargo xtask` inside the towards-backprop folder",
        )?;
    // An empty BACKPROP_TIMEOUT (`BACKPROP_TIMEOUT= cargo xtask next`) is unset.
    let from_env = std::env::var("BACKPROP_TIMEOUT")
        .ok()
        .filter(|v| !v.trim().is_empty());
    let timeout = match (timeout, from_env) {
        (Some(timeout), _) => timeout,
        (None, Some(value)) => args::seconds(&value, "BACKPROP_TIMEOUT")?,
        (None, None) => DEFAULT_TIMEOUT,
    };
    let options = Options {
        timeout,
        target_dir: None,
        announce_build: true,
    };
    let ctx = Ctx {
        course: Course::load(&root)?,
        options,
        style: Style::detect(),
    };
    match command {
        Command::Next => next::next(&ctx),
        Command::Watch(poll) => watch::watch(&ctx, poll),
        Command::Hint => hint::hint(&ctx),
        Command::List => list::list(&ctx),
        Command::Reset(lesson, yes) => reset::reset(&ctx, &lesson, yes),
        Command::Solution(lesson, diff) => solution::solution(&ctx, &lesson, diff),
        Command::Verify => verify::verify(&ctx),
        Command::Help => unreachable!("help is answered before the course is read"),
        Command::Manifest => dev::manifest(&ctx),
        Command::Bench(lessons, runs, part, cold) => {
            dev::bench::bench(&ctx, &lessons, runs, part, cold)
        }
        Command::Mutants(lessons) => dev::mutants::mutants(&ctx, &lessons),
        Command::Stubs(lessons, check) => dev::stubs::stubs(&ctx, &lessons, check),
        Command::AddPart(lesson, slug, title, after) => {
            dev::parts::add_part(&ctx, &lesson, &slug, &title, after.as_deref())
        }
        Command::RemovePart(lesson, slug) => dev::parts::remove_part(&ctx, &lesson, &slug),
    }
}
