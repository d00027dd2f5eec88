/// Estimated text widths, so that layout can be computed without a font engine.
///
/// The width of a string is the sum of per-character advance widths, each a fraction of
/// the font size (em):
///
///     width(s, size) = size · Σ_c advance(c)
///
/// The advances are those of DejaVu Sans, the widest of the usual sans-serif fonts a
/// viewer falls back to (Helvetica and Arial are 5–15 % narrower), rounded up, so an
/// estimate errs on the side of a little too much room:
///
/// | characters                         | advance (em) |
/// |------------------------------------|--------------|
/// | `i l j . , : ; ' ! \|` and space   | 0.32         |
/// | `( ) [ ] - / f t r`                | 0.42         |
/// | `m w` and `M W`                    | 0.98         |
/// | other upper case                   | 0.76         |
/// | digits                             | 0.64         |
/// | `− × + = < > ± ≤ ≥` and `_`        | 0.84         |
/// | everything else                    | 0.64         |
///
/// Bold text (titles) is estimated 10 % wider: DejaVu Sans Bold's digits are 0.70 em
/// against 0.64 em for the book weight.
///
/// Measured with `rsvg-convert` (DejaVu Sans, 100 px) on 13 labels such as
/// "coefficient", "α (log scale)", "−0.5", "2×10": the table is 1.03–1.19 times the
/// inked width in the regular weight and 1.03–1.13 times in bold, never below it.
///
/// The charts ask for Helvetica or Arial first, which rsvg and Chromium render here as
/// Liberation Sans (the same metrics): against its advance widths the table is 1.15–1.28
/// times too wide (regular) and 1.23–1.36 (bold) on 11 of the lessons' titles and labels
/// (`Tests/FiguresTests/Reference/measure_text.py`), which put titles off centre and
/// wasted room. So the table is scaled by `calibration` = 0.9: still 3–15 % over
/// Helvetica/Arial, and within 9 % of DejaVu Sans for a viewer that has only that.
enum TextMetrics {
  /// How much wider bold text is estimated to be than regular text.
  static let boldFactor = 1.1
  /// The scale applied to the advance table (see above).
  static let calibration = 0.9

  /// The estimated advance of `character`, in em.
  static func advance(of character: Character) -> Double {
    switch character {
    case "i", "l", "j", ".", ",", ":", ";", "'", "!", "|", " ": 0.32
    case "(", ")", "[", "]", "-", "/", "f", "t", "r": 0.42
    case "m", "w", "M", "W": 0.98
    case "\u{2212}", "×", "+", "=", "<", ">", "±", "≤", "≥", "_": 0.84
    case "0"..."9": 0.64
    case "A"..."Z": 0.76
    default: 0.64
    }
  }

  /// The estimated width in pixels of `text` set at `fontSize` pixels.
  /// Sub- and superscript markup (`w_{j}`, see `RichText`) is measured as drawn.
  static func width(of text: String, fontSize: Double, bold: Bool = false) -> Double {
    if text.contains("_{") || text.contains("^{") {
      let rich = RichText(text)
      if rich.hasScripts { return rich.width(fontSize: fontSize, bold: bold) }
    }
    return fontSize * text.reduce(0) { $0 + advance(of: $1) } * (bold ? boldFactor : 1)
      * calibration
  }

  /// The estimated width of a tick label: its base text plus a superscript set at 75 %.
  static func width(of label: TickLabel, fontSize: Double) -> Double {
    width(of: label.text, fontSize: fontSize)
      + width(of: label.superscript ?? "", fontSize: fontSize * 0.75)
  }

  /// `text` broken at spaces into lines no wider than `width` (greedy; a single word
  /// wider than `width` gets a line of its own). An empty text gives no lines.
  static func wrap(_ text: String, width: Double, fontSize: Double, bold: Bool = false)
    -> [String]
  {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      let candidate = current.isEmpty ? String(word) : current + " " + word
      if current.isEmpty || self.width(of: candidate, fontSize: fontSize, bold: bold) <= width {
        current = candidate
      } else {
        lines.append(current)
        current = String(word)
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }
}
