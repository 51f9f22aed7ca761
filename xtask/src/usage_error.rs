//! A mistake in how the runner was called, apart from the command line so that the
//! course's model can name one without importing it.

/// A mistake in how the runner was called: shown in one line, exit status 2.
#[derive(Debug, Clone, PartialEq)]
pub struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}
