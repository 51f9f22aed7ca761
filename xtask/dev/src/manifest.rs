//! `xtask/manifest.txt`, as the runner reads it (`xtask::manifest`), and as only
//! `cargo xtask manifest` and `stubs` write it.

use std::fs;
use std::path::Path;

use anyhow::{Context, Result};
use xtask::course::Course;
pub use xtask::manifest::*;

/// The manifest's text for the files as they are now.
pub fn render(course: &Course) -> Result<String> {
    let mut text = String::from(
        "# Fingerprints (git blob ids) of the files each lesson ships.\n\
         # Written by `cargo xtask manifest`; checked by `cargo test`. Do not edit by hand.\n",
    );
    let lessons = course
        .lessons
        .iter()
        .map(|lesson| shipped_files(&course.root, lesson));
    for path in shared_files(&course.root)
        .into_iter()
        .chain(lessons.flatten())
    {
        let bytes =
            fs::read(course.root.join(&path)).with_context(|| format!("Failed to read {path}"))?;
        text.push_str(&format!("{} {path}\n", blob_id(&bytes)));
    }
    Ok(text)
}

/// The files every lesson's checks rely on, which must stay as shipped too.
pub fn shared_files(root: &Path) -> Vec<String> {
    let cargo = [
        "Cargo.toml",
        ".cargo/config.toml",
        "lessons/check/Cargo.toml",
    ];
    let mut found: Vec<String> = cargo.map(String::from).into();
    found.extend(under(root, "lessons/check/src"));
    found
}
