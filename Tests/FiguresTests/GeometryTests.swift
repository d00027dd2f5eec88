import Testing

@testable import Figures

@Suite("Geometry") struct GeometryTests {
  let box = Rect(x: 0, y: 0, width: 10, height: 10)
  // Tolerance: clipping computes t by one division; values are O(10).
  let tolerance = 1e-12

  @Test("a segment crossing the box is cut at its edges")
  func clipCrossing() throws {
    let (a, b) = try #require(Geometry.clip((-5, 5), (15, 5), to: box))
    #expect(abs(a.x - 0) < tolerance && abs(b.x - 10) < tolerance)
  }

  @Test("a segment outside the box gives nothing")
  func clipOutside() {
    #expect(Geometry.clip((-5, -5), (-1, 20), to: box) == nil)
  }

  @Test("a polyline leaving and re-entering the box becomes two pieces")
  func piecesSplit() {
    let pieces = Geometry.pieces([(1, 1), (5, 50), (9, 1)], inside: box)
    #expect(pieces.count == 2)
    #expect(
      pieces.allSatisfy { $0.allSatisfy { box.expanded(by: tolerance).contains($0.x, $0.y) } })
  }

  @Test("a polyline inside the box comes back unchanged")
  func piecesInside() {
    let pieces = Geometry.pieces([(1, 1), (2, 3), (4, 4)], inside: box)
    #expect(pieces.count == 1)
    #expect(pieces.first?.map(\.x) == [1, 2, 4])
  }

  @Test("polygon clipping keeps the part inside the box")
  func polygon() {
    let clipped = Geometry.clipPolygon([(-5, 2), (5, 2), (5, 8), (-5, 8)], to: box)
    #expect(clipped.allSatisfy { $0.x >= 0 })
    #expect(clipped.count == 4)
  }

  @Test("touches finds a polyline near a rectangle and ignores one far away")
  func touches() {
    #expect(Geometry.polyline([(-5, 5), (15, 5)], touches: box))
    #expect(!Geometry.polyline([(-5, 50), (15, 50)], touches: box))
    #expect(Geometry.polyline([(3, 3)], touches: box))
  }
}
