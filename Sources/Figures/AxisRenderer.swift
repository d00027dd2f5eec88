/// Draws the two axis lines with their ticks and tick labels.
///
/// The axes are the left and bottom edges of the plot area. Major ticks point outward
/// 5 px with labels beyond them; minor ticks are 3 px and unlabelled. A category axis
/// has a tick between bands and a label under each labelled band.
enum AxisRenderer {
  private static func f(_ value: Double) -> String { NumberFormatting.fixed(value) }

  static func axes(_ spec: ChartSpec, _ layout: ChartLayout) -> String {
    let plot = layout.plot
    var ticks: [String] = []
    var labels: [String] = []
    let gap = Theme.tickLabelGap
    let labelX = plot.x - Theme.tickLength - gap
    for tick in layout.y.ticks.major {
      guard let py = layout.y.position(tick.value) else { continue }
      ticks.append(line(plot.x - Theme.tickLength, py, plot.x, py))
      labels.append(
        SVGDocument.text(
          tick.label,
          [
            ("class", "tick-label y"), ("x", f(labelX)), ("y", f(py)), ("dy", "0.35em"),
            ("text-anchor", "end"),
          ]))
    }
    for value in layout.y.ticks.minor {
      guard let py = layout.y.position(value) else { continue }
      ticks.append(line(plot.x - Theme.minorTickLength, py, plot.x, py))
    }
    let labelY = plot.maxY + Theme.tickLength + gap + Theme.tickFontSize
    if let x = layout.x {
      for tick in x.ticks.major {
        guard let px = x.position(tick.value) else { continue }
        ticks.append(line(px, plot.maxY, px, plot.maxY + Theme.tickLength))
        labels.append(
          SVGDocument.text(
            tick.label,
            [
              ("class", "tick-label x"), ("x", f(px)), ("y", f(labelY)),
              ("text-anchor", "middle"),
            ]))
      }
      for value in x.ticks.minor {
        guard let px = x.position(value) else { continue }
        ticks.append(line(px, plot.maxY, px, plot.maxY + Theme.minorTickLength))
      }
    } else if case .categories(let categories) = spec.xLabels {
      let band = layout.categoryBand
      for index in 0...categories.names.count {
        let px = plot.x + Double(index) * band
        ticks.append(line(px, plot.maxY, px, plot.maxY + Theme.tickLength))
      }
      for (index, name) in categories.names.enumerated() where categories.isLabelled(index) {
        let px = plot.x + (Double(index) + 0.5) * band
        if categories.isRotated {
          let top = plot.maxY + Theme.tickLength + gap
          labels.append(
            SVGDocument.element(
              "text",
              [
                ("class", "tick-label x category"), ("x", f(px)), ("y", f(top)),
                ("dy", "0.7em"), ("text-anchor", "end"),
                ("transform", "rotate(-45 \(f(px)) \(f(top)))"),
              ], content: name))
        } else {
          labels.append(
            SVGDocument.element(
              "text",
              [
                ("class", "tick-label x category"), ("x", f(px)), ("y", f(labelY)),
                ("text-anchor", "middle"),
              ], content: name))
        }
      }
    }
    let frame = [
      line(plot.x, plot.y, plot.x, plot.maxY), line(plot.x, plot.maxY, plot.maxX, plot.maxY),
    ]
    return SVGDocument.group(
      [("class", "axes"), ("font-size", f(Theme.tickFontSize)), ("fill", Theme.textColor)],
      [
        SVGDocument.group(
          [("class", "ticks"), ("stroke", Theme.axisColor), ("stroke-width", "1")], frame + ticks)
      ]
        + labels)
  }

  private static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> String {
    SVGDocument.element("line", [("x1", f(x1)), ("y1", f(y1)), ("x2", f(x2)), ("y2", f(y2))])
  }
}
