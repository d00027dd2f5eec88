import Foundation

/// Everything drawn around a chart's data, gathered by each chart type and handed to
/// `ChartLayout` and `ChartRenderer`, which every chart shares.
struct ChartSpec: Sendable {
  /// The labels along the x axis: ticks of a numeric axis, or category names.
  enum XLabels: Sendable {
    case ticks(TickSet)
    case categories(CategoryLabels)
  }

  var title: String
  var description: String
  var xAxis: Axis
  var yAxis: Axis
  var xLabels: XLabels
  var yTicks: TickSet
  var legendEntries: [LegendEntry]
  var legendTitle: String?
  var legendPlacement: LegendPlacement
  var verticalMarkers: [VerticalMarker]
  var horizontalMarkers: [HorizontalMarker]
  var plotWidth: Double
  var plotHeight: Double
  /// The data as polylines in data units (one point for a lone point), for the test
  /// that a legend corner inside the plot is empty.
  var occupied: [[(Double, Double)]]
  /// The title's font size (smaller for a panel of a `Panels` figure).
  var titleFontSize: Double = Theme.titleFontSize
  /// Room between the plot frame and the data domain (0 for a heat map, whose cells
  /// fill the plot).
  var plotInset: Double = Theme.plotInset
  /// Width kept free right of the plot, before the legend (a heat map's colour bar).
  var rightReserve: Double = 0
  /// Shaded vertical spans, drawn under the data.
  var spans: [VerticalSpan] = []
  /// Whether the chart asked for equal scale on both axes (kept when `Panels` resizes).
  var hasEqualScale = false
  /// Whether a plot of the default width is resized to give the standard canvas width
  /// (off for panels, which size their plots themselves).
  var fillsCanvas = true

  /// The x tick set, or `nil` for a category axis.
  var xTicks: TickSet? {
    if case .ticks(let ticks) = xLabels { return ticks }
    return nil
  }

  /// The legend as measured for a plot of this height, or `nil` when there is none.
  var legend: Legend? {
    guard legendPlacement != .hidden, !legendEntries.isEmpty else { return nil }
    return Legend(entries: legendEntries, title: legendTitle, maximumHeight: plotHeight)
  }

  /// The spec with the plot area shrunk in one direction so that one unit (one decade on
  /// a log axis) has the same length on both axes:
  ///
  ///     s = min((W − 2·inset) / Δx, (H − 2·inset) / Δy),   W′ = s·Δx + 2·inset,
  ///     H′ = s·Δy + 2·inset
  func withEqualScale() -> ChartSpec {
    guard let xTicks else { return self }
    func span(_ ticks: TickSet, _ axis: Axis) -> Double {
      axis.scale == .log ? log10(ticks.upper / ticks.lower) : ticks.upper - ticks.lower
    }
    let dx = span(xTicks, xAxis)
    let dy = span(yTicks, yAxis)
    let inset = 2 * plotInset
    guard dx > 0, dy > 0, dx.isFinite, dy.isFinite else { return self }
    let scale = min((plotWidth - inset) / dx, (plotHeight - inset) / dy)
    var result = self
    result.hasEqualScale = true
    result.fillsCanvas = false
    result.plotWidth = scale * dx + inset
    result.plotHeight = scale * dy + inset
    return result
  }
}
