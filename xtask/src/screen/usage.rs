//! `cargo xtask help`: the help declared with the command line (`args`).

/// The text of `cargo xtask help`.
pub fn usage() -> String {
    crate::args::USAGE.to_string()
}
