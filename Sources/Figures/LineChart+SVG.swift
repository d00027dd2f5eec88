extension LineChart: DrawableChart {
  /// The chart as a standalone SVG document.
  public func svg() -> String {
    drawing().svg()
  }

  func drawing() -> ChartDrawing {
    let spec = equalScale ? chartSpec().withEqualScale() : chartSpec()
    return ChartDrawing(spec: spec, kind: "line-chart") { seriesMarkup($0) }
  }

  /// Every point that can be plotted on both axes, for the axis ranges.
  private func plottedValues() -> (x: [Double], y: [Double]) {
    var xs: [Double] = []
    var ys: [Double] = []
    for one in series {
      for index in 0..<one.count where xAxis.canPlot(one.x[index]) {
        let edges =
          one.band.map { band in
            [band.lower, band.upper].compactMap { index < $0.count ? $0[index] : nil }
          } ?? []
        for value in [one.y[index]] + edges where yAxis.canPlot(value) {
          xs.append(one.x[index])
          ys.append(value)
        }
      }
    }
    xs += verticalMarkers.map(\.x)
    ys += horizontalMarkers.map(\.y)
    let extra = overlays.values(xAxis: xAxis, yAxis: yAxis)
    return (xs + extra.x, ys + extra.y)
  }

  func chartSpec() -> ChartSpec {
    let values = plottedValues()
    var groups: Set<String> = []
    let shown = series.indices.filter { index in
      guard series[index].showsInLegend else { return false }
      guard let group = series[index].legendGroup else { return true }
      return groups.insert(group).inserted
    }
    let entries = shown.map { index in
      let style = style(ofSeriesAt: index)
      let one = series[index]
      let marker = one.markers == .none ? nil : style.marker
      let name =
        (one.legendGroup ?? columnName(of: index)) + (one.legendNote.map { " " + $0 } ?? "")
      return LegendEntry(
        name: name, color: style.color,
        swatch: one.drawsLine ? .line(dash: style.dash, marker: marker) : .marker(style.marker),
        lineWidth: one.lineWidth, opacity: one.opacity)
    }
    return ChartSpec(
      title: title, description: resolvedDescription, xAxis: xAxis, yAxis: yAxis,
      xLabels: .ticks(xAxis.ticks(for: values.x)), yTicks: yAxis.ticks(for: values.y),
      legendEntries: entries + overlays.legendEntries, legendTitle: legendTitle,
      legendPlacement: legend,
      verticalMarkers: verticalMarkers, horizontalMarkers: horizontalMarkers,
      plotWidth: plotWidth, plotHeight: plotHeight,
      occupied: series.flatMap { one in
        var lines = [Array(zip(one.x, one.y))]
        if let band = one.band {
          lines.append(Array(zip(one.x, band.lower)))
          lines.append(Array(zip(one.x, band.upper)))
        }
        return lines
      } + overlays.occupied, spans: spans)
  }

  /// The series' markup in the pixel space of `layout`.
  func seriesMarkup(_ layout: ChartLayout) -> [String] {
    guard let xMap = layout.x else { return [] }
    let defaultWidth = series.count > 8 ? Theme.lineWidth * 0.75 : Theme.lineWidth
    let guardRect = SeriesRenderer.guardRect(layout.plot)
    let hasData = series.contains { one in
      (0..<one.count).contains { xAxis.canPlot(one.x[$0]) && yAxis.canPlot(one.y[$0]) }
    }
    let note =
      hasData || !shapes.isEmpty || !labelledPoints.isEmpty
      ? [] : [ChartRenderer.noDataNote(layout)]
    let order = series.indices.sorted { (series[$0].layer, $0) < (series[$1].layer, $1) }
    return note
      + order.map { index in
        let one = series[index]
        let style = style(ofSeriesAt: index)
        var parts: [String] = []
        if let band = one.band {
          parts += bandPaths(band, x: one.x, xMap: xMap, yMap: layout.y, guardRect: guardRect)
            .map {
              SVGDocument.element(
                "path",
                [
                  ("class", "band"), ("d", $0), ("fill", style.color.hex), ("fill-opacity", "0.18"),
                  ("stroke", "none"),
                ])
            }
        }
        let runs = SeriesRenderer.runs(
          x: Array(one.x.prefix(one.count)), y: one.y, xMap: xMap, yMap: layout.y)
        var stroke = SeriesRenderer.strokeAttributes(
          color: style.color, dash: style.dash, width: one.lineWidth ?? defaultWidth)
        if one.opacity < 1 {
          stroke.append(("stroke-opacity", NumberFormatting.fixed(one.opacity)))
        }
        let lines = SeriesRenderer.linePaths(
          runs.map { SeriesRenderer.stepped($0, one.interpolation) }, guardRect: guardRect,
          attributes: [("class", "line")] + stroke)
        if one.drawsLine { parts += lines.paths }
        let chosen = Set(one.markers.indices(count: one.count, seriesIndex: index))
        let marked = runs.joined().filter { chosen.contains($0.0) }.map(\.1)
        let lone = (one.drawsLine ? lines.lonePoints : []).filter { point in
          !marked.contains { $0.x == point.x && $0.y == point.y }
        }
        parts += lone.map {
          SVGDocument.element(
            "circle",
            [
              ("class", "lone-point"), ("cx", NumberFormatting.fixed($0.x)),
              ("cy", NumberFormatting.fixed($0.y)), ("r", "2.5"), ("fill", style.color.hex),
            ])
        }
        if one.markers != .none {
          parts.append(
            SeriesRenderer.markers(
              marked, shape: style.marker, color: style.color, plot: layout.plot,
              seriesIndex: index))
        }
        return SVGDocument.group(
          [
            ("class", "series"), ("data-series", String(index)), ("data-name", plainText(one.name)),
          ],
          parts)
      } + overlays.shapeMarkup(layout) + overlays.pointMarkup(layout)
  }

  /// The band as closed paths: one per run where x and both edges are plottable.
  private func bandPaths(
    _ band: ErrorBand, x: [Double], xMap: AxisMap, yMap: AxisMap, guardRect: Rect
  ) -> [String] {
    let count = min(x.count, band.lower.count, band.upper.count)
    let lowerRuns = SeriesRenderer.runs(
      x: Array(x.prefix(count)), y: band.lower, xMap: xMap, yMap: yMap)
    let upper = SeriesRenderer.runs(
      x: Array(x.prefix(count)), y: band.upper, xMap: xMap, yMap: yMap)
    let upperByIndex = Dictionary(uniqueKeysWithValues: upper.joined().map { ($0.0, $0.1) })
    var paths: [String] = []
    for run in lowerRuns {
      // Split each lower run where the upper edge has a gap.
      var current: [(Point, Point)] = []
      for (index, low) in run + [(-1, (0, 0))] {
        if index >= 0, let high = upperByIndex[index] {
          current.append((low, high))
          continue
        }
        if current.count > 1 {
          let outline = current.map(\.1) + current.reversed().map(\.0)
          let clipped = Geometry.clipPolygon(outline, to: guardRect)
          if clipped.count > 2 { paths.append(SeriesRenderer.pathData(clipped) + "Z") }
        }
        current = []
      }
    }
    return paths
  }
}
