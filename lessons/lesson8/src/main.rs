//! `cargo run -p lesson8`: prints the lesson's story, computed by your functions.

fn main() {
    print!("{}", lesson8::story::render());
}
