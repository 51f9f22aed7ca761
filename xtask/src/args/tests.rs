use super::*;

fn parse_str(line: &str) -> Result<(Command, Option<Duration>), UsageError> {
    parse(line.split_whitespace().map(String::from))
}

/// Command lines and what they are read as, one a line: `line => command`.
const READ: &str = r#"
next => Next
 => Help
next --help => Help
watch => Watch(false)
watch --poll => Watch(true)
--timeout=1 list => List
reset lesson2 --yes => Reset("lesson2", true)
reset -y lesson2 => Reset("lesson2", true)
solution 1 --diff => Solution("1", true)
bench lesson1 --runs 3 --part 5 --no-cold => Bench(["lesson1"], 3, 5, false)
bench => Bench([], 10, 1, true)
mutants 1 lesson4 => Mutants(["1", "lesson4"])
stubs --check => Stubs([], true)
add-part 1 scale title --after nudge => AddPart("1", "scale", "title", Some("nudge"))
remove-part 1 scale => RemovePart("1", "scale")"#;

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
bench --runs 0 => --runs must be a whole number
bench --part 0 => --part must be a whole number from 1 to 99
list --runs 3 => `list` does not take --runs
mutants --no-cold => `mutants` does not take --no-cold
next --poll => `next` does not take --poll
reset lesson1 --yes=no => unexpected argument for option '--yes'
add-part 1 scale => `add-part` takes a lesson, a slug and a title
remove-part 1 => `remove-part` takes a lesson and a part's slug";

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

/// The help's entries: each command (`reset lesson1`) with the flags listed under
/// it, a value given to those that take one; first, the flags of every command.
fn entries() -> Vec<(String, Vec<String>)> {
    let mut entries = vec![(String::new(), vec![])];
    for line in USAGE.lines() {
        let flag = line.trim_start().strip_prefix("--").map(|flag| {
            let mut words = flag.split([' ', ',']);
            let name = words.next().unwrap_or_default();
            let takes_value = words
                .next()
                .is_some_and(|w| w.starts_with(char::is_uppercase));
            format!("--{name}{}", if takes_value { " 1" } else { "" })
        });
        match flag {
            Some(flag) if line.starts_with("  --") => entries[0].1.push(flag),
            Some(flag) => entries.last_mut().unwrap().1.push(flag),
            None if line.starts_with("  ") && !line.starts_with("   ") => {
                let entry = line.split("  ").nth(1).unwrap_or_default().trim();
                let entry = entry.replace("[LESSON...]", "lesson1 lesson2");
                entries.push((entry.replace("LESSON", "lesson1"), vec![]));
            }
            None => {}
        }
    }
    entries
}

#[test]
fn every_command_and_flag_the_help_lists_is_taken_and_no_other() {
    let entries = entries();
    let global = &entries[0].1;
    assert_eq!(global, &["--timeout 1", "--help"]);
    assert_eq!(entries.len(), 15, "{entries:?}");
    let all_flags: Vec<&String> = entries.iter().flat_map(|(_, flags)| flags).collect();
    for (name, _, _) in FLAGS {
        let listed = all_flags
            .iter()
            .any(|flag| flag.split(' ').next() == Some(&format!("--{name}")));
        assert!(listed, "--{name} is taken but not in the help");
    }
    for (command, flags) in &entries[1..] {
        for flag in global.iter().chain(flags) {
            let line = format!("{command} {flag}");
            assert!(parse_str(&line).is_ok(), "{line}: {:?}", parse_str(&line));
        }
        let name = command.split(' ').next().unwrap();
        let others = all_flags
            .iter()
            .filter(|f| !global.contains(f) && !flags.contains(f));
        for flag in others {
            let line = format!("{command} {flag}");
            let error = parse_str(&line).unwrap_err().0;
            let flag = flag.split(' ').next().unwrap();
            let expected = format!("`{name}` does not take {flag}");
            assert!(error.contains(&expected), "{line}: {error}");
        }
    }
    let learners: Vec<&str> = USAGE
        .split("\nOptions of every command")
        .next()
        .unwrap()
        .lines()
        .filter(|line| line.starts_with("  ") && !line.starts_with("   "))
        .map(|line| line.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(learners.join(", "), LEARNERS);
}
