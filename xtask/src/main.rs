//! `cargo xtask`: the course runner. Parse the command line, find the workspace,
//! dispatch to the command's module, or hand a maintainers' command to `xtask-dev`.
//! See `cargo xtask help`.

use std::os::unix::process::ExitStatusExt;
use std::process::{Command as Process, ExitCode};
use std::time::Duration;

use anyhow::{Context, Result};
use xtask::args::{self, Command};
use xtask::screen;
use xtask::signals;
use xtask::{Ctx, hint, list, next, reset, solution, verify, watch};

fn main() -> ExitCode {
    // Once, for every command: the checks run in a process group of their own.
    signals::catch();
    xtask::exit_code(run())
}

fn run() -> Result<ExitCode> {
    let (command, timeout) = args::parse(std::env::args().skip(1))?;
    match command {
        Command::Help => {
            print!("{}", screen::usage());
            return Ok(ExitCode::SUCCESS);
        }
        Command::Dev => return maintainers(),
        _ => {}
    }
    let ctx = Ctx::here(timeout)?;
    match command {
        Command::Next => next::next(&ctx),
        Command::Watch(poll) => watch::watch(&ctx, poll),
        Command::Hint => hint::hint(&ctx),
        Command::List => list::list(&ctx),
        Command::Reset(lesson, yes) => reset::reset(&ctx, &lesson, yes),
        Command::Solution(lesson, diff) => solution::solution(&ctx, &lesson, diff),
        Command::Verify => verify::verify(&ctx),
        Command::Help | Command::Dev => unreachable!("answered before the course is read"),
    }
}

/// Runs a maintainers' command: `cargo run --package xtask-dev` with the same
/// arguments, from the same folder, its output the terminal's, and exits as it
/// does. A Ctrl-C in the terminal reaches it directly (it is in the terminal's
/// process group); a signal sent to the runner alone is passed on to it as a
/// Ctrl-C, and it stops what it runs. If it dies of a signal, the status is 130
/// for SIGINT, as the runner's own for Ctrl-C, and 1 for any other.
fn maintainers() -> Result<ExitCode> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut child = Process::new(cargo)
        .args(["run", "--quiet", "--package", "xtask-dev", "--"])
        .args(std::env::args_os().skip(1))
        .spawn()
        .context("Failed to run cargo for the maintainers' command")?;
    let mut passed_on = false;
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if signals::interrupted() && !passed_on {
            // SAFETY: kill only sends a signal to the process we started.
            unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) };
            passed_on = true;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Ok(match (status.code(), status.signal()) {
        (Some(code), _) => ExitCode::from(code as u8),
        (None, Some(libc::SIGINT)) => ExitCode::from(130),
        (None, _) => {
            eprintln!("error: the maintainers' command was stopped ({status})");
            ExitCode::FAILURE
        }
    })
}
