/// Which points of a line series get a marker.
public enum MarkerPlacement: Sendable, Equatable {
  /// Every point when there are at most 25, otherwise about 12 evenly spaced ones
  /// (every ⌈n / 12⌉-th point, staggered by series index so that markers of series
  /// sharing x values do not pile up).
  case automatic
  /// A marker on every point.
  case all
  /// A marker on every k-th point (k ≥ 1), starting with the first.
  case every(Int)
  /// No markers: the line and its dash pattern only.
  case none

  /// The indices of the `count` points that get a marker, for series `seriesIndex`.
  func indices(count: Int, seriesIndex: Int) -> [Int] {
    switch self {
    case .none:
      return []
    case .all:
      return Array(0..<count)
    case .every(let k):
      return Array(Swift.stride(from: 0, to: count, by: max(1, k)))
    case .automatic:
      guard count > 25 else { return Array(0..<count) }
      let step = (count + 11) / 12
      let phase = (seriesIndex * 3) % step
      return Array(Swift.stride(from: phase, to: count, by: step))
    }
  }
}
