//! `cargo run -p lesson8`: prints the lesson's story, computed by your functions,
//! and writes its pictures as SVG files under `target/pictures/lesson8/`.

mod pictures;
mod plot;
mod story;

fn main() {
    print!("{}", story::render());
    svg::show(env!("CARGO_MANIFEST_DIR"), "lesson8", &pictures::all());
}
