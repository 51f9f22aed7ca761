//! The story's circuits as SVG files, to open in a browser, drawn as
//! micrograd's `draw_dot` draws a graph: every wire a box with its name, its
//! value (the forward pass) and its gradient (the backward pass), every gate a
//! circle between the boxes of its inputs and of its output.
//!
//! You do not need to edit this file. It draws the story's four circuits
//! (`src/circuits.rs`) from the numbers your forward and backward passes
//! compute, as [`Wire`]s (the terminal drawings' own description), with the course's small SVG writer
//! (`lessons/svg`), which only the program builds.

use super::circuits::{chain, circuit, fan_out, neuron};
use super::draw::Wire;
use svg::{Anchor, Svg};

/// Every picture of the lesson: (file name without `.svg`, the SVG text).
pub fn all() -> Vec<(&'static str, String)> {
    vec![
        (
            "circuit",
            draw(
                "Lesson 5, part 1: f(x, y, z) = (x + y)·z at x = −2, y = 5, z = −4",
                &circuit(),
            ),
        ),
        (
            "neuron",
            draw(
                "Lesson 5, part 3: the neuron σ(a·x + b·y + c) at a = 1, b = 2, c = −3, x = −1, y = 3",
                &neuron(["a·x", "b·y"]),
            ),
        ),
        (
            "fan-out",
            draw(
                "Lesson 5, part 4: x used twice, f(x, y) = (x + y)·x at x = −2, y = 5",
                &fan_out(),
            ),
        ),
        (
            "chain",
            draw(
                "Lesson 5, part 5: the chain f = x₁·x₂·x₃·x₄ at 2, 3, −1, 0.5",
                &chain(),
            ),
        ),
    ]
}

/// A wire's box: its name, its value and its gradient, side by side.
const BOX: (f64, f64) = (230.0, 34.0);
/// The name's part of a box.
const NAME: f64 = 42.0;
/// From the left of one column of boxes to the next: a box, then the gap
/// where the gate sits.
const COLUMN: f64 = 320.0;
/// From one input's row to the next.
const ROW: f64 = 64.0;
/// The gate's circle.
const GATE_RADIUS: f64 = 17.0;
/// Room for the title and the note above the circuit, and a margin around it.
const TOP: f64 = 90.0;
const MARGIN: f64 = 24.0;

/// A number as the boxes print it: four decimals (as micrograd's `draw_dot`),
/// never `-0.0000`.
fn number(x: f64) -> String {
    format!("{:.4}", x + 0.0)
}

/// Where each wire of the circuit ending in `output` goes: its box's left and
/// centre (x, y), inputs in rows from the top, in drawing order, each gate's
/// output level with the middle of its inputs.
fn layout<'a>(
    output: &'a Wire,
    next_row: &mut usize,
    placed: &mut Vec<(&'a Wire, f64, f64)>,
) -> f64 {
    let y = match &output.gate {
        None => {
            let y = TOP + ROW * *next_row as f64 + BOX.1 / 2.0;
            *next_row += 1;
            y
        }
        Some(gate) => {
            let ys: Vec<f64> = gate
                .inputs
                .iter()
                .map(|input| layout(input, next_row, placed))
                .collect();
            ys.iter().sum::<f64>() / ys.len() as f64
        }
    };
    let x = MARGIN + COLUMN * output.depth() as f64;
    placed.push((output, x, y));
    y
}

/// An arrow from `from` to `to`, its head at `to`.
fn arrow(svg: &mut Svg, from: (f64, f64), to: (f64, f64)) {
    let ink = "stroke=\"#555555\" stroke-width=\"1.5\"";
    svg.line(from, to, ink);
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    let length = (dx * dx + dy * dy).sqrt().max(1e-9);
    let (ux, uy) = (dx / length, dy / length);
    let back = (to.0 - 9.0 * ux, to.1 - 9.0 * uy);
    svg.polygon(
        &[
            to,
            (back.0 - 4.0 * uy, back.1 + 4.0 * ux),
            (back.0 + 4.0 * uy, back.1 - 4.0 * ux),
        ],
        "fill=\"#555555\"",
    );
}

/// The circuit ending in `output` as an SVG document titled `title`.
fn draw(title: &str, output: &Wire) -> String {
    let mut placed = Vec::new();
    let mut rows = 0;
    layout(output, &mut rows, &mut placed);
    // At least wide enough for the notes.
    let width = (2.0 * MARGIN + COLUMN * output.depth() as f64 + BOX.0).max(720.0);
    let height = TOP + ROW * rows as f64 + MARGIN;
    let mut svg = Svg::new(width, height);
    svg.text((width / 2.0, 26.0), Anchor::Middle, 16.0, "title", title);
    for (k, note) in [
        "each box is a wire: its name, its value (the forward pass, left to right),",
        "and the output's gradient with respect to it (the backward pass, from 1 at the output)",
    ]
    .into_iter()
    .enumerate()
    {
        svg.text(
            (width / 2.0, 48.0 + 16.0 * k as f64),
            Anchor::Middle,
            12.0,
            "note",
            note,
        );
    }

    // The edges first, under the boxes and gates: each input's box to its
    // gate, the gate to its output's box.
    svg.open("edges");
    for &(wire, x, y) in &placed {
        if let Some(gate) = &wire.gate {
            let centre = (x - (COLUMN - BOX.0) / 2.0, y);
            for input in &gate.inputs {
                let &(_, ix, iy) = placed
                    .iter()
                    .find(|(placed, _, _)| std::ptr::eq(*placed, input))
                    .expect("every input is placed before its gate");
                arrow(
                    &mut svg,
                    (ix + BOX.0, iy),
                    (centre.0 - GATE_RADIUS, centre.1),
                );
            }
            arrow(&mut svg, (centre.0 + GATE_RADIUS, y), (x, y));
        }
    }
    svg.close();

    svg.open("gates");
    for &(wire, x, y) in &placed {
        if let Some(gate) = &wire.gate {
            let centre = (x - (COLUMN - BOX.0) / 2.0, y);
            svg.open(&format!("gate-{}", gate_index(&placed, wire)));
            svg.circle(
                centre,
                GATE_RADIUS,
                "fill=\"#fdf1d8\" stroke=\"#b07d1a\" stroke-width=\"1.5\"",
            );
            svg.text(
                (centre.0, centre.1 + 6.0),
                Anchor::Middle,
                17.0,
                "gate",
                &gate.symbol.to_string(),
            );
            svg.close();
        }
    }
    svg.close();

    svg.open("wires");
    for (k, &(wire, x, y)) in placed.iter().enumerate() {
        let top = y - BOX.1 / 2.0;
        let fill = if wire.gate.is_none() {
            "#e4eef8"
        } else {
            "#ffffff"
        };
        svg.open(&format!("wire-{}", k + 1));
        svg.rect(
            x,
            top,
            BOX.0,
            BOX.1,
            &format!("fill=\"{fill}\" stroke=\"#333333\" stroke-width=\"1.2\""),
        );
        let value_width = (BOX.0 - NAME) / 2.0;
        for divider in [x + NAME, x + NAME + value_width] {
            svg.line(
                (divider, top),
                (divider, top + BOX.1),
                "stroke=\"#333333\" stroke-width=\"1\"",
            );
        }
        let baseline = y + 4.5;
        svg.text(
            (x + NAME / 2.0, baseline),
            Anchor::Middle,
            13.0,
            "name",
            &wire.name,
        );
        svg.text(
            (x + NAME + value_width / 2.0, baseline),
            Anchor::Middle,
            12.0,
            "value",
            &format!("value {}", number(wire.value)),
        );
        svg.text(
            (x + NAME + 1.5 * value_width, baseline),
            Anchor::Middle,
            12.0,
            "grad",
            &format!("grad {}", number(wire.grad)),
        );
        svg.close();
    }
    svg.close();
    svg.finish(title)
}

/// Which gate, counting from 1 in drawing order, puts out `wire`.
fn gate_index(placed: &[(&Wire, f64, f64)], wire: &Wire) -> usize {
    placed
        .iter()
        .filter(|(placed, _, _)| placed.gate.is_some())
        .position(|(placed, _, _)| std::ptr::eq(*placed, wire))
        .map_or(0, |k| k + 1)
}
