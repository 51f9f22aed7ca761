//! `cargo run -p lesson4`: prints the lesson's story, computed by your functions,
//! and writes its pictures as SVG files under `target/pictures/lesson4/`.

mod pictures;
mod plot;
mod story;

fn main() {
    print!("{}", story::render());
    svg::show(env!("CARGO_MANIFEST_DIR"), "lesson4", &pictures::all());
}
