import Foundation

/// A symmetric 2 × 2 matrix `[[a, b], [b, d]]`, with its eigendecomposition and inverse in
/// closed form: the Hessian of a loss in two weights (lesson 6).
///
///     λ± = m ± r,   m = (a + d)/2,   r = √(((a − d)/2)² + b²)
///     v₊ = (cos θ, sin θ),   v₋ = (−sin θ, cos θ),   θ = ½·atan2(2b, a − d)
public struct SymmetricMatrix2: Equatable, Sendable {
  /// The entry `[0, 0]`.
  public let a: Double
  /// The off-diagonal entry `[0, 1] = [1, 0]`.
  public let b: Double
  /// The entry `[1, 1]`.
  public let d: Double

  /// The matrix `[[a, b], [b, d]]`.
  public init(a: Double, b: Double, d: Double) {
    self.a = a
    self.b = b
    self.d = d
  }

  /// `R(θ)·diag(first, second)·R(θ)ᵀ` with `R(θ)` the rotation by `angle` radians: the
  /// matrix with eigenvalue `first` along `(cos θ, sin θ)` and `second` across it.
  public static func rotated(by angle: Double, eigenvalues first: Double, _ second: Double)
    -> SymmetricMatrix2
  {
    let (c, s) = (cos(angle), sin(angle))
    return SymmetricMatrix2(
      a: first * c * c + second * s * s, b: (first - second) * c * s,
      d: first * s * s + second * c * c)
  }

  /// `ad − b²`.
  public var determinant: Double { a * d - b * b }

  /// Whether the matrix is positive definite: `a > 0` and `ad − b² > 0` (Sylvester).
  public var isPositiveDefinite: Bool { a > 0 && determinant > 0 }

  /// The eigenvalues, larger first.
  public var eigenvalues: (larger: Double, smaller: Double) {
    let m = (a + d) / 2
    let r = hypot((a - d) / 2, b)
    return (m + r, m - r)
  }

  /// The unit eigenvectors `v₊` (of the larger eigenvalue) and `v₋`.
  public var eigenvectors: (larger: [Double], smaller: [Double]) {
    let theta = 0.5 * atan2(2 * b, a - d)
    return ([cos(theta), sin(theta)], [-sin(theta), cos(theta)])
  }

  /// The product `M·v` of the matrix with a 2-vector.
  public func times(_ v: [Double]) -> [Double] {
    [a * v[0] + b * v[1], b * v[0] + d * v[1]]
  }

  /// The quadratic form `vᵀMv`.
  public func quadraticForm(_ v: [Double]) -> Double {
    a * v[0] * v[0] + 2 * b * v[0] * v[1] + d * v[1] * v[1]
  }

  /// `M⁻¹v = [[d, −b], [−b, a]]·v / (ad − b²)`; the caller ensures `M` is invertible.
  public func solve(_ v: [Double]) -> [Double] {
    let det = determinant
    return [(d * v[0] - b * v[1]) / det, (a * v[1] - b * v[0]) / det]
  }

  /// `M + μI`.
  public func shifted(by mu: Double) -> SymmetricMatrix2 {
    SymmetricMatrix2(a: a + mu, b: b, d: d + mu)
  }
}
