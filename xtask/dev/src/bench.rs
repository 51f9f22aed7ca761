//! `cargo xtask bench`: the learner's feedback loop, measured (never asserted in a test).
//!
//! For each lesson, after a one-line edit each time: the bare check of its first
//! part (or of part K with `--part K`), `cargo xtask next`, and the same for a
//! floor, a trivial crate made in `target/bench-floor/` with the course's dev
//! profile: the least any check can cost on this machine. The three run in turn,
//! their order rotated each round so that a busy machine slows all alike, and are
//! reported as medians and as ratios to the floor. Then `watch`, from a save to its
//! new screen, with the system's notifications and with `--poll`, as a ratio to
//! `next`. Last, the cold first verdict: `cargo xtask next` from an empty target
//! directory, in CPU seconds. The learner's files and progress are restored
//! afterwards, whatever happens.

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use crate::Select;
use xtask::course::Lesson;
use xtask::progress::{self, Progress};
use xtask::{Ctx, signals};

/// The floor's files: a function and a check that fails, as a learner's does.
const FLOOR: [(&str, &str); 2] = [
    (
        "src/lib.rs",
        "pub fn double(x: f64) -> f64 {\n    x + x\n}\n",
    ),
    (
        "tests/check.rs",
        "#[test]\nfn double() {\n    assert_eq!(floor::double(2.0), 5.0);\n}\n",
    ),
];
/// The last line of each of watch's screens.
const FOOTER: &str = "Watching lessons/ for changes";
/// Longer than any screen of watch takes, even on a busy machine.
const PATIENCE: Duration = Duration::from_secs(120);

pub fn bench(
    ctx: &Ctx,
    names: &[String],
    runs: usize,
    part: usize,
    cold: bool,
) -> Result<ExitCode> {
    let lessons = ctx.course.select(names)?;
    let root = &ctx.course.root;
    let floor = create_floor(root)?;
    let load = fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let load = load.split_whitespace().next().unwrap_or("unknown");
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "{runs} runs of each, side by side, after a one-line edit; medians; {cores} cores, load {load}"
    );
    if part > 1 {
        println!("(the edit and the checks are those of part {part} of each lesson)");
    }
    let mut timed = Vec::new();
    for lesson in &lessons {
        let Some(part) = lesson.parts.get(part - 1) else {
            bail!(
                "{} has {} parts: there is no part {part}",
                lesson.name,
                lesson.parts.len()
            );
        };
        timed.push((
            *lesson,
            part,
            root.join(&part.edit_file),
            state(ctx, lesson, part.number),
        ));
    }
    let mut saved: Vec<PathBuf> = timed
        .iter()
        .map(|(_, _, edited, _)| edited.clone())
        .collect();
    saved.push(root.join(progress::FILE));
    let _restore = Restore(saved.into_iter().map(|p| (fs::read(&p).ok(), p)).collect());

    // The jobs of a round: the floor's check, then each lesson's bare check and `next`.
    let floor_check: (&Path, Vec<&str>, PathBuf) = (
        &floor,
        vec!["test", "-q", "--test", "check"],
        floor.join(FLOOR[0].0),
    );
    let mut jobs = vec![(None, floor_check)];
    for (index, (lesson, part, edited, _)) in timed.iter().enumerate() {
        let bare = vec!["test", "-q", "-p", &lesson.name, "--test", &part.slug];
        jobs.push((Some(index), (root.as_path(), bare, edited.clone())));
        jobs.push((
            Some(index),
            (root.as_path(), vec!["xtask", "next"], edited.clone()),
        ));
    }
    // What a job of one lesson leaves stale for another (lesson 8 builds lesson 7's
    // library) is rebuilt before that lesson's next job, untimed: each job times the
    // rebuild its own edit causes, and nothing else.
    let settle: Vec<Vec<&str>> = timed
        .iter()
        .map(|(lesson, part, _, _)| {
            let args = [
                "test",
                "-q",
                "--no-run",
                "-p",
                &lesson.name,
                "--test",
                &part.slug,
            ];
            args.into_iter().chain(["--no-default-features"]).collect()
        })
        .collect();
    let settle_all = || -> Result<()> {
        for args in &settle {
            time(root, args, None)?;
            time(root, &args[..args.len() - 1], None)?;
        }
        Ok(())
    };
    // One untimed run of each builds what the timed runs reuse.
    for (lesson, (dir, args, _)) in &jobs {
        if let Some(index) = lesson {
            progress::save(root, &timed[*index].3)?;
        }
        time(dir, args, None)?;
    }
    let mut times: Vec<Vec<Duration>> = vec![Vec::new(); jobs.len()];
    for run in 0..runs {
        for turn in 0..jobs.len() {
            // The order rotated each round, so that a busy spell slows every job alike.
            let which = (run + turn) % jobs.len();
            let (lesson, (dir, args, edit)) = &jobs[which];
            if let Some(index) = lesson {
                settle_all()?;
                progress::save(root, &timed[*index].3)?;
            }
            append(edit, &format!("// bench edit {run} {}\n", args[0]))?;
            times[which].push(time(dir, args, None)?.0);
        }
    }
    // A lesson's `next` beside the first lesson's: the ratio within each round (the
    // two ran minutes apart at most, on the same machine's load), then its median.
    let paired: Vec<f64> = (0..timed.len())
        .map(|index| {
            let mut ratios: Vec<f64> = (0..runs)
                .map(|run| {
                    let (next, first) = (times[2 + 2 * index][run], times[2][run]);
                    next.as_secs_f64() / first.as_secs_f64()
                })
                .collect();
            ratios.sort_by(f64::total_cmp);
            ratios[ratios.len() / 2]
        })
        .collect();
    let medians: Vec<Duration> = times.into_iter().map(median).collect();
    let floor = medians[0];
    let ratio = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64();
    println!(
        "floor     {:.3} s (the trivial crate's check, timed in the same rounds as every lesson)",
        floor.as_secs_f64()
    );
    println!(
        "lesson    bare check (×floor)   next (×floor)     next (×{}'s)   watch (×next)     \
         watch --poll (×next)   cold first verdict",
        timed[0].0.name
    );
    for (index, (lesson, _, edited, state)) in timed.iter().enumerate() {
        let (bare, next) = (medians[1 + 2 * index], medians[2 + 2 * index]);
        settle_all()?;
        progress::save(root, state)?;
        let notified = watch_latency(root, edited, runs, false)?;
        let polled = watch_latency(root, edited, runs, true)?;
        let cold = if cold {
            let target = root.join("target").join("bench-cold");
            let _ = fs::remove_dir_all(&target);
            let (wall, cpu) = time(root, &["xtask", "next"], Some(&target))?;
            let _ = fs::remove_dir_all(&target);
            format!(
                "{:.1} s CPU ({:.1} s wall)",
                cpu.as_secs_f64(),
                wall.as_secs_f64()
            )
        } else {
            "skipped".into()
        };
        println!(
            "{:<9} {:.3} s ({:.2})      {:.3} s ({:.2})    {:.2}            {:.3} s ({:.2})    {:.3} s ({:.2})        {cold}",
            lesson.name,
            bare.as_secs_f64(),
            ratio(bare, floor),
            next.as_secs_f64(),
            ratio(next, floor),
            paired[index],
            notified.as_secs_f64(),
            ratio(notified, next),
            polled.as_secs_f64(),
            ratio(polled, next),
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// The progress under which `next` runs part `number` of `lesson`: the lessons
/// before it done and the parts before that one passed.
fn state(ctx: &Ctx, lesson: &Lesson, number: usize) -> Progress {
    let mut state = Progress::default();
    let earlier = ctx
        .course
        .lessons
        .iter()
        .take_while(|e| e.number < lesson.number);
    state.done.extend(earlier.map(|e| e.name.clone()));
    let passed = lesson.parts[..number - 1].iter();
    state
        .parts
        .extend(passed.map(|p| ((lesson.name.clone(), p.slug.clone()), None)));
    state
}

/// Writes the floor crate (a workspace of its own, with the root's `[profile…]`
/// sections but those for one package) and returns its folder.
fn create_floor(root: &Path) -> Result<PathBuf> {
    let dir = root.join("target").join("bench-floor");
    let workspace =
        fs::read_to_string(root.join("Cargo.toml")).context("Failed to read Cargo.toml")?;
    let mut manifest = String::from(
        "[package]\nname = \"floor\"\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n\n\
         [lib]\ndoctest = false\ntest = false\n\n[workspace]\n\n",
    );
    let mut profile = false;
    for line in workspace.lines() {
        if line.starts_with('[') {
            profile = line.starts_with("[profile") && !line.contains(".package.");
        }
        if profile {
            manifest.push_str(line);
            manifest.push('\n');
        }
    }
    for (path, text) in FLOOR.into_iter().chain([("Cargo.toml", manifest.as_str())]) {
        let path = dir.join(path);
        fs::create_dir_all(path.parent().unwrap_or(&dir))?;
        fs::write(&path, text).with_context(|| format!("Failed to write {}", path.display()))?;
    }
    Ok(dir)
}

/// Runs `cargo ARGS` quietly in `dir`; returns its wall time and the CPU time of it and its children.
fn time(dir: &Path, args: &[&str], target: Option<&Path>) -> Result<(Duration, Duration)> {
    if signals::interrupted() {
        return Err(signals::Interrupted.into());
    }
    let mut command = cargo(dir, args);
    match target {
        Some(target) => command.env("CARGO_TARGET_DIR", target),
        None => command.env_remove("CARGO_TARGET_DIR"),
    };
    let cpu_before = children_cpu();
    let start = Instant::now();
    let status = command.stdout(Stdio::null()).status();
    status.with_context(|| format!("Failed to run cargo {}", args.join(" ")))?;
    Ok((start.elapsed(), children_cpu().saturating_sub(cpu_before)))
}

/// `cargo ARGS` in `dir`, quiet on stderr, as a learner's shell would start it.
fn cargo(dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    // A learner's shell usually has no RUST_BACKTRACE; with it, every failing check of
    // the bare command would pay for a backtrace that the runner turns off.
    command
        .current_dir(dir)
        .args(args)
        .env_remove("RUST_BACKTRACE");
    command.stderr(Stdio::null());
    command
}

/// User and system CPU time of every child this process has waited for.
fn children_cpu() -> Duration {
    // SAFETY: getrusage only writes into the struct it is given.
    let usage = unsafe {
        let mut usage = std::mem::zeroed::<libc::rusage>();
        libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage);
        usage
    };
    let micros = |t: libc::timeval| t.tv_sec as u64 * 1_000_000 + t.tv_usec as u64;
    Duration::from_micros(micros(usage.ru_utime) + micros(usage.ru_stime))
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn append(path: &Path, line: &str) -> Result<()> {
    let mut text = fs::read(path).with_context(|| format!("Failed to read {}", path.display()))?;
    text.extend_from_slice(line.as_bytes());
    fs::write(path, text).with_context(|| format!("Failed to write {}", path.display()))
}

/// The median time from a one-line edit of `file` to the end of watch's next screen.
fn watch_latency(root: &Path, file: &Path, runs: usize, poll: bool) -> Result<Duration> {
    let mut command = cargo(root, &["xtask", "watch"]);
    command.args(poll.then_some("--poll")).env("NO_COLOR", "1");
    let command = command.env_remove("CARGO_TARGET_DIR").stdin(Stdio::null());
    let mut child = command
        .stdout(Stdio::piped())
        .spawn()
        .context("Failed to start cargo xtask watch")?;
    // A message for every screen watch finishes printing.
    let (sender, screens) = mpsc::channel();
    let stdout = BufReader::new(child.stdout.take().context("watch has no stdout")?);
    std::thread::spawn(move || {
        for line in stdout.lines().map_while(Result::ok) {
            if line.contains(FOOTER) && sender.send(()).is_err() {
                return;
            }
        }
    });
    let next_screen = || {
        if signals::interrupted() {
            return Err(signals::Interrupted.into());
        }
        screens.recv_timeout(PATIENCE).map_err(|_| {
            anyhow::anyhow!(
                "cargo xtask watch (process {}) showed no new screen in {PATIENCE:?}",
                child.id()
            )
        })
    };
    // The screens that follow one (for earlier edits, or an editor's second write) are not timed.
    let settle = |pause| {
        std::thread::sleep(Duration::from_millis(pause));
        while screens.try_recv().is_ok() {}
    };
    let result = next_screen().and_then(|()| {
        settle(500);
        let mut times = Vec::new();
        for run in 0..runs {
            append(file, &format!("// bench watch {run}\n"))?;
            let start = Instant::now();
            next_screen()?;
            times.push(start.elapsed());
            settle(300);
        }
        Ok(median(times))
    });
    // Stopped as Ctrl-C would (cargo runs watch in its own place, so its id is watch's).
    // SAFETY: kill only sends a signal to the process we started.
    unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) };
    for _ in 0..200 {
        if let Ok(Some(_)) = child.try_wait() {
            return result;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    result
}

/// The files it holds (the bytes of each, or None if it was missing, and its path)
/// are put back as they were when it is dropped.
struct Restore(Vec<(Option<Vec<u8>>, PathBuf)>);

impl Drop for Restore {
    fn drop(&mut self) {
        for (bytes, path) in &self.0 {
            let _ = match bytes {
                Some(bytes) => fs::write(path, bytes),
                None => fs::remove_file(path),
            };
        }
    }
}
