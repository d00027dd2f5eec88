/// How a line is stroked: the second cue, beside colour, that tells series apart.
public enum DashPattern: Sendable, Hashable, CaseIterable {
  /// An unbroken line.
  case solid
  /// Dashes of 7 px with gaps of 4 px.
  case dashed
  /// Dots (1.5 px) with gaps of 3 px.
  case dotted
  /// Alternating dashes and dots.
  case dashDot
  /// Dashes of 14 px with gaps of 5 px.
  case longDash

  /// The SVG `stroke-dasharray` value, or `nil` for a solid line.
  var dashArray: String? {
    switch self {
    case .solid: nil
    case .dashed: "7 4"
    case .dotted: "1.5 3"
    case .dashDot: "8 3 1.5 3"
    case .longDash: "14 5"
    }
  }
}
