extension BarChart: DrawableChart {
  /// The chart as a standalone SVG document.
  public func svg() -> String {
    drawing().svg()
  }

  func drawing() -> ChartDrawing {
    ChartDrawing(spec: chartSpec(), kind: "bar-chart") { data($0) }
  }

  /// The value of group `group` in category `category`, if it exists.
  func value(_ group: Int, _ category: Int) -> Double? {
    let values = groups[group].values
    return category < values.count ? values[category] : nil
  }

  func chartSpec() -> ChartSpec {
    var axis = yAxis
    axis.includesZero = true
    axis.zeroIsSticky = true
    var values = horizontalMarkers.map(\.y)
    for group in groups.indices {
      values += categories.indices.compactMap { value(group, $0) }
    }
    let entries = groups.indices.map {
      LegendEntry(name: groups[$0].name, color: color(ofGroupAt: $0), swatch: .box)
    }
    let width = effectivePlotWidth
    return ChartSpec(
      title: title, description: resolvedDescription, xAxis: Axis(title: xTitle), yAxis: axis,
      xLabels: .categories(CategoryLabels(names: categories, plotWidth: width)),
      yTicks: axis.ticks(for: values), legendEntries: entries, legendTitle: legendTitle,
      legendPlacement: legend == .insideIfEmpty ? .right : legend, verticalMarkers: [],
      horizontalMarkers: horizontalMarkers, plotWidth: width, plotHeight: plotHeight,
      occupied: [])
  }

  private func data(_ layout: ChartLayout) -> [String] {
    func f(_ value: Double) -> String { NumberFormatting.fixed(value) }
    let plot = layout.plot
    let band = layout.categoryBand
    let barWidth = min(
      BarChart.maximumBarWidth, band * BarChart.groupFraction / Double(max(1, groups.count)))
    let groupWidth = barWidth * Double(groups.count)
    let base = layout.y.axis.scale == .log ? layout.y.ticks.lower : 0
    guard let baseline = layout.y.position(base) else { return [] }
    let hasData = groups.indices.contains { group in
      categories.indices.contains { value(group, $0).map(layout.y.axis.canPlot) ?? false }
    }
    var parts = hasData ? [] : [ChartRenderer.noDataNote(layout)]
    for group in groups.indices {
      var bars: [String] = []
      for category in categories.indices {
        guard let value = value(group, category), let top = layout.y.position(value) else {
          continue
        }
        let left =
          plot.x + Double(category) * band + (band - groupWidth) / 2
          + Double(group) * barWidth
        bars.append(
          SVGDocument.element(
            "rect",
            [
              ("x", f(left)), ("y", f(min(top, baseline))), ("width", f(barWidth)),
              ("height", f(abs(top - baseline))),
            ]))
      }
      parts.append(
        SVGDocument.group(
          [
            ("class", "series bars"), ("data-series", String(group)),
            ("data-name", groups[group].name), ("fill", color(ofGroupAt: group).hex),
            ("stroke", "#FFFFFF"), ("stroke-width", barWidth > 8 ? "1" : "0.5"),
          ], bars))
    }
    parts.append(
      SVGDocument.element(
        "line",
        [
          ("class", "baseline"), ("x1", f(plot.x)), ("y1", f(baseline)), ("x2", f(plot.maxX)),
          ("y2", f(baseline)), ("stroke", Theme.axisColor), ("stroke-width", "1"),
        ]))
    return parts
  }
}
