//! `cargo xtask watch`: `next`, again every time a lesson file is saved.
//!
//! Files are polled (a course has a few dozen), which needs no dependency and
//! behaves the same on every system. `target/` folders, editor swap and backup
//! files and insta's pending snapshots are ignored; a burst of saves is one change.

use std::collections::BTreeMap;
use std::fs;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::thread;
use std::time::{Duration, SystemTime};

use anyhow::Result;

use crate::{Ctx, course, next, signals};

/// How often the files are looked at.
const POLL: Duration = Duration::from_millis(200);
/// How long the files must stay still before a change counts (editors save in steps).
const SETTLE: Duration = Duration::from_millis(150);

pub fn watch(ctx: &Ctx) -> Result<ExitCode> {
    signals::catch();
    let clear = std::io::stdout().is_terminal();
    let lessons = ctx.course.root.join("lessons");
    let mut seen = snapshot(&lessons);
    loop {
        let screen = match next::screen(ctx) {
            Ok((text, _)) => text,
            Err(error) if error.is::<signals::Interrupted>() => break,
            Err(error) => format!("error: {error:#}\n"),
        };
        if clear {
            print!("\x1b[2J\x1b[H");
        }
        print!("{screen}");
        println!("\nWatching lessons/ for changes. Ctrl-C stops.");
        std::io::stdout().flush()?;
        // Wait for a change, then for the files to settle.
        loop {
            if signals::interrupted() {
                println!("Stopped watching.");
                return Ok(ExitCode::SUCCESS);
            }
            thread::sleep(POLL);
            let now = snapshot(&lessons);
            if now != seen {
                thread::sleep(SETTLE);
                seen = snapshot(&lessons);
                break;
            }
        }
    }
    println!("Stopped watching.");
    Ok(ExitCode::SUCCESS)
}

/// Modification time and size of every watched file under `dir`.
pub fn snapshot(dir: &Path) -> BTreeMap<PathBuf, (SystemTime, u64)> {
    let skip = |name: &str| name == "target" || name.starts_with('.');
    let mut files = BTreeMap::new();
    for file in course::files_except(dir, skip) {
        let name = file.file_name().unwrap_or_default().to_string_lossy();
        if let (true, Ok(meta)) = (watched(&name), fs::metadata(dir.join(&file))) {
            let modified = meta.modified().unwrap_or(SystemTime::UNIX_EPOCH);
            files.insert(file, (modified, meta.len()));
        }
    }
    files
}

/// Whether a change to a file of this name should start a run.
pub fn watched(name: &str) -> bool {
    let swap =
        name.starts_with(".#") || name.starts_with('#') || name.ends_with('~') || name == "4913";
    let scratch = [".swp", ".swo", ".swx", ".tmp", ".snap.new", ".pending-snap"]
        .iter()
        .any(|end| name.ends_with(end));
    !swap && !scratch && !name.starts_with('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editor_scratch_files_are_not_watched() {
        assert!(watched("lib.rs"));
        assert!(watched("lesson1_story.snap"));
        for name in [
            ".lib.rs.swp",
            "lib.rs~",
            "#lib.rs#",
            ".#lib.rs",
            "4913",
            "x.snap.new",
        ] {
            assert!(!watched(name), "{name}");
        }
    }
}
