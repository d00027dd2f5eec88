import Foundation

extension ContourChart: DrawableChart {
  /// The chart as a standalone SVG document.
  public func svg() -> String {
    drawing().svg()
  }

  /// The domain of one axis: the grid's extent and the overlays', without a margin.
  private func ticks(_ axis: Axis, grid values: [Double], extra: [Double]) -> TickSet {
    axis.tightTicks(for: values + extra)
  }

  func drawing() -> ChartDrawing {
    let extra = overlays.values(xAxis: xAxis, yAxis: yAxis)
    let seriesX = series.flatMap { one in one.x.prefix(one.count) }
    let seriesY = series.flatMap { one in one.y.prefix(one.count) }
    let entries =
      series.indices.filter { series[$0].showsInLegend }.map { index in
        LegendEntry(
          name: series[index].name, color: series[index].color ?? Palette.color(at: index + 1),
          swatch: .line(dash: series[index].dash ?? .solid, marker: nil))
      } + overlays.legendEntries
    var spec = ChartSpec(
      title: title, description: resolvedDescription, xAxis: xAxis, yAxis: yAxis,
      xLabels: .ticks(ticks(xAxis, grid: grid.x, extra: extra.x + seriesX)),
      yTicks: ticks(yAxis, grid: grid.y, extra: extra.y + seriesY), legendEntries: entries,
      legendTitle: legendTitle, legendPlacement: legend, verticalMarkers: [],
      horizontalMarkers: [], plotWidth: plotWidth, plotHeight: plotHeight,
      occupied: [], plotInset: 0)
    if equalScale { spec = spec.withEqualScale() }
    return ChartDrawing(spec: spec, kind: "contour-chart") { data($0) }
  }

  private func data(_ layout: ChartLayout) -> [String] {
    guard let xMap = layout.x else { return [] }
    let guardRect = SeriesRenderer.guardRect(layout.plot)
    let drawn = resolvedLevels
    var parts: [String] = []
    if drawn.isEmpty && series.isEmpty && shapes.isEmpty {
      parts.append(ChartRenderer.noDataNote(layout))
    }
    var labels: [String] = []
    for (index, level) in drawn.enumerated() {
      let color = color(ofLevel: index, of: drawn.count)
      var paths: [String] = []
      var longest: [Point] = []
      var longestLength = 0.0
      for line in MarchingSquares.lines(grid, level: level) {
        let runs = SeriesRenderer.runs(
          x: line.map(\.x), y: line.map(\.y), xMap: xMap, yMap: layout.y)
        for run in runs {
          let points = run.map(\.1)
          let length = zip(points, points.dropFirst()).reduce(0) {
            $0 + hypot($1.1.x - $1.0.x, $1.1.y - $1.0.y)
          }
          if length > longestLength {
            longestLength = length
            longest = points
          }
        }
        paths +=
          SeriesRenderer.linePaths(
            runs, guardRect: guardRect,
            attributes: [("class", "contour")]
              + SeriesRenderer.strokeAttributes(color: color, dash: .solid, width: 1.5)
          ).paths
      }
      parts.append(
        SVGDocument.group(
          [
            ("class", "contour-level"), ("data-level", CSVTable.number(level)),
            ("data-color", color.hex),
          ], paths))
      if labelsLines, longestLength > 40, let place = ContourChart.midpoint(of: longest) {
        labels.append(
          SVGDocument.element(
            "text",
            [
              ("class", "contour-label"), ("x", NumberFormatting.fixed(place.x)),
              ("y", NumberFormatting.fixed(place.y)), ("dy", "0.35em"),
              ("text-anchor", "middle"), ("font-size", "11"), ("fill", color.hex),
              ("stroke", "#FFFFFF"), ("stroke-width", "3"), ("paint-order", "stroke"),
            ], content: ContourLevels.label(level)))
      }
    }
    parts += labels
    var lineChart = LineChart(title: "", xAxis: xAxis, yAxis: yAxis, series: series)
    for index in lineChart.series.indices where lineChart.series[index].color == nil {
      lineChart.series[index].color = Palette.color(at: index + 1)
      if lineChart.series[index].dash == nil { lineChart.series[index].dash = .solid }
    }
    if !series.isEmpty { parts += lineChart.seriesMarkup(layout) }
    return parts + overlays.shapeMarkup(layout) + overlays.pointMarkup(layout)
  }

  /// The point halfway along a polyline's length.
  static func midpoint(of points: [Point]) -> Point? {
    guard points.count > 1 else { return points.first }
    let lengths = zip(points, points.dropFirst()).map { hypot($1.x - $0.x, $1.y - $0.y) }
    var remaining = lengths.reduce(0, +) / 2
    for (index, length) in lengths.enumerated() {
      if remaining <= length, length > 0 {
        let t = remaining / length
        let (p, q) = (points[index], points[index + 1])
        return (p.x + t * (q.x - p.x), p.y + t * (q.y - p.y))
      }
      remaining -= length
    }
    return points.last
  }
}
