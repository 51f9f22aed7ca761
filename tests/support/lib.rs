//! Helpers shared by the course's own tests (the harness in `tests/`): the course
//! as shipped (`shipped`), the policies it must keep (`policies`), and a sandbox,
//! a private copy of the workspace, for end-to-end runs of the runner (`Sandbox`,
//! with the made-up lesson of `fixture`).

pub mod fixture;
pub mod policies;
pub mod shipped;

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};

use xtask::course::Course;

/// The workspace root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The course in the working tree, with whatever a learner changed in it.
pub fn course() -> Course {
    Course::load(&root()).expect("the course loads")
}

/// The course as shipped (see `shipped`): the stubs as the manifest names them,
/// everything else as committed, so that a learner's edits, committed or not,
/// change nothing the course's own tests prove. The working tree when there is no
/// git history (a tarball), or when `BACKPROP_PROVE_WORKTREE=1` asks for it (a
/// maintainer, before committing).
pub fn shipped_root() -> PathBuf {
    the_shipped().root.clone()
}

/// The course as shipped (see [`shipped_root`]).
pub fn shipped() -> Course {
    Course::load(&shipped_root()).expect("the shipped course loads")
}

/// The manifest as committed, and the manifest the committed files would have.
pub fn manifests() -> (String, String) {
    the_shipped().manifest.clone()
}

fn the_shipped() -> &'static shipped::Shipped {
    static SHIPPED: OnceLock<shipped::Shipped> = OnceLock::new();
    SHIPPED.get_or_init(|| {
        let worktree = std::env::var_os("BACKPROP_PROVE_WORKTREE").is_some_and(|v| v == "1");
        let found = (!worktree)
            .then(|| shipped::snapshot(&root(), &nested_target("shipped")))
            .flatten();
        found.unwrap_or_else(|| {
            let listed = fs::read_to_string(root().join(xtask::manifest::FILE)).unwrap_or_default();
            let rendered = xtask_dev::manifest::render(&course()).expect("the manifest renders");
            shipped::Shipped {
                root: root(),
                manifest: (listed, rendered),
            }
        })
    })
}

/// Whether the course runs in CI, on a fresh clone: there the manifest is judged strictly.
pub fn in_ci() -> bool {
    std::env::var_os("CI").is_some_and(|v| !v.is_empty() && v != "false")
}

/// A target directory for cargo runs nested inside `cargo test`: the outer run
/// holds the lock on `target/`, so a nested run there would wait forever.
pub fn nested_target(name: &str) -> PathBuf {
    root().join("target").join(name)
}

pub use xtask::course::files;

/// A sandbox: a private copy of the workspace for end-to-end runs of the real runner.
///
/// There is one sandbox, always at the same path, so that cargo reuses its builds
/// from one test to the next; the guard keeps the tests that use it from running
/// at the same time. Files keep their modification times (so the runner is not
/// rebuilt for every test), except under `lessons/`: tests edit those, and a
/// restored file with an old time would look older than its stale build.
pub struct Sandbox {
    pub dir: PathBuf,
    _guard: MutexGuard<'static, ()>,
}

static SANDBOX: Mutex<()> = Mutex::new(());

impl Sandbox {
    /// A fresh copy of the course: the runner and the workspace as they are, the
    /// lessons as shipped (a learner's work never leaks in); no progress, no backups.
    pub fn new() -> Sandbox {
        let guard = SANDBOX
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let dir = nested_target("e2e").join("course");
        let _ = fs::remove_dir_all(&dir);
        for top in [
            "Cargo.toml",
            "Cargo.lock",
            ".cargo",
            "solutions",
            "xtask",
            "tests",
        ] {
            copy_tree(&root().join(top), &dir.join(top), true);
        }
        copy_tree(&shipped_root().join("lessons"), &dir.join("lessons"), false);
        Sandbox { dir, _guard: guard }
    }

    /// The course in the sandbox, as the runner would read it.
    pub fn course(&self) -> Course {
        Course::load(&self.dir).expect("the sandbox loads")
    }

    /// Runs `cargo xtask ARGS` in `folder` (relative to the sandbox), as a learner would,
    /// with colour off unless `env` turns it on.
    pub fn run(&self, folder: &str, args: &[&str], env: &[(&str, &str)]) -> Run {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let mut command = Command::new(cargo);
        command
            .arg("xtask")
            .args(args)
            .current_dir(self.dir.join(folder))
            .env("CARGO_TARGET_DIR", nested_target("e2e").join("target"))
            .env_remove("BACKPROP_TIMEOUT")
            .env_remove("CLICOLOR_FORCE")
            // The outer `cargo test` points insta at this workspace; the sandbox has its own.
            .env_remove("INSTA_WORKSPACE_ROOT");
        if env.is_empty() {
            command.env("NO_COLOR", "1");
        } else {
            command.env_remove("NO_COLOR").envs(env.iter().copied());
        }
        Run::from(command.output().expect("cargo runs"))
    }

    pub fn xtask_in(&self, folder: &str, args: &[&str]) -> Run {
        self.run(folder, args, &[])
    }

    pub fn xtask(&self, args: &[&str]) -> Run {
        self.run(".", args, &[])
    }

    pub fn xtask_env(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        self.run(".", args, env)
    }

    /// Runs `git ARGS` in the sandbox.
    pub fn git(&self, args: &[&str]) {
        let status = Command::new("git")
            .args(["-c", "user.name=t", "-c", "user.email=t@t"])
            .args(args)
            .current_dir(&self.dir)
            .status()
            .expect("git runs");
        assert!(status.success(), "git {args:?}");
    }

    /// Gives the sandbox a git history of its own, with everything committed as shipped.
    pub fn commit_as_shipped(&self) {
        self.git(&["init", "-q"]);
        self.git(&["add", "-A"]);
        self.git(&["commit", "-qm", "shipped"]);
    }

    /// Copies the reference solution of `lesson` over the learner's files.
    pub fn solve(&self, lesson: &str) {
        let from = self.dir.join("solutions").join(lesson).join("src");
        for file in files(&from) {
            fs::copy(
                from.join(&file),
                self.dir
                    .join("lessons")
                    .join(lesson)
                    .join("src")
                    .join(&file),
            )
            .unwrap();
        }
    }

    pub fn path(&self, relative: &str) -> PathBuf {
        self.dir.join(relative)
    }

    /// The runner's `.progress` file as it is now, or "" if there is none.
    pub fn progress(&self) -> String {
        fs::read_to_string(self.path(".progress")).unwrap_or_default()
    }
}

impl Default for Sandbox {
    fn default() -> Self {
        Sandbox::new()
    }
}

/// Copies a file or folder, keeping modification times if asked to.
pub fn copy_tree(from: &Path, to: &Path, keep_times: bool) {
    if from.is_dir() {
        for file in files(from) {
            copy_tree(&from.join(&file), &to.join(&file), keep_times);
        }
        return;
    }
    fs::create_dir_all(to.parent().unwrap()).unwrap();
    fs::copy(from, to).unwrap();
    if keep_times {
        let modified = fs::metadata(from).unwrap().modified().unwrap();
        fs::File::options()
            .write(true)
            .open(to)
            .unwrap()
            .set_modified(modified)
            .unwrap();
    }
}

/// What a run of the runner printed and how it exited.
#[derive(Debug)]
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(output: Output) -> Run {
        Run {
            code: output.status.code(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

impl Run {
    /// Fails the test with the whole output unless `text` is in stdout.
    #[track_caller]
    pub fn says(&self, text: &str) -> &Run {
        assert!(
            self.stdout.contains(text),
            "expected stdout to contain {text:?}\n{self:#?}"
        );
        self
    }

    #[track_caller]
    pub fn exits(&self, code: i32) -> &Run {
        assert_eq!(self.code, Some(code), "unexpected exit status\n{self:#?}");
        self
    }
}

/// `cargo xtask ARGS` started in the background, as `Sandbox::run` runs it, with
/// its stdout collected as it comes.
pub struct Background {
    child: Child,
    seen: Arc<Mutex<String>>,
}

impl Background {
    pub fn start(sandbox: &Sandbox, args: &[&str], env: &[(&str, &str)]) -> Background {
        let mut child = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
            .arg("xtask")
            .args(args)
            .current_dir(&sandbox.dir)
            .env("CARGO_TARGET_DIR", nested_target("e2e").join("target"))
            .env("NO_COLOR", "1")
            .env_remove("BACKPROP_TIMEOUT")
            .env_remove("INSTA_WORKSPACE_ROOT")
            .envs(env.iter().copied())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let seen = Arc::new(Mutex::new(String::new()));
        let mut stdout = child.stdout.take().unwrap();
        let collected = Arc::clone(&seen);
        std::thread::spawn(move || {
            let mut buffer = [0; 4096];
            while let Ok(n @ 1..) = stdout.read(&mut buffer) {
                let text = String::from_utf8_lossy(&buffer[..n]).into_owned();
                collected.lock().unwrap().push_str(&text);
            }
        });
        Background { child, seen }
    }

    pub fn pid(&self) -> String {
        self.child.id().to_string()
    }

    pub fn seen(&self) -> String {
        self.seen.lock().unwrap().clone()
    }

    /// Waits (boundedly) until stdout holds `text`.
    pub fn wait_for(&self, text: &str) {
        self.wait_for_times(text, 1);
    }

    /// Waits (boundedly) until stdout holds `text` `times` times: a runner that
    /// never prints it fails the test instead of hanging it.
    pub fn wait_for_times(&self, text: &str, times: usize) {
        let deadline = Instant::now() + Duration::from_secs(120);
        while self.seen().matches(text).count() < times {
            assert!(
                Instant::now() < deadline,
                "never printed {text:?} {times} times:\n{}",
                self.seen()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The exit status within `limit`, or None (the process is then killed).
    pub fn exit_within(&mut self, limit: Duration) -> Option<ExitStatus> {
        let deadline = Instant::now() + limit;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return Some(status);
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                let _ = self.child.wait();
                return None;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
