use super::*;

fn parse_str(line: &str) -> Result<Args, UsageError> {
    parse(line.split_whitespace().map(String::from))
}

#[test]
fn commands_and_their_flags_are_read() {
    for (line, command) in [
        ("next", "Next"),
        ("", "Help"),
        ("next --help", "Help"),
        ("watch", "Watch { poll: false }"),
        ("watch --poll", "Watch { poll: true }"),
        ("--timeout=1 list", "List"),
        (
            "reset lesson2 --yes",
            r#"Reset { lesson: "lesson2", yes: true }"#,
        ),
        (
            "reset -y lesson2",
            r#"Reset { lesson: "lesson2", yes: true }"#,
        ),
        (
            "solution 1 --diff",
            r#"Solution { lesson: "1", diff: true }"#,
        ),
        (
            "bench lesson1 --runs 3 --part 5 --no-cold",
            r#"Bench { lessons: ["lesson1"], runs: 3, part: 5, cold: false }"#,
        ),
        (
            "bench",
            "Bench { lessons: [], runs: 10, part: 1, cold: true }",
        ),
        (
            "mutants 1 lesson4",
            r#"Mutants { lessons: ["1", "lesson4"] }"#,
        ),
        ("stubs --check", "Stubs { lessons: [], check: true }"),
    ] {
        assert_eq!(
            format!("{:?}", parse_str(line).unwrap().command),
            command,
            "{line}"
        );
    }
    let timeout = parse_str("next --timeout 2.5").unwrap().timeout;
    assert_eq!(timeout, Some(Duration::from_millis(2500)));
}

#[test]
fn bad_input_is_a_usage_error() {
    for (line, message) in [
        ("nxet", "unknown command `nxet`"),
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
        (
            "bench --part 0",
            "--part must be a whole number from 1 to 99",
        ),
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
