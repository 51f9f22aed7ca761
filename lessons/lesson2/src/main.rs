//! `cargo run -p lesson2`: prints the lesson's story, computed by your functions,
//! and writes its picture as an SVG file under `target/pictures/lesson2/`.

mod pictures;
mod story;

fn main() {
    print!("{}", story::render());
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    println!();
    println!("{}", svg::save(&root, "lesson2", &pictures::all()));
}
