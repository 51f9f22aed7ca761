//! `cargo run -p lesson1`: prints the lesson's story, computed by your functions.

fn main() {
    print!("{}", lesson1::story::render());
}
