//! `cargo run -p lesson5`: prints the lesson's story, computed by your functions.

fn main() {
    print!("{}", lesson5::story::render());
}
