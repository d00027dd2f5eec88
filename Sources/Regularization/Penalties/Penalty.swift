/// A regularization penalty `P(w)` on a parameter vector: its value, a (sub)gradient, and
/// its proximal map.
///
///     prox_{ηP}(v) = argmin_x ½‖x − v‖² + η·P(x)
///
/// The gradient drives (sub)gradient descent, `w ← w − η·(∇C₀ + ∇P)`; the proximal map
/// drives proximal gradient descent (ISTA), `w ← prox_{ηP}(w − η·∇C₀)`, which handles the
/// kinks of `‖w‖₁` exactly and so produces exact zeros (lesson 10). Each conforming type
/// states its formula and its convention for the constant in front.
///
/// Which parameters a penalty covers (the bias or not) is chosen with `PenaltyCoverage`.
public protocol Penalty: Sendable {
  /// A short label for tables and legends, e.g. `L1 (λ = 0.1)`.
  var name: String { get }
  /// The penalty `P(w)`.
  func value(_ weights: [Double]) -> Double
  /// A gradient of `P` at `w`, or, where `P` has a kink, the subgradient the type documents.
  func gradient(_ weights: [Double]) -> [Double]
  /// The proximal map `prox_{ηP}(v)` for a step size `η ≥ 0`.
  func proximal(_ point: [Double], stepSize: Double) -> [Double]
}
