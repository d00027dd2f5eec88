/// A chart resolved for drawing: its spec, its kind and how to draw its data once laid
/// out. Every chart type of this module gives one, so that `Panels` can place any of
/// them.
struct ChartDrawing {
  var spec: ChartSpec
  /// The class name on the chart's root group (`"line-chart"`, …).
  var kind: String
  /// The data markup, inside the plot's clip path.
  var data: (ChartLayout) -> [String]
  /// Markup outside the plot drawn after the axes (a colour bar).
  var overlay: (ChartLayout) -> [String] = { _ in [] }

  /// The standalone document.
  func svg() -> String {
    let layout = ChartLayout(spec)
    return ChartRenderer.render(
      spec, layout: layout, kind: kind, data: data(layout), overlay: overlay(layout))
  }
}

/// A chart that can be drawn as a panel of `Panels`, and whose CSV is a table.
protocol DrawableChart: Figure {
  func drawing() -> ChartDrawing
  func table() -> CSVTable
}
