//! `cargo xtask watch`: `next`, again every time a lesson file is saved.
//!
//! The operating system says when a file changes (inotify, FSEvents, … through the
//! `notify` crate), so a save starts a run at once. Where it never says (WSL2 on
//! /mnt/c, network file systems), the files' times are looked at instead: with
//! `--poll`, or by itself once a file changed with no word from the system (checked
//! every second). `target/` folders, editor swap and backup files and insta's
//! pending snapshots are ignored; a burst of saves is one change.

use std::collections::BTreeMap;
use std::fs;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant, SystemTime};

use anyhow::Result;
use notify::{EventKind, RecursiveMode, Watcher};

use crate::progress::watched;
use crate::{Ctx, course, next, screen, signals};

/// How often the files' times are looked at when polling.
const POLL: Duration = Duration::from_millis(200);
/// How long the files must stay still before a polled change counts (editors save in steps).
const SETTLE: Duration = Duration::from_millis(150);
/// How long after the last notified change a burst of saves counts as over.
const DEBOUNCE: Duration = Duration::from_millis(40);
/// How often, while notified, the times are compared to catch a system that says nothing.
const SILENT: Duration = Duration::from_secs(1);
/// How often Ctrl-C is looked for while waiting.
const TICK: Duration = Duration::from_millis(100);

/// Where changes come from.
enum Source {
    /// The system's notifications; the watcher sends them for as long as it lives.
    Notified {
        _watcher: notify::RecommendedWatcher,
        events: Receiver<notify::Result<notify::Event>>,
    },
    Polled,
}

pub fn watch(ctx: &Ctx, poll: bool) -> Result<ExitCode> {
    let clear = std::io::stdout().is_terminal();
    let lessons = ctx.course.root.join("lessons");
    let mut source = if poll {
        Source::Polled
    } else {
        notified(&lessons)
    };
    loop {
        let seen = snapshot(&lessons);
        let screen = match next::screen(ctx) {
            Ok((text, _)) => screen::for_watch(&text),
            Err(error) if error.is::<signals::Interrupted>() => break,
            Err(error) => screen::watch_error(&format!("{error:#}")),
        };
        if clear {
            print!("\x1b[2J\x1b[H");
        }
        let polling = matches!(source, Source::Polled);
        print!("{}{}", screen::fit(&screen), screen::watching(polling));
        std::io::stdout().flush()?;
        let changed = match &source {
            Source::Notified { events, .. } => wait_notified(events, &lessons, &seen),
            Source::Polled => wait_polled(&lessons, seen),
        };
        match changed {
            Change::Saved => {}
            Change::Stopped => break,
            Change::Silent => source = Source::Polled,
        }
    }
    print!("{}", screen::stopped_watching());
    Ok(ExitCode::SUCCESS)
}

/// The system's notifications for `lessons`, or polling where there are none.
fn notified(lessons: &Path) -> Source {
    let (sender, receiver) = mpsc::channel();
    let Ok(mut watcher) = notify::recommended_watcher(sender) else {
        return Source::Polled;
    };
    match watcher.watch(lessons, RecursiveMode::Recursive) {
        Ok(()) => Source::Notified {
            _watcher: watcher,
            events: receiver,
        },
        Err(_) => Source::Polled,
    }
}

/// Why the wait for a change ended.
enum Change {
    Saved,
    Stopped,
    /// A file changed and the system said nothing: notifications do not work here.
    Silent,
}

/// Waits for a notified change to a watched file, then for the burst to end.
fn wait_notified(
    events: &Receiver<notify::Result<notify::Event>>,
    lessons: &Path,
    seen: &BTreeMap<PathBuf, (SystemTime, u64)>,
) -> Change {
    let mut compared = Instant::now();
    let mut unexplained = false;
    loop {
        if signals::interrupted() {
            return Change::Stopped;
        }
        match events.recv_timeout(TICK) {
            Ok(event) if relevant(&event, lessons) => break,
            Ok(_) | Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => return Change::Silent,
        }
        if compared.elapsed() >= SILENT {
            compared = Instant::now();
            // A change seen twice a second apart with no event between: silence.
            let changed = snapshot(lessons) != *seen;
            if changed && unexplained {
                return Change::Silent;
            }
            unexplained = changed;
        }
    }
    // The burst is over once no relevant event came for DEBOUNCE (at most a second).
    let burst = Instant::now();
    while burst.elapsed() < Duration::from_secs(1) {
        match events.recv_timeout(DEBOUNCE) {
            Ok(_) => {}
            Err(_) => break,
        }
    }
    Change::Saved
}

/// Whether an event is a change to a watched file (not a read, not under `target/`).
fn relevant(event: &notify::Result<notify::Event>, lessons: &Path) -> bool {
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
            let folders = inside.parent().into_iter().flat_map(Path::components);
            watched(&name)
                && !folders
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .any(|folder| skipped(&folder))
        })
}

/// Polls the files' times until they change and settle.
fn wait_polled(lessons: &Path, seen: BTreeMap<PathBuf, (SystemTime, u64)>) -> Change {
    loop {
        if signals::interrupted() {
            return Change::Stopped;
        }
        thread::sleep(POLL);
        if snapshot(lessons) != seen {
            thread::sleep(SETTLE);
            return Change::Saved;
        }
    }
}

/// Folders never watched: build output and hidden folders.
fn skipped(folder: &str) -> bool {
    folder == "target" || folder.starts_with('.')
}

/// Modification time and size of every watched file under `dir`.
pub fn snapshot(dir: &Path) -> BTreeMap<PathBuf, (SystemTime, u64)> {
    let mut files = BTreeMap::new();
    for file in course::files_except(dir, skipped) {
        let name = file.file_name().unwrap_or_default().to_string_lossy();
        if let (true, Ok(meta)) = (watched(&name), fs::metadata(dir.join(&file))) {
            let modified = meta.modified().unwrap_or(SystemTime::UNIX_EPOCH);
            files.insert(file, (modified, meta.len()));
        }
    }
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_build_output_start_no_run() {
        let lessons = Path::new("/c/lessons");
        let event = |kind, path: &str| Ok(notify::Event::new(kind).add_path(path.into()));
        let write = EventKind::Modify(notify::event::ModifyKind::Any);
        let open = EventKind::Access(notify::event::AccessKind::Any);
        assert!(relevant(
            &event(write, "/c/lessons/lesson1/src/a.rs"),
            lessons
        ));
        assert!(!relevant(
            &event(open, "/c/lessons/lesson1/src/a.rs"),
            lessons
        ));
        assert!(!relevant(
            &event(write, "/c/lessons/lesson1/target/x"),
            lessons
        ));
        assert!(!relevant(
            &event(write, "/c/lessons/lesson1/src/.a.rs.swp"),
            lessons
        ));
    }

    #[test]
    fn a_change_the_system_never_tells_of_turns_to_polling_and_a_told_one_is_a_save() {
        let dir = std::env::temp_dir().join(format!("watch-test-{}", std::process::id()));
        fs::create_dir_all(dir.join("lesson1/src")).unwrap();
        let file = dir.join("lesson1/src/part.rs");
        fs::write(&file, "// a stub\n").unwrap();
        let seen = snapshot(&dir);
        // Notifications that never come: a save is found by its time and size.
        let (sender, silent) = mpsc::channel();
        fs::write(&file, "// a stub, filled in\n").unwrap();
        assert!(matches!(
            wait_notified(&silent, &dir, &seen),
            Change::Silent
        ));
        // A notification of a change to a watched file is a save.
        let event = notify::Event::new(EventKind::Modify(notify::event::ModifyKind::Any));
        sender.send(Ok(event.add_path(file.clone()))).unwrap();
        assert!(matches!(
            wait_notified(&silent, &dir, &snapshot(&dir)),
            Change::Saved
        ));
        fs::remove_dir_all(&dir).unwrap();
    }
}
