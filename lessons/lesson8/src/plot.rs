//! Pictures for the story: bars on a log scale, and curves of several runs on
//! one chart. You do not need to edit this file.
//!
//! Both take numbers and return text, so they are checked like everything else
//! the story prints.

/// One bar per row on a log scale: each row shows its label, its value (three
/// digits) and a bar of `#`, `per_decade` cells for each factor of 10 above
/// 10^`lowest`, up to 10^`highest`. A value at or below 10^`lowest` (0, a
/// negative number and NaN included) gets no bar; one above 10^`highest` (∞
/// included) the full bar. Under the bars, an axis with a `+` at each power of
/// 10, labelled every `label_every` powers.
///
/// # Panics
///
/// If `highest` is not above `lowest`, or `per_decade` or `label_every` is 0.
pub fn log_bars(
    rows: &[(String, f64)],
    lowest: i32,
    highest: i32,
    per_decade: usize,
    label_every: usize,
) -> String {
    assert!(highest > lowest, "the scale must go up");
    assert!(per_decade > 0 && label_every > 0, "a decade needs cells");
    let decades = (highest - lowest) as usize;
    let full = decades * per_decade;
    let label_width = rows
        .iter()
        .map(|(label, _)| label.chars().count())
        .max()
        .unwrap_or(0);
    let mut text = String::new();
    for (label, value) in rows {
        // The logarithm of 0 is −∞ and of a negative number NaN: both clamp to
        // no cell (a NaN turns into 0 as a usize).
        let above = (value.log10() - lowest as f64) * per_decade as f64;
        let cells = above.floor().clamp(0.0, full as f64) as usize;
        let pad = " ".repeat(label_width - label.chars().count());
        text.push_str(&format!(
            "{label}{pad} {value:>9.2e} |{}\n",
            "#".repeat(cells)
        ));
    }
    let indent = " ".repeat(label_width + 11);
    let mut axis = String::new();
    let mut labels = String::new();
    for decade in 0..=decades {
        axis.push('+');
        if decade < decades {
            axis.push_str(&"-".repeat(per_decade - 1));
        }
        if decade % label_every == 0 {
            let at = decade * per_decade;
            while labels.chars().count() < at {
                labels.push(' ');
            }
            if labels.chars().count() == at {
                labels.push_str(&format!("1e{}", lowest + decade as i32));
            }
        }
    }
    text.push_str(&format!("{indent}{axis}\n{indent}{}\n", labels.trim_end()));
    text
}

/// Several runs on one chart, one column per step and one row per band: step k
/// of run r is drawn with the run's mark in the first band, from the top, whose
/// lower edge its value reaches; a value below every edge (or NaN, which
/// reaches none) in a last row, labelled `<` and the last edge. The runs of a
/// step sit side by side, so no mark hides another. `edges` go down from the
/// top row's lower edge, and label the rows.
///
/// # Panics
///
/// If `edges` is empty or does not go down, or if the runs do not all have the
/// same number of steps.
pub fn curves(title: &str, runs: &[(char, &[f64])], edges: &[f64]) -> String {
    assert!(
        !edges.is_empty() && edges.windows(2).all(|pair| pair[0] > pair[1]),
        "the band edges must go down"
    );
    let steps = runs.first().map_or(0, |(_, values)| values.len());
    assert!(
        runs.iter().all(|(_, values)| values.len() == steps),
        "every run has the same number of steps"
    );
    let width = runs.len() + 1;
    let mut grid = vec![vec![' '; steps * width]; edges.len() + 1];
    for (r, (mark, values)) in runs.iter().enumerate() {
        for (step, &value) in values.iter().enumerate() {
            let band = edges
                .iter()
                .position(|&edge| value >= edge)
                .unwrap_or(edges.len());
            grid[band][step * width + r] = *mark;
        }
    }
    let mut labels: Vec<String> = edges.iter().map(|&edge| edge_label(edge)).collect();
    labels.push(format!("< {}", edge_label(edges[edges.len() - 1])));
    let mut text = format!("{title}\n");
    for (label, row) in labels.iter().zip(grid) {
        let marks: String = row.into_iter().collect();
        text.push_str(&format!("{label:>7} |{}\n", marks.trim_end()));
    }
    text.push_str(&format!("        +{}\n", "-".repeat(steps * width)));
    let mut axis = String::from("         ");
    for step in 0..steps {
        axis.push_str(&format!("{step:<width$}"));
    }
    text.push_str(&format!("{}  step\n", axis.trim_end()));
    text
}

/// A band edge as a row label: `1e6`, `100`, `0.5`.
fn edge_label(edge: f64) -> String {
    if edge >= 1e4 {
        format!("{edge:.0e}")
    } else {
        format!("{edge}")
    }
}
