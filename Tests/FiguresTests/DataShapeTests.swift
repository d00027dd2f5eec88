import Foundation
import Testing

@testable import Figures

@Suite("Shapes in data coordinates") struct DataShapeTests {
  @Test("a circle's vertices lie on it; an ellipse is turned by its rotation")
  func vertices() {
    let circle = DataShape.circle(name: "", centerX: 1, centerY: 2, radius: 3)
    #expect(circle.vertices.count == DataShape.ellipseVertices)
    for v in circle.vertices { #expect(abs(hypot(v.x - 1, v.y - 2) - 3) < 1e-12) }
    let turned = DataShape.ellipse(
      name: "", centerX: 0, centerY: 0, radiusX: 2, radiusY: 1, rotation: .pi / 2)
    // t = 0 is the end of the x semi-axis, turned a quarter to point up.
    #expect(abs(turned.vertices[0].x) < 1e-12 && abs(turned.vertices[0].y - 2) < 1e-12)
  }

  @Test("with equal scale a circle is as wide as it is tall in pixels")
  func equalAspect() throws {
    var chart = LineChart(title: "", xAxis: Axis(), yAxis: Axis())
    chart.shapes = [.circle(name: "unit", centerX: 0, centerY: 0, radius: 1)]
    chart.equalScale = true
    let root = try tree(chart)
    let path = try #require(root.all(class: "shape").first)
    let points = pathPoints(path)
    let xs = points.map(\.0)
    let ys = points.map(\.1)
    let width = (xs.max() ?? 0) - (xs.min() ?? 0)
    let height = (ys.max() ?? 0) - (ys.min() ?? 0)
    // Coordinates are written to 0.01 px.
    #expect(abs(width - height) < 0.05)
  }

  @Test("named shapes are in the legend; shapes and labelled points are in the CSV")
  func legendAndCSV() throws {
    var chart = LineChart(
      title: "", xAxis: Axis(), yAxis: Axis(),
      series: [LineSeries(name: "path", x: [0, 1], y: [0, 1])])
    chart.shapes = [.polygon(name: "‖w‖_{1} ≤ 1", x: [1, 0, -1, 0], y: [0, 1, 0, -1])]
    chart.labelledPoints = [LabelledPoint(x: 0.5, y: 0.5, label: "w*")]
    let root = try tree(chart)
    #expect(root.all(class: "legend").first?.all(named: "text").count == 2)
    let csv = chart.csv()
    #expect(csv.hasPrefix("series,kind,x,y\r\n"))
    #expect(csv.components(separatedBy: ",shape,").count - 1 == 4)
    #expect(csv.contains("w*,point,0.5,0.5"))
  }
}
