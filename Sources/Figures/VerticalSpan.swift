import Foundation

/// A shaded band across the plot between two x values, such as the α range where a
/// claim holds.
///
/// The band is drawn under the data in a light tint of `color`; its label sits in the
/// band above the plot (with the vertical markers' labels), joined to the span's
/// middle. The x axis range grows to include both ends.
public struct VerticalSpan: Sendable, Equatable {
  /// The lower end in data units.
  public var from: Double
  /// The upper end in data units.
  public var to: Double
  /// The text above the plot (may be empty; sub/superscript markup allowed).
  public var label: String
  /// The tint and label colour.
  public var color: Color
  /// The fill opacity of the band.
  public var opacity: Double

  /// Creates a shaded span from `from` to `to` (in either order).
  public init(
    from: Double, to: Double, label: String = "", color: Color = .bluishGreen,
    opacity: Double = 0.14
  ) {
    self.from = Swift.min(from, to)
    self.to = Swift.max(from, to)
    self.label = label
    self.color = color
    self.opacity = opacity
  }

  /// The middle of the span on an axis of `scale`: the geometric mean on a log axis.
  func middle(on scale: Axis.Scale) -> Double {
    scale == .log && from > 0 && to > 0 ? (from * to).squareRoot() : (from + to) / 2
  }
}
