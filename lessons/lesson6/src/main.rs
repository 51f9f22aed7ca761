//! `cargo run -p lesson6`: prints the lesson's story, computed by your tape.
//!
//! To time your tape on the graph lesson 7 trains, once lesson 7 is done:
//! `cargo run --release -p lesson7 -- bench`.

mod story;

fn main() {
    print!("{}", story::render());
}
