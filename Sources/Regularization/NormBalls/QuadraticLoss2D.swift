/// A quadratic loss in two weights with its minimum 0 at a centre `c`:
///
///     f(w) = ½(w − c)ᵀH(w − c),   ∇f(w) = H(w − c)
///
/// with `H` symmetric positive definite, so that its level sets are ellipses around `c`.
/// Any least-squares loss in two weights has this form up to a constant, with `H = XᵀX/n`
/// and `c` the unpenalized solution. Lesson 6 minimizes it over the L1 and L2 balls and
/// with the two penalties, all in closed form.
public struct QuadraticLoss2D: Equatable, Sendable {
  /// `H`, positive definite.
  public let hessian: SymmetricMatrix2
  /// `c`, the unconstrained minimizer.
  public let centre: [Double]

  /// Checks and stores a loss.
  ///
  /// - Throws: `.dimensionMismatch` if `centre` does not have 2 entries, `.nonFinite` for a
  ///   NaN or infinite entry, `.notPositiveDefinite` if `H` is not positive definite.
  public init(hessian: SymmetricMatrix2, centre: [Double]) throws(RegularizationError) {
    guard centre.count == 2 else {
      throw .dimensionMismatch(what: "entries of the centre c", expected: 2, actual: centre.count)
    }
    guard ([hessian.a, hessian.b, hessian.d] + centre).allSatisfy(\.isFinite) else {
      throw .nonFinite(what: "the Hessian H and the centre c")
    }
    guard hessian.a > 0 else { throw .notPositiveDefinite(pivot: 0) }
    guard hessian.determinant > 0 else { throw .notPositiveDefinite(pivot: 1) }
    self.hessian = hessian
    self.centre = centre
  }

  /// `f(w) = ½(w − c)ᵀH(w − c)`.
  public func value(_ w: [Double]) -> Double {
    0.5 * hessian.quadraticForm([w[0] - centre[0], w[1] - centre[1]])
  }

  /// `∇f(w) = H(w − c)`.
  public func gradient(_ w: [Double]) -> [Double] {
    hessian.times([w[0] - centre[0], w[1] - centre[1]])
  }

  /// `−∇f(0) = Hc`: the correlations of the two weights with the target at `w = 0`.
  public var correlations: [Double] { hessian.times(centre) }

  /// `α_max = ‖Hc‖∞`, the smallest α at which `f(w) + α‖w‖₁` is minimized by `w = 0`.
  public var alphaMax: Double { maxNorm(correlations) }
}
