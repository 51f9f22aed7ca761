//! The floor: the least a check can cost on this machine. A trivial crate (one
//! function, one failing integration test), made in `target/bench-floor/` with the
//! course's dev profile and a lesson's `[lib]` settings, and edited the same way.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// The floor's check, as a lesson's bare check is run.
pub const COMMAND: &[&str] = &["test", "-q", "--test", "check"];
/// The file each run edits.
pub const EDITED: &str = "src/lib.rs";

const LIB: &str = "/// Twice `x`.\npub fn double(x: f64) -> f64 {\n    x + x\n}\n";
const CHECK: &str = "#[test]\nfn double_is_off_by_one() {\n    \
    assert_eq!(floor::double(2.0), 5.0, \"a check that fails, as a learner's does\");\n}\n";

/// Writes the floor crate (a workspace of its own) and returns its folder.
pub fn create(root: &Path) -> Result<PathBuf> {
    let dir = root.join("target").join("bench-floor");
    let workspace =
        fs::read_to_string(root.join("Cargo.toml")).context("Failed to read Cargo.toml")?;
    let manifest = format!(
        "# Made by `cargo xtask bench`: the floor it compares the lessons with.\n\
         [package]\nname = \"floor\"\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n\n\
         [lib]\ndoctest = false\ntest = false\n\n[workspace]\n\n{}",
        profiles(&workspace)
    );
    for (path, text) in [
        ("Cargo.toml", manifest.as_str()),
        (EDITED, LIB),
        ("tests/check.rs", CHECK),
    ] {
        let path = dir.join(path);
        fs::create_dir_all(path.parent().unwrap_or(&dir))?;
        fs::write(&path, text).with_context(|| format!("Failed to write {}", path.display()))?;
    }
    Ok(dir)
}

/// The `[profile…]` sections of a Cargo.toml, as they are written there, but those
/// for one package (which the floor does not have).
fn profiles(manifest: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for line in manifest.lines() {
        if line.starts_with('[') {
            inside = line.starts_with("[profile") && !line.contains(".package.");
        }
        if inside {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_floor_has_the_courses_profiles_and_nothing_else() {
        let manifest = "[package]\nname = \"x\"\n[profile.dev]\ndebug = 0\n\n[dependencies]\na = \"1\"\n\
                        [profile.dev.package.lesson6]\nopt-level = 1\n[profile.test]\nincremental = false\n";
        assert_eq!(
            super::profiles(manifest),
            "[profile.dev]\ndebug = 0\n\n[profile.test]\nincremental = false\n"
        );
    }
}
