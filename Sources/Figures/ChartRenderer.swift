/// Draws what every chart shares — background, grid, axes, titles, reference lines,
/// marker labels, legend — around the data markup a chart type provides.
///
/// Paint order: background, grid, data (clipped to the plot area), reference lines,
/// axes, text, legend; so nothing is drawn over the axes and the legend is on top.
enum ChartRenderer {
  static func f(_ value: Double) -> String { NumberFormatting.fixed(value) }

  /// The finished SVG document.
  /// - Parameters:
  ///   - kind: The chart's class name on the root group (`"line-chart"`, …).
  ///   - data: Markup of the data, already in pixel coordinates of `layout`.
  static func render(
    _ spec: ChartSpec, layout: ChartLayout, kind: String, data: [String]
  ) -> String {
    var document = SVGDocument(
      width: layout.width, height: layout.height, title: spec.title.isEmpty ? kind : spec.title,
      description: spec.description)
    let clipID = document.idPrefix + "-plot"
    let plot = layout.plot
    document.definitions.append(
      "<clipPath id=\"\(clipID)\">"
        + SVGDocument.element(
          "rect",
          [
            ("x", f(plot.x)), ("y", f(plot.y)), ("width", f(plot.width)),
            ("height", f(plot.height)),
          ])
        + "</clipPath>")
    var parts = [
      SVGDocument.element(
        "rect",
        [
          ("class", "background"), ("width", f(layout.width)),
          ("height", f(layout.height)), ("fill", "#FFFFFF"),
        ]),
      SVGDocument.element(
        "rect",
        [
          ("class", "plot-area"), ("x", f(plot.x)), ("y", f(plot.y)),
          ("width", f(plot.width)), ("height", f(plot.height)), ("fill", "none"),
        ]),
      grid(layout),
      SVGDocument.group(
        [("class", "data"), ("clip-path", "url(#\(clipID))")],
        data + referenceLines(spec, layout)),
      AxisRenderer.axes(spec, layout),
    ]
    parts.append(contentsOf: titles(spec, layout))
    if let legend = layout.legend, let frame = layout.legendFrame {
      parts.append(legend.svg(x: frame.x, y: frame.y))
    }
    document.append(SVGDocument.group([("class", kind)], parts))
    return document.rendered()
  }

  /// Light grid lines at the major ticks, and a darker line at 0 on a linear axis
  /// whose domain straddles it.
  static func grid(_ layout: ChartLayout) -> String {
    let plot = layout.plot
    var lines: [String] = []
    var zero: [String] = []
    func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> String {
      SVGDocument.element("line", [("x1", f(x1)), ("y1", f(y1)), ("x2", f(x2)), ("y2", f(y2))])
    }
    for tick in layout.y.ticks.major {
      guard let py = layout.y.position(tick.value) else { continue }
      let drawn = line(plot.x, py, plot.maxX, py)
      if tick.value == 0 && layout.y.axis.scale == .linear {
        zero.append(drawn)
      } else {
        lines.append(drawn)
      }
    }
    if let x = layout.x {
      for tick in x.ticks.major {
        guard let px = x.position(tick.value) else { continue }
        let drawn = line(px, plot.y, px, plot.maxY)
        if tick.value == 0 && x.axis.scale == .linear {
          zero.append(drawn)
        } else {
          lines.append(drawn)
        }
      }
    }
    return SVGDocument.group(
      [("class", "grid"), ("stroke", Theme.gridColor), ("stroke-width", "1")],
      lines + [SVGDocument.group([("class", "zero-line"), ("stroke", Theme.zeroLineColor)], zero)])
  }

  /// The vertical and horizontal reference lines (their vertical labels are drawn with
  /// the titles, outside the clip; horizontal labels sit inside the plot on a halo).
  static func referenceLines(_ spec: ChartSpec, _ layout: ChartLayout) -> [String] {
    let plot = layout.plot
    var parts: [String] = []
    for marker in spec.verticalMarkers {
      guard let px = layout.x?.position(marker.x) else { continue }
      parts.append(
        referenceLine(
          px, plot.y, px, plot.maxY, color: marker.color, dash: marker.dash, kind: "vertical"))
    }
    for marker in spec.horizontalMarkers {
      guard let py = layout.y.position(marker.y) else { continue }
      parts.append(
        referenceLine(
          plot.x, py, plot.maxX, py, color: marker.color, dash: marker.dash, kind: "horizontal"))
      guard !marker.label.isEmpty else { continue }
      let above = py - 6 > plot.y + Theme.markerLabelFontSize + 4
      parts.append(
        SVGDocument.element(
          "text",
          [
            ("class", "reference-label"), ("x", f(plot.maxX - 8)),
            ("y", f(above ? py - 6 : py + Theme.markerLabelFontSize + 4)),
            ("text-anchor", "end"), ("font-size", f(Theme.markerLabelFontSize)),
            ("fill", marker.color.hex), ("stroke", "#FFFFFF"), ("stroke-width", "3"),
            ("paint-order", "stroke"),
          ], content: marker.label))
    }
    return parts
  }

  private static func referenceLine(
    _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, color: Color, dash: DashPattern,
    kind: String
  ) -> String {
    var attributes = [
      ("class", "reference-line \(kind)"), ("x1", f(x1)), ("y1", f(y1)), ("x2", f(x2)),
      ("y2", f(y2)), ("stroke", color.hex), ("stroke-width", "1.5"),
    ]
    if let pattern = dash.dashArray { attributes.append(("stroke-dasharray", pattern)) }
    return SVGDocument.element("line", attributes)
  }
}
