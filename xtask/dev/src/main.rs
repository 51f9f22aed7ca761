//! The maintainers' commands, as `cargo xtask` runs them: `cargo run --package
//! xtask-dev -- COMMAND …` with the runner's arguments, from the same folder.

use std::process::ExitCode;

use anyhow::Result;
use xtask::{Ctx, screen, signals};
use xtask_dev::args::{self, Command};
use xtask_dev::{bench, mutants, parts, stubs};

fn main() -> ExitCode {
    // `bench` and `mutants` stop their children's groups on Ctrl-C, as the runner does.
    signals::catch();
    xtask::exit_code(run())
}

fn run() -> Result<ExitCode> {
    let (command, timeout) = args::parse(std::env::args().skip(1))?;
    if command == Command::Help {
        print!("{}", screen::usage());
        return Ok(ExitCode::SUCCESS);
    }
    let ctx = Ctx::here(timeout)?;
    match command {
        Command::Help => unreachable!("help is answered before the course is read"),
        Command::Manifest => xtask_dev::manifest(&ctx),
        Command::Bench(lessons, runs, part, cold) => bench::bench(&ctx, &lessons, runs, part, cold),
        Command::Mutants(lessons) => mutants::mutants(&ctx, &lessons),
        Command::Stubs(lessons, check) => stubs::stubs(&ctx, &lessons, check),
        Command::AddPart(lesson, slug, title, place) => {
            parts::add_part(&ctx, &lesson, &slug, &title, &place)
        }
        Command::RemovePart(lesson, slug) => parts::remove_part(&ctx, &lesson, &slug),
    }
}
