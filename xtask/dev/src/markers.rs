//! The markers of the solutions (`xtask::markers`), and the stub they give.

pub use xtask::markers::*;

/// The stub that the solution `source` marks.
pub fn stub(source: &str) -> Result<String, String> {
    Ok(split(source)?.0)
}
