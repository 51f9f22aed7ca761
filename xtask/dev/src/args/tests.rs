use xtask::args::{GLOBAL, help_entries};

use super::*;

fn parse_str(line: &str) -> Result<(Command, Option<Duration>), UsageError> {
    parse(line.split_whitespace().map(String::from))
}

/// Command lines, as the runner hands them over, and what they are read as, one a
/// line: `line => command`.
const READ: &str = r#"
bench lesson1 --runs 3 --part 5 --no-cold => Bench(["lesson1"], 3, 5, false)
bench --runs=3 => Bench([], 3, 1, true)
bench => Bench([], 10, 1, true)
mutants 1 lesson4 => Mutants(["1", "lesson4"])
stubs --check => Stubs([], true)
--timeout 2 stubs lesson1 => Stubs(["lesson1"], false)
manifest => Manifest
stubs --help => Help
add-part 1 scale title --after nudge => AddPart("1", "scale", "title", Some("nudge"))
remove-part 1 scale => RemovePart("1", "scale")"#;

/// Command lines and the usage error each is, one a line: `line => message`.
const REFUSED: &str = "
nxet => unknown command `nxet`
manifest now => `manifest` takes no arguments, but got `now`
bench --runs 0 => --runs must be a whole number
bench --runs => --runs needs a value: --runs N
bench --part 0 => --part must be a whole number from 1 to 99
mutants --no-cold => `mutants` does not take --no-cold
stubs --poll => unknown option `--poll`
stubs --check=yes => unexpected argument for option '--check'
stubs --timeout 0 => --timeout must be a positive number
add-part 1 scale => `add-part` takes a lesson, a slug and a title
remove-part 1 => `remove-part` takes a lesson and a part's slug";

#[test]
fn commands_and_their_flags_are_read_and_bad_input_is_a_usage_error() {
    for (line, command) in READ.lines().skip(1).filter_map(|l| l.split_once(" => ")) {
        let read = format!("{:?}", parse_str(line).unwrap().0);
        assert_eq!(read, command, "{line}");
    }
    let timeout = parse_str("bench --timeout 2.5").unwrap().1;
    assert_eq!(timeout, Some(Duration::from_millis(2500)));
    for (line, message) in REFUSED.lines().skip(1).filter_map(|l| l.split_once(" => ")) {
        let error = parse_str(line).unwrap_err();
        assert!(error.0.contains(message), "{line}: {error}");
    }
}

/// Every maintainers' command the runner's help lists is parsed here, with every
/// flag the help lists under it (and those of every command), and no other.
#[test]
fn every_maintainers_command_and_flag_the_help_lists_is_taken_and_no_other() {
    let entries = help_entries();
    let global = &entries[0].1;
    assert_eq!(global.len(), GLOBAL.len(), "{global:?}");
    let name = |command: &str| command.split(' ').next().unwrap().to_string();
    let mine: Vec<_> = entries[1..]
        .iter()
        .filter(|(command, _)| MAINTAINERS.contains(&name(command).as_str()))
        .collect();
    let names: Vec<String> = mine.iter().map(|(command, _)| name(command)).collect();
    assert_eq!(names, MAINTAINERS);
    let all_flags: Vec<&String> = mine.iter().flat_map(|(_, flags)| flags).collect();
    for (flag, _, _) in FLAGS {
        let listed = all_flags
            .iter()
            .any(|listed| listed.split(' ').next() == Some(&format!("--{flag}")));
        assert!(listed, "--{flag} is taken but not in the help");
    }
    for (command, flags) in &mine {
        for flag in global.iter().chain(flags) {
            let line = format!("{command} {flag}");
            let read = parse_str(&line);
            let help = *flag == "--help";
            assert!(
                read.is_ok_and(|(read, _)| help == (read == Command::Help)),
                "{line}"
            );
        }
        let others = all_flags
            .iter()
            .filter(|f| !global.contains(f) && !flags.contains(f));
        for flag in others {
            let line = format!("{command} {flag}");
            let error = parse_str(&line).unwrap_err().0;
            let flag = flag.split(' ').next().unwrap();
            let expected = format!("`{}` does not take {flag}", name(command));
            assert!(error.contains(&expected), "{line}: {error}");
        }
    }
}
