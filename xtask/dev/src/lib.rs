//! The maintainers' commands, kept apart from the learner's (as rustlings keeps
//! its `dev` commands) in a crate of their own: none of them is needed to learn,
//! so the learner's first build of the runner compiles none of them. The runner
//! hands them here by name, and `cargo xtask help` lists them last. `manifest`
//! rewrites the fingerprints of the shipped files, `bench` measures the learner's
//! feedback loop, `mutants` proves that the checks catch wrong answers, `stubs`
//! writes the stubs and the harness from the solutions, `add-part` and
//! `remove-part` add a part to a lesson and take one away.
//!
//! `manifest`, `markers` and `text` are the runner's modules of those names, with
//! what only these commands (and the course's own tests) use added.

use std::process::ExitCode;

use anyhow::{Context, Result};

use xtask::Ctx;
use xtask::course::{Course, Lesson};
use xtask::usage_error::UsageError;

pub mod args;
pub mod bench;
pub mod manifest;
pub mod markers;
pub mod mutants;
pub mod parts;
pub mod stubs;
pub mod text;

/// `cargo xtask manifest`: rewrites `xtask/manifest.txt` from the files as they are.
pub fn manifest(ctx: &Ctx) -> Result<ExitCode> {
    let path = ctx.course.root.join(manifest::FILE);
    std::fs::write(&path, manifest::render(&ctx.course)?)
        .with_context(|| format!("Failed to write {}", path.display()))?;
    println!("Wrote {}.", manifest::FILE);
    Ok(ExitCode::SUCCESS)
}

/// The lessons a maintainers' command is given.
pub trait Select {
    /// The lessons called `names`, or every lesson when `names` is empty.
    fn select(&self, names: &[String]) -> Result<Vec<&Lesson>, UsageError>;
}

impl Select for Course {
    fn select(&self, names: &[String]) -> Result<Vec<&Lesson>, UsageError> {
        if names.is_empty() {
            return Ok(self.lessons.iter().collect());
        }
        names.iter().map(|name| self.find(name)).collect()
    }
}
