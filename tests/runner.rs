//! End-to-end tests of the runner: the real `cargo xtask`, on a private sandbox of the workspace.
//!
//! Tests about the real lessons read their names, parts and checks from the sandbox,
//! so they hold whatever shape the lessons have; tests about parts, refusals,
//! hangs and crashes use `lesson0`, a small fixture lesson in two parts (see
//! `tests/support/fixture.rs`).

use std::fs;
use std::path::PathBuf;

use towards_backprop::{Background, Sandbox, fixture};
use xtask::course::{Lesson, Part};

/// Lesson 1 of the sandbox, its first part, and that part's checks in order.
fn first_part(sandbox: &Sandbox) -> (Lesson, Part, Vec<String>) {
    let course = sandbox.course();
    let lesson = course.lessons[0].clone();
    let part = lesson.parts[0].clone();
    let checks = course.part_checks(&part).unwrap();
    (lesson, part, checks)
}

fn edit(sandbox: &Sandbox, path: &str, from: &str, to: &str) {
    let path = sandbox.path(path);
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{} has no {from:?}", path.display());
    fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

/// Puts `code` in front of the first `todo!(` of `path`.
fn before_first_todo(sandbox: &Sandbox, path: &PathBuf, code: &str) {
    let text = fs::read_to_string(sandbox.dir.join(path)).unwrap();
    let at = text.find("\n    todo!(").expect("a stub") + 5;
    fs::write(
        sandbox.dir.join(path),
        format!("{}{code}\n    {}", &text[..at], &text[at..]),
    )
    .unwrap();
}

/// Whether process `pid` is gone (or dead and waiting to be reaped) within a few seconds.
/// `kill -0` and `ps` work alike on Linux and macOS.
fn stops(pid: &str) -> bool {
    use std::process::{Command, Stdio};
    for _ in 0..50 {
        let exists = Command::new("kill")
            .args(["-0", pid])
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|status| status.success());
        let state = Command::new("ps")
            .args(["-o", "stat=", "-p", pid])
            .output()
            .map(|output| String::from_utf8_lossy(&output.stdout).trim().to_string())
            .unwrap_or_default();
        if !exists || state.starts_with('Z') {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    false
}

#[test]
fn next_on_a_fresh_course_names_lesson_1_its_file_and_its_first_failing_check() {
    let sandbox = Sandbox::new();
    let (lesson, part, checks) = first_part(&sandbox);
    sandbox
        .xtask(&["next"])
        .exits(1)
        .says(&format!("0 of {} checks pass", checks.len()))
        .says(&lesson.heading(&part))
        .says(&format!("edit {}", part.edit_file.display()))
        .says(&format!("✗ {}", checks[0]))
        .says("not yet implemented")
        .says("`cargo xtask hint` shows hint 1 of");
    assert!(
        sandbox.path(".progress").is_file(),
        "next writes the progress file"
    );
}

#[test]
fn a_solved_lesson_is_recorded_as_done_and_the_next_one_introduced() {
    let sandbox = Sandbox::new();
    let (lesson, ..) = first_part(&sandbox);
    let all = sandbox.course().check_names(&lesson).unwrap().len();
    sandbox.xtask(&["next"]).exits(1);
    sandbox.solve("lesson1");
    // The course moves on at once: the following lesson is named and runs.
    let following = &sandbox.course().lessons[1];
    sandbox
        .xtask(&["next"])
        .exits(1)
        .says(&format!("✓ {}: {all} of {all} checks pass", lesson.title))
        .says(&format!("Next: {}", following.title))
        .says(&following.heading(&following.parts[0]));
    assert!(sandbox.progress().contains("done lesson1"));
    let again = sandbox.xtask(&["next"]);
    assert!(!again.stdout.contains(&lesson.title), "{again:#?}");
}

#[test]
fn a_lesson_in_parts_runs_one_part_at_a_time_and_moves_on_when_it_passes() {
    let sandbox = fixture::sandbox();
    sandbox
        .xtask(&["next"])
        .exits(1)
        .says("Lesson 0 · part 1 of 2: doubling")
        .says("0 of 2 parts done")
        .says("0 of 2 checks pass")
        .says("edit lessons/lesson0/src/double.rs")
        .says("✗ double_adds_x_to_itself")
        .says("`cargo xtask hint` shows hint 1 of 2")
        .says("`cargo test -p lesson0 --test double`");
    fixture::write(&sandbox, "double", fixture::DOUBLE_SOLVED);
    // Part 1 passes: it is recorded, and part 2 runs and shows at once.
    sandbox
        .xtask(&["next"])
        .exits(1)
        .says("✓ Lesson 0 · part 1 of 2: doubling: 2 of 2 checks pass.")
        .says("Lesson 0 · part 2 of 2: refusing bad input")
        .says("1 of 2 parts done")
        .says("edit lessons/lesson0/src/refuse.rs")
        .says("✗ root_of_four_is_two");
    assert!(sandbox.progress().contains("part lesson0 double"));
    sandbox
        .xtask(&["hint"])
        .exits(0)
        .says("Hint 1 of 1 for root_of_four_is_two");
    fixture::write(&sandbox, "refuse", fixture::REFUSE_SOLVED);
    // The lesson is done, and the following one starts in the same run.
    sandbox
        .xtask(&["next"])
        .exits(1)
        .says("✓ Lesson 0 · part 2 of 2: refusing bad input: 2 of 2 checks pass.")
        .says("✓ Lesson 0: a fixture in two parts: 4 of 4 checks pass. Lesson done!")
        .says("Next: Lesson 1");
    let recorded = sandbox.progress();
    assert!(recorded.contains("done lesson0"), "{recorded}");
    assert!(!recorded.contains("part lesson0"), "{recorded}");
    sandbox
        .xtask(&["list"])
        .exits(0)
        .says("✓ Lesson 0: a fixture in two parts")
        .says("2/2  parts");
}

#[test]
fn the_whole_lesson_runs_before_it_counts_and_an_earlier_part_broken_since_shows_again() {
    let sandbox = fixture::sandbox();
    fixture::write(&sandbox, "double", fixture::DOUBLE_SOLVED);
    sandbox.xtask(&["next"]).exits(1).says("part 2 of 2");
    // The learner breaks part 1 while working on part 2, then finishes part 2.
    fixture::break_double(&sandbox);
    fixture::write(&sandbox, "refuse", fixture::REFUSE_SOLVED);
    let (run, recorded) = fixture::next_is_back_at_double(&sandbox);
    run.says("✗ Part 1 of 2 (doubling), which passed before, fails now");
    assert!(!recorded.contains("part lesson0 double"), "{recorded}");
}

#[test]
fn a_partial_refusal_shows_the_checks_own_message_and_no_caught_panic() {
    let sandbox = fixture::sandbox();
    fixture::write(&sandbox, "double", fixture::DOUBLE_SOLVED);
    fixture::refuse_but_not_nan(&sandbox);
    let run = sandbox.xtask(&["next"]);
    run.exits(1)
        .says("✗ root_refuses_negative_and_nan_inputs")
        .says("failed at lessons/lesson0/tests/refuse.rs:")
        .says("root(NaN)")
        .says("got: no panic: it returned a value")
        .says("think: NaN >= 0 is false");
    for caught in ["got -1", "panicked", "It printed"] {
        assert!(
            !run.stdout.contains(caught),
            "{caught:?} on the screen:\n{}",
            run.stdout
        );
    }
}

#[test]
fn a_loop_in_the_first_function_names_the_first_check_in_the_lessons_order() {
    let sandbox = fixture::sandbox();
    let pid_file = sandbox.path("check.pid");
    let stub = fixture::DOUBLE.replace(
        "    // TODO: add x to itself.\n",
        &format!(
            "    std::fs::write({:?}, std::process::id().to_string()).unwrap();\n    loop {{}}\n    // TODO: add x to itself.\n",
            pid_file
        ),
    );
    fixture::write(&sandbox, "double", &stub);
    // In alphabetical order `a_double_of_a_double_is_four_times` runs first; in the
    // lesson's order `double_adds_x_to_itself` comes first, and is the one named.
    sandbox.xtask(&["next", "--timeout", "2"])
        .exits(1)
        .says("✗ double_adds_x_to_itself did not finish within 2 s: probably a loop that never ends")
        .says("It calls your double, at lessons/lesson0/src/double.rs:6 (the check is at lessons/lesson0/tests/double.rs:")
        .says("Stuck? `cargo xtask hint` shows hint 1 of 2");
    let pid = fs::read_to_string(&pid_file).expect("the check ran");
    assert!(
        stops(pid.trim()),
        "the stopped check (process {pid}) is still running"
    );
    sandbox
        .xtask(&["verify", "--timeout", "2"])
        .exits(0)
        .says("lesson0: double_adds_x_to_itself did not finish within 2 s");
}

#[test]
fn a_recursion_that_never_ends_is_told_in_words_with_the_check_it_crashed() {
    let sandbox = fixture::sandbox_with_double("    double(x + 1.0) - 1.0");
    sandbox.xtask(&["next"])
        .exits(1)
        .says("✗ double_adds_x_to_itself")
        .says("The test process overflowed its stack while running double_adds_x_to_itself: probably a recursion that never ends, or one too deep for the 2 MiB test thread.")
        .says("It calls your double, at lessons/lesson0/src/double.rs:6")
        .says("Stuck? `cargo xtask hint`");
}

/// Checks run side by side, so when one overflows on a thread of its own (named
/// otherwise) while an earlier check is still running, the output cannot say whose
/// it was: the runner runs the unfinished checks again one at a time, and blames the
/// one that crashes alone, never merely the first unfinished.
#[test]
fn an_overflow_on_a_spawned_thread_is_blamed_on_its_own_check_not_the_first_unfinished() {
    let sandbox = fixture::sandbox_with_double(
        "    if x == 3.0 {\n        let deep = std::thread::Builder::new().name(\"deep\".into());\n        return deep.spawn(move || down(x)).unwrap().join().unwrap();\n    }\n    std::thread::sleep(std::time::Duration::from_millis(500));\n    x + x\n}\n\nfn down(x: f64) -> f64 {\n    if x > -1e300 { down(x - 1.0) + 1.0 } else { x }",
    );
    sandbox
        .xtask(&["next"])
        .exits(1)
        .says("✗ a_double_of_a_double_is_four_times")
        .says("The test process overflowed its stack while running a_double_of_a_double_is_four_times");
}

#[test]
fn the_first_build_of_a_lesson_says_so_and_later_runs_do_not() {
    let sandbox = fixture::sandbox();
    let fingerprints = towards_backprop::nested_target("e2e").join("target/debug/.fingerprint");
    for entry in fs::read_dir(&fingerprints).into_iter().flatten().flatten() {
        if entry.file_name().to_string_lossy().starts_with("lesson0-") {
            fs::remove_dir_all(entry.path()).unwrap();
        }
    }
    let building = "Building lesson0 and what it needs (a lesson's first run";
    sandbox.xtask(&["next"]).exits(1).says(building);
    let later = sandbox.xtask(&["next"]);
    assert!(!later.stdout.contains("Building"), "{later:#?}");
}

#[test]
fn a_compile_error_shows_the_compilers_first_error_with_file_and_line() {
    let sandbox = Sandbox::new();
    let (_, part, _) = first_part(&sandbox);
    let path = sandbox.dir.join(&part.edit_file);
    let mut source = fs::read_to_string(&path).unwrap();
    source.push_str("\npub fn broken() -> u8 {\n    \"not a number\"\n}\n");
    fs::write(&path, source).unwrap();
    sandbox
        .xtask(&["next"])
        .exits(1)
        .says("lesson1 does not compile")
        .says("error[E0308]: mismatched types")
        .says(&format!("--> {}:", part.edit_file.display()));
}

#[test]
fn hints_climb_from_gentle_to_explicit_and_stop_at_the_last() {
    let sandbox = Sandbox::new();
    let (lesson, _, checks) = first_part(&sandbox);
    let count = sandbox
        .course()
        .hints_for(&lesson, &checks[0])
        .unwrap()
        .len();
    sandbox
        .xtask(&["hint"])
        .exits(0)
        .says(&format!("Hint 1 of {count} for {}", checks[0]));
    for _ in 1..count {
        sandbox.xtask(&["hint"]);
    }
    sandbox
        .xtask(&["hint"])
        .says(&format!("Hint {count} of {count}"))
        .says("the last, most explicit hint");
    sandbox
        .xtask(&["next"])
        .says(&format!("you have seen all {count} hints"));
}

#[test]
fn list_shows_every_lesson_with_its_state_and_checks() {
    let sandbox = Sandbox::new();
    let (lesson, ..) = first_part(&sandbox);
    let all = sandbox.course().check_names(&lesson).unwrap().len();
    sandbox.xtask(&["next"]).exits(1);
    sandbox.solve("lesson1");
    sandbox.xtask(&["next"]).exits(1).says("Lesson done!");
    sandbox
        .xtask(&["list"])
        .exits(0)
        .says(&format!("✓ {}", lesson.title))
        .says(&format!("{all}/{all}"))
        .says("done");
}

#[test]
fn a_deleted_or_corrupted_progress_file_is_recovered_by_re_checking() {
    let sandbox = Sandbox::new();
    let (lesson, ..) = first_part(&sandbox);
    sandbox.solve("lesson1");
    fs::write(
        sandbox.path(".progress"),
        "done lesson1\n\u{0}garbage from a crash",
    )
    .unwrap();
    sandbox
        .xtask(&["next"])
        .says("could not be read")
        .says(&format!("✓ {} already passes", lesson.title));
    assert!(sandbox.progress().contains("done lesson1"));
    fs::remove_file(sandbox.path(".progress")).unwrap();
    sandbox
        .xtask(&["next"])
        .says(&format!("✓ {} already passes", lesson.title));
}

#[test]
fn the_runner_works_from_any_folder_inside_the_course() {
    let sandbox = Sandbox::new();
    let (lesson, part, _) = first_part(&sandbox);
    sandbox
        .xtask_in("lessons/lesson1/src", &["next"])
        .exits(1)
        .says(&lesson.heading(&part));
}

#[test]
fn bad_input_gets_one_clear_line_and_exit_status_2() {
    let sandbox = Sandbox::new();
    for (args, message) in [
        (&["nxet"][..], "unknown command `nxet`"),
        (&["nxet"][..], "`cargo xtask help` lists them all"),
        (&["next", "now"][..], "`next` takes no arguments"),
        (
            &["next", "--timeout", "soon"][..],
            "--timeout must be a positive number of seconds",
        ),
        (&["--fast"][..], "unknown option `--fast`"),
        // A maintainers' command's mistake, told by `xtask-dev`, gets the same line and status.
        (
            &["bench", "--runs", "0"][..],
            "--runs must be a whole number",
        ),
    ] {
        let run = sandbox.xtask(args);
        run.exits(2);
        assert!(run.stderr.contains(message), "{args:?}: {run:#?}");
        let errors = run.stderr.lines().filter(|line| line.starts_with("error"));
        assert_eq!(errors.count(), 1, "{run:#?}");
    }
}

#[test]
fn output_has_no_colour_codes_when_not_on_a_terminal() {
    let sandbox = Sandbox::new();
    let run = sandbox.xtask(&["next"]);
    assert!(!run.stdout.contains('\x1b'), "{run:#?}");
}

#[test]
fn a_check_that_prints_megabytes_is_cut_and_says_how_much() {
    let sandbox = Sandbox::new();
    let (_, part, _) = first_part(&sandbox);
    before_first_todo(
        &sandbox,
        &part.edit_file,
        "for _ in 0..100_000 { println!(\"what is the answer?\"); }",
    );
    let run = sandbox.xtask(&["next"]);
    run.exits(1)
        .says("MiB of output were cut")
        .says("It printed:");
    assert!(
        run.stdout.len() < 20_000,
        "the screen is {} bytes long",
        run.stdout.len()
    );
}

#[test]
fn a_lesson_whose_checks_or_snapshot_were_edited_is_not_recorded_as_done() {
    let sandbox = Sandbox::new();
    let (_, part, _) = first_part(&sandbox);
    sandbox.solve("lesson1");
    // A check "fixed" to pass: any change to a checks file counts.
    let checks = part.checks_file.display().to_string();
    edit(&sandbox, &checks, "#[test]", "// Edited.\n#[test]");
    sandbox
        .xtask(&["next"])
        .exits(1)
        .says("Every check passes, but these files are not as shipped")
        .says(&checks)
        .says(&format!("git checkout -- {checks}"));
    // No hint can help: `hint` says the same instead of "every check passes".
    sandbox.xtask(&["hint"]).exits(1).says("not as shipped");
    assert!(!sandbox.progress().contains("done lesson1"));
    drop(sandbox);

    let sandbox = Sandbox::new();
    sandbox.solve("lesson1");
    let snapshot = "lessons/lesson1/tests/snapshots/lesson1_story.snap";
    edit(
        &sandbox,
        snapshot,
        "---\n",
        "---\ndescription: accepted by hand\n",
    );
    sandbox.xtask(&["next"]).exits(1).says(snapshot);
    sandbox.xtask(&["verify"]).exits(0).says("not as shipped");
    assert!(!sandbox.progress().contains("done lesson1"));
}

#[test]
fn verify_says_why_a_lesson_that_was_done_is_not_any_more() {
    let sandbox = fixture::sandbox();
    sandbox.xtask(&["next"]).exits(1);
    fixture::solve(&sandbox);
    sandbox.xtask(&["next"]).exits(1).says("Lesson done!");
    edit(
        &sandbox,
        "lessons/lesson0/tests/double.rs",
        "#[test]",
        "// Edited.\n#[test]",
    );
    sandbox
        .xtask(&["verify"])
        .exits(0)
        .says("✗ Lesson 0: a fixture in two parts was done, and is not any more:")
        .says("Every check passes, but these files are not as shipped:")
        .says("lessons/lesson0/tests/double.rs");
    assert!(!sandbox.progress().contains("done lesson0"));
}

#[test]
fn reset_keeps_a_byte_identical_backup_says_how_to_restore_it_and_puts_the_stub_back() {
    let sandbox = Sandbox::new();
    sandbox.commit_as_shipped();
    let (_, part, _) = first_part(&sandbox);
    let file = sandbox.dir.join(&part.edit_file);
    let shipped = fs::read(&file).unwrap();
    let mine =
        b"// my own work, \xce\xb1\xce\xb2\r\npub fn product(a: f64, b: f64) -> f64 { a * b }\n"
            .to_vec();
    fs::write(&file, &mine).unwrap();

    // Without --yes it asks, and with no answer it changes nothing.
    sandbox
        .xtask(&["reset", "lesson1"])
        .exits(1)
        .says("Continue? [y/N]")
        .says("your code in lessons/lesson1/src/ too")
        .says("Nothing was changed");
    assert_eq!(fs::read(&file).unwrap(), mine);

    let run = sandbox.xtask(&["reset", "lesson1", "--yes"]);
    run.exits(0)
        .says("your code in lessons/lesson1/src/ among them")
        .says("back as shipped")
        .says("To get your code back");
    assert_eq!(fs::read(&file).unwrap(), shipped, "the stub is back");
    // The printed command, run as printed, brings the learner's code back byte for byte.
    let command = run
        .stdout
        .lines()
        .map(str::trim)
        .find(|line| line.starts_with("cp -R .backups/"))
        .expect("a restore command");
    let status = std::process::Command::new("sh")
        .args(["-c", command])
        .current_dir(&sandbox.dir)
        .status()
        .unwrap();
    assert!(status.success(), "{command}");
    assert_eq!(fs::read(&file).unwrap(), mine, "restored by `{command}`");
}

#[test]
fn solution_opens_only_once_the_lesson_is_done_and_diffs_without_formatting_or_notes() {
    let sandbox = Sandbox::new();
    sandbox
        .xtask(&["solution", "lesson1"])
        .exits(1)
        .says("opens once its checks pass")
        .says("cargo xtask hint");
    sandbox.solve("lesson1");
    sandbox.xtask(&["next"]).exits(1).says("Lesson done!");
    let shown = sandbox.xtask(&["solution", "1"]);
    shown.exits(0).says("solutions/lesson1/src/");
    assert!(!shown.stdout.contains("#[path"), "{shown:#?}");
    // Shown solved: neither the stub's lines nor the markers around the solution's.
    for marker in ["// STUB:", "BEGIN SOLUTION", "END SOLUTION", "todo!("] {
        assert!(!shown.stdout.contains(marker), "{marker}: {shown:#?}");
    }
    // The learner's sandbox of the solution, formatted differently: no difference to show.
    let (_, part, _) = first_part(&sandbox);
    let path = sandbox.dir.join(&part.edit_file);
    let spread = fs::read_to_string(&path).unwrap().replace("    ", "      ");
    fs::write(&path, spread).unwrap();
    sandbox
        .xtask(&["solution", "1", "--diff"])
        .exits(0)
        .says("`-` lines are yours, `+` lines the reference's")
        .says(&format!("- yours:     {}", part.edit_file.display()))
        .says("The same as the reference solution.");
    // A real difference shows, in colour when asked for.
    let text = fs::read_to_string(&path).unwrap();
    let at = text.rfind("\n}").unwrap();
    fs::write(
        &path,
        format!("{}\n      // my note\n{}", &text[..at], &text[at..]),
    )
    .unwrap();
    let coloured = sandbox.xtask_env(&["solution", "1", "--diff"], &[("CLICOLOR_FORCE", "1")]);
    assert!(
        coloured.stdout.contains("my note") && coloured.stdout.contains('\x1b'),
        "{coloured:#?}"
    );
}

#[test]
fn verify_rebuilds_a_deleted_progress_file_from_what_passes() {
    let sandbox = Sandbox::new();
    let (lesson, ..) = first_part(&sandbox);
    sandbox.solve("lesson1");
    sandbox
        .xtask(&["verify"])
        .exits(0)
        .says(&format!("✓ {}", lesson.title))
        .says("Re-checked every lesson");
    assert!(sandbox.progress().contains("done lesson1"));
}

#[test]
fn watch_runs_again_after_an_edit_and_stops_on_ctrl_c() {
    watch_runs_again_and_stops(&["watch"], "Watching lessons/ for changes.");
}

#[test]
fn watch_with_poll_looks_at_the_files_times_for_systems_that_say_nothing() {
    watch_runs_again_and_stops(
        &["watch", "--poll"],
        "(looking at the files' times every 200 ms)",
    );
}

/// Runs `cargo xtask ARGS`, solves lesson 1, and stops it with Ctrl-C; `footer`
/// says how it watches.
fn watch_runs_again_and_stops(args: &[&str], footer: &str) {
    let sandbox = Sandbox::new();
    let (_, _, checks) = first_part(&sandbox);
    let mut watch = Background::start(&sandbox, args, &[]);
    // Every wait is bounded: a watch that never reacts fails the test instead of hanging it.
    watch.wait_for("Watching lessons/ for changes");
    assert!(watch.seen().contains(&format!("✗ {}", checks[0])));
    assert!(watch.seen().contains(footer), "{}", watch.seen());
    sandbox.solve("lesson1");
    watch.wait_for("Lesson done!");
    watch.wait_for_times("Watching lessons/ for changes", 2);
    let status = std::process::Command::new("kill")
        .args(["-INT", &watch.pid()])
        .status()
        .unwrap();
    assert!(status.success());
    let exit = watch.exit_within(std::time::Duration::from_secs(20));
    let exit = exit.expect("watch did not stop on Ctrl-C");
    assert!(exit.success(), "watch exits cleanly on Ctrl-C: {exit:?}");
    watch.wait_for("Stopped watching.");
}

#[test]
fn bad_lesson_names_and_missing_arguments_get_a_clear_message_and_exit_status_2() {
    let sandbox = Sandbox::new();
    for (args, message) in [
        (
            &["reset", "lesson99", "--yes"][..],
            "unknown lesson `lesson99`; the lessons are: lesson1",
        ),
        (
            &["solution", "nudge"][..],
            "unknown lesson `nudge`; the lessons are: lesson1",
        ),
        (&["reset"][..], "`reset` needs a lesson"),
        (&["solution"][..], "`solution` needs a lesson"),
    ] {
        let run = sandbox.xtask(args);
        run.exits(2);
        assert!(run.stderr.contains(message), "{args:?}: {run:#?}");
    }
}

#[test]
fn a_check_helper_or_cargo_config_edited_to_pass_is_not_recorded_as_done() {
    let sandbox = Sandbox::new();
    sandbox.xtask(&["next"]).exits(1);
    sandbox.solve("lesson1");
    // Forcing insta to pass for every lesson is one line of cargo configuration.
    let config = sandbox.path(".cargo/config.toml");
    let mut text = fs::read_to_string(&config).unwrap();
    text.push_str("INSTA_FORCE_PASS = { value = \"1\", force = true }\n");
    fs::write(&config, text).unwrap();
    sandbox
        .xtask(&["next"])
        .exits(1)
        .says("not as shipped")
        .says(".cargo/config.toml");
    assert!(!sandbox.progress().contains("done lesson1"));
}

#[test]
fn a_learners_work_committed_or_not_never_turns_the_courses_own_proofs_red() {
    use towards_backprop::{nested_target, policies, shipped};
    use xtask::course::Course;

    let sandbox = Sandbox::new();
    sandbox.commit_as_shipped();
    for lesson in sandbox.course().lessons {
        sandbox.solve(&lesson.name);
    }
    // The learner commits their solved lessons, as git users do…
    sandbox.git(&["commit", "-qam", "my solutions"]);
    // …and goes on: correct, but clippy would refuse it (`!(x > 0.0)` is not
    // `x <= 0.0` for NaN), and a file of their own in src/.
    let lib = sandbox.path("lessons/lesson1/src/lib.rs");
    let mut text = fs::read_to_string(&lib).unwrap();
    text.push_str("\n/// Mine: not above zero (NaN included).\npub fn not_positive(x: f64) -> bool {\n    !(x > 0.0)\n}\n");
    fs::write(&lib, text).unwrap();
    fs::write(
        sandbox.path("lessons/lesson1/src/mine.rs"),
        "pub fn mine() {}\n",
    )
    .unwrap();
    sandbox.git(&["add", "-A"]);
    sandbox.git(&["commit", "-qm", "more of mine"]);
    // Proved from the working tree or from HEAD, the learner's solved files would
    // fail the stub proofs…
    let working = sandbox.course();
    let stubs = std::panic::catch_unwind(|| policies::every_stub_has_a_todo_comment(&working));
    assert!(stubs.is_err(), "the working tree has no stubs left");
    // …but the course's own tests prove the stubs the manifest names, and stay green.
    let shipped = shipped::snapshot(&sandbox.dir, &sandbox.path("target/shipped")).unwrap();
    let course = Course::load(&shipped.root).unwrap();
    let target = nested_target("check");
    policies::every_check_fails_on_the_stubs(&course, &target);
    policies::stubs_compile_without_warnings(&course, &target);
    policies::every_stub_has_a_todo_comment(&course);
    policies::solutions_solve_the_lessons(&course);
    policies::stubs_are_what_the_solutions_give(&course);
    policies::hints_cover_every_check_in_order(&course);
    policies::the_harness_runs_every_parts_checks(&course);
    policies::readme_headings_are_the_parts(&course);
    let (listed, rendered) = &shipped.manifest;
    policies::the_manifest_is_current(listed, rendered, false);
    // Judged strictly (CI, on a fresh clone of the course), the committed src is not as listed.
    let strict =
        std::panic::catch_unwind(|| policies::the_manifest_is_current(listed, rendered, true));
    assert!(strict.is_err(), "CI judges a lesson's src/ too");
    // And the runner counts the learner's work as theirs: every lesson passes.
    let count = sandbox.course().lessons.len();
    sandbox
        .xtask(&["verify"])
        .exits(0)
        .says(&format!("{count} of {count} lessons done"));
}

/// The stubs are written from the solutions: `stubs --check` names a stub that
/// differs, `stubs` writes it (never over a learner's work), and `add-part`
/// writes a new part everywhere at once, which `remove-part` takes out again.
#[test]
fn stubs_are_written_from_the_solutions_and_never_over_a_learners_work() {
    let sandbox = Sandbox::new();
    sandbox
        .xtask(&["stubs", "--check"])
        .exits(0)
        .says("Every stub is what its solution gives.");
    // A doc comment is edited once, in the solution…
    let solution = sandbox.path("solutions/lesson1/src/nudge.rs");
    let marked = fs::read_to_string(&solution).unwrap().replace(
        "/// The node: f(a, b) = a·b.",
        "/// The node: f(a, b) = a times b.",
    );
    fs::write(&solution, &marked).unwrap();
    sandbox
        .xtask(&["stubs", "--check", "lesson1"])
        .exits(1)
        .says("lessons/lesson1/src/nudge.rs:7 is not what solutions/lesson1/src/nudge.rs gives")
        .says("the solution gives `/// The node: f(a, b) = a times b.`");
    // …and the stubs are not written while one holds a learner's work.
    let search = sandbox.path("lessons/lesson1/src/search.rs");
    let shipped_search = fs::read(&search).unwrap();
    fs::write(&search, "// mine\n").unwrap();
    sandbox
        .xtask(&["stubs"])
        .exits(1)
        .says("Nothing written")
        .says("lessons/lesson1/src/search.rs");
    assert_eq!(fs::read_to_string(&search).unwrap(), "// mine\n");
    fs::write(&search, shipped_search).unwrap();
    sandbox
        .xtask(&["stubs"])
        .exits(0)
        .says("Wrote lessons/lesson1/src/nudge.rs.")
        .says("Wrote xtask/manifest.txt.");
    let stub = fs::read_to_string(sandbox.path("lessons/lesson1/src/nudge.rs")).unwrap();
    assert!(
        stub.contains("/// The node: f(a, b) = a times b."),
        "{stub}"
    );
    sandbox.xtask(&["stubs", "--check"]).exits(0);
    // A part added after the first is declared, written and numbered at once…
    let course = || {
        let dirs = ["lessons/lesson1", "solutions/lesson1"].map(|dir| sandbox.path(dir));
        let mut all: Vec<_> = dirs
            .iter()
            .flat_map(|dir| {
                xtask::course::files(dir)
                    .into_iter()
                    .map(move |file| dir.join(file))
            })
            .collect();
        all.extend(["tests/lesson1.rs", "xtask/manifest.txt"].map(|file| sandbox.path(file)));
        all.into_iter()
            .map(|path| (fs::read(&path).unwrap(), path))
            .collect::<Vec<_>>()
    };
    let before = course();
    sandbox
        .xtask(&[
            "add-part",
            "1",
            "scale",
            "the scale of a nudge",
            "--after",
            "nudge",
        ])
        .exits(0)
        .says("Wrote lessons/lesson1/src/scale.rs.")
        .says("Wrote tests/lesson1.rs.");
    let lib = fs::read_to_string(sandbox.path("lessons/lesson1/src/lib.rs")).unwrap();
    assert!(
        lib.contains(
            "// Part 2: the scale of a nudge.\npub mod scale;\n\n// Part 3: random search."
        ),
        "{lib}"
    );
    sandbox.xtask(&["stubs", "--check"]).exits(0);
    // …and the runner shows it in its place: its one check fails on the stub,
    // and passes on the solution (the templates compile against `check`).
    let learners = |file: &str| sandbox.path(&format!("lessons/lesson1/src/{file}"));
    let solve = |file: &str| {
        let solution = sandbox.path(&format!("solutions/lesson1/src/{file}"));
        fs::copy(solution, learners(file)).unwrap();
    };
    let nudge_stub = fs::read(learners("nudge.rs")).unwrap();
    solve("nudge.rs");
    sandbox
        .xtask(&["next"])
        .exits(1)
        .says("Lesson 1 · part 2 of 3: the scale of a nudge")
        .says("✗ scale_gives_one");
    solve("scale.rs");
    sandbox
        .xtask(&["next"])
        .exits(1)
        .says("Lesson 1 · part 3 of 3: random search");
    fs::write(learners("nudge.rs"), nudge_stub).unwrap();
    // …and taken out again, leaving the course byte for byte as it was.
    sandbox.xtask(&["remove-part", "1", "scale"]).exits(0);
    assert!(
        before == course(),
        "add-part then remove-part changed the course"
    );
    // A slug that cannot name a module, or names a part already, is refused
    // before anything is written.
    for (slug, why) in [
        ("loop", "is a Rust keyword"),
        ("nudge", "has a part `nudge`"),
    ] {
        let run = sandbox.xtask(&["add-part", "1", slug, "a title", "--first"]);
        run.exits(2);
        assert!(run.stderr.contains(why), "{slug}: {run:#?}");
    }
    assert!(before == course(), "a refused add-part changed the course");
    // A part put first comes before the others, which move down one…
    sandbox
        .xtask(&["add-part", "1", "scale", "the scale of a nudge", "--first"])
        .exits(0);
    let lib = fs::read_to_string(sandbox.path("lessons/lesson1/src/lib.rs")).unwrap();
    let order =
        "order).\n\n// Part 1: the scale of a nudge.\npub mod scale;\n\n// Part 2: the nudge.";
    assert!(lib.contains(order), "{lib}");
    sandbox.xtask(&["stubs", "--check"]).exits(0);
    sandbox
        .xtask(&["next"])
        .exits(1)
        .says("Lesson 1 · part 1 of 3: the scale of a nudge")
        .says("✗ scale_gives_one");
    // …and is taken out as cleanly.
    sandbox.xtask(&["remove-part", "1", "scale"]).exits(0);
    assert!(
        before == course(),
        "add-part --first then remove-part changed the course"
    );
}
