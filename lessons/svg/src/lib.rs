//! A small SVG writer for the pictures the lessons' programs draw: a document of
//! plain shapes ([`Svg`]), a chart with two axes on it ([`Chart`]), and the
//! folder the pictures go to ([`save`]).
//!
//! Only the programs use it (`cargo run -p lessonN`), through each lesson's
//! `story` feature: a learner's checks never build it.
//!
//! Every coordinate is printed with one decimal and every file is built from
//! the numbers alone (no date, no machine's name), so a picture is the same file
//! on every machine. Positions on a log scale go through `log10`, whose last bit
//! may differ between maths libraries: that changes a file only if a position
//! falls within about 1e-13 pixel of a rounding edge.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

/// Colours of the series, in order: distinct for most readers, colour-blind ones
/// included (Okabe and Ito's palette).
pub const PALETTE: [&str; 6] = [
    "#0072b2", "#e69f00", "#009e73", "#d55e00", "#cc79a7", "#56b4e9",
];

/// A number as an SVG coordinate: one decimal, and never `-0.0`.
pub fn num(x: f64) -> String {
    let rounded = format!("{x:.1}");
    if rounded == "-0.0" {
        "0.0".to_string()
    } else {
        rounded
    }
}

/// Points as an SVG `points` list: `x,y` pairs, apart by spaces.
fn point_list(points: &[(f64, f64)]) -> String {
    let pairs: Vec<String> = points
        .iter()
        .map(|&(x, y)| format!("{},{}", num(x), num(y)))
        .collect();
    pairs.join(" ")
}

/// `text` with the characters XML reserves replaced by their entities.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// How a text lines up with its position.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    fn name(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// An SVG document being written, shape by shape.
#[derive(Clone, Debug)]
pub struct Svg {
    width: f64,
    height: f64,
    body: String,
}

impl Svg {
    /// An empty white picture of `width` × `height` pixels.
    pub fn new(width: f64, height: f64) -> Svg {
        let mut svg = Svg {
            width,
            height,
            body: String::new(),
        };
        svg.rect(0.0, 0.0, width, height, "fill=\"#ffffff\"");
        svg
    }

    /// A rectangle with its top left corner at (x, y); `style` holds attributes
    /// such as `fill="#eee"`.
    pub fn rect(&mut self, x: f64, y: f64, width: f64, height: f64, style: &str) {
        let _ = writeln!(
            self.body,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" {style}/>",
            num(x),
            num(y),
            num(width),
            num(height)
        );
    }

    /// A straight line from (x1, y1) to (x2, y2).
    pub fn line(&mut self, (x1, y1): (f64, f64), (x2, y2): (f64, f64), style: &str) {
        let _ = writeln!(
            self.body,
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" {style}/>",
            num(x1),
            num(y1),
            num(x2),
            num(y2)
        );
    }

    /// A line through `points`, in order (at least two are drawn as a line).
    pub fn polyline(&mut self, points: &[(f64, f64)], style: &str) {
        let list = point_list(points);
        let _ = writeln!(
            self.body,
            "<polyline points=\"{list}\" fill=\"none\" {style}/>"
        );
    }

    /// A closed shape with corners at `points`.
    pub fn polygon(&mut self, points: &[(f64, f64)], style: &str) {
        let list = point_list(points);
        let _ = writeln!(self.body, "<polygon points=\"{list}\" {style}/>");
    }

    /// A circle of radius `r` centred at (cx, cy).
    pub fn circle(&mut self, (cx, cy): (f64, f64), r: f64, style: &str) {
        let _ = writeln!(
            self.body,
            "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" {style}/>",
            num(cx),
            num(cy),
            num(r)
        );
    }

    /// An image of square cells, `columns` a row, each `cell` pixels wide, its
    /// top left corner at (x, y): a value of 0 is blank (nothing drawn), 1 black,
    /// one in between a grey as dark as the value (held to 0..1). The cells of
    /// one grey are one path, a square each, so an image is a few shapes.
    pub fn shades(&mut self, (x, y): (f64, f64), cell: f64, columns: usize, values: &[f64]) {
        let mut greys: BTreeMap<u8, String> = BTreeMap::new();
        for (k, &value) in values.iter().enumerate() {
            let ink = (value.clamp(0.0, 1.0) * 255.0).round() as u8;
            if ink == 0 {
                continue;
            }
            let (column, row) = ((k % columns.max(1)) as f64, (k / columns.max(1)) as f64);
            let _ = write!(
                greys.entry(ink).or_default(),
                "M{} {}h{}v{}h-{}z",
                num(x + column * cell),
                num(y + row * cell),
                num(cell),
                num(cell),
                num(cell)
            );
        }
        for (ink, squares) in greys {
            let grey = 255 - ink;
            let _ = writeln!(
                self.body,
                "<path d=\"{squares}\" fill=\"#{grey:02x}{grey:02x}{grey:02x}\"/>"
            );
        }
    }

    /// `content` in `size`-pixel sans-serif type, its baseline at `y`, lined up
    /// at `x` as `anchor` says; `class` names what it is (`title`, `x-label`, …).
    pub fn text(
        &mut self,
        (x, y): (f64, f64),
        anchor: Anchor,
        size: f64,
        class: &str,
        content: &str,
    ) {
        let _ = writeln!(
            self.body,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"{}\" font-size=\"{}\" class=\"{class}\">{}</text>",
            num(x),
            num(y),
            anchor.name(),
            num(size),
            escape(content)
        );
    }

    /// Like [`Svg::text`], turned a quarter left about its position (an upright
    /// axis's label).
    pub fn text_upright(&mut self, (x, y): (f64, f64), size: f64, class: &str, content: &str) {
        let _ = writeln!(
            self.body,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"{}\" class=\"{class}\" \
             transform=\"rotate(-90 {} {})\">{}</text>",
            num(x),
            num(y),
            num(size),
            num(x),
            num(y),
            escape(content)
        );
    }

    /// Starts a group of shapes named `id` (unique in the picture); end it with
    /// [`Svg::close`].
    pub fn open(&mut self, id: &str) {
        let _ = writeln!(self.body, "<g id=\"{}\">", escape(id));
    }

    /// Ends the group [`Svg::open`] started last.
    pub fn close(&mut self) {
        self.body.push_str("</g>\n");
    }

    /// The document as text, with `title` as its `<title>` (what a browser shows
    /// on its tab).
    pub fn finish(self, title: &str) -> String {
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" \
             viewBox=\"0 0 {w} {h}\" font-family=\"DejaVu Sans, Verdana, sans-serif\">\n\
             <title>{}</title>\n{}</svg>\n",
            escape(title),
            self.body,
            w = num(self.width),
            h = num(self.height),
        )
    }
}

/// How an axis turns a value into a position.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scale {
    /// Evenly from `min` to `max`.
    Linear { min: f64, max: f64 },
    /// Evenly in powers of ten, from 10^`min` to 10^`max`.
    Log { min: i32, max: i32 },
}

impl Scale {
    /// Where `value` lies from the axis's start (0) to its end (1); outside
    /// [0, 1] beyond the axis. On a log scale 0 and below (and NaN) lie far
    /// below the start.
    pub fn fraction(self, value: f64) -> f64 {
        match self {
            Scale::Linear { min, max } => (value - min) / (max - min),
            Scale::Log { min, max } => {
                if value > 0.0 {
                    (value.log10() - min as f64) / (max - min) as f64
                } else {
                    -1.0
                }
            }
        }
    }
}

/// An axis: its label (with the unit), its scale, and the values where it has
/// a tick, each with its label.
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    pub label: String,
    pub scale: Scale,
    pub ticks: Vec<(f64, String)>,
}

impl Axis {
    /// A linear axis from `min` to `max` with a tick at every multiple of
    /// `step` between them, labelled with `decimals` decimals.
    pub fn linear(label: &str, (min, max): (f64, f64), step: f64, decimals: usize) -> Axis {
        let first = (min / step - 1e-9).ceil() as i64;
        let last = (max / step + 1e-9).floor() as i64;
        let ticks = (first..=last)
            .map(|k| {
                let value = k as f64 * step;
                (value, format!("{:.*}", decimals, value + 0.0))
            })
            .collect();
        Axis {
            label: label.to_string(),
            scale: Scale::Linear { min, max },
            ticks,
        }
    }

    /// A log axis from 10^`min` to 10^`max` with a tick at every power of ten,
    /// labelled every `label_every` powers (`1e-8`).
    pub fn log(label: &str, (min, max): (i32, i32), label_every: usize) -> Axis {
        let ticks = (min..=max)
            .map(|power| {
                let shown = ((power - min) as usize).is_multiple_of(label_every.max(1));
                let text = if shown {
                    format!("1e{power}")
                } else {
                    String::new()
                };
                (10f64.powi(power), text)
            })
            .collect();
        Axis {
            label: label.to_string(),
            scale: Scale::Log { min, max },
            ticks,
        }
    }
}

/// The power of ten of a positive number, read from its printed form: `1.9e-2`
/// gives -2. Printing is exact and the same everywhere; a logarithm might not be.
pub fn decade(x: f64) -> i32 {
    format!("{x:e}")
        .split_once('e')
        .and_then(|(_, exponent)| exponent.parse().ok())
        .unwrap_or(0)
}

/// The powers of ten just below the smallest positive value and just above the
/// largest: the range of a log axis that holds them all.
pub fn log_range(values: &[f64]) -> (i32, i32) {
    let positive: Vec<f64> = values
        .iter()
        .copied()
        .filter(|v| *v > 0.0 && v.is_finite())
        .collect();
    let low = positive.iter().map(|&v| decade(v)).min().unwrap_or(0);
    let high = positive.iter().map(|&v| decade(v)).max().unwrap_or(0);
    (low, high + 1)
}

/// How a series is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Mark {
    /// A line through the points, and a dot on each.
    LineAndDots,
    /// A line through the points only.
    Line,
    /// A dashed line through the points only.
    Dashed,
    /// A dot on each point, no line.
    Dots,
    /// Bars (only [`Chart::bars`] draws them).
    Bars,
}

/// A chart: a title, two axes, and series drawn in the area between them; a
/// legend on the right names each series.
#[derive(Clone, Debug)]
pub struct Chart {
    svg: Svg,
    title: String,
    x: Axis,
    y: Axis,
    /// The plotting area: left, top, width, height in pixels.
    area: (f64, f64, f64, f64),
    legend: Vec<(String, String, Mark)>,
    series: usize,
}

/// The chart's size in pixels: the area, with room for the title, the axes'
/// labels and the legend around it.
const WIDTH: f64 = 800.0;
const HEIGHT: f64 = 500.0;
const LEFT: f64 = 80.0;
const TOP: f64 = 76.0;
const RIGHT: f64 = 210.0;
const BOTTOM: f64 = 56.0;

impl Chart {
    /// A chart titled `title`, with a second line `note` under it (none if
    /// empty), the x axis along the bottom and the y axis up the left side,
    /// both with their grid lines, ticks and labels.
    pub fn new(title: &str, note: &str, x: Axis, y: Axis) -> Chart {
        let mut svg = Svg::new(WIDTH, HEIGHT);
        let area = (LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM);
        let (left, top, width, height) = area;
        svg.text((WIDTH / 2.0, 24.0), Anchor::Middle, 16.0, "title", title);
        if !note.is_empty() {
            svg.text((WIDTH / 2.0, 44.0), Anchor::Middle, 12.0, "note", note);
        }
        svg.rect(left, top, width, height, "fill=\"#fafafa\" stroke=\"none\"");
        // Lines of the series stop at the area's edge.
        svg.body.push_str(&format!(
            "<defs><clipPath id=\"plot-area\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>\
             </clipPath></defs>\n",
            num(left),
            num(top),
            num(width),
            num(height)
        ));
        let mut chart = Chart {
            svg,
            title: title.to_string(),
            x,
            y,
            area,
            legend: Vec::new(),
            series: 0,
        };
        chart.axes();
        chart
    }

    /// The grid, the ticks and their labels, and each axis's label.
    fn axes(&mut self) {
        let (left, top, width, height) = self.area;
        let (bottom, right) = (top + height, left + width);
        let grid = "stroke=\"#dddddd\" stroke-width=\"1\"";
        let ink = "stroke=\"#333333\" stroke-width=\"1\"";
        self.svg.open("x-axis");
        for (value, label) in self.x.ticks.clone() {
            let px = left + self.x.scale.fraction(value) * width;
            self.svg.line((px, top), (px, bottom), grid);
            self.svg.line((px, bottom), (px, bottom + 5.0), ink);
            if !label.is_empty() {
                self.svg
                    .text((px, bottom + 19.0), Anchor::Middle, 11.0, "tick", &label);
            }
        }
        self.svg.line((left, bottom), (right, bottom), ink);
        let label = self.x.label.clone();
        self.svg.text(
            (left + width / 2.0, bottom + 42.0),
            Anchor::Middle,
            13.0,
            "x-label",
            &label,
        );
        self.svg.close();
        self.svg.open("y-axis");
        for (value, label) in self.y.ticks.clone() {
            let py = bottom - self.y.scale.fraction(value) * height;
            self.svg.line((left, py), (right, py), grid);
            self.svg.line((left - 5.0, py), (left, py), ink);
            if !label.is_empty() {
                self.svg
                    .text((left - 8.0, py + 4.0), Anchor::End, 11.0, "tick", &label);
            }
        }
        self.svg.line((left, top), (left, bottom), ink);
        let label = self.y.label.clone();
        self.svg
            .text_upright((22.0, top + height / 2.0), 13.0, "y-label", &label);
        self.svg.close();
    }

    /// The pixel of the data point (x, y), held to the plotting area: a point
    /// beyond an axis is drawn on the area's edge.
    pub fn at(&self, x: f64, y: f64) -> (f64, f64) {
        let (left, top, width, height) = self.area;
        let fx = self.x.scale.fraction(x).clamp(0.0, 1.0);
        let fy = self.y.scale.fraction(y).clamp(0.0, 1.0);
        (left + fx * width, top + height - fy * height)
    }

    /// The pixel of the data point (x, y) wherever it is, for lines, which the
    /// area clips; held within a few areas of it (a log scale sends 0 far away).
    fn beyond(&self, x: f64, y: f64) -> (f64, f64) {
        let (left, top, width, height) = self.area;
        let fx = self.x.scale.fraction(x).clamp(-3.0, 4.0);
        let fy = self.y.scale.fraction(y).clamp(-3.0, 4.0);
        (left + fx * width, top + height - fy * height)
    }

    /// The plotting area: left, top, width and height in pixels.
    pub fn area(&self) -> (f64, f64, f64, f64) {
        self.area
    }

    /// The colour of the next series: the palette's colours in turn.
    pub fn next_colour(&self) -> &'static str {
        PALETTE[self.series % PALETTE.len()]
    }

    /// A series named `name`, in the next colour, in a group `series-K` (K
    /// counts from 1): its points joined by a line, a dot on each, or both.
    pub fn series(&mut self, name: &str, points: &[(f64, f64)], mark: Mark) {
        let colour = self.next_colour();
        self.series += 1;
        let id = format!("series-{}", self.series);
        self.svg.open(&id);
        // A value that is not a number (a loss that blew up) has no place: left out.
        let points: Vec<(f64, f64)> = points
            .iter()
            .copied()
            .filter(|(x, y)| !x.is_nan() && !y.is_nan())
            .collect();
        let line: Vec<(f64, f64)> = points.iter().map(|&(x, y)| self.beyond(x, y)).collect();
        let pixels: Vec<(f64, f64)> = points.iter().map(|&(x, y)| self.at(x, y)).collect();
        let stroke =
            format!("stroke=\"{colour}\" stroke-width=\"2\" clip-path=\"url(#plot-area)\"");
        match mark {
            Mark::Line | Mark::LineAndDots => self.svg.polyline(&line, &stroke),
            Mark::Dashed => self
                .svg
                .polyline(&line, &format!("{stroke} stroke-dasharray=\"6 4\"")),
            Mark::Dots | Mark::Bars => {}
        }
        if matches!(mark, Mark::LineAndDots | Mark::Dots) {
            for &pixel in &pixels {
                self.svg
                    .circle(pixel, 3.5, &format!("fill=\"{colour}\" stroke=\"#ffffff\""));
            }
        }
        self.svg.close();
        self.legend
            .push((name.to_string(), colour.to_string(), mark));
    }

    /// Bars of a series named `name`, in the next colour, in a group
    /// `series-K`: each bar spans `from` to `to` along x and rises from the
    /// bottom of the area to `value` (on a log axis, from its lowest power).
    pub fn bars(&mut self, name: &str, bars: &[(f64, f64, f64)]) {
        let colour = self.next_colour();
        self.series += 1;
        let id = format!("series-{}", self.series);
        self.svg.open(&id);
        let (_, top, _, height) = self.area;
        let bottom = top + height;
        for &(from, to, value) in bars {
            let (x0, y) = self.at(from, value);
            let (x1, _) = self.at(to, value);
            self.svg
                .rect(x0, y, x1 - x0, bottom - y, &format!("fill=\"{colour}\""));
        }
        self.svg.close();
        self.legend
            .push((name.to_string(), colour.to_string(), Mark::Bars));
    }

    /// A ring around the data point (x, y) and `label` above it, to its right
    /// (`Anchor::Start`), centred (`Middle`) or to its left (`End`), in a group
    /// named `id`.
    pub fn mark(&mut self, id: &str, (x, y): (f64, f64), label: (&str, Anchor), colour: &str) {
        let pixel = self.at(x, y);
        self.svg.open(id);
        self.svg.circle(
            pixel,
            8.0,
            &format!("fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\""),
        );
        let (text, anchor) = label;
        let dx = match anchor {
            Anchor::Start => 10.0,
            Anchor::Middle => 0.0,
            Anchor::End => -10.0,
        };
        self.svg
            .text((pixel.0 + dx, pixel.1 - 12.0), anchor, 12.0, "mark", text);
        self.svg.close();
    }

    /// A thin dashed line across the area at y = `value`, labelled beyond its
    /// right end (below the legend: keep the legend short).
    pub fn horizontal(&mut self, value: f64, label: &str) {
        let (left, _, width, _) = self.area;
        let py = self.at(self.x_start(), value).1;
        self.svg.line(
            (left, py),
            (left + width, py),
            "stroke=\"#777777\" stroke-width=\"1\" stroke-dasharray=\"3 3\"",
        );
        self.svg.text(
            (left + width + 8.0, py + 4.0),
            Anchor::Start,
            11.0,
            "guide",
            label,
        );
    }

    /// The value at the x axis's start.
    fn x_start(&self) -> f64 {
        match self.x.scale {
            Scale::Linear { min, .. } => min,
            Scale::Log { min, .. } => 10f64.powi(min),
        }
    }

    /// The underlying document, to draw anything else on the chart.
    pub fn svg(&mut self) -> &mut Svg {
        &mut self.svg
    }

    /// The chart as SVG text, its legend drawn last (on top).
    pub fn finish(mut self) -> String {
        let (left, top, width, _) = self.area;
        let x = left + width + 18.0;
        self.svg.open("legend");
        for (k, (name, colour, mark)) in self.legend.iter().enumerate() {
            let y = top + 8.0 + 22.0 * k as f64;
            let stroke = format!("stroke=\"{colour}\" stroke-width=\"2\"");
            match mark {
                Mark::Dashed => self.svg.line(
                    (x, y),
                    (x + 24.0, y),
                    &format!("{stroke} stroke-dasharray=\"6 4\""),
                ),
                Mark::Line | Mark::LineAndDots => self.svg.line((x, y), (x + 24.0, y), &stroke),
                Mark::Dots => {}
                Mark::Bars => {
                    self.svg
                        .rect(x + 4.0, y - 7.0, 16.0, 14.0, &format!("fill=\"{colour}\""))
                }
            }
            if matches!(mark, Mark::LineAndDots | Mark::Dots) {
                self.svg
                    .circle((x + 12.0, y), 4.0, &format!("fill=\"{colour}\""));
            }
            self.svg
                .text((x + 32.0, y + 4.0), Anchor::Start, 12.0, "legend", name);
        }
        self.svg.close();
        let title = self.title.clone();
        self.svg.finish(&title)
    }
}

/// What a lesson's program does last: [`save`]s its pictures under the course's
/// root, two folders above `lesson_dir` (the program's `CARGO_MANIFEST_DIR`), and
/// prints where they are after a blank line.
pub fn show(lesson_dir: &str, lesson: &str, pictures: &[(&str, String)]) {
    println!();
    println!(
        "{}",
        save(&Path::new(lesson_dir).join("../.."), lesson, pictures)
    );
}

/// Writes each picture `(name, svg)` to `target/pictures/<lesson>/<name>.svg`
/// under the course's root (git ignores `target/`), and returns the line the
/// program prints: where they are, or why they could not be written.
pub fn save(course_root: &Path, lesson: &str, pictures: &[(&str, String)]) -> String {
    let folder = format!("target/pictures/{lesson}");
    let dir = course_root.join(&folder);
    let written = std::fs::create_dir_all(&dir).and_then(|()| {
        for (name, svg) in pictures {
            std::fs::write(dir.join(format!("{name}.svg")), svg)?;
        }
        Ok(())
    });
    let names: Vec<String> = pictures
        .iter()
        .map(|(name, _)| format!("{name}.svg"))
        .collect();
    match written {
        Ok(()) => format!(
            "The pictures, to open in a browser: {folder}/ ({})",
            names.join(", ")
        ),
        Err(error) => format!(
            "The pictures could not be written to {}: {error}",
            dir.display()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_have_one_decimal_and_no_negative_zero() {
        assert_eq!(num(1.25), "1.2");
        assert_eq!(num(-0.04), "0.0");
        assert_eq!(num(12.0), "12.0");
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a < b & c"), "a &lt; b &amp; c");
    }

    #[test]
    fn a_log_range_holds_every_positive_value() {
        assert_eq!(log_range(&[3e-12, 0.0, 0.2]), (-12, 0));
    }

    #[test]
    fn shades_draw_one_square_per_inked_cell_one_path_per_grey() {
        let mut svg = Svg::new(10.0, 10.0);
        svg.shades((1.0, 2.0), 3.0, 2, &[0.0, 1.0, 0.5, 1.0]);
        let text = svg.finish("t");
        assert!(text.contains(
            "<path d=\"M4.0 2.0h3.0v3.0h-3.0zM4.0 5.0h3.0v3.0h-3.0z\" fill=\"#000000\"/>"
        ));
        assert!(text.contains("<path d=\"M1.0 5.0h3.0v3.0h-3.0z\" fill=\"#7f7f7f\"/>"));
        assert_eq!(text.matches("<path").count(), 2);
    }

    #[test]
    fn a_log_scale_puts_each_power_of_ten_evenly() {
        let scale = Scale::Log { min: -4, max: 0 };
        assert_eq!(scale.fraction(1e-4), 0.0);
        assert_eq!(scale.fraction(1e-2), 0.5);
        assert!(scale.fraction(0.0) < 0.0);
    }
}
