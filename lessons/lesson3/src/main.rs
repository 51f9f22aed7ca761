//! `cargo run -p lesson3`: prints the lesson's story, computed by your functions.

mod story;

fn main() {
    print!("{}", story::render());
}
