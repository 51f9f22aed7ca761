//! The whole command line, declared in one place; `cargo xtask help` prints `USAGE`.

use std::time::Duration;

use crate::UsageError;

pub const USAGE: &str = "\
towards-backprop: the course runner

Usage: cargo xtask <command> [--timeout SECONDS]

Commands for learning:
  next              run the current lesson's checks; show the first failing one;
                    move on when all pass (the command you will use most)
  list              every lesson, its state and how many of its checks pass
  hint              the next hint for the first failing check, gentle to explicit
  help              this text

Options:
  --timeout SECONDS stop a lesson's checks after this long (default 5, or the
                    BACKPROP_TIMEOUT environment variable)
";

/// A command and its arguments.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Next,
    List,
    Hint,
    Help,
}

/// The parsed command line.
#[derive(Clone, Debug, PartialEq)]
pub struct Args {
    pub command: Command,
    /// The `--timeout` flag, if given.
    pub timeout: Option<Duration>,
}

/// Parses the arguments after `cargo xtask`.
pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Args, UsageError> {
    let mut words = Vec::new();
    let mut timeout = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        if arg == "--timeout" {
            let value = args
                .next()
                .ok_or_else(|| UsageError("--timeout needs a number of seconds".into()))?;
            timeout = Some(seconds(&value, "--timeout")?);
        } else if let Some(value) = arg.strip_prefix("--timeout=") {
            timeout = Some(seconds(value, "--timeout")?);
        } else if arg == "--help" || arg == "-h" {
            words.insert(0, "help".to_string());
        } else if arg.starts_with('-') {
            return Err(UsageError(format!(
                "unknown option `{arg}`; see `cargo xtask help`"
            )));
        } else {
            words.push(arg);
        }
    }
    let Some((name, rest)) = words.split_first() else {
        return Ok(Args {
            command: Command::Help,
            timeout,
        });
    };
    let command = match name.as_str() {
        "next" => Command::Next,
        "list" => Command::List,
        "hint" => Command::Hint,
        "help" => {
            return Ok(Args {
                command: Command::Help,
                timeout,
            });
        }
        other => {
            return Err(UsageError(format!(
                "unknown command `{other}`; the commands are: next, list, hint, help"
            )));
        }
    };
    if let Some(extra) = rest.first() {
        return Err(UsageError(format!(
            "`{name}` takes no arguments, but got `{extra}`"
        )));
    }
    Ok(Args { command, timeout })
}

/// A positive, finite number of seconds.
pub fn seconds(value: &str, what: &str) -> Result<Duration, UsageError> {
    match value.parse::<f64>() {
        Ok(secs) if secs > 0.0 && secs.is_finite() && secs < 1e6 => {
            Ok(Duration::from_secs_f64(secs))
        }
        _ => Err(UsageError(format!(
            "{what} must be a positive number of seconds, not `{value}`"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(line: &str) -> Result<Args, UsageError> {
        parse(line.split_whitespace().map(String::from))
    }

    #[test]
    fn commands_and_the_timeout_flag_are_read() {
        assert_eq!(parse_str("next").unwrap().command, Command::Next);
        assert_eq!(parse_str("").unwrap().command, Command::Help);
        assert_eq!(
            parse_str("next --timeout 2.5").unwrap().timeout,
            Some(Duration::from_millis(2500))
        );
        assert_eq!(
            parse_str("--timeout=1 list").unwrap().command,
            Command::List
        );
    }

    #[test]
    fn bad_input_is_a_usage_error() {
        assert!(
            parse_str("nxet")
                .unwrap_err()
                .0
                .contains("unknown command `nxet`")
        );
        assert!(
            parse_str("next now")
                .unwrap_err()
                .0
                .contains("takes no arguments")
        );
        assert!(parse_str("next --timeout -1").is_err());
        assert!(parse_str("next --timeout").is_err());
        assert!(parse_str("next --fast").is_err());
    }
}
