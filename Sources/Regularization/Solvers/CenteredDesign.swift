/// A training set prepared once for the solvers: checked, optionally centered, and stored
/// column by column so that `x_jᵀv` reads contiguous memory.
///
///     X_c = X − 1·x̄ᵀ,   y_c = y − ȳ      (with an intercept)
///     X_c = X,           y_c = y           (without)
///
/// Fitting an intercept is the same as solving without one on centered data and then
/// setting `b = ȳ − x̄ᵀw`, because the unpenalized intercept absorbs every mean. This is
/// what scikit-learn's `ElasticNet.fit` and `Ridge.fit` do before they solve.
///
/// Public so that a caller can prepare the data once and time the solver alone (as
/// `reglab` does), or solve several paths on the same data.
public struct CenteredDesign: Sendable {
  /// The number of samples `n`.
  public let rows: Int
  /// The number of features `p`.
  public let columns: Int
  /// Whether `X` and `y` were centered for an unpenalized intercept.
  public let fitIntercept: Bool
  /// `X_c` in column-major order: column `j` is `columnMajor[j·n ..< (j + 1)·n]`.
  package let columnMajor: [Double]
  /// `y_c`.
  package let targets: [Double]
  /// `x̄` (zeros without an intercept).
  let featureMeans: [Double]
  /// `ȳ` (zero without an intercept).
  let targetMean: Double
  /// `‖x_j‖²` of each centered column, computed with `columnDot`.
  package let columnSquaredNorms: [Double]

  /// Checks the data and prepares it.
  ///
  /// - Throws: `.dimensionMismatch` if `targets.count != features.rows`;
  ///   `.tooFewSamples` if there are fewer than `minimumSamples` rows;
  ///   `.nonFinite` if any feature or target is NaN or infinite.
  public init(
    features: Matrix, targets: [Double], fitIntercept: Bool, minimumSamples: Int = 2
  ) throws(RegularizationError) {
    guard targets.count == features.rows else {
      throw .dimensionMismatch(
        what: "number of targets (one per row of features)", expected: features.rows,
        actual: targets.count)
    }
    guard features.rows >= minimumSamples else {
      throw .tooFewSamples(actual: features.rows, minimum: minimumSamples)
    }
    guard features.elements.allSatisfy(\.isFinite) else { throw .nonFinite(what: "features") }
    guard targets.allSatisfy(\.isFinite) else { throw .nonFinite(what: "targets") }

    let n = features.rows
    let p = features.columns
    let means = fitIntercept ? Self.columnMeans(features) : [Double](repeating: 0, count: p)
    let targetMean = fitIntercept ? mean(targets) : 0
    let columnMajor = Self.centeredColumns(features, means: means)
    self.rows = n
    self.fitIntercept = fitIntercept
    self.columns = p
    self.columnMajor = columnMajor
    self.targets = targets.map { $0 - targetMean }
    self.featureMeans = means
    self.targetMean = targetMean
    self.columnSquaredNorms = columnMajor.withUnsafeBufferPointer { x in
      (0..<p).map { j in columnDot(x, j * n, x, j * n, count: n) }
    }
  }

  /// The correlations `X_cᵀv`, one `x_jᵀv` per column, with the same arithmetic (same
  /// order of additions) as the coordinate-descent update.
  func correlations(with v: [Double]) -> [Double] {
    precondition(v.count == rows, "X_cᵀv needs \(rows) entries, got \(v.count)")
    return columnMajor.withUnsafeBufferPointer { x in
      v.withUnsafeBufferPointer { v in
        (0..<columns).map { j in columnDot(x, j * rows, v, 0, count: rows) }
      }
    }
  }

  /// `|X_c|ᵀ|v|`, one `Σ_i |x_ij|·|v_i|` per column: the scale of the rounding error of
  /// `correlations(with:)`.
  func absoluteCorrelations(with v: [Double]) -> [Double] {
    precondition(v.count == rows, "|X_c|ᵀ|v| needs \(rows) entries, got \(v.count)")
    return (0..<columns).map { j in
      var sum = 0.0
      for i in 0..<rows { sum += abs(columnMajor[j * rows + i]) * abs(v[i]) }
      return sum
    }
  }

  /// The residual `y_c − X_c·w`.
  func residual(of w: [Double]) -> [Double] {
    precondition(w.count == columns, "X_c·w needs \(columns) entries, got \(w.count)")
    var r = targets
    for j in 0..<columns where w[j] != 0 {
      for i in 0..<rows { r[i] -= w[j] * columnMajor[j * rows + i] }
    }
    return r
  }

  /// The intercept `b = ȳ − x̄ᵀw` that goes with coefficients `w` fitted on centered data.
  package func intercept(for w: [Double]) -> Double {
    targetMean - dot(featureMeans, w)
  }
}

/// `Σ_{k<count} a[aStart + k] · b[bStart + k]`, summed left to right.
///
/// Every inner product between a column and a vector in the coordinate-descent solver,
/// its duality gap and its α grid goes through this one function, so that equal inputs
/// give bit-for-bit equal results. That is what makes "at α = α_max every coefficient is
/// exactly zero" hold exactly rather than up to rounding.
@inline(__always)
func columnDot(
  _ a: UnsafeBufferPointer<Double>, _ aStart: Int, _ b: UnsafeBufferPointer<Double>,
  _ bStart: Int, count: Int
) -> Double {
  assert(aStart + count <= a.count && bStart + count <= b.count, "columnDot out of range")
  guard count > 0, let pa = a.baseAddress, let pb = b.baseAddress else { return 0 }
  let x = pa + aStart
  let y = pb + bStart
  var sum = 0.0
  var k = 0
  while k < count {
    sum += x[k] * y[k]
    k += 1
  }
  return sum
}
