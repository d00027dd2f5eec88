extension HeatMap {
  /// The colour bar right of the plot: a stack of 64 bands, ticks and labels, its title
  /// turned by −90°, and a "no data" swatch under it when a cell is missing.
  func colorBar(_ layout: ChartLayout) -> [String] {
    func f(_ value: Double) -> String { NumberFormatting.fixed(value) }
    let plot = layout.plot
    let left = plot.maxX + HeatMap.barGap
    let swatch = hasMissing ? 14.0 : 0
    let top = plot.y
    let height = plot.height - (hasMissing ? swatch + 10 : 0)
    let (low, high) = resolvedRange
    let steps = 64
    var parts: [String] = []
    for step in 0..<steps {
      let fraction = (Double(step) + 0.5) / Double(steps)
      let y = top + height * (1 - Double(step + 1) / Double(steps))
      parts.append(
        SVGDocument.element(
          "rect",
          [
            ("x", f(left)), ("y", f(y)), ("width", f(HeatMap.barWidth)),
            ("height", f(height / Double(steps) + 0.25)),
            ("fill", colorMap.color(at: fraction).hex),
          ]))
    }
    let barTicks = colorBarTicks()
    var ticks: [String] = []
    let labelX = left + HeatMap.barWidth + Theme.tickLength + Theme.tickLabelGap
    for tick in barTicks.major {
      let y = top + height * (1 - (tick.value - low) / (high - low))
      ticks.append(
        SVGDocument.element(
          "line",
          [
            ("x1", f(left + HeatMap.barWidth)), ("y1", f(y)),
            ("x2", f(left + HeatMap.barWidth + Theme.tickLength)), ("y2", f(y)),
          ]))
      ticks.append(
        SVGDocument.text(
          tick.label,
          [("class", "colorbar-tick-label"), ("x", f(labelX)), ("y", f(y)), ("dy", "0.35em")]))
    }
    var labelWidth =
      barTicks.major.map { TextMetrics.width(of: $0.label, fontSize: Theme.tickFontSize) }.max()
      ?? 0
    if hasMissing {
      let y = plot.maxY - swatch
      parts.append(
        SVGDocument.element(
          "rect",
          [
            ("class", "no-data-swatch"), ("x", f(left)), ("y", f(y)),
            ("width", f(HeatMap.barWidth)), ("height", f(swatch)),
            ("fill", HeatMap.noDataColor.hex), ("stroke", Theme.axisColor),
            ("stroke-width", "0.5"),
          ]))
      parts.append(
        SVGDocument.element(
          "text",
          [
            ("class", "no-data-label"), ("x", f(labelX)), ("y", f(y + swatch / 2)),
            ("dy", "0.35em"),
          ], content: "no data"))
      labelWidth = max(labelWidth, TextMetrics.width(of: "no data", fontSize: Theme.tickFontSize))
    }
    parts.append(
      SVGDocument.element(
        "rect",
        [
          ("x", f(left)), ("y", f(top)), ("width", f(HeatMap.barWidth)), ("height", f(height)),
          ("fill", "none"), ("stroke", Theme.axisColor), ("stroke-width", "0.5"),
        ]))
    if !colorBarTitle.isEmpty {
      let cx = labelX + labelWidth + 6 + Theme.axisTitleFontSize * 0.85
      let cy = top + height / 2
      parts.append(
        SVGDocument.richText(
          colorBarTitle, fontSize: Theme.axisTitleFontSize,
          [
            ("class", "colorbar-title"), ("x", f(cx)), ("y", f(cy)), ("text-anchor", "middle"),
            ("transform", "rotate(-90 \(f(cx)) \(f(cy)))"),
            ("font-size", f(Theme.axisTitleFontSize)),
          ]))
    }
    return [
      SVGDocument.group(
        [
          ("class", "colorbar"), ("font-size", f(Theme.tickFontSize)), ("fill", Theme.textColor),
          ("stroke-linecap", "butt"),
        ],
        [SVGDocument.group([("class", "colorbar-bands")], parts)]
          + [
            SVGDocument.group(
              [("class", "colorbar-ticks"), ("stroke", Theme.axisColor)],
              ticks.filter { $0.hasPrefix("<line") })
          ] + ticks.filter { !$0.hasPrefix("<line") }
      )
    ]
  }
}
