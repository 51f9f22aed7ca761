//! Reading what a lesson's files say about it: the README's title and idea, the parts declared in `src/lib.rs`, the checks of a checks file, and
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

/// One part as `src/lib.rs` declares it: a `/// Part K: title.` line (or
/// `// Part K: title.`) right above its `pub mod S;` line.
#[derive(Clone, Debug, PartialEq)]
pub struct Declared {
    /// K as written, which must be the part's place in the file.
    pub number: String,
    pub slug: String,
    /// The title without its final full stop.
    pub title: String,
}

/// The parts a `lib.rs` declares, in the order of their lines. This is the one
/// place the course's order is written: the runner, the harness and the README
/// headings all follow it.
pub fn parts(lib: &str) -> Vec<Declared> {
    let lines: Vec<&str> = lib.lines().map(str::trim).collect();
    lines
        .windows(2)
        .filter_map(|pair| {
            let comment = pair[0].strip_prefix("///").or(pair[0].strip_prefix("//"))?;
            let (number, title) = comment.trim().strip_prefix("Part ")?.split_once(": ")?;
            let slug = pair[1].strip_prefix("pub mod ")?.strip_suffix(';')?;
            Some(Declared {
                number: number.to_string(),
                slug: slug.trim().to_string(),
                title: title.strip_suffix('.').unwrap_or(title).to_string(),
            })
        })
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
