//! `cargo run -p lesson1`: prints the lesson's story, computed by your functions.

mod story;

fn main() {
    print!("{}", story::render());
}
