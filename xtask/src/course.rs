//! The course on disk: which lessons there are, and what each one says about itself.
//!
//! A lesson is a folder `lessons/lessonN/` holding `README.md` (line 1 is
//! `# Lesson N: title`, the first line after it is the one-line idea),
//! `HINTS.md` (a `## check_name` heading per check, then `- ` hints from gentle to
//! explicit), `src/lib.rs` (the file the learner edits) and `tests/checks.rs`
//! (the checks, in the order the learner meets them).

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use crate::UsageError;

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
}

impl Lesson {
    /// The lesson's folder, relative to the workspace root.
    pub fn dir(&self) -> PathBuf {
        Path::new("lessons").join(&self.name)
    }

    /// The file the learner edits, relative to the workspace root.
    pub fn edit_file(&self) -> PathBuf {
        self.dir().join("src").join("lib.rs")
    }

    /// The file that holds the lesson's checks, relative to the workspace root.
    pub fn checks_file(&self) -> PathBuf {
        self.dir().join("tests").join("checks.rs")
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
            let Some(number) = name
                .strip_prefix("lesson")
                .and_then(|n| n.parse::<u32>().ok())
            else {
                continue;
            };
            let readme = dir.join(&name).join("README.md");
            let text = fs::read_to_string(&readme)
                .with_context(|| format!("Failed to read {}", readme.display()))?;
            let (title, idea) = title_and_idea(&text).with_context(|| {
                format!(
                    "{} must start with `# Lesson N: title` and a one-line idea",
                    readme.display()
                )
            })?;
            lessons.push(Lesson {
                name,
                number,
                title,
                idea,
            });
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
        let wanted = if name.chars().all(|c| c.is_ascii_digit()) {
            format!("lesson{name}")
        } else {
            name.to_string()
        };
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

    /// The lessons called `names`, or every lesson when `names` is empty.
    pub fn select(&self, names: &[String]) -> Result<Vec<&Lesson>, UsageError> {
        if names.is_empty() {
            return Ok(self.lessons.iter().collect());
        }
        names.iter().map(|name| self.find(name)).collect()
    }

    /// The names of a lesson's checks, in the order they appear in its checks file.
    pub fn check_names(&self, lesson: &Lesson) -> Result<Vec<String>> {
        let path = self.root.join(lesson.checks_file());
        let text = fs::read_to_string(&path)
            .with_context(|| format!("Failed to read {}", path.display()))?;
        Ok(check_names(&text))
    }

    /// The hints of one check, from gentle to explicit (none if it has no heading).
    pub fn hints_for(&self, lesson: &Lesson, check: &str) -> Result<Vec<String>> {
        let all = self.hints(lesson)?;
        Ok(all
            .into_iter()
            .find(|(name, _)| name == check)
            .map(|(_, hints)| hints)
            .unwrap_or_default())
    }

    /// The hints of a lesson, per check, each list from gentle to explicit.
    pub fn hints(&self, lesson: &Lesson) -> Result<Vec<(String, Vec<String>)>> {
        let path = self.root.join(lesson.dir()).join("HINTS.md");
        let text = fs::read_to_string(&path)
            .with_context(|| format!("Failed to read {}", path.display()))?;
        Ok(hints(&text))
    }
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
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(next) = stack.pop() {
        let Ok(entries) = fs::read_dir(&next) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                if !skip(&entry.file_name().to_string_lossy()) {
                    stack.push(path);
                }
            } else if let Ok(relative) = path.strip_prefix(dir) {
                found.push(relative.to_path_buf());
            }
        }
    }
    found.sort();
    found
}

/// The title (without `# `) and the first non-empty line after it.
pub fn title_and_idea(readme: &str) -> Option<(String, String)> {
    let mut lines = readme.lines();
    let title = lines.next()?.strip_prefix("# ")?.trim().to_string();
    let idea = lines
        .map(str::trim)
        .find(|line| !line.is_empty())?
        .to_string();
    Some((title, idea))
}

/// The names of the `#[test]` functions in a checks file, in file order.
pub fn check_names(source: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut after_test_attribute = false;
    for line in source.lines().map(str::trim) {
        if line == "#[test]" {
            after_test_attribute = true;
        } else if after_test_attribute && let Some(rest) = line.strip_prefix("fn ") {
            names.push(
                rest.split(['(', '<', ' '])
                    .next()
                    .unwrap_or_default()
                    .to_string(),
            );
            after_test_attribute = false;
        }
    }
    names
}

/// Parses HINTS.md: `## check_name` headings, each followed by `- ` items; an item
/// goes on over the indented or non-blank lines that follow it.
pub fn hints(text: &str) -> Vec<(String, Vec<String>)> {
    let mut all: Vec<(String, Vec<String>)> = Vec::new();
    let mut in_item = false;
    for line in text.lines() {
        if let Some(name) = line.strip_prefix("## ") {
            all.push((name.trim().to_string(), Vec::new()));
            in_item = false;
        } else if let Some((_, items)) = all.last_mut() {
            if let Some(item) = line.strip_prefix("- ") {
                items.push(item.trim().to_string());
                in_item = true;
            } else if line.trim().is_empty() {
                in_item = false;
            } else if in_item && let Some(item) = items.last_mut() {
                item.push(' ');
                item.push_str(line.trim());
            }
        }
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_names_come_in_file_order() {
        let source = "#[test]\nfn b_second() {}\nfn helper() {}\n#[test]\nfn a_third() {\n}\n";
        assert_eq!(check_names(source), ["b_second", "a_third"]);
    }

    #[test]
    fn hints_climb_in_order_and_wrap_lines() {
        let text = "# Hints\n\nintro\n\n## first\n\n- gentle\n- explicit,\n  on two lines\n\n## second\n- only\n";
        assert_eq!(
            hints(text),
            [
                (
                    "first".to_string(),
                    vec!["gentle".to_string(), "explicit, on two lines".to_string()]
                ),
                ("second".to_string(), vec!["only".to_string()]),
            ]
        );
    }

    #[test]
    fn the_idea_is_the_first_line_after_the_title() {
        assert_eq!(
            title_and_idea("# Lesson 1: x\n\nThe idea.\n\nMore."),
            Some(("Lesson 1: x".to_string(), "The idea.".to_string()))
        );
        assert_eq!(title_and_idea("no title"), None);
    }
}
