/// A point in pixels.
typealias Point = (x: Double, y: Double)

/// Line clipping, used both to cut far-away segments before they are written and to
/// test whether a legend corner is free of data.
enum Geometry {
  /// The part of segment `p`–`q` inside `rect`, or `nil` if none (Liang–Barsky).
  ///
  /// With `p + t·(q − p)`, each rectangle edge bounds `t`; the piece inside is
  /// `t ∈ [t₀, t₁]`, empty when `t₀ > t₁`.
  static func clip(_ p: Point, _ q: Point, to rect: Rect) -> (Point, Point)? {
    let dx = q.x - p.x
    let dy = q.y - p.y
    var t0 = 0.0
    var t1 = 1.0
    let edges = [
      (-dx, p.x - rect.x), (dx, rect.maxX - p.x), (-dy, p.y - rect.y), (dy, rect.maxY - p.y),
    ]
    for (denominator, distance) in edges {
      if denominator == 0 {
        if distance < 0 { return nil }
        continue
      }
      let t = distance / denominator
      if denominator < 0 {
        if t > t1 { return nil }
        t0 = max(t0, t)
      } else {
        if t < t0 { return nil }
        t1 = min(t1, t)
      }
    }
    return ((p.x + t0 * dx, p.y + t0 * dy), (p.x + t1 * dx, p.y + t1 * dy))
  }

  /// Whether any part of the polyline `points` comes inside `rect` (a single point
  /// counts when the rectangle contains it).
  static func polyline(_ points: [Point], touches rect: Rect) -> Bool {
    if points.count == 1, let only = points.first { return rect.contains(only.x, only.y) }
    for index in points.indices.dropFirst()
    where clip(points[index - 1], points[index], to: rect) != nil {
      return true
    }
    return false
  }

  /// `points` cut to `rect`: the pieces of the polyline inside it, each a polyline.
  ///
  /// Only segments that leave `rect` are cut, so a polyline wholly inside comes back
  /// unchanged. Used with a rectangle much larger than the plot, so that a point far
  /// outside a fixed axis range cannot produce huge coordinates or bend the line's
  /// visible part.
  static func pieces(_ points: [Point], inside rect: Rect) -> [[Point]] {
    guard points.count > 1 else {
      return points.filter { rect.contains($0.x, $0.y) }.map { [$0] }
    }
    var result: [[Point]] = []
    var current: [Point] = []
    for index in points.indices.dropFirst() {
      let p = points[index - 1]
      let q = points[index]
      guard let (a, b) = clip(p, q, to: rect) else {
        if !current.isEmpty { result.append(current) }
        current = []
        continue
      }
      if current.isEmpty { current.append(a) }
      current.append(b)
      let cutAtEnd = b.x != q.x || b.y != q.y
      if cutAtEnd {
        result.append(current)
        current = []
      }
    }
    if !current.isEmpty { result.append(current) }
    return result
  }

  /// The closed polygon `points` cut to `rect` (Sutherland–Hodgman): each edge of the
  /// rectangle in turn keeps the vertices on its inner side and adds the crossings.
  static func clipPolygon(_ points: [Point], to rect: Rect) -> [Point] {
    let edges: [(inside: (Point) -> Bool, cross: (Point, Point) -> Point)] = [
      ({ $0.x >= rect.x }, { crossX($0, $1, rect.x) }),
      ({ $0.x <= rect.maxX }, { crossX($0, $1, rect.maxX) }),
      ({ $0.y >= rect.y }, { crossY($0, $1, rect.y) }),
      ({ $0.y <= rect.maxY }, { crossY($0, $1, rect.maxY) }),
    ]
    var polygon = points
    for edge in edges {
      guard let last = polygon.last else { return [] }
      var kept: [Point] = []
      var previous = last
      for current in polygon {
        if edge.inside(current) {
          if !edge.inside(previous) { kept.append(edge.cross(previous, current)) }
          kept.append(current)
        } else if edge.inside(previous) {
          kept.append(edge.cross(previous, current))
        }
        previous = current
      }
      polygon = kept
    }
    return polygon
  }

  private static func crossX(_ p: Point, _ q: Point, _ x: Double) -> Point {
    let t = (x - p.x) / (q.x - p.x)
    return (x, p.y + t * (q.y - p.y))
  }

  private static func crossY(_ p: Point, _ q: Point, _ y: Double) -> Point {
    let t = (y - p.y) / (q.y - p.y)
    return (p.x + t * (q.x - p.x), y)
  }
}
