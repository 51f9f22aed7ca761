//! `cargo run -p lesson8`: prints the lesson's story, computed by your functions,
//! and writes its pictures as SVG files under `target/pictures/lesson8/`.

mod pictures;
mod plot;
mod story;

fn main() {
    print!("{}", story::render());
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    println!();
    println!("{}", svg::save(&root, "lesson8", &pictures::all()));
}
