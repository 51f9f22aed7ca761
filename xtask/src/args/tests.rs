use super::*;

fn parse_str(line: &str) -> Result<Args, UsageError> {
    parse(line.split_whitespace().map(String::from))
}

fn command(line: &str) -> Command {
    parse_str(line).unwrap().command
}

#[test]
fn commands_and_their_flags_are_read() {
    assert_eq!(command("next"), Command::Next);
    assert_eq!(command(""), Command::Help);
    assert_eq!(command("next --help"), Command::Help);
    assert_eq!(command("watch"), Command::Watch { poll: false });
    assert_eq!(command("watch --poll"), Command::Watch { poll: true });
    assert_eq!(
        parse_str("next --timeout 2.5").unwrap().timeout,
        Some(Duration::from_millis(2500))
    );
    assert_eq!(command("--timeout=1 list"), Command::List);
    let reset = Command::Reset {
        lesson: "lesson2".into(),
        yes: true,
    };
    assert_eq!(command("reset lesson2 --yes"), reset);
    assert_eq!(command("reset -y lesson2"), reset);
    assert_eq!(
        command("solution 1 --diff"),
        Command::Solution {
            lesson: "1".into(),
            diff: true
        }
    );
    assert_eq!(
        command("bench lesson1 --runs 3 --part 5 --no-cold"),
        Command::Bench {
            lessons: vec!["lesson1".into()],
            runs: 3,
            part: 5,
            cold: false
        }
    );
    assert_eq!(
        command("bench"),
        Command::Bench {
            lessons: vec![],
            runs: 10,
            part: 1,
            cold: true
        }
    );
    assert_eq!(
        command("mutants 1 lesson4"),
        Command::Mutants {
            lessons: vec!["1".into(), "lesson4".into()]
        }
    );
}

#[test]
fn bad_input_is_a_usage_error() {
    for (line, message) in [
        ("nxet", "unknown command `nxet`"),
        (
            "nxet",
            "the commands for learning are: next, watch, hint, list, reset, solution, verify, help",
        ),
        ("next now", "`next` takes no arguments, but got `now`"),
        ("reset", "`reset` needs a lesson"),
        ("reset lesson1 lesson2", "`reset` takes one lesson"),
        ("next --yes", "`next` does not take --yes"),
        ("next -y", "`next` does not take --yes"),
        ("next --timeout -1", "--timeout must be a positive number"),
        (
            "next --timeout",
            "--timeout needs a value: --timeout SECONDS",
        ),
        ("next --fast", "unknown option `--fast`"),
        ("next -q", "unknown option `-q`"),
        ("bench --runs 0", "--runs must be a whole number"),
        ("bench --part 0", "--part must be a part's number"),
        ("list --runs 3", "`list` does not take --runs"),
        ("mutants --no-cold", "`mutants` does not take --no-cold"),
        ("next --poll", "`next` does not take --poll"),
        (
            "reset lesson1 --yes=no",
            "unexpected argument for option '--yes'",
        ),
    ] {
        let error = parse_str(line).unwrap_err();
        assert!(error.0.contains(message), "{line}: {error}");
    }
}

#[test]
fn every_command_and_flag_is_declared_once() {
    let mut names: Vec<&str> = COMMANDS.iter().map(|spec| spec.name).collect();
    let mut flags: Vec<&str> = super::known_flags().map(|flag| flag.long).collect();
    for list in [&mut names, &mut flags] {
        let count = list.len();
        list.sort();
        list.dedup();
        assert_eq!(list.len(), count, "declared twice: {list:?}");
    }
}
