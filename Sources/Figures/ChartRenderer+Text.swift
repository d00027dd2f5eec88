extension ChartRenderer {
  /// The chart title, the axis titles, and the vertical markers' labels with the short
  /// lines that join each label to its marker.
  static func titles(_ spec: ChartSpec, _ layout: ChartLayout) -> [String] {
    var parts: [String] = []
    for (index, line) in layout.titleLines.enumerated() {
      let baseline =
        Theme.padding + layout.titleFontSize * 0.8
        + Double(index) * Theme.titleLineHeight * layout.titleFontSize / Theme.titleFontSize
      parts.append(
        SVGDocument.richText(
          line, fontSize: layout.titleFontSize,
          [
            ("class", "title"), ("x", f(layout.titleX)), ("y", f(baseline)),
            ("text-anchor", "middle"), ("font-size", f(layout.titleFontSize)),
            ("font-weight", "bold"), ("fill", Theme.textColor),
          ]))
    }
    return parts + axisTitles(spec, layout) + markerLabels(layout)
  }

  /// The x title centred under the plot, the y title turned by −90° left of it.
  static func axisTitles(_ spec: ChartSpec, _ layout: ChartLayout) -> [String] {
    let plot = layout.plot
    let axisFont = Theme.axisTitleFontSize
    var parts: [String] = []
    if !spec.xAxis.title.isEmpty {
      parts.append(
        SVGDocument.richText(
          spec.xAxis.title, fontSize: axisFont,
          [
            ("class", "axis-title x"), ("x", f(plot.x + plot.width / 2)),
            ("y", f(layout.xTitleBaseline)), ("text-anchor", "middle"),
            ("font-size", f(axisFont)), ("fill", Theme.textColor),
          ]))
    }
    if !spec.yAxis.title.isEmpty {
      let cx = Theme.padding + axisFont * 0.85
      let cy = plot.y + plot.height / 2
      parts.append(
        SVGDocument.richText(
          spec.yAxis.title, fontSize: axisFont,
          [
            ("class", "axis-title y"), ("x", f(cx)), ("y", f(cy)), ("text-anchor", "middle"),
            ("transform", "rotate(-90 \(f(cx)) \(f(cy)))"), ("font-size", f(axisFont)),
            ("fill", Theme.textColor),
          ]))
    }
    return parts
  }

  /// Each vertical marker's label above the plot, joined to its line by a continuation
  /// of the line unless another label is in the way.
  static func markerLabels(_ layout: ChartLayout) -> [String] {
    var parts: [String] = []
    for label in layout.markerLabels {
      if let top = label.connectorTop, top < layout.plot.y {
        var attributes = [
          ("class", "marker-connector"), ("x1", f(label.lineX)), ("y1", f(layout.plot.y)),
          ("x2", f(label.lineX)), ("y2", f(top)), ("stroke", label.color.hex),
          ("stroke-width", "1.5"),
        ]
        if let pattern = label.dash.dashArray { attributes.append(("stroke-dasharray", pattern)) }
        parts.append(SVGDocument.element("line", attributes))
      }
      parts.append(
        SVGDocument.richText(
          label.text, fontSize: Theme.markerLabelFontSize,
          [
            ("class", "marker-label"), ("x", f(label.x)),
            ("y", f(label.y + 0.35 * Theme.markerLabelFontSize)),
            ("text-anchor", "middle"), ("font-size", f(Theme.markerLabelFontSize)),
            ("fill", label.color.hex),
          ]))
    }
    return parts
  }

  /// A grey "no data" note in the middle of the plot, for charts with nothing to draw.
  static func noDataNote(_ layout: ChartLayout) -> String {
    SVGDocument.element(
      "text",
      [
        ("class", "no-data"), ("x", f(layout.plot.x + layout.plot.width / 2)),
        ("y", f(layout.plot.y + layout.plot.height / 2)), ("dy", "0.35em"),
        ("text-anchor", "middle"), ("font-size", f(Theme.axisTitleFontSize)),
        ("fill", "#888888"),
      ], content: "no data")
  }
}
