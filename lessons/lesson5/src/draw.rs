//! Circuits drawn in the terminal: every wire with its value above it and its
//! gradient below it, as in the figures of Karpathy's guide.
//!
//! You do not need to edit this file. The story draws each circuit of the lesson
//! with it, from the numbers your forward and backward passes computed.
//!
//! A drawing reads from left to right, the way the forward pass runs: the inputs
//! on the left, each gate where its inputs meet, the output on the right. The
//! backward pass runs the other way, from the output's gradient (1) back to the
//! inputs. (x + y)·z at x = −2, y = 5, z = −4:
//!
//! ```text
//!     -2.00
//! x ───────────┐
//!     -4.00    │    3.00
//!             (+)─ q ─────┐
//!      5.00    │   -4.00  │
//! y ───────────┘          │  -12.00
//!     -4.00              (×)─ f ─────
//!                         │    1.00
//!     -4.00               │
//! z ──────────────────────┘
//!      3.00
//! ```

/// A wire of a circuit: the value it carries forward, the gradient of the
/// circuit's output with respect to it, and the gate it comes out of.
#[derive(Clone, Debug, PartialEq)]
pub struct Wire {
    /// The wire's name ("x", "q"), or "" for none.
    pub name: String,
    /// What the forward pass put on the wire.
    pub value: f64,
    /// What the backward pass brought back to it: ∂(output)/∂(this wire).
    pub grad: f64,
    /// The gate that computes the wire; `None` for an input of the circuit.
    pub gate: Option<Gate>,
}

/// A gate: its symbol and the wires going into it.
#[derive(Clone, Debug, PartialEq)]
pub struct Gate {
    /// One character, drawn in parentheses: `+` draws as `(+)`.
    pub symbol: char,
    /// The gate's inputs, drawn from top to bottom: one or two.
    pub inputs: Vec<Wire>,
}

impl Wire {
    /// An input of the circuit.
    pub fn input(name: &str, value: f64, grad: f64) -> Wire {
        Wire {
            name: name.to_string(),
            value,
            grad,
            gate: None,
        }
    }

    /// The output wire of a gate with one or two `inputs`.
    ///
    /// # Panics
    ///
    /// If there are not one or two inputs ("a gate has one or two inputs").
    pub fn gate(symbol: char, inputs: Vec<Wire>, name: &str, value: f64, grad: f64) -> Wire {
        assert!(
            (1..=2).contains(&inputs.len()),
            "a gate has one or two inputs, got {}",
            inputs.len()
        );
        Wire {
            name: name.to_string(),
            value,
            grad,
            gate: Some(Gate { symbol, inputs }),
        }
    }

    /// How many gates the longest path from an input to this wire passes:
    /// 0 for an input. A gate is drawn in the column of its depth.
    pub fn depth(&self) -> usize {
        match &self.gate {
            None => 0,
            Some(gate) => 1 + gate.inputs.iter().map(Wire::depth).max().unwrap_or(0),
        }
    }

    /// The wires on which this one depends, itself included, in drawing order
    /// (inputs first, top to bottom; each gate after its inputs).
    fn wires(&self) -> Vec<&Wire> {
        let mut all = Vec::new();
        if let Some(gate) = &self.gate {
            for input in &gate.inputs {
                all.extend(input.wires());
            }
        }
        all.push(self);
        all
    }
}

/// A number as the drawing prints it: fixed `decimals`, and never `-0.00`
/// (adding 0.0 turns −0 into +0 and changes no other number).
fn number(x: f64, decimals: usize) -> String {
    format!("{:.decimals$}", x + 0.0)
}

/// The circuit ending in `output`, drawn with every value and gradient printed
/// at `decimals` decimals. A value used twice is drawn twice, each use with the
/// gradient that use sends back.
pub fn render(output: &Wire, decimals: usize) -> String {
    let wires = output.wires();
    let width = |text: &str| text.chars().count();
    let label = wires
        .iter()
        .flat_map(|w| [number(w.value, decimals), number(w.grad, decimals)])
        .map(|text| width(&text))
        .max()
        .unwrap_or(0);
    let inputs: Vec<&&Wire> = wires.iter().filter(|w| w.gate.is_none()).collect();
    let input_names = inputs.iter().map(|w| width(&w.name)).max().unwrap_or(0);
    let gate_names = wires
        .iter()
        .filter(|w| w.gate.is_some())
        .map(|w| width(&w.name))
        .max()
        .unwrap_or(0);
    let layout = Layout {
        decimals,
        label,
        names: input_names,
        // A wire from one gate to the next holds a label with room to spare
        // before the next column's vertical line, and its own name.
        column: (label + 5).max(gate_names + 6),
    };
    // The output's line runs one column's width past its gate; the last input's
    // gradient is the last row (its slot's blank line is not needed).
    let end = layout.gate_column(output.depth()) + layout.column - 1;
    let mut canvas = Canvas {
        cells: vec![vec![' '; end + 1]; 4 * inputs.len() - 1],
    };
    let mut next_slot = 0;
    layout.draw(&mut canvas, output, &mut next_slot, end);
    canvas.text()
}

/// Where things go: every input gets a slot of four rows (value, wire,
/// gradient, a blank line); a gate of depth d sits in column `gate_column(d)`.
struct Layout {
    decimals: usize,
    /// The width of the widest number.
    label: usize,
    /// The width of the longest input name.
    names: usize,
    /// The columns between one depth and the next.
    column: usize,
}

impl Layout {
    /// The column of the vertical line of the gates at `depth` (the middle of `(+)`).
    fn gate_column(&self, depth: usize) -> usize {
        self.names + 1 + depth * self.column
    }

    /// Draws `wire`, and everything that leads into it, with its line running
    /// to column `end`; returns the row of its line.
    fn draw(&self, canvas: &mut Canvas, wire: &Wire, next_slot: &mut usize, end: usize) -> usize {
        let (row, start) = match &wire.gate {
            None => {
                let row = 4 * *next_slot + 1;
                *next_slot += 1;
                let name_width = wire.name.chars().count();
                canvas.put(row, self.names - name_width, &wire.name);
                (row, self.names + 1)
            }
            Some(gate) => {
                let center = self.gate_column(wire.depth());
                let row = if let [only] = gate.inputs.as_slice() {
                    // One input: its line runs straight into the gate.
                    self.draw(canvas, only, next_slot, center - 2)
                } else {
                    // Two inputs: their lines turn towards the gate, one from
                    // above and one from below, and meet halfway.
                    let top = self.draw(canvas, &gate.inputs[0], next_slot, center - 1);
                    let bottom = self.draw(canvas, &gate.inputs[1], next_slot, center - 1);
                    let row = (top + bottom) / 2;
                    canvas.put(top, center, "┐");
                    canvas.put(bottom, center, "┘");
                    for between in (top + 1..bottom).filter(|&between| between != row) {
                        canvas.put(between, center, "│");
                    }
                    row
                };
                canvas.put(row, center - 1, &format!("({})", gate.symbol));
                (row, center + 2)
            }
        };
        // A gate's output carries its name on the line: `─ q ────`.
        let named = if wire.gate.is_some() && !wire.name.is_empty() {
            format!("─ {} ", wire.name)
        } else {
            String::new()
        };
        let rest = end + 1 - start - named.chars().count();
        canvas.put(row, start, &format!("{named}{}", "─".repeat(rest)));
        let label = self.label;
        let value = number(wire.value, self.decimals);
        let grad = number(wire.grad, self.decimals);
        canvas.put(row - 1, start + 1, &format!("{value:>label$}"));
        canvas.put(row + 1, start + 1, &format!("{grad:>label$}"));
        row
    }
}

/// A grid of characters, written into cell by cell, each cell at most once.
struct Canvas {
    cells: Vec<Vec<char>>,
}

impl Canvas {
    /// Writes `text` from (`row`, `column`) rightwards. Its spaces are
    /// see-through: they leave a cell as it is.
    ///
    /// # Panics
    ///
    /// If a character lands on a cell already drawn: two parts of the drawing
    /// would hide each other, so the layout has a bug.
    fn put(&mut self, row: usize, column: usize, text: &str) {
        for (offset, ch) in text.chars().enumerate() {
            let cell = &mut self.cells[row][column + offset];
            if ch != ' ' {
                assert!(
                    *cell == ' ',
                    "the drawing overlaps itself at row {row}, column {}: {ch} on {cell}",
                    column + offset
                );
                *cell = ch;
            }
        }
    }

    /// The grid as lines without trailing spaces, each ending in a newline.
    fn text(&self) -> String {
        self.cells
            .iter()
            .map(|row| {
                let line: String = row.iter().collect();
                format!("{}\n", line.trim_end())
            })
            .collect()
    }
}
