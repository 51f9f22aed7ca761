//! The runner under the faults a real machine produces: two commands at once,
//! interrupts and closed terminals, hand-edited and stale state, odd environments
//! and cargo configs, stubs that fake their way through, read-only places. Each
//! test is the real `cargo xtask` on a private sandbox (see `tests/runner.rs`),
//! mostly on `lesson0`, the fixture lesson in two parts. The promise they hold:
//! no lost code, no credit for code that fails, no refusal of code that passes,
//! no check left running after the runner is gone.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use towards_backprop::{Background, Sandbox, fixture, nested_target};

/// Puts `code` in front of the first `todo!(` of the file at `path` in the sandbox.
fn before_first_todo(sandbox: &Sandbox, path: &Path, code: &str) {
    let file = sandbox.dir.join(path);
    let text = fs::read_to_string(&file).unwrap();
    let at = text.find("\n    todo!(").expect("a stub") + 5;
    fs::write(&file, format!("{}{code}\n    {}", &text[..at], &text[at..])).unwrap();
}

/// The sandbox's target directory (shared by every end-to-end test).
fn target() -> PathBuf {
    nested_target("e2e").join("target")
}

fn signal(name: &str, pid: &str) {
    let status = Command::new("kill").args([name, pid]).status().unwrap();
    assert!(status.success(), "kill {name} {pid}");
}

/// Every live process (zombies, dead but not yet reaped, left out) as its group
/// and command line. `ps` says the same on Linux and macOS.
fn processes() -> Vec<(String, String)> {
    let output = Command::new("ps")
        .args(["-A", "-o", "pgid=,stat=,command="])
        .output()
        .unwrap();
    let listing = String::from_utf8_lossy(&output.stdout).into_owned();
    listing
        .lines()
        .filter_map(|line| {
            let mut words = line.split_whitespace();
            let (group, state) = (words.next()?, words.next()?);
            let command: Vec<&str> = words.collect();
            (!state.starts_with('Z')).then(|| (group.to_string(), command.join(" ")))
        })
        .collect()
}

/// The process group of a running test binary of `lesson0`'s part `double`, once one runs.
fn checks_group() -> String {
    let program = target().join("debug").join("deps").join("double-");
    let program = program.to_string_lossy().into_owned();
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let found = processes()
            .into_iter()
            .find(|(_, command)| command.starts_with(&program));
        if let Some((group, _)) = found {
            return group;
        }
        assert!(Instant::now() < deadline, "the checks never started");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Whether a live process of group `group` is left, after a few seconds' grace.
fn group_lingers(group: &str) -> bool {
    for _ in 0..50 {
        if !processes().iter().any(|(g, _)| g == group) {
            return false;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    true
}

/// Stops a group a failed test left behind, so it does not spin for ever.
struct GroupGuard(Option<String>);

impl Drop for GroupGuard {
    fn drop(&mut self) {
        if let Some(group) = &self.0 {
            let _ = Command::new("kill")
                .args(["-KILL", "--", &format!("-{group}")])
                .stderr(Stdio::null())
                .status();
        }
    }
}

/// A cargo config in the folder above the sandbox (where a learner's own settings
/// would sit), removed again when dropped.
struct ConfigAbove(PathBuf);

impl ConfigAbove {
    fn write(sandbox: &Sandbox, text: &str) -> ConfigAbove {
        let folder = sandbox.dir.parent().unwrap().join(".cargo");
        fs::create_dir_all(&folder).unwrap();
        fs::write(folder.join("config.toml"), text).unwrap();
        ConfigAbove(folder)
    }
}

impl Drop for ConfigAbove {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// Every backup folder of the sandbox, sorted by name.
fn backups(sandbox: &Sandbox) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = fs::read_dir(sandbox.path(".backups"))
        .map(|entries| entries.flatten().map(|entry| entry.path()).collect())
        .unwrap_or_default();
    found.sort();
    found
}

/// Waits until a new second starts, so that what follows happens within one second.
fn at_the_start_of_a_second() {
    loop {
        let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap();
        if now.subsec_millis() < 20 {
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

// Bug 1: two resets in one second used one backup folder, and the second backup
// (of the stubs) overwrote the first (of the learner's code).
#[test]
fn two_resets_in_one_second_keep_two_backups_and_lose_no_code() {
    let sandbox = fixture::sandbox();
    sandbox.commit_as_shipped();
    let first = format!("// my first try\n{}", fixture::DOUBLE_SOLVED);
    fixture::write(&sandbox, "double", &first);
    // Warm: the runner is built, so the two resets below take a fraction of a second.
    sandbox.xtask(&["help"]).exits(0);
    at_the_start_of_a_second();
    sandbox.xtask(&["reset", "lesson0", "--yes"]).exits(0);
    let second = format!("// my second try\n{}", fixture::DOUBLE_SOLVED);
    fixture::write(&sandbox, "double", &second);
    sandbox.xtask(&["reset", "lesson0", "--yes"]).exits(0);
    let found = backups(&sandbox);
    let kept: Vec<String> = found
        .iter()
        .map(|folder| fs::read_to_string(folder.join("lessons/lesson0/src/double.rs")).unwrap())
        .collect();
    assert_eq!(kept, [first, second], "backups {found:?}");
    // A third reset finds the lesson as shipped: nothing to save, and the latest backup named.
    let name = found[1].file_name().unwrap().to_string_lossy().into_owned();
    sandbox
        .xtask(&["reset", "lesson0", "--yes"])
        .exits(0)
        .says("is already as shipped: there was nothing of yours to save")
        .says(&format!(
            "cp -R .backups/{name}/lessons/lesson0/src/. lessons/lesson0/src/"
        ));
    assert_eq!(backups(&sandbox).len(), 2);
}

// Bug 2: each command read `.progress` at its start and wrote the whole file at its
// end, so a slow command beside a reset wrote "done" back.
#[test]
fn a_reset_beside_a_slow_command_is_not_undone_and_neither_loses_its_update() {
    let sandbox = fixture::sandbox();
    sandbox.commit_as_shipped();
    fixture::solve(&sandbox);
    sandbox.xtask(&["next"]);
    assert!(sandbox.progress().contains("done lesson0"));
    // Lesson 1's checks now take four seconds: `hint` reads the progress, runs them,
    // and saves its count; meanwhile lesson 0 is reset.
    let course = sandbox.course();
    let edit = &course.lessons[1].parts[0].edit_file;
    before_first_todo(
        &sandbox,
        edit,
        "std::thread::sleep(std::time::Duration::from_secs(4));",
    );
    let mut hint = Background::start(&sandbox, &["hint"], &[]);
    std::thread::sleep(Duration::from_millis(1500));
    let reset = sandbox.xtask(&["reset", "lesson0", "--yes"]);
    reset.exits(0);
    // A reset runs no checks: it has nothing to say about the lesson it forgot.
    assert!(!reset.stdout.contains("is not any more"), "{reset:#?}");
    assert!(hint.exit_within(Duration::from_secs(120)).is_some());
    assert!(hint.seen().contains("Hint 1 of"), "{}", hint.seen());
    let recorded = sandbox.progress();
    assert!(
        !recorded.contains("done lesson0"),
        "the reset was undone:\n{recorded}"
    );
    assert!(
        recorded.contains("hint lesson1 "),
        "the hint was lost:\n{recorded}"
    );
}

// Bug 3: a stub that printed `test NAME ... ok` for its part's checks and exited
// with status 0 was credited.
#[test]
fn fake_test_lines_and_an_exit_pass_nothing_and_are_told_in_words() {
    let sandbox = fixture::sandbox_with_double(
        "    use std::io::Write;\n    let mut out = std::io::stdout();\n    let _ = writeln!(out, \"test double_adds_x_to_itself ... ok\");\n    let _ = writeln!(out, \"test a_double_of_a_double_is_four_times ... ok\");\n    let _ = out.flush();\n    std::process::exit(0)",
    );
    let run = sandbox.xtask(&["next"]);
    run.exits(1)
        .says("✗ double_adds_x_to_itself")
        .says("exited with status 0 while double_adds_x_to_itself ran")
        .says("does your code call `std::process::exit`?");
    assert!(!run.stdout.contains("2 of 2 checks pass"), "{run:#?}");
    assert!(!sandbox.progress().contains("part lesson0 double"));
}

// Bug 4: the runner removed INSTA_FORCE_PASS from the environment, and a cargo
// config above the course set it again through `[env]`: a wrong story passed.
#[test]
fn a_cargo_config_above_the_course_cannot_pass_a_wrong_story() {
    let sandbox = Sandbox::new();
    sandbox.solve("lesson1");
    let story = sandbox.path("lessons/lesson1/src/story.rs");
    let text = fs::read_to_string(&story).unwrap();
    let wrong = text.replace(
        "pub fn render() -> String {",
        "pub fn render() -> String {\n    format!(\"{}!\", shipped_render())\n}\n\nfn shipped_render() -> String {",
    );
    assert_ne!(
        text, wrong,
        "lesson 1's story has a `pub fn render() -> String`"
    );
    fs::write(&story, wrong).unwrap();
    {
        let _config = ConfigAbove::write(&sandbox, "[env]\nINSTA_FORCE_PASS = \"1\"\n");
        sandbox.xtask(&["next"]).exits(1);
        assert!(
            !sandbox.progress().contains("done lesson1"),
            "{}",
            sandbox.progress()
        );
    }
    let _config = ConfigAbove::write(
        &sandbox,
        "[env]\nINSTA_FORCE_PASS = { value = \"1\", force = true }\n",
    );
    let run = sandbox.xtask(&["next"]);
    run.exits(1);
    assert!(
        run.stderr
            .contains("sets INSTA_FORCE_PASS with `force = true`")
            && run.stderr.contains(".cargo/config.toml"),
        "{run:#?}"
    );
    assert!(!sandbox.progress().contains("done lesson1"));
}

// Bug 5: a `done` line written by hand (or left by `git stash`) showed a failing
// lesson as done in `list`, opened its solution, and moved `next` past it.
#[test]
fn a_hand_written_done_line_is_checked_before_it_counts() {
    let sandbox = fixture::sandbox();
    fs::write(sandbox.path(".progress"), "done lesson0\n").unwrap();
    let list = sandbox.xtask(&["list"]);
    list.exits(0)
        .says("Lesson 0: a fixture in two parts was done, and is not any more");
    assert!(!list.stdout.contains("✓ Lesson 0"), "{list:#?}");
    sandbox
        .xtask(&["solution", "lesson0"])
        .exits(1)
        .says("opens once its checks pass");
    sandbox
        .xtask(&["next"])
        .exits(1)
        .says("Lesson 0 · part 1 of 2: doubling");
    assert!(!sandbox.progress().contains("done lesson0"));
}

// Bug 6: once a lesson was done, `next` and `watch` never looked at it again, even
// after it was broken.
#[test]
fn a_done_lesson_broken_since_is_the_current_lesson_again() {
    let sandbox = fixture::sandbox();
    fixture::solve(&sandbox);
    sandbox.xtask(&["next"]);
    assert!(sandbox.progress().contains("done lesson0"));
    // Unchanged since: trusted, and not run again.
    let trusted = sandbox.xtask(&["next"]);
    assert!(!trusted.stdout.contains("Lesson 0"), "{trusted:#?}");
    // Broken while `watch` runs: its next screen says so, and shows the lesson again.
    let mut watch = Background::start(&sandbox, &["watch"], &[]);
    watch.wait_for("Watching lessons/ for changes");
    fixture::break_double(&sandbox);
    watch.wait_for("Lesson 0: a fixture in two parts was done, and is not any more");
    watch.wait_for("✗ double_adds_x_to_itself");
    signal("-INT", &watch.pid());
    assert!(watch.exit_within(Duration::from_secs(20)).is_some());
    fixture::next_is_back_at_double(&sandbox);
}

// Bug 7: verbose or quiet cargo, from the environment or a config above the course,
// made correct code "not compile"; uncaptured test output hid the failure message.
#[test]
fn cargos_and_libtests_output_settings_neither_block_a_pass_nor_hide_a_failure() {
    let sandbox = fixture::sandbox();
    fixture::write(&sandbox, "double", fixture::DOUBLE_SOLVED);
    fixture::refuse_but_not_nan(&sandbox);
    let passed = "1 of 2 parts done";
    for setting in ["CARGO_TERM_VERBOSE", "CARGO_TERM_QUIET"] {
        sandbox
            .xtask_env(&["next"], &[(setting, "true"), ("NO_COLOR", "1")])
            .exits(1)
            .says(passed);
        fs::remove_file(sandbox.path(".progress")).unwrap();
    }
    {
        let _config = ConfigAbove::write(&sandbox, "[term]\nverbose = true\n");
        sandbox.xtask(&["next"]).exits(1).says(passed);
        fs::remove_file(sandbox.path(".progress")).unwrap();
    }
    sandbox
        .xtask_env(
            &["next"],
            &[("RUST_TEST_NOCAPTURE", "1"), ("NO_COLOR", "1")],
        )
        .exits(1)
        .says("✗ root_refuses_negative_and_nan_inputs")
        .says("think: NaN >= 0 is false");
}

// Bug 8: killing the runner (SIGHUP when a terminal closes, SIGQUIT from Ctrl-\,
// or `kill -9`) left its checks spinning with nobody to stop them.
#[test]
fn a_runner_killed_or_hung_up_leaves_no_check_running() {
    let sandbox =
        fixture::sandbox_with_double("    loop {\n        std::hint::black_box(x);\n    }");
    for (how, orphaned) in [("-HUP", false), ("-QUIT", false), ("-KILL", true)] {
        let mut runner = Background::start(&sandbox, &["next", "--timeout", "300"], &[]);
        let group = checks_group();
        let _guard = GroupGuard(Some(group.clone()));
        signal(how, &runner.pid());
        assert!(runner.exit_within(Duration::from_secs(20)).is_some());
        if orphaned {
            // Nothing can catch `kill -9`: the next runner stops what the dead one left.
            assert!(group_lingers(&group), "the checks stopped by themselves");
            sandbox
                .xtask(&["next", "--timeout", "1"])
                .says("Stopped checks that an earlier runner, killed before it could stop them, left running.");
        }
        assert!(
            !group_lingers(&group),
            "kill {how}: the checks are still running"
        );
    }
}

// Bug 9: Ctrl-C at reset's question was ignored until Enter was pressed.
#[test]
fn ctrl_c_at_the_reset_question_means_no_at_once() {
    let sandbox = fixture::sandbox();
    sandbox.commit_as_shipped();
    fixture::write(&sandbox, "double", fixture::DOUBLE_SOLVED);
    let mut reset = Background::start(&sandbox, &["reset", "lesson0"], &[]);
    reset.wait_for("Continue? [y/N]");
    signal("-INT", &reset.pid());
    let status = reset.exit_within(Duration::from_secs(5));
    assert_eq!(status.and_then(|s| s.code()), Some(130), "{}", reset.seen());
    assert!(
        reset.seen().contains("Nothing was changed."),
        "{}",
        reset.seen()
    );
    let kept = fs::read_to_string(sandbox.path("lessons/lesson0/src/double.rs")).unwrap();
    assert_eq!(kept, fixture::DOUBLE_SOLVED);
    assert!(backups(&sandbox).is_empty());
}

// Bug 10: several finished lessons moved on one per run of `next`, while a deleted
// `.progress` passed them all in one: one rule now, as far as the code passes.
#[test]
fn one_run_of_next_moves_past_every_lesson_that_passes() {
    let sandbox = fixture::sandbox();
    sandbox.xtask(&["next"]).exits(1);
    fixture::solve(&sandbox);
    sandbox.solve("lesson1");
    let course = sandbox.course();
    let (first, second, third) = (&course.lessons[0], &course.lessons[1], &course.lessons[2]);
    sandbox
        .xtask(&["next"])
        .exits(1)
        .says(&format!(
            "✓ {}: 4 of 4 checks pass. Lesson done!",
            first.title
        ))
        .says(&format!("✓ {}", second.title))
        .says(&third.heading(&third.parts[0]));
    let recorded = sandbox.progress();
    assert!(
        recorded.contains("done lesson0") && recorded.contains("done lesson1"),
        "{recorded}"
    );
}

// Beyond the list: state a learner or a tool left odd. A progress file
// with Windows line ends reads as any other; a hint count edited past the last hint
// shows the last; a `.progress` that is a folder can be neither read nor saved, and
// the commands still work, say so, and touch no code.
#[test]
fn odd_progress_files_never_stop_the_course_or_touch_code() {
    let sandbox = fixture::sandbox();
    fs::write(
        sandbox.path(".progress"),
        "# written on Windows\r\npart lesson0 nothing\r\nhint lesson0 double_adds_x_to_itself 99\r\n",
    )
    .unwrap();
    let next = sandbox.xtask(&["next"]);
    next.exits(1).says("✗ double_adds_x_to_itself");
    assert!(!next.stdout.contains("could not be read"), "{next:#?}");
    sandbox
        .xtask(&["hint"])
        .exits(0)
        .says("Hint 2 of 2 for double_adds_x_to_itself");
    fs::remove_file(sandbox.path(".progress")).unwrap();
    fs::create_dir(sandbox.path(".progress")).unwrap();
    hint_says_its_progress_was_not_saved(&sandbox);
    let stub = fs::read_to_string(sandbox.path("lessons/lesson0/src/double.rs")).unwrap();
    assert_eq!(stub, fixture::DOUBLE);
}

/// `hint` where its progress cannot be saved: the first hint all the same, and
/// words for what was not saved and what is safe.
fn hint_says_its_progress_was_not_saved(sandbox: &Sandbox) {
    sandbox
        .xtask(&["hint"])
        .exits(0)
        .says("Hint 1 of 2 for double_adds_x_to_itself")
        .says("Your progress could not be saved")
        .says("Your code is untouched");
}

// Beyond the list: numbers and files a learner got wrong get one clear message.
#[test]
fn bad_limits_a_missing_checks_file_and_a_blocked_backup_are_told_in_words() {
    let sandbox = fixture::sandbox();
    sandbox.commit_as_shipped();
    let run = sandbox.xtask(&["next", "--timeout", "1e9"]);
    run.exits(2);
    assert!(run.stderr.contains("below 1000000"), "{run:#?}");
    // An empty BACKPROP_TIMEOUT is unset, not an error.
    sandbox
        .xtask_env(&["next"], &[("BACKPROP_TIMEOUT", ""), ("NO_COLOR", "1")])
        .exits(1)
        .says("✗ double_adds_x_to_itself");
    // A `.backups` that is a file: reset changes nothing and says so.
    fixture::write(&sandbox, "double", fixture::DOUBLE_SOLVED);
    fs::write(sandbox.path(".backups"), "not a folder").unwrap();
    let reset = sandbox.xtask(&["reset", "lesson0", "--yes"]);
    reset.exits(1);
    assert!(reset.stderr.contains("nothing was changed"), "{reset:#?}");
    let kept = fs::read_to_string(sandbox.path("lessons/lesson0/src/double.rs")).unwrap();
    assert_eq!(kept, fixture::DOUBLE_SOLVED);
    // A deleted checks file is named, with the command that brings it back.
    fs::remove_file(sandbox.path("lessons/lesson0/tests/double.rs")).unwrap();
    let run = sandbox.xtask(&["next"]);
    run.exits(1);
    assert!(
        run.stderr
            .contains("lessons/lesson0/tests/double.rs is missing")
            && run
                .stderr
                .contains("git checkout -- lessons/lesson0/tests/double.rs"),
        "{run:#?}"
    );
}

// Beyond the list: what the compiler and the runtime say about the learner's code
// reaches the screen in words.
#[test]
fn a_warning_in_the_learners_file_and_memory_that_runs_out_are_shown_in_words() {
    // The bug is in plain sight of the compiler: a value computed and never used.
    let sandbox =
        fixture::sandbox_with_double("    let mut twice = 0.0;\n    twice = x + x;\n    x * 3.0");
    sandbox
        .xtask(&["next"])
        .exits(1)
        .says("✗ double_adds_x_to_itself")
        .says("The compiler warns about your file")
        .says("--> lessons/lesson0/src/double.rs:");
    fixture::write_double(
        &sandbox,
        "    let all = vec![1u8; 1 << 60];\n    all.len() as f64 * x",
    );
    sandbox
        .xtask(&["next"])
        .exits(1)
        .says("The test process ran out of memory while running double_adds_x_to_itself");
}

// Beyond the list: two terminals running `next` at once both finish, and the
// progress they leave is whole and right.
#[test]
fn two_runs_of_next_at_once_leave_one_whole_progress() {
    let sandbox = fixture::sandbox();
    fixture::solve(&sandbox);
    let mut first = Background::start(&sandbox, &["next"], &[]);
    let mut second = Background::start(&sandbox, &["next"], &[]);
    assert!(first.exit_within(Duration::from_secs(120)).is_some());
    assert!(second.exit_within(Duration::from_secs(120)).is_some());
    let recorded = sandbox.progress();
    assert!(recorded.contains("done lesson0"), "{recorded}");
    let known: Vec<String> = sandbox
        .course()
        .lessons
        .iter()
        .map(|l| l.name.clone())
        .collect();
    let known: Vec<&str> = known.iter().map(String::as_str).collect();
    assert!(
        xtask::progress::parse(&recorded, &known).is_ok(),
        "{recorded}"
    );
    let litter: Vec<_> = fs::read_dir(&sandbox.dir)
        .unwrap()
        .flatten()
        .filter(|entry| entry.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(litter.is_empty(), "{litter:?}");
}

// Beyond the list: Ctrl-C while cargo builds stops the build at once, leaves no
// process behind, and the progress as it was.
#[test]
fn ctrl_c_during_the_build_stops_everything_and_keeps_the_progress() {
    let sandbox = fixture::sandbox();
    sandbox.xtask(&["next"]).exits(1);
    let before = sandbox.progress();
    // A change that makes cargo build again.
    fixture::write(&sandbox, "double", &format!("{}\n", fixture::DOUBLE));
    let mut runner = Background::start(&sandbox, &["next"], &[]);
    let sandbox_target = target().to_string_lossy().into_owned();
    let building = |(_, command): &(String, String)| {
        command.contains(&sandbox_target) && command.contains("lesson0")
    };
    let deadline = Instant::now() + Duration::from_secs(60);
    while !processes().iter().any(building) {
        assert!(Instant::now() < deadline, "the build never started");
        std::thread::sleep(Duration::from_millis(20));
    }
    signal("-INT", &runner.pid());
    let status = runner.exit_within(Duration::from_secs(20));
    assert_eq!(
        status.and_then(|s| s.code()),
        Some(130),
        "{}",
        runner.seen()
    );
    assert_eq!(sandbox.progress(), before);
    let left: Vec<_> = processes().into_iter().filter(building).collect();
    assert!(left.is_empty(), "{left:?}");
}

/// Gives a folder its permissions back when dropped (a read-only sandbox could not
/// be removed by the next test).
struct Writable(PathBuf);

impl Drop for Writable {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        let _ = fs::set_permissions(&self.0, fs::Permissions::from_mode(0o755));
    }
}

// Beyond the list: a course folder the learner cannot write to (a shared machine,
// a read-only mount). The hint is still shown; the progress that cannot be saved is
// said once, with the code untouched. (Where the tests run as root, who may write
// anywhere, the folder cannot be made read-only and the case is skipped.)
#[test]
fn a_read_only_course_folder_still_gives_the_hint_and_says_what_was_not_saved() {
    use std::os::unix::fs::PermissionsExt;
    let sandbox = fixture::sandbox();
    sandbox.xtask(&["next"]).exits(1);
    let _writable = Writable(sandbox.dir.clone());
    fs::set_permissions(&sandbox.dir, fs::Permissions::from_mode(0o555)).unwrap();
    if fs::write(sandbox.path("probe"), "").is_ok() {
        eprintln!("skipped: this user may write to a read-only folder (root)");
        return;
    }
    hint_says_its_progress_was_not_saved(&sandbox);
}
