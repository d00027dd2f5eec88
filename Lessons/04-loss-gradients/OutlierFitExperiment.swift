import Regularization

/// Claim (d): a straight line fitted with each loss to data with 10 % gross outliers.
///
/// Data: the true line y = 1 + 2x. 90 inliers: x ~ U(0, 10), y = 1 + 2x + ε, ε ~ N(0, 1).
/// 10 outliers at the right end, x ~ U(8, 10), displaced upward by U(20, 40) (20 to 40
/// noise standard deviations) on top of the same line and noise: one-sided and far from
/// the centre of x, so they pull the least-squares slope up.
///
/// Each fit is an exact minimizer of its summed loss (the mean has the same minimizer):
/// MSE by the normal equations (`RidgeRegression(alpha: 0)`), L1 by Wesolowsky's descent
/// (`RobustLineFit.leastAbsoluteDeviations`), Smooth L1 (β = 1, the noise level) by IRLS
/// finished with an exact solve (`RobustLineFit.smoothL1`).
struct OutlierFitExperiment {
  static let inliers = 90
  static let outliers = 10
  static let trueIntercept = 1.0
  static let trueSlope = 2.0
  static let noise = 1.0
  static let outlierX = 8.0..<10.0
  static let displacement = 20.0..<40.0
  static let beta = 1.0

  let inlierX: [Double]
  let inlierY: [Double]
  let outlierX: [Double]
  let outlierY: [Double]
  /// MSE, L1, Smooth L1, in that order (`var` so that the tests can hand claim (d) a
  /// wrong fit and see it fail).
  var fits: [LineFit]
  /// Optimality: MSE's and Smooth L1's gradient size `max(|∂/∂a|, |∂/∂b|)` of the mean
  /// loss, and L1's smallest directional derivative (≥ 0 means optimal).
  let optimality: (mseGradient: Double, l1DescentRate: Double, smoothGradient: Double)

  init(seed: UInt64) throws {
    var generator = Xoshiro256StarStar(seed: seed)
    func line(_ x: Double) -> Double { Self.trueIntercept + Self.trueSlope * x }
    inlierX = (0..<Self.inliers).map { _ in generator.uniform(in: 0..<10) }
    inlierY = inlierX.map { line($0) + Self.noise * generator.normal() }
    outlierX = (0..<Self.outliers).map { _ in generator.uniform(in: Self.outlierX) }
    outlierY = outlierX.map {
      line($0) + Self.noise * generator.normal() + generator.uniform(in: Self.displacement)
    }
    let x = inlierX + outlierX
    let y = inlierY + outlierY
    let leastSquares = try RidgeRegression(alpha: 0).fit(
      features: Matrix(rows: x.count, columns: 1, elements: x), targets: y)
    fits = [
      LineFit(intercept: leastSquares.intercept, slope: leastSquares.coefficients[0]),
      try RobustLineFit.leastAbsoluteDeviations(x: x, y: y),
      try RobustLineFit.smoothL1(x: x, y: y, beta: Self.beta),
    ]
    let n = Double(x.count)
    let mse = fits[0].gradient(of: MSELoss(), x: x, y: y)
    let smooth = fits[2].gradient(of: try SmoothL1Loss(beta: Self.beta), x: x, y: y)
    optimality = (
      max(abs(mse.intercept), abs(mse.slope)) / n,
      fits[1].absoluteLossDescentRate(x: x, y: y) / n,
      max(abs(smooth.intercept), abs(smooth.slope)) / n
    )
  }

  /// All 100 points, inliers first.
  var x: [Double] { inlierX + outlierX }
  var y: [Double] { inlierY + outlierY }

  var names: [String] { ["MSE", "L1", "Smooth L1 (β = \(Self.beta))"] }
  var methods: [String] {
    ["closed form", "Wesolowsky", "IRLS + exact"]
  }

  /// `|b̂ − 2|` for each fit.
  var slopeErrors: [Double] { fits.map { abs($0.slope - Self.trueSlope) } }
  /// The slope error of L1 and of Smooth L1 as a fraction of MSE's.
  var robustSlopeFractions: [Double] { slopeErrors.dropFirst().map { $0 / slopeErrors[0] } }

  /// At the MSE line, the mean |r| of the outliers over the mean |r| of the inliers: how
  /// many times more an outlier pulls on MSE's gradient (2r) than an inlier does.
  var outlierPull: Double {
    let r = fits[0].residuals(x: x, y: y).map(abs)
    let inlier = r.prefix(Self.inliers).reduce(0, +) / Double(Self.inliers)
    let outlier = r.suffix(Self.outliers).reduce(0, +) / Double(Self.outliers)
    return outlier / inlier
  }
}
