//! The shorter screens: what `reset`, `solution`, `verify` and `watch` say, and
//! the notes of a progress file recovered by re-checking.

use std::fmt::Write;
use std::path::Path;

use super::{Style, changed, unfinished};
use crate::course::Lesson;
use crate::report::{Outcome, Report};

/// The note when `.progress` exists but cannot be trusted.
pub fn unreadable_progress(why: &str) -> String {
    format!(
        "The progress file {} could not be read ({why}); re-checking the lessons from the start.\n",
        crate::progress::FILE
    )
}

/// The note when a lesson recorded done fails now: it is the learner's again.
pub fn no_longer_done(style: Style, lesson: &Lesson, report: &Report) -> String {
    // When its checks ran: the part that broke, whose screen follows.
    let broken = report
        .first_failing_part()
        .filter(|_| report.outcome == Outcome::Ran && report.changed.is_empty());
    if let Some(index) = broken {
        let part = &lesson.parts[index];
        return format!(
            "{} {} was done, and is not any more:\n  part {} of {} ({}), which passed before, fails now. Its files, or those\n  \
             of a lesson it uses, changed since it was done, so it was checked again; it counts as\n  \
             not done until it passes, and the lessons after it wait for it.\n\n",
            style.red("✗"),
            lesson.title,
            part.number,
            lesson.parts.len(),
            part.title
        );
    }
    format!(
        "{}\n  Its files changed since it was recorded done, so it was checked again; it counts\n  as not done until it passes.\n\n",
        verify_note(style, lesson, report, true).trim_end()
    )
}

/// The note when the progress could not be saved (a read-only folder, a full disk).
pub fn not_saved(error: &str) -> String {
    format!(
        "\nYour progress could not be saved ({error}). Your code is untouched; the next run\n\
         checks the lessons again.\n"
    )
}

/// The note for a lesson found passing while the progress is recovered.
pub fn already_passes(style: Style, lesson: &Lesson) -> String {
    format!("{} {} already passes.\n", style.green("✓"), lesson.title)
}

/// `reset`'s question, before anything is touched; `backup` is where the lesson's folder goes.
pub fn reset_question(lesson: &Lesson, backup: &Path) -> String {
    format!(
        "This puts {}/ back as shipped: your code in {}/ too. The whole folder is saved first\n\
         to {}/.\nContinue? [y/N] ",
        lesson.dir().display(),
        lesson.dir().join("src").display(),
        backup.join(lesson.dir()).display()
    )
}

/// `reset` of a lesson already as shipped: nothing of the learner's to save.
pub fn reset_nothing(lesson: &Lesson, latest: Option<&Path>) -> String {
    let src = lesson.dir().join("src");
    let mut out = format!(
        "{}/ is already as shipped: there was nothing of yours to save, and nothing was changed.\n",
        lesson.dir().display()
    );
    if let Some(latest) = latest {
        let _ = write!(
            out,
            "Your latest backup of it is in {}/; to get that code back, run this in the course's folder:\n    cp -R {}/. {}/\n",
            latest.join(lesson.dir()).display(),
            latest.join(&src).display(),
            src.display()
        );
    }
    out
}

/// `reset`'s answer to anything but yes.
pub fn reset_declined(lesson: &Lesson) -> String {
    format!(
        "Nothing was changed. (Run `cargo xtask reset {} --yes` to skip this question.)\n",
        lesson.name
    )
}

/// `reset` once the lesson is back as shipped: where the learner's files went, and
/// the command that brings them back.
pub fn reset_done(lesson: &Lesson, saved: usize, backup: &Path) -> String {
    let src = lesson.dir().join("src");
    format!(
        "Saved {} ({saved} files, your code in {}/ among them) to {}/.\n\
         {} is back as shipped and marked not done. `cargo xtask next` starts it again.\n\
         To get your code back, run this in the course's folder:\n    cp -R {}/. {}/\n",
        lesson.dir().display(),
        src.display(),
        backup.join(lesson.dir()).display(),
        lesson.title,
        backup.join(&src).display(),
        src.display()
    )
}

/// `solution` before the lesson is done.
pub fn solution_locked(lesson: &Lesson) -> String {
    format!(
        "The solution of {} opens once its checks pass. Stuck? `cargo xtask hint` shows the next hint.\n",
        lesson.title
    )
}

/// One reference file, shown whole (`code` already made readable).
pub fn solution_file(style: Style, lesson: &Lesson, reference: &Path, code: &str) -> String {
    format!(
        "{}  (compare with yours: `cargo xtask solution {} --diff`)\n\n{code}\n",
        style.bold(&reference.display().to_string()),
        lesson.name
    )
}

/// The line above the diffs of `solution --diff`.
pub fn solution_diff_intro(style: Style) -> String {
    let intro = "Your files against the reference solution: `-` lines are yours, `+` lines the \
                 reference's.\nFormatting and the maintainers' notes are left out.";
    format!("{}\n", style.bold(intro))
}

/// The diff of one part's file against the reference (`hunks`: git's, without its header).
pub fn solution_diff(yours: &Path, reference: &Path, hunks: &[&str]) -> String {
    let body = if hunks.is_empty() {
        "  The same as the reference solution.".to_string()
    } else {
        hunks.join("\n")
    };
    format!(
        "\n- yours:     {}\n+ reference: {}\n{body}\n",
        yours.display(),
        reference.display()
    )
}

/// What `verify` adds below the list, for one lesson: why it is done no more, or
/// that it passes only with edited checks.
pub fn verify_note(style: Style, lesson: &Lesson, report: &Report, was_done: bool) -> String {
    if was_done && !report.done() {
        let why = if !report.changed.is_empty() {
            format!(":\n{}", changed(style, report))
        } else if let Outcome::CompileError(_) = report.outcome {
            format!(
                ": it does not compile now (`cargo test -p {}` shows the error).\n",
                lesson.name
            )
        } else if let Some(note) = unfinished(report) {
            format!(": {note}.\n")
        } else if let Some((check, _)) = report.first_failing() {
            format!(": {check} fails now (`cargo xtask next` shows why).\n")
        } else {
            ".\n".to_string()
        };
        let (mark, title) = (style.red("✗"), &lesson.title);
        return format!("{mark} {title} was done, and is not any more{why}");
    }
    if report.all_pass() && !report.changed.is_empty() {
        return format!("{}: {}", lesson.name, changed(style, report));
    }
    String::new()
}

/// The last line of `verify`.
pub fn verified() -> String {
    format!(
        "Re-checked every lesson and rewrote {}.\n",
        crate::progress::FILE
    )
}

/// What `watch` prints below each screen: how it watches, and how to stop it.
pub fn watching(polling: bool) -> String {
    let mut out = String::from("\nWatching lessons/ for changes");
    if polling {
        let _ = write!(out, " (looking at the files' times every 200 ms)");
    }
    out.push_str(". Ctrl-C stops.\n");
    out
}

/// `watch`'s screen when the runner itself failed (the next save tries again).
pub fn watch_error(error: &str) -> String {
    format!("error: {error}\n")
}

/// `watch`, after Ctrl-C.
pub fn stopped_watching() -> String {
    "Stopped watching.\n".to_string()
}
