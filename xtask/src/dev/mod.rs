//! The maintainers' commands, kept apart from the learner's (as rustlings keeps
//! its `dev` commands): none of them is needed to learn, and `cargo xtask help`
//! lists them last. `manifest` rewrites the fingerprints of the shipped files,
//! `bench` measures the learner's feedback loop, `mutants` proves that the checks
//! catch wrong answers, `stubs` writes the stubs and the harness from the
//! solutions, `add-part` and `remove-part` add a part to a lesson and take one away.

use std::process::ExitCode;

use anyhow::{Context, Result};

use crate::{Ctx, manifest};

pub mod bench;
pub mod mutants;
pub mod parts;
pub mod stubs;

/// `cargo xtask manifest`: rewrites `xtask/manifest.txt` from the files as they are.
pub fn manifest(ctx: &Ctx) -> Result<ExitCode> {
    let path = ctx.course.root.join(manifest::FILE);
    std::fs::write(&path, manifest::render(&ctx.course)?)
        .with_context(|| format!("Failed to write {}", path.display()))?;
    println!("Wrote {}.", manifest::FILE);
    Ok(ExitCode::SUCCESS)
}
