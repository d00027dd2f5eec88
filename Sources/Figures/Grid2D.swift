/// A function sampled on a rectangular grid: `values[j][i] = f(x[i], y[j])`, one row per
/// y value. Missing entries (a short row) read as NaN, and NaN or ±∞ are "no data".
public struct Grid2D: Sendable, Equatable {
  /// The column coordinates, increasing.
  public var x: [Double]
  /// The row coordinates, increasing.
  public var y: [Double]
  /// One row per y value, one value per x value.
  public var values: [[Double]]

  /// Creates a grid from its values.
  public init(x: [Double], y: [Double], values: [[Double]]) {
    self.x = x
    self.y = y
    self.values = values
  }

  /// Samples `function` at every `(x[i], y[j])`.
  public init(x: [Double], y: [Double], function: (Double, Double) -> Double) {
    self.x = x
    self.y = y
    values = y.map { yj in x.map { function($0, yj) } }
  }

  /// `f(x[i], y[j])`, NaN when missing.
  public func value(_ i: Int, _ j: Int) -> Double {
    guard j >= 0, j < values.count, i >= 0, i < values[j].count else { return .nan }
    return values[j][i]
  }

  /// The finite values' range, or `nil` when there is none.
  var finiteRange: (lower: Double, upper: Double)? {
    var low = Double.infinity
    var high = -Double.infinity
    for j in y.indices {
      for i in x.indices {
        let v = value(i, j)
        if v.isFinite {
          low = min(low, v)
          high = max(high, v)
        }
      }
    }
    return low <= high ? (low, high) : nil
  }

  /// The grid as long-form CSV rows `x, y, value`, row by row.
  var rows: [[CSVTable.Cell]] {
    y.indices.flatMap { j in
      x.indices.map { i in [.number(x[i]), .number(y[j]), .number(value(i, j))] }
    }
  }
}
