//! `cargo run -p lesson5`: prints the lesson's story, computed by your functions.

mod draw;
mod story;

fn main() {
    print!("{}", story::render());
}
