//! What a lesson's files say about it (`xtask::text`), and what only the
//! maintainers' checks read.

pub use xtask::text::*;

/// The README's `## Part K: title` headings, in order, as (K, title).
pub fn part_headings(readme: &str) -> Vec<(String, String)> {
    readme
        .lines()
        .filter_map(|line| line.strip_prefix("## Part ")?.split_once(": "))
        .map(|(number, title)| (number.trim().to_string(), title.trim().to_string()))
        .collect()
}
