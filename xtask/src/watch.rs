//! `cargo xtask watch`: `next`, again every time a lesson file is saved.
//!
//! The operating system says when a file changes (inotify, FSEvents, … through the
//! `notify` crate), so a save starts a run at once. Where it never says (WSL2 on
//! /mnt/c, network file systems), notify's `PollWatcher` looks at the files every
//! 200 ms instead: with `--poll`, or by itself once a file changed with no word
//! from the system (checked every second). `target/` folders, editor swap and
//! backup files and insta's pending snapshots are ignored; a burst of saves is one
//! change.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::{Duration, Instant, SystemTime};

use anyhow::Result;
use notify::{Config, Event, EventKind, PollWatcher, RecursiveMode, Watcher};
use walkdir::WalkDir;

use crate::progress::watched;
use crate::{Ctx, next, screen, signals};

/// How often the files are looked at when polling.
const POLL: Duration = Duration::from_millis(200);
/// How long the files must stay still before a polled change counts (editors save in steps).
const SETTLE: Duration = Duration::from_millis(150);
/// How long after the last notified change a burst of saves counts as over.
const DEBOUNCE: Duration = Duration::from_millis(40);
/// How often, while notified, the files are compared to catch a system that says nothing.
const SILENT: Duration = Duration::from_secs(1);
/// How often Ctrl-C is looked for while waiting.
const TICK: Duration = Duration::from_millis(100);

type Events = Receiver<notify::Result<Event>>;

pub fn watch(ctx: &Ctx, poll: bool) -> Result<ExitCode> {
    let clear = std::io::stdout().is_terminal();
    let lessons = ctx.course.root.join("lessons");
    let (sender, events) = mpsc::channel();
    // The watcher sends changes for as long as it lives: kept, though never read.
    let (mut _watcher, mut polled) = start(&lessons, &sender, poll)?;
    loop {
        // Compared with the files a second after a change to see if the system told of it.
        let seen = (!polled).then(|| snapshot(&lessons));
        let screen = match next::screen(ctx) {
            Ok((text, _)) => screen::for_watch(&text),
            Err(error) if error.is::<signals::Interrupted>() => break,
            Err(error) => screen::watch_error(&format!("{error:#}")),
        };
        if clear {
            print!("\x1b[2J\x1b[H");
        }
        print!("{}{}", screen::fit(&screen), screen::watching(polled));
        std::io::stdout().flush()?;
        match wait(&events, &lessons, seen.as_ref()) {
            Change::Saved => {}
            Change::Stopped => break,
            Change::Silent => (_watcher, polled) = start(&lessons, &sender, true)?,
        }
    }
    print!("{}", screen::stopped_watching());
    Ok(ExitCode::SUCCESS)
}

/// Watches `lessons`, sending every change to `sender`: told by the system, or, with
/// `poll` or where the system cannot tell, polled. Says whether it polls.
fn start(
    lessons: &Path,
    sender: &Sender<notify::Result<Event>>,
    poll: bool,
) -> Result<(Box<dyn Watcher>, bool)> {
    if !poll
        && let Ok(mut watcher) = notify::recommended_watcher(sender.clone())
        && watcher.watch(lessons, RecursiveMode::Recursive).is_ok()
    {
        return Ok((Box::new(watcher), false));
    }
    // The times it compares are in whole seconds: the contents tell a second save
    // within the same second.
    let config = Config::default()
        .with_poll_interval(POLL)
        .with_compare_contents(true);
    let mut watcher = PollWatcher::new(sender.clone(), config)?;
    watcher.watch(lessons, RecursiveMode::Recursive)?;
    Ok((Box::new(watcher), true))
}

/// Why the wait for a change ended.
enum Change {
    Saved,
    Stopped,
    /// A file changed and the system said nothing: notifications do not work here.
    Silent,
}

/// Waits for a change to a watched file, then for the burst to end. With `seen`
/// (when notified), a change found in the files twice a second apart with no
/// event between is silence.
fn wait(events: &Events, lessons: &Path, seen: Option<&Snapshot>) -> Change {
    let mut compared = Instant::now();
    let mut unexplained = false;
    loop {
        if signals::interrupted() {
            return Change::Stopped;
        }
        if let Ok(event) = events.recv_timeout(TICK)
            && relevant(&event, lessons)
        {
            break;
        }
        if let Some(seen) = seen
            && compared.elapsed() >= SILENT
        {
            compared = Instant::now();
            let changed = snapshot(lessons) != *seen;
            if changed && unexplained {
                return Change::Silent;
            }
            unexplained = changed;
        }
    }
    // The burst is over once no event came for a while (at most a second).
    let quiet = if seen.is_some() { DEBOUNCE } else { SETTLE };
    let burst = Instant::now();
    while burst.elapsed() < Duration::from_secs(1) && events.recv_timeout(quiet).is_ok() {}
    Change::Saved
}

/// Whether an event is a change to a watched file (not a read, not under `target/`).
fn relevant(event: &notify::Result<Event>, lessons: &Path) -> bool {
    let Ok(event) = event else {
        return false;
    };
    let changes = matches!(
        event.kind,
        EventKind::Create(_) | EventKind::Remove(_) | EventKind::Modify(_) | EventKind::Any
    );
    changes
        && event.paths.iter().any(|path| {
            let inside = path.strip_prefix(lessons).unwrap_or(path);
            let name = inside.file_name().unwrap_or_default().to_string_lossy();
            let mut folders = inside.parent().into_iter().flat_map(Path::components);
            watched(&name) && !folders.any(|c| skipped(&c.as_os_str().to_string_lossy()))
        })
}

/// Folders never watched: build output and hidden folders.
fn skipped(folder: &str) -> bool {
    folder == "target" || folder.starts_with('.')
}

/// Modification time and size of every watched file.
type Snapshot = BTreeMap<PathBuf, (SystemTime, u64)>;

/// The [`Snapshot`] of the watched files under `dir`.
fn snapshot(dir: &Path) -> Snapshot {
    let walk = WalkDir::new(dir).into_iter().filter_entry(|entry| {
        entry.depth() == 0
            || !entry.file_type().is_dir()
            || !skipped(&entry.file_name().to_string_lossy())
    });
    walk.flatten()
        .filter(|entry| entry.file_type().is_file())
        .filter(|entry| watched(&entry.file_name().to_string_lossy()))
        .filter_map(|entry| {
            let meta = entry.metadata().ok()?;
            let modified = meta.modified().unwrap_or(SystemTime::UNIX_EPOCH);
            Some((entry.into_path(), (modified, meta.len())))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify::event::{AccessKind, ModifyKind};

    #[test]
    fn reads_build_output_and_editor_scratch_files_start_no_run() {
        let event = |kind, path: &str| Ok(Event::new(kind).add_path(path.into()));
        let (lessons, write) = (Path::new("/c"), EventKind::Modify(ModifyKind::Any));
        assert!(relevant(&event(write, "/c/lesson1/src/a.rs"), lessons));
        assert!(relevant(&event(write, "/c/lesson1/tests/a.snap"), lessons));
        let read = event(EventKind::Access(AccessKind::Any), "/c/lesson1/src/a.rs");
        assert!(!relevant(&read, lessons));
        for path in [
            "target/a",
            ".a.rs.swp",
            "a.rs~",
            "#a.rs#",
            ".#a.rs",
            "4913",
            "a.snap.new",
        ] {
            let event = event(write, &format!("/c/lesson1/{path}"));
            assert!(!relevant(&event, lessons), "{path}");
        }
    }

    #[test]
    fn a_silent_change_turns_to_polling_a_told_one_is_a_save_and_polls_see_two_in_a_second() {
        let dir = std::env::temp_dir().join(format!("watch-test-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("lesson1/src")).unwrap();
        let file = dir.join("lesson1/src/part.rs");
        std::fs::write(&file, "// a stub\n").unwrap();
        // Notifications that never come: a save is found by its time and size.
        let (sender, events) = mpsc::channel();
        let seen = snapshot(&dir);
        std::fs::write(&file, "// a stub, filled in\n").unwrap();
        assert!(matches!(wait(&events, &dir, Some(&seen)), Change::Silent));
        // A notification of a change to a watched file is a save.
        let event = Event::new(EventKind::Modify(ModifyKind::Any));
        sender.send(Ok(event.add_path(file.clone()))).unwrap();
        let seen = snapshot(&dir);
        assert!(matches!(wait(&events, &dir, Some(&seen)), Change::Saved));
        // Polled, two saves of the same size within a second are each seen (never a hang).
        let (_watcher, polled) = start(&dir, &sender, true).unwrap();
        assert!(polled);
        for text in ["// one\n", "// two\n"] {
            while events.try_recv().is_ok() {}
            std::fs::write(&file, text).unwrap();
            let deadline = Instant::now() + Duration::from_secs(5);
            let left = || deadline.saturating_duration_since(Instant::now());
            let mut events = std::iter::from_fn(|| events.recv_timeout(left()).ok());
            assert!(
                events.any(|event| relevant(&event, &dir)),
                "{text:?} was not seen"
            );
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
