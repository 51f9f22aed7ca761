//! `xtask/manifest.txt`: the git blob id of every file a lesson ships (so
//! `git cat-file blob ID` gives the shipped text back, and `reset` can put a stub
//! back), with `\r\n` read as `\n` so a Windows checkout matches.
//!
//! A lesson counts as done only if its checks, snapshots and Cargo.toml are
//! exactly as shipped, so a check edited to pass (or a wrong snapshot accepted by
//! accident) cannot finish a lesson; the same holds for the files every lesson
//! relies on: the workspace's `Cargo.toml` and `.cargo/config.toml` (an `[env]`
//! there could force insta to pass) and the `check` crate. Maintainers rewrite the
//! file with `cargo xtask manifest` (`xtask-dev` renders it; a learner never does:
//! it would record their edited checks as shipped); `cargo test` fails while it is
//! out of date.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::course::{self, Lesson};

pub const FILE: &str = "xtask/manifest.txt";

/// One shipped file: its git blob id and its path from the workspace root.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub id: String,
    pub path: String,
}

/// The git blob id of a file's text, with `\r\n` read as `\n`.
pub fn blob_id(bytes: &[u8]) -> String {
    let crlf = |at: usize| bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n');
    let text: Vec<u8> = (0..bytes.len())
        .filter(|&at| !crlf(at))
        .map(|at| bytes[at])
        .collect();
    let mut hasher = sha1_smol::Sha1::new();
    hasher.update(format!("blob {}\0", text.len()).as_bytes());
    hasher.update(&text);
    hasher.digest().to_string()
}

/// The files a lesson ships that the runner keeps track of: Cargo.toml, the
/// Cargo.toml of a provided crate in a folder of its own (lesson 8's `net/`), and
/// everything under src/ and tests/.
pub fn shipped_files(root: &Path, lesson: &Lesson) -> Vec<String> {
    let dir = format!("lessons/{}", lesson.name);
    let mut found = under(root, &format!("{dir}/src"));
    found.extend(under(root, &format!("{dir}/tests")));
    found.retain(|name| !name.ends_with(".snap.new") && !name.ends_with(".pending-snap"));
    found.push(format!("{dir}/Cargo.toml"));
    let folders = std::fs::read_dir(root.join(&dir))
        .into_iter()
        .flatten()
        .flatten();
    for folder in folders.filter(|entry| entry.path().join("Cargo.toml").is_file()) {
        let name = folder.file_name().to_string_lossy().into_owned();
        found.push(format!("{dir}/{name}/Cargo.toml"));
    }
    found.sort();
    found
}

/// The files under the folder `dir` (from `root`), as paths from `root` with `/`.
pub fn under(root: &Path, dir: &str) -> Vec<String> {
    let files = course::files(&root.join(dir)).into_iter();
    files
        .map(|file| format!("{dir}/{}", file.to_string_lossy().replace('\\', "/")))
        .collect()
}

/// Reads the manifest.
pub fn load(root: &Path) -> Result<Vec<Entry>> {
    let path = root.join(FILE);
    let text =
        fs::read_to_string(&path).with_context(|| format!("Failed to read {}", path.display()))?;
    Ok(text
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .filter_map(|line| line.split_once(' '))
        .map(|(id, path)| Entry {
            id: id.to_string(),
            path: path.to_string(),
        })
        .collect())
}

/// The manifest's entries for one lesson.
pub fn entries<'a>(all: &'a [Entry], lesson: &Lesson) -> Vec<&'a Entry> {
    let prefix = format!("lessons/{}/", lesson.name);
    all.iter()
        .filter(|entry| entry.path.starts_with(&prefix))
        .collect()
}

/// The protected files of `lesson` that differ from what was shipped (or are missing).
pub fn changed(root: &Path, lesson: &Lesson) -> Result<Vec<PathBuf>> {
    let all = load(root)?;
    let mine = entries(&all, lesson);
    if mine.is_empty() {
        anyhow::bail!(
            "{FILE} lists no files of {}, so the runner cannot tell whether its checks are as \
             shipped; this copy of the course is incomplete (get it again with git)",
            lesson.name
        );
    }
    let shared = all
        .iter()
        .filter(|entry| !entry.path.starts_with("lessons/lesson"));
    Ok(mine
        .into_iter()
        // Its checks, their snapshots, and the Cargo.toml that says how they run.
        .filter(|entry| entry.path.contains("/tests/") || entry.path.ends_with("/Cargo.toml"))
        .chain(shared)
        .filter(|entry| {
            fs::read(root.join(&entry.path))
                .map(|bytes| blob_id(&bytes))
                .ok()
                .as_deref()
                != Some(&entry.id)
        })
        .map(|entry| PathBuf::from(&entry.path))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_are_git_blob_ids() {
        // `printf 'hello\n' | git hash-object --stdin`
        assert_eq!(
            blob_id(b"hello\n"),
            "ce013625030ba8dba906f756967f9e9ca394464a"
        );
        assert_eq!(blob_id(b"hello\r\n"), blob_id(b"hello\n"));
    }
}
