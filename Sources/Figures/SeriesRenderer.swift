/// Turns data into SVG paths: gaps break lines, far-away pieces are cut.
enum SeriesRenderer {
  private static func f(_ value: Double) -> String { NumberFormatting.fixed(value) }

  /// The plottable points of a point series, in pixels, in order (its unplottable points
  /// left out): where its markers go.
  static func placedPoints(_ set: PointSeries, xMap: AxisMap, yMap: AxisMap) -> [Point] {
    runs(x: Array(set.x.prefix(set.count)), y: set.y, xMap: xMap, yMap: yMap).joined().map(\.1)
  }

  /// The runs of consecutive plottable points of `(x[i], y[i])`, in pixels, each point
  /// with its index. A point that cannot be plotted (non-finite, or ≤ 0 on a log axis)
  /// ends the current run.
  static func runs(x: [Double], y: [Double], xMap: AxisMap, yMap: AxisMap) -> [[(Int, Point)]] {
    var result: [[(Int, Point)]] = []
    var current: [(Int, Point)] = []
    for index in 0..<min(x.count, y.count) {
      if let px = xMap.position(x[index]), let py = yMap.position(y[index]) {
        current.append((index, (px, py)))
      } else if !current.isEmpty {
        result.append(current)
        current = []
      }
    }
    if !current.isEmpty { result.append(current) }
    return result
  }

  /// The rectangle outside which lines are cut before they are written: the plot area
  /// grown by 100 px, so the cut is never visible (the clip path hides the rest).
  static func guardRect(_ plot: Rect) -> Rect {
    plot.expanded(by: 100)
  }

  /// `M x y L x y …` for a polyline.
  static func pathData(_ points: [Point]) -> String {
    var data = ""
    for (index, point) in points.enumerated() {
      data += (index == 0 ? "M" : "L") + f(point.x) + " " + f(point.y)
    }
    return data
  }

  /// One `<path>` per piece of each run inside `guardRect`, with `attributes`; pieces of
  /// a single point are returned separately so the caller can show them as dots.
  static func linePaths(
    _ runs: [[(Int, Point)]], guardRect: Rect, attributes: [(String, String)]
  ) -> (paths: [String], lonePoints: [Point]) {
    var paths: [String] = []
    var lone: [Point] = []
    for run in runs {
      for piece in Geometry.pieces(run.map(\.1), inside: guardRect) {
        if piece.count == 1, let only = piece.first {
          lone.append(only)
        } else {
          paths.append(SVGDocument.element("path", [("d", pathData(piece))] + attributes))
        }
      }
    }
    return (paths, lone)
  }

  /// A group of `shape` markers at `points` (those near the plot only).
  static func markers(
    _ points: [Point], shape: MarkerShape, color: Color, plot: Rect, seriesIndex: Int
  ) -> String {
    let near = plot.expanded(by: 10)
    let shapes = points.filter { near.contains($0.x, $0.y) }.map {
      shape.svg(x: $0.x, y: $0.y, radius: Theme.markerRadius, color: color)
    }
    return SVGDocument.group(
      [
        ("class", "markers"), ("data-series", String(seriesIndex)), ("fill", color.hex),
        ("stroke", "#FFFFFF"), ("stroke-width", "1"),
      ], shapes)
  }

  /// Attributes of a stroked data line.
  static func strokeAttributes(color: Color, dash: DashPattern, width: Double)
    -> [(String, String)]
  {
    var attributes = [
      ("fill", "none"), ("stroke", color.hex), ("stroke-width", f(width)),
      ("stroke-linejoin", "round"),
    ]
    if let pattern = dash.dashArray { attributes.append(("stroke-dasharray", pattern)) }
    return attributes
  }
}

extension SeriesRenderer {
  /// `run` with the corners of `interpolation`'s steps added (index −1), in pixels:
  ///
  ///     after:  p₀, (x₁, y₀), p₁, (x₂, y₁), p₂, …
  ///     before: p₀, (x₀, y₁), p₁, (x₁, y₂), p₂, …
  ///     middle: p₀, (m₀₁, y₀), (m₀₁, y₁), p₁, …   with m the midpoint of x
  static func stepped(_ run: [(Int, Point)], _ interpolation: LineSeries.Interpolation)
    -> [(Int, Point)]
  {
    guard interpolation != .linear, run.count > 1 else { return run }
    var result: [(Int, Point)] = [run[0]]
    for index in run.indices.dropFirst() {
      let p = run[index - 1].1
      let q = run[index].1
      switch interpolation {
      case .linear: break
      case .stepAfter: result.append((-1, (q.x, p.y)))
      case .stepBefore: result.append((-1, (p.x, q.y)))
      case .stepMiddle:
        let middle = (p.x + q.x) / 2
        result.append((-1, (middle, p.y)))
        result.append((-1, (middle, q.y)))
      }
      result.append(run[index])
    }
    return result
  }
}
