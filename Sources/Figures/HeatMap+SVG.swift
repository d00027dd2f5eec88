import Foundation

extension HeatMap: DrawableChart {
  /// The chart as a standalone SVG document.
  public func svg() -> String {
    drawing().svg()
  }

  /// The cell edges along one axis: midpoints between coordinates (geometric on a log
  /// axis), the outer edges mirrored.
  static func edges(_ values: [Double], scale: Axis.Scale) -> [Double] {
    guard values.count > 1 else {
      guard let only = values.first else { return [] }
      return scale == .log ? [only / 2, only * 2] : [only - 0.5, only + 0.5]
    }
    let t = values.map { scale == .log ? log10($0) : $0 }
    var edges = [t[0] - (t[1] - t[0]) / 2]
    for index in t.indices.dropFirst() { edges.append((t[index - 1] + t[index]) / 2) }
    if let last = t.last { edges.append(last + (last - t[t.count - 2]) / 2) }
    return edges.map { scale == .log ? pow(10, $0) : $0 }
  }

  /// The colour bar's width, its gap to the plot, and room for its labels and title.
  static let barWidth = 16.0
  static let barGap = 14.0

  func drawing() -> ChartDrawing {
    let xEdges = HeatMap.edges(grid.x, scale: xAxis.scale)
    let yEdges = HeatMap.edges(grid.y, scale: yAxis.scale)
    func ticks(_ axis: Axis, _ edges: [Double], _ extra: [Double]) -> TickSet {
      axis.tightTicks(for: edges + extra)
    }
    let extraX = points.flatMap { $0.x.prefix($0.count) } + labelledPoints.map(\.x)
    let extraY = points.flatMap { $0.y.prefix($0.count) } + labelledPoints.map(\.y)
    let entries = points.indices.map { index in
      let style = style(ofPointsAt: index)
      return LegendEntry(
        name: points[index].name, color: style.fill,
        swatch: .outlinedMarker(style.marker, outline: style.stroke))
    }
    let barTicks = colorBarTicks()
    let labelWidth =
      barTicks.major.map { TextMetrics.width(of: $0.label, fontSize: Theme.tickFontSize) }.max()
      ?? 0
    let noDataWidth =
      hasMissing ? TextMetrics.width(of: "no data", fontSize: Theme.tickFontSize) : 0
    let titleRoom = colorBarTitle.isEmpty ? 0 : Theme.axisTitleFontSize * 1.2 + 6
    let reserve =
      HeatMap.barGap + HeatMap.barWidth + Theme.tickLength + Theme.tickLabelGap
      + max(labelWidth, noDataWidth - HeatMap.barWidth) + titleRoom
    var spec = ChartSpec(
      title: title, description: resolvedDescription, xAxis: xAxis, yAxis: yAxis,
      xLabels: .ticks(ticks(xAxis, xEdges, extraX)), yTicks: ticks(yAxis, yEdges, extraY),
      legendEntries: entries, legendTitle: nil,
      legendPlacement: legend == .hidden ? .hidden : .right, verticalMarkers: [],
      horizontalMarkers: [], plotWidth: plotWidth, plotHeight: plotHeight, occupied: [],
      plotInset: 0, rightReserve: reserve)
    if equalScale { spec = spec.withEqualScale() }
    return ChartDrawing(
      spec: spec, kind: "heat-map", data: { cells($0, xEdges, yEdges) },
      overlay: { colorBar($0) })
  }

  /// The colour bar's ticks over the value range.
  func colorBarTicks() -> TickSet {
    let (low, high) = resolvedRange
    return Ticks.linear(lower: low, upper: high, fixed: true)
  }

  private func cells(_ layout: ChartLayout, _ xEdges: [Double], _ yEdges: [Double]) -> [String] {
    guard let xMap = layout.x else { return [] }
    func f(_ value: Double) -> String { NumberFormatting.fixed(value) }
    var parts: [String] = []
    if grid.x.isEmpty || grid.y.isEmpty { parts.append(ChartRenderer.noDataNote(layout)) }
    var cells: [String] = []
    var missing: [String] = []
    for j in grid.y.indices {
      for i in grid.x.indices {
        guard let x0 = xMap.position(xEdges[i]), let x1 = xMap.position(xEdges[i + 1]),
          let y0 = layout.y.position(yEdges[j]), let y1 = layout.y.position(yEdges[j + 1])
        else { continue }
        let value = grid.value(i, j)
        // Cells overlap by a quarter pixel so no hairline of background shows between them.
        let rect = SVGDocument.element(
          "rect",
          [
            ("x", f(min(x0, x1))), ("y", f(min(y0, y1))), ("width", f(abs(x1 - x0) + 0.25)),
            ("height", f(abs(y1 - y0) + 0.25)), ("fill", color(of: value).hex),
          ])
        if value.isFinite { cells.append(rect) } else { missing.append(rect) }
      }
    }
    parts.append(SVGDocument.group([("class", "cells")], cells))
    if !missing.isEmpty { parts.append(SVGDocument.group([("class", "cells no-data")], missing)) }
    for index in points.indices {
      let set = points[index]
      let style = style(ofPointsAt: index)
      let placed = SeriesRenderer.placedPoints(set, xMap: xMap, yMap: layout.y)
      let near = layout.plot.expanded(by: 10)
      let shapes = placed.filter { near.contains($0.x, $0.y) }.map {
        style.marker.svg(x: $0.x, y: $0.y, radius: Theme.markerRadius + 1.5, color: style.stroke)
      }
      parts.append(
        SVGDocument.group(
          [
            ("class", "series points"), ("data-series", String(index)),
            ("data-name", plainText(set.name)), ("fill", style.fill.hex),
            ("stroke", style.stroke.hex), ("stroke-width", "1"),
          ], shapes))
    }
    let overlays = Overlays(shapes: [], points: labelledPoints, spans: [])
    return parts + overlays.pointMarkup(layout)
  }
}
