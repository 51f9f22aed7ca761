//! `cargo run -p lesson4`: prints the lesson's story, computed by your functions.

mod plot;
mod story;

fn main() {
    print!("{}", story::render());
}
