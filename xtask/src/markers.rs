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

/// Whether `source` has any marker line.
pub fn is_marked(source: &str) -> bool {
    source
        .split_inclusive('\n')
        .any(|line| !matches!(kind(line), Line::Plain))
}

/// The line ending of `line` (`\n`, `\r\n`, or none at the end of a file).
fn ending(line: &str) -> &str {
    let text = line.trim_end_matches(['\n', '\r']);
    &line[text.len()..]
}

/// The solution `solution` (marked or not) rewritten with the markers that make
/// `stub` of it exactly `stub`: the lines the two share stay, the solution's
/// own lines are put between `// BEGIN SOLUTION` and `// END SOLUTION`, and the
/// stub's own lines become `// STUB:` lines just before them. Which lines they
/// share is a longest common subsequence of the two files' lines, in which no
/// line inside the body of a stub (a function that calls `todo!`) takes part:
/// a stub's body is its own, whatever lines the solution's body has in common
/// with it (a `);`, a `ys.len(),`).
///
/// An error if `solution` has misplaced markers, or if the two files cannot be
/// paired this way (a stub whose last line has no line ending and is not the
/// solution's).
pub fn mark(stub_text: &str, solution: &str) -> Result<String, String> {
    let solution = solved(solution)?;
    let a: Vec<&str> = stub_text.split_inclusive('\n').collect();
    let b: Vec<&str> = solution.split_inclusive('\n').collect();
    let in_a_stub = stub_bodies(stub_text, a.len());
    let same = |i: usize, y: &str| {
        !in_a_stub[i] && a[i].trim_end_matches(['\n', '\r']) == y.trim_end_matches(['\n', '\r'])
    };
    // longest[i][j]: the longest common subsequence of a[i..] and b[j..].
    let mut longest = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            longest[i][j] = if same(i, b[j]) {
                longest[i + 1][j + 1] + 1
            } else {
                longest[i + 1][j].max(longest[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = String::with_capacity(stub_text.len() + solution.len());
    let (mut stub_only, mut solution_only): (Vec<&str>, Vec<&str>) = (Vec::new(), Vec::new());
    loop {
        let both = i < a.len() && j < b.len() && same(i, b[j]);
        let at_end = i == a.len() && j == b.len();
        if both || at_end {
            hunk(&mut out, &stub_only, &solution_only);
            stub_only.clear();
            solution_only.clear();
            if at_end {
                break;
            }
            // The shared line as the stub has it, ending included: the stub must come out exact.
            out.push_str(a[i]);
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || longest[i][j + 1] >= longest[i + 1][j]) {
            solution_only.push(b[j]);
            j += 1;
        } else {
            stub_only.push(a[i]);
            i += 1;
        }
    }
    Ok(out)
}

/// For each of the `count` lines of `stub_text`, whether it is inside the body
/// of a function that calls `todo!` (the line of its braces too, when the body
/// is on one line).
fn stub_bodies(stub_text: &str, count: usize) -> Vec<bool> {
    let mut inside = vec![false; count];
    let line_of = |offset: usize| stub_text[..offset].matches('\n').count();
    for function in crate::rust::functions(stub_text) {
        let Some((open, close)) = function.body else {
            continue;
        };
        if !stub_text[open..close].contains("todo!(") {
            continue;
        }
        let (first, last) = (line_of(open), line_of(close));
        let lines = if first == last {
            first..last + 1
        } else {
            first + 1..last
        };
        for line in lines {
            inside[line] = true;
        }
    }
    inside
}

/// Writes one hunk of `mark`: the stub's lines as `// STUB:` lines, then the
/// solution's between the markers, all at the hunk's least indentation.
fn hunk(out: &mut String, stub_only: &[&str], solution_only: &[&str]) {
    let indent_of = |line: &&str| line.len() - line.trim_start().len();
    let depth = stub_only
        .iter()
        .chain(solution_only)
        .filter(|line| !line.trim().is_empty())
        .map(indent_of)
        .min()
        .unwrap_or(0);
    let indent = " ".repeat(depth);
    let newline = |line: &str| {
        if ending(line).is_empty() {
            "\n"
        } else {
            ending(line)
        }
        .to_string()
    };
    for line in stub_only {
        let text = line.trim_end_matches(['\n', '\r']);
        out.push_str(&indent);
        out.push_str(STUB);
        if !text.trim().is_empty() {
            out.push(' ');
            out.push_str(&text[depth.min(indent_of(&text))..]);
        }
        out.push_str(ending(line));
    }
    if !solution_only.is_empty() {
        let newline = newline(solution_only[0]);
        out.push_str(&indent);
        out.push_str(BEGIN);
        out.push_str(&newline);
        for line in solution_only {
            out.push_str(line);
            if ending(line).is_empty() {
                out.push_str(&newline);
            }
        }
        out.push_str(&indent);
        out.push_str(END);
        out.push_str(&newline);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOLVED: &str = "use rand::Rng;\n\n/// Twice x.\npub fn double(x: f64) -> f64 {\n    let twice = x + x;\n    twice\n}\n\n/// Given.\npub fn half(x: f64) -> f64 {\n    x / 2.0\n}\n";
    const STUB_TEXT: &str = "#[allow(unused_imports)] // You will need it.\nuse rand::Rng;\n\n/// Twice x.\npub fn double(x: f64) -> f64 {\n    // TODO: add x to itself.\n    todo!(\"double {x}\")\n}\n\n/// Given.\npub fn half(x: f64) -> f64 {\n    x / 2.0\n}\n";

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
    fn marking_an_old_pair_gives_back_the_stub_and_the_solution() {
        let marked = mark(STUB_TEXT, SOLVED).unwrap();
        assert_eq!(stub(&marked).unwrap(), STUB_TEXT);
        assert_eq!(solved(&marked).unwrap(), SOLVED);
        assert!(marked.contains(
            "    // STUB: // TODO: add x to itself.\n    // STUB: todo!(\"double {x}\")\n    // BEGIN SOLUTION\n    let twice = x + x;\n    twice\n    // END SOLUTION\n}\n"
        ));
        assert!(marked.starts_with(
            "// STUB: #[allow(unused_imports)] // You will need it.\nuse rand::Rng;\n"
        ));
        // Marking again, from the marked file, changes nothing.
        assert_eq!(mark(STUB_TEXT, &marked).unwrap(), marked);
        assert!(is_marked(&marked) && !is_marked(SOLVED));
    }

    #[test]
    fn line_endings_and_a_last_line_without_one_survive() {
        let stub_text = STUB_TEXT.replace('\n', "\r\n");
        let marked = mark(&stub_text, SOLVED).unwrap();
        assert_eq!(stub(&marked).unwrap(), stub_text);
        let bare = STUB_TEXT.trim_end().replace("x / 2.0", "todo!()");
        let marked = mark(&bare, SOLVED.trim_end()).unwrap();
        assert_eq!(stub(&marked).unwrap(), bare);
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
