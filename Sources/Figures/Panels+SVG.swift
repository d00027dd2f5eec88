import Foundation

extension Panels {
  /// The figure as one standalone SVG document.
  public func svg() -> String {
    let pad = Theme.padding
    var drawings = panels.compactMap { ($0.chart as? any DrawableChart)?.drawing() }
    var entries: [LegendEntry] = []
    for drawing in drawings {
      for entry in drawing.spec.legendEntries
      where drawing.spec.legendPlacement != .hidden
        && !entries.contains(where: { $0.name == entry.name && $0.color == entry.color })
      {
        entries.append(entry)
      }
    }
    let merged =
      legend == .hidden || entries.isEmpty
      ? nil : Legend(entries: entries, title: nil, maximumHeight: 300)
    let count = Double(max(1, drawings.count))
    let height = plotHeight ?? (arrangement == .row ? 300 : 240)
    let legendRoom = merged.map { $0.width + Theme.legendGap } ?? 0
    let panelWidth =
      arrangement == .row
      ? max(160, (Panels.canvasWidth - legendRoom) / count - 95)
      : max(200, Panels.canvasWidth - legendRoom - 110)
    for index in drawings.indices {
      var spec = drawings[index].spec
      spec.legendPlacement = .hidden
      spec.titleFontSize = Theme.axisTitleFontSize
      spec.plotWidth = panelWidth
      spec.fillsCanvas = false
      spec.plotHeight = height
      if spec.hasEqualScale { spec = spec.withEqualScale() }
      drawings[index].spec = spec
    }
    shareAxes(&drawings)
    let layouts = drawings.map { ChartLayout($0.spec, legend: nil) }

    let titleLines = TextMetrics.wrap(
      title, width: Panels.canvasWidth - 2 * pad, fontSize: Theme.titleFontSize, bold: true)
    let titleHeight = titleLines.isEmpty ? 0 : Double(titleLines.count) * Theme.titleLineHeight + 8
    let top = pad + titleHeight
    var origins: [(Double, Double)] = []
    var width = 0.0
    var bottom = top
    switch arrangement {
    case .row:
      let plotTop = layouts.map(\.plot.y).max() ?? 0
      var x = 0.0
      for layout in layouts {
        let y = top + plotTop - layout.plot.y
        origins.append((x, y))
        x += layout.width
        bottom = max(bottom, y + layout.height)
      }
      width = x
    case .column:
      let plotLeft = layouts.map(\.plot.x).max() ?? 0
      var y = top
      for layout in layouts {
        let x = plotLeft - layout.plot.x
        origins.append((x, y))
        y += layout.height
        width = max(width, x + layout.width)
      }
      bottom = y
    }
    let firstPlot = layouts.first.map { ($0.plot.x, $0.plot.y) } ?? (0, 0)
    let legendX = width + Theme.legendGap - pad
    if let merged { width = legendX + merged.width + pad }
    let legendY = (origins.first?.1 ?? top) + firstPlot.1
    if let merged { bottom = max(bottom, legendY + merged.height + pad) }

    var document = SVGDocument(
      width: width.rounded(.up), height: bottom.rounded(.up),
      title: title.isEmpty ? "panels" : plainText(title),
      description: plainText(resolvedDescription))
    var parts = [
      SVGDocument.element(
        "rect",
        [
          ("class", "background"), ("width", f(document.width)), ("height", f(document.height)),
          ("fill", "#FFFFFF"),
        ])
    ]
    for (index, line) in titleLines.enumerated() {
      parts.append(
        SVGDocument.richText(
          line, fontSize: Theme.titleFontSize,
          [
            ("class", "title"), ("x", f(width / 2)),
            ("y", f(pad + Theme.titleFontSize * 0.8 + Double(index) * Theme.titleLineHeight)),
            ("text-anchor", "middle"), ("font-size", f(Theme.titleFontSize)),
            ("font-weight", "bold"), ("fill", Theme.textColor),
          ]))
    }
    for index in drawings.indices {
      let drawing = drawings[index]
      let layout = layouts[index]
      let (definitions, markup) = ChartRenderer.body(
        drawing.spec, layout: layout, kind: drawing.kind, data: drawing.data(layout),
        overlay: drawing.overlay(layout), idPrefix: document.idPrefix + "-p\(index)")
      document.definitions += definitions
      parts.append(
        SVGDocument.group(
          [
            ("class", "panel"), ("data-panel", plainText(panels[index].name)),
            ("transform", "translate(\(f(origins[index].0)) \(f(origins[index].1)))"),
          ], [markup]))
    }
    if let merged { parts.append(merged.svg(x: legendX, y: legendY)) }
    document.append(SVGDocument.group([("class", "panels")], parts))
    return document.rendered()
  }

  private func f(_ value: Double) -> String { NumberFormatting.fixed(value) }

  /// Gives every panel the union range of the shared axes, and drops repeated titles.
  private func shareAxes(_ drawings: inout [ChartDrawing]) {
    func union(_ sets: [TickSet], _ axis: Axis) -> TickSet? {
      guard let low = sets.map(\.lower).min(), let high = sets.map(\.upper).max() else {
        return nil
      }
      return axis.scale == .log
        ? Ticks.log(lower: low, upper: high, fixed: true)
        : Ticks.linear(lower: low, upper: high, fixed: true)
    }
    if sharesX, let first = drawings.first,
      let shared = union(drawings.compactMap(\.spec.xTicks), first.spec.xAxis)
    {
      for index in drawings.indices where drawings[index].spec.xTicks != nil {
        drawings[index].spec.xLabels = .ticks(shared)
        if arrangement == .column && index != drawings.count - 1 {
          drawings[index].spec.xAxis.title = ""
        }
      }
    }
    if sharesY, let first = drawings.first,
      let shared = union(drawings.map(\.spec.yTicks), first.spec.yAxis)
    {
      for index in drawings.indices {
        drawings[index].spec.yTicks = shared
        if arrangement == .row && index != 0 { drawings[index].spec.yAxis.title = "" }
      }
    }
  }
}
