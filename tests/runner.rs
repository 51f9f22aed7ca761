//! End-to-end tests of the runner: the real `cargo xtask`, on a private copy of the workspace.

use std::fs;

use towards_backprop::Copy;

#[test]
fn next_on_a_fresh_course_names_lesson_1_and_its_first_failing_check() {
    let copy = Copy::new();
    copy.xtask(&["next"])
        .exits(1)
        .says("0 of 9 checks pass")
        .says("Lesson 1: the random nudge")
        .says("edit lessons/lesson1/src/lib.rs")
        .says("✗ product_multiplies_its_two_inputs")
        .says("not yet implemented: the product of a=4 and b=3")
        .says("`cargo xtask hint` shows hint 1 of");
    assert!(
        copy.path(".progress").is_file(),
        "next writes the progress file"
    );
}

#[test]
fn a_solved_lesson_is_recorded_as_done_and_the_next_one_introduced() {
    let copy = Copy::new();
    copy.xtask(&["next"]).exits(1);
    copy.solve("lesson1");
    let run = copy.xtask(&["next"]);
    run.exits(0)
        .says("✓ Lesson 1: the random nudge: 9 of 9 checks pass");
    assert!(
        fs::read_to_string(copy.path(".progress"))
            .unwrap()
            .contains("done lesson1")
    );
    // The course moves on: the next run is about the following lesson, or the end.
    let again = copy.xtask(&["next"]);
    assert!(
        !again.stdout.contains("Lesson 1: the random nudge"),
        "{again:#?}"
    );
}

#[test]
fn a_compile_error_shows_the_compilers_first_error_with_file_and_line() {
    let copy = Copy::new();
    let lib = copy.path("lessons/lesson1/src/lib.rs");
    let mut source = fs::read_to_string(&lib).unwrap();
    source.push_str("\npub fn broken() -> u8 {\n    \"not a number\"\n}\n");
    fs::write(&lib, source).unwrap();
    copy.xtask(&["next"])
        .exits(1)
        .says("lesson1 does not compile")
        .says("error[E0308]: mismatched types")
        .says("--> lessons/lesson1/src/lib.rs:");
}

#[test]
fn hints_climb_from_gentle_to_explicit_and_stop_at_the_last() {
    let copy = Copy::new();
    let first = copy.xtask(&["hint"]);
    first
        .exits(0)
        .says("Hint 1 of 3 for product_multiplies_its_two_inputs");
    copy.xtask(&["hint"]).says("Hint 2 of 3");
    copy.xtask(&["hint"])
        .says("Hint 3 of 3")
        .says("the last, most explicit hint");
    copy.xtask(&["hint"]).says("Hint 3 of 3");
    copy.xtask(&["next"]).says("you have seen all 3 hints");
}

#[test]
fn list_shows_every_lesson_with_its_state_and_checks() {
    let copy = Copy::new();
    copy.xtask(&["next"]).exits(1);
    copy.solve("lesson1");
    copy.xtask(&["next"]).exits(0);
    copy.xtask(&["list"])
        .exits(0)
        .says("✓ Lesson 1: the random nudge")
        .says("9/9  checks")
        .says("done");
}

#[test]
fn a_deleted_or_corrupted_progress_file_is_recovered_by_re_checking() {
    let copy = Copy::new();
    copy.solve("lesson1");
    fs::write(
        copy.path(".progress"),
        "done lesson1\n\u{0}garbage from a crash",
    )
    .unwrap();
    copy.xtask(&["next"])
        .says("could not be read")
        .says("✓ Lesson 1: the random nudge already passes");
    assert!(
        fs::read_to_string(copy.path(".progress"))
            .unwrap()
            .contains("done lesson1")
    );
    fs::remove_file(copy.path(".progress")).unwrap();
    copy.xtask(&["next"])
        .says("✓ Lesson 1: the random nudge already passes");
}

#[test]
fn the_runner_works_from_any_folder_inside_the_course() {
    let copy = Copy::new();
    copy.xtask_in("lessons/lesson1/src", &["next"])
        .exits(1)
        .says("Lesson 1: the random nudge");
}

#[test]
fn bad_input_gets_one_clear_line_and_exit_status_2() {
    let copy = Copy::new();
    for (args, message) in [
        (&["nxet"][..], "unknown command `nxet`"),
        (&["next", "now"][..], "`next` takes no arguments"),
        (
            &["next", "--timeout", "soon"][..],
            "--timeout must be a positive number of seconds",
        ),
        (&["--fast"][..], "unknown option `--fast`"),
    ] {
        let run = copy.xtask(args);
        run.exits(2);
        assert!(run.stderr.contains(message), "{args:?}: {run:#?}");
        assert_eq!(
            run.stderr
                .lines()
                .filter(|line| line.starts_with("error"))
                .count(),
            1,
            "{run:#?}"
        );
    }
}

#[test]
fn output_has_no_colour_codes_when_not_on_a_terminal() {
    let copy = Copy::new();
    let run = copy.xtask(&["next"]);
    assert!(!run.stdout.contains('\x1b'), "{run:#?}");
}

/// The checks binary of the copy, if any process still runs it.
fn leftover_check_processes() -> Vec<String> {
    let target = towards_backprop::nested_target("e2e");
    let mut found = Vec::new();
    for entry in fs::read_dir("/proc").unwrap().flatten() {
        if let Ok(exe) = fs::read_link(entry.path().join("exe"))
            && exe.starts_with(&target)
        {
            found.push(format!(
                "{} {}",
                entry.file_name().to_string_lossy(),
                exe.display()
            ));
        }
    }
    found
}

fn edit(copy: &Copy, path: &str, from: &str, to: &str) {
    let path = copy.path(path);
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{} has no {from:?}", path.display());
    fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn a_check_that_never_ends_is_stopped_named_and_leaves_no_process_behind() {
    let copy = Copy::new();
    edit(
        &copy,
        "lessons/lesson1/src/lib.rs",
        "todo!(\"the product of a={a} and b={b}\")",
        "loop {}",
    );
    copy.xtask(&["next", "--timeout", "2"])
        .exits(1)
        .says("product_multiplies_its_two_inputs did not finish within 2 s: probably a loop that never ends");
    assert_eq!(
        leftover_check_processes(),
        Vec::<String>::new(),
        "the stopped checks left processes behind"
    );
}

#[test]
fn a_check_that_prints_megabytes_is_cut_and_says_how_much() {
    let copy = Copy::new();
    edit(
        &copy,
        "lessons/lesson1/src/lib.rs",
        "todo!(\"the product of a={a} and b={b}\")",
        "for _ in 0..100_000 { println!(\"what is {a} times {b}?\"); }\n    todo!()",
    );
    let run = copy.xtask(&["next"]);
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
    let copy = Copy::new();
    copy.solve("lesson1");
    // A check "fixed" to pass, then a snapshot accepted with a wrong story.
    edit(
        &copy,
        "lessons/lesson1/tests/checks.rs",
        "const SEEDS: u64 = 1000;",
        "const SEEDS: u64 = 1;",
    );
    copy.xtask(&["next"])
        .exits(1)
        .says("Every check passes, but these files are not as shipped")
        .says("lessons/lesson1/tests/checks.rs")
        .says("git checkout -- lessons/lesson1/tests/checks.rs");
    // No hint can help: `hint` says the same instead of "every check passes".
    copy.xtask(&["hint"]).exits(1).says("not as shipped");
    assert!(
        !fs::read_to_string(copy.path(".progress"))
            .unwrap()
            .contains("done lesson1")
    );
    drop(copy);

    let copy = Copy::new();
    copy.solve("lesson1");
    edit(
        &copy,
        "lessons/lesson1/src/story.rs",
        "same nudge, opposite effect",
        "all good",
    );
    edit(
        &copy,
        "lessons/lesson1/tests/snapshots/lesson1_story.snap",
        "same nudge, opposite effect",
        "all good",
    );
    copy.xtask(&["next"])
        .exits(1)
        .says("lessons/lesson1/tests/snapshots/lesson1_story.snap");
    copy.xtask(&["verify"]).exits(0).says("not as shipped");
    assert!(
        !fs::read_to_string(copy.path(".progress"))
            .unwrap()
            .contains("done lesson1")
    );
}

/// `reset` fetches the shipped files from git, so the copy gets a history of its own.
fn commit_as_shipped(copy: &Copy) {
    for args in [
        &["init", "-q"][..],
        &["add", "-A"],
        &[
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@t",
            "commit",
            "-qm",
            "shipped",
        ],
    ] {
        let status = std::process::Command::new("git")
            .args(args)
            .current_dir(&copy.dir)
            .status()
            .unwrap();
        assert!(status.success(), "git {args:?}");
    }
}

#[test]
fn reset_keeps_a_byte_identical_backup_and_puts_the_stub_back() {
    let copy = Copy::new();
    commit_as_shipped(&copy);
    let lib = copy.path("lessons/lesson1/src/lib.rs");
    let shipped = fs::read(&lib).unwrap();
    let mine =
        b"// my own work, \xce\xb1\xce\xb2\r\npub fn product(a: f64, b: f64) -> f64 { a * b }\n"
            .to_vec();
    fs::write(&lib, &mine).unwrap();

    // Without --yes it asks, and with no answer it changes nothing.
    copy.xtask(&["reset", "lesson1"])
        .exits(1)
        .says("Continue? [y/N]")
        .says("Nothing was changed");
    assert_eq!(fs::read(&lib).unwrap(), mine);

    let run = copy.xtask(&["reset", "lesson1", "--yes"]);
    run.exits(0).says("Saved your").says("back as shipped");
    assert_eq!(fs::read(&lib).unwrap(), shipped, "the stub is back");
    let backups = towards_backprop::files(&copy.path(".backups"));
    let backup = backups
        .iter()
        .find(|file| file.ends_with("lessons/lesson1/src/lib.rs"))
        .expect("a backup of lib.rs");
    assert_eq!(
        fs::read(copy.path(".backups").join(backup)).unwrap(),
        mine,
        "the backup is byte-identical"
    );
    assert!(
        run.stdout.contains(
            &backup
                .components()
                .next()
                .unwrap()
                .as_os_str()
                .to_string_lossy()
                .to_string()
        )
    );
}

#[test]
fn solution_opens_only_once_the_lesson_is_done() {
    let copy = Copy::new();
    copy.xtask(&["solution", "lesson1"])
        .exits(1)
        .says("opens once its checks pass")
        .says("cargo xtask hint");
    copy.solve("lesson1");
    copy.xtask(&["next"]).exits(0);
    copy.xtask(&["solution", "1"])
        .exits(0)
        .says("pub fn random_search(");
}

#[test]
fn verify_rebuilds_a_deleted_progress_file_from_what_passes() {
    let copy = Copy::new();
    copy.solve("lesson1");
    copy.xtask(&["verify"])
        .exits(0)
        .says("✓ Lesson 1: the random nudge")
        .says("Re-checked every lesson");
    assert!(
        fs::read_to_string(copy.path(".progress"))
            .unwrap()
            .contains("done lesson1")
    );
}

#[test]
fn watch_runs_again_after_an_edit_and_stops_on_ctrl_c() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    use std::sync::{Arc, Mutex};
    use std::time::{Duration, Instant};

    let copy = Copy::new();
    let mut child = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["xtask", "watch"])
        .current_dir(&copy.dir)
        .env(
            "CARGO_TARGET_DIR",
            towards_backprop::nested_target("e2e").join("target"),
        )
        .env("NO_COLOR", "1")
        .env_remove("INSTA_WORKSPACE_ROOT")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let seen = Arc::new(Mutex::new(String::new()));
    let mut stdout = child.stdout.take().unwrap();
    let reader = {
        let seen = Arc::clone(&seen);
        std::thread::spawn(move || {
            let mut buffer = [0; 4096];
            while let Ok(n @ 1..) = stdout.read(&mut buffer) {
                seen.lock()
                    .unwrap()
                    .push_str(&String::from_utf8_lossy(&buffer[..n]));
            }
        })
    };
    // Every wait is bounded: a watch that never reacts fails the test instead of hanging it.
    let wait_for = |text: &str, times: usize| {
        let deadline = Instant::now() + Duration::from_secs(120);
        while seen.lock().unwrap().matches(text).count() < times {
            assert!(
                Instant::now() < deadline,
                "watch never printed {text:?} {times} times:\n{}",
                seen.lock().unwrap()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    };
    wait_for("Watching lessons/ for changes", 1);
    assert!(
        seen.lock()
            .unwrap()
            .contains("✗ product_multiplies_its_two_inputs")
    );
    copy.solve("lesson1");
    wait_for("Lesson done!", 1);
    wait_for("Watching lessons/ for changes", 2);
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let deadline = Instant::now() + Duration::from_secs(20);
    let exit = loop {
        if let Some(exit) = child.try_wait().unwrap() {
            break exit;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("watch did not stop on Ctrl-C");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    reader.join().unwrap();
    assert!(exit.success(), "watch exits cleanly on Ctrl-C: {exit:?}");
    assert!(seen.lock().unwrap().contains("Stopped watching."));
}

#[test]
fn bad_lesson_names_and_missing_arguments_get_a_clear_message_and_exit_status_2() {
    let copy = Copy::new();
    for (args, message) in [
        (
            &["reset", "lesson9", "--yes"][..],
            "unknown lesson `lesson9`; the lessons are: lesson1",
        ),
        (
            &["solution", "nudge"][..],
            "unknown lesson `nudge`; the lessons are: lesson1",
        ),
        (&["reset"][..], "`reset` needs a lesson"),
        (&["solution"][..], "`solution` needs a lesson"),
    ] {
        let run = copy.xtask(args);
        run.exits(2);
        assert!(run.stderr.contains(message), "{args:?}: {run:#?}");
    }
}

#[test]
fn a_check_helper_or_cargo_config_edited_to_pass_is_not_recorded_as_done() {
    let copy = Copy::new();
    copy.xtask(&["next"]).exits(1);
    copy.solve("lesson1");
    // Forcing insta to pass for every lesson is one line of cargo configuration.
    let config = copy.path(".cargo/config.toml");
    let mut text = fs::read_to_string(&config).unwrap();
    text.push_str("INSTA_FORCE_PASS = { value = \"1\", force = true }\n");
    fs::write(&config, text).unwrap();
    copy.xtask(&["next"])
        .exits(1)
        .says("not as shipped")
        .says(".cargo/config.toml");
    assert!(
        !fs::read_to_string(copy.path(".progress"))
            .unwrap()
            .contains("done lesson1")
    );
}
