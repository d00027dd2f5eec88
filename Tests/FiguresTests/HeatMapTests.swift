import Testing

@testable import Figures

@Suite("Heat map") struct HeatMapTests {
  static let grid = Grid2D(x: [0, 1, 2], y: [0, 1], values: [[0, 1, 2], [3, .nan, 5]])

  @Test("one cell per grid value, NaN in the no-data group, and the colour bar says so")
  func cells() throws {
    let map = HeatMap(title: "t", xAxis: Axis(), yAxis: Axis(), grid: HeatMapTests.grid)
    let root = try tree(map)
    let all = root.all(class: "cells")
    #expect(all.flatMap { $0.all(named: "rect") }.count == 6)
    #expect(root.all(class: "no-data").first?.all(named: "rect").count == 1)
    #expect(root.all(class: "no-data-label").first?.allText == "no data")
    #expect(map.resolvedDescription.contains("no data"))
  }

  @Test("the colour bar has a labelled tick per nice value of the range, ends included")
  func colorBarTicks() throws {
    let map = HeatMap(title: "t", xAxis: Axis(), yAxis: Axis(), grid: HeatMapTests.grid)
    let root = try tree(map)
    let labels = root.all(class: "colorbar-tick-label").map(\.allText)
    #expect(labels == ["0", "1", "2", "3", "4", "5"])
    #expect(root.all(class: "colorbar-ticks").first?.all(named: "line").count == 6)
  }

  @Test("viridis runs from its first to its last table entry; diverging is white-ish at 0")
  func colorMaps() {
    #expect(ColorMap.viridis.color(at: 0).hex == "#440154")
    #expect(ColorMap.viridis.color(at: 1).hex == "#FDE725")
    #expect(ColorMap.diverging.color(at: 0.5).hex == "#F7F7F7")
    let map = HeatMap(
      title: "", xAxis: Axis(), yAxis: Axis(),
      grid: Grid2D(x: [0, 1], y: [0], values: [[-1, 3]]), colorMap: .diverging)
    #expect(map.resolvedRange == (-3, 3))
  }

  @Test("two point classes differ in marker shape and colour")
  func points() throws {
    var map = HeatMap(title: "", xAxis: Axis(), yAxis: Axis(), grid: HeatMapTests.grid)
    map.points = [
      PointSeries(name: "a", x: [0.5], y: [0.5]), PointSeries(name: "b", x: [1.5], y: [0.5]),
    ]
    let (a, b) = (map.style(ofPointsAt: 0), map.style(ofPointsAt: 1))
    #expect(a.marker != b.marker && a.fill != b.fill)
    let root = try tree(map)
    #expect(root.all(class: "points").count == 2)
    #expect(map.csv().hasPrefix("kind,name,x,y,value\r\n"))
  }

  @Test("an empty grid is a valid file; the CSV has the header only")
  func empty() throws {
    let map = HeatMap(
      title: "", xAxis: Axis(), yAxis: Axis(), grid: Grid2D(x: [], y: [], values: []))
    let root = try tree(map)
    #expect(root.all(class: "no-data").count == 1)
    #expect(map.csv() == "x,y,value\r\n")
  }
}
