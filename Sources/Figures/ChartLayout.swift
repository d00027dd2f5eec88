/// The geometry of a chart, computed from its content alone: no size is tuned by hand.
///
/// Horizontally, from the left edge:
///
///     padding | y title (1.2 em) | widest y tick label | gap | tick | plot | legend | padding
///
/// and vertically, from the top:
///
///     padding | title lines | marker-label rows | half a tick label | plot
///             | tick | gap | x tick labels | x title | padding
///
/// The canvas is as large as these add up to, and taller if the legend is.
struct ChartLayout: Sendable {
  var width: Double
  var height: Double
  var plot: Rect
  var x: AxisMap?
  var y: AxisMap
  var titleLines: [String]
  var titleX: Double
  var titleFontSize: Double
  /// The room between the plot frame and the data domain.
  var inset: Double
  var markerLabels: [MarkerLabel]
  var legend: Legend?
  var legendFrame: Rect?
  var categoryBand: Double
  /// The baseline of the x axis title.
  var xTitleBaseline: Double

  /// A vertical marker's label, placed in the band above the plot.
  struct MarkerLabel: Sendable {
    var text: String
    /// The centre of the text.
    var x: Double
    var y: Double
    var color: Color
    var dash: DashPattern
    /// The marker line's x, and how high above the plot its line continues to reach the
    /// label (`nil` when another label lies in the way).
    var lineX: Double
    var connectorTop: Double?
  }

  /// Lays `spec` out, putting the legend inside the plot only if it asks for that and a
  /// corner is free of data.
  init(_ spec: ChartSpec) {
    let legend = spec.legend
    if spec.legendPlacement == .insideIfEmpty, let legend {
      var inside = ChartLayout(spec, legend: nil)
      if let corner = inside.freeCorner(for: legend, spec: spec) {
        inside.legend = legend
        inside.legendFrame = corner
        self = inside
        return
      }
    }
    self = ChartLayout(spec, legend: legend)
  }

  /// Lays `spec` out with `legend` (if any) to the right of the plot.
  init(_ spec: ChartSpec, legend: Legend?) {
    let pad = Theme.padding
    let tickFont = Theme.tickFontSize
    let yLabelWidth =
      spec.yTicks.major.map { TextMetrics.width(of: $0.label, fontSize: tickFont) }
      .max() ?? 0
    var xBlock = tickFont * 1.2
    var leftOverhang = 0.0
    var rightOverhang = 0.0
    switch spec.xLabels {
    case .ticks(let ticks):
      let widths = ticks.major.map { TextMetrics.width(of: $0.label, fontSize: tickFont) }
      leftOverhang = (widths.first ?? 0) / 2
      rightOverhang = (widths.last ?? 0) / 2
    case .categories(let labels):
      xBlock = labels.blockHeight
      leftOverhang = labels.leftOverhang
      rightOverhang = labels.rightOverhang
    }
    let yTitleRoom = spec.yAxis.title.isEmpty ? 0 : Theme.axisTitleFontSize * 1.2 + 6
    let left = max(
      pad + yTitleRoom + yLabelWidth + Theme.tickLabelGap + Theme.tickLength,
      pad + leftOverhang)
    let legendOffset = max(Theme.legendGap, rightOverhang + 8)
    let reserve = spec.rightReserve
    let right =
      legend.map { legendOffset + reserve + $0.width + pad }
      ?? (max(rightOverhang, reserve) + pad)
    // A plot of the default width grows or shrinks so that the canvas is
    // `Theme.canvasWidth` wide: every chart of a gallery is scaled alike.
    let plotWidth =
      spec.fillsCanvas && spec.plotWidth == Theme.plotWidth
      ? max(Theme.plotWidth / 2, Theme.canvasWidth - left - right) : spec.plotWidth
    width = (left + plotWidth + right).rounded(.up)
    let inset = spec.plotInset
    self.inset = inset
    let xPixels = (left + inset, left + plotWidth - inset)
    x = spec.xTicks.map { AxisMap(axis: spec.xAxis, ticks: $0, pixels: xPixels) }
    categoryBand = plotWidth / Double(max(1, spec.xLabels.categoryCount))

    titleFontSize = spec.titleFontSize
    let lineHeight = Theme.titleLineHeight * spec.titleFontSize / Theme.titleFontSize
    titleLines = TextMetrics.wrap(
      spec.title, width: width - 2 * pad, fontSize: spec.titleFontSize, bold: true)
    let titleHeight = titleLines.isEmpty ? 0 : Double(titleLines.count) * lineHeight + 6
    let spanLabels = spec.spans.map {
      VerticalMarker(
        x: $0.middle(on: spec.xAxis.scale), label: $0.label, color: $0.color, dash: .solid)
    }
    let placed = ChartLayout.placeMarkerLabels(
      spec.verticalMarkers + spanLabels, x: x, canvasWidth: width)
    let rows = (placed.map(\.row).max() ?? -1) + 1
    let bandHeight = Double(rows) * Theme.markerLabelRowHeight
    let top = (pad + titleHeight + bandHeight + tickFont * 0.6 + 4).rounded(.up)
    plot = Rect(x: left, y: top, width: plotWidth, height: spec.plotHeight)
    markerLabels = placed.map { label in
      let rowCenter =
        top - tickFont * 0.6 - 4 - (Double(label.row) + 0.5)
        * Theme.markerLabelRowHeight
      let blocked = placed.contains { other in
        other.row < label.row && abs(other.center - label.lineX) <= other.half + 3
      }
      return MarkerLabel(
        text: label.text, x: label.center, y: rowCenter, color: label.color, dash: label.dash,
        lineX: label.lineX,
        connectorTop: blocked
          ? nil
          : rowCenter + Theme.markerLabelFontSize * (label.text.contains("_{") ? 0.8 : 0.5)
            + 2)
    }
    y = AxisMap(
      axis: spec.yAxis, ticks: spec.yTicks, pixels: (top + spec.plotHeight - inset, top + inset))
    let xTitleRoom = spec.xAxis.title.isEmpty ? 0 : Theme.axisTitleFontSize * 1.2 + 8
    xTitleBaseline =
      top + spec.plotHeight + Theme.tickLength + Theme.tickLabelGap + xBlock + 8
      + Theme.axisTitleFontSize * 0.9
    let bottom = Theme.tickLength + Theme.tickLabelGap + xBlock + xTitleRoom + pad
    var total = top + spec.plotHeight + bottom
    self.legend = legend
    if let legend {
      legendFrame = Rect(
        x: left + plotWidth + legendOffset + reserve, y: top, width: legend.width,
        height: legend.height)
      total = max(total, top + legend.height + pad)
    }
    height = total.rounded(.up)
    let titleWidth =
      titleLines.map {
        TextMetrics.width(of: $0, fontSize: spec.titleFontSize, bold: true)
      }.max() ?? 0
    let center = left + plotWidth / 2
    titleX = min(max(center, pad + titleWidth / 2), width - pad - titleWidth / 2)
  }
}

extension ChartSpec.XLabels {
  var categoryCount: Int {
    if case .categories(let labels) = self { return labels.names.count }
    return 1
  }
}
