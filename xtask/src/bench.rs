//! `cargo xtask bench`: the speed budget, measured (never asserted in a test).
//!
//! For each lesson, after a one-line edit of its first part's file, the warm time
//! of `cargo xtask next` (which runs that part) against the bare command for the
//! same checks (`cargo test -q -p lessonN --test S`), alternating
//! the two so that a busy machine slows both alike; and the cold first verdict:
//! `cargo xtask next` from an empty target directory, in CPU seconds (the
//! runner's own build included). The learner's files and progress are restored
//! afterwards, whatever happens.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};

use crate::progress::{self, Progress};
use crate::{Ctx, signals};

pub fn bench(ctx: &Ctx, names: &[String], runs: usize, cold: bool) -> Result<ExitCode> {
    signals::catch();
    let lessons = ctx.course.select(names)?;
    let root = &ctx.course.root;
    println!(
        "{runs} alternating warm runs per lesson after a one-line edit; medians; {} cores",
        cores()
    );
    println!("lesson    bare cargo test   cargo xtask next   ratio   cold first verdict");
    for lesson in lessons {
        let part = &lesson.parts[0];
        let _restore = Restore::new(
            root,
            &[part.edit_file.clone(), PathBuf::from(progress::FILE)],
        )?;
        // Mark the lessons before this one done, so that `next` runs this one.
        let mut state = Progress::default();
        for earlier in ctx
            .course
            .lessons
            .iter()
            .take_while(|earlier| earlier.number < lesson.number)
        {
            state.done.insert(earlier.name.clone());
        }
        progress::save(root, &state)?;
        let bare = ["test", "-q", "-p", &lesson.name, "--test", &part.slug];
        let runner = ["xtask", "next"];
        // One untimed run of each builds what the timed runs reuse.
        time(root, &bare, None)?;
        time(root, &runner, None)?;
        let (mut bare_times, mut runner_times) = (Vec::new(), Vec::new());
        for run in 0..runs {
            let order: [(&[&str], &mut Vec<Duration>); 2] =
                [(&bare, &mut bare_times), (&runner, &mut runner_times)];
            let mut order = order;
            if run % 2 == 1 {
                order.reverse();
            }
            for (args, times) in order {
                append(
                    &root.join(&part.edit_file),
                    &format!("// bench edit {run} {}\n", args[0]),
                )?;
                times.push(time(root, args, None)?.0);
            }
        }
        let (bare_median, runner_median) = (median(&mut bare_times), median(&mut runner_times));
        let cold = if cold {
            let target = root.join("target").join("bench-cold");
            let _ = fs::remove_dir_all(&target);
            let (wall, cpu) = time(root, &runner, Some(&target))?;
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
            "{:<9} {:>9.3} s       {:>9.3} s        {:>5.2}   {cold}",
            lesson.name,
            bare_median.as_secs_f64(),
            runner_median.as_secs_f64(),
            runner_median.as_secs_f64() / bare_median.as_secs_f64()
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs `cargo ARGS` quietly; returns its wall time and the CPU time of it and its children.
fn time(root: &Path, args: &[&str], target: Option<&Path>) -> Result<(Duration, Duration)> {
    if signals::interrupted() {
        return Err(signals::Interrupted.into());
    }
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command
        .current_dir(root)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        // A learner's shell usually has no RUST_BACKTRACE; with it, every failing check of
        // the bare command would pay for a backtrace that the runner turns off.
        .env_remove("RUST_BACKTRACE");
    if let Some(target) = target {
        command.env("CARGO_TARGET_DIR", target);
    }
    let cpu_before = children_cpu();
    let start = Instant::now();
    command
        .status()
        .with_context(|| format!("Failed to run cargo {}", args.join(" ")))?;
    Ok((start.elapsed(), children_cpu().saturating_sub(cpu_before)))
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
