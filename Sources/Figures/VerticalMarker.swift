/// A labelled vertical line at one x value, such as "chosen α" or "α_max".
///
/// The line spans the plot area; the label sits in a band above the plot, centred on
/// the line and kept inside the canvas, so it never covers data, the title or the
/// legend. Labels that would overlap are stacked in rows. The x axis range always grows
/// to include the marker.
public struct VerticalMarker: Sendable, Equatable {
  /// Where the line is drawn, in data units.
  public var x: Double
  /// The text shown above the plot.
  public var label: String
  /// The line and label colour.
  public var color: Color
  /// The line's dash pattern.
  public var dash: DashPattern

  /// Creates a vertical marker.
  /// - Parameters:
  ///   - x: The position in data units (a gap, and so not drawn, if not plottable).
  ///   - label: The text shown above the plot.
  ///   - color: Line and label colour, grey by default.
  ///   - dash: Dash pattern, dashed by default.
  public init(x: Double, label: String, color: Color = .gray, dash: DashPattern = .dashed) {
    self.x = x
    self.label = label
    self.color = color
    self.dash = dash
  }
}
