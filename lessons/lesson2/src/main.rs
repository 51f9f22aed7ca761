//! `cargo run -p lesson2`: prints the lesson's story, computed by your functions,
//! and writes its picture as an SVG file under `target/pictures/lesson2/`.

mod pictures;
mod story;

fn main() {
    print!("{}", story::render());
    svg::show(env!("CARGO_MANIFEST_DIR"), "lesson2", &pictures::all());
}
