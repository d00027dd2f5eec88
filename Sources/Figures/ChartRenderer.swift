/// Draws what every chart shares — background, grid, axes, titles, reference lines,
/// marker labels, legend — around the data markup a chart type provides.
///
/// Paint order: background, grid, shaded spans, reference lines (thin and light, under
/// the data so they never hide a series), data (clipped to the plot area), reference
/// labels, axes, text, overlays outside the plot (a colour bar), legend.
enum ChartRenderer {
  static func f(_ value: Double) -> String { NumberFormatting.fixed(value) }

  /// The finished SVG document.
  /// - Parameters:
  ///   - kind: The chart's class name on the root group (`"line-chart"`, …).
  ///   - data: Markup of the data, already in pixel coordinates of `layout`.
  static func render(
    _ spec: ChartSpec, layout: ChartLayout, kind: String, data: [String],
    overlay: [String] = []
  ) -> String {
    var document = SVGDocument(
      width: layout.width, height: layout.height,
      title: spec.title.isEmpty ? kind : plainText(spec.title),
      description: plainText(spec.description))
    let (definitions, markup) = body(
      spec, layout: layout, kind: kind, data: data, overlay: overlay,
      idPrefix: document.idPrefix)
    document.definitions += definitions
    document.append(markup)
    return document.rendered()
  }

  /// The chart's clip path and its markup, ids starting with `idPrefix`: what `render`
  /// wraps in a document, and what `Panels` places side by side.
  static func body(
    _ spec: ChartSpec, layout: ChartLayout, kind: String, data: [String], overlay: [String],
    idPrefix: String
  ) -> (definitions: [String], markup: String) {
    let clipID = idPrefix + "-plot"
    let plot = layout.plot
    var definitions: [String] = []
    definitions.append(
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
        spans(spec, layout) + referenceLines(spec, layout) + data
          + referenceLabels(spec, layout)),
      AxisRenderer.axes(spec, layout),
    ]
    parts.append(contentsOf: titles(spec, layout))
    parts.append(contentsOf: overlay)
    if let legend = layout.legend, let frame = layout.legendFrame {
      parts.append(legend.svg(x: frame.x, y: frame.y))
    }
    return (definitions, SVGDocument.group([("class", kind)], parts))
  }

  /// Light grid lines at the major ticks, and a darker line at 0 on a linear axis
  /// whose domain straddles it: only when 0 lies in the middle 80 % of the domain, so
  /// that a line at 0 next to the axis line (data starting at 0, plus the margin) does
  /// not look like a doubled spine.
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
        if !ChartRenderer.isInside(0, layout.y.ticks) { continue }
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
          if !ChartRenderer.isInside(0, x.ticks) { continue }
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

  /// Whether `value` lies in the middle 80 % of the domain of `ticks`.
  static func isInside(_ value: Double, _ ticks: TickSet) -> Bool {
    let span = ticks.upper - ticks.lower
    guard span > 0 else { return false }
    let fraction = (value - ticks.lower) / span
    return fraction > 0.1 && fraction < 0.9
  }

  /// The vertical and horizontal reference lines, 1 px and at 70 % opacity (their
  /// vertical labels are drawn with the titles, outside the clip).
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
    }
    return parts
  }

  /// The horizontal reference lines' labels, inside the plot on a white halo, over the
  /// data.
  static func referenceLabels(_ spec: ChartSpec, _ layout: ChartLayout) -> [String] {
    let plot = layout.plot
    var parts: [String] = []
    for marker in spec.horizontalMarkers {
      guard let py = layout.y.position(marker.y), !marker.label.isEmpty else { continue }
      let above = py - 6 > plot.y + Theme.markerLabelFontSize + 4
      parts.append(
        SVGDocument.richText(
          marker.label, fontSize: Theme.markerLabelFontSize,
          [
            ("class", "reference-label"),
            ("x", f(marker.labelEnd == .right ? plot.maxX - 8 : plot.x + 8)),
            ("y", f(above ? py - 6 : py + Theme.markerLabelFontSize + 4)),
            ("text-anchor", marker.labelEnd == .right ? "end" : "start"),
            ("font-size", f(Theme.markerLabelFontSize)),
            ("fill", marker.color.hex), ("stroke", "#FFFFFF"), ("stroke-width", "3"),
            ("paint-order", "stroke"),
          ]))
    }
    return parts
  }

  private static func referenceLine(
    _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, color: Color, dash: DashPattern,
    kind: String
  ) -> String {
    var attributes = [
      ("class", "reference-line \(kind)"), ("x1", f(x1)), ("y1", f(y1)), ("x2", f(x2)),
      ("y2", f(y2)), ("stroke", color.hex), ("stroke-width", "1"),
      ("stroke-opacity", "0.7"),
    ]
    if let pattern = dash.dashArray { attributes.append(("stroke-dasharray", pattern)) }
    return SVGDocument.element("line", attributes)
  }
}
