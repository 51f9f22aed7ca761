//! Just enough of Rust's lexical structure to find the functions of a lesson's
//! files and their bodies: braces are matched with strings, characters and
//! comments blanked out, so that `todo!("… {a}")` or a `'{'` never counts.

/// A function found in a source file.
#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    pub name: String,
    /// The 1-based line of its `fn` keyword.
    pub line: usize,
    /// The text of its body, braces included (empty for a declaration).
    pub body: String,
}

/// `source` with the contents of comments, strings and character literals
/// replaced by spaces (newlines kept), so that every byte keeps its offset.
/// (Block comments are taken not to nest.)
pub fn mask(source: &str) -> String {
    let bytes = source.as_bytes();
    let mut out = bytes.to_vec();
    let mut i = 0;
    while i < bytes.len() {
        let rest = &bytes[i..];
        // The offset of `needle` in `rest` at or after `from` (the end if none).
        let after = |needle: &[u8], from: usize| {
            find(&rest[from.min(rest.len())..], needle).map_or(rest.len(), |n| from + n)
        };
        let word_start = i == 0 || !is_ident(bytes[i - 1]);
        // From `i`: where the text to blank starts and ends, and where the token ends.
        let token = if rest.starts_with(b"//") {
            let end = after(b"\n", 0);
            Some((0, end, end))
        } else if rest.starts_with(b"/*") {
            let end = after(b"*/", 2) + 2;
            Some((0, end, end))
        } else if let Some(hashes) = raw_string_start(rest).filter(|_| word_start) {
            let open = rest.iter().position(|&b| b == b'"').unwrap_or(0) + 1;
            let close = format!("\"{}", "#".repeat(hashes));
            let end = after(close.as_bytes(), open);
            Some((open, end, end + close.len()))
        } else if rest[0] == b'"' {
            let mut end = 1;
            while end < rest.len() && rest[end] != b'"' {
                end += if rest[end] == b'\\' { 2 } else { 1 };
            }
            Some((1, end, end + 1))
        } else if rest.starts_with(b"'\\") {
            // An escaped character: '\n', '\'', '\u{7b}'.
            let end = after(b"'", 3);
            Some((1, end, end + 1))
        } else if rest[0] == b'\'' {
            // A character literal ('x'), not a lifetime ('a).
            let width = source[i + 1..].chars().next().map_or(1, char::len_utf8);
            (rest.get(1 + width) == Some(&b'\'')).then_some((1, 1 + width, 2 + width))
        } else {
            None
        };
        let Some((from, to, end)) = token else {
            i += 1;
            continue;
        };
        for byte in &mut out[i + from..(i + to).min(bytes.len())] {
            if *byte != b'\n' {
                *byte = b' ';
            }
        }
        i += end;
    }
    String::from_utf8(out).unwrap_or_else(|_| source.to_string())
}

fn is_ident(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

/// The number of `#` of a raw string starting here (`r"`, `r#"`, `br#"`).
fn raw_string_start(rest: &[u8]) -> Option<usize> {
    let after_r = rest
        .strip_prefix(b"br")
        .or_else(|| rest.strip_prefix(b"r"))?;
    let hashes = after_r.iter().take_while(|&&b| b == b'#').count();
    (after_r.get(hashes) == Some(&b'"')).then_some(hashes)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

/// Every `fn NAME` of `source` (nested ones too), in order, with its body.
pub fn functions(source: &str) -> Vec<Function> {
    let masked = mask(source);
    let bytes = masked.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while let Some(at) = find(&bytes[i..], b"fn").map(|n| n + i) {
        i = at + 2;
        let before_ok = at == 0 || !is_ident(bytes[at - 1]);
        let after = &masked[at + 2..];
        let name: String = after
            .trim_start()
            .chars()
            .take_while(|&c| c.is_alphanumeric() || c == '_')
            .collect();
        if !before_ok || !after.starts_with(char::is_whitespace) || name.is_empty() {
            continue;
        }
        let line = masked[..at].matches('\n').count() + 1;
        let open = signature_end(bytes, at).filter(|&n| bytes[n] == b'{');
        let body = open.and_then(|open| Some(&source[open..=matching_brace(bytes, open)?]));
        let body = body.unwrap_or_default().to_string();
        found.push(Function { name, line, body });
    }
    found
}

/// The offset of the `{` that opens the body of the `fn` at `at`, or of the `;`
/// that ends a body-less declaration: the first of either outside brackets, so
/// that an array type such as `&[[f64; 2]]` in the signature is passed over.
fn signature_end(bytes: &[u8], at: usize) -> Option<usize> {
    let mut depth = 0;
    let end = bytes[at..].iter().position(|byte| {
        depth += i32::from(b"([".contains(byte)) - i32::from(b")]".contains(byte));
        depth <= 0 && b"{;".contains(byte)
    });
    end.map(|n| at + n)
}

/// The offset of the `}` that closes the `{` at `open`.
fn matching_brace(bytes: &[u8], open: usize) -> Option<usize> {
    let mut depth = 0;
    let close = bytes[open..].iter().position(|&byte| {
        depth += i32::from(byte == b'{') - i32::from(byte == b'}');
        depth == 0
    });
    close.map(|n| open + n)
}

/// The names called in `code` (`name(` or `name::<…>(`), in order of first call.
pub fn calls(code: &str) -> Vec<String> {
    let masked = mask(code);
    let mut names: Vec<String> = Vec::new();
    let mut word = String::new();
    let mut chars = masked.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_alphanumeric() || c == '_' {
            word.push(c);
            continue;
        }
        let called = c == '(' || (c == ':' && chars.peek() == Some(&':'));
        if called
            && !word.is_empty()
            && !word.starts_with(|c: char| c.is_ascii_digit())
            && !names.contains(&word)
        {
            names.push(word.clone());
        }
        word.clear();
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn braces_in_strings_chars_and_comments_and_fn_types_do_not_count() {
        let source = "fn a(x: f64) -> f64 {\n    /* { */ // a { in a comment\n    let c = '{';\n    \
                      let q = '\\'';\n    todo!(\"x={x} {{\")\n}\nfn b<'a>(s: &'a str) {}\n\
                      fn f(g: fn(f64) -> f64) -> String {\n    r#\"fn fake() {\"#.into()\n}\n\
                      pub fn dead(xs: &[[f64; 2]]) -> usize {\n    todo!()\n}\nfn decl(n: [u8; 4]);\n";
        let found = functions(source);
        let names: Vec<(&str, usize)> = found.iter().map(|f| (f.name.as_str(), f.line)).collect();
        assert_eq!(
            names,
            [("a", 1), ("b", 7), ("f", 8), ("dead", 11), ("decl", 14)]
        );
        assert!(found[0].body.ends_with("{{\")\n}"));
        assert_eq!(found[1].body, "{}");
        assert_eq!(found[2].body, "{\n    r#\"fn fake() {\"#.into()\n}");
        assert_eq!(found[3].body, "{\n    todo!()\n}");
        assert_eq!(found[4].body, "");
    }

    #[test]
    fn calls_are_listed_once_in_order() {
        assert_eq!(
            calls("let n = sum(1.0, 2.0); assert_close(\"q(x)\", n.value, 3.0); sum(0.0, 0.0)"),
            ["sum", "assert_close"]
        );
    }
}
