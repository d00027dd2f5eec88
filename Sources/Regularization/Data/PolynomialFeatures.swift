/// Polynomial features of one input, `(t, t², …, t^d)`, in a numerically sane basis: `x`
/// is first mapped affinely onto `t ∈ [−1, 1]`.
///
///     t = 2·(x − lower)/(upper − lower) − 1,   features(x) = (t¹, t², …, t^d)
///
/// Why scale: on `x ∈ [0, 1]` the raw powers `x¹³, x¹⁴, x¹⁵` are nearly the same curve
/// (all ≈ 0 until x is close to 1), so the columns of the Vandermonde matrix are almost
/// parallel and its condition number is astronomically large (10¹⁴ for 15 points, lesson 11).
/// The normal equations square it, beyond 1/ε ≈ 4.5·10¹⁵, so a Cholesky solve of `XᵀX`
/// returns noise or fails. On `[−1, 1]` even and odd powers differ in sign and the condition
/// number drops by orders of magnitude; it is still large, which is why the least-squares
/// fit uses an SVD, never `XᵀX`. The constant column is left to the model's intercept.
/// scikit-learn's `PolynomialFeatures(degree, include_bias=False)` computes the same columns
/// without the scaling.
public struct PolynomialFeatures: Equatable, Sendable {
  /// The highest power `d ≥ 1`.
  public let degree: Int
  /// The inputs mapped to `−1` and `+1`, or `nil` for raw powers of `x`.
  public let inputRange: ClosedRange<Double>?

  /// Checks and stores a configuration.
  ///
  /// - Throws: `.invalidParameter` if `degree < 1` or the range is empty or not finite.
  public init(degree: Int, inputRange: ClosedRange<Double>?) throws(RegularizationError) {
    guard degree >= 1 else {
      throw .invalidParameter(name: "degree", value: Double(degree), requirement: "an integer >= 1")
    }
    if let range = inputRange {
      let width = range.upperBound - range.lowerBound
      guard width > 0, width.isFinite else {
        throw .invalidParameter(
          name: "inputRange width", value: width, requirement: "a finite number > 0")
      }
    }
    self.degree = degree
    self.inputRange = inputRange
  }

  /// The scaled input `t` of `x` (`x` itself for raw powers).
  public func scaled(_ x: Double) -> Double {
    guard let range = inputRange else { return x }
    return 2 * (x - range.lowerBound) / (range.upperBound - range.lowerBound) - 1
  }

  /// The feature matrix, one row `(t, t², …, t^d)` per input.
  public func matrix(_ inputs: [Double]) -> Matrix {
    var result = Matrix(rows: inputs.count, columns: degree)
    for (i, x) in inputs.enumerated() {
      let t = scaled(x)
      var power = 1.0
      for k in 0..<degree {
        power *= t
        result[i, k] = power
      }
    }
    return result
  }

  /// The Vandermonde matrix with its constant column, `(1, t, …, t^d)` per row: the
  /// matrix whose condition number decides whether the normal equations can be solved.
  public func vandermonde(_ inputs: [Double]) -> Matrix {
    let powers = matrix(inputs)
    var result = Matrix(rows: inputs.count, columns: degree + 1, repeating: 1)
    for i in 0..<inputs.count {
      for k in 0..<degree { result[i, k + 1] = powers[i, k] }
    }
    return result
  }
}
