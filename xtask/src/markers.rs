//! A solution file is the one source of its stub: the learner's part is marked in
//! it, and the stub is written from it (`cargo xtask stubs`).
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
//! stub's and the markers left out.

/// The line that opens the solution's own lines.
pub const BEGIN: &str = "// BEGIN SOLUTION";
/// The line that closes them.
pub const END: &str = "// END SOLUTION";
/// The prefix of a line that only the stub has.
pub const STUB: &str = "// STUB:";

/// What one line of a solution file is.
enum Line<'a> {
    Begin,
    End,
    /// A line of the stub only: its indentation and its text.
    Stub(&'a str, &'a str),
    Plain,
}

fn kind(line: &str) -> Line<'_> {
    let text = line.trim_end_matches(['\n', '\r']);
    let indent = &text[..text.len() - text.trim_start().len()];
    let trimmed = text.trim();
    if trimmed == BEGIN {
        Line::Begin
    } else if trimmed == END {
        Line::End
    } else if let Some(rest) = text.trim_start().strip_prefix(STUB) {
        Line::Stub(indent, rest.strip_prefix(' ').unwrap_or(rest))
    } else {
        Line::Plain
    }
}

/// The lines of `source` with their endings, and whether each is among the
/// solution's own lines; an error naming the line of a misplaced marker.
fn walk(source: &str) -> Result<Vec<(&str, Line<'_>, bool)>, String> {
    let mut out = Vec::new();
    let mut open = None;
    for (at, line) in source.split_inclusive('\n').enumerate() {
        let kind = kind(line);
        let misplaced = match (&kind, open) {
            (Line::Begin, Some(_)) => "a second `// BEGIN SOLUTION` before the first's end",
            (Line::End, None) => "`// END SOLUTION` without its `// BEGIN SOLUTION`",
            (Line::Stub(..), Some(_)) => "a `// STUB:` line among the solution's own lines",
            _ => "",
        };
        if !misplaced.is_empty() {
            return Err(format!("line {}: {misplaced}", at + 1));
        }
        match kind {
            Line::Begin => open = Some(at + 1),
            Line::End => open = None,
            _ => {}
        }
        out.push((line, kind, open.is_some()));
    }
    match open {
        Some(line) => Err(format!("line {line}: `// BEGIN SOLUTION` is never ended")),
        None => Ok(out),
    }
}

/// The stub that the solution `source` marks.
pub fn stub(source: &str) -> Result<String, String> {
    let mut out = String::with_capacity(source.len());
    for (line, kind, inside) in walk(source)? {
        match kind {
            _ if inside => {}
            Line::Begin | Line::End => {}
            Line::Stub(indent, text) => {
                if !text.is_empty() {
                    out.push_str(indent);
                    out.push_str(text.trim_end_matches(['\n', '\r']));
                }
                out.push_str(ending(line));
            }
            Line::Plain => out.push_str(line),
        }
    }
    Ok(out)
}

/// The solution as a learner reads it: its own lines, without the stub's or the markers.
pub fn solved(source: &str) -> Result<String, String> {
    let mut out = String::with_capacity(source.len());
    for (line, kind, _) in walk(source)? {
        if matches!(kind, Line::Plain) {
            out.push_str(line);
        }
    }
    Ok(out)
}

/// The line ending of `line` (`\n`, `\r\n`, or none at the end of a file).
fn ending(line: &str) -> &str {
    let text = line.trim_end_matches(['\n', '\r']);
    &line[text.len()..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stub_leaves_out_the_solution_and_puts_in_its_own_lines() {
        let marked = "pub fn double(x: f64) -> f64 {\n    // STUB: // TODO: add x to itself.\n    // STUB:\n    // STUB:     todo!(\"double {x}\")\n    // BEGIN SOLUTION\n    x + x\n    // END SOLUTION\n}\n";
        assert_eq!(
            stub(marked).unwrap(),
            "pub fn double(x: f64) -> f64 {\n    // TODO: add x to itself.\n\n        todo!(\"double {x}\")\n}\n"
        );
        assert_eq!(
            solved(marked).unwrap(),
            "pub fn double(x: f64) -> f64 {\n    x + x\n}\n"
        );
    }

    #[test]
    fn line_endings_and_a_last_line_without_one_survive() {
        let marked = "fn f() {\r\n    // STUB: todo!()\r\n    // BEGIN SOLUTION\r\n    1\r\n    // END SOLUTION\r\n}";
        assert_eq!(stub(marked).unwrap(), "fn f() {\r\n    todo!()\r\n}");
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
            let error = stub(source).unwrap_err();
            assert!(error.starts_with(expected), "{source:?}: {error}");
        }
    }
}
