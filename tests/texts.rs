//! The lesson texts say only what the code proves.
//!
//! A learner trusts a figure in a lesson's text as they trust a check: when the
//! text says "12 units die" and the story prints 13, they doubt their own code
//! first. So every figure a lesson's text states about a computation is written
//! as the story prints it, in backticks (`` `0.86` ``, `` `12 dead` ``), and a test
//! finds each one in the story's snapshot. Timings are never stated in a
//! lesson's prose: they depend on the machine, and `cargo xtask bench` measures
//! them. And every panic message a check requires is promised by the doc comment
//! of the function the check calls, so that a learner reads it before the check
//! asks for it.

use std::fs;
use std::path::{Path, PathBuf};

/// The course's root folder.
fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every lesson folder, `lessons/lessonN`, in the order of N.
fn lessons() -> Vec<(u32, PathBuf)> {
    let mut found: Vec<(u32, PathBuf)> = fs::read_dir(root().join("lessons"))
        .expect("the lessons folder")
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            let n = path
                .file_name()?
                .to_str()?
                .strip_prefix("lesson")?
                .parse()
                .ok()?;
            Some((n, path))
        })
        .collect();
    found.sort();
    found
}

/// The lines of a Markdown text outside its fenced code blocks, with their numbers.
fn prose_lines(text: &str) -> Vec<(usize, &str)> {
    let mut fenced = false;
    let mut lines = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
        } else if !fenced {
            lines.push((index + 1, line));
        }
    }
    lines
}

/// The code spans of a line of Markdown, `like this`.
fn code_spans(line: &str) -> Vec<&str> {
    line.split('`').skip(1).step_by(2).collect()
}

/// Whether a code span is a figure: it starts with a digit, or with a minus sign
/// and a digit (code, like `src/S.rs` or `[2, 16, 1]`, never does).
fn is_figure(span: &str) -> bool {
    let mut chars = span.chars();
    match chars.next() {
        Some(c) if c.is_ascii_digit() => true,
        Some('-' | '−') => chars.next().is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    }
}

/// Whether `figure` appears in `printed` as a whole: not as part of a longer
/// number (`0.86` is not found in `10.861`, nor `3 dead` in `13 dead`).
fn printed_whole(printed: &str, figure: &str) -> bool {
    let figure = figure.replace('−', "-");
    printed.match_indices(&figure).any(|(at, _)| {
        let before = printed[..at].chars().next_back();
        let mut after = printed[at + figure.len()..].chars();
        let next = after.next();
        let digit_after = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
        let starts_inside = before.is_some_and(|c| c.is_ascii_digit() || c == '.' || c == '-');
        let ends_inside = digit_after(next) || (next == Some('.') && digit_after(after.next()));
        !starts_inside && !ends_inside
    })
}

/// The numbers a text prints: `-4.03`, `12.251200`, `4.540e-5`, `65818`.
fn numbers(printed: &str) -> Vec<f64> {
    let is_part = |c: char| c.is_ascii_digit() || matches!(c, '.' | '-' | 'e' | '+');
    printed
        .split(|c: char| !is_part(c))
        .filter_map(|token| {
            let token = token.trim_matches(|c: char| !c.is_ascii_digit() && c != '-');
            let token = token.trim_end_matches('-');
            token.parse::<f64>().ok()
        })
        .collect()
}

/// A figure that is one number, as the text writes it, at the precision it
/// writes it: `12.2512` is 12.2512 to 4 decimals, `4.540e-5` 4.540 to 3
/// decimals times 10⁻⁵, `65,818` is 65818.
fn shown_as(figure: &str) -> Option<(f64, impl Fn(f64) -> String)> {
    let figure = figure.replace('−', "-").replace(',', "");
    let value: f64 = figure.parse().ok()?;
    let (mantissa, exponent) = match figure.split_once('e') {
        Some((m, _)) => (m.to_string(), true),
        None => (figure.clone(), false),
    };
    let decimals = mantissa.split_once('.').map_or(0, |(_, d)| d.len());
    let format = move |x: f64| {
        if exponent {
            format!("{x:.decimals$e}")
        } else {
            format!("{x:.decimals$}")
        }
    };
    Some((value, format))
}

/// Whether the story prints `figure`: word for word, or, for a figure that is
/// one number, some printed number that rounds to it at the figure's precision
/// (the text writes `12.2512` where the story prints `12.251200`).
fn printed(story: &str, figure: &str) -> bool {
    if printed_whole(story, figure) {
        return true;
    }
    let Some((value, format)) = shown_as(figure) else {
        return false;
    };
    let written = format(value);
    numbers(story).into_iter().any(|x| format(x) == written)
}

/// A lesson's text states a figure about a computation only as its story prints
/// it: every figure in backticks in `lessons/lessonN/README.md` appears in the
/// story's snapshot `tests/snapshots/lessonN_story.snap`, word for word or, for
/// a number, rounded from a printed one.
#[test]
fn every_figure_a_lesson_text_states_is_printed_by_its_story() {
    let mut wrong = Vec::new();
    for (n, folder) in lessons() {
        let snapshot = folder.join(format!("tests/snapshots/lesson{n}_story.snap"));
        let Ok(story) = fs::read_to_string(&snapshot) else {
            continue;
        };
        let text = fs::read_to_string(folder.join("README.md")).expect("the lesson's README.md");
        for (line, prose) in prose_lines(&text) {
            for figure in code_spans(prose).into_iter().filter(|s| is_figure(s)) {
                if !printed(&story, figure) {
                    wrong.push(format!(
                        "lessons/lesson{n}/README.md:{line}: `{figure}` is not printed by the story"
                    ));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "a figure in a lesson's text must be one its story prints, as it prints it (see \
         CONTRIBUTING.md, \"Adding or changing a lesson\"); change the text, or make the story \
         print the figure and update its snapshot:\n{}",
        wrong.join("\n")
    );
}

/// The units of time a timing is stated in.
const TIME_UNITS: [&str; 9] = [
    "ns", "µs", "us", "ms", "s", "sec", "second", "seconds", "minutes",
];

/// The timings a line of prose states: a number followed by a unit of time.
fn timings(line: &str) -> Vec<String> {
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == '(' || c == ')')
        .filter(|w| !w.is_empty())
        .collect();
    let mut found = Vec::new();
    for pair in words.windows(2) {
        let number = pair[0].trim_start_matches(['~', '≈']);
        let unit = pair[1].trim_end_matches([',', '.', ';', ':', ')']);
        let is_number = number.starts_with(|c: char| c.is_ascii_digit())
            && number
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ',');
        if is_number && TIME_UNITS.contains(&unit) {
            found.push(format!("{} {}", pair[0], pair[1]));
        }
    }
    // A number written against its unit: 37ns, 0.4s.
    for word in &words {
        let word = word.trim_end_matches([',', '.', ';', ':']);
        let digits = word.trim_end_matches(|c: char| c.is_alphabetic() || c == 'µ');
        let unit = &word[digits.len()..];
        if !digits.is_empty()
            && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
            && ["ns", "µs", "ms", "s"].contains(&unit)
        {
            found.push(word.to_string());
        }
    }
    found
}

/// A timing depends on the machine and the day: a lesson's text names the bench
/// command that measures it (`cargo xtask bench`, or the lesson's own bench)
/// instead of stating one.
#[test]
fn no_lesson_text_states_a_timing() {
    let mut wrong = Vec::new();
    for (n, folder) in lessons() {
        let text = fs::read_to_string(folder.join("README.md")).expect("the lesson's README.md");
        for (line, prose) in prose_lines(&text) {
            for timing in timings(prose) {
                wrong.push(format!("lessons/lesson{n}/README.md:{line}: \"{timing}\""));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "a lesson's text states no timing: name the command that measures it instead \
         (cargo xtask bench, or the lesson's own bench):\n{}",
        wrong.join("\n")
    );
}

/// The arguments of a call whose text starts just after its opening parenthesis,
/// split at the commas outside brackets and strings.
fn arguments(text: &str) -> Vec<String> {
    let mut args = Vec::new();
    let mut current = String::new();
    let mut depth = 0;
    let mut in_string = false;
    let mut escaped = false;
    for c in text.chars() {
        if in_string {
            current.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => {
                args.push(current.trim().to_string());
                return args;
            }
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                args.push(current.trim().to_string());
                current.clear();
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    args
}

/// The function a closure `|| f(…)` or `|| x.f(…)` calls first: the name just
/// before its first parenthesis.
fn called(closure: &str) -> Option<String> {
    let body = closure
        .trim_start_matches("move")
        .trim()
        .strip_prefix("||")?;
    name_before(&body[..body.find('(')?])
}

/// The name that `text` ends with (letters, digits and `_`), if it ends with one.
fn name_before(text: &str) -> Option<String> {
    let rest = text.trim_end_matches(|c: char| c.is_alphanumeric() || c == '_');
    let name = &text[rest.len()..];
    (!name.is_empty()).then(|| name.to_string())
}

/// The Rust files under `folder`, in its subfolders too (a part's provided code
/// is in `src/S/provided.rs`), sorted.
fn rust_files(folder: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for path in fs::read_dir(folder)
        .into_iter()
        .flatten()
        .filter_map(|entry| entry.ok().map(|e| e.path()))
    {
        if path.is_dir() {
            found.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
    found.sort();
    found
}

/// The doc comment of `pub fn name` in the Rust files of `src` and of its
/// folders (a part's provided module, `src/S/provided.rs`), if it is there.
fn doc_of(src: &Path, name: &str) -> Option<String> {
    let files = rust_files(src);
    let mut docs = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).ok()?;
        let lines: Vec<&str> = text.lines().collect();
        for (index, line) in lines.iter().enumerate() {
            let trimmed = line.trim_start();
            let declares = [format!("pub fn {name}("), format!("pub fn {name}<")]
                .iter()
                .any(|start| trimmed.starts_with(start.as_str()));
            if declares {
                let doc: Vec<&str> = lines[..index]
                    .iter()
                    .rev()
                    .map(|l| l.trim_start())
                    .skip_while(|l| l.starts_with("#["))
                    .take_while(|l| l.starts_with("///"))
                    .map(|l| l.trim_start_matches('/').trim())
                    .collect();
                docs.push(doc.into_iter().rev().collect::<Vec<_>>().join(" "));
            }
        }
    }
    // Methods share names across types (`Matrix::new`, `Recording::new`): the
    // docs of every function of that name are read together.
    (!docs.is_empty()).then(|| docs.join(" "))
}

/// The names called (`name(`) in the check around byte `at` of a check file:
/// from its `#[test]` line to the next.
fn calls_in_check(text: &str, at: usize) -> Vec<String> {
    let start = text[..at].rfind("#[test]").unwrap_or(0);
    let end = text[at..].find("#[test]").map_or(text.len(), |e| at + e);
    let check = &text[start..end];
    let mut names: Vec<String> = check
        .match_indices('(')
        .filter_map(|(open, _)| name_before(&check[..open]))
        .collect();
    names.sort();
    names.dedup();
    names
}

/// The lessons whose code lesson `n`'s checks may call: its own, then the
/// earlier ones, nearest first.
fn reachable(n: u32) -> Vec<u32> {
    (1..=n).rev().collect()
}

/// Every panic message a check requires (`assert_panics(…, "message", …)`) is
/// quoted in the doc comment of the function the check calls, so that the
/// learner who writes the refusal knows the words the check looks for.
#[test]
fn every_panic_message_a_check_requires_is_quoted_in_the_functions_doc() {
    let all = lessons();
    let mut wrong = Vec::new();
    let mut unread = Vec::new();
    for (n, folder) in &all {
        let Ok(entries) = fs::read_dir(folder.join("tests")) else {
            continue;
        };
        let mut checks: Vec<PathBuf> = entries
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| path.extension().is_some_and(|e| e == "rs"))
            .collect();
        checks.sort();
        for file in checks {
            let text = fs::read_to_string(&file).expect("a check file");
            let shown = format!(
                "lessons/lesson{n}/tests/{}",
                file.file_name().unwrap().to_string_lossy()
            );
            for (at, _) in text.match_indices("assert_panics(") {
                let line = text[..at].lines().count();
                let args = arguments(&text[at + "assert_panics(".len()..]);
                let (Some(closure), Some(expected)) = (args.get(1), args.get(2)) else {
                    continue;
                };
                // A message built at run time cannot be read here; it is rare.
                let Some(expected) = expected.strip_prefix('"').and_then(|e| e.strip_suffix('"'))
                else {
                    continue;
                };
                let doc = |name: &str| {
                    reachable(*n).into_iter().find_map(|earlier| {
                        let src = all.iter().find(|(m, _)| *m == earlier)?.1.join("src");
                        doc_of(&src, name)
                    })
                };
                // A closure held in a variable (`|| step(…)`, `|| grads[f]`): the
                // functions of the lessons that the check itself calls.
                let docs: Vec<(String, String)> =
                    match called(closure).and_then(|name| doc(&name).map(|d| (name, d))) {
                        Some(found) => vec![found],
                        None => calls_in_check(&text, at)
                            .into_iter()
                            .filter_map(|name| doc(&name).map(|d| (name, d)))
                            .collect(),
                    };
                if docs.is_empty() {
                    unread.push(format!("{shown}:{line}: `{closure}`"));
                    continue;
                }
                let quotes = |doc: &str| {
                    let double = doc.split('"').skip(1).step_by(2);
                    let back = doc.split('`').skip(1).step_by(2);
                    double.chain(back).any(|quote| quote.contains(expected))
                };
                if !docs.iter().any(|(_, doc)| quotes(doc)) {
                    let names: Vec<&str> = docs.iter().map(|(name, _)| name.as_str()).collect();
                    let name = names.join("` or `");
                    wrong.push(format!(
                        "{shown}:{line}: `{name}` must panic with \"{expected}\", which its doc \
                         comment does not quote"
                    ));
                }
            }
        }
    }
    assert!(
        wrong.is_empty() && unread.is_empty(),
        "a check requires a panic message its function's doc comment does not promise: quote \
         it under `# Panics` (\"…\"):\n{}{}",
        wrong.join("\n"),
        if unread.is_empty() {
            String::new()
        } else {
            format!(
                "\nand these checks call no function this test can find (write the call as \
                 `|| function(…)`):\n{}",
                unread.join("\n")
            )
        }
    );
}

#[test]
fn the_readers_of_this_file_read_what_they_should() {
    assert!(is_figure("0.86") && is_figure("−4") && is_figure("12 dead"));
    assert!(!is_figure("src/S.rs") && !is_figure("[2, 1]") && !is_figure("-p"));
    assert!(printed_whole("accuracy 0.86,", "0.86"));
    assert!(!printed_whole("accuracy 10.861", "0.86"));
    assert!(!printed_whole("13 dead", "3 dead"));
    assert!(printed_whole("loss -4.5", "−4.5"));
    assert!(printed("f = 12.251200", "12.2512") && !printed("f = 12.251200", "12.2513"));
    assert!(printed("t = 10: 4.540e-5", "4.54e-5") && printed("x 65818 y", "65,818"));
    assert!(printed("a = -4.0300,", "−4.03") && !printed("a = -4.0300,", "4.03"));
    assert!(!printed("13 dead", "3"));
    assert_eq!(timings("about 37 ns per node, 0.4 s"), ["37 ns", "0.4 s"]);
    assert_eq!(timings("took 7s, in 2 steps"), ["7s"]);
    assert!(timings("lesson 7's 100 steps of the demo").is_empty());
    assert_eq!(called("|| tape.add(a, b)").as_deref(), Some("add"));
    assert_eq!(called("move || train(&x, 0)").as_deref(), Some("train"));
    assert_eq!(
        arguments("\"q\", || f(a, (b, c)), \"m, n\", rule)"),
        ["\"q\"", "|| f(a, (b, c))", "\"m, n\"", "rule"]
    );
}
