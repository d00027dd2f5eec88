extension ScatterChart: DrawableChart {
  /// The chart as a standalone SVG document.
  public func svg() -> String {
    drawing().svg()
  }

  func drawing() -> ChartDrawing {
    let spec = equalScale ? chartSpec().withEqualScale() : chartSpec()
    return ChartDrawing(spec: spec, kind: "scatter-chart") { data($0) }
  }

  /// The x ticks: from the points, the lines given by points, and the vertical markers.
  func xTicks() -> TickSet {
    var xs = verticalMarkers.map(\.x) + overlays.values(xAxis: xAxis, yAxis: yAxis).x
    for set in points {
      for index in 0..<set.count where yAxis.canPlot(set.y[index]) { xs.append(set.x[index]) }
    }
    for line in lines {
      if case .points(let x, let y) = line.shape {
        for index in 0..<min(x.count, y.count) where yAxis.canPlot(y[index]) { xs.append(x[index]) }
      }
    }
    return xAxis.ticks(for: xs)
  }

  /// Each line's points as drawn across the x axis `ticks`.
  func linePolylines(_ ticks: TickSet) -> [(x: [Double], y: [Double])] {
    lines.map {
      $0.polyline(from: ticks.lower, to: ticks.upper, xScale: xAxis.scale, yScale: yAxis.scale)
    }
  }

  func chartSpec() -> ChartSpec {
    let xTicks = xTicks()
    let polylines = linePolylines(xTicks)
    var ys = horizontalMarkers.map(\.y) + overlays.values(xAxis: xAxis, yAxis: yAxis).y
    for set in points {
      for index in 0..<set.count where xAxis.canPlot(set.x[index]) { ys.append(set.y[index]) }
    }
    for line in polylines {
      for index in 0..<min(line.x.count, line.y.count) where xAxis.canPlot(line.x[index]) {
        ys.append(line.y[index])
      }
    }
    let pointEntries = points.indices.map { index in
      let style = style(ofPointsAt: index)
      let partner = lines.indices.first { line in
        !lines[line].showsInLegend && self.style(ofLineAt: line).color == style.color
      }
      return LegendEntry(
        name: points[index].name, color: style.color,
        swatch: partner.map { .line(dash: self.style(ofLineAt: $0).dash, marker: style.marker) }
          ?? .marker(style.marker))
    }
    let lineEntries = lines.indices.filter { lines[$0].showsInLegend }.map { index in
      let style = style(ofLineAt: index)
      return LegendEntry(
        name: lines[index].name, color: style.color, swatch: .line(dash: style.dash, marker: nil),
        lineWidth: lines[index].lineWidth, opacity: lines[index].opacity)
    }
    let occupied =
      points.map { Array(zip($0.x, $0.y)).map { [$0] } }.joined()
      + polylines.map { Array(zip($0.x, $0.y)) }
    return ChartSpec(
      title: title, description: resolvedDescription, xAxis: xAxis, yAxis: yAxis,
      xLabels: .ticks(xTicks), yTicks: yAxis.ticks(for: ys),
      legendEntries: pointEntries + lineEntries + overlays.legendEntries,
      legendTitle: legendTitle,
      legendPlacement: legend, verticalMarkers: verticalMarkers,
      horizontalMarkers: horizontalMarkers, plotWidth: plotWidth, plotHeight: plotHeight,
      occupied: Array(occupied) + overlays.occupied, spans: spans)
  }

  private func data(_ layout: ChartLayout) -> [String] {
    guard let xMap = layout.x else { return [] }
    let hasData =
      !lines.isEmpty
      || points.contains { set in
        (0..<set.count).contains { xAxis.canPlot(set.x[$0]) && yAxis.canPlot(set.y[$0]) }
      }
    var parts = hasData ? [] : [ChartRenderer.noDataNote(layout)]
    for index in points.indices {
      let set = points[index]
      let style = style(ofPointsAt: index)
      let placed = SeriesRenderer.placedPoints(set, xMap: xMap, yMap: layout.y)
      let markers = SeriesRenderer.markers(
        placed, shape: style.marker, color: style.color, plot: layout.plot, seriesIndex: index)
      parts.append(
        SVGDocument.group(
          [
            ("class", "series points"), ("data-series", String(index)), ("data-name", set.name),
            ("fill-opacity", "0.8"),
          ], [markers]))
    }
    let polylines = linePolylines(xMap.ticks)
    for index in lines.indices {
      let style = style(ofLineAt: index)
      let line = lines[index]
      var stroke = SeriesRenderer.strokeAttributes(
        color: style.color, dash: style.dash, width: line.lineWidth ?? Theme.lineWidth + 0.5)
      if line.opacity < 1 {
        stroke.append(("stroke-opacity", NumberFormatting.fixed(line.opacity)))
      }
      let runs = SeriesRenderer.runs(
        x: polylines[index].x, y: polylines[index].y, xMap: xMap, yMap: layout.y)
      let drawn = SeriesRenderer.linePaths(
        runs, guardRect: SeriesRenderer.guardRect(layout.plot),
        attributes: [("class", "line")] + stroke)
      parts.append(
        SVGDocument.group(
          [
            ("class", "series fitted-line"), ("data-series", String(points.count + index)),
            ("data-name", lines[index].name),
          ], drawn.paths))
    }
    return parts + overlays.shapeMarkup(layout) + overlays.pointMarkup(layout)
  }
}
