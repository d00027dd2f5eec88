import Testing

@testable import Figures

@Suite("Panels") struct PanelsTests {
  static func line(_ scale: Double) -> LineChart {
    LineChart(
      title: "scale \(scale)", xAxis: Axis(title: "x"), yAxis: Axis(title: "y"),
      series: [LineSeries(name: "a", x: [0, 1, 2], y: [0, scale, 2 * scale])])
  }

  @Test("three panels of three kinds: one title, three panel groups, one legend")
  func count() throws {
    let heat = HeatMap(
      title: "h", xAxis: Axis(), yAxis: Axis(), grid: Grid2D(x: [0, 1], y: [0, 1]) { $0 + $1 })
    let figure = Panels(
      title: "Three",
      panels: [
        Panel("a", PanelsTests.line(1)), Panel("b", heat),
        Panel(
          "c",
          BarChart(
            title: "", yAxis: Axis(), categories: ["u"], groups: [BarGroup(name: "g", values: [1])])
        ),
      ])
    let root = try tree(figure)
    #expect(root.all(class: "panel").count == 3)
    #expect(
      root.all(class: "title").filter { $0.parent?.classes.contains("panels") == true }.count == 1)
    #expect(root.all(class: "legend").count == 1)
  }

  @Test("shared y gives every panel the same y tick labels and one y title")
  func sharedY() throws {
    let figure = Panels(
      title: "", panels: [Panel("a", PanelsTests.line(1)), Panel("b", PanelsTests.line(5))],
      sharesY: true)
    let root = try tree(figure)
    let panels = root.all(class: "panel")
    let labels = panels.map { tickLabels($0, axis: "y") }
    #expect(labels[0] == labels[1])
    #expect(root.all(class: "axis-title").filter { $0.classes.contains("y") }.count == 1)
  }

  @Test("the CSV prefixes each panel's columns and pads the shorter table")
  func csv() {
    var short = PanelsTests.line(1)
    short.series[0].x = [0]
    short.series[0].y = [0]
    let figure = Panels(
      title: "", panels: [Panel("rho=1", PanelsTests.line(1)), Panel("rho=0", short)])
    let lines = figure.csv().split(separator: "\r\n", omittingEmptySubsequences: false)
    #expect(lines[0] == "rho=1/x,rho=1/a,rho=0/x,rho=0/a")
    #expect(lines[3] == "2.0,2.0,,")
  }

  @Test("no panels is still a valid file")
  func empty() throws {
    let root = try tree(Panels(title: "nothing", panels: []))
    #expect(root.all(class: "panel").isEmpty)
  }
}
