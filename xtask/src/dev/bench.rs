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

use anyhow::{Context, Result};

use crate::progress::{self, Progress};
use crate::{Ctx, signals};

mod floor;
mod watch;

/// One command timed in turn with the others: where it runs, and the file its edit goes to.
struct Timed<'a> {
    dir: PathBuf,
    args: &'a [&'a str],
    edit: PathBuf,
    times: Vec<Duration>,
}

pub fn bench(
    ctx: &Ctx,
    names: &[String],
    runs: usize,
    part_number: usize,
    cold: bool,
) -> Result<ExitCode> {
    let lessons = ctx.course.select(names)?;
    let root = &ctx.course.root;
    let floor_dir = floor::create(root)?;
    println!(
        "{runs} runs of each, in turn, after a one-line edit; medians; {} cores, load {}",
        cores(),
        load()
    );
    if part_number > 1 {
        println!("(the edit and the checks are those of part {part_number} of each lesson)");
    }
    println!(
        "lesson    floor    bare check (×floor)   next (×floor)      watch (×next)     \
         watch --poll (×next)   cold first verdict"
    );
    for lesson in lessons {
        let Some(part) = lesson.parts.get(part_number - 1) else {
            anyhow::bail!(
                "{} has {} parts: there is no part {part_number}",
                lesson.name,
                lesson.parts.len()
            );
        };
        let earlier_parts = &lesson.parts[..part_number - 1];
        let _restore = Restore::new(
            root,
            &[part.edit_file.clone(), PathBuf::from(progress::FILE)],
        )?;
        // Mark the lessons before this one done, so that `next` runs this one.
        let mut state = Progress::default();
        let earlier = ctx
            .course
            .lessons
            .iter()
            .take_while(|e| e.number < lesson.number);
        for earlier in earlier {
            state.done.insert(earlier.name.clone());
        }
        // And the parts before the timed one passed, so that `next` runs it.
        for earlier in earlier_parts {
            state
                .parts
                .insert((lesson.name.clone(), earlier.slug.clone()));
        }
        progress::save(root, &state)?;
        let bare = ["test", "-q", "-p", &lesson.name, "--test", &part.slug];
        let mut timed = [
            Timed {
                dir: floor_dir.clone(),
                args: floor::COMMAND,
                edit: floor_dir.join(floor::EDITED),
                times: Vec::new(),
            },
            Timed {
                dir: root.clone(),
                args: &bare,
                edit: root.join(&part.edit_file),
                times: Vec::new(),
            },
            Timed {
                dir: root.clone(),
                args: &["xtask", "next"],
                edit: root.join(&part.edit_file),
                times: Vec::new(),
            },
        ];
        // One untimed run of each builds what the timed runs reuse.
        for one in &timed {
            time(&one.dir, one.args, None)?;
        }
        for run in 0..runs {
            for turn in 0..timed.len() {
                let one = &mut timed[(run + turn) % 3];
                append(&one.edit, &format!("// bench edit {run} {}\n", one.args[0]))?;
                one.times.push(time(&one.dir, one.args, None)?.0);
            }
        }
        let [floor, bare, next] = timed.map(|mut one| median(&mut one.times));
        let notified = watch::latency(root, &part.edit_file, runs, false)?;
        let polled = watch::latency(root, &part.edit_file, runs, true)?;
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

fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// The load average over the last minute, where the system tells it.
fn load() -> String {
    let text = fs::read_to_string("/proc/loadavg").unwrap_or_default();
    text.split_whitespace()
        .next()
        .unwrap_or("unknown")
        .to_string()
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
    fn new(root: &Path, paths: &[PathBuf]) -> Result<Restore> {
        let saved = paths
            .iter()
            .map(|path| (root.join(path), fs::read(root.join(path)).ok()))
            .collect();
        Ok(Restore { saved })
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
