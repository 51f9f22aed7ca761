//! The course as committed: a private copy of the files of git's `HEAD`.
//!
//! The course's own tests prove things about the shipped stubs (every check fails
//! on them, they compile cleanly, they do not drift from the solutions). A learner
//! edits those very files, so the proofs read them from git instead of from the
//! working tree: a learner's work, however it is written, never turns the root
//! `cargo test` red, while CI (a clean checkout, where the two are the same) still
//! proves everything. Without git (a tarball of the course) the working tree is used.

use std::collections::BTreeMap;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Writes the files of `repo`'s `HEAD` into `into` (only those that changed, so
/// that cargo keeps its builds), removes any other file there, and returns
/// `into`; None if `repo` has no git history to read.
pub fn snapshot(repo: &Path, into: &Path) -> Option<PathBuf> {
    let listing = Command::new("git")
        .current_dir(repo)
        .args(["ls-tree", "-r", "-z", "--full-tree", "HEAD"])
        .stderr(Stdio::null())
        .output()
        .ok()
        .filter(|output| output.status.success())?;
    // `100644 blob ID\tPATH`, NUL-terminated; links and submodules are left out.
    let entries: Vec<(String, String)> = String::from_utf8_lossy(&listing.stdout)
        .split('\0')
        .filter_map(|entry| {
            let (meta, path) = entry.split_once('\t')?;
            let words: Vec<&str> = meta.split(' ').collect();
            match words.as_slice() {
                [mode, "blob", id] if *mode != "120000" => Some((id.to_string(), path.to_string())),
                _ => None,
            }
        })
        .collect();
    let blobs = cat_files(repo, entries.iter().map(|(id, _)| id.as_str()))?;
    let wanted: BTreeMap<PathBuf, &Vec<u8>> = entries
        .iter()
        .map(|(id, path)| (PathBuf::from(path), &blobs[id]))
        .collect();
    for file in xtask::course::files(into) {
        if !wanted.contains_key(&file) {
            fs::remove_file(into.join(&file)).ok()?;
        }
    }
    for (path, bytes) in wanted {
        let target = into.join(&path);
        if fs::read(&target).ok().as_ref() != Some(bytes) {
            fs::create_dir_all(target.parent()?).ok()?;
            fs::write(&target, bytes).ok()?;
        }
    }
    Some(into.to_path_buf())
}

/// The contents of the blobs `ids`, from one `git cat-file --batch`.
fn cat_files<'a>(
    repo: &Path,
    ids: impl Iterator<Item = &'a str>,
) -> Option<BTreeMap<String, Vec<u8>>> {
    let mut child = Command::new("git")
        .current_dir(repo)
        .args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .ok()?;
    let request: String = ids.map(|id| format!("{id}\n")).collect();
    let mut stdin = child.stdin.take()?;
    let writer = std::thread::spawn(move || stdin.write_all(request.as_bytes()));
    let mut output = Vec::new();
    child.stdout.take()?.read_to_end(&mut output).ok()?;
    writer.join().ok()?.ok()?;
    child.wait().ok()?.success().then_some(())?;
    // Each answer: `ID blob SIZE\n`, SIZE bytes, `\n`.
    let mut blobs = BTreeMap::new();
    let mut rest = output.as_slice();
    while !rest.is_empty() {
        let end = rest.iter().position(|&b| b == b'\n')?;
        let header = String::from_utf8_lossy(&rest[..end]).into_owned();
        let words: Vec<&str> = header.split(' ').collect();
        let [id, _, size] = words.as_slice() else {
            return None;
        };
        let size: usize = size.parse().ok()?;
        let body = rest.get(end + 1..end + 1 + size)?;
        blobs.insert(id.to_string(), body.to_vec());
        rest = rest.get(end + 2 + size..).unwrap_or_default();
    }
    Some(blobs)
}
