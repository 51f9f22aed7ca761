//! A small terminal plot: a grid of characters with a y axis and an x axis.
//!
//! You do not need to edit this file. The story uses it to draw the hill and a
//! climb on it. Every position comes from + − × ÷ and rounding to the nearest
//! whole cell, so the picture is the same on every machine.

/// A chart of `width` × `height` character cells over a box of x and y values.
///
/// Marks are drawn in order; a later mark in the same cell replaces an earlier one.
#[derive(Clone, Debug, PartialEq)]
pub struct Plot {
    x_range: (f64, f64),
    y_range: (f64, f64),
    /// The chart's cells, top row first.
    rows: Vec<Vec<char>>,
    /// The marks written under the x axis, one cell per column.
    labels: Vec<char>,
}

impl Plot {
    /// An empty chart: x from `x_range.0` (first column) to `x_range.1` (last
    /// column), y from `y_range.0` (bottom row) to `y_range.1` (top row).
    ///
    /// # Panics
    ///
    /// If `width` or `height` is below 2 ("a plot needs at least 2×2 cells"), or
    /// if a range is not finite and increasing ("a plot range must be finite and
    /// increasing").
    pub fn new(width: usize, height: usize, x_range: (f64, f64), y_range: (f64, f64)) -> Plot {
        assert!(
            width >= 2 && height >= 2,
            "a plot needs at least 2×2 cells, got {width}×{height}"
        );
        for (low, high) in [x_range, y_range] {
            assert!(
                low.is_finite() && high.is_finite() && low < high,
                "a plot range must be finite and increasing, got {low} to {high}"
            );
        }
        Plot {
            x_range,
            y_range,
            rows: vec![vec![' '; width]; height],
            labels: vec![' '; width],
        }
    }

    /// The number of columns.
    pub fn width(&self) -> usize {
        self.labels.len()
    }

    /// The number of rows.
    pub fn height(&self) -> usize {
        self.rows.len()
    }

    /// The column of `x`, rounded to the nearest; an x off the chart gets the
    /// nearest edge column. `None` when x is not a number.
    pub fn column(&self, x: f64) -> Option<usize> {
        cell(x, self.x_range, self.width())
    }

    /// The row of `y`, counted from the top, rounded to the nearest; a y off
    /// the chart gets the nearest edge row. `None` when y is not a number.
    pub fn row(&self, y: f64) -> Option<usize> {
        cell(y, self.y_range, self.height()).map(|up| self.height() - 1 - up)
    }

    /// Draws y = f(x) with `mark`, one point per column, at the column's own x.
    /// Points of the curve above or below the chart are left out (clipped).
    pub fn curve(&mut self, f: impl Fn(f64) -> f64, mark: char) {
        let (left, right) = self.x_range;
        let (bottom, top) = self.y_range;
        let last = (self.width() - 1) as f64;
        for column in 0..self.width() {
            let x = left + (right - left) * column as f64 / last;
            let y = f(x);
            if bottom <= y && y <= top {
                self.point(x, y, mark);
            }
        }
    }

    /// Draws one point with `mark`. A point off the chart is drawn on its
    /// nearest edge (clamped), so a runaway point still shows where it went; a
    /// point with a coordinate that is not a number is not drawn.
    pub fn point(&mut self, x: f64, y: f64, mark: char) {
        if let (Some(column), Some(row)) = (self.column(x), self.row(y)) {
            self.rows[row][column] = mark;
        }
    }

    /// Writes `mark` under the x axis, in the column of `x` (clamped like a point).
    pub fn label(&mut self, x: f64, mark: char) {
        if let Some(column) = self.column(x) {
            self.labels[column] = mark;
        }
    }

    /// The chart as text: the y range beside the top and bottom rows, the x
    /// axis, the labels (if any), and the x range under its two ends. No line
    /// ends in a space.
    pub fn render(&self) -> String {
        let (left, right) = self.x_range;
        let (bottom, top) = self.y_range;
        let (top, bottom) = (format!("{top:.1}"), format!("{bottom:.1}"));
        let margin = top.chars().count().max(bottom.chars().count());
        let mut lines = Vec::new();
        for (i, row) in self.rows.iter().enumerate() {
            let cells: String = row.iter().collect();
            let axis = if i == 0 {
                format!("{top:>margin$} ┤")
            } else if i == self.height() - 1 {
                format!("{bottom:>margin$} ┤")
            } else {
                format!("{:margin$} │", "")
            };
            lines.push(format!("{axis}{cells}"));
        }
        lines.push(format!("{:margin$} └{}", "", "─".repeat(self.width())));
        if self.labels.iter().any(|&mark| mark != ' ') {
            let labels: String = self.labels.iter().collect();
            lines.push(format!("{:margin$}  {labels}", ""));
        }
        let (left, right) = (format!("{left:.1}"), format!("{right:.1}"));
        let gap = self.width().saturating_sub(left.len() + right.len()).max(1);
        lines.push(format!("{:margin$}  {left}{:gap$}{right}", "", ""));
        let mut text = String::new();
        for line in lines {
            text.push_str(line.trim_end());
            text.push('\n');
        }
        text
    }
}

/// The cell of `value` among `cells` cells spread evenly over `range` (the
/// first cell at its low end, the last at its high end), rounded to the nearest
/// and clamped to the cells. `None` when value is not a number.
fn cell(value: f64, (low, high): (f64, f64), cells: usize) -> Option<usize> {
    if value.is_nan() {
        return None;
    }
    let last = (cells - 1) as f64;
    let position = ((value - low) / (high - low) * last).round();
    Some(position.clamp(0.0, last) as usize)
}
