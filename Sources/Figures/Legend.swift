/// One line of a legend: a swatch drawn like the series, and its name.
struct LegendEntry: Sendable {
  enum Swatch: Sendable {
    /// A short line with the series' dash and an optional marker in its middle.
    case line(dash: DashPattern, marker: MarkerShape?)
    /// A single marker (scatter points).
    case marker(MarkerShape)
    /// A filled square (bars).
    case box
    /// A marker filled with the entry's colour, outlined in another (points on a heat map).
    case outlinedMarker(MarkerShape, outline: Color)
  }
  var name: String
  var color: Color
  var swatch: Swatch
  /// A line swatch's width and opacity when the series sets them (a wide light band).
  var lineWidth: Double? = nil
  var opacity: Double = 1
}

/// The measured legend: entries in columns, filled top to bottom, then left to right.
///
///     rows = ⌈n / columns⌉,   columns = ⌈n / rows that fit beside the plot⌉ (at most 4)
///
/// When four columns still do not fit beside the plot, the legend grows taller than the
/// plot and the canvas grows with it.
struct Legend: Sendable {
  static let maximumColumns = 4

  var entries: [LegendEntry]
  var title: String?
  var columns: Int
  var rows: Int
  var columnWidth: Double

  /// Lays `entries` out to be at most `maximumHeight` tall where possible.
  init(entries: [LegendEntry], title: String?, maximumHeight: Double) {
    self.entries = entries
    self.title = title.flatMap { $0.isEmpty ? nil : $0 }
    let titleRows = self.title == nil ? 0.0 : 1.0
    let available = maximumHeight - 2 * Theme.legendPadding - titleRows * Theme.legendRowHeight
    let fitting = max(1, Int(available / Theme.legendRowHeight))
    let count = max(1, entries.count)
    columns = min(Legend.maximumColumns, (count + fitting - 1) / fitting)
    rows = (count + columns - 1) / columns
    let longest =
      entries.map { TextMetrics.width(of: $0.name, fontSize: Theme.legendFontSize) }
      .max() ?? 0
    columnWidth = Theme.legendSwatchWidth + 8 + longest + 16
  }

  /// The legend's size, including its padding.
  var width: Double {
    let titleWidth = TextMetrics.width(
      of: title ?? "", fontSize: Theme.legendFontSize, bold: true)
    let body = max(Double(columns) * columnWidth - 16, titleWidth)
    return body + 2 * Theme.legendPadding
  }

  var height: Double {
    let titleRows = title == nil ? 0 : 1
    return Double(rows + titleRows) * Theme.legendRowHeight + 2 * Theme.legendPadding
  }

  /// The legend's markup with its top-left corner at `(x, y)`.
  func svg(x: Double, y: Double) -> String {
    func f(_ value: Double) -> String { NumberFormatting.fixed(value) }
    var parts = [
      SVGDocument.element(
        "rect",
        [
          ("class", "legend-box"), ("x", f(x)), ("y", f(y)), ("width", f(width)),
          ("height", f(height)), ("fill", "#FFFFFF"), ("fill-opacity", "0.9"),
          ("stroke", "#CCCCCC"), ("rx", "3"),
        ])
    ]
    var top = y + Theme.legendPadding
    if let title {
      parts.append(
        SVGDocument.element(
          "text",
          [
            ("x", f(x + Theme.legendPadding)), ("y", f(top + Theme.legendRowHeight / 2)),
            ("dy", "0.35em"), ("font-weight", "bold"),
          ], content: title))
      top += Theme.legendRowHeight
    }
    for (index, entry) in entries.enumerated() {
      let column = index / rows
      let row = index % rows
      let left = x + Theme.legendPadding + Double(column) * columnWidth
      let middle = top + (Double(row) + 0.5) * Theme.legendRowHeight
      parts.append(swatch(entry, x: left, y: middle))
      parts.append(
        SVGDocument.richText(
          entry.name, fontSize: Theme.legendFontSize,
          [
            ("x", f(left + Theme.legendSwatchWidth + 8)),
            ("y", f(middle + 0.35 * Theme.legendFontSize)),
          ]))
    }
    return SVGDocument.group(
      [("class", "legend"), ("font-size", f(Theme.legendFontSize)), ("fill", Theme.textColor)],
      parts)
  }

  private func swatch(_ entry: LegendEntry, x: Double, y: Double) -> String {
    func f(_ value: Double) -> String { NumberFormatting.fixed(value) }
    let center = x + Theme.legendSwatchWidth / 2
    switch entry.swatch {
    case .line(let dash, let marker):
      var line: [(String, String)] = [
        ("x1", f(x)), ("y1", f(y)), ("x2", f(x + Theme.legendSwatchWidth)), ("y2", f(y)),
        ("stroke", entry.color.hex),
        ("stroke-width", f(min(entry.lineWidth ?? Theme.lineWidth, 8))),
      ]
      if entry.opacity < 1 { line.append(("stroke-opacity", f(entry.opacity))) }
      if let pattern = dash.dashArray { line.append(("stroke-dasharray", pattern)) }
      var parts = [SVGDocument.element("line", line)]
      if let marker {
        parts.append(markerGroup(marker, x: center, y: y, color: entry.color))
      }
      return SVGDocument.group([("class", "legend-swatch")], parts)
    case .marker(let marker):
      return SVGDocument.group(
        [("class", "legend-swatch")], [markerGroup(marker, x: center, y: y, color: entry.color)])
    case .outlinedMarker(let marker, let outline):
      return SVGDocument.group(
        [
          ("class", "legend-swatch"), ("fill", entry.color.hex), ("stroke", outline.hex),
          ("stroke-width", "1"),
        ],
        [marker.svg(x: center, y: y, radius: Theme.markerRadius + 0.5, color: outline)])
    case .box:
      return SVGDocument.element(
        "rect",
        [
          ("class", "legend-swatch"), ("x", f(center - 7)), ("y", f(y - 7)), ("width", "14"),
          ("height", "14"), ("fill", entry.color.hex),
        ])
    }
  }

  private func markerGroup(_ marker: MarkerShape, x: Double, y: Double, color: Color) -> String {
    SVGDocument.group(
      [("fill", color.hex), ("stroke", "#FFFFFF"), ("stroke-width", "1")],
      [marker.svg(x: x, y: y, radius: Theme.markerRadius + 0.5, color: color)])
  }
}
