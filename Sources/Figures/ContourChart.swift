/// Contour lines of a function sampled on a grid, with optional lines, shapes and
/// labelled points drawn over them.
///
///     var chart = ContourChart(
///       title: "The L1 ball meets the loss contours on an axis",
///       xAxis: Axis(title: "w_{1}"), yAxis: Axis(title: "w_{2}"),
///       grid: Grid2D(x: xs, y: ys) { loss($0, $1) }, levels: .standard)
///     chart.shapes = [.polygon(name: "‖w‖_{1} ≤ t", x: [t, 0, -t, 0], y: [0, t, 0, -t])]
///     chart.equalScale = true
///
/// Lines are found by marching squares (`MarchingSquares`); levels are coloured along
/// `colorMap` (0 … 0.85 of it, so the last level is still dark enough on white) unless
/// `lineColor` sets one colour, and labelled with their value on the longest piece of
/// each level when `labelsLines`. The axes span the grid exactly (and grow for overlays).
public struct ContourChart: Figure {
  public var title: String
  /// The `<desc>`; `nil` generates one.
  public var description: String?
  public var xAxis: Axis
  public var yAxis: Axis
  /// The sampled function.
  public var grid: Grid2D
  /// The contour levels.
  public var levels: ContourLevels
  /// Whether each level carries its value as a label.
  public var labelsLines: Bool
  /// The map that colours the levels.
  public var colorMap: ColorMap
  /// One colour for every level instead of `colorMap`.
  public var lineColor: Color?
  /// What the grid's values are, for the `<desc>` (e.g. "training loss").
  public var valueTitle: String
  /// Lines drawn over the contours (an optimizer's path, say).
  public var series: [LineSeries]
  public var shapes: [DataShape]
  public var labelledPoints: [LabelledPoint]
  public var legend: LegendPlacement
  public var legendTitle: String?
  public var plotWidth: Double
  public var plotHeight: Double
  /// Whether one unit is as long on x as on y (a circle looks round).
  public var equalScale: Bool

  /// Creates a contour chart.
  public init(
    title: String, description: String? = nil, xAxis: Axis, yAxis: Axis, grid: Grid2D,
    levels: ContourLevels = .standard, valueTitle: String = "value"
  ) {
    self.title = title
    self.description = description
    self.xAxis = xAxis
    self.yAxis = yAxis
    self.grid = grid
    self.levels = levels
    self.valueTitle = valueTitle
    labelsLines = true
    colorMap = .viridis
    lineColor = nil
    series = []
    shapes = []
    labelledPoints = []
    legend = .right
    legendTitle = nil
    plotWidth = Theme.plotWidth
    plotHeight = Theme.plotHeight
    equalScale = false
  }

  /// The levels drawn: `levels` resolved over the grid's finite values.
  public var resolvedLevels: [Double] {
    guard let range = grid.finiteRange else { return [] }
    return levels.resolved(lower: range.lower, upper: range.upper)
  }

  /// The colour of level `index` of `count`.
  func color(ofLevel index: Int, of count: Int) -> Color {
    lineColor ?? colorMap.color(at: count > 1 ? 0.85 * Double(index) / Double(count - 1) : 0.4)
  }

  var overlays: Overlays { Overlays(shapes: shapes, points: labelledPoints, spans: []) }

  /// The `<desc>` text.
  public var resolvedDescription: String {
    if let description { return description }
    var text = "Contour chart"
    if !title.isEmpty { text += " “\(title)”" }
    text += ": \(valueTitle) over \(axisPhrase(xAxis, "x")) and \(axisPhrase(yAxis, "y")), "
    text += "a \(grid.x.count)×\(grid.y.count) grid"
    let drawn = resolvedLevels
    text +=
      drawn.isEmpty
      ? ", no levels" : ", levels " + drawn.map(ContourLevels.label).joined(separator: ", ")
    if !series.isEmpty { text += "; lines: " + series.map(\.name).joined(separator: ", ") }
    if !shapes.isEmpty { text += "; shapes: " + shapes.map(\.name).joined(separator: ", ") }
    return text + "."
  }
}
