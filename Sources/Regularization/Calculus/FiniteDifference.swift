import Foundation

/// Central finite differences: derivatives from function values alone, the reference that
/// every analytic gradient in the lessons is checked against.
///
///     ∂f/∂x_j ≈ (f(x + h_j·e_j) − f(x − h_j·e_j)) / (2h_j),   h_j = h·max(1, |x_j|)
///
/// The error has two parts. Truncation, `(h_j²/6)·∂³f/∂x_j³`, vanishes for a quadratic
/// (least squares plus an L2 penalty), so there only rounding is left. Rounding is about
/// `ε·|f|/h_j`: the two function values agree in most of their digits and the difference
/// keeps only the rest. The default relative step `h = ε^(1/3) ≈ 6.1e-6` balances the two
/// for a smooth `f` whose derivatives are of order one. The denominator is the distance
/// actually stepped, `(x_j + h_j) − (x_j − h_j)` after rounding, not the intended `2h_j`.
///
/// ```swift
/// let gradient = FiniteDifference().gradient(of: { $0[0] * $0[0] + 3 * $0[1] }, at: [2, 5])
/// // ≈ [4, 3]
/// ```
///
/// Reference: J. Nocedal and S. J. Wright, *Numerical Optimization*, 2nd ed., §8.1.
public struct FiniteDifference: Equatable, Sendable {
  /// `ε^(1/3) ≈ 6.06e-6`, the step that balances truncation (`∝ h²`) and rounding (`∝ ε/h`).
  public static let defaultRelativeStep = cbrt(Double.ulpOfOne)

  /// The relative step `h > 0`; coordinate `j` moves by `h·max(1, |x_j|)`.
  public let relativeStep: Double

  /// Checks and stores the step.
  ///
  /// - Throws: `.invalidParameter` if `relativeStep` is not a finite number > 0.
  public init(relativeStep: Double = defaultRelativeStep) throws(RegularizationError) {
    guard relativeStep > 0, relativeStep.isFinite else {
      throw .invalidParameter(
        name: "relativeStep", value: relativeStep, requirement: "a finite number > 0")
    }
    self.relativeStep = relativeStep
  }

  /// The central difference `(f(x + h) − f(x − h)) / ((x + h) − (x − h))` of a function of
  /// one variable, with `h = relativeStep·max(1, |x|)`.
  public func derivative(of f: (Double) -> Double, at x: Double) -> Double {
    let h = relativeStep * max(1, abs(x))
    let up = x + h
    let down = x - h
    return (f(up) - f(down)) / (up - down)
  }

  /// The central-difference gradient of `f` at `x`: `2·x.count` evaluations of `f`, each at
  /// `x` with one coordinate moved.
  public func gradient(of f: ([Double]) -> Double, at x: [Double]) -> [Double] {
    var point = x
    return x.indices.map { j in
      let h = relativeStep * max(1, abs(x[j]))
      let up = x[j] + h
      let down = x[j] - h
      point[j] = up
      let fUp = f(point)
      point[j] = down
      let fDown = f(point)
      point[j] = x[j]
      return (fUp - fDown) / (up - down)
    }
  }

  /// The relative distance between two gradients, `‖a − b‖₂ / max(‖a‖₂, ‖b‖₂)` (0 when both
  /// are zero). Unlike a per-coordinate ratio it stays meaningful when one coordinate of the
  /// gradient is near zero.
  public static func relativeError(_ a: [Double], _ b: [Double]) -> Double {
    let scale = max(euclideanNorm(a), euclideanNorm(b))
    return scale == 0 ? 0 : euclideanNorm(subtracting(a, b)) / scale
  }
}
