//! The story's pictures, drawn with characters: digits as 8×8 shades, learning
//! curves and a confusion matrix. Part of the program (`src/main.rs`), not of
//! your library. Every picture is a pure function of its numbers, returned as
//! text, so the snapshot can hold it.

/// The shades of a pixel from blank to full ink, in five steps.
const SHADES: [char; 5] = [' ', '░', '▒', '▓', '█'];

/// A pixel of 0..1 as two characters of its shade (two, so that the drawing
/// is about as wide as it is tall).
fn shade(value: f64) -> String {
    let level = (value.clamp(0.0, 1.0) * 4.0).round() as usize;
    SHADES[level].to_string().repeat(2)
}

/// Digits drawn side by side, each 8 rows of 8 shaded pixels in a frame, with
/// its caption (at most 16 characters) underneath.
pub fn digits(drawings: &[(&[f64; 64], String)]) -> String {
    let frame = format!("+{}+", "-".repeat(16));
    let mut lines = vec![String::new(); 11];
    for (k, (pixels, caption)) in drawings.iter().enumerate() {
        let gap = if k == 0 { "" } else { "  " };
        lines[0].push_str(&format!("{gap}{frame}"));
        for row in 0..8 {
            let drawn: String = pixels[8 * row..8 * row + 8]
                .iter()
                .map(|&p| shade(p))
                .collect();
            lines[row + 1].push_str(&format!("{gap}|{drawn}|"));
        }
        lines[9].push_str(&format!("{gap}{frame}"));
        lines[10].push_str(&format!("{gap}{caption:^18}"));
    }
    lines
        .iter()
        .map(|line| format!("{}\n", line.trim_end()))
        .collect()
}

/// Several runs' values per epoch as marks in horizontal bands: each run its
/// own mark, each epoch a column of one place per run, so no mark hides
/// another. A value goes in the first band whose lower edge it reaches (and
/// below the last edge, in a last row). `edges` go down from the top row's
/// lower edge; `decimals` is how each label prints.
///
/// # Panics
///
/// If `edges` is empty or does not go down, or if the runs do not all have the
/// same number of epochs.
pub fn curves(title: &str, runs: &[(char, &[f64])], edges: &[f64], decimals: usize) -> String {
    assert!(
        !edges.is_empty() && edges.windows(2).all(|pair| pair[0] > pair[1]),
        "the band edges must go down"
    );
    let epochs = runs.first().map_or(0, |(_, values)| values.len());
    assert!(
        runs.iter().all(|(_, values)| values.len() == epochs),
        "every run has the same number of epochs"
    );
    let width = runs.len() + 1;
    let mut grid = vec![vec![' '; epochs * width]; edges.len() + 1];
    for (r, (mark, values)) in runs.iter().enumerate() {
        for (epoch, &value) in values.iter().enumerate() {
            let band = edges
                .iter()
                .position(|&edge| value >= edge)
                .unwrap_or(edges.len());
            grid[band][epoch * width + r] = *mark;
        }
    }
    let mut labels: Vec<String> = edges
        .iter()
        .map(|edge| format!("{edge:.decimals$}"))
        .collect();
    labels.push(format!("< {:.decimals$}", edges[edges.len() - 1]));
    let mut text = format!("{title}\n");
    for (label, row) in labels.iter().zip(grid) {
        let marks: String = row.into_iter().collect();
        text.push_str(&format!("{label:>7} |{}\n", marks.trim_end()));
    }
    text.push_str(&format!("        +{}\n", "-".repeat(epochs * width)));
    let mut axis = String::from("         ");
    for epoch in (1..=epochs).step_by(5) {
        axis.push_str(&format!("{epoch:<w$}", w = 5 * width));
    }
    text.push_str(&format!("{}  epoch\n", axis.trim_end()));
    text
}

/// The confusion matrix as a table: row y, column c counts the test digits
/// that were y and were read as c, so the diagonal holds the ones read right;
/// a dot stands for 0 off the diagonal.
pub fn confusion(counts: &[[usize; 10]; 10]) -> String {
    let mut text = String::from("          read as\n  was   ");
    for c in 0..10 {
        text.push_str(&format!("{c:>4}"));
    }
    text.push('\n');
    for (y, row) in counts.iter().enumerate() {
        text.push_str(&format!("{y:>5}   "));
        for (c, &count) in row.iter().enumerate() {
            if count == 0 && c != y {
                text.push_str("   ·");
            } else {
                text.push_str(&format!("{count:>4}"));
            }
        }
        text.push('\n');
    }
    text
}
