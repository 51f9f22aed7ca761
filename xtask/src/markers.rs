//! A solution file is the one source of its stub: the learner's part is marked in
//! it, and the stub is written from it (`cargo xtask stubs`, in `xtask-dev`).
//!
//! Three kinds of marker lines, plain comments that rustfmt leaves alone:
//!
//! ```text
//! pub fn product(a: f64, b: f64) -> f64 {
//!     // STUB: // TODO: multiply the two inputs.
//!     // STUB: todo!("the product of {a} and {b}")
//!     // BEGIN SOLUTION
//!     a * b
//!     // END SOLUTION
//! }
//! ```
//!
//! The stub is the solution with every line from `// BEGIN SOLUTION` to
//! `// END SOLUTION` left out and every `// STUB: ` line put in as what follows
//! the prefix, at the comment's indentation (`// STUB:` alone is an empty line).
//! Every other line is the same in both, to the byte. The solution as a learner
//! reads it ([`solved`]) is the other way round: the solution's lines kept, the
//! stub's and the markers left out, and so is a marked block that only shares a
//! provided file with the lesson (a `#[path]` line and comments that say why):
//! that is a note for maintainers.

/// The line that opens the solution's own lines.
pub const BEGIN: &str = "// BEGIN SOLUTION";
/// The line that closes them.
pub const END: &str = "// END SOLUTION";
/// The prefix of a line that only the stub has.
pub const STUB: &str = "// STUB:";

/// The solution as a learner reads it: its own lines, without the stub's, the
/// markers, or the maintainers' notes.
pub fn solved(source: &str) -> Result<String, String> {
    Ok(split(source)?.1)
}

/// The stub (which `xtask-dev` writes) and the solution as a learner reads it, or
/// an error naming the line of a misplaced marker.
pub fn split(source: &str) -> Result<(String, String), String> {
    let (mut stub, mut solved) = (String::new(), String::new());
    // The solution's own lines of the block being read, and the line that opened it.
    let mut block: Option<(usize, String)> = None;
    for (at, line) in source.split_inclusive('\n').enumerate() {
        let text = line.trim_end_matches(['\n', '\r']);
        let misplaced = if text.trim() == BEGIN {
            if block.is_none() {
                block = Some((at + 1, String::new()));
                continue;
            }
            "a second `// BEGIN SOLUTION` before the first's end"
        } else if text.trim() == END {
            let Some((_, own)) = block.take() else {
                return Err(format!(
                    "line {}: `// END SOLUTION` without its `// BEGIN SOLUTION`",
                    at + 1
                ));
            };
            if !shares_a_file(&own) {
                solved.push_str(&own);
            }
            continue;
        } else if let Some(rest) = text.trim_start().strip_prefix(STUB) {
            if block.is_none() {
                let rest = rest.strip_prefix(' ').unwrap_or(rest);
                if !rest.is_empty() {
                    stub.push_str(&text[..text.len() - text.trim_start().len()]);
                    stub.push_str(rest);
                }
                stub.push_str(&line[text.len()..]);
                continue;
            }
            "a `// STUB:` line among the solution's own lines"
        } else {
            match &mut block {
                Some((_, own)) => own.push_str(line),
                None => {
                    stub.push_str(line);
                    solved.push_str(line);
                }
            }
            continue;
        };
        return Err(format!("line {}: {misplaced}", at + 1));
    }
    match block {
        Some((line, _)) => Err(format!("line {line}: `// BEGIN SOLUTION` is never ended")),
        None => Ok((stub, solved)),
    }
}

/// Whether a solution's own lines only share a provided file: a `#[path]` line,
/// and comments that say why.
fn shares_a_file(own: &str) -> bool {
    own.contains("#[path")
        && own
            .lines()
            .map(str::trim_start)
            .all(|line| line.starts_with("#[path") || line.starts_with("//"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stub_leaves_out_the_solution_and_puts_in_its_own_lines() {
        let marked = "pub fn double(x: f64) -> f64 {\n    // STUB: // TODO: add x to itself.\n    // STUB:\n    // STUB:     todo!(\"double {x}\")\n    // BEGIN SOLUTION\n    x + x\n    // END SOLUTION\n}\n";
        assert_eq!(
            split(marked).unwrap().0,
            "pub fn double(x: f64) -> f64 {\n    // TODO: add x to itself.\n\n        todo!(\"double {x}\")\n}\n"
        );
        assert_eq!(
            solved(marked).unwrap(),
            "pub fn double(x: f64) -> f64 {\n    x + x\n}\n"
        );
        let shared = "/// Given.\n// BEGIN SOLUTION\n// One copy.\n#[path = \"../../../lessons/l/src/d.rs\"]\n// END SOLUTION\npub mod d;\n";
        assert_eq!(solved(shared).unwrap(), "/// Given.\npub mod d;\n");
    }

    #[test]
    fn line_endings_and_a_last_line_without_one_survive() {
        let marked = "fn f() {\r\n    // STUB: todo!()\r\n    // BEGIN SOLUTION\r\n    1\r\n    // END SOLUTION\r\n}";
        assert_eq!(split(marked).unwrap().0, "fn f() {\r\n    todo!()\r\n}");
        assert_eq!(solved(marked).unwrap(), "fn f() {\r\n    1\r\n}");
    }

    #[test]
    fn misplaced_markers_are_named_by_line() {
        let cases = [
            ("// BEGIN SOLUTION\n// BEGIN SOLUTION\n", "line 2: a second"),
            ("x\n// END SOLUTION\n", "line 2: `// END SOLUTION` without"),
            (
                "// BEGIN SOLUTION\n// STUB: x\n// END SOLUTION\n",
                "line 2: a `// STUB:`",
            ),
            (
                "x\n  // BEGIN SOLUTION\ny\n",
                "line 2: `// BEGIN SOLUTION` is never ended",
            ),
        ];
        for (source, expected) in cases {
            let error = split(source).unwrap_err();
            assert!(error.starts_with(expected), "{source:?}: {error}");
        }
    }
}
