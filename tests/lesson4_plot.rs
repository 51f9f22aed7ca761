//! The terminal plot that lesson 4's story draws with (`lessons/lesson4/src/plot.rs`,
//! a module of the lesson's program), tested on its own.

use check::assert_panics;

#[path = "../lessons/lesson4/src/plot.rs"]
mod plot;
use plot::Plot;

/// A 5 × 3 chart over x in [0, 4] and y in [0, 2]: one column per unit of x,
/// one row per unit of y, so every position below is worked out by hand.
fn tiny() -> Plot {
    Plot::new(5, 3, (0.0, 4.0), (0.0, 2.0))
}

#[test]
fn a_tiny_plot_renders_its_curve_marks_labels_and_axes() {
    let mut plot = tiny();
    plot.curve(|x| x / 2.0, '·');
    plot.point(3.0, 0.0, 'o');
    plot.label(1.0, 'A');
    plot.label(3.0, 'B');
    insta::assert_snapshot!(plot.render(), @r"
    2.0 ┤   ··
        │ ··
    0.0 ┤·  o
        └─────
          A B
         0.0 4.0
    ");
}

#[test]
fn without_labels_the_label_line_is_left_out() {
    let mut plot = Plot::new(12, 2, (-1.0, 1.0), (-10.0, 10.0));
    plot.point(0.0, 10.0, '*');
    insta::assert_snapshot!(plot.render(), @r"
     10.0 ┤      *
    -10.0 ┤
          └────────────
           -1.0     1.0
    ");
}

#[test]
fn the_y_labels_line_up_on_the_longer_of_the_two() {
    let mut plot = Plot::new(2, 2, (0.0, 1.0), (0.0, 100.0));
    plot.point(1.0, 0.0, '*');
    insta::assert_snapshot!(plot.render(), @r"
    100.0 ┤
      0.0 ┤ *
          └──
           0.0 1.0
    ");
}

#[test]
fn columns_and_rows_round_to_the_nearest_cell() {
    let plot = tiny();
    for (x, column) in [(0.0, 0), (1.0, 1), (1.49, 1), (1.51, 2), (4.0, 4)] {
        assert_eq!(plot.column(x), Some(column), "column of x = {x}");
    }
    // Rows count from the top: y = 2 is row 0, y = 0 is the bottom row 2.
    for (y, row) in [(2.0, 0), (1.51, 0), (1.49, 1), (1.0, 1), (0.0, 2)] {
        assert_eq!(plot.row(y), Some(row), "row of y = {y}");
    }
    assert_eq!((plot.width(), plot.height()), (5, 3));
}

#[test]
fn points_off_the_chart_are_clamped_to_its_edge() {
    let plot = tiny();
    assert_eq!(plot.column(-3.0), Some(0));
    assert_eq!(plot.column(f64::INFINITY), Some(4));
    assert_eq!(plot.row(100.0), Some(0));
    assert_eq!(plot.row(f64::NEG_INFINITY), Some(2));
    let mut plot = tiny();
    plot.point(-3.0, 100.0, 'a');
    plot.point(9.0, -1.0, 'b');
    plot.label(f64::INFINITY, 'C');
    insta::assert_snapshot!(plot.render(), @r"
    2.0 ┤a
        │
    0.0 ┤    b
        └─────
             C
         0.0 4.0
    ");
}

#[test]
fn a_point_that_is_not_a_number_is_not_drawn() {
    let mut plot = tiny();
    assert_eq!(plot.column(f64::NAN), None);
    assert_eq!(plot.row(f64::NAN), None);
    plot.point(f64::NAN, 1.0, 'x');
    plot.point(1.0, f64::NAN, 'y');
    plot.label(f64::NAN, 'z');
    assert_eq!(plot, tiny(), "a NaN point or label changes nothing");
}

#[test]
fn a_curve_is_clipped_not_clamped() {
    // y = 2x − 2 leaves the chart below at x = 0 and above at x = 3 and 4:
    // those columns stay empty instead of piling up on the edges.
    let mut plot = tiny();
    plot.curve(|x| 2.0 * x - 2.0, '*');
    let mut expected = tiny();
    for (x, y) in [(1.0, 0.0), (2.0, 2.0)] {
        expected.point(x, y, '*');
    }
    assert_eq!(plot, expected);
}

#[test]
fn a_later_mark_replaces_an_earlier_one_in_the_same_cell() {
    let mut plot = tiny();
    plot.point(2.0, 1.0, 'a');
    plot.point(2.1, 0.9, 'b');
    let mut expected = tiny();
    expected.point(2.0, 1.0, 'b');
    assert_eq!(plot, expected);
}

#[test]
fn a_plot_refuses_fewer_than_two_cells_a_side_and_empty_ranges() {
    for (width, height) in [(1, 3), (3, 1), (0, 0)] {
        assert_panics(
            &format!("Plot::new({width}, {height}, ..)"),
            || Plot::new(width, height, (0.0, 1.0), (0.0, 1.0)),
            "a plot needs at least 2×2 cells",
            "a chart with one row or column has no room for its axis",
        );
    }
    let bad = [
        (1.0, 1.0),
        (2.0, 1.0),
        (0.0, f64::NAN),
        (0.0, f64::INFINITY),
        (f64::NEG_INFINITY, 0.0),
    ];
    for range in bad {
        for (x_range, y_range) in [(range, (0.0, 1.0)), ((0.0, 1.0), range)] {
            assert_panics(
                &format!("Plot::new(3, 3, {x_range:?}, {y_range:?})"),
                || Plot::new(3, 3, x_range, y_range),
                "a plot range must be finite and increasing",
                "an empty, reversed or infinite range has no scale to place points by",
            );
        }
    }
}
