use xtask::args::proof::{self, Parse, parse_str};

use super::*;

const PARSE: Parse<Command> = parse::<Vec<String>>;

/// Command lines, as the runner hands them over, and what they are read as, or a
/// part of the usage error each is, one a line: `line => what`.
const LINES: &str = r#"
bench lesson1 --runs 3 --part 5 --no-cold => Bench(["lesson1"], 3, 5, false)
bench --runs=3 => Bench([], 3, 1, true)
bench => Bench([], 10, 1, true)
mutants 1 lesson4 => Mutants(["1", "lesson4"])
stubs --check => Stubs([], true)
--timeout 2 stubs lesson1 => Stubs(["lesson1"], false)
manifest => Manifest
stubs --help => Help
add-part 1 scale title --after nudge => AddPart("1", "scale", "title", After("nudge"))
add-part 1 scale title --first => AddPart("1", "scale", "title", First)
add-part 1 scale title => AddPart("1", "scale", "title", Last)
add-part 1 scale title --first --after nudge => takes --after SLUG or --first, not both
remove-part 1 scale => RemovePart("1", "scale")
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
remove-part 1 => `remove-part` takes a lesson and a part's slug"#;

#[test]
fn commands_and_their_flags_are_read_and_bad_input_is_a_usage_error() {
    proof::hold(PARSE, LINES);
    let timeout = parse_str(PARSE, "bench --timeout 2.5").unwrap().1;
    assert_eq!(timeout, Some(Duration::from_millis(2500)));
}

/// Every maintainers' command the runner's help lists is parsed here, with the
/// flags of every command and those the help lists under it, and no other.
#[test]
fn every_maintainers_command_and_flag_the_help_lists_is_taken_and_no_other() {
    proof::takes_what_the_help_lists(PARSE, &MAINTAINERS, &FLAGS);
}
