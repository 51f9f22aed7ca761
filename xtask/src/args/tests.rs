use super::proof::{self, Parse, help_entries, name, parse_str};
use super::*;

const PARSE: Parse<Command> = parse::<Vec<String>>;

/// Command lines and what they are read as, or a part of the usage error each is,
/// one a line: `line => what`.
const LINES: &str = r#"
next => Next
 => Help
next --help => Help
stubs --help => Help
watch => Watch(false)
watch --poll => Watch(true)
--timeout=1 list => List
reset lesson2 --yes => Reset("lesson2", true)
reset -y lesson2 => Reset("lesson2", true)
solution 1 --diff => Solution("1", true)
bench lesson1 --runs 3 --part 5 --no-cold => Dev
bench --runs=3 => Dev
--timeout 2 mutants 1 lesson4 --fast => Dev
stubs --check => Dev
add-part 1 scale => Dev
remove-part 1 scale => Dev
nxet => unknown command `nxet`
next now => `next` takes no arguments, but got `now`
reset => `reset` needs a lesson
reset lesson1 lesson2 => `reset` takes one lesson
next --yes => `next` does not take --yes
next -y => `next` does not take --yes
next --timeout -1 => --timeout must be a positive number
next --timeout => --timeout needs a value: --timeout SECONDS
next --fast => unknown option `--fast`
next -q => unknown option `-q`
list --runs 3 => `list` does not take --runs
list --runs=3 => `list` does not take --runs
reset lesson1 --first => `reset` does not take --first
--runs 3 bench => Dev
--after nudge add-part 1 scale title => Dev
--runs 3 list => `list` does not take --runs
list --fats => unknown option `--fats`
--fast => unknown option `--fast`
next --poll => `next` does not take --poll
reset lesson1 --yes=no => unexpected argument for option '--yes'"#;

#[test]
fn commands_and_their_flags_are_read_and_bad_input_is_a_usage_error() {
    proof::hold(PARSE, LINES);
    let timeout = parse_str(PARSE, "next --timeout 2.5").unwrap().1;
    assert_eq!(timeout, Some(Duration::from_millis(2500)));
}

/// The learner's commands are parsed here, each with the flags the help lists
/// under it and no other; every maintainers' command is handed over whole, with
/// any flag (`xtask-dev`'s tests parse those), and its flags are refused here as
/// another command's.
#[test]
fn every_command_and_flag_the_help_lists_is_taken_and_no_other() {
    let entries = help_entries();
    assert_eq!(entries.len(), 15, "{entries:?}");
    let learners: Vec<&str> = LEARNERS.split(", ").collect();
    // The runner's flags are read from the help (`listed`): none can be missing from it.
    proof::takes_what_the_help_lists(PARSE, &learners, &[]);
    let (maintainers, _): (Vec<_>, Vec<_>) = entries[1..]
        .iter()
        .partition(|(command, _)| MAINTAINERS.contains(&name(command)));
    for (command, flags) in &maintainers {
        for flag in flags {
            let line = format!("{command} {flag}");
            assert_eq!(parse_str(PARSE, &line), Ok((Command::Dev, None)), "{line}");
            let line = format!("list {flag}");
            let error = parse_str(PARSE, &line).unwrap_err().0;
            let expected = format!("`list` does not take {}", name(flag));
            assert!(error.contains(&expected), "{line}: {error}");
        }
    }
    let named: Vec<&str> = maintainers
        .iter()
        .map(|(command, _)| name(command))
        .collect();
    assert_eq!(named, MAINTAINERS);
}
