//! `cargo xtask bench`: the learner's feedback loop, measured (never asserted in a test).
//!
//! For each lesson, after a one-line edit each time: the bare check of its first
//! part, or of part K with `--part K` (`cargo test -q -p lessonN --test S`), `cargo
//! xtask next`, and the same for a FLOOR, a trivial crate made on the fly in
//! `target/bench-floor/` (one function, one failing integration test, the
//! course's dev profile): the least any check can cost on this machine. (On the
//! stubs a part's checks fail at once: to time a part whose checks train, such
//! as lesson 7's fifth, run the bench in a copy with the lessons solved.) The
//! three run in turn, their order rotated each round so that a busy machine slows
//! all alike, and are reported as medians and as ratios to the floor. Then
//! `watch`: from a save to its new screen, with the system's notifications and
//! with `--poll`, as a ratio to `next`. Last, the cold first verdict: `cargo
//! xtask next` from an empty target directory, in CPU seconds (the runner's own
//! build included). The learner's files and progress are restored afterwards,
//! whatever happens.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use crate::progress::{self, Progress};
use crate::{Ctx, signals};

mod floor;
mod watch;

pub fn bench(
    ctx: &Ctx,
    names: &[String],
    runs: usize,
    part: usize,
    cold: bool,
) -> Result<ExitCode> {
    let lessons = ctx.course.select(names)?;
    let root = &ctx.course.root;
    let floor_dir = floor::create(root)?;
    let load = fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let load = load.split_whitespace().next().unwrap_or("unknown");
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "{runs} runs of each, in turn, after a one-line edit; medians; {cores} cores, load {load}"
    );
    if part > 1 {
        println!("(the edit and the checks are those of part {part} of each lesson)");
    }
    println!(
        "lesson    floor    bare check (×floor)   next (×floor)      watch (×next)     \
         watch --poll (×next)   cold first verdict"
    );
    for lesson in lessons {
        let Some(timed_part) = lesson.parts.get(part - 1) else {
            bail!(
                "{} has {} parts: there is no part {part}",
                lesson.name,
                lesson.parts.len()
            );
        };
        let edited = &timed_part.edit_file;
        let _restore = Restore::new(root, &[edited.clone(), PathBuf::from(progress::FILE)]);
        // The lessons before this one done and the parts before the timed one passed,
        // so that `next` runs it.
        let mut state = Progress::default();
        for earlier in ctx
            .course
            .lessons
            .iter()
            .take_while(|e| e.number < lesson.number)
        {
            state.done.insert(earlier.name.clone());
        }
        for earlier in &lesson.parts[..part - 1] {
            state
                .parts
                .insert((lesson.name.clone(), earlier.slug.clone()));
        }
        progress::save(root, &state)?;
        let bare = ["test", "-q", "-p", &lesson.name, "--test", &timed_part.slug];
        let commands: [(&Path, &[&str], PathBuf); 3] = [
            (&floor_dir, floor::COMMAND, floor_dir.join(floor::EDITED)),
            (root, &bare, root.join(edited)),
            (root, &["xtask", "next"], root.join(edited)),
        ];
        // One untimed run of each builds what the timed runs reuse.
        for (dir, args, _) in &commands {
            time(dir, args, None)?;
        }
        let mut times: [Vec<Duration>; 3] = Default::default();
        for run in 0..runs {
            for turn in 0..3 {
                let which = (run + turn) % 3;
                let (dir, args, edit) = &commands[which];
                append(edit, &format!("// bench edit {run} {}\n", args[0]))?;
                times[which].push(time(dir, args, None)?.0);
            }
        }
        let [floor, bare, next] = times.map(|mut times| median(&mut times));
        let notified = watch::latency(root, edited, runs, false)?;
        let polled = watch::latency(root, edited, runs, true)?;
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
        let ratio = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64();
        println!(
            "{:<9} {:.3} s  {:.3} s ({:.2})      {:.3} s ({:.2})    {:.3} s ({:.2})    {:.3} s ({:.2})        {cold}",
            lesson.name,
            floor.as_secs_f64(),
            bare.as_secs_f64(),
            ratio(bare, floor),
            next.as_secs_f64(),
            ratio(next, floor),
            notified.as_secs_f64(),
            ratio(notified, next),
            polled.as_secs_f64(),
            ratio(polled, next),
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs `cargo ARGS` quietly in `dir`; returns its wall time and the CPU time of it and its children.
fn time(dir: &Path, args: &[&str], target: Option<&Path>) -> Result<(Duration, Duration)> {
    if signals::interrupted() {
        return Err(signals::Interrupted.into());
    }
    let mut command = cargo();
    command
        .current_dir(dir)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    match target {
        Some(target) => command.env("CARGO_TARGET_DIR", target),
        None => command.env_remove("CARGO_TARGET_DIR"),
    };
    let cpu_before = children_cpu();
    let start = Instant::now();
    command
        .status()
        .with_context(|| format!("Failed to run cargo {}", args.join(" ")))?;
    Ok((start.elapsed(), children_cpu().saturating_sub(cpu_before)))
}

/// cargo, as a learner's shell would start it.
fn cargo() -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    // A learner's shell usually has no RUST_BACKTRACE; with it, every failing check of
    // the bare command would pay for a backtrace that the runner turns off.
    command.env_remove("RUST_BACKTRACE");
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

fn median(times: &mut [Duration]) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn append(path: &Path, line: &str) -> Result<()> {
    let mut text = fs::read(path).with_context(|| format!("Failed to read {}", path.display()))?;
    text.extend_from_slice(line.as_bytes());
    fs::write(path, text).with_context(|| format!("Failed to write {}", path.display()))
}

/// Puts files back as they were when it is dropped (a missing file stays missing).
struct Restore {
    saved: Vec<(PathBuf, Option<Vec<u8>>)>,
}

impl Restore {
    fn new(root: &Path, paths: &[PathBuf]) -> Restore {
        let saved = paths
            .iter()
            .map(|path| (root.join(path), fs::read(root.join(path)).ok()));
        Restore {
            saved: saved.collect(),
        }
    }
}

impl Drop for Restore {
    fn drop(&mut self) {
        for (path, bytes) in &self.saved {
            let _ = match bytes {
                Some(bytes) => fs::write(path, bytes),
                None => fs::remove_file(path),
            };
        }
    }
}
