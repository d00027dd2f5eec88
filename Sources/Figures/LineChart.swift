/// A chart of lines: several named series against shared x and y axes.
///
///     var chart = LineChart(
///       title: "Lasso coefficient paths",
///       xAxis: Axis(title: "α (log scale)", scale: .log),
///       yAxis: Axis(title: "coefficient"),
///       series: paths.map { LineSeries(name: $0.name, x: alphas, y: $0.values) })
///     chart.verticalMarkers.append(VerticalMarker(x: alphaMax, label: "α_max"))
///     let picture = chart.svg(), table = chart.csv()
///
/// Each series gets a colour, a dash pattern and a marker from `Palette` by its index
/// (each can be overridden). Gaps (NaN, ±∞, and values ≤ 0 on a log axis) break lines.
/// The legend goes to the right of the plot unless `legend` says otherwise.
public struct LineChart: Figure {
  /// The title above the chart (also the SVG's `<title>`).
  public var title: String
  /// The SVG's `<desc>` for screen readers; `nil` generates one from the content.
  public var description: String?
  /// The horizontal axis.
  public var xAxis: Axis
  /// The vertical axis.
  public var yAxis: Axis
  /// The lines, drawn in order (later ones on top).
  public var series: [LineSeries]
  /// Labelled vertical lines, e.g. the chosen α.
  public var verticalMarkers: [VerticalMarker]
  /// Labelled horizontal reference lines.
  public var horizontalMarkers: [HorizontalMarker]
  /// Where the legend goes.
  public var legend: LegendPlacement
  /// An optional heading over the legend entries.
  public var legendTitle: String?
  /// The size of the plot area in pixels; the canvas grows around it.
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

  /// Creates a line chart.
  /// - Parameters:
  ///   - title: The chart title.
  ///   - description: The accessible description, or `nil` to generate one.
  ///   - xAxis: The horizontal axis.
  ///   - yAxis: The vertical axis.
  ///   - series: The lines.
  public init(
    title: String, description: String? = nil, xAxis: Axis, yAxis: Axis,
    series: [LineSeries] = []
  ) {
    self.title = title
    self.description = description
    self.xAxis = xAxis
    self.yAxis = yAxis
    self.series = series
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

  /// The colour, dash and marker series `index` is drawn with.
  public func style(ofSeriesAt index: Int) -> (color: Color, dash: DashPattern, marker: MarkerShape)
  {
    let one = series[index]
    return (
      one.color ?? Palette.color(at: index), one.dash ?? Palette.dash(at: index),
      one.marker ?? Palette.marker(at: index)
    )
  }

  /// The `<desc>` text: the caller's, or a summary of the chart's content.
  public var resolvedDescription: String {
    if let description { return description }
    let names = series.enumerated().map { columnName(of: $0.offset) }
    var text = "Line chart"
    if !title.isEmpty { text += " “\(title)”" }
    text += ": \(axisPhrase(yAxis, "y")) against \(axisPhrase(xAxis, "x")), "
    text += "\(series.count) series" + (names.isEmpty ? "" : " (\(names.joined(separator: ", ")))")
    text += "."
    if !verticalMarkers.isEmpty {
      let marks = verticalMarkers.map { "\($0.label) at x = \($0.x)" }
      text += " Vertical lines: \(marks.joined(separator: "; "))."
    }
    return text
  }

  /// The CSV column name of series `index`: its name, or "series N" when empty.
  func columnName(of index: Int) -> String {
    series[index].name.isEmpty ? "series \(index + 1)" : series[index].name
  }
}

/// How an axis is described in a generated `<desc>`.
func axisPhrase(_ axis: Axis, _ fallback: String) -> String {
  let name = axis.title.isEmpty ? fallback : axis.title
  let scale = axis.scale == .log && !name.contains("log") ? " (log scale)" : ""
  return name + scale
}
