//! `cargo xtask`: the course runner. Parse the command line, find the workspace,
//! dispatch to the command's module. See `cargo xtask help`.

use std::process::ExitCode;

use anyhow::{Context, Result};
use xtask::args::{self, Command};
use xtask::checks::{DEFAULT_TIMEOUT, Options};
use xtask::course::{Course, find_root};
use xtask::screen::Style;
use xtask::signals::Interrupted;
use xtask::{
    Ctx, UsageError, bench, hint, list, manifest, mutants, next, reset, solution, verify, watch,
};

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(error) if error.is::<Interrupted>() => ExitCode::from(130),
        Err(error) => {
            eprintln!("error: {error:#}");
            if error.is::<UsageError>() {
                ExitCode::from(2)
            } else {
                ExitCode::FAILURE
            }
        }
    }
}

fn run() -> Result<ExitCode> {
    let args = args::parse(std::env::args().skip(1))?;
    if args.command == Command::Help {
        print!("{}", args::USAGE);
        return Ok(ExitCode::SUCCESS);
    }
    let here = std::env::current_dir().context("Failed to read the current folder")?;
    let root = find_root(&here)
        .or_else(|| find_root(env!("CARGO_MANIFEST_DIR").as_ref()))
        .context(
            "Failed to find the course: run `cargo xtask` inside the towards-backprop folder",
        )?;
    let timeout = match (args.timeout, std::env::var("BACKPROP_TIMEOUT")) {
        (Some(timeout), _) => timeout,
        (None, Ok(value)) => args::seconds(&value, "BACKPROP_TIMEOUT")?,
        (None, Err(_)) => DEFAULT_TIMEOUT,
    };
    let ctx = Ctx {
        course: Course::load(&root)?,
        options: Options {
            timeout,
            target_dir: None,
            announce_build: true,
        },
        style: Style::detect(),
    };
    match args.command {
        Command::Next => next::next(&ctx),
        Command::Watch => watch::watch(&ctx),
        Command::Hint => hint::hint(&ctx),
        Command::List => list::list(&ctx),
        Command::Reset { lesson, yes } => reset::reset(&ctx, &lesson, yes),
        Command::Solution { lesson, diff } => solution::solution(&ctx, &lesson, diff),
        Command::Verify => verify::verify(&ctx),
        Command::Manifest => {
            std::fs::write(root.join(manifest::FILE), manifest::render(&ctx.course)?)?;
            println!("Wrote {}.", manifest::FILE);
            Ok(ExitCode::SUCCESS)
        }
        Command::Bench {
            lessons,
            runs,
            cold,
        } => bench::bench(&ctx, &lessons, runs, cold),
        Command::Mutants { lessons } => mutants::mutants(&ctx, &lessons),
        Command::Help => unreachable!("help is answered before the course is read"),
    }
}
