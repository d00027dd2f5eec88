import Testing

@testable import Regularization

@Suite("Householder least squares")
struct HouseholderLeastSquaresTests {
  @Test("solves an overdetermined system: the residual is orthogonal to every column")
  func normalEquations() throws {
    var generator = Xoshiro256StarStar(seed: 1)
    let x = try Matrix(rows: 20, columns: 4, elements: generator.normals(count: 80))
    let y = generator.normals(count: 20)
    let w = try householderLeastSquares(features: x, targets: y)
    let r = (0..<20).map { y[$0] - plainDot(x.row($0), w) }
    // Well-conditioned 20 × 4: measured ~1e-15.
    for j in 0..<4 { #expect(abs(plainDot(x.column(j), r)) <= 1e-12) }
    let cholesky = try RidgeRegression(alpha: 0, fitIntercept: false).fit(features: x, targets: y)
    #expect(maxAbsDifference(w, cholesky.coefficients) <= 1e-12)
  }

  @Test("interpolates a square degree-9 system where Cholesky on XᵀX fails")
  func illConditioned() throws {
    let x: [Double] = (0..<10).map { (k: Int) -> Double in
      let t = Double(k)
      return -1 + 2 * t / 9 + 0.001 * Double(k % 3)
    }
    let features = try legendreFeatures(x, degree: 9)
    let y: [Double] = x.map { (t: Double) -> Double in t * t * t * t - t * t }
    let w = try householderLeastSquares(features: features, targets: y)
    // The target is in the span: the fit reproduces it (measured ~1e-14).
    for i in 0..<10 { #expect(abs(plainDot(features.row(i), w) - y[i]) <= 1e-10) }
  }

  @Test("rank deficiency, too few rows and a wrong target count are refused")
  func badInput() throws {
    let collinear = try Matrix(rowArrays: [[1, 2], [2, 4], [3, 6]])
    #expect(throws: RegularizationError.self) {
      try householderLeastSquares(features: collinear, targets: [1, 2, 3])
    }
    let wide = try Matrix(rowArrays: [[1, 2]])
    #expect(throws: RegularizationError.tooFewSamples(actual: 1, minimum: 2)) {
      try householderLeastSquares(features: wide, targets: [1])
    }
    #expect(throws: RegularizationError.self) {
      try householderLeastSquares(features: collinear, targets: [1])
    }
  }
}
