import Foundation

@testable import Regularization

// Random positive definite 2-D quadratics for the NormBalls tests, and plain-arithmetic
// helpers that re-derive their values without the library.

/// `count` losses ½(w − c)ᵀH(w − c) with H = R(θ)·diag(λ₁, λ₂)·R(θ)ᵀ, θ ~ U(0, π),
/// λ ~ U(0.05, 3) (condition numbers up to 60), c ~ N(0, 2²·I).
func randomQuadratics(seed: UInt64, count: Int) -> [QuadraticLoss2D] {
  var generator = Xoshiro256StarStar(seed: seed)
  return (0..<count).map { _ in
    let angle = generator.uniform(in: 0..<Double.pi)
    let first = generator.uniform(in: 0.05..<3)
    let second = generator.uniform(in: 0.05..<3)
    let centre = [2 * generator.normal(), 2 * generator.normal()]
    return try! QuadraticLoss2D(
      hessian: .rotated(by: angle, eigenvalues: first, second), centre: centre)
  }
}

/// ½(w − c)ᵀH(w − c) written out with scalars.
func plainLoss(_ loss: QuadraticLoss2D, _ x: Double, _ y: Double) -> Double {
  let (h, c) = (loss.hessian, loss.centre)
  let (dx, dy) = (x - c[0], y - c[1])
  return 0.5 * (h.a * dx * dx + 2 * h.b * dx * dy + h.d * dy * dy)
}

/// The pull `−∇f(w) = H(c − w)`, written out.
func plainPull(_ loss: QuadraticLoss2D, _ w: [Double]) -> (Double, Double) {
  let (h, c) = (loss.hessian, loss.centre)
  let (dx, dy) = (c[0] - w[0], c[1] - w[1])
  return (h.a * dx + h.b * dy, h.b * dx + h.d * dy)
}

/// The smallest value of `objective(x, y)` over a polar grid: `radii` rings of radius
/// `R·k/radii` (k = 1 … radii) times `angles` directions, plus the origin. `shape` maps a
/// direction to the point of radius 1 (the unit circle, or the diamond).
func polarGridMinimum(
  radius: Double, radii: Int, angles: Int, shape: (Double) -> (Double, Double),
  objective: (Double, Double) -> Double
) -> Double {
  var best = objective(0, 0)
  for j in 0..<angles {
    let (ux, uy) = shape(2 * Double.pi * Double(j) / Double(angles))
    for k in 1...radii {
      let r = radius * Double(k) / Double(radii)
      best = min(best, objective(r * ux, r * uy))
    }
  }
  return best
}

/// The direction φ on the unit circle.
func circlePoint(_ angle: Double) -> (Double, Double) { (cos(angle), sin(angle)) }

/// The direction φ scaled onto the diamond |x| + |y| = 1.
func diamondPoint(_ angle: Double) -> (Double, Double) {
  let (x, y) = (cos(angle), sin(angle))
  let norm = abs(x) + abs(y)
  return (x / norm, y / norm)
}

/// The smallest penalized objective on a polar grid of 200 rings × 720 directions over
/// the disk of radius 2‖c‖, which holds both penalties' minimizers: ‖w‖₂ ≤ ‖c‖₂ for
/// (λ/2)‖w‖², and ‖w‖₂ ≤ ‖w‖₁ ≤ ‖c‖₁ ≤ √2·‖c‖₂ for α‖w‖₁ (the solution's L1 norm only
/// grows as α falls to 0, where it is c).
func penalizedGridMinimum(
  _ loss: QuadraticLoss2D, _ objective: (Double, Double) -> Double
) -> Double {
  let reach = 2 * hypot(loss.centre[0], loss.centre[1]) + 1e-3
  return polarGridMinimum(
    radius: reach, radii: 200, angles: 720, shape: circlePoint, objective: objective)
}
