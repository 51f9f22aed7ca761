//! `cargo xtask add-part LESSON SLUG "TITLE" [--after SLUG]`: a new part, ready
//! to fill in.
//!
//! It declares the part in the solution's `src/lib.rs` (the one place the order
//! is written), gives it a `## Part K: TITLE` section in the README, writes a
//! solution file with one marked function and a checks file with one check that
//! fails on the stub and passes on the solution, numbers the parts after it
//! again, and runs `stubs`, which writes the stub, the lesson's `lib.rs`, the
//! harness and the manifest. What is left by hand: the solution, the checks and
//! the README section (hints are optional: the runner says when a check has none).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};

use crate::Ctx;
use crate::args::UsageError;
use crate::text;

/// `cargo xtask add-part`.
pub fn add_part(
    ctx: &Ctx,
    lesson: &str,
    slug: &str,
    title: &str,
    after: Option<&str>,
) -> Result<ExitCode> {
    let course = &ctx.course;
    let lesson = course.find(lesson)?;
    let (name, root) = (&lesson.name, &course.root);
    if !slug.starts_with(|c: char| c.is_ascii_lowercase())
        || !slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    {
        return Err(UsageError(format!(
            "`{slug}` is not a module name: lowercase letters, digits and `_`"
        ))
        .into());
    }
    let solution = PathBuf::from(format!("solutions/{name}/src/{slug}.rs"));
    let checks = PathBuf::from(format!("lessons/{name}/tests/{slug}.rs"));
    for taken in [
        &solution,
        &checks,
        &lesson.dir().join(format!("src/{slug}.rs")),
    ] {
        if root.join(taken).exists() {
            bail!(
                "{} exists already: choose another name for the part",
                taken.display()
            );
        }
    }
    let at = match after {
        None => lesson.parts.len(),
        Some(after) => match lesson.part(after) {
            Some(part) => part.number,
            None => return Err(UsageError(format!("{name} has no part `{after}`")).into()),
        },
    };
    let number = at + 1;
    let lib = PathBuf::from(format!("solutions/{name}/src/lib.rs"));
    edit(root, &lib, |text| declare(text, at, slug, title))?;
    edit(root, &lesson.dir().join("README.md"), |text| {
        section(text, at, title, slug)
    })?;
    // The files of the parts after the new one open with their number.
    for part in &lesson.parts[at..] {
        for file in [
            Path::new("solutions")
                .join(name)
                .join(format!("src/{}.rs", part.slug)),
            part.checks_file.clone(),
        ] {
            edit(root, &file, |text| {
                renumber_first_line(text, part.number + 1)
            })?;
        }
    }
    super::stubs::write(
        root,
        &solution,
        &format!(
            "//! Part {number}: {title}.\n\n\
         /// What the learner computes (a sentence, then an example: `{slug}() -> 1.0`).\n\
         pub fn {slug}() -> f64 {{\n\
         \x20   // STUB: // TODO: say what to do, in one sentence.\n\
         \x20   // STUB: todo!(\"{slug}\")\n\
         \x20   // BEGIN SOLUTION\n\
         \x20   1.0\n\
         \x20   // END SOLUTION\n\
         }}\n"
        ),
    )?;
    super::stubs::write(
        root,
        &checks,
        &format!(
            "//! Part {number}: {title} — the checks.\n\
         //!\n\
         //! Run them with `cargo xtask next` (one failing check at a time, with hints) or\n\
         //! with `cargo test -p {name} --test {slug}`. The course's own test suite runs\n\
         //! this very file against the reference solution, so do not edit it: the runner\n\
         //! notices.\n\n\
         use check::{{Tol, assert_close}};\n\
         use {name}::{slug}::*;\n\n\
         #[test]\n\
         fn {slug}_gives_one() {{\n\
         \x20   // One is exact in f64: ROUNDING.\n\
         \x20   assert_close(\"{slug}()\", {slug}(), 1.0, Tol::ROUNDING, \"the rule to think about\");\n\
         }}\n"
        ),
    )?;
    super::stubs::stubs(ctx, std::slice::from_ref(name), false)
}

/// Reads `path`, changes it with `change`, and writes it back.
fn edit(root: &Path, path: &Path, change: impl FnOnce(&str) -> Result<String>) -> Result<()> {
    let full = root.join(path);
    let text =
        fs::read_to_string(&full).with_context(|| format!("Failed to read {}", path.display()))?;
    super::stubs::write(root, path, &change(&text)?)
}

/// `lib` with a part declared at place `at` (0 for first), and every part's `Part K:` in order.
fn declare(lib: &str, at: usize, slug: &str, title: &str) -> Result<String> {
    let mut lines: Vec<String> = lib.lines().map(String::from).collect();
    let comments = declarations(&lines);
    let Some(&last) = comments.last() else {
        bail!(
            "the solution's lib.rs declares no part: a part is a `/// Part K: title.` line over its `pub mod S;`"
        );
    };
    let style = if lines[last].trim_start().starts_with("///") {
        "///"
    } else {
        "//"
    };
    let new = [
        format!("{style} Part 0: {title}."),
        format!("pub mod {slug};"),
    ];
    match comments.get(at) {
        Some(&line) => lines.splice(line..line, [new[0].clone(), new[1].clone(), String::new()]),
        None => lines.splice(
            last + 2..last + 2,
            [String::new(), new[0].clone(), new[1].clone()],
        ),
    };
    for (index, line) in declarations(&lines).into_iter().enumerate() {
        lines[line] = renumber(&lines[line], "Part ", index + 1);
    }
    Ok(lines.join("\n") + "\n")
}

/// The lines of `lines` that declare a part (the comment over its `pub mod`).
fn declarations(lines: &[String]) -> Vec<usize> {
    (0..lines.len().saturating_sub(1))
        .filter(|&at| text::parts(&format!("{}\n{}", lines[at], lines[at + 1])).len() == 1)
        .collect()
}

/// `readme` with a `## Part K: title` section for a new part at place `at`, and its part headings numbered in order.
fn section(readme: &str, at: usize, title: &str, slug: &str) -> Result<String> {
    let mut lines: Vec<String> = readme.lines().map(String::from).collect();
    let headings: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].starts_with("## Part "))
        .collect();
    let new = [
        format!("## Part 0: {title}"),
        String::new(),
        format!("Edit `src/{slug}.rs`."),
        String::new(),
    ];
    let place = match headings.get(at) {
        Some(&line) => line,
        // After the last part's section: at the next heading of its level, or the end.
        None => {
            let after = headings.last().map_or(0, |line| line + 1);
            (after..lines.len())
                .find(|&i| lines[i].starts_with("## "))
                .unwrap_or(lines.len())
        }
    };
    let mut new = new.to_vec();
    if place > 0 && !lines[place - 1].is_empty() {
        new.insert(0, String::new());
    }
    lines.splice(place..place, new);
    let mut number = 0;
    for line in lines.iter_mut().filter(|line| line.starts_with("## Part ")) {
        number += 1;
        *line = renumber(line, "Part ", number);
    }
    Ok(lines.join("\n").trim_end().to_string() + "\n")
}

/// `text` with its first line's `Part K:` numbered `number`.
fn renumber_first_line(text: &str, number: usize) -> Result<String> {
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    Ok(format!("{}\n{rest}", renumber(first, "Part ", number)))
}

/// `line` with the number after its first `prefix` (up to a `:`) replaced by `number`.
fn renumber(line: &str, prefix: &str, number: usize) -> String {
    let Some(start) = line.find(prefix).map(|at| at + prefix.len()) else {
        return line.to_string();
    };
    let Some(end) = line[start..].find(':').map(|at| start + at) else {
        return line.to_string();
    };
    format!("{}{number}{}", &line[..start], &line[end..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_is_declared_in_its_place_and_the_others_renumbered() {
        let lib =
            "//! L.\n\n/// Part 1: a.\npub mod a;\n\n/// Part 2: b.\npub mod b;\n\npub use a::*;\n";
        let first = declare(lib, 0, "z", "zed").unwrap();
        assert!(
            first.contains(
                "/// Part 1: zed.\npub mod z;\n\n/// Part 2: a.\npub mod a;\n\n/// Part 3: b."
            ),
            "{first}"
        );
        let last = declare(lib, 2, "z", "zed").unwrap();
        assert!(
            last.contains("pub mod b;\n\n/// Part 3: zed.\npub mod z;\n\npub use"),
            "{last}"
        );
    }

    #[test]
    fn a_section_goes_before_the_next_part_or_after_the_last() {
        let readme = "# L\n\nIdea.\n\n## Part 1: a\n\nA.\n\n## Notes\n\nN.\n";
        let first = section(readme, 0, "zed", "z").unwrap();
        assert!(
            first.contains("## Part 1: zed\n\nEdit `src/z.rs`.\n\n## Part 2: a\n"),
            "{first}"
        );
        let last = section(readme, 1, "zed", "z").unwrap();
        assert!(
            last.contains("A.\n\n## Part 2: zed\n\nEdit `src/z.rs`.\n\n## Notes"),
            "{last}"
        );
        let end = section("# L\n\n## Part 1: a\n\nA.\n", 1, "zed", "z").unwrap();
        assert!(
            end.ends_with("A.\n\n## Part 2: zed\n\nEdit `src/z.rs`.\n"),
            "{end}"
        );
    }
}
