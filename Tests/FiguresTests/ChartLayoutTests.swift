import Testing

@testable import Figures

@Suite("Chart layout") struct ChartLayoutTests {
  static func layout(
    title: String = "T", yValues: [Double] = [0, 1], series: Int = 1, yTitle: String = "y"
  ) -> ChartLayout {
    let chart = LineChart(
      title: title, xAxis: Axis(title: "x"), yAxis: Axis(title: yTitle),
      series: (0..<series).map { LineSeries(name: "s\($0)", x: [0, 1], y: yValues) })
    return ChartLayout(chart.chartSpec())
  }

  @Test("longer y tick labels push the plot to the right")
  func leftMarginFollowsLabels() {
    let short = ChartLayoutTests.layout(yValues: [0, 1])
    let long = ChartLayoutTests.layout(yValues: [0, 1_234_567])
    let wide = TextMetrics.width(of: "1.2×10⁶", fontSize: Theme.tickFontSize)
    #expect(long.plot.x > short.plot.x)
    #expect(long.plot.x >= Theme.padding + wide)
  }

  @Test("a y axis title takes room only when there is one")
  func yTitleRoom() {
    let titled = ChartLayoutTests.layout(yTitle: "loss")
    let untitled = ChartLayoutTests.layout(yTitle: "")
    #expect(titled.plot.x > untitled.plot.x)
  }

  @Test("a title too long for the canvas wraps onto several lines, each within it")
  func titleWraps() {
    let title = Array(repeating: "regularization", count: 12).joined(separator: " ")
    let layout = ChartLayoutTests.layout(title: title)
    #expect(layout.titleLines.count > 1)
    for line in layout.titleLines {
      let half = TextMetrics.width(of: line, fontSize: Theme.titleFontSize) / 2
      #expect(layout.titleX - half >= 0 && layout.titleX + half <= layout.width)
    }
  }

  @Test("the canvas grows taller when the legend is taller than the plot")
  func tallLegend() throws {
    let layout = ChartLayoutTests.layout(series: 120)
    let frame = try #require(layout.legendFrame)
    #expect(frame.maxY <= layout.height)
    #expect(layout.height > layout.plot.maxY + 60)
  }

  @Test("the legend starts right of the plot and ends inside the canvas")
  func legendOnRight() throws {
    let layout = ChartLayoutTests.layout(series: 5)
    let frame = try #require(layout.legendFrame)
    #expect(frame.x >= layout.plot.maxX + Theme.legendGap)
    #expect(frame.maxX <= layout.width)
  }

  @Test("the x axis title sits below the tick labels and inside the canvas")
  func xTitle() {
    let layout = ChartLayoutTests.layout()
    let tickBaseline =
      layout.plot.maxY + Theme.tickLength + Theme.tickLabelGap
      + Theme.tickFontSize
    #expect(layout.xTitleBaseline - Theme.axisTitleFontSize > tickBaseline)
    #expect(layout.xTitleBaseline < layout.height)
  }
}
