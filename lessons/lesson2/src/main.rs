//! `cargo run -p lesson2`: prints the lesson's story, computed by your functions.

fn main() {
    print!("{}", lesson2::story::render());
}
