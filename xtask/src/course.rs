//! The course on disk: which lessons there are, their parts, and what each says about itself.
//!
//! A lesson is a folder `lessons/lessonN/` holding `README.md` (line 1 is
//! `# Lesson N: title`, the first line after it is the one-line idea, then a
//! `## Part K: title` section per part), `HINTS.md` (a `## check_name` heading per
//! check, then `- ` hints from gentle to explicit), and its parts. The parts are
//! declared once, in `src/lib.rs` (written from the solution's): a `/// Part K: title.`
//! line right above each `pub mod S;`, in the order the learner does them, with
//! `src/S.rs` the file the learner edits and `tests/S.rs` its checks.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use crate::text;
use crate::usage_error::UsageError;

/// One lesson of the course.
#[derive(Clone, Debug, PartialEq)]
pub struct Lesson {
    /// The package name, `lesson1`.
    pub name: String,
    pub number: u32,
    /// `Lesson 1: the random nudge`
    pub title: String,
    /// The one-line idea under the title.
    pub idea: String,
    /// Its parts, in the order the learner does them; never empty.
    pub parts: Vec<Part>,
}

/// One part of a lesson: one idea, one file to edit, one test binary of checks.
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    /// The module and test name, `step`.
    pub slug: String,
    /// 1 for the first part.
    pub number: usize,
    /// `one step, two ways`
    pub title: String,
    /// The file the learner edits, relative to the workspace root.
    pub edit_file: PathBuf,
    /// The file that holds the part's checks, relative to the workspace root.
    pub checks_file: PathBuf,
}

impl Lesson {
    /// The lesson's folder, relative to the workspace root.
    pub fn dir(&self) -> PathBuf {
        Path::new("lessons").join(&self.name)
    }

    /// `Lesson 3 · part 2 of 4: one step, two ways`.
    pub fn heading(&self, part: &Part) -> String {
        let (number, count) = (self.number, self.parts.len());
        format!(
            "Lesson {number} · part {} of {count}: {}",
            part.number, part.title
        )
    }

    /// The part whose slug is `slug`.
    pub fn part(&self, slug: &str) -> Option<&Part> {
        self.parts.iter().find(|part| part.slug == slug)
    }
}

/// The whole course: the workspace root and its lessons in order.
#[derive(Clone, Debug)]
pub struct Course {
    pub root: PathBuf,
    pub lessons: Vec<Lesson>,
}

impl Course {
    /// Reads every `lessons/lessonN/` folder under `root`, ordered by N.
    pub fn load(root: &Path) -> Result<Course> {
        let dir = root.join("lessons");
        let entries =
            fs::read_dir(&dir).with_context(|| format!("Failed to read {}", dir.display()))?;
        let mut lessons = Vec::new();
        for entry in entries {
            let name = entry?.file_name().to_string_lossy().into_owned();
            if let Some(number) = name.strip_prefix("lesson").and_then(|n| n.parse().ok()) {
                lessons.push(load_lesson(root, name, number)?);
            }
        }
        lessons.sort_by_key(|lesson| lesson.number);
        if lessons.is_empty() {
            bail!("No lessons found in {}", dir.display());
        }
        Ok(Course {
            root: root.to_path_buf(),
            lessons,
        })
    }

    /// The lesson called `name` (`lesson2`, or just `2`), or a usage error listing the valid names.
    pub fn find(&self, name: &str) -> Result<&Lesson, UsageError> {
        let wanted = name
            .parse::<u32>()
            .map_or(name.to_string(), |n| format!("lesson{n}"));
        self.lessons
            .iter()
            .find(|lesson| lesson.name == wanted)
            .ok_or_else(|| {
                let names: Vec<&str> = self
                    .lessons
                    .iter()
                    .map(|lesson| lesson.name.as_str())
                    .collect();
                UsageError(format!(
                    "unknown lesson `{name}`; the lessons are: {}",
                    names.join(", ")
                ))
            })
    }

    /// The earlier lessons `lesson` uses (its `Cargo.toml` names them as path
    /// dependencies, `lesson6 = { path = "../lesson6" … }`), the nearest first.
    pub fn uses(&self, lesson: &Lesson) -> Vec<&Lesson> {
        let manifest = self
            .read(&lesson.dir().join("Cargo.toml"))
            .unwrap_or_default();
        let named: Vec<&str> = manifest
            .lines()
            .filter(|line| line.contains("path"))
            .filter_map(|line| Some(line.split_once('=')?.0.trim()))
            .collect();
        let earlier = self
            .lessons
            .iter()
            .filter(|other| other.number < lesson.number);
        earlier
            .rev()
            .filter(|other| named.contains(&other.name.as_str()))
            .collect()
    }

    /// The names of a part's checks, in the order they appear in its checks file.
    pub fn part_checks(&self, part: &Part) -> Result<Vec<String>> {
        Ok(text::check_names(&self.read(&part.checks_file)?))
    }

    /// The names of a lesson's checks: every part's, in part order.
    pub fn check_names(&self, lesson: &Lesson) -> Result<Vec<String>> {
        let names: Result<Vec<Vec<String>>> = lesson
            .parts
            .iter()
            .map(|part| self.part_checks(part))
            .collect();
        Ok(names?.concat())
    }

    /// The hints of one check, from gentle to explicit (none if it has no heading).
    pub fn hints_for(&self, lesson: &Lesson, check: &str) -> Result<Vec<String>> {
        let found = self
            .hints(lesson)?
            .into_iter()
            .find(|(name, _)| name == check);
        Ok(found.map(|(_, hints)| hints).unwrap_or_default())
    }

    /// The hints of a lesson, per check, each list from gentle to explicit.
    pub fn hints(&self, lesson: &Lesson) -> Result<Vec<(String, Vec<String>)>> {
        Ok(text::hints(&self.read(&lesson.dir().join("HINTS.md"))?))
    }

    /// A file of the course, by its path from the workspace root.
    pub fn read(&self, path: &Path) -> Result<String> {
        let full = self.root.join(path);
        fs::read_to_string(&full).with_context(|| format!("Failed to read {}", full.display()))
    }
}

/// Reads `lessons/NAME/`: its README and the parts its `src/lib.rs` declares.
fn load_lesson(root: &Path, name: String, number: u32) -> Result<Lesson> {
    let dir = Path::new("lessons").join(&name);
    let read = |file: &str| {
        let path = root.join(&dir).join(file);
        fs::read_to_string(&path).with_context(|| format!("Failed to read {}", path.display()))
    };
    let (title, idea) = text::title_and_idea(&read("README.md")?).with_context(|| {
        format!(
            "{}/README.md must start with `# Lesson N: title` and a one-line idea",
            dir.display()
        )
    })?;
    let mut parts = Vec::new();
    for (index, text::Declared { slug, title, .. }) in
        text::parts(&read("src/lib.rs")?).into_iter().enumerate()
    {
        let checks_file = dir.join(format!("tests/{slug}.rs"));
        if !root.join(&checks_file).is_file() {
            let checks = checks_file.display();
            bail!(
                "{checks} is missing: it holds the checks of {name}'s part `{slug}`. Get it back as shipped \
                 with `git checkout -- {checks}` (or `cargo xtask reset {name}`, which saves your code first)"
            );
        }
        let edit_file = dir.join(format!("src/{slug}.rs"));
        parts.push(Part {
            slug,
            number: index + 1,
            title,
            edit_file,
            checks_file,
        });
    }
    // A checks file whose part lib.rs no longer declares would never run.
    for entry in fs::read_dir(root.join(&dir).join("tests"))
        .into_iter()
        .flatten()
        .flatten()
    {
        let file = entry.file_name().to_string_lossy().into_owned();
        let Some(slug) = file.strip_suffix(".rs") else {
            continue;
        };
        if !parts.iter().any(|part| part.slug == slug) {
            let lib = dir.join("src/lib.rs");
            let lib = lib.display();
            bail!(
                "{lib} declares no part `{slug}`, whose checks are in {}/tests/{file}: a part is a \
                 `/// Part K: title.` line right above its `pub mod {slug};`. Get the file back as \
                 shipped with `git checkout -- {lib}`",
                dir.display()
            );
        }
    }
    if parts.is_empty() {
        bail!(
            "{}/src/lib.rs declares no part: a part is a `/// Part K: title.` line right above its `pub mod S;`",
            dir.display()
        );
    }
    Ok(Lesson {
        name,
        number,
        title,
        idea,
        parts,
    })
}

/// Walks up from `start` to the folder that holds `lessons/` and `xtask/`.
pub fn find_root(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .find(|dir| dir.join("lessons").is_dir() && dir.join("xtask").join("Cargo.toml").is_file())
        .map(Path::to_path_buf)
}

/// Every file under `dir`, as paths relative to it, sorted.
pub fn files(dir: &Path) -> Vec<PathBuf> {
    files_except(dir, |_| false)
}

/// Every file under `dir`, as paths relative to it, sorted, without looking into
/// the folders whose name `skip` accepts.
pub fn files_except(dir: &Path, skip: impl Fn(&str) -> bool) -> Vec<PathBuf> {
    let (mut found, mut stack) = (Vec::new(), vec![dir.to_path_buf()]);
    while let Some(next) = stack.pop() {
        for entry in fs::read_dir(&next).into_iter().flatten().flatten() {
            let path = entry.path();
            if !path.is_dir() {
                found.extend(path.strip_prefix(dir).map(Path::to_path_buf));
            } else if !skip(&entry.file_name().to_string_lossy()) {
                stack.push(path);
            }
        }
    }
    found.sort();
    found
}
