//! `cargo run -p lesson5`: prints the lesson's story, computed by your functions,
//! and writes its circuits as SVG files under `target/pictures/lesson5/`.

mod circuits;
mod draw;
mod pictures;
mod story;

fn main() {
    print!("{}", story::render());
    svg::show(env!("CARGO_MANIFEST_DIR"), "lesson5", &pictures::all());
}
