//! The pictures the lessons' programs write as SVG files (`cargo run -p lessonN`
//! writes them to `target/pictures/lessonN/`), drawn here from the reference
//! solutions, written to `target/pictures/course/lessonN/`, and read back with a
//! real SVG parser (usvg, which resolves the document as a renderer would): each
//! must parse, and show what it is for (its title and axes, the number of its
//! series and of their points, its marks where they belong).
//!
//! usvg builds without its text layout (no fonts), so it drops the `<text>`
//! elements; the words (titles, axis labels) are read from the same document
//! with the XML parser usvg itself uses (roxmltree).

use std::path::Path;

use check::assert_claim;
use usvg::{Node, Options, Tree, roxmltree};

#[path = "../lessons/lesson2/src/pictures.rs"]
mod lesson2_pictures;
#[path = "../lessons/lesson4/src/pictures.rs"]
mod lesson4_pictures;
// Lesson 5's pictures draw the story's own circuits (`circuits`, as
// `draw::Wire`s); its terminal drawing is tested in tests/lesson5_draw.rs.
#[path = "../lessons/lesson5/src/circuits.rs"]
mod circuits;
#[allow(dead_code)]
#[path = "../lessons/lesson5/src/draw.rs"]
mod draw;
#[path = "../lessons/lesson5/src/pictures.rs"]
mod lesson5_pictures;
#[path = "../lessons/lesson7/src/pictures.rs"]
mod lesson7_pictures;
#[path = "../lessons/lesson8/src/pictures.rs"]
mod lesson8_pictures;
#[path = "../lessons/lesson9/src/pictures.rs"]
mod lesson9_pictures;
// Lesson 9's ladder is the story's recorded figures (`story::LADDER`), which
// its program hands to the pictures; the story reaches its text picture as
// `super::plot`.
#[path = "../lessons/lesson10/src/pictures.rs"]
mod lesson10_pictures;
#[allow(dead_code)]
#[path = "../lessons/lesson9/src/story.rs"]
mod lesson9_story;
#[allow(dead_code)]
#[path = "../lessons/lesson9/src/plot.rs"]
mod plot;

/// The largest a picture may be: a browser opens it at once, and git would not
/// mind it (lesson 7's boundary, the largest, is well below).
const MAX_BYTES: usize = 100_000;

/// The chart's plotting area in pixels (left, top, width, height): the layout
/// of `svg::Chart`, which puts a data point at left + fraction × width.
const AREA: (f64, f64, f64, f64) = (80.0, 76.0, 510.0, 368.0);

/// A picture read back: its text and the tree usvg made of it.
struct Picture {
    name: String,
    text: String,
    tree: Tree,
}

impl Picture {
    /// Parses `text`, the picture `lesson/name`, after writing it where a
    /// person can open it; fails if usvg refuses it or it is too large.
    fn read(lesson: &str, name: &str, text: String) -> Picture {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let saved = svg::save(root, &format!("course/{lesson}"), &[(name, text.clone())]);
        assert_claim(
            saved.starts_with("The pictures"),
            &format!("writing {lesson}/{name}.svg"),
            &saved,
            "the file written",
            "the pictures go under target/, which the test may write",
        );
        let name = format!("{lesson}/{name}.svg");
        let tree = Tree::from_str(&text, &Options::default())
            .unwrap_or_else(|error| panic!("{name} is not an SVG document usvg reads: {error}"));
        assert_claim(
            text.len() < MAX_BYTES,
            &format!("the size of {name}"),
            format!("{} bytes", text.len()),
            format!("below {MAX_BYTES} bytes"),
            "a picture draws runs of equal cells as one shape, not one shape a cell",
        );
        Picture { name, text, tree }
    }

    /// The words of every `<text class="class">`, in order.
    fn texts(&self, class: &str) -> Vec<String> {
        let document = roxmltree::Document::parse(&self.text).unwrap();
        document
            .descendants()
            .filter(|node| node.has_tag_name("text") && node.attribute("class") == Some(class))
            .map(|node| node.text().unwrap_or("").to_string())
            .collect()
    }

    /// The one text of `class`, which must exist and start with `start`.
    fn assert_text(&self, class: &str, start: &str) {
        let texts = self.texts(class);
        assert_claim(
            texts.len() == 1 && texts[0].starts_with(start),
            &format!("the {class} of {}", self.name),
            format!("{texts:?}"),
            format!("one text starting \"{start}\""),
            "every picture says what it shows without the lesson text",
        );
    }

    /// The shapes of the group `id`.
    fn group(&self, id: &str) -> &[Node] {
        match self.tree.node_by_id(id) {
            Some(Node::Group(group)) => group.children(),
            _ => panic!("{} has no group \"{id}\"", self.name),
        }
    }

    /// How many series (`series-K` groups) the chart draws.
    fn series_count(&self) -> usize {
        (1..)
            .take_while(|k| self.tree.node_by_id(&format!("series-{k}")).is_some())
            .count()
    }

    /// A chart's frame: its title, both axes with at least `ticks` ticks each
    /// and their labels, `series` series named in the legend.
    fn assert_chart(&self, title: &str, x_label: &str, y_label: &str, series: usize) {
        self.assert_text("title", title);
        self.assert_text("x-label", x_label);
        self.assert_text("y-label", y_label);
        for axis in ["x-axis", "y-axis"] {
            // Each tick is a grid line and a tick mark, and the axis a line.
            let shapes = self.group(axis).len();
            assert_claim(
                shapes >= 5,
                &format!("the shapes of the {axis} of {}", self.name),
                shapes,
                "at least two ticks (two shapes each) and the axis line",
                "an axis needs ticks to be read",
            );
        }
        assert_claim(
            self.series_count() == series,
            &format!("the series of {}", self.name),
            self.series_count(),
            series,
            "one series for each run or formula the story compares",
        );
        assert_claim(
            self.texts("legend").len() == series,
            &format!("the legend of {}", self.name),
            format!("{:?}", self.texts("legend")),
            format!("{series} names"),
            "the legend names each series",
        );
    }

    /// The centre of the first shape of group `id`, in pixels.
    fn centre(&self, id: &str) -> (f64, f64) {
        self.centre_of(id, 0)
    }

    /// The centre of the shape `index` of group `id`, in pixels (in a series
    /// with a line, the line is shape 0 and the dot of point k shape k + 1).
    fn centre_of(&self, id: &str, index: usize) -> (f64, f64) {
        let bbox = self.group(id)[index].bounding_box();
        (
            f64::from(bbox.x() + bbox.width() / 2.0),
            f64::from(bbox.y() + bbox.height() / 2.0),
        )
    }
}

/// The number of paths in `shapes` and the groups among them (usvg turns
/// circles, lines and rectangles into paths, and a clipped line into a group
/// holding its path).
fn paths(shapes: &[Node]) -> usize {
    shapes
        .iter()
        .map(|node| match node {
            Node::Path(_) => 1,
            Node::Group(group) => paths(group.children()),
            _ => 0,
        })
        .sum()
}

/// How many points the line of the series `id` of `picture` passes through.
fn line_points(picture: &Picture, id: &str) -> usize {
    fn first_path(shapes: &[Node]) -> Option<&usvg::Path> {
        shapes.iter().find_map(|node| match node {
            Node::Path(path) => Some(&**path),
            Node::Group(group) => first_path(group.children()),
            _ => None,
        })
    }
    first_path(picture.group(id)).map_or(0, |path| path.data().points().len())
}

/// The centres of the dots of the series `id` (shapes that are not lines).
fn dots(picture: &Picture, id: &str) -> Vec<(f64, f64)> {
    picture
        .group(id)
        .iter()
        .filter(|node| matches!(node, Node::Path(_)))
        .map(|node| {
            let bbox = node.bounding_box();
            (
                f64::from(bbox.x() + bbox.width() / 2.0),
                f64::from(bbox.y() + bbox.height() / 2.0),
            )
        })
        .collect()
}

/// Whether the pixel `at` lies in one of the shapes of group `id`.
fn inside(picture: &Picture, id: &str, (x, y): (f64, f64)) -> bool {
    picture.group(id).iter().any(|node| {
        let bbox = node.bounding_box();
        let (left, top) = (f64::from(bbox.x()), f64::from(bbox.y()));
        let (right, bottom) = (
            left + f64::from(bbox.width()),
            top + f64::from(bbox.height()),
        );
        (left..right).contains(&x) && (top..bottom).contains(&y)
    })
}

/// Every picture of a lesson, read back, in the order the lesson draws them;
/// fails unless their names are `names`.
fn read_all(lesson: &str, pictures: Vec<(&'static str, String)>, names: &[&str]) -> Vec<Picture> {
    let got: Vec<&str> = pictures.iter().map(|(name, _)| *name).collect();
    assert_claim(
        got == names,
        &format!("the pictures of {lesson}"),
        format!("{got:?}"),
        format!("{names:?}"),
        "every picture the story draws is also a file",
    );
    pictures
        .into_iter()
        .map(|(name, text)| Picture::read(lesson, name, text))
        .collect()
}

/// Fails unless the series `id` of `picture` has `count` shapes.
fn assert_shapes(picture: &Picture, id: &str, count: usize, what: &str) {
    let got = paths(picture.group(id));
    assert_claim(
        got == count,
        &format!("the shapes of {id} in {}", picture.name),
        got,
        format!("{count}: {what}"),
        "one dot for each point the story computes",
    );
}

/// The pixel y of `value` on a linear y axis from `min` to `max`.
fn linear_y(value: f64, (min, max): (f64, f64)) -> f64 {
    AREA.1 + AREA.3 - (value - min) / (max - min) * AREA.3
}

/// The pixel x of `value` on a log axis from 10^`min` to 10^`max`.
fn log_x(value: f64, (min, max): (i32, i32)) -> f64 {
    AREA.0 + (value.log10() - f64::from(min)) / f64::from(max - min) * AREA.2
}

#[test]
fn lesson2_draws_the_v_of_both_formulas_with_the_best_h_ringed() {
    let pictures = lesson2_pictures::all();
    assert_eq!(pictures.len(), 1, "lesson 2 draws one picture");
    let (name, text) = pictures.into_iter().next().unwrap();
    let picture = Picture::read("lesson2", name, text);
    picture.assert_chart("Lesson 2", "step h", "absolute error", 2);
    // Thirteen steps h, each a dot, and the line through them.
    for series in ["series-1", "series-2"] {
        let shapes = picture.group(series);
        assert_claim(
            paths(shapes) == 14,
            &format!("the shapes of {series} in {}", picture.name),
            paths(shapes),
            "13 dots and their line",
            "one dot for each h of the table, 1e-1 to 1e-13",
        );
    }
    // The x axis runs from 1e-13 to 1e0: the rings sit at h = 1e-8 (forward)
    // and 1e-5 (central), the bottoms of the V. Half a pixel tells a ring at
    // its own h from one a decade off (39 pixels away).
    for (id, h) in [("best-forward", 1e-8), ("best-central", 1e-5)] {
        let (x, _) = picture.centre(id);
        let expected = log_x(h, (-13, 0));
        assert_claim(
            (x - expected).abs() < 0.5,
            &format!("the x of the ring {id} in {}", picture.name),
            format!("{x:.1} px"),
            format!("{expected:.1} px (h = {h:e}) ± 0.5"),
            "the best h is where the error is smallest: the bottom of the V",
        );
    }
}

#[test]
fn lesson4_draws_the_five_climbs_the_hills_and_the_two_peaks() {
    let pictures = read_all(
        "lesson4",
        lesson4_pictures::all(),
        &["climbs", "hill-eta-0.6", "hill-eta-1.1", "two-peaks"],
    );
    let climbs = &pictures[0];
    climbs.assert_chart("Lesson 4", "step k", "x after k steps", 5);
    for k in 1..=5 {
        assert_shapes(
            climbs,
            &format!("series-{k}"),
            10,
            "the line and 9 dots, steps 0 to 8",
        );
    }
    let legend = climbs.texts("legend");
    for (k, word) in ["creeps", "lands", "oscillates", "bounces", "diverges"]
        .iter()
        .enumerate()
    {
        assert_claim(
            legend[k].contains(word),
            &format!("legend entry {} of {}", k + 1, climbs.name),
            &legend[k],
            format!("the outcome \"{word}\""),
            "each step size is named with what its climb does",
        );
    }
    // η = 0.5 lands on the peak in one step: its dot of step 1 sits on the line
    // x = 2, within half a pixel (a step of 0.1 in x is 2 pixels).
    let (_, y) = climbs.centre_of("series-2", 2);
    let expected = linear_y(2.0, (-8.0, 10.0));
    assert_claim(
        (y - expected).abs() < 0.5,
        &format!("the pixel y of step 1 at η = 0.5 in {}", climbs.name),
        format!("{y:.1} px"),
        format!("{expected:.1} px (x = 2) ± 0.5"),
        "one step of η = 0.5 multiplies the distance to B by 1 − 2η = 0",
    );
    for (picture, steps) in [(&pictures[1], 3), (&pictures[2], 4)] {
        picture.assert_chart("Lesson 4: a climb from A", "x", "f(x)", 2);
        assert_shapes(picture, "series-1", 1, "the hill, one line");
        assert_shapes(
            picture,
            "series-2",
            steps + 2,
            "the line and a dot per step",
        );
        assert_claim(
            picture.texts("step").len() == steps + 1,
            &format!("the step numbers of {}", picture.name),
            picture.texts("step").len(),
            steps + 1,
            "step k is drawn as k, from 0",
        );
        for name in ["point-A", "point-B", "point-C"] {
            assert_shapes(picture, name, 1, "a ring");
        }
    }
    let peaks = &pictures[3];
    peaks.assert_chart("Lesson 4: two peaks", "x", "g(x)", 2);
    assert_shapes(peaks, "series-2", 6, "the line and 5 dots, steps 0 to 4");
    for name in ["peak-L", "peak-H"] {
        assert_shapes(peaks, name, 1, "a ring");
    }
}

#[test]
fn lesson5_draws_each_circuit_with_every_wires_value_and_gradient() {
    let pictures = read_all(
        "lesson5",
        lesson5_pictures::all(),
        &["circuit", "neuron", "fan-out", "chain"],
    );
    // (wires, gates, the texts of some wires in drawing order: inputs first,
    // top to bottom, each gate's output after its inputs).
    type Wires<'a> = &'a [(usize, &'a str, &'a str)];
    let expected: [(usize, usize, Wires); 4] = [
        (
            5,
            2,
            &[
                (0, "value -2.0000", "grad -4.0000"),
                (1, "value 5.0000", "grad -4.0000"),
                (2, "value 3.0000", "grad -4.0000"),
                (3, "value -4.0000", "grad 3.0000"),
                (4, "value -12.0000", "grad 1.0000"),
            ],
        ),
        (
            10,
            5,
            &[
                // a, with ∂out/∂a = x·σ′(2) = −0.104994; b with y·σ′(2).
                (0, "value 1.0000", "grad -0.1050"),
                (3, "value 2.0000", "grad 0.3150"),
                (9, "value 0.8808", "grad 1.0000"),
            ],
        ),
        (
            5,
            2,
            &[
                // x through q gets z's share, x into the product gets q.
                (0, "value -2.0000", "grad -2.0000"),
                (3, "value -2.0000", "grad 3.0000"),
            ],
        ),
        (
            7,
            3,
            &[
                // ∂f/∂x₁ = x₂·x₃·x₄ = −1.5; f = −3.
                (0, "value 2.0000", "grad -1.5000"),
                (6, "value -3.0000", "grad 1.0000"),
            ],
        ),
    ];
    for (picture, (wires, gates, texts)) in pictures.iter().zip(expected) {
        picture.assert_text("title", "Lesson 5");
        for (group, count) in [("wires", wires), ("gates", gates)] {
            let got = picture.group(group).len();
            assert_claim(
                got == count,
                &format!("the {group} drawn in {}", picture.name),
                got,
                count,
                "every wire is a box and every gate a circle; a value used twice is drawn twice",
            );
        }
        // An arrow (a line and its head) from each gate's inputs and to its output.
        let arrows = paths(picture.group("edges")) / 2;
        assert_claim(
            arrows == wires + gates - 1,
            &format!("the arrows of {}", picture.name),
            arrows,
            wires + gates - 1,
            "one arrow into a gate from each input, one out of each gate",
        );
        let (values, grads) = (picture.texts("value"), picture.texts("grad"));
        for &(k, value, grad) in texts {
            assert_claim(
                values[k] == value && grads[k] == grad,
                &format!("wire {} of {}", k + 1, picture.name),
                format!("{} | {}", values[k], grads[k]),
                format!("{value} | {grad}"),
                "each wire shows its forward value and the output's gradient with respect to it",
            );
        }
    }
}

#[test]
fn lesson7_draws_the_boundaries_with_their_points_and_the_training_curves() {
    use lesson7::moons::Y;
    let pictures = read_all(
        "lesson7",
        lesson7_pictures::all(),
        &[
            "neuron-start",
            "neuron-trained",
            "boundary",
            "loss",
            "accuracy",
        ],
    );
    let plus = Y.iter().filter(|&&y| y == 1.0).count();
    for (picture, (count_plus, count_minus)) in
        pictures[..3]
            .iter()
            .zip([(4, 4), (4, 4), (plus, Y.len() - plus)])
    {
        picture.assert_chart("Lesson 7", "x₀", "x₁", 2);
        assert_shapes(
            picture,
            "series-1",
            count_plus,
            "a dot for each point labelled +1",
        );
        assert_shapes(
            picture,
            "series-2",
            count_minus,
            "a dot for each point labelled −1",
        );
        for side in ["field-positive", "field-negative"] {
            assert_claim(
                !picture.group(side).is_empty(),
                &format!("the cells of {side} in {}", picture.name),
                0,
                "some",
                "the points lie on both sides of the boundary",
            );
        }
    }
    // After 100 steps the network puts all 100 points on their label's side:
    // each dot lies in a cell of its side. A cell is 0.025 wide (3 pixels), so
    // a point nearer the boundary than that may sit in a cell of the other
    // side: at most 2 are allowed, against some 50 for a field of the wrong
    // sign or drawn upside down.
    let boundary = &pictures[2];
    let mut wrong = Vec::new();
    for (series, side) in [
        ("series-1", "field-positive"),
        ("series-2", "field-negative"),
    ] {
        for dot in dots(boundary, series) {
            if !inside(boundary, side, dot) {
                wrong.push(dot);
            }
        }
    }
    assert_claim(
        wrong.len() <= 2,
        &format!("the dots off their side's cells in {}", boundary.name),
        format!("{} at {wrong:?}", wrong.len()),
        "at most 2",
        "a cell is filled with the side the score of its centre is on: above 0 the +1 side",
    );
    for picture in &pictures[3..] {
        picture.assert_chart("Lesson 7", "training step", "", 2);
        for series in ["series-1", "series-2"] {
            assert_claim(
                line_points(picture, series) == 100,
                &format!("the points of the line {series} in {}", picture.name),
                line_points(picture, series),
                100,
                "one point per training step, yours and micrograd's",
            );
        }
    }
}

#[test]
fn lesson8_draws_each_layers_gradient_norm_and_the_loss_with_and_without_clipping() {
    use lesson8::net::DEEP;
    let pictures = read_all(
        "lesson8",
        lesson8_pictures::all(),
        &["layer-norms", "loss-with-clipping"],
    );
    let bars = &pictures[0];
    bars.assert_chart("Lesson 8", "layer", "gradient norm", 3);
    assert_eq!(bars.texts("legend"), ["sigmoid", "tanh", "relu"]);
    for series in ["series-1", "series-2", "series-3"] {
        assert_shapes(bars, series, DEEP.len() - 1, "one bar per layer");
    }
    // Through sigmoids the gradient shrinks layer by layer towards the
    // inputs: the first layer's bar is lower than the last one's (a larger y
    // in pixels), by far more than the pixel's rounding.
    let tops: Vec<f64> = bars
        .group("series-1")
        .iter()
        .map(|bar| f64::from(bar.bounding_box().y()))
        .collect();
    assert_claim(
        tops[0] > tops[tops.len() - 1] + 10.0,
        &format!(
            "the top of the sigmoid network's first bar in {}",
            bars.name
        ),
        format!("{:.1} px", tops[0]),
        format!(
            "below the last bar's top, {:.1} px, by 10 px or more",
            tops[tops.len() - 1]
        ),
        "σ′ is at most 1/4: each sigmoid layer between a parameter and the score shrinks its gradient",
    );
    let losses = &pictures[1];
    losses.assert_chart("Lesson 8", "training step", "loss", 4);
    for series in ["series-1", "series-2", "series-3", "series-4"] {
        assert_claim(
            line_points(losses, series) == 6,
            &format!("the points of the line {series} in {}", losses.name),
            line_points(losses, series),
            6,
            "one point per training step of the story's runs",
        );
    }
}

#[test]
fn lesson9_draws_the_speed_ladder_on_a_log_scale_and_the_loss_beside_micrograds() {
    use lesson9_story::LADDER;
    let pictures = read_all(
        "lesson9",
        lesson9_pictures::all(&LADDER),
        &["speed-ladder", "loss"],
    );
    let ladder = &pictures[0];
    ladder.assert_text("title", "Lesson 9");
    ladder.assert_text("x-label", "seconds for the 100 steps (log scale)");
    let note = ladder.texts("note");
    assert_claim(
        note.len() == 1 && note[0].contains("recorded once") && note[0].contains("not timed here"),
        &format!("the subtitle of {}", ladder.name),
        format!("{note:?}"),
        "where the times come from: recorded once, not timed by the program",
        "a time means nothing without the machine and the way it was measured",
    );
    let names: Vec<&str> = LADDER.iter().map(|&(name, _)| name).collect();
    assert_claim(
        ladder.texts("bar-name") == names,
        &format!("the bars' names in {}", ladder.name),
        format!("{:?}", ladder.texts("bar-name")),
        format!("{names:?}"),
        "one bar per row of the story's ladder, in its order, slowest first",
    );
    let bars = ladder.group("bars");
    assert_shapes(
        ladder,
        "bars",
        LADDER.len(),
        "one bar per row of the ladder",
    );
    // Each bar ends at its time on the log axis: within half a pixel (a factor
    // of 10 is 85 pixels, so a bar drawn on a linear scale, or from another
    // row's time, ends tens of pixels away). They go down the picture in order.
    let times: Vec<f64> = LADDER.iter().map(|&(_, s)| s).collect();
    let range = svg::log_range(&times);
    let mut last_top = 0.0;
    for (bar, &(name, seconds)) in bars.iter().zip(&LADDER) {
        let bbox = bar.bounding_box();
        let (left, right) = (f64::from(bbox.x()), f64::from(bbox.x() + bbox.width()));
        let expected = log_x(seconds, range);
        assert_claim(
            (right - expected).abs() < 0.5 && (left - AREA.0).abs() < 0.5,
            &format!("the ends of the bar \"{name}\" in {}", ladder.name),
            format!("{left:.1} px to {right:.1} px"),
            format!("{:.1} px to {expected:.1} px ({seconds} s) ± 0.5", AREA.0),
            "a bar runs from the axis's lowest power of ten to its time, on a log scale",
        );
        let top = f64::from(bbox.y());
        assert_claim(
            top > last_top,
            &format!("the top of the bar \"{name}\" in {}", ladder.name),
            format!("{top:.1} px"),
            format!("below the bar before it, at {last_top:.1} px"),
            "the ladder goes from the slowest at the top to the fastest at the bottom",
        );
        last_top = top;
    }
    let first = ladder.texts("bar-time");
    assert_claim(
        first.len() == LADDER.len() && first[0] == "14.7 s  ×1",
        &format!("the times written at the bars' ends in {}", ladder.name),
        format!("{first:?}"),
        "each bar's time and how many times as fast as the first, \"14.7 s  ×1\" first",
        "the ratio is to the first row, micrograd's run",
    );

    let loss = &pictures[1];
    loss.assert_chart("Lesson 9", "training step", "loss", 2);
    assert_eq!(
        loss.texts("legend"),
        ["your matrices", "micrograd's own run"]
    );
    for series in ["series-1", "series-2"] {
        assert_claim(
            line_points(loss, series) == 100,
            &format!("the points of the line {series} in {}", loss.name),
            line_points(loss, series),
            100,
            "one point per training step, yours in matrices and micrograd's",
        );
    }
}

/// The top left corners of the squares of every path in `shapes` (a path of
/// one grey holds a square per pixel of that grey, each starting with a move).
fn squares(shapes: &[Node]) -> Vec<(f64, f64)> {
    use usvg::tiny_skia_path::PathSegment;
    shapes
        .iter()
        .filter_map(|node| match node {
            Node::Path(path) => Some(path.data().segments().filter_map(|segment| match segment {
                PathSegment::MoveTo(point) => Some((f64::from(point.x), f64::from(point.y))),
                _ => None,
            })),
            _ => None,
        })
        .flatten()
        .collect()
}

/// Fails unless the group `id` of `picture` draws `digit`: a square for each
/// pixel with ink, where that pixel lies in the 8×8 grid (rows from the top,
/// as the 64 pixels are stored), below and right of the frame's corner.
fn assert_draws(picture: &Picture, id: &str, digit: &lesson10::digits::Digit) {
    let shapes = picture.group(id);
    let frame = shapes[0].bounding_box();
    // The frame is a pixel wider than the digit on each side.
    let (x0, y0) = (f64::from(frame.x()) + 1.0, f64::from(frame.y()) + 1.0);
    let cell = (f64::from(frame.width()) - 2.0) / 8.0;
    let mut got: Vec<usize> = squares(&shapes[1..])
        .iter()
        .map(|&(x, y)| {
            let (column, row) = (((x - x0) / cell).round(), ((y - y0) / cell).round());
            8 * row as usize + column as usize
        })
        .collect();
    got.sort_unstable();
    let expected: Vec<usize> = (0..64).filter(|&k| digit.pixels[k] > 0.0).collect();
    assert_claim(
        got == expected,
        &format!("the inked pixels of {id} in {}", picture.name),
        format!("{got:?}"),
        format!("{expected:?}"),
        "pixel k of the 64 lies in row k / 8 from the top and column k % 8 from the left; blank pixels are not drawn",
    );
}

#[test]
fn lesson10_draws_the_digits_the_curves_the_confusion_matrix_and_the_misread_digits() {
    use lesson10::loss::predict;
    use lesson10::train::{LESSON, lesson_digits, lesson_runs};
    let pictures = read_all(
        "lesson10",
        lesson10_pictures::all(),
        &["digits", "loss", "accuracy", "confusion", "misread"],
    );
    let (train_digits, test_digits) = lesson_digits();
    let runs = lesson_runs();

    // The first 4 training digits of each class, a column per class.
    let digits = &pictures[0];
    digits.assert_text("title", "Lesson 10");
    let mut captions = Vec::new();
    for k in 0..4 {
        for label in 0..10 {
            let digit = train_digits
                .iter()
                .filter(|d| d.label == label)
                .nth(k)
                .unwrap();
            assert_draws(digits, &format!("digit-{}", 10 * k + label), digit);
            captions.push(format!("a {label}"));
        }
    }
    assert_claim(
        digits.tree.node_by_id("digit-40").is_none() && digits.texts("caption") == captions,
        &format!("the digits of {}", digits.name),
        format!("{:?}", digits.texts("caption")),
        format!("40 digits captioned {captions:?}"),
        "the first 4 training digits of each kind, a column per kind",
    );

    let names: Vec<&str> = runs.iter().map(|run| run.name).collect();
    let epochs = LESSON.epochs;
    for (picture, y_label) in [
        (&pictures[1], "mean cross-entropy"),
        (&pictures[2], "test accuracy"),
    ] {
        picture.assert_chart("Lesson 10", "epoch", y_label, 3);
        assert_eq!(picture.texts("legend"), names, "{}'s legend", picture.name);
        for series in ["series-1", "series-2", "series-3"] {
            assert_shapes(picture, series, epochs + 1, "the line and a dot per epoch");
        }
    }
    // Adam's last test accuracy, in per cent on the axis from the multiple of
    // 5 below the lowest: its dot within half a pixel (0.1 % is 0.7 px here;
    // a fraction drawn on a per-cent axis would sit at its bottom).
    let accuracy = &pictures[2];
    let lowest = runs
        .iter()
        .flat_map(|run| run.epochs.iter().map(|e| 100.0 * e.test_accuracy))
        .fold(100.0, f64::min);
    let last = 100.0 * runs[2].epochs[epochs - 1].test_accuracy;
    let (_, y) = accuracy.centre_of("series-3", epochs);
    let expected = linear_y(last, ((lowest / 5.0).floor() * 5.0, 100.0));
    assert_claim(
        (y - expected).abs() < 0.5,
        &format!("the pixel y of Adam's last accuracy in {}", accuracy.name),
        format!("{y:.1} px"),
        format!("{expected:.1} px ({last:.1} %) ± 0.5"),
        "the test accuracy after each epoch, in per cent",
    );

    // The confusion matrix: a row per digit it was, a column per digit it said.
    let confusion = &pictures[3];
    confusion.assert_text("title", "Lesson 10");
    confusion.assert_text("x-label", "the network said");
    confusion.assert_text("y-label", "the digit was");
    assert_shapes(confusion, "cells", 100, "a cell per (was, said)");
    let mut counts = vec![0usize; 100];
    let mut misread = Vec::new();
    for digit in &test_digits {
        let said = predict(&runs[2].net, digit);
        counts[10 * digit.label + said] += 1;
        if said != digit.label {
            misread.push(format!("said {said}, was {}", digit.label));
        }
    }
    let got: Vec<usize> = confusion
        .texts("count")
        .iter()
        .map(|text| text.parse().unwrap_or(0))
        .collect();
    assert_claim(
        got == counts,
        &format!("the counts of {}", confusion.name),
        format!("{got:?}"),
        format!("{counts:?}"),
        "row: the digit it was; column: what Adam's network said; a dot for none",
    );

    let misread_picture = &pictures[4];
    misread_picture.assert_text(
        "title",
        &format!("Lesson 10: the {} test digits", misread.len()),
    );
    assert_claim(
        misread_picture.texts("caption") == misread,
        &format!("the captions of {}", misread_picture.name),
        format!("{:?}", misread_picture.texts("caption")),
        format!("{misread:?}"),
        "every test digit Adam's network misreads, in the test set's order",
    );
    let first = test_digits
        .iter()
        .find(|d| predict(&runs[2].net, d) != d.label)
        .unwrap();
    assert_draws(misread_picture, "digit-0", first);
}
