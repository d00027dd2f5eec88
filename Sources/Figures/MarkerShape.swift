/// The symbol drawn at data points: a cue, beside colour, that tells series apart.
public enum MarkerShape: Sendable, Hashable, CaseIterable {
  /// A filled circle.
  case circle
  /// A filled square.
  case square
  /// A filled triangle, point up.
  case triangle
  /// A filled diamond (a square on its corner).
  case diamond
  /// A filled triangle, point down.
  case triangleDown
  /// An ×, stroked.
  case cross
  /// A +, stroked.
  case plus

  /// The SVG element of this marker centred on `(x, y)`.
  ///
  /// Filled shapes take their fill from the enclosing group (with a thin white outline
  /// that keeps overlapping markers apart); `cross` and `plus` are strokes in `color`.
  /// Shapes are sized to look equally heavy: a circle of radius `r`, a square of side
  /// 1.8 r, a triangle and a diamond of circumradius 1.3 r.
  func svg(x: Double, y: Double, radius r: Double, color: Color) -> String {
    func f(_ value: Double) -> String { NumberFormatting.fixed(value) }
    switch self {
    case .circle:
      return SVGDocument.element("circle", [("cx", f(x)), ("cy", f(y)), ("r", f(r))])
    case .square:
      let half = 0.9 * r
      return polygon([
        (x - half, y - half), (x + half, y - half), (x + half, y + half),
        (x - half, y + half),
      ])
    case .triangle, .triangleDown:
      let radius = 1.3 * r
      let sign = self == .triangle ? 1.0 : -1.0
      let dx = 0.866 * radius
      return polygon([
        (x, y - sign * radius), (x + dx, y + sign * radius / 2),
        (x - dx, y + sign * radius / 2),
      ])
    case .diamond:
      let radius = 1.3 * r
      return polygon([(x, y - radius), (x + radius, y), (x, y + radius), (x - radius, y)])
    case .cross, .plus:
      let d = self == .cross ? 1.0 * r : 1.25 * r
      let path =
        self == .cross
        ? "M\(f(x - d)) \(f(y - d))L\(f(x + d)) \(f(y + d))M\(f(x - d)) \(f(y + d))L\(f(x + d)) \(f(y - d))"
        : "M\(f(x - d)) \(f(y))L\(f(x + d)) \(f(y))M\(f(x)) \(f(y - d))L\(f(x)) \(f(y + d))"
      return SVGDocument.element(
        "path", [("d", path), ("fill", "none"), ("stroke", color.hex), ("stroke-width", "2")])
    }
  }

  private func polygon(_ points: [(Double, Double)]) -> String {
    let list = points.map { "\(NumberFormatting.fixed($0.0)),\(NumberFormatting.fixed($0.1))" }
    return SVGDocument.element("polygon", [("points", list.joined(separator: " "))])
  }
}
