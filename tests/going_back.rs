//! Going back is safe: a part that passed and then broke is found at once, where it
//! broke (issue 26). Each test is the real `cargo xtask` on a private sandbox (see
//! `tests/runner.rs`), on `lesson0`, the fixture lesson in two parts: part 1 is
//! passed, the learner is on part 2, and then goes back to part 1's file and breaks
//! it with a wrong value, a panic, or an endless loop. Each time the screen names
//! the broken part, its failing check and the learner's function; `.progress` stops
//! counting the part; and once it is fixed the learner is back where they were.

use std::fs;

use towards_backprop::{Sandbox, fixture};

/// A sandbox with `lesson0`'s part 1 passed and recorded: the learner is on part 2.
fn on_part_2() -> Sandbox {
    let sandbox = fixture::sandbox();
    fixture::write(&sandbox, "double", fixture::DOUBLE_SOLVED);
    sandbox
        .xtask(&["next"])
        .exits(1)
        .says("Lesson 0 · part 2 of 2: refusing bad input")
        .says("1 of 2 parts done");
    assert!(sandbox.progress().contains("part lesson0 double "));
    sandbox
}

/// Part 1's solved file with its body `x + x` replaced by `body`.
fn double_with(body: &str) -> String {
    fixture::DOUBLE_SOLVED.replace("    x + x\n", &format!("    {body}\n"))
}

/// Runs `next` on a part 1 broken by `body`, checks what the screen says about the
/// broken part (and `says`, what it says about its check), then fixes part 1 and
/// checks that the learner is back on part 2 with part 1 counted again.
fn broken_then_fixed(body: &str, args: &[&str], says: &[&str]) {
    broken_then_fixed_where(body, args, "✗ double_adds_x_to_itself", says);
}

/// [`broken_then_fixed`], where the failing check shown is `failing`.
fn broken_then_fixed_where(body: &str, args: &[&str], failing: &str, says: &[&str]) {
    let sandbox = on_part_2();
    fixture::write(&sandbox, "double", &double_with(body));
    let run = sandbox.xtask(args);
    run.exits(1)
        .says("✗ Part 1 of 2 (doubling), which passed before, fails now")
        .says("then you are back on part 2")
        .says("0 of 2 parts done")
        .says("Lesson 0 · part 1 of 2: doubling")
        .says("edit lessons/lesson0/src/double.rs")
        .says(failing)
        .says("`cargo test -p lesson0 --test double`");
    for text in says {
        run.says(text);
    }
    assert!(
        !run.stdout.contains("✗ root_of_four_is_two"),
        "the current part's failure is not shown above the broken part's\n{run:#?}"
    );
    let recorded = sandbox.progress();
    assert!(!recorded.contains("part lesson0 double"), "{recorded}");
    // The hint is for the broken part's failing check too.
    let check = failing.trim_start_matches("✗ ");
    sandbox
        .xtask(&["hint", "--timeout", "2"])
        .exits(0)
        .says(&format!("for {check}"));
    fixture::write(&sandbox, "double", fixture::DOUBLE_SOLVED);
    sandbox
        .xtask(&["next"])
        .exits(1)
        .says("✓ Lesson 0 · part 1 of 2: doubling: 2 of 2 checks pass.")
        .says("1 of 2 parts done")
        .says("Lesson 0 · part 2 of 2: refusing bad input")
        .says("✗ root_of_four_is_two");
    assert!(sandbox.progress().contains("part lesson0 double "));
}

#[test]
fn a_passed_part_broken_with_a_wrong_value_is_shown_first_and_uncounted_until_fixed() {
    broken_then_fixed(
        "x * 3.0",
        &["next"],
        &["double(2)", "failed at lessons/lesson0/tests/double.rs:"],
    );
}

#[test]
fn a_passed_part_broken_with_a_panic_is_shown_first_with_its_message_and_place() {
    broken_then_fixed(
        "panic!(\"tidying up {x}\")",
        &["next"],
        &["tidying up 2", "failed at lessons/lesson0/src/double.rs:7"],
    );
}

#[test]
fn a_passed_part_broken_with_an_endless_loop_names_its_check_function_and_file() {
    broken_then_fixed(
        "loop {}",
        &["next", "--timeout", "2"],
        &[
            "✗ double_adds_x_to_itself did not finish within 2 s",
            "It calls your double, at lessons/lesson0/src/double.rs:6 (the check is at lessons/lesson0/tests/double.rs:",
        ],
    );
}

/// A binary stopped at its time limit is not trusted with its passes, yet the check
/// named is the one that hung, not the first of the part: here `double` loops only
/// on 3, which the part's second check gives it.
#[test]
fn a_loop_in_a_passed_parts_second_check_names_that_check_not_the_first() {
    broken_then_fixed_where(
        "while x == 3.0 {}\n    x + x",
        &["next", "--timeout", "2"],
        "✗ a_double_of_a_double_is_four_times",
        &[
            "✗ a_double_of_a_double_is_four_times did not finish within 2 s",
            "1 of 2 checks pass",
            "It calls your double, at lessons/lesson0/src/double.rs:6",
        ],
    );
}

/// The current part's verdict stays as cheap as before: an edit to its own file
/// leaves the passed parts alone (they do not run again), while an edit to a passed
/// part's file, even one that keeps it passing, runs it once, beside the current
/// part, and then no more.
#[test]
fn a_passed_part_runs_again_only_when_a_file_it_uses_changed() {
    let sandbox = on_part_2();
    let calls = sandbox.path("double-calls.txt");
    // Part 1, still correct, now notes every call of `double` in a file.
    let noting = double_with(&format!(
        "use std::io::Write;\n    let mut log = std::fs::OpenOptions::new().create(true).append(true).open({calls:?}).unwrap();\n    writeln!(log, \"{{x}}\").unwrap();\n    x + x"
    ));
    fixture::write(&sandbox, "double", &noting);
    sandbox
        .xtask(&["next"])
        .exits(1)
        .says("1 of 2 parts done")
        .says("✗ root_of_four_is_two");
    let after_the_edit = fs::read_to_string(&calls).expect("part 1 ran again after its edit");
    assert!(!after_the_edit.is_empty());
    // Edits to the current part's file: part 1 does not run again.
    for body in ["    x.sqrt()\n", "    x.sqrt() + 0.0\n"] {
        fixture::write(
            &sandbox,
            "refuse",
            &fixture::REFUSE.replace(
                "    // TODO: refuse bad input, then take the square root.\n    todo!(\"the root of {x}\")\n",
                body,
            ),
        );
        sandbox.xtask(&["next"]).exits(1).says("1 of 2 parts done");
        assert_eq!(
            fs::read_to_string(&calls).unwrap(),
            after_the_edit,
            "part 1 ran again though only part 2's file changed"
        );
    }
}

/// A check that hangs names the learner's function it calls, whichever part that
/// function belongs to, and the file to open: here part 2's check calls part 1's
/// `double`, which loops only on an input part 1's own checks never give it.
#[test]
fn a_check_that_hangs_in_an_earlier_parts_function_names_that_part_and_its_file() {
    let sandbox = on_part_2();
    let checks = sandbox.path("lessons/lesson0/tests/refuse.rs");
    let text = fs::read_to_string(&checks).unwrap();
    // The new check comes first in the part's order: a binary stopped at its time
    // limit says nothing about its other checks, and the first of them is named.
    let new_check = "use lesson0::*;\n\n#[test]\nfn root_of_a_double_of_eight_is_four() {\n    let sixteen = double(8.0);\n    // Exact: the root of a perfect square.\n    assert_close(\"root(double(8))\", root(sixteen), 4.0, Tol::EXACT, \"double(8) is 16\");\n}\n";
    fs::write(&checks, text.replacen("use lesson0::*;\n", new_check, 1)).unwrap();
    // The checks are as shipped in this sandbox: the runner counts them.
    let manifest = xtask_dev::manifest::render(&sandbox.course()).unwrap();
    fs::write(sandbox.path(xtask::manifest::FILE), manifest).unwrap();
    fixture::write(
        &sandbox,
        "double",
        &double_with("while x == 8.0 {}\n    x + x"),
    );
    fixture::write(&sandbox, "refuse", fixture::REFUSE_SOLVED);
    sandbox
        .xtask(&["next", "--timeout", "2"])
        .exits(1)
        .says("1 of 2 parts done")
        .says("Lesson 0 · part 2 of 2: refusing bad input")
        .says("✗ root_of_a_double_of_eight_is_four did not finish within 2 s")
        .says("It calls your double, from part 1 of 2: open lessons/lesson0/src/double.rs:6 (the check is at lessons/lesson0/tests/refuse.rs:");
}

/// The same rule for a lesson done: broken since, it is named with its part, is
/// the current lesson again and is shown from one run; fixed, it is done again.
#[test]
fn a_done_lesson_broken_since_names_its_broken_part_and_is_done_again_once_fixed() {
    let sandbox = fixture::sandbox();
    fixture::solve(&sandbox);
    sandbox
        .xtask(&["next"])
        .says("✓ Lesson 0: a fixture in two parts already passes.");
    assert!(sandbox.progress().contains("done lesson0 "));
    // Each of part 1's two checks notes its call of `double`, then loops.
    let calls = sandbox.path("double-calls.txt");
    fixture::write(
        &sandbox,
        "double",
        &double_with(&format!(
            "use std::io::Write;\n    let mut log = std::fs::OpenOptions::new().create(true).append(true).open({calls:?}).unwrap();\n    writeln!(log, \"{{x}}\").unwrap();\n    loop {{}}"
        )),
    );
    sandbox
        .xtask(&["next", "--timeout", "2"])
        .exits(1)
        .says("✗ Lesson 0: a fixture in two parts was done, and is not any more:\n  part 1 of 2 (doubling), which passed before, fails now.")
        .says("Lesson 0 · part 1 of 2: doubling")
        .says("✗ double_adds_x_to_itself did not finish within 2 s")
        .says("It calls your double, at lessons/lesson0/src/double.rs:6");
    // The screen shows the run that found the lesson broken: part 1 ran once, not twice.
    let calls = fs::read_to_string(&calls).unwrap();
    assert_eq!(calls.lines().count(), 2, "{calls}");
    let recorded = sandbox.progress();
    assert!(!recorded.contains("done lesson0"), "{recorded}");
    assert!(!recorded.contains("part lesson0 double"), "{recorded}");
    fixture::write(&sandbox, "double", fixture::DOUBLE_SOLVED);
    sandbox
        .xtask(&["next"])
        .exits(1)
        .says("✓ Lesson 0: a fixture in two parts: 4 of 4 checks pass. Lesson done!");
    assert!(sandbox.progress().contains("done lesson0 "));
}

/// The issue's own walk, on the real lesson 1: part 1 passed, then its first
/// function changed to a wrong one while the learner is on part 2.
#[test]
fn lesson_1_with_its_first_function_broken_after_part_1_passed_shows_part_1_again() {
    let sandbox = Sandbox::new();
    let course = sandbox.course();
    let lesson = &course.lessons[0];
    let (first, second) = (&lesson.parts[0], &lesson.parts[1]);
    let solved = sandbox
        .path("solutions")
        .join(first.edit_file.strip_prefix("lessons").unwrap());
    let solved = fs::read_to_string(solved).unwrap();
    fs::write(sandbox.dir.join(&first.edit_file), &solved).unwrap();
    sandbox
        .xtask(&["next"])
        .exits(1)
        .says(&lesson.heading(second))
        .says(&format!("1 of {} parts done", lesson.parts.len()));
    // The first function of part 1's file, `a * b`, made `a + b`.
    assert!(solved.contains("    a * b\n"), "{solved}");
    fs::write(
        sandbox.dir.join(&first.edit_file),
        solved.replacen("    a * b\n", "    a + b\n", 1),
    )
    .unwrap();
    let first_check = &course.part_checks(first).unwrap()[0];
    sandbox
        .xtask(&["next"])
        .exits(1)
        .says(&format!(
            "✗ Part 1 of {} ({}), which passed before, fails now",
            lesson.parts.len(),
            first.title
        ))
        .says(&format!("0 of {} parts done", lesson.parts.len()))
        .says(&lesson.heading(first))
        .says(&format!("✗ {first_check}"));
    assert!(
        !sandbox
            .progress()
            .contains(&format!("part lesson1 {}", first.slug))
    );
}

/// The second walk, on the real lesson 3: parts 1 to 3 passed, and on the
/// last part an endless loop is left in `sum` (part 1) while tidying it. The screen
/// names part 1, its check and `sum` in its file, not the story's snapshot check.
#[test]
fn lesson_3_with_a_loop_left_in_sum_names_part_1_sum_and_its_file() {
    let sandbox = Sandbox::new();
    let course = sandbox.course();
    let lesson = &course.lessons[2];
    let last = lesson.parts.len() - 1;
    for part in &lesson.parts[..last] {
        let solved = sandbox
            .path("solutions")
            .join(part.edit_file.strip_prefix("lessons").unwrap());
        fs::copy(solved, sandbox.dir.join(&part.edit_file)).unwrap();
    }
    // Lessons 1 and 2 recorded done as they are, so that lesson 3 is the current one.
    let mut done = xtask::progress::Progress::default();
    for earlier in &course.lessons[..2] {
        done.done.insert(earlier.name.clone());
    }
    xtask::progress::save(&sandbox.dir, &done).unwrap();
    sandbox
        .xtask(&["next"])
        .exits(1)
        .says(&lesson.heading(&lesson.parts[last]));
    let rules = &lesson.parts[0];
    let file = sandbox.dir.join(&rules.edit_file);
    let text = fs::read_to_string(&file).unwrap();
    let at = text.find("pub fn sum(").expect("part 1 has sum");
    let body = at + text[at..].find("{\n").unwrap() + 2;
    fs::write(
        &file,
        format!("{}    loop {{}}\n{}", &text[..body], &text[body..]),
    )
    .unwrap();
    let first_check = &course.part_checks(rules).unwrap()[0];
    sandbox
        .xtask(&["next", "--timeout", "2"])
        .exits(1)
        .says(&format!(
            "✗ Part 1 of {} ({}), which passed before, fails now",
            lesson.parts.len(),
            rules.title
        ))
        .says(&format!("✗ {first_check} did not finish within 2 s"))
        .says(&format!(
            "It calls your sum, at {}:",
            rules.edit_file.display()
        ));
    let part_1 = format!("part lesson3 {} ", rules.slug);
    assert!(!sandbox.progress().contains(&part_1));
    // Fixed: the learner is back on the last part, with part 1 counted again.
    fs::write(&file, text).unwrap();
    sandbox
        .xtask(&["next"])
        .exits(1)
        .says(&format!(
            "{} of {} parts done",
            lesson.parts.len() - 1,
            lesson.parts.len()
        ))
        .says(&lesson.heading(&lesson.parts[last]));
    assert!(sandbox.progress().contains(&part_1));
}

/// Going back to an earlier lesson re-checks only what runs it: an edit changes
/// the fingerprint of its own lesson and of the lessons that use it (through their
/// `Cargo.toml`, directly or through another lesson), and no other lesson's. A
/// lesson's fingerprint is the same whether it is taken alone (after a run) or
/// with every lesson's (when the progress is loaded), or every done lesson would
/// be checked again on every command.
#[test]
fn an_edit_changes_the_fingerprints_of_its_lesson_and_of_the_lessons_that_use_it_only() {
    use xtask::progress::{fingerprints, lesson_fingerprints};
    let sandbox = Sandbox::new();
    let course = sandbox.course();
    let mut before = lesson_fingerprints(&course);
    for (lesson, now) in course.lessons.iter().zip(&before) {
        assert_eq!(&fingerprints(&course, lesson).0, now, "{}", lesson.name);
    }
    let mut changed_by = |file: &str| -> Vec<String> {
        let path = sandbox.path(file);
        let mut text = fs::read_to_string(&path).unwrap();
        text.push_str("// going back to tinker\n");
        fs::write(&path, text).unwrap();
        let now = lesson_fingerprints(&course);
        let lessons = course.lessons.iter().zip(before.iter().zip(&now));
        let changed = lessons
            .filter(|(_, (then, now))| then != now)
            .map(|(lesson, _)| lesson.name.clone())
            .collect();
        before = now;
        changed
    };
    assert_eq!(changed_by("lessons/lesson1/src/nudge.rs"), ["lesson1"]);
    assert_eq!(
        changed_by("lessons/lesson3/src/gradient_check.rs"),
        ["lesson3", "lesson8"]
    );
    assert_eq!(
        changed_by("lessons/lesson6/src/tape.rs"),
        ["lesson6", "lesson7", "lesson8", "lesson9", "lesson10"]
    );
    // Lesson 10 uses lesson 7 only through lesson 9.
    assert_eq!(
        changed_by("lessons/lesson7/src/mlp.rs"),
        ["lesson7", "lesson8", "lesson9", "lesson10"]
    );
}
