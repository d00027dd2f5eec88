/// A labelled horizontal reference line at one y value, such as "noise level".
///
/// The line spans the plot area; the label is written just above it at the right end (or
/// the left, `labelEnd`, where the data leave room there), inside the plot, on a white halo
/// so that it stays readable over data. The y axis
/// range always grows to include the line.
public struct HorizontalMarker: Sendable, Equatable {
  /// Where the line is drawn, in data units.
  public var y: Double
  /// The text written above the line (may be empty).
  public var label: String
  /// The line and label colour.
  public var color: Color
  /// The line's dash pattern.
  public var dash: DashPattern
  /// The end of the line the label is written at.
  public var labelEnd: LabelEnd

  /// An end of the line.
  public enum LabelEnd: Sendable, Equatable {
    case left, right
  }

  /// Creates a horizontal reference line.
  /// - Parameters:
  ///   - y: The position in data units (not drawn if not plottable).
  ///   - label: Text written above the line's end; may be empty.
  ///   - color: Line and label colour, grey by default.
  ///   - dash: Dash pattern, dotted by default.
  ///   - labelEnd: Where the label goes, the right end by default.
  public init(
    y: Double, label: String = "", color: Color = .gray, dash: DashPattern = .dotted,
    labelEnd: LabelEnd = .right
  ) {
    self.y = y
    self.labelEnd = labelEnd
    self.label = label
    self.color = color
    self.dash = dash
  }
}
