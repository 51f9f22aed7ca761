//! `cargo run -p lesson3`: prints the lesson's story, computed by your functions.

fn main() {
    print!("{}", lesson3::story::render());
}
