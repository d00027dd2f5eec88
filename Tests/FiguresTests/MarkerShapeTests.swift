import Testing

@testable import Figures

@Suite("Marker shapes") struct MarkerShapeTests {
  @Test("every shape is one well-formed element", arguments: MarkerShape.allCases)
  func wellFormed(shape: MarkerShape) throws {
    let markup = shape.svg(x: 50, y: 40, radius: 4, color: .blue)
    let node = try #require(parseXML(markup))
    #expect(["circle", "polygon", "path"].contains(node.name))
  }

  @Test(
    "polygon shapes are centred on the point",
    arguments: [MarkerShape.square, .diamond, .triangle, .triangleDown])
  func centred(shape: MarkerShape) throws {
    let node = try #require(parseXML(shape.svg(x: 50, y: 40, radius: 4, color: .blue)))
    let points = try #require(node.attributes["points"]).split(separator: " ").map {
      $0.split(separator: ",").compactMap { Double($0) }
    }
    let xs = points.map { $0[0] }
    let ys = points.map { $0[1] }
    // Bounding-box centre: a triangle's box centre sits 0.25·1.3·r = 1.3 px off its
    // centroid for r = 4 (by construction); coordinates carry 0.005 px of rounding.
    #expect(abs((xs.min()! + xs.max()!) / 2 - 50) < 0.01)
    #expect(abs((ys.min()! + ys.max()!) / 2 - 40) < 1.31)
  }

  @Test("cross and plus are strokes in the series colour", arguments: [MarkerShape.cross, .plus])
  func stroked(shape: MarkerShape) throws {
    let node = try #require(parseXML(shape.svg(x: 0, y: 0, radius: 3, color: .vermillion)))
    #expect(node.attributes["stroke"] == Color.vermillion.hex)
    #expect(node.attributes["fill"] == "none")
  }
}
