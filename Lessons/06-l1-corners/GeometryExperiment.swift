import Foundation
import Regularization

/// Lesson 6's fixed example: f(w) = ½(w − c)ᵀH(w − c) with c = (2, 0.6) and
/// H = R(30°)·diag(1, 0.3)·R(30°)ᵀ, minimized over the L1 and L2 balls of radius 1.
struct GeometryExperiment {
  static let centre = [2.0, 0.6]
  static let angleDegrees = 30.0
  static let eigenvalues = (1.0, 0.3)
  static let radius = 1.0

  /// A solver for the L1-constrained problem: the library's exact one by default (a test
  /// passes the L2 solver to see claim (a) fail).
  typealias Solver = (QuadraticLoss2D, Double) throws -> [Double]

  let loss: QuadraticLoss2D
  /// argmin f over ‖w‖₁ ≤ 1.
  let l1Optimum: [Double]
  /// argmin f over ‖w‖₂ ≤ 1.
  let l2Optimum: [Double]

  init(l1Solver: Solver = { try $0.minimizerInL1Ball(radius: $1) }) throws {
    loss = try QuadraticLoss2D(
      hessian: .rotated(
        by: Self.angleDegrees * Double.pi / 180, eigenvalues: Self.eigenvalues.0,
        Self.eigenvalues.1),
      centre: Self.centre)
    l1Optimum = try l1Solver(loss, Self.radius)
    l2Optimum = try loss.minimizerInL2Ball(radius: Self.radius)
  }

  /// `g = −∇f` at the L1 optimum: the direction the loss wants to move in.
  var l1Pull: [Double] { scaled(loss.gradient(l1Optimum), by: -1) }

  /// `|g₂|/|g₁|` at the L1 optimum: below 1 means g lies inside the normal cone of the
  /// vertex (1, 0), `{g : g₁ ≥ |g₂|}`, so no move along either edge lowers f.
  var coneMargin: Double { abs(l1Pull[1]) / abs(l1Pull[0]) }

  /// `g = −∇f` at the L2 optimum.
  var l2Pull: [Double] { scaled(loss.gradient(l2Optimum), by: -1) }

  /// The sine of the angle between `−∇f` and w at the L2 optimum: 0 when the pull is along
  /// the circle's one normal ray.
  var l2RayDeviation: Double {
    let (g, w) = (l2Pull, l2Optimum)
    return (g[0] * w[1] - g[1] * w[0]) / (euclideanNorm(g) * euclideanNorm(w))
  }

  /// The loss at the two optima: the levels of the contours that touch each ball.
  var touchingLevels: (l1: Double, l2: Double) { (loss.value(l1Optimum), loss.value(l2Optimum)) }
}
