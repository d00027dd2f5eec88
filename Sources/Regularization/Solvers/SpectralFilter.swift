import Foundation

/// Least squares `f(w) = (1/2n)·‖y − X·w‖²` (no intercept) in the eigenbasis of `XᵀX/n`,
/// where gradient descent and ridge differ only by a filter factor per direction.
///
///     XᵀX/n = V·diag(d)·Vᵀ,   c = Xᵀy/n,   w = Σⱼ fⱼ · (vⱼᵀc / dⱼ) · vⱼ
///     gradient descent from 0, step η, after t steps:   fⱼ = 1 − (1 − η·dⱼ)ᵗ
///     ridge, argmin f(w) + (λ/2)·‖w‖²:                   fⱼ = dⱼ/(dⱼ + λ)
///
/// For `η·dⱼ·t ≪ 1` both filters are `≈ η·dⱼ·t = dⱼ/λ` when `λ = 1/(η·t)`, and for
/// `η·dⱼ·t ≫ 1` both are `≈ 1`, so early-stopped gradient descent is approximately ridge with
/// `λ = 1/(η·t)` (scikit-learn's `Ridge(alpha = n/(η·t))`, whose loss has no 1/(2n)).
/// In between they differ: with `u = η·dⱼ·t`, `(1 − e⁻ᵘ)·(1 + u)/u − 1` peaks at 0.298
/// near `u ≈ 1.8`, so the coefficients differ by at most about 30 % of the ridge ones.
///
/// Reference: G. Raskutti, M. J. Wainwright and B. Yu, "Early stopping and non-parametric
/// regression", JMLR 15, 2014; A. Ali, J. Z. Kolter and R. J. Tibshirani, "A continuous-time
/// view of early stopping for least squares regression", AISTATS 2019.
public struct SpectralFilter: Sendable {
  /// The eigendecomposition of `XᵀX/n`.
  public let eigen: SymmetricEigen
  /// `vⱼᵀc` with `c = Xᵀy/n`, one per eigenvalue.
  public let coordinates: [Double]

  /// Decomposes `XᵀX/n` of the data once.
  ///
  /// - Throws: `.dimensionMismatch` if the sizes disagree, `.nonFinite` for bad data.
  public init(features: Matrix, targets: [Double]) throws(RegularizationError) {
    guard targets.count == features.rows else {
      throw .dimensionMismatch(
        what: "number of targets", expected: features.rows, actual: targets.count)
    }
    guard features.elements.allSatisfy(\.isFinite), targets.allSatisfy(\.isFinite) else {
      throw .nonFinite(what: "features and targets")
    }
    let n = Double(features.rows)
    var gram = features.gram()
    for k in gram.elements.indices { gram.elements[k] /= n }
    eigen = try SymmetricEigen(gram)
    let c = features.transposeMultiplied(by: targets).map { $0 / n }
    coordinates = eigen.vectors.transposeMultiplied(by: c)
  }

  /// The gradient descent filter `1 − (1 − η·d)ᵗ`.
  public static func gradientDescent(eigenvalue d: Double, learningRate: Double, steps: Int)
    -> Double
  {
    1 - pow(1 - learningRate * d, Double(steps))
  }

  /// The ridge filter `d/(d + λ)`.
  public static func ridge(eigenvalue d: Double, lambda: Double) -> Double { d / (d + lambda) }

  /// `Σⱼ fⱼ·(vⱼᵀc/dⱼ)·vⱼ` for one filter factor per eigenvalue (a direction with `dⱼ = 0`
  /// contributes nothing: both filters vanish there).
  public func coefficients(filters: [Double]) -> [Double] {
    var w = [Double](repeating: 0, count: eigen.values.count)
    for (j, d) in eigen.values.enumerated() where d > 0 && filters[j] != 0 {
      let scale = filters[j] * coordinates[j] / d
      for i in w.indices { w[i] += scale * eigen.vectors[i, j] }
    }
    return w
  }

  /// The ridge solution of `f(w) + (λ/2)·‖w‖²`.
  public func ridgeCoefficients(lambda: Double) -> [Double] {
    coefficients(filters: eigen.values.map { Self.ridge(eigenvalue: $0, lambda: lambda) })
  }

  /// The gradient descent iterate after `steps` steps of size `learningRate` from 0.
  public func gradientDescentCoefficients(learningRate: Double, steps: Int) -> [Double] {
    coefficients(
      filters: eigen.values.map {
        Self.gradientDescent(eigenvalue: $0, learningRate: learningRate, steps: steps)
      })
  }
}
