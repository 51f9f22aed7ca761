//! What the progress says about a lesson's parts, how a run changes it, and how a
//! lost progress file is recovered from the checks themselves.

use anyhow::Result;

use super::{Loaded, Progress};
use crate::course::Lesson;
use crate::report::Report;
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

    /// Records which parts of `lesson` pass in `report`, and forgets the others it ran.
    pub fn record_parts(&mut self, lesson: &Lesson, report: &Report) {
        let passing = report.passing_parts();
        for &(index, _) in &report.parts {
            if passing.contains(&index) && report.changed.is_empty() {
                self.parts.insert(key(lesson, index));
            } else {
                self.parts.remove(&key(lesson, index));
            }
        }
    }

    /// Marks `lesson` done: its part lines are no longer needed.
    pub fn record_done(&mut self, lesson: &Lesson) {
        self.done.insert(lesson.name.clone());
        self.parts.retain(|(name, _)| *name != lesson.name);
    }

    /// Forgets everything about `lesson`: not done, no part passed, no hint seen.
    pub fn forget(&mut self, lesson: &Lesson) {
        self.done.remove(&lesson.name);
        self.parts.retain(|(name, _)| *name != lesson.name);
        self.hints.retain(|(name, _), _| *name != lesson.name);
    }
}

fn key(lesson: &Lesson, index: usize) -> (String, String) {
    (lesson.name.clone(), lesson.parts[index].slug.clone())
}

/// The learner's progress, and the report of the current lesson (every part) if
/// finding it took a run.
///
/// A missing or unreadable progress file is recovered by re-checking the lessons in
/// order until one does not pass (its passing parts are recorded); what was
/// re-checked is written to `notes`.
pub fn recover(ctx: &Ctx, notes: &mut String) -> Result<(Progress, Option<Report>)> {
    match super::load(&ctx.course.root, &ctx.names()) {
        Loaded::Read(progress) => return Ok((progress, None)),
        Loaded::Missing => {}
        Loaded::Unreadable(why) => notes.push_str(&screen::unreadable_progress(&why)),
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
        progress.record_done(lesson);
    }
    super::save(&ctx.course.root, &progress)?;
    Ok((progress, current_report))
}
