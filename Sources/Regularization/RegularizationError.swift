/// The errors the library throws for bad input, each with a message written for learners:
/// it names the bad value and what was expected.
public enum RegularizationError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A penalty weight (λ or α) below zero.
  case negativePenalty(Double)
  /// A named parameter outside its allowed range, e.g. `l1Ratio` outside [0, 1].
  case invalidParameter(name: String, value: Double, requirement: String)
  /// Two sizes that must agree do not.
  case dimensionMismatch(what: String, expected: Int, actual: Int)
  /// Fewer samples than a method needs.
  case tooFewSamples(actual: Int, minimum: Int)
  /// A matrix that must be symmetric positive definite is not (Cholesky met a pivot ≤ 0).
  case notPositiveDefinite(pivot: Int)
  /// A column with zero variance, which cannot be standardized.
  case constantColumn(index: Int)
  /// A value that must be finite is NaN or infinite.
  case nonFinite(what: String)
  /// A matrix that must be symmetric is not: `A[row, column] ≠ A[column, row]`.
  case notSymmetric(row: Int, column: Int, upper: Double, lower: Double)

  public var description: String {
    switch self {
    case .negativePenalty(let value):
      "the penalty weight must be >= 0, got \(value)"
    case .invalidParameter(let name, let value, let requirement):
      "\(name) must be \(requirement), got \(Self.format(value))"
    case .dimensionMismatch(let what, let expected, let actual):
      "\(what): expected \(expected), got \(actual)"
    case .tooFewSamples(let actual, let minimum):
      "need at least \(minimum) samples, got \(actual)"
    case .notPositiveDefinite(let pivot):
      "matrix is not positive definite (pivot \(pivot) is <= 0); add a positive ridge penalty"
    case .constantColumn(let index):
      "column \(index) is constant, so it cannot be standardized (its standard deviation is 0)"
    case .nonFinite(let what):
      "\(what) must be finite (no NaN or infinity)"
    case .notSymmetric(let row, let column, let upper, let lower):
      "matrix is not symmetric: A[\(row), \(column)] = \(upper), A[\(column), \(row)] = \(lower)"
    }
  }

  /// `3` rather than `3.0` for whole numbers (counts such as `maxIterations`).
  private static func format(_ value: Double) -> String {
    value.isFinite && value == value.rounded() && abs(value) < 1e15
      ? String(Int(value)) : String(value)
  }
}
