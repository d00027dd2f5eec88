import Testing

@testable import Figures

@Suite("Error bands") struct ErrorBandTests {
  static func chart(lower: [Double]) -> LineChart {
    let x = [1.0, 2, 3, 4, 5, 6]
    let y = [2.0, 3, 4, 5, 6, 7]
    return LineChart(
      title: "Band", xAxis: Axis(), yAxis: Axis(),
      series: [
        LineSeries(
          name: "cv", x: x, y: y, band: ErrorBand(lower: lower, upper: y.map { $0 + 1 }))
      ])
  }

  @Test("a band is one closed, filled path behind its line")
  func onePath() throws {
    let root = try tree(ErrorBandTests.chart(lower: [1, 2, 3, 4, 5, 6]))
    let bands = root.all(class: "band")
    #expect(bands.count == 1)
    #expect(bands.first?.attributes["d"]?.hasSuffix("Z") == true)
    let series = try #require(root.all(class: "series").first)
    #expect(series.children.first?.classes == ["band"])
  }

  @Test("a gap in an edge splits the band in two")
  func gapSplits() throws {
    let root = try tree(ErrorBandTests.chart(lower: [1, 2, 3, .nan, 5, 6]))
    #expect(root.all(class: "band").count == 2)
  }

  @Test("the y range includes the band's edges")
  func rangeIncludesBand() throws {
    let root = try tree(ErrorBandTests.chart(lower: [-9, 2, 3, 4, 5, 6]))
    // −9…6 widened by 5 %: −9.75…6.75, whose lowest nice tick is −8.
    #expect(tickLabels(root, axis: "y").first == "−8")
  }
}
