//! Pictures for the story: which side of the boundary each part of the plane
//! is on, and how the loss and the accuracy move over the training steps.
//!
//! You do not need to edit this file. Every position comes from + − × ÷, a
//! comparison, or rounding down, so a picture is the same on every machine.

/// The plane `x0_range` × `x1_range` as `width` × `height` character cells, top
/// row first: a cell whose centre `score` puts above 0 shows `·`, one at or below
/// 0 stays blank (micrograd counts a score of exactly 0 as the −1 side); a point
/// shows its label, `o` for +1 and `x` for −1, in the cell it falls in (a later
/// point in the same cell replaces an earlier one; a point off the picture is
/// left out).
pub fn boundary(
    mut score: impl FnMut([f64; 2]) -> f64,
    xs: &[[f64; 2]],
    ys: &[f64],
    (width, height): (usize, usize),
    x0_range: (f64, f64),
    x1_range: (f64, f64),
) -> String {
    let cell_width = (x0_range.1 - x0_range.0) / width as f64;
    let cell_height = (x1_range.1 - x1_range.0) / height as f64;
    let mut grid: Vec<Vec<char>> = (0..height)
        .map(|row| {
            let x1 = x1_range.1 - (row as f64 + 0.5) * cell_height;
            (0..width)
                .map(|column| {
                    let x0 = x0_range.0 + (column as f64 + 0.5) * cell_width;
                    if score([x0, x1]) > 0.0 { '·' } else { ' ' }
                })
                .collect()
        })
        .collect();
    for (x, &y) in xs.iter().zip(ys) {
        // A negative position becomes 0 under `as`: the picture's ranges hold every point.
        let row = ((x1_range.1 - x[1]) / cell_height) as usize;
        let column = ((x[0] - x0_range.0) / cell_width) as usize;
        if let Some(cell) = grid.get_mut(row).and_then(|cells| cells.get_mut(column)) {
            *cell = if y == 1.0 { 'o' } else { 'x' };
        }
    }
    let edge = format!("+{}+", "-".repeat(width));
    let mut picture = format!(
        "x₀ from {:.3} to {:.3} (left to right), x₁ from {:.3} to {:.3} (bottom to top)\n\
         · the score is positive there; o a point labelled +1, x a point labelled −1\n{edge}\n",
        x0_range.0, x0_range.1, x1_range.0, x1_range.1
    );
    for row in grid {
        picture.push('|');
        picture.extend(row);
        picture.push_str("|\n");
    }
    picture.push_str(&edge);
    picture
}

/// A chart of one value per step, `per_column` steps to a column, one row per
/// band: a step is drawn (`*`) in the first band, from the top, whose lower edge
/// it reaches. `edges` go down from the top row's lower edge to the last row's,
/// and label the rows.
///
/// # Panics
///
/// If `per_column` is 0 ("attempt to divide by zero"), or if a value is below
/// every edge, or not a number ("the last edge is below every value").
pub fn chart(title: &str, values: &[f64], edges: &[f64], per_column: usize) -> String {
    let columns = values.len().div_ceil(per_column);
    let mut grid = vec![vec![' '; columns]; edges.len()];
    for (step, &value) in values.iter().enumerate() {
        let band = edges
            .iter()
            .position(|&edge| value >= edge)
            .expect("the last edge is below every value");
        grid[band][step / per_column] = '*';
    }
    let mut text = format!("{title}\n");
    for (edge, row) in edges.iter().zip(grid) {
        let marks: String = row.into_iter().collect();
        text.push_str(&format!("{edge:>6.2} |{}\n", marks.trim_end()));
    }
    text.push_str(&format!("       +{}\n", "-".repeat(columns)));
    let mut axis = " ".repeat(8);
    for column in (0..columns).step_by(10) {
        axis.push_str(&format!("{:<10}", column * per_column));
    }
    text.push_str(&format!("{}   step", axis.trim_end()));
    text
}
