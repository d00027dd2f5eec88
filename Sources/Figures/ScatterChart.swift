/// A scatter plot: sets of points, and lines (fits) drawn over them.
///
///     var chart = ScatterChart(
///       title: "Line fit with 10 % outliers", xAxis: Axis(title: "x"),
///       yAxis: Axis(title: "y"), points: [PointSeries(name: "data", x: xs, y: ys)])
///     chart.lines.append(FittedLine(name: "MSE fit", slope: 1.8, intercept: 2.4))
///
/// Point series take palette styles 0, 1, …; line `j` takes the colour after the
/// points' (index `points.count + j`) and dash pattern `j` (the first solid). Every
/// series and line has a legend entry. Straight lines span the whole x axis, and the y
/// axis grows to show them over the points' x range.
public struct ScatterChart: Figure {
  /// The title above the chart (also the SVG's `<title>`).
  public var title: String
  /// The SVG's `<desc>`; `nil` generates one from the content.
  public var description: String?
  /// The horizontal axis.
  public var xAxis: Axis
  /// The vertical axis.
  public var yAxis: Axis
  /// The point sets, drawn in order.
  public var points: [PointSeries]
  /// The lines, drawn over the points.
  public var lines: [FittedLine]
  /// Labelled vertical lines.
  public var verticalMarkers: [VerticalMarker]
  /// Labelled horizontal reference lines.
  public var horizontalMarkers: [HorizontalMarker]
  /// Where the legend goes.
  public var legend: LegendPlacement
  /// An optional heading over the legend entries.
  public var legendTitle: String?
  /// The width of the plot area in pixels.
  public var plotWidth: Double
  /// The height of the plot area in pixels.
  public var plotHeight: Double
  /// Whether one unit (one decade on a log axis) is as long on x as on y, as geometry
  /// needs (a circle must look round). The plot area shrinks in width or height to make
  /// it so. Off by default.
  public var equalScale: Bool
  /// Shapes in data coordinates (polygons, circles, ellipses), drawn over the data.
  public var shapes: [DataShape]
  /// Marked and labelled points, drawn over everything else in the plot.
  public var labelledPoints: [LabelledPoint]
  /// Shaded vertical spans, under the data.
  public var spans: [VerticalSpan]

  /// Creates a scatter chart.
  public init(
    title: String, description: String? = nil, xAxis: Axis, yAxis: Axis,
    points: [PointSeries] = [], lines: [FittedLine] = []
  ) {
    self.title = title
    self.description = description
    self.xAxis = xAxis
    self.yAxis = yAxis
    self.points = points
    self.lines = lines
    verticalMarkers = []
    horizontalMarkers = []
    legend = .right
    legendTitle = nil
    plotWidth = Theme.plotWidth
    plotHeight = Theme.plotHeight
    equalScale = false
    shapes = []
    labelledPoints = []
    spans = []
  }

  /// The shapes, labelled points and spans.
  var overlays: Overlays { Overlays(shapes: shapes, points: labelledPoints, spans: spans) }

  /// The colour and marker of point series `index`.
  public func style(ofPointsAt index: Int) -> (color: Color, marker: MarkerShape) {
    (
      points[index].color ?? Palette.color(at: index),
      points[index].marker ?? Palette.marker(at: index)
    )
  }

  /// The colour and dash pattern of line `index`.
  public func style(ofLineAt index: Int) -> (color: Color, dash: DashPattern) {
    (
      lines[index].color ?? Palette.color(at: points.count + index),
      lines[index].dash ?? Palette.dash(at: index)
    )
  }

  /// The `<desc>` text: the caller's, or a summary of the chart's content.
  public var resolvedDescription: String {
    if let description { return description }
    var text = "Scatter chart"
    if !title.isEmpty { text += " “\(title)”" }
    text += ": \(axisPhrase(yAxis, "y")) against \(axisPhrase(xAxis, "x")); "
    let sets = points.map { "\($0.name) (\($0.count) points)" }
    text += sets.isEmpty ? "no points" : sets.joined(separator: ", ")
    if !lines.isEmpty { text += "; lines: " + lines.map(\.name).joined(separator: ", ") }
    return text + "."
  }
}
