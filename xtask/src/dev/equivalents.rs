//! `xtask/mutants-equivalent.txt`: the mutants no check can catch, because they
//! cannot change what the code does, each with its reason; and the judgement of a
//! lesson's missed mutants against it.

use std::collections::BTreeMap;

use super::mutants::{Found, Judged};

/// A mutant's name without its line and column, so that an entry in the
/// equivalents file survives edits above it:
/// `solutions/lesson1/src/lib.rs:76:18: replace > with >= in random_search` becomes
/// `solutions/lesson1/src/lib.rs: replace > with >= in random_search`.
pub fn without_position(name: &str) -> String {
    match name.split_once(": ") {
        Some((place, change)) => {
            let file = place.split(':').next().unwrap_or(place);
            // A module the solution shares with the lesson through `#[path]` is named
            // `solutions/lessonN/src/../../../lessons/lessonN/src/story.rs`: use its real path.
            let file = file
                .rsplit_once("/../../../")
                .map_or(file, |(_, real)| real);
            format!("{file}: {change}")
        }
        None => name.trim().to_string(),
    }
}

/// The equivalents file: mutant name (without position) → reason. Blank lines and
/// lines starting with `#` are comments; every entry needs a reason after ` # `.
pub fn parse_equivalents(text: &str) -> Result<BTreeMap<String, String>, String> {
    let mut entries = BTreeMap::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match line.rsplit_once(" # ") {
            Some((name, reason)) if !reason.trim().is_empty() => {
                entries.insert(without_position(name), reason.trim().to_string());
            }
            _ => {
                return Err(format!(
                    "line {}: an equivalent mutant needs its reason after ` # `: `{line}`",
                    index + 1
                ));
            }
        }
    }
    Ok(entries)
}

/// Holds a lesson's missed mutants against the equivalents listed for its solution.
pub fn judge(lesson: &str, found: &Found, equivalents: &BTreeMap<String, String>) -> Judged {
    let mut judged = Judged::default();
    for name in &found.missed {
        if equivalents.contains_key(&without_position(name)) {
            judged.equivalent += 1;
        } else {
            judged.unexpected.push(name.clone());
        }
    }
    let mine = [format!("solutions/{lesson}/"), format!("lessons/{lesson}/")];
    let missed: Vec<String> = found.missed.iter().map(|m| without_position(m)).collect();
    judged.stale = equivalents
        .keys()
        .filter(|name| mine.iter().any(|prefix| name.starts_with(prefix.as_str())))
        .filter(|name| !missed.contains(name))
        .cloned()
        .collect();
    judged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn names_are_compared_without_line_and_column() {
        assert_eq!(
            without_position("solutions/lesson1/src/lib.rs:76:18: replace > with >= in f"),
            "solutions/lesson1/src/lib.rs: replace > with >= in f"
        );
        assert_eq!(
            without_position("solutions/lesson1/src/lib.rs: replace > with >= in f"),
            "solutions/lesson1/src/lib.rs: replace > with >= in f"
        );
    }

    #[test]
    fn a_shared_module_is_named_by_its_real_path() {
        assert_eq!(
            without_position(
                "solutions/lesson1/src/../../../lessons/lesson1/src/story.rs:33:30: replace > with >= in render"
            ),
            "lessons/lesson1/src/story.rs: replace > with >= in render"
        );
    }

    #[test]
    fn every_equivalent_needs_a_reason() {
        let text = "# comment\n\nsolutions/lesson1/src/lib.rs:3:4: replace a with b # same value\n";
        let entries = parse_equivalents(text).unwrap();
        assert_eq!(
            entries.get("solutions/lesson1/src/lib.rs: replace a with b"),
            Some(&"same value".to_string())
        );
        let error = parse_equivalents("solutions/lesson1/src/lib.rs: replace a with b\n");
        assert!(
            error
                .unwrap_err()
                .contains("line 1: an equivalent mutant needs its reason")
        );
    }

    #[test]
    fn only_unlisted_misses_and_stale_entries_need_attention() {
        let equivalents = parse_equivalents(
            "solutions/lesson1/src/lib.rs: listed # why\n\
             solutions/lesson1/src/lib.rs: caught now # why\n\
             solutions/lesson2/src/lib.rs: other lesson # why\n",
        )
        .unwrap();
        let found = Found {
            caught: names(&["solutions/lesson1/src/lib.rs:9:9: caught now"]),
            missed: names(&[
                "solutions/lesson1/src/lib.rs:1:1: listed",
                "solutions/lesson1/src/lib.rs:2:2: not listed",
            ]),
            unviable: vec![],
            timed_out: vec![],
        };
        assert_eq!(
            judge("lesson1", &found, &equivalents),
            Judged {
                equivalent: 1,
                unexpected: names(&["solutions/lesson1/src/lib.rs:2:2: not listed"]),
                stale: names(&["solutions/lesson1/src/lib.rs: caught now"]),
            }
        );
    }
}
