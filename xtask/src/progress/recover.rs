//! What the progress says about a lesson's parts, how a run changes it, and how a
//! lost progress file is recovered from the checks themselves.

use anyhow::Result;

use super::{Loaded, Progress};
use crate::course::Lesson;
use crate::report::{Outcome, Report, Verdict};
use crate::{Ctx, screen};

impl Progress {
    /// The parts of `lesson` recorded as passed (indices, in order).
    pub fn passed_parts(&self, lesson: &Lesson) -> Vec<usize> {
        (0..lesson.parts.len())
            .filter(|&index| self.parts.contains(&key(lesson, index)))
            .collect()
    }

    /// The learner's current part of `lesson`: the first not recorded as passed
    /// (None once every part is, and the whole lesson must pass in one run).
    pub fn current_part(&self, lesson: &Lesson) -> Option<usize> {
        let passed = self.passed_parts(lesson);
        (0..lesson.parts.len()).find(|index| !passed.contains(index))
    }

    /// The passed parts of `lesson` whose files changed since they passed (`now`:
    /// each part's fingerprint as the files are now), or whose line has no
    /// fingerprint: they must pass again to count.
    pub fn stale_parts(&self, lesson: &Lesson, now: &[String]) -> Vec<usize> {
        self.passed_parts(lesson)
            .into_iter()
            .filter(|&index| self.part_fingerprints.get(&key(lesson, index)) != now.get(index))
            .collect()
    }

    /// Records which parts of `lesson` pass in `report`, each with the fingerprint
    /// of the files its run saw, and forgets the others it ran. A part none of whose
    /// checks ran (the lesson did not compile, or the run was stopped at a time limit
    /// before its test binary started) says nothing either way: its record stays.
    pub fn record_parts(&mut self, lesson: &Lesson, report: &Report) {
        let passing = report.passing_parts();
        for &(index, _) in &report.parts {
            let unknown = report.part(index).is_none_or(|part| {
                part.outcome != Outcome::Ran
                    || part
                        .checks
                        .iter()
                        .all(|(_, verdict)| *verdict == Verdict::NotRun)
            });
            if unknown {
                continue;
            }
            let key = key(lesson, index);
            if passing.contains(&index) && report.changed.is_empty() {
                self.parts.insert(key.clone());
                match report.part_fingerprints.get(index) {
                    Some(fingerprint) => {
                        self.part_fingerprints.insert(key, fingerprint.clone());
                    }
                    None => {
                        self.part_fingerprints.remove(&key);
                    }
                }
            } else {
                self.parts.remove(&key);
                self.part_fingerprints.remove(&key);
            }
        }
    }

    /// Marks `lesson` done, with the fingerprint of the files its passing run saw:
    /// its part lines are no longer needed.
    pub fn record_done(&mut self, lesson: &Lesson, report: &Report) {
        self.done.insert(lesson.name.clone());
        self.fingerprints
            .insert(lesson.name.clone(), report.fingerprint.clone());
        self.parts.retain(|(name, _)| *name != lesson.name);
        self.part_fingerprints
            .retain(|(name, _), _| *name != lesson.name);
    }

    /// Marks `lesson` not done, after a run that failed: its passing parts are kept.
    pub fn forget_done(&mut self, lesson: &Lesson, report: &Report) {
        self.done.remove(&lesson.name);
        self.fingerprints.remove(&lesson.name);
        self.record_parts(lesson, report);
    }

    /// Forgets everything about `lesson`: not done, no part passed, no hint seen.
    pub fn forget(&mut self, lesson: &Lesson) {
        self.done.remove(&lesson.name);
        self.fingerprints.remove(&lesson.name);
        self.parts.retain(|(name, _)| *name != lesson.name);
        self.part_fingerprints
            .retain(|(name, _), _| *name != lesson.name);
        self.hints.retain(|(name, _), _| *name != lesson.name);
    }
}

fn key(lesson: &Lesson, index: usize) -> (String, String) {
    (lesson.name.clone(), lesson.parts[index].slug.clone())
}

/// The learner's progress, and the report of the current lesson (every part) if
/// finding it took a run.
///
/// One rule decides what is done: a lesson counts as done when its checks passed on
/// the files as they are now. A lesson recorded done whose files changed since (or
/// whose line has no fingerprint: written by hand) is checked again, and is the
/// learner's again if it fails. A missing or unreadable progress file is recovered
/// by re-checking the lessons in order until one does not pass (its passing parts
/// are recorded). What was re-checked is written to `notes`.
pub fn recover(ctx: &Ctx, notes: &mut String) -> Result<(Progress, Option<Report>)> {
    let read = match super::load(&ctx.course.root, &ctx.names()) {
        Loaded::Read(progress) => Some(progress),
        Loaded::Missing => None,
        Loaded::Unreadable(why) => {
            notes.push_str(&screen::unreadable_progress(&why));
            None
        }
    };
    if let Some(read) = read {
        let mut progress = read.clone();
        let now = super::fingerprints(&ctx.course, None);
        let mut current_report = None;
        for (index, (lesson, (_, fingerprint))) in ctx.course.lessons.iter().zip(&now).enumerate() {
            let recorded = progress.fingerprints.get(&lesson.name);
            if !progress.done.contains(&lesson.name) || recorded == Some(fingerprint) {
                continue;
            }
            let report = ctx.run(lesson)?;
            if report.done() {
                progress.record_done(lesson, &report);
            } else {
                progress.forget_done(lesson, &report);
                notes.push_str(&screen::no_longer_done(ctx.style, lesson, &report));
                // The lesson that broke is the current one again: its run is shown, not repeated.
                if ctx.current(&progress) == Some(index) {
                    current_report = Some(report);
                }
            }
        }
        let mut base = read;
        save_changes(ctx, &mut base, &progress, notes);
        return Ok((base, current_report));
    }
    let mut progress = Progress::default();
    let mut current_report = None;
    for lesson in &ctx.course.lessons {
        let report = ctx.run(lesson)?;
        if !report.done() {
            progress.record_parts(lesson, &report);
            current_report = Some(report);
            break;
        }
        notes.push_str(&screen::already_passes(ctx.style, lesson));
        progress.record_done(lesson, &report);
    }
    let mut base = Progress::default();
    save_changes(ctx, &mut base, &progress, notes);
    Ok((base, current_report))
}

/// Saves what a command changed in the progress since `base` (see
/// [`super::update`]); `base` becomes the progress as written, which the command
/// goes on with. A progress that cannot be saved (a read-only folder) is said once
/// in `out`, and the command goes on: the learner's code is untouched either way.
pub fn save_changes(ctx: &Ctx, base: &mut Progress, progress: &Progress, out: &mut String) {
    if base == progress && super::path(&ctx.course.root).is_file() {
        return;
    }
    match super::update(&ctx.course.root, &ctx.names(), base, progress) {
        Ok(written) => *base = written,
        Err(error) => {
            *base = progress.clone();
            let note = screen::not_saved(&format!("{error:#}"));
            if !out.contains(&note) {
                out.push_str(&note);
            }
        }
    }
}
