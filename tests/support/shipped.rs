//! The course as shipped: a private copy, under `target/shipped/`, of what the
//! course's own tests prove.
//!
//! The proofs about the stubs (every check fails on them, they compile cleanly,
//! they are what the solutions give) must not read the learner's files: a
//! learner edits the very files that hold the stubs, and may commit them. So every
//! file that `xtask/manifest.txt` lists (each lesson's `Cargo.toml`, `src/` and
//! `tests/`, and the files all lessons share) is taken as the manifest names it,
//! by its git blob id (`git cat-file`); every other file as committed (`HEAD`).
//! A learner's work, committed or not, never turns the root `cargo test` red;
//! CI, on a fresh clone, proves exactly what ships.
//!
//! Whether the manifest describes the committed files is judged on `HEAD`, before
//! the manifest's texts are put in: see [`Shipped::stale`].

use std::collections::BTreeMap;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use xtask::course::Course;
use xtask_dev::manifest;

/// The course as shipped, and what the manifest says about the committed files.
pub struct Shipped {
    pub root: PathBuf,
    /// The manifest as committed, and the manifest the committed files would have.
    pub manifest: (String, String),
}

/// Writes the course as shipped from `repo` into `into` (only the files that
/// changed, so that cargo keeps its builds; any other file there is removed).
/// None if `repo` has no git history to read.
pub fn snapshot(repo: &Path, into: &Path) -> Option<Shipped> {
    let head = head_files(repo)?;
    let committed_manifest = head
        .get(Path::new(manifest::FILE))
        .and_then(|(id, _)| cat_files(repo, [id.as_str()]).ok()?.remove(id))
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .unwrap_or_default();
    let entries: Vec<(String, PathBuf)> = committed_manifest
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split_once(' '))
        .map(|(id, path)| (id.to_string(), PathBuf::from(path)))
        .collect();
    let mut ids: Vec<&str> = head.values().map(|(id, _)| id.as_str()).collect();
    ids.extend(entries.iter().map(|(id, _)| id.as_str()));
    let blobs = cat_files(repo, ids).ok()?;
    // First `HEAD` as it is, to judge the manifest on it.
    let mut wanted: BTreeMap<PathBuf, Vec<u8>> = head
        .iter()
        .filter_map(|(path, (id, _))| Some((path.clone(), blobs.get(id)?.clone())))
        .collect();
    write_tree(into, &wanted)?;
    let rendered = manifest::render(&Course::load(into).ok()?).ok()?;
    // Then each listed file as the manifest names it: git's blob with that id, or the
    // working tree's file if it has that id (a manifest written before its commit).
    let lessons: Vec<PathBuf> = entries
        .iter()
        .filter_map(|(_, path)| lesson_dir(path))
        .collect();
    wanted.retain(|path, _| {
        let listed = entries.iter().any(|(_, listed)| listed == path);
        listed || !lesson_dir(path).is_some_and(|dir| lessons.contains(&dir))
    });
    for (id, path) in &entries {
        let working = fs::read(repo.join(path)).ok();
        let text = blobs
            .get(id)
            .cloned()
            .or_else(|| working.filter(|bytes| manifest::blob_id(bytes) == *id));
        if let Some(text) = text {
            wanted.insert(path.clone(), text);
        }
    }
    write_tree(into, &wanted)?;
    Some(Shipped {
        root: into.to_path_buf(),
        manifest: (committed_manifest, rendered),
    })
}

/// `lessons/lessonN/src` or `lessons/lessonN/tests` for a file in one, the folders
/// whose files the manifest lists completely.
fn lesson_dir(path: &Path) -> Option<PathBuf> {
    let parts: Vec<&str> = path.iter().filter_map(|part| part.to_str()).collect();
    match parts.as_slice() {
        ["lessons", lesson, sub @ ("src" | "tests"), _, ..] if lesson.starts_with("lesson") => {
            Some(Path::new("lessons").join(lesson).join(sub))
        }
        _ => None,
    }
}

/// Makes the files under `into` exactly `wanted`, writing only those that differ.
fn write_tree(into: &Path, wanted: &BTreeMap<PathBuf, Vec<u8>>) -> Option<()> {
    for file in xtask::course::files(into) {
        if !wanted.contains_key(&file) {
            fs::remove_file(into.join(&file)).ok()?;
        }
    }
    for (path, bytes) in wanted {
        let target = into.join(path);
        if fs::read(&target).ok().as_ref() != Some(bytes) {
            fs::create_dir_all(target.parent()?).ok()?;
            fs::write(&target, bytes).ok()?;
        }
    }
    Some(())
}

/// The files of `HEAD`: path → (blob id, mode). Links and submodules are left out.
fn head_files(repo: &Path) -> Option<BTreeMap<PathBuf, (String, String)>> {
    let listing = Command::new("git")
        .current_dir(repo)
        .args(["ls-tree", "-r", "-z", "--full-tree", "HEAD"])
        .stderr(Stdio::null())
        .output()
        .ok()
        .filter(|output| output.status.success())?;
    // `100644 blob ID\tPATH`, NUL-terminated.
    let files = String::from_utf8_lossy(&listing.stdout)
        .split('\0')
        .filter_map(|entry| {
            let (meta, path) = entry.split_once('\t')?;
            let words: Vec<&str> = meta.split(' ').collect();
            match words.as_slice() {
                [mode, "blob", id] if *mode != "120000" => {
                    Some((PathBuf::from(path), (id.to_string(), mode.to_string())))
                }
                _ => None,
            }
        })
        .collect();
    Some(files)
}

/// The contents of the blobs `ids` that git has, from one `git cat-file --batch`.
fn cat_files<'a>(
    repo: &Path,
    ids: impl IntoIterator<Item = &'a str>,
) -> Result<BTreeMap<String, Vec<u8>>, String> {
    let mut child = Command::new("git")
        .current_dir(repo)
        .args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let request: String = ids.into_iter().map(|id| format!("{id}\n")).collect();
    let mut stdin = child.stdin.take().ok_or("no stdin")?;
    let writer = std::thread::spawn(move || stdin.write_all(request.as_bytes()));
    let mut output = Vec::new();
    let mut stdout = child.stdout.take().ok_or("no stdout")?;
    stdout.read_to_end(&mut output).map_err(|e| e.to_string())?;
    writer
        .join()
        .map_err(|_| "writer")?
        .map_err(|e| e.to_string())?;
    child.wait().map_err(|e| e.to_string())?;
    // Each answer: `ID blob SIZE\n`, SIZE bytes, `\n`; or `ID missing\n`.
    let mut blobs = BTreeMap::new();
    let mut rest = output.as_slice();
    while !rest.is_empty() {
        let end = rest.iter().position(|&b| b == b'\n').ok_or("no header")?;
        let header = String::from_utf8_lossy(&rest[..end]).into_owned();
        let words: Vec<&str> = header.split(' ').collect();
        let [id, _, size] = words.as_slice() else {
            rest = &rest[end + 1..];
            continue;
        };
        let size: usize = size.parse().map_err(|_| header.clone())?;
        let body = rest.get(end + 1..end + 1 + size).ok_or("short answer")?;
        blobs.insert(id.to_string(), body.to_vec());
        rest = rest.get(end + 2 + size..).unwrap_or_default();
    }
    Ok(blobs)
}
