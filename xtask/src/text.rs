//! Reading what a lesson's files say about it: the README's title, idea and part
//! headings, the parts declared in `src/lib.rs`, the checks of a checks file, and
//! HINTS.md. Pure functions on text.

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

/// The titles of the README's `## Part K: title` headings, in order, with their K.
pub fn part_headings(readme: &str) -> Vec<(String, String)> {
    readme
        .lines()
        .filter_map(|line| line.strip_prefix("## Part "))
        .filter_map(|rest| rest.split_once(": "))
        .map(|(number, title)| (number.trim().to_string(), title.trim().to_string()))
        .collect()
}

/// The modules a `lib.rs` declares (`pub mod S;` or `mod S;`), in order.
pub fn modules(lib: &str) -> Vec<String> {
    lib.lines()
        .map(|line| line.split("//").next().unwrap_or_default().trim())
        .filter_map(|line| {
            line.strip_prefix("pub mod ")
                .or_else(|| line.strip_prefix("mod "))?
                .strip_suffix(';')
        })
        .map(|name| name.trim().to_string())
        .collect()
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

/// Whether a line of a solution's `lib.rs` is there for maintainers only: a
/// `#[path = "../../../lessons/…"]` that shares a lesson's file with its solution.
pub fn is_path_note(line: &str) -> bool {
    line.trim_start()
        .starts_with("#[path = \"../../../lessons/")
}

/// `text` without its maintainer notes: the `#[path]` attributes, and the plain
/// `//` comment lines just above them (or above the item's doc comment) that
/// explain them, unless `other` (the file it is compared with) has the same line.
pub fn without_path_notes<'a>(text: &'a str, other: &str) -> Vec<(usize, &'a str)> {
    let mut lines: Vec<&str> = text.lines().collect();
    let theirs: Vec<&str> = other.lines().map(str::trim).collect();
    let mut keep = vec![true; lines.len()];
    for at in 0..lines.len() {
        if !is_path_note(lines[at]) {
            continue;
        }
        // An item on the same line as its attribute stays: `#[path = "…"] pub mod story;`.
        let rest = lines[at]
            .split_once("\"]")
            .map_or("", |(_, rest)| rest.trim());
        if rest.is_empty() {
            keep[at] = false;
        } else {
            lines[at] = rest;
        }
        // Up past the item's doc comment and other attributes, to the note above them.
        let mut above = at;
        while above > 0 && {
            let line = lines[above - 1].trim_start();
            line.starts_with("///") || line.starts_with("#[")
        } {
            above -= 1;
        }
        while above > 0 && is_plain_comment(lines[above - 1]) {
            above -= 1;
            keep[above] = theirs.contains(&lines[above].trim());
        }
    }
    lines
        .into_iter()
        .enumerate()
        .filter(|(at, _)| keep[*at])
        .map(|(at, line)| (at + 1, line))
        .collect()
}

fn is_plain_comment(line: &str) -> bool {
    let line = line.trim_start();
    line.starts_with("//") && !line.starts_with("///") && !line.starts_with("//!")
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

    #[test]
    fn parts_come_from_mod_lines_and_part_headings() {
        let lib = "//! Lesson 3.\n\npub mod rules;\npub mod step;\nmod story;\npub use rules::*;\n";
        assert_eq!(modules(lib), ["rules", "step", "story"]);
        assert_eq!(modules("pub mod rules; // Part 1\n"), ["rules"]);
        let readme = "# Lesson 3: x\n\n## Part 1: the rules\n\ntext\n\n## Part 2: one step, two ways\n## Notes\n";
        assert_eq!(
            part_headings(readme),
            [
                ("1".to_string(), "the rules".to_string()),
                ("2".to_string(), "one step, two ways".to_string())
            ]
        );
    }

    #[test]
    fn path_notes_and_their_comments_are_for_maintainers() {
        let lib = "/// Doc.\npub fn f() {}\n// Shared with the lesson.\n// Two lines.\n#[path = \"../../../lessons/lesson1/src/story.rs\"]\npub mod story;\n";
        assert_eq!(
            without_path_notes(lib, ""),
            [(1, "/// Doc."), (2, "pub fn f() {}"), (6, "pub mod story;")]
        );
        let one_line = "#[path = \"../../../lessons/lesson1/src/story.rs\"] pub mod story;\n";
        assert_eq!(without_path_notes(one_line, ""), [(1, "pub mod story;")]);
        // A comment the lesson has too is the lesson's, not a note.
        let documented = "// Note.\n/// Given: the story.\n#[path = \"../../../lessons/lesson1/src/story.rs\"]\npub mod story;\n";
        assert_eq!(
            without_path_notes(documented, ""),
            [(2, "/// Given: the story."), (4, "pub mod story;")]
        );
        let lesson = "// Shared with the lesson.\npub mod story;\n";
        assert_eq!(
            without_path_notes(lib, lesson)[2],
            (3, "// Shared with the lesson.")
        );
    }
}
