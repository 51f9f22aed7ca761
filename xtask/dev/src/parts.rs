//! `cargo xtask add-part LESSON SLUG "TITLE" [--after SLUG | --first]` and
//! `cargo xtask remove-part LESSON SLUG`: a part in one command, and out again.
//!
//! `add-part` declares the part in the solution's `src/lib.rs` (the one place
//! the order is written), gives it a `## Part K: TITLE` section in the README,
//! and writes a solution file with one marked function and a checks file with
//! one check that fails on the stub and passes on the solution. What is left by
//! hand: the solution, the checks and the README section (hints are optional:
//! the runner says when a check has none). `remove-part` takes out all of it,
//! the part's hints too. Both number the parts again (lib.rs, the README's
//! headings, the first line of each part's files) and run `stubs`, which writes
//! the stubs, the lesson's `lib.rs`, the harness and the manifest.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};

use crate::args::Place;
use crate::text;
use xtask::Ctx;
use xtask::usage_error::UsageError;

/// A new part's solution: one function, marked, that returns 1.
const SOLUTION: &str = r#"//! Part 0: TITLE.

/// What the learner computes (a sentence, then an example: `SLUG() -> 1.0`).
pub fn SLUG() -> f64 {
    // STUB: // TODO: say what to do, in one sentence.
    // STUB: todo!("SLUG")
    // BEGIN SOLUTION
    1.0
    // END SOLUTION
}
"#;

/// A new part's checks: one check, which the stub fails and the solution passes.
const CHECKS: &str = r#"//! Part 0: TITLE — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p LESSON --test SLUG`. The course's own test suite runs
//! this very file against the reference solution, so do not edit it: the runner
//! notices.

use check::{Tol, assert_close};
use LESSON::SLUG::*;

#[test]
fn SLUG_gives_one() {
    // One is exact in f64: ROUNDING.
    assert_close("SLUG()", SLUG(), 1.0, Tol::ROUNDING, "the rule to think about");
}
"#;

/// The 2024 edition's strict and reserved keywords that are lowercase words:
/// none of them can name a module (`pub mod loop;` does not compile).
const KEYWORDS: &str = "as async await break const continue crate dyn else enum extern false \
    fn for if impl in let loop match mod move mut pub ref return self static struct super trait \
    true type unsafe use where while abstract become box do final gen macro override priv try \
    typeof unsized virtual yield";

/// Refuses a slug that cannot name the part's module, files and test target:
/// "the slug `loop` is a Rust keyword; a slug names …".
fn check_slug(slug: &str) -> Result<(), UsageError> {
    let module = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_';
    let why = if slug.is_empty() {
        "is empty"
    } else if !slug.starts_with(|c: char| c.is_ascii_lowercase()) {
        "does not start with a lowercase letter"
    } else if !slug.chars().all(module) {
        "has a character other than a-z, 0-9 and `_`"
    } else if KEYWORDS.split_whitespace().any(|keyword| keyword == slug) {
        "is a Rust keyword"
    } else {
        return Ok(());
    };
    Err(UsageError(format!(
        "the slug `{slug}` {why}; a slug names the part's module, files and checks: a lowercase \
         letter, then lowercase letters, digits and `_` (like `scale` or `chain_rule`), and not \
         a Rust keyword"
    )))
}

/// `cargo xtask add-part`.
pub fn add_part(
    ctx: &Ctx,
    lesson: &str,
    slug: &str,
    title: &str,
    place: &Place,
) -> Result<ExitCode> {
    check_slug(slug)?;
    let lesson = ctx.course.find(lesson)?;
    let (name, root) = (&lesson.name, ctx.course.root.as_path());
    if lesson.part(slug).is_some() {
        let message = format!("{name} has a part `{slug}` already: choose another slug");
        return Err(UsageError(message).into());
    }
    let [solution, stub, checks] = files(name, slug);
    if let Some(taken) = [&solution, &stub, &checks]
        .into_iter()
        .find(|file| root.join(file).exists())
    {
        bail!(
            "{} exists already: choose another name for the part",
            taken.display()
        );
    }
    let at = match place {
        Place::Last => lesson.parts.len(),
        Place::First => 0,
        Place::After(after) => match lesson.part(after) {
            Some(part) => part.number,
            None => return Err(UsageError(format!("{name} has no part `{after}`")).into()),
        },
    };
    edit(root, &lib(name), |lines| {
        let declared = declarations(lines);
        // The comment marker (`//` or `///`) of the parts declared already.
        let last = &lines[*declared.last().expect("a lesson has parts")];
        let style = last.split(' ').next().unwrap_or("//");
        let new = [
            format!("{style} Part 0: {title}."),
            format!("pub mod {slug};"),
        ];
        match declared.get(at) {
            Some(&line) => lines.splice(line..line, [&new[..], &[String::new()]].concat()),
            None => {
                let end = declared[at - 1] + 2;
                lines.splice(end..end, [&[String::new()], &new[..]].concat())
            }
        };
    })?;
    edit(root, &lesson.dir().join("README.md"), |lines| {
        let headings = part_headings(lines);
        let place = match headings.get(at) {
            Some(&line) => line,
            // After the last part's section: at the next heading of its level, or the end.
            None => section_end(lines, headings[at - 1]),
        };
        let mut new = vec![
            format!("## Part 0: {title}"),
            String::new(),
            format!("Edit `src/{slug}.rs`."),
            String::new(),
        ];
        if place > 0 && !lines[place - 1].is_empty() {
            new.insert(0, String::new());
        }
        lines.splice(place..place, new);
    })?;
    for (path, template) in [(solution, SOLUTION), (checks, CHECKS)] {
        let text = template
            .replace("LESSON", name)
            .replace("SLUG", slug)
            .replace("TITLE", title);
        super::stubs::write(root, &path, &text)?;
    }
    number_parts(root, name)?;
    super::stubs::stubs(ctx, std::slice::from_ref(name), false)
}

/// `cargo xtask remove-part`.
pub fn remove_part(ctx: &Ctx, lesson: &str, slug: &str) -> Result<ExitCode> {
    let lesson = ctx.course.find(lesson)?;
    let (name, root) = (&lesson.name, ctx.course.root.as_path());
    let Some(part) = lesson.part(slug) else {
        return Err(UsageError(format!("{name} has no part `{slug}`")).into());
    };
    if lesson.parts.len() == 1 {
        bail!("`{slug}` is the only part of {name}: a lesson needs one");
    }
    let checks = ctx.course.part_checks(part)?;
    edit(root, &lib(name), |lines| {
        let at = declarations(lines)[part.number - 1];
        lines.drain(at..at + 2);
        if lines.get(at).is_some_and(|line| line.is_empty()) {
            lines.remove(at);
        } else if at > 0 && lines[at - 1].is_empty() {
            lines.remove(at - 1);
        }
    })?;
    edit(root, &lesson.dir().join("README.md"), |lines| {
        let start = part_headings(lines)[part.number - 1];
        lines.drain(start..section_end(lines, start));
    })?;
    edit(root, &lesson.dir().join("HINTS.md"), |lines| {
        while let Some(start) = (0..lines.len()).find(|&at| {
            checks
                .iter()
                .any(|check| lines[at] == format!("## {check}"))
        }) {
            lines.drain(start..section_end(lines, start));
        }
    })?;
    for file in files(name, slug) {
        fs::remove_file(root.join(&file))
            .with_context(|| format!("Failed to remove {}", file.display()))?;
        println!("Removed {}.", file.display());
    }
    number_parts(root, name)?;
    super::stubs::stubs(ctx, std::slice::from_ref(name), false)
}

/// A part's solution, stub and checks file.
fn files(name: &str, slug: &str) -> [PathBuf; 3] {
    [
        PathBuf::from(format!("solutions/{name}/src/{slug}.rs")),
        PathBuf::from(format!("lessons/{name}/src/{slug}.rs")),
        PathBuf::from(format!("lessons/{name}/tests/{slug}.rs")),
    ]
}

fn lib(name: &str) -> PathBuf {
    PathBuf::from(format!("solutions/{name}/src/lib.rs"))
}

/// Numbers the parts of lesson `name` 1, 2, … in the order the solution's
/// lib.rs declares them: there, in the README's headings, and on the first line
/// of each part's solution and checks file.
fn number_parts(root: &Path, name: &str) -> Result<()> {
    let numbered = |lines: &mut Vec<String>, at: Vec<usize>| {
        for (index, line) in at.into_iter().enumerate() {
            lines[line] = renumber(&lines[line], index + 1);
        }
    };
    edit(root, &lib(name), |lines| {
        numbered(lines, declarations(lines))
    })?;
    edit(
        root,
        &Path::new("lessons").join(name).join("README.md"),
        |lines| numbered(lines, part_headings(lines)),
    )?;
    let declared = text::parts(&fs::read_to_string(root.join(lib(name)))?);
    for (index, part) in declared.iter().enumerate() {
        let [solution, _, checks] = files(name, &part.slug);
        for file in [solution, checks] {
            edit(root, &file, |lines| {
                lines[0] = renumber(&lines[0], index + 1)
            })?;
        }
    }
    Ok(())
}

/// Reads the file at `path`, changes its lines with `change`, and writes it back if that changed it.
fn edit(root: &Path, path: &Path, change: impl FnOnce(&mut Vec<String>)) -> Result<()> {
    let text = fs::read_to_string(root.join(path))
        .with_context(|| format!("Failed to read {}", path.display()))?;
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    change(&mut lines);
    let changed = lines.join("\n").trim_end().to_string() + "\n";
    if changed != text {
        super::stubs::write(root, path, &changed)?;
    }
    Ok(())
}

/// The lines that declare a part (the comment over its `pub mod`).
fn declarations(lines: &[String]) -> Vec<usize> {
    (0..lines.len().saturating_sub(1))
        .filter(|&at| text::parts(&format!("{}\n{}", lines[at], lines[at + 1])).len() == 1)
        .collect()
}

/// The lines of a README's `## Part K: title` headings.
fn part_headings(lines: &[String]) -> Vec<usize> {
    (0..lines.len())
        .filter(|&at| lines[at].starts_with("## Part "))
        .collect()
}

/// Where the section that starts at line `start` ends: the next `## ` heading, or the end.
fn section_end(lines: &[String], start: usize) -> usize {
    (start + 1..lines.len())
        .find(|&at| lines[at].starts_with("## "))
        .unwrap_or(lines.len())
}

/// `line` with the number in its first `Part K:` replaced by `number`.
fn renumber(line: &str, number: usize) -> String {
    let Some(start) = line.find("Part ").map(|at| at + "Part ".len()) else {
        return line.to_string();
    };
    match line[start..].find(':') {
        Some(end) if line[start..start + end].chars().all(|c| c.is_ascii_digit()) => {
            format!("{}{number}{}", &line[..start], &line[start + end..])
        }
        _ => line.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slug_that_cannot_name_a_module_is_refused_and_says_why() {
        let refused = [
            ("", "is empty"),
            ("2nd", "does not start with a lowercase letter"),
            ("_scale", "does not start with a lowercase letter"),
            ("Scale", "does not start with a lowercase letter"),
            ("chain-rule", "has a character other than a-z, 0-9 and `_`"),
            ("scalé", "has a character other than a-z, 0-9 and `_`"),
            ("the scale", "has a character other than a-z, 0-9 and `_`"),
        ];
        let keywords = [
            "fn", "loop", "type", "match", "mod", "self", "crate", "super", "async", "dyn", "gen",
            "try", "yield",
        ];
        let refused = refused.into_iter().chain(
            keywords
                .into_iter()
                .map(|keyword| (keyword, "is a Rust keyword")),
        );
        for (slug, why) in refused {
            let error = check_slug(slug).expect_err(slug).0;
            assert!(error.contains(&format!("`{slug}` {why}")), "{error}");
            assert!(error.contains("a lowercase letter, then"), "{error}");
        }
        // A weak keyword (`union`) names a module as any word does.
        for slug in ["scale", "chain_rule", "layer2", "types", "union"] {
            assert!(check_slug(slug).is_ok(), "{slug}");
        }
    }

    #[test]
    fn only_a_part_number_is_renumbered() {
        assert_eq!(
            renumber("//! Part 12: the nudge. Part 3: no.", 2),
            "//! Part 2: the nudge. Part 3: no."
        );
        assert_eq!(renumber("## Part of it: no", 2), "## Part of it: no");
        assert_eq!(renumber("no part here", 2), "no part here");
    }

    #[test]
    fn a_section_ends_at_the_next_heading_or_the_end() {
        let lines: Vec<String> = "## Part 1: a\n\nA.\n\n## Notes\n\nN."
            .lines()
            .map(String::from)
            .collect();
        assert_eq!((section_end(&lines, 0), section_end(&lines, 4)), (4, 7));
        assert_eq!(part_headings(&lines), [0]);
    }
}
