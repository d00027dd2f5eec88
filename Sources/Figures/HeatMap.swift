/// A grid of values drawn as coloured cells, with a colour bar, and points on top.
///
///     var map = HeatMap(
///       title: "Validation accuracy is highest along a ridge",
///       xAxis: Axis(title: "λ (log scale)", scale: .log), yAxis: Axis(title: "dropout p"),
///       grid: Grid2D(x: lambdas, y: rates, values: accuracy), colorBarTitle: "accuracy")
///     map.points = [PointSeries(name: "class 0", x: x0, y: y0),
///                   PointSeries(name: "class 1", x: x1, y: y1)]
///
/// Cell (i, j) is centred on `(x[i], y[j])` and reaches halfway to its neighbours (the
/// geometric middle on a log axis); the outer cells are as wide as their neighbour. A
/// NaN or infinite value is a grey "no data" cell, and the colour bar then shows a
/// "no data" swatch. `viridis` runs from the lowest to the highest value (or
/// `valueRange`); `diverging` is centred on 0 (−m … m with m the largest |value|).
/// Point series are drawn with a contrasting outline: white circles, black triangles,
/// then the palette, so two classes differ in marker shape as well as colour.
public struct HeatMap: Figure {
  public var title: String
  /// The `<desc>`; `nil` generates one.
  public var description: String?
  public var xAxis: Axis
  public var yAxis: Axis
  public var grid: Grid2D
  public var colorMap: ColorMap
  /// The values at the two ends of the colour bar; `nil` to fit the data.
  public var valueRange: ClosedRange<Double>?
  /// The colour bar's title (what the values are).
  public var colorBarTitle: String
  /// Points drawn over the cells.
  public var points: [PointSeries]
  public var labelledPoints: [LabelledPoint]
  public var legend: LegendPlacement
  public var plotWidth: Double
  public var plotHeight: Double
  public var equalScale: Bool

  /// The grey of a "no data" cell.
  static let noDataColor = Color(hex: "#C8C8C8")

  /// Creates a heat map.
  public init(
    title: String, description: String? = nil, xAxis: Axis, yAxis: Axis, grid: Grid2D,
    colorMap: ColorMap = .viridis, colorBarTitle: String = ""
  ) {
    self.title = title
    self.description = description
    self.xAxis = xAxis
    self.yAxis = yAxis
    self.grid = grid
    self.colorMap = colorMap
    self.colorBarTitle = colorBarTitle
    valueRange = nil
    points = []
    labelledPoints = []
    legend = .right
    plotWidth = Theme.plotWidth
    plotHeight = Theme.plotHeight
    equalScale = false
  }

  /// The values at the bottom and top of the colour bar.
  public var resolvedRange: (lower: Double, upper: Double) {
    if let valueRange, valueRange.lowerBound.isFinite, valueRange.upperBound.isFinite,
      valueRange.upperBound > valueRange.lowerBound
    {
      return (valueRange.lowerBound, valueRange.upperBound)
    }
    guard let range = grid.finiteRange else { return (0, 1) }
    if colorMap == .diverging {
      let m = max(abs(range.lower), abs(range.upper))
      return m > 0 ? (-m, m) : (-1, 1)
    }
    if range.upper > range.lower { return range }
    let (low, high) = Ticks.linearRange(range.lower, range.upper)
    return (low, high)
  }

  /// The colour of `value`, or the "no data" grey.
  public func color(of value: Double) -> Color {
    guard value.isFinite else { return HeatMap.noDataColor }
    let (low, high) = resolvedRange
    return colorMap.color(at: (value - low) / (high - low))
  }

  /// Whether some cell has no data.
  var hasMissing: Bool {
    grid.y.indices.contains { j in grid.x.indices.contains { !grid.value($0, j).isFinite } }
  }

  /// The fill and outline of point series `index`.
  func style(ofPointsAt index: Int) -> (fill: Color, stroke: Color, marker: MarkerShape) {
    let defaults: [(Color, Color, MarkerShape)] = [
      (Color(hex: "#FFFFFF"), .black, .circle), (.black, Color(hex: "#FFFFFF"), .triangle),
    ]
    let base =
      index < defaults.count
      ? defaults[index]
      : (Palette.color(at: index), Color(hex: "#FFFFFF"), Palette.marker(at: index))
    return (points[index].color ?? base.0, base.1, points[index].marker ?? base.2)
  }

  /// The `<desc>` text.
  public var resolvedDescription: String {
    if let description { return description }
    var text = "Heat map"
    if !title.isEmpty { text += " “\(title)”" }
    let name = colorBarTitle.isEmpty ? "value" : colorBarTitle
    text += ": \(name) over \(axisPhrase(xAxis, "x")) and \(axisPhrase(yAxis, "y")), "
    text += "a \(grid.x.count)×\(grid.y.count) grid"
    let (low, high) = resolvedRange
    text += ", colour from \(ContourLevels.label(low)) to \(ContourLevels.label(high))"
    text += colorMap == .viridis ? " (viridis)" : " (diverging, blue negative, red positive)"
    if hasMissing { text += "; grey cells have no data" }
    if !points.isEmpty { text += "; points: " + points.map(\.name).joined(separator: ", ") }
    return text + "."
  }
}
