//! The story's picture: the speed ladder, as bars on a log scale.
//!
//! You do not need to edit this file. A bar's length is rounded from a
//! logarithm of a fixed, recorded time; none of them sits near a rounding
//! boundary, so the picture is the same on every machine.

/// One bar per `(label, seconds)`, its length `per_decade` characters for every
/// factor of 10 above `floor` seconds, then the time and how many times faster
/// than the first row it is.
pub fn ladder(rows: &[(&str, f64)], floor: f64, per_decade: usize) -> String {
    let width = rows
        .iter()
        .map(|(label, _)| label.chars().count())
        .max()
        .unwrap_or(0);
    let first = rows.first().map_or(1.0, |&(_, seconds)| seconds);
    let mut picture = String::new();
    for &(label, seconds) in rows {
        let decades = (seconds / floor).log10().max(0.0);
        let length = (decades * per_decade as f64).round() as usize;
        let padding = width - label.chars().count();
        picture.push_str(&format!(
            "{label}{} {:<bar$} {:>9}  ×{:.0}\n",
            " ".repeat(padding),
            "█".repeat(length),
            time(seconds),
            first / seconds,
            bar = per_decade * 6,
        ));
    }
    picture.push_str(&format!(
        "{}  one step of the scale ({per_decade} characters) is a factor of 10; the bars start at {}\n",
        " ".repeat(width),
        time(floor)
    ));
    picture
}

/// A time as a reader wants it: `14.7 s`, `28.4 ms`, `0.79 ms` (the story's
/// ladder and its picture both write times so).
pub fn time(seconds: f64) -> String {
    if seconds >= 1.0 {
        format!("{seconds:.1} s")
    } else if seconds >= 0.001 {
        format!("{:.1} ms", seconds * 1e3)
    } else {
        format!("{:.2} ms", seconds * 1e3)
    }
}
