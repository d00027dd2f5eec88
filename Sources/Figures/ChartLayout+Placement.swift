extension ChartLayout {
  /// A vertical marker label's horizontal place and row in the band above the plot.
  struct PlacedLabel {
    var text: String
    var center: Double
    var row: Int
    var color: Color
    var dash: DashPattern
    /// Half the label's estimated width.
    var half: Double
    /// The marker line's pixel x.
    var lineX: Double
  }

  /// Places the labels of `markers` above the plot.
  ///
  /// Each label is centred on its line, then shifted just enough to stay inside the
  /// canvas (padding included). Going left to right, a label takes the lowest row (row
  /// 0 is nearest the plot) where it keeps 8 px clear of every label already there.
  static func placeMarkerLabels(
    _ markers: [VerticalMarker], x: AxisMap?, canvasWidth: Double
  ) -> [PlacedLabel] {
    guard let x else { return [] }
    let font = Theme.markerLabelFontSize
    var candidates: [(index: Int, center: Double, half: Double, line: Double)] = []
    for (index, marker) in markers.enumerated() where !marker.label.isEmpty {
      // A marker outside a fixed x range has no line to label.
      guard let position = x.position(marker.x),
        position >= min(x.start, x.end) - Theme.plotInset,
        position <= max(x.start, x.end) + Theme.plotInset
      else { continue }
      let half = TextMetrics.width(of: marker.label, fontSize: font) / 2
      let lowest = Theme.padding + half
      let highest = canvasWidth - Theme.padding - half
      let center = lowest > highest ? canvasWidth / 2 : min(max(position, lowest), highest)
      candidates.append((index, center, half, position))
    }
    candidates.sort { ($0.center, $0.index) < ($1.center, $1.index) }
    var rowEnds: [Double] = []
    var placed: [PlacedLabel] = []
    for candidate in candidates {
      let start = candidate.center - candidate.half
      let row = rowEnds.firstIndex { $0 + 8 <= start } ?? rowEnds.count
      if row == rowEnds.count { rowEnds.append(0) }
      rowEnds[row] = candidate.center + candidate.half
      let marker = markers[candidate.index]
      placed.append(
        PlacedLabel(
          text: marker.label, center: candidate.center, row: row, color: marker.color,
          dash: marker.dash, half: candidate.half, lineX: candidate.line))
    }
    return placed
  }

  /// The first corner of the plot (top right, top left, bottom right, bottom left) where
  /// `legend` fits without coming within 6 px of any data or reference-line label. The
  /// reference lines themselves, light and under the data, may pass behind the legend.
  func freeCorner(for legend: Legend, spec: ChartSpec) -> Rect? {
    let margin = 8.0
    guard let x, legend.width + 2 * margin <= plot.width,
      legend.height + 2 * margin <= plot.height
    else { return nil }
    let left = plot.x + margin
    let right = plot.maxX - margin - legend.width
    let top = plot.y + margin
    let bottom = plot.maxY - margin - legend.height
    let corners = [(right, top), (left, top), (right, bottom), (left, bottom)].map {
      Rect(x: $0.0, y: $0.1, width: legend.width, height: legend.height)
    }
    var polylines: [[Point]] = []
    for line in spec.occupied {
      var run: [Point] = []
      for (u, v) in line {
        if let px = x.position(u), let py = y.position(v) {
          run.append((px, py))
        } else if !run.isEmpty {
          polylines.append(run)
          run = []
        }
      }
      if !run.isEmpty { polylines.append(run) }
    }
    for marker in spec.horizontalMarkers {
      guard let py = y.position(marker.y), !marker.label.isEmpty else { continue }
      // The label's box, above the line's end (or below it near the top): its
      // outline and a diagonal, so a legend on the box or inside it both touch.
      let width = TextMetrics.width(of: marker.label, fontSize: Theme.markerLabelFontSize)
      let height = Theme.markerLabelFontSize + 6
      let (left, right) =
        marker.labelEnd == .right
        ? (plot.maxX - 8 - width, plot.maxX - 8) : (plot.x + 8, plot.x + 8 + width)
      let (top, bottom) = (py - height, py + height)
      polylines.append([
        (left, top), (right, top), (right, bottom), (left, bottom), (left, top), (right, bottom),
      ])
    }
    return corners.first { corner in
      let guarded = corner.expanded(by: 6)
      return !polylines.contains { Geometry.polyline($0, touches: guarded) }
    }
  }
}
