//! A stub cannot drift from its solution (a policy of the course's own tests): the two files must say the same thing
//! everywhere except inside the bodies of the stub's `todo!()` functions.
//!
//! Each such body is blanked out, in the stub and in the solution's function of
//! the same name (found by matching braces from its signature), the solution's
//! maintainer notes (`#[path]` lines and their comments) are left out, and what
//! remains is compared line by line.

use crate::rust::{self, Function};
use crate::text::without_path_notes;

/// The first difference between a stub file and its solution, as a message
/// naming both places, or None if only the stubs' bodies differ.
pub fn drift(stub_path: &str, stub: &str, solution_path: &str, solution: &str) -> Option<String> {
    let stub_functions = rust::functions(stub);
    let stubs: Vec<(&str, usize)> = stub_functions
        .iter()
        .enumerate()
        .filter(|(_, f)| f.body_text(stub).contains("todo!("))
        .map(|(at, f)| (f.name.as_str(), occurrence(&stub_functions, at)))
        .collect();
    let solution_functions = rust::functions(solution);
    for &(name, nth) in &stubs {
        if nth_named(&solution_functions, name, nth).is_none() {
            return Some(format!(
                "{solution_path} has no `fn {name}` to fill in the stub of {stub_path}"
            ));
        }
    }
    let left = blanked(stub, "", &stub_functions, &stubs);
    let right = blanked(solution, stub, &solution_functions, &stubs);
    let show = |side: Option<&(usize, String)>, path: &str| match side {
        Some((number, line)) => format!("{path}:{number}: {line}"),
        None => format!("{path}: (ends here)"),
    };
    // Line numbers differ below a filled-in body; the text must not.
    let text = |side: &[(usize, String)], i: usize| side.get(i).map(|(_, line)| line.clone());
    let at = (0..left.len().max(right.len())).find(|&i| text(&left, i) != text(&right, i))?;
    Some(format!(
        "the stub and its solution differ outside the stubs' bodies (only the bodies of the \
         `todo!()` functions may differ):\n  {}\n  {}",
        show(left.get(at), stub_path),
        show(right.get(at), solution_path)
    ))
}

/// How many functions named like the one at `at` come before it.
fn occurrence(functions: &[Function], at: usize) -> usize {
    let name = &functions[at].name;
    functions[..at].iter().filter(|f| f.name == *name).count()
}

fn nth_named<'a>(functions: &'a [Function], name: &str, nth: usize) -> Option<&'a Function> {
    functions.iter().filter(|f| f.name == name).nth(nth)
}

/// The lines of `source` (with their 1-based numbers) with the bodies of the
/// functions in `blank` cut down to `{ … }` and the maintainer notes left out
/// (see `without_path_notes`; `other` is the file it is compared with).
fn blanked(
    source: &str,
    other: &str,
    functions: &[Function],
    blank: &[(&str, usize)],
) -> Vec<(usize, String)> {
    let mut bodies: Vec<(usize, usize)> = blank
        .iter()
        .filter_map(|&(name, nth)| nth_named(functions, name, nth)?.body)
        .collect();
    bodies.sort();
    let kept: std::collections::HashMap<usize, &str> =
        without_path_notes(source, other).into_iter().collect();
    let line_of = |offset: usize| source[..offset].matches('\n').count();
    let lines: Vec<&str> = source.lines().collect();
    let mut out = Vec::new();
    let mut line = 0;
    let mut bodies = bodies.into_iter().peekable();
    while line < lines.len() {
        match bodies.peek().copied() {
            Some((open, close)) if line_of(open) == line => {
                bodies.next();
                let (first, last) = (line_of(open), line_of(close));
                let open_col = open - line_start(source, first);
                let close_col = close - line_start(source, last);
                let joined = format!(
                    "{} … {}",
                    &lines[first][..=open_col],
                    &lines[last][close_col..]
                );
                out.push((first + 1, joined));
                line = last + 1;
            }
            _ => {
                if let Some(text) = kept.get(&(line + 1)) {
                    out.push((line + 1, text.to_string()));
                }
                line += 1;
            }
        }
    }
    out
}

/// The offset at which line `index` (0-based) starts.
fn line_start(source: &str, index: usize) -> usize {
    if index == 0 {
        return 0;
    }
    source
        .match_indices('\n')
        .nth(index - 1)
        .map_or(source.len(), |(at, _)| at + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const STUB: &str = "/// Twice x.\npub fn double(x: f64) -> f64 {\n    // TODO: add x to itself.\n    todo!(\"double {x}\")\n}\n\n/// Given.\npub fn half(x: f64) -> f64 {\n    x / 2.0\n}\n";

    #[test]
    fn only_the_stubs_bodies_may_differ() {
        let solved = STUB.replace(
            "    // TODO: add x to itself.\n    todo!(\"double {x}\")",
            "    x + x",
        );
        assert_eq!(drift("s.rs", STUB, "t.rs", &solved), None);
    }

    #[test]
    fn a_changed_doc_comment_signature_or_helper_is_drift() {
        let solved = STUB.replace("todo!(\"double {x}\")", "x + x");
        for (from, to, line) in [
            ("/// Twice x.", "/// Two times x.", "s.rs:1"),
            ("double(x: f64)", "double(x: f32)", "s.rs:2"),
            ("x / 2.0", "x * 0.5", "s.rs:9"),
        ] {
            let message = drift("s.rs", STUB, "t.rs", &solved.replace(from, to)).unwrap();
            assert!(message.contains(line), "{message}");
        }
        let extra = format!("{solved}\nfn helper() {{}}\n");
        assert!(
            drift("s.rs", STUB, "t.rs", &extra)
                .unwrap()
                .contains("(ends here)")
        );
    }

    #[test]
    fn a_solutions_lib_may_add_only_its_path_notes() {
        let lesson = "//! Lesson 3.\n\npub mod rules;\n// Given to you.\npub mod story;\n";
        let solution = "//! Lesson 3.\n\npub mod rules;\n// Given to you.\n// Shared with the lesson.\n#[path = \"../../../lessons/lesson3/src/story.rs\"]\npub mod story;\n";
        assert_eq!(drift("l.rs", lesson, "s.rs", solution), None);
        let one_line = solution.replace("\"]\npub mod", "\"] pub mod");
        assert_eq!(drift("l.rs", lesson, "s.rs", &one_line), None);
        let extra = solution.replace("pub mod rules;", "pub mod rules;\npub mod extra;");
        assert!(
            drift("l.rs", lesson, "s.rs", &extra)
                .unwrap()
                .contains("s.rs:4: pub mod extra;")
        );
    }
}
