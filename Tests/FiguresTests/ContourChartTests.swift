import Testing

@testable import Figures

@Suite("Contour chart") struct ContourChartTests {
  static let axis = (0...30).map { -1.5 + Double($0) / 10 }
  static let chart = ContourChart(
    title: "Bowl", xAxis: Axis(title: "w_{1}"), yAxis: Axis(title: "w_{2}"),
    grid: Grid2D(x: axis, y: axis) { $0 * $0 + 2 * $1 * $1 })

  @Test("levels are MaxNLocator's: step 1 for a 0…6.75 range and 7 levels, inside the range")
  func levels() {
    // matplotlib: MaxNLocator(8).tick_values(0, 6.75) → 0, 1, …, 7; inside (0, 6.75): 1…6.
    #expect(ContourChartTests.chart.resolvedLevels == [1, 2, 3, 4, 5, 6])
    #expect(ContourLevels.step(span: 10, bins: 8) == 2)
    #expect(ContourLevels.step(span: 1, bins: 8) == 0.2)
    #expect(ContourLevels.step(span: 2, bins: 8) == 0.25)
  }

  @Test("one group per level, each with at least one contour path, and a label per level")
  func structure() throws {
    let root = try tree(ContourChartTests.chart)
    let groups = root.all(class: "contour-level")
    #expect(
      groups.map { $0.attributes["data-level"] } == ["1.0", "2.0", "3.0", "4.0", "5.0", "6.0"])
    for group in groups { #expect(group.all(class: "contour").count >= 1) }
    #expect(root.all(class: "contour-label").count == 6)
  }

  @Test("the CSV is the grid in long form, x,y,value")
  func csv() {
    let lines = ContourChartTests.chart.csv().split(separator: "\r\n")
    #expect(lines.first == "x,y,value")
    #expect(lines.count == 1 + 31 * 31)
  }

  @Test("an empty or all-NaN grid still gives a valid file with a no-data note")
  func empty() throws {
    for grid in [Grid2D(x: [], y: [], values: []), Grid2D(x: [0, 1], y: [0, 1]) { _, _ in .nan }] {
      let chart = ContourChart(title: "", xAxis: Axis(), yAxis: Axis(), grid: grid)
      let root = try tree(chart)
      #expect(root.all(class: "no-data").count == 1)
      #expect(root.all(named: "title").count == 1 && root.all(named: "desc").count == 1)
    }
  }

  @Test("shapes and labelled points are drawn and written as CSV rows")
  func overlays() throws {
    var chart = ContourChartTests.chart
    chart.shapes = [.circle(name: "‖w‖_{2} ≤ 1", centerX: 0, centerY: 0, radius: 1)]
    chart.labelledPoints = [LabelledPoint(x: 0, y: 0, label: "minimum")]
    let root = try tree(chart)
    #expect(root.all(class: "shape").count == 1)
    #expect(root.all(class: "point-label").first?.allText == "minimum")
    let csv = chart.csv()
    #expect(csv.hasPrefix("kind,name,x,y,value\r\n"))
    #expect(csv.contains("shape,‖w‖_2 ≤ 1,"))
  }
}
