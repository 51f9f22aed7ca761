//! `cargo run -p lesson4`: prints the lesson's story, computed by your functions.

fn main() {
    print!("{}", lesson4::story::render());
}
