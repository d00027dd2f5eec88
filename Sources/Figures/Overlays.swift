/// What line, scatter and contour charts draw in data coordinates besides their own
/// data: shapes, labelled points and shaded spans.
struct Overlays: Sendable {
  var shapes: [DataShape]
  var points: [LabelledPoint]
  var spans: [VerticalSpan]

  /// The plottable coordinates the axes must include.
  func values(xAxis: Axis, yAxis: Axis) -> (x: [Double], y: [Double]) {
    var xs: [Double] = []
    var ys: [Double] = []
    for vertex in shapes.flatMap(\.vertices) + points.map({ (x: $0.x, y: $0.y) })
    where xAxis.canPlot(vertex.x) && yAxis.canPlot(vertex.y) {
      xs.append(vertex.x)
      ys.append(vertex.y)
    }
    for span in spans {
      xs += [span.from, span.to].filter(xAxis.canPlot)
    }
    return (xs, ys)
  }

  /// Legend entries of the named shapes.
  var legendEntries: [LegendEntry] {
    shapes.filter { !$0.name.isEmpty }.map { shape in
      if let stroke = shape.stroke {
        return LegendEntry(
          name: shape.name, color: stroke, swatch: .line(dash: shape.dash, marker: nil))
      }
      return LegendEntry(name: shape.name, color: shape.fill ?? .gray, swatch: .box)
    }
  }

  /// The outlines as polylines in data units, for the legend's free-corner test.
  var occupied: [[(Double, Double)]] {
    shapes.map { shape in
      let vertices = shape.vertices.map { ($0.x, $0.y) }
      return vertices + vertices.prefix(1)
    } + points.map { [($0.x, $0.y)] }
  }

  /// The shapes' markup (drawn over the data, in order).
  func shapeMarkup(_ layout: ChartLayout) -> [String] {
    guard let xMap = layout.x else { return [] }
    let guardRect = SeriesRenderer.guardRect(layout.plot)
    var parts: [String] = []
    for (index, shape) in shapes.enumerated() {
      var pixels: [Point] = []
      for vertex in shape.vertices {
        guard let px = xMap.position(vertex.x), let py = layout.y.position(vertex.y) else {
          pixels = []
          break
        }
        pixels.append((px, py))
      }
      let clipped = Geometry.clipPolygon(pixels, to: guardRect)
      guard clipped.count > 2 else { continue }
      var attributes: [(String, String)] = [
        ("class", "shape"), ("data-shape", String(index)), ("data-name", plainText(shape.name)),
        ("d", SeriesRenderer.pathData(clipped) + "Z"),
      ]
      if let fill = shape.fill {
        attributes += [
          ("fill", fill.hex), ("fill-opacity", NumberFormatting.fixed(shape.fillOpacity)),
        ]
      } else {
        attributes.append(("fill", "none"))
      }
      if let stroke = shape.stroke {
        attributes += [
          ("stroke", stroke.hex), ("stroke-width", NumberFormatting.fixed(shape.lineWidth)),
          ("stroke-linejoin", "round"),
        ]
        if let pattern = shape.dash.dashArray { attributes.append(("stroke-dasharray", pattern)) }
      }
      parts.append(SVGDocument.element("path", attributes))
    }
    return parts
  }

  /// The labelled points' markers and labels.
  func pointMarkup(_ layout: ChartLayout) -> [String] {
    guard let xMap = layout.x else { return [] }
    let plot = layout.plot
    let font = Theme.markerLabelFontSize
    var parts: [String] = []
    for point in points {
      guard let px = xMap.position(point.x), let py = layout.y.position(point.y),
        plot.expanded(by: 10).contains(px, py)
      else { continue }
      parts.append(
        SVGDocument.group(
          [
            ("class", "labelled-point"), ("fill", point.color.hex), ("stroke", "#FFFFFF"),
            ("stroke-width", "1"),
          ],
          [point.marker.svg(x: px, y: py, radius: Theme.markerRadius + 1, color: point.color)]))
      guard !point.label.isEmpty else { continue }
      let width = TextMetrics.width(of: point.label, fontSize: font)
      let right = px + 8 + width <= plot.maxX - 2
      let above = py - 8 - font >= plot.y + 2
      parts.append(
        SVGDocument.richText(
          point.label, fontSize: font,
          [
            ("class", "point-label"), ("x", NumberFormatting.fixed(right ? px + 7 : px - 7)),
            ("y", NumberFormatting.fixed(above ? py - 7 : py + 7 + font * 0.8)),
            ("text-anchor", right ? "start" : "end"), ("font-size", NumberFormatting.fixed(font)),
            ("fill", point.color.hex), ("stroke", "#FFFFFF"), ("stroke-width", "3"),
            ("paint-order", "stroke"),
          ]))
    }
    return parts
  }

  /// The shapes' vertices and the labelled points as long-form CSV rows
  /// `series,kind,x,y` with kind `shape` or `point`.
  var rows: [[CSVTable.Cell]] {
    var rows: [[CSVTable.Cell]] = []
    for (index, shape) in shapes.enumerated() {
      let name = shape.name.isEmpty ? "shape \(index + 1)" : plainText(shape.name)
      for vertex in shape.vertices {
        rows.append([.text(name), .text("shape"), .number(vertex.x), .number(vertex.y)])
      }
    }
    for point in points {
      rows.append([
        .text(plainText(point.label)), .text("point"), .number(point.x), .number(point.y),
      ])
    }
    return rows
  }
}

extension ChartRenderer {
  /// The shaded spans, under everything else in the plot.
  static func spans(_ spec: ChartSpec, _ layout: ChartLayout) -> [String] {
    guard let xMap = layout.x else { return [] }
    let plot = layout.plot
    return spec.spans.compactMap { span in
      guard let a = xMap.position(span.from), let b = xMap.position(span.to) else { return nil }
      let left = max(min(a, b), plot.x)
      let right = min(max(a, b), plot.maxX)
      guard right > left else { return nil }
      return SVGDocument.element(
        "rect",
        [
          ("class", "span"), ("data-label", plainText(span.label)), ("x", f(left)),
          ("y", f(plot.y)), ("width", f(right - left)), ("height", f(plot.height)),
          ("fill", span.color.hex), ("fill-opacity", f(span.opacity)),
        ])
    }
  }
}
