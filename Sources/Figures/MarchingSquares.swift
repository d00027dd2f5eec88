/// Contour lines of a `Grid2D` by marching squares (Lorensen & Cline 1987, in 2-D).
///
/// For a level `L`, every cell whose four corners are finite is classified by which
/// corners lie above `L`; the line crosses each edge whose ends lie on different sides,
/// at the linearly interpolated point
///
///     p = a + t·(b − a),   t = (L − f(a)) / (f(b) − f(a)).
///
/// A cell with two opposite corners above (a saddle) is resolved by the mean of its four
/// corners, as in matplotlib: the segments cut off the corners on the other side of `L`
/// from the centre. Segments that share an edge crossing are joined into polylines (open
/// at the grid's border or at NaN, closed otherwise). Cells with a NaN corner are gaps.
enum MarchingSquares {
  /// The contour polylines of `grid` at `level`, in data coordinates.
  static func lines(_ grid: Grid2D, level: Double) -> [[(x: Double, y: Double)]] {
    let nx = grid.x.count
    let ny = grid.y.count
    guard nx > 1, ny > 1, level.isFinite else { return [] }
    // Edge keys: horizontal edge (i, j)–(i+1, j) is 2·(j·nx + i), vertical (i, j)–(i, j+1)
    // is 2·(j·nx + i) + 1.
    var points: [Int: (x: Double, y: Double)] = [:]
    var segments: [(Int, Int)] = []
    func crossing(_ key: Int, _ a: (Int, Int), _ b: (Int, Int)) -> Int {
      if points[key] == nil {
        let (va, vb) = (grid.value(a.0, a.1), grid.value(b.0, b.1))
        let t = (level - va) / (vb - va)
        let (xa, ya) = (grid.x[a.0], grid.y[a.1])
        let (xb, yb) = (grid.x[b.0], grid.y[b.1])
        points[key] = (xa + t * (xb - xa), ya + t * (yb - ya))
      }
      return key
    }
    for j in 0..<(ny - 1) {
      for i in 0..<(nx - 1) {
        let corners = [(i, j), (i + 1, j), (i + 1, j + 1), (i, j + 1)]
        let values = corners.map { grid.value($0.0, $0.1) }
        guard values.allSatisfy(\.isFinite) else { continue }
        let above = values.map { $0 > level }
        // Edge e of the cell joins corner e and corner e+1 (bottom, right, top, left).
        let keys = [
          2 * (j * nx + i), 2 * (j * nx + i + 1) + 1, 2 * ((j + 1) * nx + i),
          2 * (j * nx + i) + 1,
        ]
        let crossed = (0..<4).filter { above[$0] != above[($0 + 1) % 4] }
        func key(_ edge: Int) -> Int {
          crossing(keys[edge], corners[edge], corners[(edge + 1) % 4])
        }
        if crossed.count == 2 {
          segments.append((key(crossed[0]), key(crossed[1])))
        } else if crossed.count == 4 {
          let centreAbove = values.reduce(0, +) / 4 > level
          // Corner c touches edges c − 1 and c; cut off the corners unlike the centre.
          for corner in 0..<4 where above[corner] != centreAbove {
            segments.append((key((corner + 3) % 4), key(corner)))
          }
        }
      }
    }
    return join(segments).map { chain in chain.compactMap { points[$0] } }
  }

  /// Segments joined end to end into chains of keys (a closed chain repeats its first).
  static func join(_ segments: [(Int, Int)]) -> [[Int]] {
    var ends: [Int: [Int]] = [:]
    for (index, segment) in segments.enumerated() {
      ends[segment.0, default: []].append(index)
      ends[segment.1, default: []].append(index)
    }
    var used = [Bool](repeating: false, count: segments.count)
    func walk(from start: Int, first: Int) -> [Int] {
      var chain = [start]
      var current = start
      var segment = first
      while !used[segment] {
        used[segment] = true
        let (a, b) = segments[segment]
        current = a == current ? b : a
        chain.append(current)
        guard let next = ends[current]?.first(where: { !used[$0] }) else { break }
        segment = next
      }
      return chain
    }
    var chains: [[Int]] = []
    // Open chains first, from an end that belongs to one segment only.
    for (index, segment) in segments.enumerated() where !used[index] {
      for end in [segment.0, segment.1] where ends[end]?.count == 1 && !used[index] {
        chains.append(walk(from: end, first: index))
      }
    }
    for (index, segment) in segments.enumerated() where !used[index] {
      chains.append(walk(from: segment.0, first: index))
    }
    return chains
  }
}
