use super::*;

fn parse_str(line: &str) -> Result<(Command, Option<Duration>), UsageError> {
    parse(line.split_whitespace().map(String::from))
}

/// Command lines and what they are read as, one a line: `line => command`.
const READ: &str = r#"
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
remove-part 1 scale => Dev"#;

/// Command lines and the usage error each is, one a line: `line => message`.
const REFUSED: &str = "
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
list --runs 3 => unknown option `--runs`
list --runs=3 => unknown option `--runs`
--fast => unknown option `--fast`
next --poll => `next` does not take --poll
reset lesson1 --yes=no => unexpected argument for option '--yes'";

#[test]
fn commands_and_their_flags_are_read_and_bad_input_is_a_usage_error() {
    for (line, command) in READ.lines().skip(1).filter_map(|l| l.split_once(" => ")) {
        let read = format!("{:?}", parse_str(line).unwrap().0);
        assert_eq!(read, command, "{line}");
    }
    let timeout = parse_str("next --timeout 2.5").unwrap().1;
    assert_eq!(timeout, Some(Duration::from_millis(2500)));
    for (line, message) in REFUSED.lines().skip(1).filter_map(|l| l.split_once(" => ")) {
        let error = parse_str(line).unwrap_err();
        assert!(error.0.contains(message), "{line}: {error}");
    }
}

/// The learner's commands are parsed here, each with the flags the help lists
/// under it and no other; every maintainers' command is handed over whole
/// (`xtask-dev`'s tests parse those).
#[test]
fn every_command_and_flag_the_help_lists_is_taken_and_no_other() {
    let entries = help_entries();
    let global = &entries[0].1;
    assert_eq!(global, &["--timeout 1", "--help"]);
    assert_eq!(entries.len(), 15, "{entries:?}");
    let name = |command: &str| command.split(' ').next().unwrap().to_string();
    let (maintainers, learners): (Vec<_>, Vec<_>) = entries[1..]
        .iter()
        .partition(|(command, _)| MAINTAINERS.contains(&name(command).as_str()));
    let names: Vec<String> = maintainers
        .iter()
        .map(|(command, _)| name(command))
        .collect();
    assert_eq!(names, MAINTAINERS);
    let learners_flags: Vec<&String> = learners.iter().flat_map(|(_, flags)| flags).collect();
    for (flag, _, _) in FLAGS {
        let listed = learners_flags
            .iter()
            .any(|listed| listed.split(' ').next() == Some(&format!("--{flag}")));
        assert!(listed, "--{flag} is taken but not in the help");
    }
    for (command, flags) in &maintainers {
        for flag in global.iter().chain(flags).filter(|flag| *flag != "--help") {
            let line = format!("{command} {flag}");
            assert_eq!(parse_str(&line), Ok((Command::Dev, None)), "{line}");
        }
    }
    let maintainers_flags = maintainers.iter().flat_map(|(_, flags)| flags);
    for (command, flags) in &learners {
        for flag in global.iter().chain(flags) {
            let line = format!("{command} {flag}");
            assert!(parse_str(&line).is_ok(), "{line}: {:?}", parse_str(&line));
        }
        let others = learners_flags
            .iter()
            .filter(|f| !global.contains(f) && !flags.contains(f));
        for flag in others {
            let line = format!("{command} {flag}");
            let error = parse_str(&line).unwrap_err().0;
            let flag = flag.split(' ').next().unwrap();
            let expected = format!("`{}` does not take {flag}", name(command));
            assert!(error.contains(&expected), "{line}: {error}");
        }
        for flag in maintainers_flags.clone() {
            let line = format!("{command} {flag}");
            let error = parse_str(&line).unwrap_err().0;
            assert!(error.contains("unknown option"), "{line}: {error}");
        }
    }
    let listed: Vec<String> = learners.iter().map(|(command, _)| name(command)).collect();
    assert_eq!(listed.join(", "), LEARNERS);
}
